"""Classes of people, roles and notices measured on real pages (issue 13), each with invented text:
election results, lists of holders, notices with a reason before the verb, titles over name lists, company
notices, Taiwan forms, places printed elsewhere in the article. Invented names and places only."""

from __future__ import annotations

import pytest

from ygraph.corpus.people import successions
from ygraph.model import Source
from ygraph.pipeline import process_document

DAY = "2031-04-28"


def claims(text: str) -> set[tuple[str, str, str]]:
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    return {(r.person, r.position, r.change) for r in facts.roles}


def rules(text: str) -> set[tuple[str, str, str]]:
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    return {(r.person, r.position, r.provenance.rule) for r in facts.roles}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "经选举，龚明远当选为临江省人大常委会主任，柴思雨、宁可心当选为临江省人大常委会副主任；"
            "钱小禾当选为临江省人民政府省长。",
            {
                ("龚明远", "临江省人大常委会主任", "start"),
                ("柴思雨", "临江省人大常委会副主任", "start"),
                ("宁可心", "临江省人大常委会副主任", "start"),
                ("钱小禾", "临江省人民政府省长", "start"),
            },
            id="election-results",
        ),
        pytest.param(
            "马一平、焉二平2名同志当选为政协临江省第十二届委员会常务委员。",
            {
                ("马一平", "政协临江省第十二届委员会常务委员", "start"),
                ("焉二平", "政协临江省第十二届委员会常务委员", "start"),
            },
            id="election-results-counted-rare-surname",
        ),
        pytest.param(
            "龚明远、柴思雨因年龄原因，不再担任临江省政协副主席职务，宁可心、钱小禾等同志因年龄和工作变动，"
            "不再担任临江省政协常委职务。",
            {
                ("龚明远", "临江省政协副主席", "end"),
                ("柴思雨", "临江省政协副主席", "end"),
                ("宁可心", "临江省政协常委", "end"),
                ("钱小禾", "临江省政协常委", "end"),
            },
            id="leaves-with-a-reason-and-a-comma",
        ),
        pytest.param(
            "会议选举产生新一届领导班子。其余临江市委常委包括龚明远、柴思雨、宁可心、马正之。",
            {
                ("马正之", "临江市委常委", ""),
                ("龚明远", "临江市委常委", ""),
                ("柴思雨", "临江市委常委", ""),
                ("宁可心", "临江市委常委", ""),
            },
            id="holders-listed-after-the-post",
        ),
        pytest.param(
            "龚明远先生于2031年4月28日辞任本公司董事会主席及非执行董事，而于同日柴思雨女士获委任为本公司"
            "董事会主席。宁可心先生为本公司董事会副主席直至2031年4月28日彼获调任为本公司首席执行官。",
            {
                ("龚明远", "董事会主席", "end"),
                ("龚明远", "非执行董事", "end"),
                ("柴思雨", "董事会主席", "start"),
                ("宁可心", "董事会副主席", "end"),
                ("宁可心", "首席执行官", "start"),
            },
            id="company-notice",
        ),
        pytest.param(
            "政务委员龚明远接任临江证券交易所董事长；另由前某公司董事长柴思雨任临江县代理县长一职。"
            "宁可心则辞临江县副县长，接任政务委员。",
            {
                ("龚明远", "政务委员", ""),
                ("龚明远", "临江证券交易所董事长", "start"),
                ("柴思雨", "某公司董事长", "former"),  # 前 before an organisation: held before (succ25)
                ("柴思雨", "临江县代理县长", "start"),
                ("宁可心", "临江县副县长", "end"),
            },
            id="taiwan-forms",
        ),
    ],
)
def test_notice_classes(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert claims(text) == expected


def test_a_notice_read_on_a_titled_name_keeps_its_form_id() -> None:
    """政务委员甲接任…: the name is found by its title; the post the notice gives carries the form's id."""
    found = rules("政务委员龚明远接任临江证券交易所董事长；宁可心则辞临江县副县长。")
    assert found == {
        ("龚明远", "政务委员", "titled"),
        ("龚明远", "临江证券交易所董事长", "notice_take_over"),
        ("宁可心", "临江县副县长", "notice_quit"),
    }


@pytest.mark.parametrize(
    ("text", "position"),
    [
        pytest.param(
            "去年7月，时任青禾省委书记龚明远调任临江省委书记，接替因病离职的柴思雨。",
            "临江省委书记",
            id="transferred-to-succeed",
        ),
        pytest.param(
            "时任青禾省长的龚明远获中央任命，接替到龄退休的柴思雨出任临江省委书记。",
            "临江省委书记",
            id="appointed-to-succeed-with-a-reason",
        ),
        pytest.param(
            "去年接替柴思雨出任临江省委书记的龚明远在会上当选临江省人大常委会主任。",
            "临江省委书记",
            id="successor-named-after-the-post",
        ),
        pytest.param(
            "中共临江市党代会闭幕，龚明远当选市委书记，年逾七十的柴思雨在会上卸下已任十年的市委书记职务。",
            "临江市委书记",
            id="elected-and-lays-down",
        ),
    ],
)
def test_succession_classes(text: str, position: str) -> None:
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    found, _ = successions(list(facts.roles))
    assert [(s.position, s.before, s.after) for s in found] == [(position, "柴思雨", "龚明远")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "临江区委常委、宣传部部长龚明远在会上说，要加强合作。",
            {("龚明远", "临江区委常委"), ("龚明远", "临江区委宣传部部长")},
            id="committee-department-after-a-committee-post",
        ),
        pytest.param(
            "中共临江省委常委、统战部部长柴思雨出席。",
            {("柴思雨", "临江省委常委"), ("柴思雨", "临江省委统战部部长")},
            id="united-front-department",
        ),
    ],
)
def test_title_classes(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(p, pos) for p, pos, _ in claims(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "青禾县召开项目推进会。县委常委、副县长龚明远出席。",
            {("龚明远", "青禾县委常委"), ("龚明远", "青禾县副县长")},
            id="county-printed-outside-the-chain",
        ),
        pytest.param(
            "临江市代表团赴青禾市考察。市委书记龚明远出席座谈会。",
            {("龚明远", "青禾市委书记")},
            id="two-cities-printed-the-host-of-the-visit",
        ),
    ],
)
def test_printed_places(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(p, pos) for p, pos, _ in claims(text)} == expected


def test_an_undated_notice_is_a_succession_with_empty_dates() -> None:
    """An article without a year (1月22日 only): the notice still says who follows whom."""
    text = (
        "1月22日下午，会议通过关于接受柴思雨同志辞去政协临江省第十二届委员会主席职务的决定。"
        "宁可心同志当选为政协临江省第十二届委员会主席。"
    )
    found, _ = successions(list(process_document(Source("t.txt", text, "utf-8")).roles))
    assert [(s.position, s.before, s.after, s.before_last_seen, s.after_first_seen) for s in found] == [
        ("政协临江省第十二届委员会主席", "柴思雨", "宁可心", "", "")
    ]


def test_title_classes_more() -> None:
    """<name>已任… is 任 (the name ends before 已); 13人常委班子中 holds no person."""
    assert claims("上述13人常委班子中，龚明远已任临江市人大常委会主任。") == {
        ("龚明远", "临江市人大常委会主任", "")
    }


def test_chain_starts_after_a_verb_not_inside_a_name() -> None:
    """以/请 stop a chain (以…为团长, 请…介绍), not inside 以色列 or 对外 (listed as !以色列, !对外)."""
    assert claims("以临江省委书记龚明远为团长的代表团来访。请临江省交通运输厅副厅长柴思雨介绍情况。") == {
        ("龚明远", "临江省委书记", ""),
        ("柴思雨", "临江省交通运输厅副厅长", ""),
    }
    assert claims("以色列某市市长柯恩、中国人民对外友好协会副会长宁可心出席。") == {
        ("柯恩", "以色列某市长", ""),
        ("宁可心", "中国人民对外友好协会副会长", ""),
    }


def test_foreign_titles() -> None:
    """州督, 知事, 首席部长 are titles; a title after a country listed in countries.txt takes a transliterated
    name."""
    assert {
        (p, pos) for p, pos, _ in claims("荷兰某省省长博文克、日本某县知事山田一郎、某国某州州督巴瑟尔出席。")
    } >= {
        ("博文克", "荷兰某省长"),
        ("山田一郎", "日本某县知事"),
    }


def test_a_committee_after_a_post_of_a_parent_body_is_its_own() -> None:
    """省人大常委会甲委员会主任委员、乙工作委员会主任: a working committee is the standing committee's, a
    special committee the congress's."""
    assert claims(
        "免去龚明远的临江省人大常委会代表资格审查委员会主任委员、人事代表选举工作委员会主任职务。"
    ) == {
        ("龚明远", "临江省人大常委会代表资格审查委员会主任委员", "end"),
        ("龚明远", "临江省人大常委会人事代表选举工作委员会主任", "end"),
    }
    assert claims("免去龚明远的省人大常委会代表资格审查委员会主任委员、人事代表选举工作委员会主任职务。") == {
        ("龚明远", "省人大常委会代表资格审查委员会主任委员", "end"),
        ("龚明远", "省人大常委会人事代表选举工作委员会主任", "end"),
    }
    assert claims("柴思雨提出辞去省十二届人大常委会委员、内务司法委员会主任委员职务。") == {
        ("柴思雨", "省十二届人大常委会委员", "end"),
        ("柴思雨", "省十二届人大内务司法委员会主任委员", "end"),
    }

"""Roles and successions classes measured on real pages (issue 13, round 4), each with invented text.
Invented names and places only."""

from __future__ import annotations

import pytest

from pipeline_probe import DAY, claims, dated
from ygraph.corpus import people
from ygraph.model import Provenance, RoleClaim, Source
from ygraph.pipeline import process_document

roles = claims  # (person, position) of every role claim


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "会议强调，要深入贯彻龚明远总书记重要讲话精神。",
            ("龚明远", "中共中央总书记"),
            id="honorific-once-after-a-lead-verb",
        ),
        pytest.param(
            "全面贯彻落实柴思雨总书记关于临江工作的重要指示。",
            ("柴思雨", "中共中央总书记"),
            id="honorific-once-after-two-lead-verbs",
        ),
        pytest.param(
            "2031年临江区域合作联席会议执行主席、临江省省长龚明远主持会议。",
            ("龚明远", "2031年临江区域合作联席会议执行主席"),
            id="year-before-an-organisation-is-part-of-it",
        ),
        pytest.param(
            "香港特别行政区行政长官龚柴思雨、临江省省长龚明远出席会议。",
            ("龚柴思雨", "香港特别行政区行政长官"),
            id="four-character-name-with-two-surnames-in-hong-kong",
        ),
        pytest.param(
            "会议听取了临江省省长龚明远关于合作情况的通报。",
            ("龚明远", "临江省长"),
            id="name-ends-before-guanyu",
        ),
        pytest.param(
            "会议听取了甲方关于工作的通报和临江合作秘书处秘书长柴思雨关于秘书处工作的报告。",
            ("柴思雨", "临江合作秘书处秘书长"),
            id="a-post-starts-after-tongbao-he",
        ),
        pytest.param(
            "会议听取了青禾自治区党委常委、常务副主席龚明远关于工作的通报。",
            ("龚明远", "青禾自治区常务副主席"),
            id="government-post-after-a-party-committee-post",
        ),
        pytest.param(
            "临江大学党委书记、校长柴思雨出席。",
            ("柴思雨", "临江大学校长"),
            id="university-head-after-its-party-committee",
        ),
    ],
)
def test_role_classes(text: str, expected: tuple[str, str]) -> None:
    assert expected in roles(text)


def test_honorific_without_lead_or_recurrence_is_no_name() -> None:
    # a bare comma leads no such name (a speech verb and its comma do since session 59: 他说，某某总书记)
    assert ("龚明远", "中共中央总书记") not in roles("这里很偏远，龚明远总书记来过这里。")
    assert ("习贯彻", "中共中央总书记") not in roles("会议要求认真学习贯彻总书记重要讲话精神。")


def test_party_titles_stay_in_the_party_committee() -> None:
    found = roles("临江大学党委常委、副书记柴思雨出席。")
    assert ("柴思雨", "临江大学党委副书记") in found
    assert ("柴思雨", "临江大学副书记") not in found


def test_a_topic_date_does_not_date_the_post() -> None:
    text = "2031年4月8日，临江合作会议召开。会议听取了临江省省长龚明远关于2029年合作情况的通报。"
    assert dated(text)[("龚明远", "临江省长")] == "2031-04-08"


def _claim(person: str, date: str) -> RoleClaim:
    prov = Provenance("f.txt", 0, 0, 3, "xyz", "titled", 0, 3)
    return RoleClaim(person, "临江省长", "临江省长", "临江省", date, "sentence", prov)


def test_holders_seen_years_apart_are_no_succession() -> None:
    found, conflicts = people.successions([_claim("龚明远", "2016-10-14"), _claim("柴思雨", "2023-05-02")])
    assert (found, conflicts) == ([], [])


def test_holders_seen_within_a_term_are_a_succession() -> None:
    found, _ = people.successions([_claim("龚明远", "2021-06"), _claim("柴思雨", "2023-04-18")])
    assert [(s.before, s.after) for s in found] == [("龚明远", "柴思雨")]


def test_a_career_keeps_the_province_it_printed() -> None:
    text = (
        "龚明远同志任湖南省委书记。龚明远1961年生。历任江西省青禾市副市长，2003年4月任省委常委、青禾市委书记，"
        "2008年1月任省长。"
    )
    found = roles(text)
    assert {("龚明远", "江西省委常委"), ("龚明远", "江西省长")} <= found


def test_a_career_verb_after_a_date() -> None:
    text = "龚明远同志任海州省委书记。龚明远，临江人，2011年12月之后担任临江省副省长、青禾市委书记。"
    assert {("龚明远", "临江省副省长"), ("龚明远", "青禾市委书记")} <= roles(text)


def test_a_notice_takes_the_one_city_of_its_sentence() -> None:
    text = (
        "本报讯 上海、天津两地党代会近日召开。昨日，中共天津党代会闭幕，龚明远当选市委书记，"
        "柴思雨卸下市委书记职务。"
    )
    found = roles(text)
    assert ("龚明远", "天津市委书记") in found
    assert ("龚明远", "市委书记") not in found


def test_a_year_before_a_career_verb_starts_no_organisation() -> None:
    found = roles("龚明远同志任临江省委书记。龚明远，2010年任青禾市副市长，2013年任青禾市长。")
    assert ("龚明远", "青禾市长") in found
    assert not [p for _, p in found if p.startswith("2013")]


def test_take_over_names_the_holder_of_the_article_as_predecessor() -> None:
    text = "会议听取了临江合作秘书处首任秘书长龚明远关于秘书处工作的报告；审议同意由临江省政府秘书长柴思雨接任临江合作秘书处秘书长。"
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    found, _ = people.successions(list(facts.roles))
    assert [(s.position, s.before, s.after) for s in found] == [("临江合作秘书处秘书长", "龚明远", "柴思雨")]


def test_take_over_with_two_other_holders_names_no_predecessor() -> None:
    text = (
        "临江合作秘书处秘书长龚明远、临江合作秘书处秘书长钱小禾出席。"
        "会议同意由柴思雨接任临江合作秘书处秘书长。"
    )
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    found, _ = people.successions(list(facts.roles))
    assert [s for s in found if s.after == "柴思雨"] == []


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        pytest.param(
            "会议选举龚明远为临江市中级人民法院院长、柴思雨为临江市人民检察院检察长。",
            ("柴思雨", "临江市人民检察院检察长"),
            ("龚明远", "临江市人民检察院检察长"),
            id="elected-items-joined-by-dunhao",
        ),
        pytest.param(
            "会议决定任命龚明远为临江市审计局局长、柴思雨为临江市统计局局长。",
            ("柴思雨", "临江市统计局局长"),
            ("龚明远", "柴思雨为临江市统计局局长"),
            id="appointed-items-joined-by-dunhao",
        ),
        pytest.param(
            "临江市长龚明远会见江城集团董事长柴思雨、总经理钱小禾一行。",
            ("钱小禾", "江城集团总经理"),
            ("钱小禾", "总经理"),
            id="next-post-of-a-list-is-the-same-company",
        ),
        pytest.param(
            "龚明远现任临江省政协副主席。",
            ("龚明远", "临江省政协副主席"),
            ("龚明远", "现任临江省政协副主席"),
            id="xianren-is-a-current-post",
        ),
    ],
)
def test_notice_and_list_classes(text: str, expected: tuple[str, str], wrong: tuple[str, str]) -> None:
    found = roles(text)
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "在第十、十一届全国人大代表、临江省统计局副局长龚明远口中，它是风向标。",
            {("龚明远", "第十、十一届全国人大代表"), ("龚明远", "临江省统计局副局长")},
            id="sessions-listed-and-a-name-before-kouzhong",
        ),
        pytest.param(
            "前临江县长林晓峰获临江市长赖思远邀请出任临江市农业局局长。临江市副市长洪晓禾出席。",
            {("赖思远", "临江市长"), ("洪晓禾", "临江市副市长")},
            id="common-surnames-lai-and-hong",
        ),
    ],
)
def test_name_classes(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= roles(text)


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        pytest.param(
            "↓来看看友城代表怎么说↓荷兰青禾省省长博文达：感谢临江。",
            ("博文达", "荷兰青禾省长"),
            ("博文达", "来看看友城代表怎么说↓荷兰青禾省长"),
            id="a-symbol-ends-a-chain",
        ),
        pytest.param(
            "临江访问团团长、孟加拉国驻香港总领馆总领事马哈达德表示，他印象深刻。",
            ("马哈达德", "孟加拉国驻香港总领馆总领事"),
            ("马哈达德", "总领事"),
            id="a-foreign-post-later-in-the-chain-relaxes-the-name",
        ),
        pytest.param(
            "青禾市委副书记、临江援青前方指挥部总指挥龚明远，市政府党组成员、副市长柴思雨出席。",
            ("柴思雨", "青禾市副市长"),
            ("柴思雨", "临江市副市长"),
            id="a-body-named-after-a-place-sets-no-place",
        ),
        pytest.param(
            "临江党副主席甲宣读了临江党荣誉主席龚明远的书面致词。",
            ("龚明远", "临江党荣誉主席"),
            ("龚明远", "临江党荣誉主席龚明"),
            id="a-name-before-de",
        ),
        pytest.param(
            "外交部驻临江特派员公署副特派员龚明远表示欢迎。",
            ("龚明远", "外交部驻临江特派员公署副特派员"),
            ("公署", "外交部驻临江特派员"),
            id="a-title-continued-by-gongshu-is-no-name",
        ),
    ],
)
def test_chain_and_title_classes(text: str, expected: tuple[str, str], wrong: tuple[str, str]) -> None:
    found = roles(text)
    assert expected in found
    assert wrong not in found


def test_a_title_after_a_palace_body_is_not_bare() -> None:
    from ygraph.eval.evalfacts import is_bare_title

    assert not is_bare_title("总统府秘书长")
    assert is_bare_title("秘书长")


def test_notice_names_with_a_note_after_them() -> None:
    text = (
        "本报讯 临江市、江城市党代会近日召开。中国共产党青禾市第六届委员会第一次全体会议"
        "选举龚明远为市委书记，柴思雨、钱小禾（女）为市委副书记。"
    )
    found = roles(text)
    assert {("龚明远", "青禾市委书记"), ("钱小禾", "青禾市委副书记"), ("柴思雨", "青禾市委副书记")} <= found


def test_notice_takes_the_one_city_of_the_sentence_before() -> None:
    text = "本报讯 湖州、杭州两市召开党代会。中共湖州市委全会昨日举行。龚明远当选市委书记，柴思雨当选市委副书记。"
    assert {("龚明远", "湖州市委书记"), ("柴思雨", "湖州市委副书记")} <= roles(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "中国临江贸易促进委员会香港澳门代表处副代表柴思雨，以及青禾市委书记、中国(临江)自由贸易试验区"
            "青禾片区党工委书记龚明远出席。",
            {
                ("柴思雨", "中国临江贸易促进委员会香港澳门代表处副代表"),
                ("龚明远", "青禾市委书记"),
                ("龚明远", "中国(临江)自由贸易试验区青禾片区党工委书记"),
            },
            id="bracketed-place-in-a-name-yiji-and-deputy-representative",
        ),
        pytest.param(
            "临江国家主席龚明远很有可能出席仪式。",
            {("龚明远", "临江国家主席")},
            id="a-name-before-hen",
        ),
    ],
)
def test_organisation_classes(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= roles(text)


def test_more_name_boundaries_and_surnames() -> None:
    text = (
        "临江市人民政府副市长龚明远，市检察院检察长柴思雨列席会议。"
        "临江省委政研室副主任钱小禾参与发布。国务院新闻办新闻局副局长寿晓岚：大家好。"
    )
    found = roles(text)
    assert {
        ("柴思雨", "临江市检察院检察长"),
        ("钱小禾", "临江省委政研室副主任"),
        ("寿晓岚", "国务院新闻办新闻局副局长"),
    } <= found


def test_predecessor_already_resigned_after_his_title() -> None:
    text = "柴思雨当选临江市政协主席，其前任临江市政协主席龚明远已于18日辞任；钱小禾已辞任临江市市长。"
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    changes = {(r.person, r.position, r.change) for r in facts.roles}
    assert {("龚明远", "临江市政协主席", "end"), ("钱小禾", "临江市长", "end")} <= changes
    found, _ = people.successions(list(facts.roles))
    assert [(s.before, s.after) for s in found] == [("龚明远", "柴思雨")]


def test_holders_counted_before_a_title_succeed_in_printed_order() -> None:
    text = "三任临江市市长龚明远、柴思雨、钱小禾在会上端坐一排。"
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    found, conflicts = people.successions(list(facts.roles))
    assert {(s.before, s.after) for s in found} == {("龚明远", "柴思雨"), ("柴思雨", "钱小禾")}
    assert {r.provenance.rule for r in facts.roles} == {"holders"}


def test_a_company_notice_succession_of_its_own_post() -> None:
    text = (
        "龚明远先生为本公司董事总经理直至2031年7月24日彼获调任为本公司董事会副主席，"
        "而于同日柴思雨先生获委任为本公司董事总经理。"
    )
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    found, _ = people.successions(list(facts.roles))
    assert [(s.position, s.before, s.after) for s in found] == [("董事总经理", "龚明远", "柴思雨")]


def test_two_posts_handed_over_between_the_same_people_are_two_edges() -> None:
    from ygraph.corpus.graph import build_graph
    from ygraph.corpus.merge import merge

    text = "龚明远同志任临江省委书记，柴思雨同志不再担任临江省委书记职务。龚明远接替柴思雨任临江省人大常委会主任。"
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    corpus = merge([facts], ())
    assert {s.position for s in corpus.successions} == {"临江省委书记", "临江省人大常委会主任"}
    g = build_graph(corpus)
    edges = [d["position"] for _, _, d in g.edges(data=True) if d["relation"] == "succeeded"]
    assert sorted(edges) == ["临江省人大常委会主任", "临江省委书记"]


def test_a_post_proposed_is_no_claim_and_jianzheng_ends_a_name() -> None:
    # session 33: a move a report announces (将升任, 将任) is a claim (docs/decisions.md); one only proposed
    # (拟任) is none
    found = roles(
        "青禾省委副书记龚明远将升任省长，他曾任临江省副省长。柴思雨拟任临江市市长。"
        "临江市侨联党组书记钱小禾见证签约。"
    )
    assert ("龚明远", "临江省副省长") in found
    assert ("龚明远", "青禾省长") in found
    assert not {p for n, p in found if n == "柴思雨" and p.endswith("市长")}
    assert ("钱小禾", "临江市侨联党组书记") in found


def test_a_short_organ_after_a_listed_foreign_official_is_that_body_s() -> None:
    found = roles("龚明远会见了由日本青森县知事山田太郎、议会议长田中一郎率领的代表团。")
    assert ("田中一郎", "日本青森县议会议长") in found
    assert ("田中一郎", "议会议长") not in found


def test_a_bare_title_after_a_post_of_a_city_the_vocabulary_lacks() -> None:
    text = "龚明远同志任临江县代理县长。龚明远曾担任过青禾市环保局长、副市长。"
    found = roles(text)
    assert ("龚明远", "青禾市副市长") in found
    assert ("龚明远", "副市长") not in found

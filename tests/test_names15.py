"""Names after a title (issue 13, fifth session): classes that recur on every unseen set. All texts invented.

* a bounded 、 list after a title reads an item of name shape without a known surname;
* words after a titled name that close it (adverbs, taking a post, military ranks, 寄予);
* generic titles (customs, command, deputies) and 立委 as one post;
* posts in brackets after a name;
* a term between an organisation and its title; a surname + title reference.
"""

from __future__ import annotations

import pytest

from pipeline_probe import claims, event_people, facts, people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "大会执行主席陶家宁、柴思雨、郄晓光、钱小禾在主席台执行主席席就座。",
            {("郄晓光", "大会执行主席"), ("钱小禾", "大会执行主席")},
        ),
        ("临江市副市长龚明远、郄小川、柴思雨出席会议。", {("郄小川", "临江市副市长"), ("柴思雨", "临江市副市长")}),
        ("江城縣副縣長林曉峰、郄曉光、錢小禾等出席。", {("郄晓光", "江城县副县长"), ("钱小禾", "江城县副县长")}),
        ("临江市委书记陶家宁、副书记郄晓光出席会议。", {("郄晓光", "临江市委副书记")}),
        ("临江市副市长陶家宁、郄晓光出席会议。", {("郄晓光", "临江市副市长")}),
    ],
)
def test_bounded_list_reads_unknown_surnames(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= claims(text)


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("临江市副市长陶家宁、企业、学校代表出席会议。", {"企业", "学校"}),
        ("临江市长陶家宁、会长单位、理事单位代表出席会议。", {"会长单位", "理事单位"}),
        ("临江诊所协会理事李明阳、江城青年联合会理事长郄正、海州商会会长钱小禾出席。", {"长郄正"}),
        ("临江市副市长陶家宁、郄晓光、有关部门", {"郄晓光"}),  # the list is never closed after the item
    ],
)
def test_bounded_list_keeps_nouns_out(text: str, junk: set[str]) -> None:
    assert not junk & set(people(text))


def test_led_list_reads_a_dotted_name_whole() -> None:
    found = people("出席会议并在主席台就座的还有：陶家宁、柴思雨、阿不都·热合曼、钱小禾、龚明远。")
    assert {"阿不都·热合曼", "钱小禾", "龚明远"} <= set(found)
    assert "阿不都" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新任临江海事局局长柴思雨亦多有肯定。", ("柴思雨", "临江海事局局长")),
        ("新任南區巡防局局長柴思雨亦多有肯定。", ("柴思雨", "南区巡防局局长")),
        ("现任江城市副市长龚明远接掌交通局。", ("龚明远", "江城市副市长")),
        ("現任安全會秘書長龔明遠接掌海事部。", ("龚明远", "安全会秘书长")),
        ("局长一职由江城市交通局副局长钱小禾暂代。", ("钱小禾", "江城市交通局副局长")),
        ("文化會一職先由副主委姜春華暫代。", ("姜春华", "副主委")),
        ("各界对江城县县长林晓峰寄予厚望。", ("林晓峰", "江城县长")),
    ],
)
def test_words_after_a_titled_name(text: str, expected: tuple[str, str]) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize(
    "text",
    ["表彰卸任临江分局长陶家宁中将的贡献。", "為表彰卸任臨江分局長陶家寧中將的貢獻，舉行典禮。", "临江警备区司令员陶家宁少将出席。"],
)
def test_military_rank_after_a_name(text: str) -> None:
    found = people(text)
    assert "陶家宁" in found
    assert not {"陶家宁中", "陶家宁少"} & set(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("江城海关关长龚明远、副关长柴思雨出席。", {("龚明远", "江城海关关长"), ("柴思雨", "江城海关副关长")}),
        ("臨江海關關長錢小禾出席會議。", {("钱小禾", "临江海关关长")}),
        ("临江防卫指挥部指挥官林晓峰出席典礼。", {("林晓峰", "临江防卫指挥部指挥官")}),
        ("海防部指揮官柴思雨、江城警備區副司令錢小禾出席。", {("柴思雨", "海防部指挥官"), ("钱小禾", "江城警备区副司令")}),
        ("立委林晓峰出席记者会。", {("林晓峰", "立法委员")}),
        ("立委陶家寧出席記者會。", {("陶家宁", "立法委员")}),
    ],
)
def test_generic_titles(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= claims(text)


def test_deputy_head_is_read_whole() -> None:
    assert ("龚明远", "临江市商会副理事长") in claims("临江市商会副理事长龚明远出席。")
    assert "商会副" not in people("临江市商会副理事长龚明远出席。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "钱小禾（临江大学医学院教授、临江医院主治医师）、柴思雨（海大副校长）到场观礼。",
            {("钱小禾", "临江大学医学院教授"), ("钱小禾", "临江医院主治医师"), ("柴思雨", "海大副校长")},
        ),
        ("錢小禾（臨江大學教授）、柴思雨（江城醫院院長）到場觀禮。", {("钱小禾", "临江大学教授"), ("柴思雨", "江城医院院长")}),
        ("会议由龚明远（临江市副市长）主持。", {("龚明远", "临江市副市长")}),
    ],
)
def test_posts_in_brackets_after_a_name(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= claims(text)


@pytest.mark.parametrize(
    "text",
    ["临江大学教授龚明远（左）与柴思雨交谈。", "。专家组（组长、副组长）出席。", "钱小禾（临江大学）出席。"],
)
def test_brackets_without_posts_give_no_post(text: str) -> None:
    assert not any(person in {"钱小禾", "专家组"} or "左" in position for person, position in claims(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("江城縣第9屆縣長龔明遠宣誓就職。", ("龚明远", "江城县长")),
        ("江城县第九届县长龚明远宣誓就职。", ("龚明远", "江城县长")),
        ("临江市第5任市长柴思雨出席。", ("柴思雨", "临江市长")),
    ],
)
def test_term_inside_a_post(text: str, expected: tuple[str, str]) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "临江海事局局长林晓峰主持交接仪式。林局长于仪式中，对同仁表示感谢。",
        "臨江海事局局長林曉峰主持交接儀式。林局長於儀式中，對同仁表示感謝。",
        "王署长出席会议。",
    ],
)
def test_surname_and_title_is_no_post(text: str) -> None:
    assert all(len(person) >= 2 and not position.startswith(("林局", "王署")) for person, position in claims(text))
    assert not {"于仪式中", "於仪式中", "出席会"} & set(people(text))


def test_surname_and_title_reference_speaks() -> None:
    f = facts("4月27日，江城市召开全市工作推进会，市长周明远出席。周市长指出，要加快发展。")
    assert {"reference:市长"} <= {e.rule for p in f.people if p.name == "周明远" for e in p.provenance}
    assert any(("周明远", "spoke_at") in event_people(e) for e in f.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("日本海州市市长佐藤健太郎率政府代表团访问江城。", ("佐藤健太郎", "日本海州市长")),
        ("日本海州市市長佐藤健太郎率政府代表團訪問江城。", ("佐藤健太郎", "日本海州市长")),
        ("日本驻江城总领事铃木健一郎出席。", ("铃木健一郎", "日本驻江城总领事")),
    ],
)
def test_five_character_name_after_a_foreign_title(text: str, expected: tuple[str, str]) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("临江职棒教练黄甘霖出席。", ("黄甘霖", "临江职棒教练")),
        ("江城足球队主教练柴思雨表示，球队准备充分。", ("柴思雨", "江城足球队主教练")),
        ("江城律师协会律师龚明远、临江设计院工程师钱小禾出席。", ("钱小禾", "临江设计院工程师")),
    ],
)
def test_professional_titles(text: str, expected: tuple[str, str]) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize(
    ("text", "name", "junk"),
    [
        ("澳门特别行政区行政长官林晓峰提名，任命龚明远。", "林晓峰", "林晓峰提名"),
        ("澳門前行政法務司司長張永春上月離任。", "张永春", "张永春上月"),
        ("香港特别行政区政务司司长柴思雨本周访问江城。", "柴思雨", "柴思雨本周"),
    ],
)
def test_region_official_before_a_follower(text: str, name: str, junk: str) -> None:
    found = people(text)
    assert name in found
    assert junk not in found


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("根据香港特别行政区第五任行政长官林晓峰的提名，经国务院任命。", "第五任"),
        ("江城县第十届县长龚明远出席。第十届县长任期五年。", "第十届"),
        ("考察团与江城市协作办主任李自根座谈。区领导介绍了情况。", "区领导"),
        ("临江市长柴思雨出席。市领导表示，要抓好落实。", "市领导"),
    ],
)
def test_terms_and_leads_are_no_names(text: str, junk: str) -> None:
    assert junk not in people(text)


def test_a_compound_surname_of_an_ordinal_still_names() -> None:
    assert "第五青禾" in people("国务院副总理第五青禾出席会议。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("公务员事务局局长林何晓琳说，改革会继续。", "林何晓琳"),
        ("公務員事務局局長楊何蓓茵說：「改革會繼續。」", "杨何蓓茵"),
        ("江城发展局局长陈李慧敏表示，计划已获通过。", "陈李慧敏"),
    ],
)
def test_married_name_of_four_characters(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    ("text", "name", "junk"),
    [
        ("江城市委副主任陈斌、蓝进和出席会议。", "蓝进和", "蓝进"),
        ("江城市委副主任蓝进和出席会议。", "蓝进和", "蓝进"),
        ("臨江縣副縣長柴思雨、杜進和在主席台就座。", "杜进和", "杜进"),
    ],
)
def test_he_ends_a_titled_name(text: str, name: str, junk: str) -> None:
    found = people(text)
    assert name in found
    assert junk not in found


def test_he_still_joins_two_names() -> None:
    assert {"龚明远", "柴思雨"} <= set(people("江城市长龚明远和副市长柴思雨出席会议。"))


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("临江市与上海市长宁区党政代表团座谈。", "宁区党政"),
        ("三省委书记易帅柴思雨因年龄卸任。", "易帅柴思"),
        ("江城市长林何小说出席。", "林何小说"),
    ],
)
def test_married_name_needs_its_closure(text: str, junk: str) -> None:
    assert junk not in people(text)


def test_married_name_before_de() -> None:
    assert "林郑晓琳" in people("上述官员是根据香港特别行政区第五任行政长官林郑晓琳的提名，经国务院任命。")


@pytest.mark.parametrize(
    ("text", "expected", "junk"),
    [
        ("行政长官私人秘书林晓峰出席。", ("林晓峰", "行政长官私人秘书"), ""),
        ("姜明会见海州联合会秘书长潘晓文一行。", ("潘晓文", "海州联合会秘书长"), "长潘晓文"),
        ("海州联合会副秘书长吴红波、龚明远陪同。", ("吴红波", "海州联合会副秘书长"), "长吴红波"),
        ("海州国经济大臣柴思雨出席。", ("柴思雨", "海州国经济大臣"), ""),
        ("林晓峰于19日与海州省省长龚明远会晤。", ("龚明远", "海州省长"), ""),
    ],
)
def test_secretary_minister_and_the_longest_head(text: str, expected: tuple[str, str], junk: str) -> None:
    assert expected in claims(text)
    assert junk not in people(text)


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("江城市副市长周明远视察江海项目部。周市长指出，要加快进度。", True),
        ("江城市副市長周明遠視察江海項目部。周市長強調，要加快進度。", True),
        ("江城市市长周明远、副市长周晓出席。周市长指出，要加快发展。", False),  # two holders: no guess
    ],
)
def test_reference_to_a_deputy(text: str, resolved: bool) -> None:
    rules = {e.rule for p in facts(text).people for e in p.provenance}
    assert ("reference:市长" in rules) is resolved


def _successions(text: str, tmp_path) -> set[tuple[str, str, str]]:  # noqa: ANN001 - pytest's tmp_path
    from ygraph.build import build
    from ygraph.config import BuildConfig

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(text, encoding="utf-8")
    result = build(BuildConfig(paths=(tmp_path / "in",), out=tmp_path / "out"))
    return {(s.position, s.before, s.after) for s in result.corpus.successions}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "江城县第8届县长王忠明宣誓就职\n2030-06-01\n江城县25日上午举行第8届县长交接典礼，新任县长王忠明感谢前县长刘增英任内贡献。\n",
            ("江城县长", "刘增英", "王忠明"),
        ),
        (
            "臨江縣第9屆縣長龔明遠宣誓就職\n2030-06-01\n臨江縣1日上午舉行縣長交接典禮，新任縣長龔明遠感謝前縣長柴思雨任內貢獻。\n",
            ("临江县长", "柴思雨", "龚明远"),
        ),
    ],
)
def test_new_and_former_holder_in_one_article(text: str, expected: tuple[str, str, str], tmp_path) -> None:  # noqa: ANN001
    assert expected in _successions(text, tmp_path)


@pytest.mark.parametrize(
    "text",
    [
        "2030-06-01\n临江院今日宣布内阁人事异动，新任海事部长龚明远、农业部长柴思雨。\n"
        "临江院发言人表示，海事部长林晓峰改任安全会秘书长，海事部长由总统府秘书长龚明远接任。\n",
        "2030-06-01\n臨江院今日宣布內閣人事異動，新任海事部長龔明遠、農業部長柴思雨。\n"
        "臨江院發言人表示，海事部長林曉峰改任安全會秘書長，海事部長由總統府秘書長龔明遠接任。\n",
    ],
)
def test_new_holder_named_first_keeps_the_implied_predecessor(text: str, tmp_path) -> None:  # noqa: ANN001
    assert ("海事部长", "林晓峰", "龚明远") in _successions(text, tmp_path)

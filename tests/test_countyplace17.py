"""Issue 13 (roles): which place a bare title refers to when the page names a city or county the vocabulary
lacks. The county gazetteer (actors/counties.tsv) and the prefecture cities named by their stem (菏泽 for
菏泽市) count as places the article names: one named at least twice, and not tied with a peer, completes a
bare 区长 / 县委书记 / 市长 (actors/printedplaces.gazetteer_counts); a place named once, two peers named as
often, a generic district name (城关区) or a name inside a word (某市场, 某区域) leave it bare. A city or
county printed inside a chain's title is the place of its level for the titles after it (某省某市市委书记甲、
市长乙; 某市某区委常委、常务副区长). A bracketed field before the masthead (【报纸名称】:某日报) is a source line.
Invented people; real place names that no evaluated page prints (the gazetteer is the lever)."""

from __future__ import annotations

import pytest

from pipeline_probe import claims


@pytest.mark.parametrize(
    ("text", "person", "position"),
    [
        ("岳麓区召开推进会。区长龚明远出席并讲话，为岳麓区发展鼓劲。", "龚明远", "岳麓区长"),
        ("8日，淳安县的干部大会召开。县委书记柴思雨主持，淳安县各乡镇参加。", "柴思雨", "淳安县委书记"),
        ("鄞州區舉行簽約儀式。區委副書記、區長林曉峰致辭，鄞州區各部門參加。", "林晓峰", "鄞州区长"),
        ("據悉，余姚市的招商會昨日舉行。市委書記龔明遠出席，余姚各界代表參加。", "龚明远", "余姚市委书记"),
        ("今天，黄冈召开座谈会。副市长柴思雨出席，介绍黄冈发展情况。", "柴思雨", "黄冈市副市长"),
        ("滁州舉行項目簽約。常務副市長林曉峰出席，滁州各區縣代表參加。", "林晓峰", "滁州市常务副市长"),
    ],
)
def test_a_gazetteer_place_named_twice_completes_a_bare_title(text: str, person: str, position: str) -> None:
    assert (person, position) in claims(text)


@pytest.mark.parametrize(
    ("text", "person", "bare"),
    [
        ("会议通报了岳麓区的经验。区长龚明远出席。", "龚明远", "区长"),  # named once: in passing
        ("淳安县与开化县签约，淳安县、开化县代表出席。县长柴思雨讲话。", "柴思雨", "县长"),  # two peers as often
        ("城关区召开会议。区长林晓峰出席，城关区各部门参加。", "林晓峰", "区长"),  # a generic district name
        ("黃岡舉行座談。鄂州派員參加，鄂州黃岡共商合作。市長龔明遠出席。", "龚明远", "市长"),  # two cities tied
    ],
)
def test_no_gazetteer_evidence_leaves_a_bare_title_bare(text: str, person: str, bare: str) -> None:
    found = {pos for who, pos in claims(text) if who == person}
    assert found == {bare}


@pytest.mark.parametrize(
    "text",
    [
        "合作市场建设推进。合作市场监管加强。市长龚明远出席。",
        "振兴区域经济。平安区域建设。市长龚明远出席。",
        "東方市場開業，東方市場客流大增。市長龔明遠出席。",
    ],
)
def test_a_name_inside_a_longer_word_is_no_place(text: str) -> None:
    assert {pos for who, pos in claims(text) if who == "龚明远"} == {"市长"}


@pytest.mark.parametrize(
    ("text", "person", "position"),
    [
        ("6月21日，湖北省黄冈市市委书记龚明远、市长柴思雨出席招商推介会。", "柴思雨", "黄冈市长"),
        ("5月10日，浙江省淳安县县委书记龚明远、县长柴思雨出席会议。", "柴思雨", "淳安县长"),
        ("浙江省寧波市鄞州區委常委、常務副區長林曉峰，副區長龔明遠出席。", "林晓峰", "鄞州区常务副区长"),
        ("安徽省滁州市南谯区委常委、常务副区长柴思雨出席。", "柴思雨", "南谯区常务副区长"),
    ],
)
def test_a_place_printed_inside_a_chain_title_is_the_next_titles(text: str, person: str, position: str) -> None:
    found = {pos.replace("市市", "市").replace("县县", "县") for who, pos in claims(text) if who == person}
    assert position in found


@pytest.mark.parametrize(
    ("text", "person", "position"),
    [
        ("【报纸名称】:黄冈日报\n【全文】 滁州市代表团到我市考察。市委书记龚明远与代表团座谈。", "龚明远", "黄冈市委书记"),
        ("【報紙名稱】:滁州日報\n【全文】 黃岡市代表團到我市考察。市委書記柴思雨與代表團座談。", "柴思雨", "滁州市委书记"),
        ("【来源】：黄冈日报\n【全文】 滁州市考察团来我市参观。市长林晓峰陪同。", "林晓峰", "黄冈市长"),
    ],
)
def test_a_bracketed_field_names_the_pages_own_place(text: str, person: str, position: str) -> None:
    assert (person, position) in claims(text)


@pytest.mark.parametrize(
    ("text", "visitor", "host", "host_post"),
    [
        (
            "3月2日，县委书记林晓峰带领党政代表团到淳安县学习考察，县长柴思雨一同参加，淳安县委书记龚明远陪同。淳安县发展迅速。",
            "柴思雨",
            "龚明远",
            "淳安县委书记",
        ),
        (
            "5月8日，區委書記林曉峰率領代表團到鄞州區考察，區長柴思雨一同參加，鄞州區委書記龔明遠陪同。鄞州區發展迅速。",
            "柴思雨",
            "龚明远",
            "鄞州区委书记",
        ),
        (
            "6月1日，市委书记龚明远率考察团赴黄冈市参观，副市长林晓峰随同，黄冈市委书记柴思雨陪同。黄冈发展迅速。",
            "林晓峰",
            "柴思雨",
            "黄冈市委书记",
        ),
    ],
)
def test_the_visitors_led_to_the_articles_place_are_not_its(text: str, visitor: str, host: str, host_post: str) -> None:
    found = claims(text)
    assert (host, host_post) in found
    visitor_posts = {pos for who, pos in found if who == visitor}
    assert visitor_posts and not any(pos.startswith(host_post[:2]) for pos in visitor_posts)  # stays bare


@pytest.mark.parametrize(
    ("text", "person", "position"),
    [
        ("黄冈日报讯 昨日，黄冈市委书记龚明远在汉与滁州市委书记林晓峰，市委副书记、代市长柴思雨率领的代表团座谈。黄冈黄冈。", "柴思雨", "滁州市代市长"),
        ("滁州日報訊 昨日，滁州市委書記龔明遠在京與黃岡市委書記林曉峰，市委副書記、市長柴思雨率領的代表團座談。滁州滁州。", "柴思雨", "黄冈市长"),
        ("淳安新闻网讯 淳安县委书记龚明远同鄞州区委书记林晓峰，区委副书记、区长柴思雨座谈。淳安淳安。", "柴思雨", "鄞州区长"),
    ],
)
def test_a_guest_city_printed_after_a_joining_word_is_the_next_titles(text: str, person: str, position: str) -> None:
    assert (person, position) in claims(text)


@pytest.mark.parametrize(
    ("text", "person", "position"),
    [
        ("沛县召开干部大会。县委副书记、县长柴思雨主持，共同建设美好的沛县。", "柴思雨", "沛县县长"),  # doubled: rolelabel20
        ("蕭縣舉行簽約儀式，縣委書記林曉峰致辭，介紹了蕭縣的發展。", "林晓峰", "萧县县委书记"),
        ("12日，泾县召开推进会。副县长龚明远出席，为泾县发展鼓劲。", "龚明远", "泾县副县长"),
    ],
)
def test_a_one_character_county_after_a_boundary_completes(text: str, person: str, position: str) -> None:
    assert (person, position) in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "会议宣布了新县长人选，由柴思雨代县长，县长柴思雨表态发言。",  # 代县长: no county 代县
        "今年市和县级机构改革同步推进，各乡和县级单位积极配合。县长柴思雨出席。",  # 和县级: no county 和县
        "园区企业贡献县域税收过半，持续贡献县域就业。县长柴思雨出席。",  # 献县 inside 贡献县域
    ],
)
def test_a_one_character_county_inside_words_is_no_place(text: str) -> None:
    assert {pos for who, pos in claims(text) if who == "柴思雨"} <= {"县长", "代县长", "代理县长"}

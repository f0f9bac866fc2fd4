"""The place of a title printed without one (issue 13, session 4, lever 3): bare titles on a page that names
no place, the host's place after a visit sentence, a place the page implies. Invented text in Simplified and
Traditional script; real province and city names are vocabulary only."""

from __future__ import annotations

import pytest

from ygraph.corpus import merge
from ygraph.corpus.graph import build_graph
from ygraph.model import Corpus, Source
from ygraph.pipeline import process_document

DAY = "2031-04-28"


def corpus(text: str) -> Corpus:
    return merge.merge([process_document(Source("t.txt", text, "utf-8", user_date=DAY))], ())


def roles(text: str) -> set[tuple[str, str]]:
    return {(r.person, r.position) for r in corpus(text).roles}


# b0: a title that names nothing but a level and its organ, on a page that gives it no place, is no position:
# it stays on its person as printed (attribute bare_titles), never a holds_position edge.
@pytest.mark.parametrize(
    ("text", "person", "bare"),
    [
        ("4月2日，市委书记林晓峰率队调研重点项目，市委常委、常务副市长龚明远参加调研。", "林晓峰", "市委书记"),
        ("4月2日，市委書記林曉峰率隊調研重點項目，市委常委、常務副市長龔明遠參加調研。", "龚明远", "常务副市长"),
        ("11月3日，省委常委会召开会议。省委书记柴思雨主持，省政协主席陶家宁出席。", "陶家宁", "省政协主席"),
        ("11月3日，省委常委會召開會議。省委書記柴思雨主持，省長錢小禾出席。", "钱小禾", "省长"),
    ],
)
def test_a_bare_title_on_a_page_naming_no_place_is_shown_not_scored(text: str, person: str, bare: str) -> None:
    c = corpus(text)
    assert not [r for r in c.roles if r.person == person]
    assert bare in {r.position for r in c.bare_titles if r.person == person}
    g = build_graph(c)
    assert bare in str(g.nodes[f"person:{person}"]["bare_titles"]).split(";")
    assert not [k for _, _, k in g.out_edges(f"person:{person}", keys=True) if k.startswith("holds_position")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4月2日，江城市委书记林晓峰率队调研，市委常委、副市长龚明远参加。", ("龚明远", "江城市副市长")),
        ("4月2日，蕪湖市委書記林曉峰率隊調研，市委常委、常務副市長龔明遠參加。", ("龚明远", "芜湖市常务副市长")),
        # a department of a level stays a post as printed when the page names no place (the golds keep it)
        ("4月2日，市委书记林晓峰率队调研，市委常委、市委办公室主任龚明远参加。", ("龚明远", "市委办公室主任")),
        ("4月2日，市長林曉峰主持會議，市公安局局長陶家寧匯報。", ("陶家宁", "市公安局局长")),
    ],
)
def test_a_placed_title_or_a_department_stays_a_position(text: str, expected: tuple[str, str]) -> None:
    assert expected in roles(text)


# b4: after a visit sentence, a bare title is the host's: a one-character short form of the host after a
# short: cue and before a visit word (来芜考察, 抵川访问), and a unit inside the host printed in a host's chain
# (市委常委、某县级市委书记) does not become the place of the titles after it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "5月6日，江城市委书记林晓峰率江城市党政考察团来芜考察。市委书记龚明远陪同。",
            ("龚明远", "芜湖市委书记"),
        ),
        (
            "5月6日，江城市委書記林曉峰率江城市黨政考察團來蚌調研。市委副書記、市長龔明遠陪同。",
            ("龚明远", "蚌埠市长"),
        ),
        (
            "5月6日，临江省副省长林晓峰率临江省代表团抵川访问。省委书记龚明远会见了代表团一行。",
            ("龚明远", "四川省委书记"),
        ),
        (
            "5月6日，臨江省副省長林曉峰率臨江省代表團赴閩考察。省委副書記、省長龔明遠會見代表團。",
            ("龚明远", "福建省长"),
        ),
    ],
)
def test_a_short_form_of_the_host_gives_the_hosts_titles_their_place(text: str, expected: tuple[str, str]) -> None:
    assert expected in roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "5月6日，江城市委书记林晓峰率江城市考察团来长考察。市委书记龚明远陪同。",  # 长: many cities, no guess
        "5月6日，江城市委書記林曉峰率江城市考察團來此考察。市委書記龔明遠陪同。",  # 此: no place
        "5月6日，江城市委书记林晓峰来芜湖考察以来，市委书记龚明远多次回访蚌埠市。",  # no delegation word
    ],
)
def test_no_host_without_one_place_or_a_delegation(text: str) -> None:
    assert not {p for p, position in roles(text) if p == "龚明远" and position.startswith(("芜湖", "长"))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "5月6日，江城市委书记林晓峰率江城市考察团来芜考察。市委常委、无为市委书记龚明远，市委秘书长柴思雨陪同。",
            {("柴思雨", "芜湖市委秘书长"), ("龚明远", "无为市委书记"), ("龚明远", "芜湖市委常委")},
        ),
        (
            "5月6日，江城市委書記林曉峰率江城市考察團來蚌考察。市委常委、懷遠縣委書記龔明遠，副市長柴思雨陪同。",
            {("柴思雨", "蚌埠市副市长"), ("龚明远", "怀远县委书记")},
        ),
        (
            "芜湖市召开会议。市委常委、无为市委书记龚明远，市委秘书长柴思雨出席。",
            {("柴思雨", "芜湖市委秘书长")},
        ),
    ],
)
def test_a_unit_inside_the_hosts_city_keeps_the_city_for_the_titles_after_it(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= roles(text)


def test_a_chain_opening_with_a_printed_city_still_gives_it_to_the_titles_after_it() -> None:
    for text in (
        "4月2日，省委常委、芜湖市委书记林晓峰，市长陶家宁出席。",
        "4月2日，省委常委、蕪湖市委書記林曉峰，市長陶家寧出席。",
        "4月2日，芜湖市委书记林晓峰，市委副书记、市长陶家宁出席。",
    ):
        assert ("陶家宁", "芜湖市长") in roles(text)


# A zone a city runs, printed without the city after a post of that city, is the city's (某某高新区).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4月2日，芜湖市委常委、经开区党工委书记林晓峰出席。", ("林晓峰", "芜湖经开区党工委书记")),
        ("4月2日，蚌埠市委副書記、高新區黨工委書記林曉峰出席。", ("林晓峰", "蚌埠高新区党工委书记")),
        ("4月2日，芜湖市副市长、保税区管委会主任林晓峰出席。", ("林晓峰", "芜湖保税区管委会主任")),
    ],
)
def test_a_zone_after_a_post_of_a_city_is_the_citys(text: str, expected: tuple[str, str]) -> None:
    assert expected in roles(text)


# b1: a place only the page implies — a reporter line (〔记者某／江城报导〕) is the page's source place; a
# Taiwan municipality the headline names is the place of its bare city titles.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("〔記者陶子／蕪湖報導〕副市長林曉峰今天視察大橋工地。蚌埠市代表參觀。", ("林晓峰", "芜湖市副市长")),
        ("〔记者陶子/蚌埠报导〕市长林晓峰今天主持会议，芜湖市代表列席。", ("林晓峰", "蚌埠市长")),
        ("（記者柴思雨／芜湖报道）副市长龚明远今天出席活动。蚌埠市客商到场。", ("龚明远", "芜湖市副市长")),
        ("台南推動老屋修繕。副市長龔明遠今天前往工地視察。台南各區同步施工。", ("龚明远", "台南市副市长")),
        ("高雄港扩建开工。市长林晓峰出席仪式。", ("林晓峰", "高雄市长")),
    ],
)
def test_a_reporter_line_or_a_named_municipality_places_a_bare_city_title(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in roles(text)


# b1: the leader of a delegation of a place holds the bare titles of that place (行政长官甲将率领某特区政府代表团,
# 市委书记甲率某市党政代表团); a region's own bare title (行政长官) takes the page's region, never a city's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("行政長官林曉峰今日表示，將率領澳門特區政府代表團訪問蕪湖。", ("林晓峰", "澳门行政长官")),
        ("行政长官林晓峰昨率领香港特区政府代表团抵达蚌埠，出席合作会议。", ("林晓峰", "香港行政长官")),
        ("5月6日，市委书记林晓峰率芜湖市党政代表团赴临江市考察。蚌埠市代表同行。", ("林晓峰", "芜湖市委书记")),
        ("5月6日，市長林曉峰帶領蚌埠市考察團赴臨江市學習。芜湖市客商同行。", ("林晓峰", "蚌埠市长")),
    ],
)
def test_the_leader_of_a_places_delegation_holds_that_places_bare_title(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in roles(text)


def test_a_name_ends_before_a_one_character_day_word() -> None:
    for text in ("行政长官林晓峰昨率团出席会议。", "行政長官林曉峰明日率團出席會議。", "行政长官林晓峰明天率团出发。"):
        assert {p.name for p in corpus(text).people} == {"林晓峰"}


@pytest.mark.parametrize(
    "text",
    [
        "5月6日，市委书记林晓峰会见率芜湖市代表团来访的陶家宁一行。临江市代表同行。",  # the guest leads
        "5月6日，市委書記林曉峰接見率芜湖市代表團來訪的陶家寧一行。臨江市代表同行。",
        "5月6日，市委书记林晓峰出席会议，副市长陶家宁率芜湖市代表团参加。临江市代表同行。",  # a title between
    ],
)
def test_no_leader_place_when_someone_else_leads(text: str) -> None:
    assert ("林晓峰", "芜湖市委书记") not in roles(text)


# b4: 来我市 names the page's own city as the host: its source line's city, else nothing (the hosts' bare
# titles stay bare rather than take the visitors' city printed before).
@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "来源：蚌埠日报\n芜湖市委书记林晓峰率芜湖市考察团来我市考察。市委书记龚明远陪同。",
            ("龚明远", "蚌埠市委书记"),
            ("龚明远", "芜湖市委书记"),
        ),
        (
            "蚌埠日報訊 芜湖市委書記林曉峰率芜湖市考察團來我市考察。市委副書記、市長龔明遠陪同。",
            ("龚明远", "蚌埠市长"),
            ("龚明远", "芜湖市长"),
        ),
        (
            "芜湖市委书记林晓峰率芜湖市考察团来我市考察。市委书记龚明远陪同。",
            None,
            ("龚明远", "芜湖市委书记"),
        ),
        (
            "芜湖市委書記林曉峰率芜湖市代表團抵達我市訪問。市委副書記龔明遠陪同。",
            None,
            ("龚明远", "芜湖市委副书记"),
        ),
    ],
)
def test_our_city_is_the_pages_own_never_the_visitors(
    text: str, expected: tuple[str, str] | None, wrong: tuple[str, str]
) -> None:
    found = roles(text)
    assert wrong not in found
    assert expected is None or expected in found


# A bare title the page's region completed (行政长官 → 某特别行政区行政长官) does not make the name after it read
# like a region's printed official's (four characters, loose words): 今/启程/离澳期间 are no names.
@pytest.mark.parametrize(
    "text",
    [
        "行政长官林晓峰今率领澳门特区政府代表团启程。离澳期间，由行政法务司司长陶家宁署理行政长官。",
        "行政長官林曉峰今日啟程，率領澳門特區政府代表團訪問蕪湖。",
        "行政長官林曉峰今率領香港特區政府代表團抵達蚌埠。",
    ],
)
def test_a_completed_region_title_reads_the_name_as_usual(text: str) -> None:
    c = corpus(text)
    assert "林晓峰" in {p.name for p in c.people}
    assert not {p.name for p in c.people} - {"林晓峰", "陶家宁"}


# b1: more source lines (图片来源:某市新闻中心, (某某融媒)), and an organ after a bare level (市政协主席) takes
# the city the page is plainly about (named three times, three times as often as its peers).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会场 图片来源:临江市新闻中心\n12月6日，市委书记林晓峰主持召开市委常委会。蚌埠市代表列席。", ("林晓峰", "临江市委书记")),
        ("圖片來源:蕪湖市新聞中心\n12月6日，市委書記林曉峰主持召開市委常委會。蚌埠市代表列席。", ("林晓峰", "芜湖市委书记")),
        ("江网7月25日讯(芜湖融媒)7月25日，市委书记林晓峰出席会议。蚌埠市代表列席。", ("林晓峰", "芜湖市委书记")),
        ("江網7月25日訊(蚌埠融媒)7月25日，市委副書記、市長林曉峰出席會議。芜湖市代表列席。", ("林晓峰", "蚌埠市长")),
    ],
)
def test_a_news_centre_or_a_media_bracket_names_the_pages_city(text: str, expected: tuple[str, str]) -> None:
    assert expected in roles(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "政协第十届芜湖市委员会第二次会议开幕。市政协主席林晓峰，副主席龚明远出席。芜湖市各界代表参加，芜湖发展可期。",
            ("林晓峰", "芜湖市政协主席"),
        ),
        (
            "政協第十屆蚌埠市委員會會議開幕。市政協副主席龔明遠主持。蚌埠市各界代表參加，蚌埠發展可期。",
            ("龚明远", "蚌埠市政协副主席"),
        ),
        (
            "芜湖市召开大会。市人大常委会主任林晓峰讲话。芜湖市各界代表参加，芜湖发展可期。",
            ("林晓峰", "芜湖市人大常委会主任"),
        ),
    ],
)
def test_an_organ_after_a_bare_level_takes_the_city_the_page_is_about(text: str, expected: tuple[str, str]) -> None:
    assert expected in roles(text)


def test_an_organ_after_a_bare_level_takes_no_city_named_once() -> None:
    for text in ("芜湖市代表参加。市政协主席林晓峰出席。", "蕪湖市代表參加。市政協主席林曉峰出席。", "芜湖客商到场。市人大常委会主任林晓峰讲话。"):
        assert not {p for n, p in roles(text) if n == "林晓峰" and p.startswith("芜湖")}

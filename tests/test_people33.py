"""People, lane people33 (docs/actors.md, "Twenty-third session: the people never read, by why"): a leaders'
list goes on past commas, one group of names per body (rule ``list_leaders``), and a transliterated name is closed
by its Latin spelling in brackets (rule ``glossed``). Invented text, Simplified and Traditional; each row fails on
the code before the lane."""

from __future__ import annotations

import pytest

from pipeline_probe import claims, people

# --- a leaders' list printed in groups, a comma between two groups ---------------------------------------------

GROUPED = [  # text, the people of the groups after the first comma
    ("大会开幕。到会的市领导龚明远、柴思雨，林晓峰、钱小禾，宁可心、韩定坚。", ["林晓峰", "钱小禾", "宁可心", "韩定坚"]),
    ("参加植树的有：省委书记郑立群和其他省领导柴思雨、龚明远，林晓峰、欧阳青禾、王立新。", ["林晓峰", "欧阳青禾", "王立新"]),
    ("會議開幕。到會的縣領導龔明遠、柴思雨，林曉峰、錢小禾。", ["林晓峰", "钱小禾"]),
]


@pytest.mark.parametrize(("text", "names"), GROUPED)
def test_a_leaders_list_goes_on_past_a_comma_group_by_group(text: str, names: list[str]) -> None:
    found = people(text)
    for name in names:
        assert "list_leaders" in found.get(name, set()), (name, found)


NOT_GROUPED = [  # the group after the comma is one name, or no names: the list stops at the comma
    ("市领导龚明远、柴思雨，林晓峰指出，要抓好落实。", "林晓峰"),
    ("市领导龚明远、柴思雨，各区县、各部门负责同志参加会议。", "各区县"),
]


@pytest.mark.parametrize(("text", "name"), NOT_GROUPED)
def test_a_group_that_is_no_list_of_names_ends_the_leaders_list(text: str, name: str) -> None:
    assert "list_leaders" not in people(text).get(name, set())


# --- a transliterated name closed by its Latin spelling in brackets ----------------------------------------------

GLOSSED = [  # text, the names (a joiner, a title, an organisation or the run's start before them)
    ("来访的有海州议会议员穆萨拉(Anna Musara)、贝洛(Marco Bello)及卡斯特(Jens Kast)。", ["贝洛", "卡斯特"]),
    ("訪問團在海州衛生部長恩蒂卡（Rosa Ntabe）帶領下走訪診所。", ["恩蒂卡"]),
    ("海州參議院柯倫提(Paolo Kerenti)議長昨日抵達江城訪問。", ["柯伦提"]),
]


@pytest.mark.parametrize(("text", "names"), GLOSSED)
def test_a_name_before_its_latin_spelling_is_read_whatever_its_characters(text: str, names: list[str]) -> None:
    found = people(text)
    for name in names:
        assert "glossed" in found.get(name, set()), (name, found)


NOT_GLOSSED = [  # an organisation's or a city's Latin name, an acronym, one word: no person
    "代表团参观了伦迪诺基金会(Lundino Foundation)。",
    "来访城市中，海州钻石市(City of Diamond Hill)最远。",
    "双方签署了合作备忘录(MOU)。",
    "他参观了穆萨拉(Musara)。",
]


@pytest.mark.parametrize("text", NOT_GLOSSED)
def test_a_latin_name_that_is_no_persons_reads_no_one(text: str) -> None:
    assert not any("glossed" in rules for rules in people(text).values())


# --- a title whose head goes on into an organ (委员|会): the name after the real title is read --------------------

ORGAN_HEAD = [  # text, the person after the organ's title (a two-character name in a list of titled names)
    ("會上，副州長林曉峰、州人大常委會副主任宋岩先後講話。", "宋岩"),
    ("会上，副州长林晓峰、州人大常委会副主任宋岩先后讲话。", "宋岩"),
]


@pytest.mark.parametrize(("text", "person"), ORGAN_HEAD)
def test_a_reading_that_cuts_the_title_after_an_organ_is_no_name(text: str, person: str) -> None:
    found = people(text)
    assert person in found, found
    assert not any(name.startswith("会") for name in found), found


# --- a record's header fields: a label at a line start, its names on the next line or after a colon -------------

FIELDS = [  # text, people of the fields
    (
        "江城市政府第215次市政會議\n\n主席\n\n龔明遠\n\n紀錄\n\n柴思雨\n\n出席\n\n林曉峰、錢小禾、寧可心、韓定堅、"
        "鄭立群(請假)、歐陽青禾、蒿一平(代)\n\n列席\n\n王立新、宋雨桐\n\n壹、宣讀上次會議紀錄。",
        ["龚明远", "柴思雨", "林晓峰", "郑立群", "蒿一平", "宋雨桐"],
    ),
    (
        "江城县政府第16次县务会议纪要\n时间：2031年3月2日\n主持：龚明远\n出席：林晓峰、钱小禾、宁可心、韩定坚\n"
        "列席：王立新、宋雨桐\n记录：柴思雨\n会议研究了有关事项。",
        ["龚明远", "韩定坚", "宋雨桐", "柴思雨"],
    ),
    (  # a long list keeps its names past an item it cannot read
        "江城市政府市務會議\n\n出席\n\n林曉峰、錢小禾、寧可心、韓定堅、鄭立群、王立新、宋雨桐、柏瓦Jon Bowa、柴思雨\n\n"
        "壹、報告事項。",
        ["林晓峰", "宋雨桐", "柴思雨"],
    ),
]


@pytest.mark.parametrize(("text", "names"), FIELDS)
def test_the_names_of_a_records_header_fields_are_read(text: str, names: list[str]) -> None:
    found = people(text)
    for name in names:
        assert "list_field" in found.get(name, set()), (name, found)


NOT_FIELDS = [  # a label that opens a sentence, a label inside a line: no field
    "江城縣議會第5次定期會\n主席：請各位就座。\n接著由秘書宣讀議程。",
    "江城县召开会议。县委书记出席：会议很重要，林晓峰、钱小禾表示赞同。",
]


@pytest.mark.parametrize("text", NOT_FIELDS)
def test_a_label_that_opens_no_list_of_names_reads_none(text: str) -> None:
    assert not any("list_field" in rules for rules in people(text).values())


# --- a post, a link word, then its holder (担任某市长的甲) -------------------------------------------------------------

LINKED = [  # text, person, post
    ("当年担任江城市市长的龚明远和临江市代市长的柴思雨，今天一同出席论坛。", "龚明远", "江城市长"),
    ("已當選為臨江縣議會議長的柴思宇，今天宣誓就職。", "柴思宇", "临江县议会议长"),
    ("會議由擔任臨江縣縣長的柴思宇主持。", "柴思宇", "临江县长"),
]


@pytest.mark.parametrize(("text", "person", "post"), LINKED)
def test_a_holder_printed_after_the_post_and_a_link_word_is_read(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


NOT_LINKED = [  # two characters after the link, or a noun: no holder
    "感谢江城市长的关心和支持。",
    "他是江城市长的秘书。",
]


@pytest.mark.parametrize("text", NOT_LINKED)
def test_a_noun_after_a_post_and_its_link_word_is_no_holder(text: str) -> None:
    assert not any(p.startswith(("关心", "秘书")) for p in people(text))

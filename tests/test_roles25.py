"""Roles, lane roles25 (issue 13): titles read and completed, classes chosen by their spread on the first
measurements of the held-out judges and on fresh pages. **A civil-service rank** (一级巡视员 … 四级调研员,
一级主任科员 …) printed after a post is held in that post's body (titles.tsv). **A Taiwanese city printed short**
before its government, council or a department (中市府, 南市議會, 南市某局) is that city (org_aliases.tsv,
actors/shortcities.py), and the page's bare departments are that city's. **A reporter's source line** with another
separator (∕, ◎, a backslash) gives the page's place (source_places.tsv). **A publication's name** in title marks
before its house (《某刊》杂志社, 《某报》编辑部: word_uses.tsv publication_organ, actors/orgprefix.py), or a name
ending with 报道 before it (某国报道杂志社: prefix_stops.txt), is part of the organisation. Invented text, Simplified and
Traditional; the near misses keep the post as printed."""

from __future__ import annotations

import pytest

from pipeline_probe import claims

# --- a rank after a post: the body of that post -----------------------------------------------------------------

RANKS = [
    ("请临江省交通厅副厅长、一级巡视员龚明远介绍有关情况。", "龚明远", "临江省交通厅一级巡视员"),
    ("請臨江省交通廳副廳長、一級巡視員龔明遠介紹有關情況。", "龚明远", "临江省交通厅一级巡视员"),
    ("江城市商务局党组成员、二级巡视员柴思雨作了说明。", "柴思雨", "江城市商务局二级巡视员"),
    ("青禾县档案馆馆长、二级调研员钱小禾列席。", "钱小禾", "青禾县档案馆二级调研员"),
    ("青禾縣檔案館館長、二級調研員錢小禾列席。", "钱小禾", "青禾县档案馆二级调研员"),
    ("海州市委办公室副主任、三级调研员宁可心陪同。", "宁可心", "海州市委办公室三级调研员"),
    ("松岩区财政局副局长、四级调研员林晓峰参加。", "林晓峰", "松岩区财政局四级调研员"),
    ("江城市政府办公室秘书科科长、一级主任科员龚明远主持。", "龚明远", "江城市政府办公室秘书科一级主任科员"),
    ("临江省水利厅一级调研员柴思雨也到了现场。", "柴思雨", "临江省水利厅一级调研员"),
    ("青禾农林学院院务委员、一级巡视员钱小禾陪同参观。", "钱小禾", "青禾农林学院一级巡视员"),
    ("海州大学校务委员、二级调研员宁可心出席。", "宁可心", "海州大学二级调研员"),
]


@pytest.mark.parametrize(("text", "person", "post"), RANKS)
def test_a_rank_after_a_post_is_held_in_its_body(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


RANKS_BARE = [  # no post before the rank: nothing completes it (it is no post of its own)
    ("二级巡视员钱小禾随后发言。", "钱小禾", "二级巡视员"),
    ("海州市审计局局长林晓峰，一级调研员宁可心参加。", "宁可心", "一级调研员"),
]


@pytest.mark.parametrize(("text", "person", "post"), RANKS_BARE)
def test_a_rank_with_no_post_before_it_stays_as_printed(text: str, person: str, post: str) -> None:
    found = claims(text)
    assert (person, post) in found
    assert not any(p == person and q != post and q.endswith(post) for p, q in found)


# --- a Taiwanese city printed short -------------------------------------------------------------------------------

SHORT_CITIES = [
    ("中市府松岩處處長龔明遠今天主持會議。", "龚明远", "台中市政府松岩处处长"),
    ("中市政府交通局長柴思雨昨天說明。", "柴思雨", "台中市政府交通局长"),
    ("南市議會副議長柴思雨今天出席。", "柴思雨", "台南市议会副议长"),
    ("北市府文化局長龔明遠今天出席。", "龚明远", "台北市政府文化局长"),
    ("高市府社會局長錢小禾前往關心。", "钱小禾", "高雄市政府社会局长"),
    ("竹市府秘書長寧可心代表出席。", "宁可心", "新竹市政府秘书长"),
    # the page's bare departments are the city's
    ("記者錢小禾/綜合報導 南市工務局今天巡查工地，工務局長林晓峰表示將加強把關。", "林晓峰", "台南市工务局长"),
    ("北市府今天說明新制，交通局長柴思雨表示將分階段上路。", "柴思雨", "台北市交通局长"),
    ("桃市環保局今天稽查工廠，環保局長龔明遠說，違規者將受罰。", "龚明远", "桃园市环保局长"),
]


@pytest.mark.parametrize(("text", "person", "post"), SHORT_CITIES)
def test_a_taiwanese_city_printed_short_is_that_city(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


SHORT_NOT = [  # a short form inside a longer place, or no short form at all
    ("江城与济南市政府签约，济南市政府副秘书长龚明远出席。", "龚明远", "济南市政府副秘书长"),
    ("新北市府水利局長龔明遠今天說明。", "龚明远", "新北市政府水利局长"),
    ("河南市场监管局局长龚明远出席。", "龚明远", "河南市场监管局局长"),
    ("淮北市政府副市长柴思雨出席。", "柴思雨", "淮北市政府副市长"),
    ("要提高市场监管局的执法效能，卫生局长龚明远说。", "龚明远", "卫生局长"),  # 市场: a word, no 高市
    ("城北市场监督管理局联合卫生局检查，卫生局长柴思雨说。", "柴思雨", "卫生局长"),
]


@pytest.mark.parametrize(("text", "person", "post"), SHORT_NOT)
def test_a_short_form_inside_a_place_is_no_short_form(text: str, person: str, post: str) -> None:
    found = claims(text)
    assert (person, post) in found
    assert not any(q.startswith(("台", "桃", "高雄", "新竹", "嘉义", "基隆")) for p, q in found if p == person)


# --- a reporter's source line with another separator ----------------------------------------------------------------

SOURCE_LINES = [  # a second place later on the page: only the source line gives the page its place
    ("〔記者陶子∕南投報導〕縣長林晓峰今天會勘道路。", "林晓峰", "南投县长"),
    ("〔記者陶子∕南投報導〕縣長林晓峰今天會勘道路，縣議員龔明遠陪同。", "龚明远", "南投县议员"),
    ("記者陶子◎蕪湖報導 副市長柴思雨今天視察大橋工地。蚌埠市代表參觀。", "柴思雨", "芜湖市副市长"),
    ("陶子\\蕪湖報導 副市長錢小禾今天視察大橋工地。蚌埠市代表參觀。", "钱小禾", "芜湖市副市长"),
    ("记者陶子∕芜湖报道 副市长宁可心今天视察大桥工地。蚌埠市代表参观。", "宁可心", "芜湖市副市长"),
]


@pytest.mark.parametrize(("text", "person", "post"), SOURCE_LINES)
def test_a_source_line_with_another_separator_gives_the_place(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


SOURCE_NOT = [  # a separator with no reporter's suffix after the place
    ("江城∕海州两地合作。副市长林晓峰今天视察工地。", "林晓峰", "副市长"),
]


@pytest.mark.parametrize(("text", "person", "post"), SOURCE_NOT)
def test_a_separator_without_a_source_suffix_gives_no_place(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


# --- a publication's name before its house -------------------------------------------------------------------------

PUBLICATIONS = [
    ("临江协会副会长、《江城风物》杂志社社长龚明远出席论坛。", "龚明远", "《江城风物》杂志社社长"),
    ("臨江協會副會長、《江城風物》雜誌社社長龔明遠出席論壇。", "龚明远", "《江城风物》杂志社社长"),
    ("《青禾晚报》编辑部主任柴思雨陪同采访。", "柴思雨", "《青禾晚报》编辑部主任"),
    ("《海州文学》杂志主编钱小禾、副主编宁可心到场。", "钱小禾", "《海州文学》杂志主编"),
    ("《松岩画报》出版社社长林晓峰致辞。", "林晓峰", "《松岩画报》出版社社长"),
    ("会见了记者团。江城报道杂志社主编龚明远、社长柴思雨等出席。", "柴思雨", "江城报道杂志社社长"),
    ("會見記者團。江城報道雜誌社主編龔明遠出席。", "龚明远", "江城报道杂志社主编"),
]


@pytest.mark.parametrize(("text", "person", "post"), PUBLICATIONS)
def test_a_publication_named_before_its_house_is_part_of_it(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


PUBLICATIONS_NOT = [  # title marks before anything but a publication's house, or no house after them
    ("学习《江城条例》，局长龚明远讲话。", "龚明远", "局长"),
    ("会上学习《江城条例》社区主任龚明远讲话。", "龚明远", "社区主任"),  # 社 of 社区 is no house
    ("他学习《江城条例》社会组织负责人柴思雨发言。", "柴思雨", "社会组织负责人"),
    ("他在《江城风物》上发表文章，杂志社社长龚明远表示感谢。", "龚明远", "杂志社社长"),
    ("据江城日报报道，市长柴思雨出席。", "柴思雨", "市长"),
]


@pytest.mark.parametrize(("text", "person", "post"), PUBLICATIONS_NOT)
def test_title_marks_before_no_house_stay_out(text: str, person: str, post: str) -> None:
    found = {q for p, q in claims(text) if p == person}
    assert any(q.endswith(post) for q in found)
    assert not any("《" in q for q in found)


# --- a married name inside a list after a title ----------------------------------------------------------------------

MARRIED = [
    ("海州縣長龔明遠今天視察，縣議員柴思雨、錢小禾和林何曉峰等人陪同。", "林何晓峰", "海州县议员"),
    ("海州縣長龔明遠今天視察，縣議員柴思雨、林何曉峰、錢小禾陪同。", "林何晓峰", "海州县议员"),
    ("海州县长龚明远今天视察，县议员柴思雨、钱小禾和宁陈可心等人陪同。", "宁陈可心", "海州县议员"),
    ("臨江市議會議員柴思雨、王林曉峰出席。", "王林晓峰", "临江市议会议员"),
]


@pytest.mark.parametrize(("text", "person", "post"), MARRIED)
def test_a_married_name_in_a_titled_list_shares_the_title(text: str, person: str, post: str) -> None:
    found = claims(text)
    assert (person, post) in found or (person, post.removeprefix("海州")) in found  # 海州: no county the vocabulary knows


MARRIED_NOT = [  # after 和 only a name: a group or a usual three-character name
    ("副市长柴思雨、钱小禾和有关部门负责人出席。", "柴思雨、钱小禾"),
    ("委员柴思雨、钱小禾和王明远等出席。", "柴思雨、钱小禾、王明远"),
]


@pytest.mark.parametrize(("text", "names"), MARRIED_NOT)
def test_a_list_after_a_title_takes_no_four_characters_that_are_no_married_name(text: str, names: str) -> None:
    assert {p for p, _ in claims(text)} == set(names.split("、"))

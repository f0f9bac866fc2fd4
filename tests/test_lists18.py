"""People and roles in name lists (session 8, lane lists18): a title heads a colon list of names with a status
word or a count between them (市议员当选人12席：甲、乙), a body's new and re-elected members (新一届某某常委新当选有
甲、乙，连任的包括丙、丁), names re-elected to a post (甲、乙及丙连任副主席), a sitting's seats with a time word
long lists (130 characters of names) and four-character names inside them
(a married woman's name 林何某某). Lists of organisations, parties or firms are no people. Invented text only;
Simplified and Traditional variants."""

from __future__ import annotations

import pytest

from pipeline_probe import claims, people

_DAY = "2031年4月27日，"
_SIX = ("林晓峰", "龚明远", "柴思雨", "钱小禾", "王青禾", "郑海涛")


def _held(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for person, post in claims(_DAY + text):
        out.setdefault(person, set()).add(post)
    return out


# --- a title, a status word or a count, a colon, the names ------------------------------------------------

STATUS = [
    ("江城市议会举行成立大会。第五届市议员当选人6席：林晓峰、龚明远、柴思雨、钱小禾、王青禾、郑海涛。", "市议员"),
    ("海州縣議會舉行成立大會。第三屆縣議員當選人6名：林曉峰、龔明遠、柴思雨、錢小禾、王青禾、鄭海濤。", "县议员"),
    ("江城市政协全体会议闭幕。江城市政协常委名单：林晓峰、龚明远、柴思雨、钱小禾、王青禾、郑海涛。", "江城市政协常委"),
    ("臨江省政協全體會議閉幕。臨江省政協常委人選:林曉峰、龔明遠、柴思雨、錢小禾、王青禾、鄭海濤。", "临江省政协常委"),
    ("江城市议会成立。江城市议员当选人共6名：林晓峰、龚明远、柴思雨、钱小禾、王青禾、郑海涛。", "江城市议员"),
    ("海州市議會成立。海州市議員當選名單如下:林曉峰、龔明遠、柴思雨、錢小禾、王青禾、鄭海濤。", "海州市议员"),
    ("江城市人大会议闭幕。江城市副市长6名（按姓氏笔画为序）：林晓峰、龚明远、柴思雨、钱小禾、王青禾、郑海涛。", "江城市副市长"),
    ("會議選舉產生新一屆江城市政協常委6名：林曉峰、龔明遠、柴思雨、錢小禾、王青禾、鄭海濤。", "江城市政协常委"),
]


@pytest.mark.parametrize(("text", "post"), STATUS)
def test_a_status_list_gives_each_name_the_heading_post(text: str, post: str) -> None:
    held = _held(text)
    assert all(post in held.get(name, set()) for name in _SIX)
    assert all(p == post or not p.endswith(post[-2:]) for ps in held.values() for p in ps)  # no verb in a post


# 36 names, 143 characters: longer than a form's list was allowed to be (100)
_GIVEN = {"simplified": ("晓峰", "明远", "思雨", "小禾", "青禾", "海涛"), "traditional": ("曉峰", "明遠", "思雨", "小禾", "青禾", "海濤")}
_HEAD = {"simplified": "江城市议会成立。第八届市议员当选人36席：", "traditional": "江城市議會成立。第八屆市議員當選人36席:"}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_long_council_list_is_read_whole(script: str) -> None:
    council = "、".join(a + b for a in ("林王陈张李赵" if script == "simplified" else "林王陳張李趙") for b in _GIVEN[script])
    found = people(_DAY + _HEAD[script] + council + "。")
    names = {a + b for a in "林王陈张李赵" for b in _GIVEN["simplified"]}
    assert len(council) > 100 and names <= set(found)


# --- new and re-elected members of a body, the list going on after a comma ------------------------------

NEWLY = [
    (
        "临江省政协全体会议举行。新一届临江省政协常委来自江城新当选有：林晓峰、龚明远、柴思雨，连任的包括钱小禾、王青禾。",
        "临江省政协常委",
    ),
    (
        "臨江省政協全體會議舉行。新一屆臨江省政協常委來自海州新當選有林曉峰、龔明遠、柴思雨,連任的包括錢小禾、王青禾。",
        "临江省政协常委",
    ),
    ("江城市人大会议闭幕。江城市人大常委会委员新当选的有林晓峰、龚明远、柴思雨，留任的有钱小禾、王青禾。", "江城市人大常委会委员"),
    ("临江省政协会议闭幕。连任临江省政协常委的有林晓峰、龚明远、柴思雨、钱小禾、王青禾。", "临江省政协常委"),
    ("临江省政协会议闭幕。新一届临江省政协常委中，新当选的有林晓峰、龚明远、柴思雨，连任的有钱小禾、王青禾。", "临江省政协常委"),
]


@pytest.mark.parametrize(("text", "post"), NEWLY)
def test_new_and_returning_members_share_the_post(text: str, post: str) -> None:
    held = _held(text)
    assert all(post in held.get(name, set()) for name in _SIX[:5])


# --- names re-elected to a post: the bare post is the body's elected before it -----------------------------

REELECTED = [
    "临江省政协会议举行。钱小禾当选临江省政协主席，林晓峰、龚明远及柴思雨连任副主席。",
    "臨江省政協會議舉行。錢小禾當選臨江省政協主席，林曉峰、龔明遠及柴思雨連任副主席。",
    "临江省政协会议举行。钱小禾当选为临江省政协主席，林晓峰、龚明远和柴思雨均顺利连任副主席。",
    "江城市政协会议闭幕。钱小禾当选临江省政协主席。连任副主席的有林晓峰、龚明远、柴思雨。",
    "江城市政協會議閉幕。錢小禾當選臨江省政協主席，新當選副主席的有林曉峰、龔明遠、柴思雨。",
]


@pytest.mark.parametrize("text", REELECTED)
def test_names_reelected_to_a_post(text: str) -> None:
    held = _held(text)
    assert "临江省政协主席" in held["钱小禾"]
    assert all("临江省政协副主席" in held.get(name, set()) for name in ("林晓峰", "龚明远", "柴思雨"))
    assert not any(p.startswith(("连任", "新当选", "留任")) for ps in held.values() for p in ps)


# --- four characters inside a long list -------------------------------------------------------------------

FOUR = [
    (
        "会议选出的临江省政协8位常委是：林何秀英、林晓峰、龚明远、周安立海、柴思雨、钱小禾、王青禾、郑海涛。",
        {"林何秀英", "周安立海"},
    ),
    (
        "新一屆海州市政協常委新當選有林曉峰、龔明遠、陳馬玉珍、柴思雨、錢小禾、王青禾、鄭海濤、吳東立山。",
        {"陈马玉珍"},
    ),
]


@pytest.mark.parametrize(("text", "names"), FOUR)
def test_four_character_names_in_a_long_list(text: str, names: set[str]) -> None:
    assert names <= set(people(_DAY + text))


BODIES_INSIDE = [
    "会议选出的临江省政协8位常委是：林晓峰、龚明远、海州文化中心、柴思雨、钱小禾、王青禾、郑海涛、宁可心。",
    "新一屆海州市政協常委新當選有林曉峰、龔明遠、江城大學、柴思雨、錢小禾、王青禾、鄭海濤、萬達集團。",
    "会议选出的江城市政协8位常委是：林晓峰、龚明远、张家港市、柴思雨、钱小禾、王青禾、郑海涛、林业部门。",
]


@pytest.mark.parametrize("text", BODIES_INSIDE)
def test_four_character_bodies_in_a_long_list_are_no_people(text: str) -> None:
    found = set(people(_DAY + text))
    assert {"林晓峰", "柴思雨"} <= found
    assert not {"海州文化中心", "文化中心", "江城大学", "万达集团", "张家港市", "林业部门"} & found


# --- lists a title does not head: no people ---------------------------------------------------------------

NOT_PEOPLE = [
    "江城十佳企业名单：江城钢铁、海州化工、青禾纺织。",
    "第五届市议员当选人3席：国民党、民进党、无党籍。",
    "第五屆市議員當選人3席:國民黨、民進黨、無黨籍。",
    "新一届江城市政协常委新当选的包括工商联、妇联、青联，连任的包括侨联、台联。",
    "江城市政协委员名单：教育界、科技界、文化界、经济界、农业界、医药卫生界。",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_lists_of_bodies_are_no_people(text: str) -> None:
    assert not people(_DAY + text)

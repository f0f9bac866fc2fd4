"""Actors of session 38 (invented text, invented names).

- A clause closed by 时 and a speech verb after a country's post (会见某国总理时说) names nobody: 说 is never inside
  a given name (word_uses not_in_name).
- 后的 after a foreign name ends it (继前某国总统柯德拉后的…): the name is the three characters before it.
- 总督 is a post (titles.tsv), so a governor-general and the next post of the list are two posts.
- A headline's verb of going right after a title (总统访某国) opens no foreign name (word_uses motion_verb).
- A page naming two provinces as often (the hosts' and the visitors' origin) gives a bare provincial title the
  province of the city its acts happen in (在某市会见: provincepick.met_in_province); 陜 is 陕 (text/lookalikes.tsv).
- A page plainly about one district that prints the district's city (南京玄武区) gives a bare city organ (市委组织部)
  that city, not a relayed dateline's (某社北京电/某网报道): provincepick.district_city.
- A pair before one title and two names (正副市长甲、乙; 新、旧任市长甲、乙: actors/paired_titles.tsv) gives each name
  its part: head and deputy, or the new holder and the one leaving (a succession); a follower word (完成) ends a
  list item as it ends a name, and 去了 ends a name.
- Two names, a comma and bodies' heads before an attendance verb (甲、乙，市法院、市检察院负责人列席会议): the names
  are a list that attends (namelists._list_pattern).
- A body's own title after an unplaced post of it (市城管局党组书记、局长甲) keeps the body as printed
  (positions._unresolved_body); a bare level's organ (市公安局) stays bare (D1).
- A bare title after a name and a joiner (某国总统甲及总理乙) takes the organisation of the post before it, as after
  a list mark.
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts, handed_on
from sweep13 import traditional


@pytest.mark.parametrize(
    "text",
    ["海州国总统柴思雨17日会见青禾国总理时说，两国友谊深厚。", "海州國總統柴思雨17日會見青禾國總理時說，兩國友誼深厚。"],
)
def test_a_speech_after_a_clause_of_time_names_nobody(text: str) -> None:
    names = {p.name for p in facts(text, "2031-08-17").people}
    assert "柴思雨" in names and not any(n.endswith(("说", "說")) for n in names)


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("柴思雨成为继前青禾国总统柯德拉后的又一位到访元首。", "青禾国总统"),
        ("柴思雨成為繼前青禾國總統柯德拉後的又一位到訪元首。", "青禾国总统"),
    ],
)
def test_a_foreign_name_ends_before_a_time_postposition(text: str, post: str) -> None:
    assert ("柯德拉", post) in {(r.person, r.position) for r in facts(text, "2031-08-17").roles}


@pytest.mark.parametrize("joiner", ["及", "和", "以及", "、"])
def test_a_bare_title_after_a_joiner_takes_the_post_before(joiner: str) -> None:
    found = facts(f"海州国总督林晓峰{joiner}总理柴思雨17日会见客人。", "2031-08-17")
    roles = {(r.person, r.position) for r in found.roles}
    assert {("林晓峰", "海州国总督"), ("柴思雨", "海州国总理")} <= roles


def test_a_headlines_motion_verb_after_a_title_opens_no_name() -> None:
    found = facts("总统访圣维森 出席友谊桥通车" + "\n（本社记者甲乙丙17日电）总统林晓峰17日抵达圣维森访问。", "2031-08-17")
    assert not any(p.name.startswith("访") for p in found.people)


_PEER_PROVINCES = (
    "龚明远会见湖南经贸参访团一行\n8月14日晚，省人大常委会副主任龚明远在武汉会见了湖南经贸参访团一行。"
    "龚明远对参访团来湖北访问表示欢迎，介绍了湖北的情况。"
)


@pytest.mark.parametrize("text", [_PEER_PROVINCES, traditional(_PEER_PROVINCES)], ids=["simplified", "traditional"])
def test_a_bare_provincial_title_takes_the_province_its_act_happens_in(text: str) -> None:
    roles = {r.position for r in facts(text, "2031-08-25").roles}
    assert roles == {"湖北省人大常委会副主任"}


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("江城市正副市长龚明远、柴思雨出席会议。", "江城市长", "江城市副市长"),
        ("江城市正副市長龔明遠、柴思雨出席會議。", "江城市长", "江城市副市长"),
        ("海州省正副省长龚明远、柴思雨出席会议。", "海州省长", "海州省副省长"),
    ],
)
def test_a_head_and_deputy_pair_gives_each_name_its_part(text: str, first: str, second: str) -> None:
    roles = {(r.person, r.position) for r in facts(text, "2031-05-20").roles}
    assert {("龚明远", first), ("柴思雨", second)} <= roles
    assert ("龚明远", second) not in roles


@pytest.mark.parametrize(
    ("text", "new", "old"),
    [
        ("江城市新、旧任市长龚明远、柴思雨完成交接。", "龚明远", "柴思雨"),
        ("江城市卸、新任市长龚明远、柴思雨完成交接。", "柴思雨", "龚明远"),
        ("江城市新舊任市長龔明遠、柴思雨完成交接。", "龚明远", "柴思雨"),
    ],
)
def test_a_new_and_former_pair_is_a_hand_over(text: str, new: str, old: str) -> None:
    assert handed_on(text, "2031-05-20") == {("江城市长", old, new)}


@pytest.mark.parametrize("verb", ["去了江城", "去了海州省"])
def test_a_verb_of_going_or_completing_ends_a_titled_name(verb: str) -> None:
    roles = {(r.person, r.position) for r in facts(f"此后，临江市委书记林晓峰{verb}。", "2031-06-04").roles}
    assert ("林晓峰", "临江市委书记") in roles


_DISTRICT_PAGE = (
    "柴思雨出任南京玄武区代理区长\n"
    "本社北京9月1日电/转自某网 玄武区昨天举行干部大会。"
    "会上，市委组织部副部长龚明远宣读了市委的任免决定。区委书记林晓峰主持大会。"
)


@pytest.mark.parametrize("page", [_DISTRICT_PAGE, traditional(_DISTRICT_PAGE)], ids=["simplified", "traditional"])
def test_a_bare_city_organ_on_a_district_page_is_the_districts_city(page: str) -> None:
    roles = {(r.person, r.position) for r in facts(page, "2031-09-01").roles}
    assert ("龚明远", "南京市委组织部副部长") in roles


def test_two_names_before_bodies_heads_attend() -> None:
    text = (
        "昨日，市十二届人大常委会举行第四十三次会议。市人大常委会主任龚明远主持会议。"
        "王一鸣、钱小禾，区法院、区检察院负责人列席。"
    )
    (sitting,) = facts(text, "2031-03-29").events
    assert {("王一鸣", "attended"), ("钱小禾", "attended")} <= {(p.person, p.relation) for p in sitting.participants}


def test_a_bodys_own_title_after_its_unplaced_post_keeps_the_body() -> None:
    text = "5月3日，市委书记龚明远到江城调研。市城管局党组书记、局长宁可心陪同调研。"
    roles = {(r.person, r.position) for r in facts(text, "2031-05-04").roles}
    assert {("宁可心", "市城管局党组书记"), ("宁可心", "市城管局局长")} <= roles

"""Names and posts of session 47 (invented text, invented names).

- A one-character word that opens a phrase (作, 和, 与) right before a closing word (等, 一行) or punctuation opens
  nothing: it is the name's last character (某市代市长甲乙作等, 某集团主席甲乙和一行; word_uses.tsv name_last_open,
  name_last_close; actors/namereader.py). Before a phrase it still ends the name (甲乙和丙丁, 甲乙作报告).
- 参会 after a name ends it and is attendance (name_boundaries.txt, events/participation.tsv).
- Names listed before an attendance verb go on after groups joined to the last one (甲、乙以及在场的全体区级领导和
  会务组成员在主席台就座: actors/namelists.py).
- A post, a colon and the names of its holders seated at a meeting (大会执行主席：甲、乙在主席台就座) give each the
  post (appointment_forms.tsv members_seated).
- A group photo's caption of a post's holders and its list (某市委常委合影 / 合影名单(左起)：甲、乙) gives each the post
  (appointment_forms.tsv members_photo).
- A county of one character in the page's source line (来源：沛县人民政府) is the page's county (sourceplaces._organ_pattern).
- After a post of a foreign party's central committee (某国人民革命党中央总书记), 国家主席 is that country's
  (word_uses.tsv party_organ rows for the central committee).
- A predecessor printed as the post's owner (而甲的某职一职，此前也已由乙接替) and a move that fills a vacancy
  (甲调任某职，填补乙的空缺) are successions (appointment_forms.tsv notice_owner_post_taken, notice_filled_vacancy).
- A career list after a biography's header (某某，男，汉族，…。曾任…) is that person's, even after a paragraph break
  (word_uses.tsv biography_lead); a department printed alone after a post of another department of the same unit
  is the same body's (某局预算处处长、国库处处长: siblings._sibling_department); 主任科员 is one title; an acting
  modifier (代县长) is no part of the body the next post takes (positions._make with bare_modifier).
- A ministry printed alone after a post of a country itself (某国副首相兼外交部长) is that country's
  (siblings._country_ministry, word_uses.tsv ministry_end); an expo's theme country (某博览会主题国某国总统) opens the
  post (prefix_stops.txt 主题国).
- A notice's one name of four characters after its verb is a married name on a page naming Hong Kong or Macau
  (任命林何某某为…: noticenames._married_page, word_uses.tsv two_surname_org); elsewhere it stays unread.
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts, handed_on
from sweep13 import in_script

_WIRE = "新华社江城2030年5月3日电 "


def _found(text: str, script: str = "simplified"):
    return facts(in_script(_WIRE + text, script), "2030-05-03")


def _posts(text: str, script: str = "simplified") -> set[tuple[str, str]]:
    return {(r.person, r.position) for r in _found(text, script).roles}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("临江市委副书记、代市长柴思作等领导出席。", "柴思作"),
        ("临江市委副书记、代市长柴思作，市委常委林晓峰出席。", "柴思作"),
        ("龚明远会见海州集团董事局主席林江和一行。", "林江和"),
        ("龚明远会见了新加坡海州集团董事局主席林江和一行。", "林江和"),
    ],
)
def test_a_phrase_word_before_a_closing_word_ends_the_name(text: str, name: str, script: str) -> None:
    people = {p.name for p in _found(text, script).people}
    assert name in people
    assert name[:2] not in people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("临江市长林晓峰和海州市长柴思雨出席。", {"林晓峰", "柴思雨"}),
        ("临江市长林晓峰作报告。", {"林晓峰"}),
        ("临江市长林晓峰与海州市长柴思雨会谈。", {"林晓峰", "柴思雨"}),
    ],
)
def test_a_phrase_word_before_a_phrase_still_ends_the_name(text: str, people: set[str]) -> None:
    assert {p.name for p in _found(text).people} == people


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_attending_in_short(script: str) -> None:
    text = "临江市民营经济座谈会3日在江城举行。临江市委书记龚明远主持会议。市委常委、副市长柴思雨参会。"
    found = _found(text, script)
    assert {p.name for p in found.people} == {"龚明远", "柴思雨"}
    (event,) = found.events
    assert ("柴思雨", "attended") in {(p.person, p.relation) for p in event.participants}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("tail", ["以及在场的全体区级领导和会务组成员", "以及全体县级领导", "等"])
def test_names_before_groups_joined_to_the_last(tail: str, script: str) -> None:
    text = f"大会开幕。龚明远、林晓峰、柴思雨、宁可心、吴丽芳{tail}在主席台就座。"
    assert {p.name for p in _found(text, script).people} == {"龚明远", "林晓峰", "柴思雨", "宁可心", "吴丽芳"}


_SESSION = "临江县第九届人民代表大会第二次会议"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("tail", ["以及全体县级领导在主席台就座。", "在主席台就座。", "等出席。"])
def test_a_post_and_a_colon_before_seated_holders(tail: str, script: str) -> None:
    text = f"{_SESSION}今天开幕。大会执行主席：龚明远、林晓峰、柴思雨{tail}"
    posts = _posts(text, script)
    assert posts == {(n, f"{_SESSION}执行主席") for n in ("龚明远", "林晓峰", "柴思雨")}


def test_a_post_and_a_colon_need_the_seats() -> None:
    assert _posts(f"{_SESSION}今天开幕。大会执行主席：龚明远、林晓峰、柴思雨。会议听取报告。") == set()


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(
    ("county", "lead", "post"),
    [("沛县", "来源:", "沛县县长"), ("夏县", "信息来源： ", "夏县县长"), ("淳安县", "来源:", "淳安县长")],
)
def test_a_county_in_the_source_line(county: str, lead: str, post: str, script: str) -> None:
    text = f"时间:2030-05-03 {lead}{county}人民政府\n5月2日，县长林晓峰主持县政府常务会议。"
    found = facts(in_script(text, script), "2030-05-03")
    assert {(r.person, r.position) for r in found.roles} == {("林晓峰", post)}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("party", ["老挝人民革命党", "越南共产党"])
def test_a_state_post_after_a_foreign_central_committee(party: str, script: str) -> None:
    country = party[:2]
    posts = _posts(f"省委书记龚明远在江城会见到访的{party}中央总书记、国家主席本达·沃拉西。", script)
    assert ("本达·沃拉西", f"{country}国家主席") in posts
    assert ("本达·沃拉西", "国家主席") not in posts


def _successions(text: str, script: str) -> set[tuple[str, str, str]]:
    return handed_on(in_script(_WIRE + text, script), "2030-05-03")


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("adverbs", ["此前也已", "", "则"])
def test_a_post_taken_from_its_owner(adverbs: str, script: str) -> None:
    text = f"龚明远兼任临江省委书记。而龚明远的临江省副省长一职，{adverbs}由临江省副秘书长林晓峰接替。"
    assert ("临江省副省长", "龚明远", "林晓峰") in _successions(text, script)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("verb", ["调任", "出任", "升任"])
def test_a_move_that_fills_a_vacancy(verb: str, script: str) -> None:
    text = f"原海州市长林晓峰{verb}临江市委书记，填补宁可心的空缺。"
    assert _successions(text, script) == {("临江市委书记", "宁可心", "林晓峰")}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_married_name_in_a_notice_on_a_hong_kong_page(script: str) -> None:
    text = "国务院决定，任命林何美玲为香港特别行政区商务局局长，免去马立成的商务局局长职务。"
    assert ("香港特别行政区商务局局长", "马立成", "林何美玲") in _successions(text, script)


def test_a_four_character_string_in_a_notice_elsewhere_is_no_name() -> None:
    found = _found("国务院决定，任命林何美玲为江城商务局局长。")
    assert "林何美玲" not in {p.name for p in found.people}


_BIOGRAPHY = "公开简历显示，林晓峰，男，汉族，1975年2月出生，临江省青禾县人，1997年8月参加工作。"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("gap", ["\n\n", ""])
def test_a_career_after_a_biographys_header(gap: str, script: str) -> None:
    text = _BIOGRAPHY + gap + (
        "曾任江城市财政局预算处处长、国库处处长，江城市财政局副主任科员、副科长，"
        "临河县委副书记、县政府代县长、党组书记、县长等职务。"
    )
    posts = {p for n, p in _posts(text, script) if n == "林晓峰"}
    assert {
        "江城市财政局预算处处长",
        "江城市财政局国库处处长",
        "江城市财政局副主任科员",
        "江城市财政局副科长",
        "临河县政府代县长",
        "临河县政府党组书记",
    } <= posts
    assert not {"国库处处长", "江城市财政局副主任副科长", "临河县政府代党组书记"} & posts


def test_a_career_after_another_persons_header_is_not_theirs() -> None:
    text = _BIOGRAPHY + "\n\n据报道，江城市长柴思雨曾任江城市财政局局长。"
    assert ("林晓峰", "江城市财政局局长") not in _posts(text)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(
    ("chain", "post"),
    [
        ("柬埔寨副首相兼外交部长", "柬埔寨外交部长"),
        ("泰国国务大臣兼工业部大臣", "泰国工业部大臣"),
        ("美国国务卿兼国防部长", "美国国防部长"),
    ],
)
def test_a_ministry_after_a_countrys_post_is_the_countrys(chain: str, post: str, script: str) -> None:
    assert ("林晓峰", post) in _posts(f"{chain}林晓峰出席开幕式。", script)


def test_a_ministry_after_a_state_councils_post_stays_as_printed() -> None:
    assert ("林晓峰", "外交部长") in _posts("国务院副总理兼外交部长林晓峰出席。")


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_an_expos_theme_country_opens_the_post(script: str) -> None:
    posts = _posts("第三届海州交易会主题国泰国工业部长林晓峰致辞。", script)
    assert posts == {("林晓峰", "泰国工业部长")}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_group_photos_list_of_a_posts_holders(script: str) -> None:
    text = (
        "大会会场\n中共江城市第九届委员会常委合影\n合影名单(左起)：\n林晓峰、龚明远、柴思雨\n九届一次全委会会场\n"
        "江城网讯 中国共产党江城市第八次代表大会昨天闭幕。"
    )
    found = facts(in_script(text, script), "2031-08-30")
    assert {(r.person, r.position) for r in found.roles} == {
        (n, "江城市第九届委员会常委") for n in ("林晓峰", "龚明远", "柴思雨")
    }

"""Role classes of session 32 (invented text, invented names).

- A list in the order of address printing the body once (某学院甲教授、乙教授、丙教授): every item of the same head
  holds the body's post (actors.addressed._listed_post).
- An item in the order of address (某局甲局长) before 、 is its own person's post, never a post of the next
  person's chain (某局甲局长、某局副局长乙: actors.addressed.without_addressed).
- A consultative conference or association before a name (某市政协甲副主席).
- A word read across a body's last character (联席会议, 所属) ends no body before a name (no person 席会议).
- An adverb after a name (甲提前退休, 甲首次出访) ends it (name_boundaries.txt), so the former holder after a move
  (甲转任某局局长，原局长乙提前退休) hands the post on.
- A bare title (原处长) right after a clause that names its body (…的某技术处，原处长甲) is that body's, not a post
  printed further back (actors.inherit._body_right_before); an acting verb (暂代局长) names no organisation
  (prefix_stops.txt).
- The elected listed after 当选人为, a count before the post (9位中央委员当选人为甲、乙): each holds the post
  (appointment_forms.tsv members_status).
- A notice form's post printed after 原 (原某局副局长甲退休) is the post itself (appointments._unmarked); a report listed
  before the next speaker's post (作的说明和某委副主任委员乙) is no part of it (prefix_stops.txt); a reduplicated adverb
  after a title (某总书记殷殷嘱托) is no name (namereader.read_name); 鄂 is a surname (surnames.txt), as 鲁 and 晋 are.
- 阁揆 is the premier (titles.tsv, title_aliases.tsv); 由甲接任新某职 takes the post (appointment_forms.tsv
  notice_take_over), 由 leading the name, never a married name's first surname (noticenames.right_name); 谈到/提到 end a
  post's left edge (prefix_stops.txt).
"""

from __future__ import annotations

import pytest

from pipeline_probe import claims, handed_on, people

_WIRE = "新华社江城2031年5月9日电 "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "江城学院林嘉禾教授、周立新教授、吴嘉禾教授等专家出席。",
            {("林嘉禾", "江城学院教授"), ("周立新", "江城学院教授"), ("吴嘉禾", "江城学院教授")},
        ),
        (
            "新華社江城2031年5月9日電 江城學院林嘉禾教授、周立新教授出席。",
            {("林嘉禾", "江城学院教授"), ("周立新", "江城学院教授")},
        ),
        ("江城市政协林嘉禾副主席、江城市科协周立新副主席出席。", {("林嘉禾", "江城市政协副主席")}),
    ],
    ids=["listed", "listed_traditional", "conference"],
)
def test_a_body_printed_once_before_names_in_the_order_of_address(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= claims(text if text.startswith("新華社") else _WIRE + text)


def test_a_differing_head_after_the_list_keeps_its_own_body() -> None:
    found = claims(_WIRE + "江城学院林嘉禾教授、市财政局周立新副局长出席。")
    assert ("周立新", "市财政局副局长") in found and ("周立新", "江城学院教授") not in found


@pytest.mark.parametrize(
    "text",
    ["江城市财政局林嘉禾局长、临江公安局副局长周立新出席。", "江城市水务局林嘉禾副局长、临江公安局局长周立新出席。"],
)
def test_an_addressed_item_is_no_post_of_the_next_chain(text: str) -> None:
    assert not any(person == "周立新" and "林嘉禾" in post for person, post in claims(_WIRE + text))


@pytest.mark.parametrize(
    "text",
    ["江城合作联席会议执行主席、临江省省长周立新主持会议。", "江城协作联席会议秘书长、临江省副省长周立新出席。"],
)
def test_a_word_read_across_a_body_end_opens_no_name(text: str) -> None:
    assert set(people(_WIRE + text)) == {"周立新"}


def test_a_former_holder_after_a_move_hands_the_post_on() -> None:
    text = _WIRE + "江城市交通局局长林嘉禾转任江城市水务局局长，原局长周立新提前退休。"
    assert ("周立新", "江城市水务局局长") in claims(text)
    assert ("江城市水务局局长", "周立新", "林嘉禾") in handed_on(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("向来与工业局为姊妹单位的江城市技术处，原处长吴嘉禾将调往参事缺。", ("吴嘉禾", "江城市技术处处长")),
        ("江城市交通局，局长吴嘉禾出席。", ("吴嘉禾", "江城市交通局局长")),
        (
            "江城市工业局局长林嘉禾转任江城市中小企业处长。向来与工业局为姊妹单位的江城市技术处，原处长吴嘉禾将调往参事缺。",
            ("吴嘉禾", "江城市技术处处长"),
        ),
    ],
    ids=["after_possessive", "bare", "not_the_earlier_post"],
)
def test_a_bare_title_after_the_clause_naming_its_body_is_that_bodys(text: str, expected: tuple[str, str]) -> None:
    found = claims(_WIRE + text)
    assert expected in found
    assert not any(person == expected[0] and "中小企业" in post for person, post in found)


@pytest.mark.parametrize(
    "text",
    [
        "江城市工业局副局长吕嘉禾暂代局长职缺，另一位副局长周立新调往他职。",
        "新華社江城2031年5月9日電 江城市工業局副局長呂嘉禾暫代局長職缺，另一位副局長周立新調往他職。",
    ],
)
def test_an_acting_verb_names_no_organisation(text: str) -> None:
    found = claims(text if text.startswith("新華社") else _WIRE + text)
    assert ("周立新", "江城市工业局副局长") in found
    assert not any("暂代" in post for _, post in found)


@pytest.mark.parametrize(
    "text",
    [
        "民众党14日召开党员代表大会。开票结果出炉，9位中央委员当选人为林嘉禾、周立新、吴嘉禾。民众党秘书长龚明远致词。",
        "新華社江城2031年5月9日電 民眾黨14日召開黨員代表大會。開票結果出爐，9位中央委員當選人為林嘉禾、周立新、吳嘉禾。"
        "民眾黨秘書長龔明遠致詞。",
    ],
    ids=["simplified", "traditional"],
)
def test_the_elected_listed_after_dangxuanren_wei_hold_the_post(text: str) -> None:
    found = claims(text if text.startswith("新華社") else _WIRE + text)
    assert {("林嘉禾", "民众党中央委员"), ("周立新", "民众党中央委员"), ("吴嘉禾", "民众党中央委员")} <= found


def test_a_retiring_holder_printed_after_yuan_leaves_the_post_itself() -> None:
    found = claims(_WIRE + "原江城市交通局副局长周立新退休，职缺由主秘林嘉禾接任。")
    assert ("周立新", "江城市交通局副局长") in found
    assert not any(post.startswith("原") for _, post in found)


@pytest.mark.parametrize(
    "text",
    ["两地始终牢记周立新总书记殷殷嘱托，坚持优势互补。", "兩地始終牢記周立新總書記殷殷囑託，堅持優勢互補。"],
)
def test_a_reduplicated_adverb_after_a_title_is_no_name(text: str) -> None:
    assert set(people(_WIRE + text)) == {"周立新"}


def test_a_council_meeting_after_a_title_head_names_no_one() -> None:
    assert "会会议" not in people("柴思雨出席了联合国人权理事会会议。")


def test_a_member_of_a_body_before_a_title_is_no_name_and_keeps_the_next_person() -> None:
    text = "新華社江城2031年2月19日電 訪問團成員包括外委會成員眾議員韋伯 (Randy Weber, 共和黨德州) 夫婦。"
    assert set(people(text)) == {"韦伯"}


def test_members_speaking_are_no_person() -> None:
    assert "成员" not in people("会上，成员表示，将全力配合。")


def test_e_is_a_surname_in_a_notice_and_no_name_as_hubeis_abbreviation() -> None:
    notice = "会议经表决，决定免去鄂思远的江城市水利局局长职务，任命周立新为江城市水利局局长。"
    assert ("江城市水利局局长", "鄂思远", "周立新") in handed_on(_WIRE + notice)
    trips = "江城市长林嘉禾赴鄂考察，在鄂期间会见了湖北省长周立新。鄂豫皖三省召开联席会议。"
    assert set(people(_WIRE + trips)) == {"林嘉禾", "周立新"}


@pytest.mark.parametrize(
    "text",
    [
        "行政院长林嘉禾再度辞职。领导人26日正式宣布，由前副领导人周立新接任新阁揆。",
        "行政院长林嘉禾请辞获准。26日宣布由周立新接任阁揆。",
    ],
)
def test_the_premier_taken_over_by_his_short_name(text: str) -> None:
    found = people("新华社台北2031年1月27日电 " + text)
    assert "周立新" in found and "由周立新" not in found
    assert ("周立新", "行政院长") in claims("新华社台北2031年1月27日电 " + text)


def test_speaking_of_the_new_premier_opens_no_name() -> None:
    text = "新华社台北2031年1月27日电 谈到新阁揆周立新，领导人期许他完成改革。"
    assert set(people(text)) == {"周立新"} and ("周立新", "行政院长") in claims(text)

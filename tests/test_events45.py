"""Events and participation of session 35 (invented text, invented names).

- A list of names joined by 、/和 right before a speech's topic speaks together (甲、乙就…作了发言), with or
  without 分别; a summing-up or an arrangement of work (就分管工作进行了总结和安排) is spoken.
- The leaders of one body named by it lead a list (省政府领导甲、乙); a four-character name of no Han surname
  may close such a list before its act.
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts

_MEETING = "新华社江城2031年12月31日电 临江省政府第九次全体会议31日召开。省长龚明远主持会议并讲话。"


def _spoke(text: str) -> set[str]:
    return {p.person for e in facts(text).events for p in e.participants if p.relation == "spoke_at"}


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ("省政府领导柴思雨、林晓峰、钱小禾就分管工作进行了总结和安排。", {"柴思雨", "林晓峰", "钱小禾"}),
        ("副省长柴思雨、林晓峰就分管工作作了发言。", {"柴思雨", "林晓峰"}),
        ("省政府领导柴思雨、宁可心、阿木古哈就分管工作作了部署。", {"柴思雨", "宁可心", "阿木古哈"}),
    ],
)
def test_a_joined_list_speaks_together(sentence: str, speakers: set[str]) -> None:
    assert speakers <= _spoke(_MEETING + sentence)


def test_a_list_broken_by_a_verb_does_not_speak_together() -> None:
    spoke = _spoke(_MEETING + "副省长柴思雨陪同，副省长林晓峰就分管工作作了发言。")
    assert "林晓峰" in spoke
    assert "柴思雨" not in spoke


@pytest.mark.parametrize(
    "text",
    [
        "7月8日，省督导检查组来我市督导防汛工作。省政府副秘书长龚明远，市委副书记、常务副市长柴思雨参加。",
        "7月8日，省检查组到临江市检查安全生产工作。副市长龚明远、柴思雨参加。",
    ],
)
def test_an_inspecting_team_makes_the_tour_its_people_attend(text: str) -> None:
    (event,) = [e for e in facts(text, "2031-07-09").events if e.event_type == "inspection"]
    assert event.date == "2031-07-08"
    assert {"龚明远", "柴思雨"} <= {p.person for p in event.participants if p.relation == "attended"}


def test_a_leader_printed_with_a_time_before_leading_a_group_attends() -> None:
    (visit,) = [e for e in facts("林晓峰今日上午率海州会参访团访问大陆。", "2031-10-16").events if e.event_type == "visit"]
    assert visit.title.startswith("林晓峰")
    assert "林晓峰" in {p.person for p in visit.participants}


def test_the_length_of_a_trip_is_no_day() -> None:
    """展开6日“某某之旅”, 三日游: six days long, never the 6th; 6日前往 stays the 6th."""
    from ygraph.time.timeresolve import resolve_times
    from ygraph.time.timerules import extract_times

    def days(text: str) -> list[str | None]:
        return [t.value for t in resolve_times(extract_times(text), "2031-10-16")]

    assert "2031-10-06" not in days("林晓峰赴北京展开6日“友谊之旅”，将赴湖北等地。")
    assert "2031-10-03" not in days("林晓峰组织了一次3日游。")
    assert "2031-10-06" in days("林晓峰6日前往北京。")


@pytest.mark.parametrize(
    ("text", "speaks"),
    [
        ("江城社2031年7月23日电 江城市长林晓峰今日上午出席生技大会开幕典礼。市长致词时表示，产业很重要。", True),
        # two mayors printed before: whose words they are stays unknown
        (
            "江城社2031年7月23日电 江城市长林晓峰、海州市长龚明远今日上午出席生技大会开幕典礼。市长致词时表示，产业很重要。",
            False,
        ),
    ],
)
def test_a_title_alone_speaks_for_the_one_holder_printed_with_it(text: str, speaks: bool) -> None:
    spoke = {p.person for e in facts(text, "2031-07-23").events for p in e.participants if p.relation == "spoke_at"}
    assert ("林晓峰" in spoke) is speaks
    assert "龚明远" not in spoke


def test_an_adverb_of_manner_ends_the_place() -> None:
    (event,) = facts("江城社2031年7月23日电 亚洲生技大会今天在江城如期举行。", "2031-07-23").events
    assert event.place == "江城"


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("江城日报 在昨天的新闻发布会上，江城市政府新闻发言人林晓峰表示，发布的是信心。", True),
        ("江城日报 在今天的记者会上，江城市政府新闻发言人林晓峰表示，发布的是信心。", True),
        ("江城日报 在发布会上，江城市政府新闻发言人林晓峰表示，发布的是信心。", False),
    ],
)
def test_a_press_conference_printed_by_its_day_alone(text: str, held: bool) -> None:
    found = facts(text, "2031-09-14").events
    assert bool(found) is held
    if held:
        assert "林晓峰" in {p.person for p in found[0].participants if p.relation == "spoke_at"}


def test_a_gloss_bracket_then_a_joiner_links_two_people() -> None:
    text = "海州协会分处长张子霖(Neil Gibson)及江城市议会促进会会长林智鸿议员也一同出席。"
    positions = {r.position for r in facts(text).roles if r.person == "林智鸿"}
    assert positions == {"江城市议会促进会会长"}


@pytest.mark.parametrize(
    "text",
    [
        # a document the page acts on, cited by number
        "江城市人民政府办公厅 2031年5月28日 今年工作的总体要求是：深入贯彻《临江省人民政府关于推进政务公开的意见》"
        "（临政发〔2031〕8号）精神。",
        # a session whose report is carried out
        "江城市政府办公厅 2031年5月28日 今年的总体要求是：认真落实市第十四届人民代表大会第四次会议审议通过的"
        "《政府工作报告》有关要求。",
    ],
)
def test_what_the_page_carries_out_is_no_event(text: str) -> None:
    assert not facts(text, "2031-05-28").events


def test_a_document_cited_by_number_without_a_basis_word_is_still_a_release() -> None:
    text = "江城市人民政府办公厅 2031年5月28日 今年，省政府出台了《临江省人民政府关于推进政务公开的意见》（临政发〔2031〕8号）。"
    assert any(e.event_type == "release" for e in facts(text, "2031-05-28").events)


def test_a_practice_begun_in_a_year_is_a_series() -> None:
    text = "新华社江城2031年5月8日电 江城办8日举行例行新闻发布会。江城办2000年开始举办新闻发布会，先后有6位发言人。"
    assert [e.date for e in facts(text, "2031-05-08").events] == ["2031-05-08"]


def test_praise_on_the_floor_of_a_meeting_held_on_a_tour_is_spoken() -> None:
    text = (
        "江城日报 2月21日，副省长林晓峰带队赴青禾市专项督导安全生产工作。督导组一行先后前往青禾市松岩县，实地走访了项目。"
        "在随后召开的座谈会上，林晓峰对青禾市的工作给予充分肯定。"
    )
    (meeting,) = [e for e in facts(text, "2031-02-22").events if e.event_type == "meeting"]
    assert "林晓峰" in {p.person for p in meeting.participants if p.relation == "spoke_at"}


def test_a_session_handing_out_its_papers_releases_nothing() -> None:
    text = (
        "新华社江城2031年3月5日电 江城市第十二届人民代表大会第二次会议5日在江城开幕。"
        "根据会议议程，大会印发了江城市政府关于2030年预算执行情况的报告，提请审查批准。"
    )
    assert [e.event_type for e in facts(text, "2031-03-05").events] == ["meeting"]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("林晓峰表示，论坛已办到第2届，今年再度举办“海峡泳渡”活动，吸引200名泳者参加。", False),
        ("今年，江城再度举办“海峡泳渡”活动，吸引200名泳者参加。", True),
    ],
)
def test_a_year_only_event_in_a_speakers_words_is_recalled(sentence: str, kept: bool) -> None:
    text = "新华社江城2031年6月15日电 第2届江城生活圈论坛14日在江城举行，江城县长林晓峰出席。" + sentence
    titles = [e.title for e in facts(text, "2031-06-15").events]
    assert any("泳渡" in t for t in titles) is kept


@pytest.mark.parametrize(
    ("text", "attended"),
    [
        (
            "新华社江城2031年6月8日电 临江省人大常委会第三次会议8日闭幕。会议通过了临江省养犬条例。"
            "临江省长龚明远分别签署第6、7号省长令予以公布。",
            set(),
        ),
        ("新华社江城2031年6月8日电 8日，江城市长龚明远与海州市长柴思雨在江城签署第二份合作协议。", {"龚明远", "柴思雨"}),
    ],
)
def test_an_order_signed_by_its_number_is_no_attendance(text: str, attended: set[str]) -> None:
    found = {p.person for e in facts(text, "2031-06-08").events for p in e.participants if p.relation == "attended"}
    assert found == attended


@pytest.mark.parametrize("separator", ["╱", "/", "｜"])
def test_a_stamp_line_with_the_outlet_after_a_slash_dates_the_page(separator: str) -> None:
    head = separator.join(["2031-11-09", "江城晚报", "综合", "林晓峰"])
    text = head + "\n\n【记者林晓峰台北报导】江城客委会七日首次举办「2031海外乡亲咨询会议」，邀请140余位乡亲领袖与会。"
    found = facts(text, None)
    assert found.document.articles[0].date == "2031-11-09"
    assert [e.date for e in found.events] == ["2031-11-07"]


def test_an_opening_joins_the_gathering_told_before_it_when_a_speech_names_it_again() -> None:
    text = (
        "新华社江城2031年8月24日电 8月23日下午，2031年临江海峡国际博览会主题论坛在江城举行。"
        "江城市副市长林晓峰，临江省副省长龚明远出席论坛开幕式并致辞。"
        "林晓峰表示，临江连续成功举办海博会主题论坛，很好对接了各方的发展战略。"
    )
    found = facts(text, "2031-08-24").events
    assert [e.event_type for e in found] == ["forum"]
    assert {"林晓峰", "龚明远"} <= {p.person for p in found[0].participants if p.relation == "spoke_at"}


@pytest.mark.parametrize(
    ("sentence", "events"),
    [
        ("江城市人大常委会一般约两个月开会一次，原本预计下一次会议应该是8月举行。", 1),
        ("江城市人大常委会第五次会议将于8月20日举行。", 2),
    ],
)
def test_the_next_sitting_in_general_is_no_event(sentence: str, events: int) -> None:
    text = "新华社江城2031年7月26日电 江城市人大常委会25日举行第四次会议。" + sentence
    assert len(facts(text, "2031-07-26").events) == events


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("新华社江城2031年1月8日电 江城交通局今天表示，副局长龚明远将退休，因龚明远督导航运业务，遗缺将由柴思雨升任。", 0),
        ("新华社江城2031年1月8日电 因工作需要，江城市副市长龚明远8日到松岩县督导安全生产工作。", 1),
    ],
)
def test_an_act_given_as_a_reason_is_no_event(text: str, events: int) -> None:
    assert len(facts(text, "2031-01-08").events) == events

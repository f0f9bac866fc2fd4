"""Meeting shapes the rules missed (issue 13, class 14): a body's short name for its meeting (主持召开市委常委会，),
a name opening its sentence placed and dated by a later clause that names a venue (某会议，7日上午在某会议中心
隆重开幕), and participation verbs of sessions (到会祝贺; 作…工作报告, 向大会报告工作). Invented text with invented
names and places, Simplified and Traditional, and the shapes that must stay no event."""

from __future__ import annotations

import pytest

from pipeline_probe import event_people
from ygraph.model import Event, Source
from ygraph.pipeline import process_document


def _facts(text: str, pub: str = "2031-06-09"):
    return process_document(Source("t.txt", text, "utf-8", user_date=pub))


def _events(text: str, pub: str = "2031-06-09") -> list[Event]:
    return list(_facts(text, pub).events)


_people = event_people


# ---- a body's short name (title word + 会) convened: the meeting ----


@pytest.mark.parametrize(
    ("text", "title", "people"),
    [
        (
            "本报讯 6月8日，市委书记林晓峰主持召开市委常委会，市委常委龚明远、陶家宁出席会议。",
            "市委常委会",
            {("林晓峰", "presided"), ("龚明远", "attended"), ("陶家宁", "attended")},
        ),
        (
            "本報訊 6月8日，市委書記林曉峰主持召開市委常委會，市委常委龔明遠、陶家寧出席會議。",
            "市委常委会",
            {("林晓峰", "presided"), ("龚明远", "attended"), ("陶家宁", "attended")},
        ),
        (
            "本报讯 6月8日，青禾县委书记柴思雨召开县委常委会，研究部署秋收工作。县长欧阳青禾出席会议。",
            "县委常委会",
            {("欧阳青禾", "attended")},
        ),
        (
            "本报讯 6月8日，江城市政府召开常务会，市长龚明远主持会议。",
            "江城市政府常务会",
            {("龚明远", "presided")},
        ),
        (
            "本报讯 6月8日，临江省发展改革委召开党组会，传达学习有关文件精神，党组书记陶家宁主持会议。",
            "临江省发展改革委党组会",
            {("陶家宁", "presided")},
        ),
    ],
)
def test_a_bodys_short_name_convened_is_its_meeting(text: str, title: str, people: set[tuple[str, str]]) -> None:
    found = [e for e in _events(text) if e.event_type == "meeting"]
    assert [(e.title, e.date) for e in found] == [(title, "2031-06-08")]
    assert people <= _people(found[0])
    assert found[0].provenance[0].rule.startswith("event:name:")


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 6月8日，江城市人大常委会主任林晓峰到青禾县调研。",  # the body, not its meeting
        "本报讯 江城市委常委会高度重视秋收工作，多次作出部署。",  # the body as a subject
        "本報訊 江城市人大常委會副主任龔明遠表示，將全力配合。",
        "本报讯 6月8日，江城市委召开常委会会议，市委书记林晓峰主持会议。",  # the full name: one meeting
    ],
)
def test_a_short_body_name_elsewhere_names_no_second_meeting(text: str) -> None:
    found = _events(text)
    assert len([e for e in found if e.event_type == "meeting"]) <= 1
    assert not any(e.title.endswith("常委会") for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 6月8日，市委书记林晓峰主持召开市委常委会，市委常委龚明远、陶家宁出席会议。",
        "本報訊 6月8日，市委書記林曉峰主持召開市委常委會，市委常委龔明遠、陶家寧出席會議。",
        "本报讯 6月8日，市委书记林晓峰召开市委常委会，市委常委龚明远出席会议。",
    ],
)
def test_the_convening_verb_is_no_part_of_a_title(text: str) -> None:
    facts = _facts(text)
    positions = {(r.person, r.position) for r in facts.roles}
    assert ("龚明远", "市委常委") in positions
    assert ("林晓峰", "市委书记") in positions
    assert not any("召开" in p for _, p in positions)


# ---- a name opening its sentence, dated and placed by its later clause (comma between) ----


@pytest.mark.parametrize(
    ("text", "title", "place"),
    [
        (
            "本报1月7日讯 中国人民政治协商会议第五届江城市委员会第二次会议，1月7日上午在江城会议中心隆重开幕。",
            "中国人民政治协商会议第五届江城市委员会第二次会议",
            "江城会议中心",
        ),
        (
            "本報1月7日訊 中國人民政治協商會議第五屆江城市委員會第二次會議，1月7日上午在江城會議中心隆重開幕。",
            "中国人民政治协商会议第五届江城市委员会第二次会议",
            "江城会议中心",
        ),
        (
            "本报1月7日讯 青禾县第十届人民代表大会第三次会议,7日下午在青禾县会议中心开幕。",
            "青禾县第十届人民代表大会第三次会议",
            "青禾县会议中心",
        ),
        ("本报1月7日讯 临江市政协七届四次会议，7日在临江隆重开幕。", "临江市政协七届四次会议", "临江"),
    ],
)
def test_a_session_opening_its_sentence_is_dated_and_placed_by_the_rest(text: str, title: str, place: str) -> None:
    found = _events(text, "2031-01-07")
    assert [(e.title, e.date, e.place) for e in found] == [(title, "2031-01-07", place)]


@pytest.mark.parametrize(
    "text",
    [
        "本报1月7日讯 江城市政协五届二次会议，是全市政治生活中的一件大事。",  # said of it, not done
        "本报1月7日讯 江城市政协五届二次会议，各位委员要认真履职。",
    ],
)
def test_a_name_opening_its_sentence_without_taking_place_is_no_event(text: str) -> None:
    assert _events(text, "2031-01-07") == []


# ---- participation verbs of sessions ----

_SESSION = "本报讯 1月7日，江城市政协五届二次会议在江城开幕。"
_SESSION_T = "本報訊 1月7日，江城市政協五屆二次會議在江城開幕。"


@pytest.mark.parametrize(
    ("text", "person", "relation"),
    [
        (_SESSION + "江城市委书记林晓峰、市长龚明远等到会祝贺。", "龚明远", "attended"),
        (_SESSION_T + "江城市委書記林曉峰、市長龔明遠等到會祝賀。", "林晓峰", "attended"),
        (_SESSION + "市政协主席柴思雨作常委会工作报告。", "柴思雨", "spoke_at"),
        (_SESSION_T + "市政協主席柴思雨作常委會工作報告。", "柴思雨", "spoke_at"),
        (_SESSION + "市政协主席柴思雨受常委会委托向大会报告工作。", "柴思雨", "spoke_at"),
        (_SESSION + "市政协主席林晓峰受常务委员会委托，向大会作了《江城市政协常务委员会工作报告》。", "林晓峰", "spoke_at"),
        (_SESSION + "市政协副主席陶家宁在大会上作了《关于提案工作情况的报告》。", "陶家宁", "spoke_at"),
        (_SESSION_T + "市政協副主席陶家寧在大會上作了《關於提案工作情況的報告》。", "陶家宁", "spoke_at"),
    ],
)
def test_session_participation_verbs(text: str, person: str, relation: str) -> None:
    found = _events(text, "2031-01-07")
    assert len(found) == 1
    assert (person, relation) in _people(found[0])


@pytest.mark.parametrize(
    "text",
    [
        _SESSION + "会议审议了《江城市政协常务委员会工作报告》。",  # a report discussed: nobody speaks
        _SESSION + "江城市委书记林晓峰表示，向大会报告工作的时间已经确定。",
    ],
)
def test_a_report_named_without_its_speaker_links_nobody(text: str) -> None:
    found = _events(text, "2031-01-07")
    assert not any(rel == "spoke_at" and who != "林晓峰" for who, rel in _people(found[0]))
    assert "向大会" not in {p.name for p in _facts(text, "2031-01-07").people}


# ---- copies and coordination: the talks told again, a numbered sitting told again, the leader's group ----


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 5日上午，临江省委书记林晓峰会见了海州集团董事长龚明远一行。林晓峰在会见中说，欢迎各位来临江。",
        "本報訊 5日上午，臨江省委書記林曉峰會見了海州集團董事長龔明遠一行。林曉峰在會見中說，歡迎各位來臨江。",
        "本报讯 5日上午，江城市长柴思雨会见了青禾县客人陶家宁一行。柴思雨在会谈中表示，愿加强合作。",
    ],
)
def test_talks_told_again_during_them_are_no_second_talks(text: str) -> None:
    talks = [e for e in _events(text) if e.event_type == "talks"]
    assert len(talks) == 1
    assert any(rel == "spoke_at" for _, rel in _people(talks[0]))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "新华社江城2030年6月8日电 江城市长龚明远将率领江城市政府代表团及江城企业家代表团，于6月9日至12日访问海州。",
            "龚明远率领江城市政府代表团",
        ),
        (
            "新華社江城2030年6月8日電 江城市長龔明遠將率領江城市政府代表團及江城企業家代表團，於6月9日至12日訪問海州。",
            "龚明远率领江城市政府代表团",
        ),
        (
            "新华社江城2030年6月8日电 9日，临江省长柴思雨率领临江省政府代表团和临江经贸代表团访问青禾。",
            "柴思雨率领临江省政府代表团",
        ),
    ],
)
def test_a_visit_of_two_groups_led_by_one_is_titled_by_the_leaders_group(text: str, title: str) -> None:
    visits = [e for e in _events(text, "2030-06-08") if e.event_type == "visit"]
    assert len(visits) == 1 and visits[0].title.startswith(title)


def test_members_accompanying_the_leader_attend_the_leaders_visit() -> None:
    text = (
        "新华社江城2030年6月8日电 江城市长龚明远将率领江城市政府代表团及江城企业家代表团，于6月9日访问海州。"
        "随同市长出访的代表团成员还有运输局局长陶家宁、办公室主任柴思雨等。"
    )
    found = _events(text, "2030-06-08")
    assert len(found) == 1 and found[0].title.startswith("龚明远率领江城市政府代表团")
    assert {("陶家宁", "attended"), ("柴思雨", "attended")} <= _people(found[0])
    assert ("陶家宁", "运输局局长") in {(r.person, r.position) for r in _facts(text, "2030-06-08").roles}


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城2030年9月15日电 江海城市协调会第二十次全体会议将于9月16日在海州召开。本次在海州召开的第二十次全体会议，是在新形势下召开的。",
        "新華社江城2030年9月15日電 江海城市協調會第二十次全體會議將於9月16日在海州召開。本次在海州召開的第二十次全體會議，是在新形勢下召開的。",
        "新华社江城2030年9月15日电 青禾论坛理事会第五次全体会议将于9月16日在江城召开。据悉，第五次全体会议将审议年度报告。",
    ],
)
def test_a_numbered_sitting_told_again_without_its_body_is_the_one_named(text: str) -> None:
    found = _events(text, "2030-09-15")
    assert len(found) == 1
    assert found[0].date == "2030-09-16"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "新华社江城2030年9月15日电 江海城市协调会第二十次全体会议将于9月16日在海州召开。2029年10月15日于青禾召开的第十九次会议上，7个城市正式加入。",
            "江海城市协调会第十九次会议",
        ),
        (
            "新華社江城2030年9月15日電 江海城市協調會第二十次全體會議將於9月16日在海州召開。2029年10月15日於青禾召開的第十九次會議上，7個城市正式加入。",
            "江海城市协调会第十九次会议",
        ),
    ],
)
def test_another_numbered_sitting_printed_alone_is_the_same_bodys(text: str, title: str) -> None:
    found = {e.title: e.date for e in _events(text, "2030-09-15")}
    assert found.get(title) == "2029-10-15"


def test_a_sitting_of_a_session_reported_stays_the_sessions() -> None:
    text = "据新华社报道，临江省十三届人大一次会议，当天下午举行第四次全体会议，选出代表。"
    assert [e.title for e in _events(text, "2031-01-30")] == ["临江省十三届人大一次会议第四次全体会议"]


# ---- dating: a planned event's day printed before its name; a congress named inside a meeting's name ----


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城2030年9月15日电 9月16日，江海城市协调会第二十次全体会议将在海州召开。",
        "新華社江城2030年9月15日電 9月16日，江海城市協調會第二十次全體會議將在海州召開。",
        "新华社江城2030年9月15日电 明天，青禾论坛理事会第五次全体会议将在江城召开。",
    ],
)
def test_a_day_after_the_article_opening_a_plan_dates_the_planned_event(text: str) -> None:
    found = _events(text, "2030-09-15")
    assert [(e.date, e.planned) for e in found] == [("2030-09-16", True)]


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城2030年9月15日电 9月10日，江海城市协调会第二十次全体会议将在海州召开。",  # before the article
        "新华社江城2030年9月15日电 9月16日，江海城市协调会确定，第二十次全体会议将在海州召开。",  # a decision's day
    ],
)
def test_a_day_that_dates_no_plan_leaves_no_planned_event(text: str) -> None:
    # undated, the plan is no event (dates31: the lead's reading of gold-conventions A3)
    assert [e.date for e in _events(text, "2030-09-15")] == []


@pytest.mark.parametrize(
    ("text", "congress"),
    [
        ("本报讯 2030年12月26日，临江市第九届人民代表大会第五次会议代表中的中共党员会议召开。", "临江市第九届人民代表大会第五次会议"),
        ("本報訊 2030年12月26日，臨江市第九屆人民代表大會第五次會議代表中的中共黨員會議召開。", "临江市第九届人民代表大会第五次会议"),
        ("本报讯 今天下午(12月26日)，江城县十届人大三次会议代表中的中共党员会议召开。县委书记林晓峰出席会议。", "江城县十届人大三次会议"),
    ],
)
def test_a_congress_named_inside_its_deputies_meeting_is_no_event_and_takes_no_day(text: str, congress: str) -> None:
    """The session whose deputies meet is named as a reference (docs/gold-conventions.md A1): no event of its
    own; the deputies' meeting keeps the day (and its attendee)."""
    found = {e.title: e for e in _events(text, "2030-12-26")}
    assert congress not in found
    assert list(found) == ["中共党员会议"] and found["中共党员会议"].date == "2030-12-26"


# ---- sessions named in passing: on the agenda (列席), by their report, the congress a preparatory sitting opens ----


@pytest.mark.parametrize(
    ("text", "title", "own"),
    [
        (
            "本报讯 2030年1月13日，江城市政协五届二次会议开幕。大会议程包括：列席市十三届人大二次会议，听取并讨论市政府工作报告。",
            "市十三届人大二次会议",
            ("江城市政协五届二次会议", "2030-01-13", set()),
        ),
        (
            "本報訊 2030年1月13日，江城市政協五屆二次會議開幕。大會議程包括：列席市十三屆人大二次會議，聽取並討論市政府工作報告。",
            "市十三届人大二次会议",
            ("江城市政协五届二次会议", "2030-01-13", set()),
        ),
        (
            "本报讯 2030年12月6日，江城市委召开常委会会议。会议讨论了市委十四届五次全会工作报告(讨论稿)。",
            "市委十四届五次全会",
            ("江城市委常委会会议", "2030-12-06", set()),
        ),
        (
            "本报讯 2030年7月25日下午，中国共产党江城市第一次代表大会举行预备会议。市委书记林晓峰出席会议。",
            "中国共产党江城市第一次代表大会",
            ("中国共产党江城市第一次代表大会预备会议", "2030-07-25", {("林晓峰", "attended")}),
        ),
        (
            "本報訊 2030年7月25日下午，中國共產黨青禾縣第五次代表大會舉行預備會議。縣委書記林曉峰出席會議。",
            "中国共产党青禾县第五次代表大会",
            ("中国共产党青禾县第五次代表大会预备会议", "2030-07-25", {("林晓峰", "attended")}),
        ),
    ],
)
def test_a_numbered_session_named_in_passing_is_no_event(
    text: str, title: str, own: tuple[str, str, set[tuple[str, str]]]
) -> None:
    """A session on the agenda (列席), named by its report, or the congress a preparatory sitting prepares is a
    reference (docs/gold-conventions.md A1): no event of that title; the article's own meeting keeps its name,
    day and people."""
    found = _events(text, "2030-12-26")
    assert title not in {e.title for e in found}
    assert [(e.title, e.date, event_people(e)) for e in found] == [own]


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 2030年1月13日，江城市政协五届二次会议开幕。市政府领导列席会议。",  # a bare 会议: the session reported
        "本报讯 2030年12月6日，江城市委召开常委会会议。会议讨论了市委工作报告。",  # no numbered meeting
        "本报讯 2030年7月25日下午，江城市政协举行预备会议。市委书记林晓峰出席会议。",  # no numbered congress
    ],
)
def test_unnumbered_mentions_add_no_event(text: str) -> None:
    assert len(_events(text, "2030-12-26")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 2030年12月6日，江城市委召开常委会会议。市委书记林晓峰就做好各项工作提出要求。",
        "本報訊 2030年12月6日，江城市委召開常委會會議。市委書記林曉峰就做好各項工作提出要求。",
        "本报讯 2030年12月6日，江城市政府召开常务会议。市长龚明远就抓好落实提出了要求。",
    ],
)
def test_setting_requirements_is_speaking(text: str) -> None:
    found = _events(text, "2030-12-26")
    assert any(rel == "spoke_at" for _, rel in _people(found[0]))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("本报讯 2030年6月8日，临江市委举行常委扩大会议，市委书记龚明远主持会议。", "临江市委常委扩大会议"),
        ("本報訊 2030年6月8日，臨江市委舉行常委擴大會議，市委書記龔明遠主持會議。", "临江市委常委扩大会议"),
        ("本报讯 2030年6月8日，青禾县委召开常委会扩大会议，县委书记柴思雨主持会议。", "青禾县委常委会扩大会议"),
    ],
)
def test_an_enlarged_meeting_keeps_its_whole_name(text: str, title: str) -> None:
    found = _events(text, "2030-06-08")
    assert [e.title for e in found] == [title]
    assert found[0].participants

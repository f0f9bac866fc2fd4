"""Hong Kong, Macau and Taiwan government news (lane twgov26). Invented Simplified and Traditional variants with
near-misses, for the classes a fresh sample of these pages showed most often:

* a press conference a county or city head holds (举行/召开/举办…记者会) is an event, and its holder speaks at it
  (events triggers.tsv 记者会 and the 举行记者会 act rows, participation.tsv); a conference only referred to
  (在记者会上表示) or announced with no day makes none;
* a stand-in during an official's absence printed without 由 or with 将 (某局长甲将署理某职务), with 署任…一职, or
  as Macau's 临时代理…的职务, holds the stand-in post (actors appointment_forms.tsv notice_stands_in_named);
* an official's own trip on a notice that tells who stands in during his absence (在他离港期间, 不在澳门期间:
  events word_uses.tsv absence_cue) is a visit, planned when announced with 将 (events/visits.sets_off); a trip
  told on a page without such a notice stays no visit of its own;
* 特首 is the region's 行政长官, completed with the one region the page names (actors title_aliases.tsv,
  positions.canonical, regiontitles.region_named);
* a name printed after an office (办) or a secretariat (司) and before its title (某办甲副主任, 某司乙司长) holds
  that body's post (actors word_uses.tsv name_title_org_end), but not after a verb ending in 办 (主办);
* an inviting or gathering verb before a title (邀, 邀集, 集结, 随著) is no part of the post (actors prefix_stops.txt);
* a weekday printed in brackets after a day (25日（星期日）, 翌日（周一）) belongs to that day (time rules.tsv).
"""

from __future__ import annotations

import pytest

from pipeline_probe import built_events, claims, facts
from sweep13 import traditional
from ygraph.text.clean import normalized

SCRIPTS = ("simplified", "traditional")


def _script(text: str, script: str) -> str:
    """The text in the script asked for (Traditional by the converter the tests share)."""
    return text if script == "simplified" else traditional(text)


def _events(text: str, script: str, day: str = "2031-04-08") -> list[tuple[str, str | None, bool, set[tuple[str, str]]]]:
    found = built_events(_script(text, script), day)
    return [(e.title, e.date, e.planned, {(p.person, p.relation) for p in e.participants}) for e in found]


def _roles(text: str, script: str) -> set[tuple[str, str]]:
    return {(person, normalized(position)) for person, position in claims(_script(text, script))}


# A. Press conferences.
CONFERENCES = [
    ("新华社江城2031年4月8日电 青禾县长林晓峰今晨举行记者会，报告施政成果。", "林晓峰", "2031-04-08"),
    ("新华社江城2031年4月8日电 青禾县长龚明远8日召开记者会，说明防汛整备情形。", "龚明远", "2031-04-08"),
    ("新华社江城2031年4月8日电 松岩县长柴思雨今天举办上任三周年记者会，县府主管到场。", "柴思雨", "2031-04-08"),
    ("新华社江城2031年4月8日电 江城市长钱小禾今天在市府举行记者会，公布新年度预算。", "钱小禾", "2031-04-08"),
    ("新华社江城2031年4月8日电 松岩县长钱小禾任期将届满，今天召开记者会，回顾施政。", "钱小禾", "2031-04-08"),
]


def test_the_holder_in_an_earlier_clause_names_the_conference() -> None:
    text = "新华社江城2031年4月8日电 松岩县长钱小禾任期将届满，今天召开记者会，回顾施政。"
    assert [e.title for e in built_events(text, "2031-04-08")] == ["钱小禾召开记者会"]

NO_CONFERENCE = [
    "新华社江城2031年4月8日电 青禾县长林晓峰在记者会上表示，将持续推动建设。",
    "新华社江城2031年4月8日电 青禾县长龚明远表示，将择期召开记者会说明。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "holder", "day"), CONFERENCES)
def test_a_press_conference_held_is_an_event_its_holder_speaks_at(text: str, holder: str, day: str, script: str) -> None:
    found = [e for e in _events(text, script) if "记者会" in e[0]]
    assert [e[1] for e in found] == [day]
    assert (holder, "spoke_at") in found[0][3]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", NO_CONFERENCE)
def test_a_press_conference_referred_to_makes_none(text: str, script: str) -> None:
    assert not [e for e in _events(text, script) if "记者会" in e[0]]


# B. Stand-ins during an absence.
STAND_INS = [
    ("新华社香港2031年12月15日电 在他离港期间，规划局局长林晓峰将署理政务司司长职务。", "林晓峰", "署理政务司司长"),
    ("新华社香港2031年12月15日电 在他离港期间，政务司副司长龚明远将署理政务司司长职务。", "龚明远", "署理政务司司长"),
    ("新华社香港2031年12月15日电 林晓峰离港期间，会由财政司司长柴思雨署任行政长官一职。", "柴思雨", "署任行政长官"),
    ("新华社澳门2031年12月15日电 行政长官不在澳门期间，由保安司司长钱小禾临时代理海州行政长官的职务。", "钱小禾",
     "临时代理海州行政长官"),
    ("新华社香港2031年12月15日电 在他离港期间，规划局副局长宁可心将署任规划局局长。", "宁可心", "署任规划局局长"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "person", "post"), STAND_INS)
def test_the_stand_in_holds_the_stand_in_post(text: str, person: str, post: str, script: str) -> None:
    assert (person, post) in _roles(text, script)


def test_a_stand_in_only_talked_about_holds_nothing() -> None:
    text = "新华社香港2031年12月15日电 林晓峰表示，龚明远将署理局长一事仍在研究。"
    assert not [r for r in facts(text).roles if r.person == "龚明远"]


# C. An official's own trip on a notice of his absence.
TRIPS = [
    ("新华社香港2031年12月15日电 政务司司长林晓峰明日前往海州。在他离港期间，由财政司司长龚明远署理政务司司长职务。",
     "林晓峰", "2031-12-16", True),
    ("新华社澳门2031年12月15日电 行政长官柴思雨明日将前往海州拜访。柴思雨不在澳门期间，由保安司司长钱小禾临时代理"
     "海州行政长官的职务。", "柴思雨", "2031-12-16", True),
    ("新华社香港2031年12月15日电 行政长官宁可心今天前往北京述职。在宁可心离港期间，由财政司司长龚明远署理政务司司长职务。",
     "宁可心", "2031-12-15", False),
    ("新华社香港2031年12月15日电 政务司司长钱小禾明日（十二月十六日）前往青禾，为参赛选手打气。在他离港期间，规划局局长"
     "柴思雨将署理政务司司长职务。", "钱小禾", "2031-12-16", True),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "person", "day", "planned"), TRIPS)
def test_an_official_trip_on_a_notice_of_absence_is_a_visit(
    text: str, person: str, day: str, planned: bool, script: str
) -> None:
    found = [e for e in _events(text, script, "2031-12-15") if e[0].startswith(person)]
    assert [(e[1], e[2]) for e in found] == [(day, planned)]
    assert (person, "attended") in found[0][3]


def test_a_trip_without_a_notice_of_absence_stays_no_visit() -> None:
    text = "新华社江城2031年12月15日电 江城市长林晓峰将前往北京。"
    assert not [e for e in built_events(text, "2031-12-15") if e.event_type == "visit"]



def test_a_notice_of_absence_in_another_article_sets_nobody_off() -> None:
    """Two articles in one file (a newspaper page): the second's notice of absence is no cue for the first's trip."""
    text = (
        "新华社江城2031年12月15日电 江城市长林晓峰将前往北京。\n\n"
        "新华社香港2031年12月15日电 政务司司长龚明远明日前往海州。在他离港期间，由财政司司长柴思雨署理政务司司长职务。"
    )
    visits = [e.title for e in built_events(text, "2031-12-15") if e.event_type == "visit"]
    assert visits == ["龚明远前往海州"]

# D. 特首.
CHIEFS = [
    ("新华社香港2031年5月8日电 特首林晓峰致辞时表示，香港经济向好。", "林晓峰", "香港行政长官"),
    ("新华社澳门2031年5月8日电 澳门特首柴思雨今日出席酒会并致辞。", "柴思雨", "澳门行政长官"),
    ("新华社香港2031年5月8日电 香港特首龚明远今日出席典礼。", "龚明远", "香港行政长官"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "person", "post"), CHIEFS)
def test_the_short_form_of_the_chief_executive(text: str, person: str, post: str, script: str) -> None:
    assert (person, post) in _roles(text, script)


def test_the_chief_executive_office_stays_an_office() -> None:
    assert ("林晓峰", "特首办主任") in claims("江城晚报 2031年5月8日 特首办主任林晓峰出席。")
    assert "办主" not in {p.name for p in facts("香港特首办主任林晓峰出席。").people}


NOT_CHIEF_NAMES = [
    ("新华社澳门2031年3月3日电 特首明日发表施政报告。", "明日"),
    ("临江特首明发表2032预算案", "明发表"),
    ("新华社香港2031年3月3日电 林晓峰表示，特首述职将在下月进行。", "述职"),
    ("新华社北京2031年3月3日电 会上还有5位前任特首，龚明远、柴思雨均到场。", "位前"),
]


@pytest.mark.parametrize(("text", "word"), NOT_CHIEF_NAMES)
def test_words_after_or_before_the_short_title_are_no_names(text: str, word: str) -> None:
    assert word not in {p.name for p in facts(text).people}


def test_a_married_name_after_the_short_title() -> None:
    assert ("林何晓峰", "香港行政长官") in claims("新华社香港2031年3月3日电 特首林何晓峰今日出席酒会。")


# E. A name between an office or a secretariat and its title.
ADDRESSED = [
    ("新华社江城2031年5月8日电 临江联络办林晓峰副主任应邀出席。", "林晓峰", "临江联络办副主任"),
    ("新华社江城2031年5月8日电 海州经济财政司柴思雨司长、松岩公署龚明远副特派员出席开幕式。", "柴思雨", "海州经济财政司司长"),
    ("新华社江城2031年5月8日电 海州港澳办钱小禾副主任出席活动。", "钱小禾", "海州港澳办副主任"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "person", "post"), ADDRESSED)
def test_a_name_after_an_office_holds_its_post(text: str, person: str, post: str, script: str) -> None:
    assert (person, post) in _roles(text, script)


def test_a_verb_ending_in_the_office_character_names_no_body() -> None:
    found = claims("新华社江城2031年5月8日电 晚会由江城区文旅所主办林晓峰主任讲话。")
    assert not [post for person, post in found if "主办" in post]


# F. Words glued before a title.
GLUED = [
    ("江城市长林晓峰邀集海州市长龚明远等人齐聚。", "龚明远", "海州市长", "集"),
    ("本院今邀海州院长柴思雨列席报告。", "柴思雨", "海州院长", "邀"),
    ("隨著海州行政法務司司長柴思雨等官員主禮後，燈飾亮起。", "柴思雨", "海州行政法务司司长", "随著"),
    ("此次调整集结临江院长林晓峰等各方人马。", "林晓峰", "临江院长", "集结"),
]


@pytest.mark.parametrize(("text", "person", "post", "glue"), GLUED)
def test_a_word_before_the_title_is_no_part_of_it(text: str, person: str, post: str, glue: str) -> None:
    found = {(p, normalized(r)) for p, r in claims(text)}
    assert (person, post) in found
    assert (person, glue + post) not in found


def test_an_invited_member_keeps_the_word() -> None:
    assert ("林晓峰", "临江政协特邀委员") in claims("临江政协特邀委员林晓峰出席。")


# G. A weekday in brackets after its day.
WEEKDAYS = [
    ("江城晚报 2031-06-21\n行政长官林晓峰本月29日（周日）将启程前往北京，出席翌日（周一）举行的江城成就展开幕仪式。"
     "林晓峰届时会主持开幕仪式。",
     {"2031-06-29", "2031-06-30"}),
    ("江城晚报 2031-06-21\n行政长官林晓峰29日（星期日）将启程前往北京。", {"2031-06-29"}),
]


@pytest.mark.parametrize(("text", "days"), WEEKDAYS)
def test_a_weekday_in_brackets_is_its_days(text: str, days: set[str]) -> None:
    assert {e.date for e in built_events(text, "2031-06-21")} == days


def test_a_council_meeting_names_no_one() -> None:
    assert "会会议" not in {p.name for p in facts("柴思雨出席了联合国人权理事会会议。").people}

"""Events of session 34 (invented text, invented names).

- A venue opening with a level character and an organ (省委党校, 市委礼堂) is one place, not cut at the level
  character (events.eventplaces.canonical_place).
- 曾 between a group's leader and 率团: a past trip narrated with its own date stays the leader's visit
  (events/word_uses.tsv leader_gap).
- A lecture of a party lesson (为某某讲授专题党课) is the lecturer's event, where he speaks (triggers.tsv,
  participation.tsv); an activity of works starting or of signing (集中开工活动, 签约活动) is an event.
- A season before 期间/后 (国庆节期间, 春节后) keeps an act's object going (word_uses period_noun); a tour with no
  object whose listed stops close with a kind (到甲、乙等城建项目现场调研) is titled by that kind (patterns place_list).
- 来到某县调研某工作: the place is the county, the title keeps what was done there (actdraft: a tour word inside a
  visit form's object).
- A body's own kind of sitting after its count and term (召开十五届二十次主席会议, 第25次常务会议) is named after the
  body (sittings.session: patterns sitting_term, word_uses ordinal_session).
- A level's organ's meeting printed without its place (市委常委会会议) is completed by its convener, or by the post of
  the one who presides it (临江市委书记甲主持召开市委常委会会议 → 临江市委常委会会议), merged where they overlap; an adverb
  before 召开 is no part of the convener (eventparts.generic_holder, word_uses placeless_organ, convener_adverb).
- A release is titled by the document it issues (发布《某方案》), without its short name (（以下简称《方案》）).
- A sitting told by its body and its day with no convening verb (某院今（4）日院会通过「某法」, 某市政府3月4日常务会议审议
  通过): the day is no part of the name, the body completes it (patterns inner_day, sittings.dated_body, happening
  >通过「).
- A press conference: 某某9日在某发布会上表示 speaks there (a date before 在 left out: speakers._at_event); 在新闻发布会
  names no place 新闻 (eventplaces: a place phrase whose next word opens an event's name); 在某办举办的发布会上 names the
  conference by its host (hosted.body_host, patterns body_given).
- One lede for every reading (eventmodel.opens_article): a named ceremony in a headline stack printed after a
  page's menu lines opens the article, dated by the article's day, not its month.
"""

from __future__ import annotations

import pytest

from pipeline_probe import event_people, facts
from ygraph.events.eventplaces import canonical_place


@pytest.mark.parametrize(
    ("raw", "place"),
    [
        ("省委党校", "省委党校"),
        ("市委礼堂", "市委礼堂"),
        ("湖滨省江城市", "江城"),  # a province before its city still gives the city
    ],
)
def test_a_venue_opening_with_a_level_character_is_not_cut(raw: str, place: str) -> None:
    assert canonical_place(raw) == place


def test_a_past_trip_led_with_zeng_is_a_visit_of_its_date() -> None:
    text = "新华社江城2031年3月5日电 2029年9月，临江市长郝思远曾率团访问海州。"
    (visit,) = facts(text, "2031-03-05").events
    assert (visit.event_type, visit.date) == ("visit", "2029-09")
    assert ("郝思远", "attended") in event_people(visit)


def test_without_a_date_of_its_own_a_recalled_trip_is_no_event() -> None:
    text = "新华社江城2031年3月5日电 临江市长郝思远曾率团访问海州。"
    assert not [e for e in facts(text, "2031-03-05").events if e.event_type == "visit" and e.date == "2031-03-05"]


@pytest.mark.parametrize(
    ("text", "title", "relation"),
    [
        ("本报讯 2031年3月4日，临江市委书记龚明远为全市新任职干部讲党课。", "龚明远为全市新任职干部讲党课", "spoke_at"),
        ("本报讯 2031年3月4日，江城市举办招商项目签约活动，市长林晓峰出席。", "招商项目签约活动", "attended"),
    ],
)
def test_a_lecture_and_a_signing_activity_are_events(text: str, title: str, relation: str) -> None:
    (event,) = facts(text, "2031-03-05").events
    assert event.title == title and event.date == "2031-03-04"
    assert any(rel == relation for _, rel in event_people(event))


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 2031年3月4日，市长林晓峰表示，自2029年就职以来，他走遍了全市各乡镇。",  # a period's start
        "本報訊 2031年3月4日，總統林晓峰今天上午宣誓就職，並發表就職演說。",  # no witness: no ceremony told
    ],
)
def test_taking_office_without_its_witness_is_no_event(text: str) -> None:
    assert not facts(text, "2031-03-05").events


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        ("本報訊 臨江政府今（4）日院會通過「臨江計畫法」修正草案。", "临江政府院会", "2031-03-04"),
        ("本報訊 臨江政府今日院會通過「臨江計畫法」修正草案。", "临江政府院会", "2031-03-05"),
        ("本报讯 江城市政府3月4日常务会议审议通过了《江城市某办法》。", "江城市政府常务会议", "2031-03-04"),
    ],
)
def test_a_sitting_told_by_its_body_and_day_is_named_by_the_body(text: str, title: str, date: str) -> None:
    assert [(e.title, e.date) for e in facts(text, "2031-03-05").events] == [(title, date)]


def test_a_speaker_dated_before_the_press_conference_speaks_there() -> None:
    text = "新华社江城2031年2月10日电 临江省发展改革委主任柴思雨9日在省政府新闻办举行的新闻发布会上表示，规划进展顺利。"
    (conference,) = facts(text, "2031-02-10").events
    assert ("柴思雨", "spoke_at") in event_people(conference)


def test_a_press_conference_names_no_place_of_its_own_words() -> None:
    text = "新华社江城2031年2月10日电 临江省发展改革委主任柴思雨9日在新闻发布会上表示，规划进展顺利。"
    (conference,) = facts(text, "2031-02-10").events
    assert conference.place is None


_STACKED = (
    "跳到主要内容区块\n:::\n:::\n\n新闻与活动\n\n结束海州访问行程 总统盼两国合作更蓬勃\n"
    "「携手共好」总统参加海州传统欢送仪式\n2031年11月01日\n\n"
    "龚明远总统率访团于11月1日下午完成海州访问行程。总督柴思雨等官员以传统仪式欢送总统。\n"
)


def test_a_ceremony_named_in_a_headline_stack_is_the_lede_of_its_day() -> None:
    (ceremony,) = [e for e in facts(_STACKED, "2031-11-01").events if e.title.endswith("欢送仪式")]
    assert ceremony.date == "2031-11-01"


def test_the_trip_word_after_a_visit_is_no_place() -> None:
    text = "新华社江城2031年11月2日电 龚明远总统率访团于11月1日下午结束海州访问行程。"
    assert [e.place for e in facts(text, "2031-11-02").events if e.event_type == "visit"] == [None]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("新华社长沙2031年3月6日电 4日，湖南省委书记龚明远在岳阳市主持召开座谈会，听取工作汇报。", "岳阳"),
        ("新华社长沙2031年3月6日电 4日，湖南省委书记龚明远在揭牌仪式后召开座谈会，听取工作汇报。", None),
    ],
)
def test_a_bare_meeting_takes_the_place_printed_with_its_level(text: str, place: str | None) -> None:
    places = {e.place for e in facts(text, "2031-03-06").events if e.title.endswith("座谈会")}
    assert places <= {place} and (place is None or places)


def test_an_act_whose_subject_is_one_quoted_name_is_titled_without_the_marks() -> None:
    text = "本報訊 「2031臨江花會」今（4）日晚間在江城開幕，市長林晓峰出席賞花儀式。"
    assert "2031临江花会开幕" in [e.title for e in facts(text, "2031-03-05").events]


def test_a_body_s_own_sitting_presided_by_its_head_is_named_by_the_body() -> None:
    text = "本報訊 臨江2031年3月4日 / 臨江院長林晓峰今（4）日主持院會，並接見外賓。"
    sittings = [e for e in facts(text, "2031-03-04").events if e.title.endswith("院会")]
    assert [(e.title, e.date) for e in sittings] == [("临江院院会", "2031-03-04")]


def test_a_visiting_group_s_call_after_its_arrival_clause_is_titled_by_the_group() -> None:
    text = "本報訊 由臨江縣議長林晓峰率領的訪問團一行20人，今（4）日抵達日本青森縣，拜會青森縣知事柴思雨，雙方交換意見。"
    titles = [e.title for e in facts(text, "2031-03-05").events if e.event_type == "talks"]
    assert titles == ["访问团拜会青森县知事柴思雨"]


def test_an_arrival_and_the_tour_after_it_keep_place_and_work_apart() -> None:
    text = "本报讯 3月4日，临江省委书记林晓峰来到江城县调研乡村振兴工作。"
    (tour,) = facts(text, "2031-03-05").events
    assert (tour.title, tour.place) == ("林晓峰来到江城县调研乡村振兴工作", "江城县")


# the titles a reader gives: an inspection's season and listed kind, the document a release issues, a body's counted
# sitting, a level's organ's meeting completed by its convener or presider
@pytest.mark.parametrize(
    ("text", "title", "day"),
    [
        ("本报讯 2031年10月4日，临江市委常委龚明远检查国庆节期间安全生产工作。", "龚明远检查国庆节期间安全生产工作", "2031-10-05"),
        ("本报讯 2031年2月4日，临江市长龚明远检查春节后企业复工情况。", "龚明远检查春节后企业复工情况", "2031-10-05"),
        ("本报讯 2031年2月4日，临江市长龚明远考察江城期间强调，要抓好安全。", "龚明远考察江城", "2031-10-05"),
        ("本报讯 2031年8月4日，临江市副市长龚明远到东湖路改造、西湖公园提升等城建项目现场调研。", "龚明远调研城建项目", "2031-10-05"),
        ("本报讯 2031年8月4日，临江市副市长龚明远先后到东湖镇、西湖镇等地调研。", "龚明远先后到东湖镇、西湖镇等地调研", "2031-10-05"),
        ("本报讯 临江省发展改革委3月4日发布《临江省新能源行动方案》。", "临江省发展改革委发布《临江省新能源行动方案》", "2031-03-05"),
        ("本报讯 3月4日，临江省政府印发《临江省生态规划》（以下简称《规划》）。", "临江省政府印发《临江省生态规划》", "2031-03-05"),
        ("本报讯 3月4日，江城市政协召开十五届二十次主席会议。", "江城市政协十五届二十次主席会议", "2031-03-05"),
        ("本报讯 3月4日，江城市人大常委会召开十六届第三十次主任会议。", "江城市人大常委会十六届第三十次主任会议", "2031-03-05"),
        ("本报讯 3月4日，江城市政府召开第25次常务会议。", "江城市政府第25次常务会议", "2031-03-05"),
        ("新华社江城2031年3月5日电 3月4日，临江市委书记林晓峰主持召开市委常委会会议。", "临江市委常委会会议", "2031-03-05"),
        ("本报讯 2031年3月4日，临江市委召开市委常委会会议，市委书记林晓峰主持会议。", "临江市委常委会会议", "2031-03-05"),
        ("本报讯 2031年3月4日，青禾区相继召开区委常委会会议。", "青禾区委常委会会议", "2031-03-05"),
    ],
)
def test_the_title_is_the_one_a_reader_gives(text: str, title: str, day: str) -> None:
    assert [e.title for e in facts(text, day).events] == [title]

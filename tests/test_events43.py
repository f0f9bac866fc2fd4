"""Events of session 33 (invented text, invented names).

- An act told right after the meeting reported, its subject then a then-word (甲随后在某地召开记者会), with no day of
  its own: its own event on the meeting's day (events/word_uses.tsv then_word, events.atmeeting.follows_on).
- 在某地亲自召开…: 亲自 ends the place (events/place_phrases.tsv).
"""

from __future__ import annotations

from pipeline_probe import event_people, facts
from ygraph.corpus import merge

_PAGE = (
    "【本报台北讯】临江政府首长林晓峰昨天召开临时会议，宣布内阁总辞。"
    "临江市长柴思雨随后在市长办公室亲自召开记者会，宣布由龚明远接任首长。"
)


def test_an_act_told_as_following_the_meeting_is_its_own_event_on_its_day() -> None:
    events = {e.title: e for e in facts(_PAGE, "2031-01-12").events}
    (conference,) = [e for t, e in events.items() if t.endswith("记者会")]
    assert conference.date == "2031-01-11"
    assert conference.place == "市长办公室"
    assert ("柴思雨", "spoke_at") in event_people(conference)


def test_a_day_of_its_own_still_dates_the_act() -> None:
    text = _PAGE.replace("随后在", "13日在")
    (conference,) = [e for e in facts(text, "2031-01-12").events if e.title.endswith("记者会")]
    assert conference.date == "2031-01-13"


def test_a_body_holding_a_sitting_where_it_names_keeps_its_name() -> None:
    # 某常委会在某市举行第N次会议: the body before 在 holds the sitting; 在某市 is where
    text = "新华社江城2031年8月28日电 27日下午，临江省十一届人大常委会在江城市举行第二十五次会议，会议通过了有关决定。"
    (event,) = facts(text, "2031-08-28").events
    assert event.title == "临江省十一届人大常委会第二十五次会议"
    assert event.place == "江城"


_LECTURE = (
    "发布时间：2031-02-28 09:35:10\n新华社江城2月27日电 十四届临江省人大常委会第八次会议27日上午在江城闭幕。"
    "龚明远主任主持闭幕会。闭幕会后，十四届临江省人大常委会举行第九讲专题讲座，龚明远主任主持。"
)


def test_a_lecture_after_the_closing_sitting_is_its_own_event_on_its_day() -> None:
    # 专题讲座 names an event (triggers.tsv); 闭幕会后 opens an act of the meeting's day (word_uses.tsv at_meeting);
    # two names counting other sittings (第八次, 第九讲) stay two events, in the article and in the corpus
    found = facts(_LECTURE, "2031-02-28")
    corpus = merge.merge([found], ())
    dated = sorted((e.title, e.date) for e in corpus.events)
    assert dated == [
        ("十四届临江省人大常委会第九讲专题讲座", "2031-02-27"),
        ("十四届临江省人大常委会第八次会议", "2031-02-27"),
    ]


def test_every_event_of_a_list_a_held_verb_opens_is_held_and_its_kind_is_none() -> None:
    # 举行了甲、乙、丙、丁等专题论坛: every item named by its head is an event (eventparts._listed_after_verb);
    # 等 closes the list (word_uses.tsv list_close): 丁 is no part of the kind's name, the kind no event
    text = (
        "新华社台北2031年8月3日电 临江周3日在台北开幕。开幕式后，举行了临台工业合作论坛暨临江企业投资说明会、"
        "临台旅游交流合作会、临台动漫产业交流合作展示会、临台职业教育合作研讨会等专题论坛。"
    )
    titles = {e.title for e in facts(text).events}
    assert {"临台动漫产业交流合作展示会", "临台职业教育合作研讨会"} <= titles
    assert not [t for t in titles if "等" in t]


def test_a_tours_lists_of_places_and_of_what_it_saw_leave_its_title() -> None:
    text = (
        "新华社江城2031年10月1日电 9月30日，江城市长林晓峰率队赴南湖汽车站、马家巷和百盛超市检查道路运输、"
        "人员密集场所、食品、消防等安全生产工作。"
    )
    (event,) = facts(text).events
    assert event.title == "林晓峰率队检查安全生产工作"


def test_a_press_conference_right_after_its_day_is_dated_by_it() -> None:
    # 记者会 opens with the byline word 记者: a date before it is still the act's (word_uses.tsv byline_not)
    text = (
        "2031/01/25 17:50\n临江改组\n2031大选临江党大胜，院长周立新请辞，内阁也提出总辞。"
        "对此领导人龚明远今(25日)天批准内阁总辞案。柴思雨今下午举行记者会宣布内阁小幅改组，宁可心接任副院长。"
    )
    conference = [e for e in facts(text, None).events if e.title.endswith("记者会")]
    assert [(e.date, e.title) for e in conference] == [("2031-01-25", "柴思雨举行记者会")]


def test_an_oath_taken_before_its_witness_is_a_ceremony() -> None:
    # 宣誓就任 with 在某某监誓下 in its sentence: the ceremony, as 宣誓就职 (triggers.tsv; ceremonies.unwitnessed)
    text = (
        "中评社台中12月25日电(记者 林谷隆)新任临江市长周立新25日上午在政务委员龚明远监誓下，宣誓就任第3届临江市市长。"
        "卸任市长柴思雨交接印信给新任市长周立新。柴思雨致词时说，这四年来团队兢兢业业。"
    )
    (event,) = facts(text, "2031-12-25").events
    assert event.date == "2031-12-25"
    assert {("龚明远", "attended"), ("柴思雨", "spoke_at")} <= event_people(event)


def test_an_oath_told_without_its_witness_is_no_event() -> None:
    text = "中评社台中12月25日电 周立新2027年宣誓就任临江市市长，至今已四年。"
    assert not facts(text, "2031-12-25").events


def test_a_group_referred_back_to_attends_with_the_names_before_a_semicolon() -> None:
    text = (
        "新华社江城2031年12月26日电 临江省人大常委会26日下午在江城举行宪法宣誓仪式。"
        "会议任命龚明远为临江省交通厅厅长，柴思雨为临江省商务厅厅长；决定任命林晓峰为临江省统计局局长。"
        "根据有关规定，上述人员依法进行宪法宣誓。"
    )
    (event,) = facts(text, "2031-12-26").events
    assert {("龚明远", "attended"), ("柴思雨", "attended"), ("林晓峰", "attended")} <= event_people(event)

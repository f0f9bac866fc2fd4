"""Visits, meetings and receptions that are events without a meeting noun (issue 13, seventh session, lane
vis17): a discussion held with a visiting group (进行了座谈, 与某代表团座谈), talks titled by their two sides
(the topic after 就 and the 在<place> phrase left out, 与 kept), banquets (设宴欢迎, 某某举行的晚宴), the guests'
visit told inside the object of talks (会见来某地访问的某某一行), an agreement signed at a discussion (its
outcome, docs/gold-conventions.md A4) and a headline's discussion retold by the body's named 座谈会. Every text is
invented; each shape in Simplified and Traditional variants, with negatives."""

from __future__ import annotations

import pytest

from pipeline_probe import event_people, facts
from ygraph.model import Event

DATELINE = "新华社江城2031年5月9日电 "


def _events(text: str) -> list[Event]:
    return facts(DATELINE + text).events


def _of_type(text: str, kind: str) -> list[Event]:
    return [e for e in _events(text) if e.event_type == kind]


# --- a discussion with a visiting group: an act of its own (type meeting), titled by its two sides ------------
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("8日，临江市考察团到江城市考察，并与江城市发改局进行了座谈。", "临江市考察团与江城市发改局进行了座谈"),
        ("8日，臨江市考察團一行到江城市考察，並與江城市商務局進行了座談交流。", "临江市考察团一行与江城市商务局进行了座谈交流"),
        ("8日，江城市市长柴思雨在江城与龚明远率领的临江市党政代表团座谈。", "柴思雨与龚明远率领的临江市党政代表团座谈"),
        ("8日，江城市長柴思雨與林晓峰率領的臨江市考察團一行座談。", "柴思雨与林晓峰率领的临江市考察团一行座谈"),
        ("8日，海州省委书记龚明远与江城市代表团一行就港口物流协作进行座谈。", "龚明远与江城市代表团一行进行座谈"),
        ("8日，海州省委書記龔明遠與江城市代表團一行就兩地合作進行了座談交流。", "龚明远与江城市代表团一行进行了座谈交流"),
    ],
)
def test_a_discussion_with_a_group_is_a_meeting(text: str, title: str) -> None:
    meetings = _of_type(text, "meeting")
    assert [(e.title, e.date) for e in meetings] == [(title, "2031-05-08")]


@pytest.mark.parametrize(
    "text",
    [
        "8日，江城、临江两市结为友城的签约仪式在临江举行。双方代表一同观看了城市推介片，并就文旅合作进行了座谈交流。",
        "8日，江城市與臨江市合作簽約儀式在江城舉行。與會人員並就兩地合作進行了座談。",
        "8日，临江市考察团赴江城市考察。考察团先后考察了江城港等，并与江城市商务等部门，就推进合作进行了座谈交流。",
    ],
)
def test_a_discussion_naming_no_side_is_part_of_the_event(text: str) -> None:
    assert not _of_type(text, "meeting")


@pytest.mark.parametrize(
    "text",
    [
        "8日，临江市委召开座谈会，听取代表团意见。",  # a named 座谈会 stays a named event
        "8日，临江市代表团座谈会在江城举行。",
        "代表团座谈的内容十分丰富。",  # no date, no act told
    ],
)
def test_a_discussion_noun_is_no_discussion_act(text: str) -> None:
    assert not any(e.provenance[0].rule.startswith("event:act:") for e in _of_type(text, "meeting"))


# --- talks titled by their two sides: no topic, no place phrase, 与 kept --------------------------------------
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("8日，临江省委书记龚明远在江城与海州省省长柴思雨就两省合作举行会谈。", "龚明远与柴思雨会谈"),
        ("8日，臨江省委書記龔明遠在江城與海州省省長柴思雨進行短暫會晤。", "龚明远与柴思雨进行短暂会晤"),
        ("8日，江城市长龚明远到海州市商会与商会会长柴思雨会面。", "龚明远与柴思雨会面"),
        ("8日，江城市长龚明远与海州市自然资源与规划局局长柴思雨会面。", "龚明远与柴思雨会面"),
    ],
)
def test_talks_are_titled_by_their_sides(text: str, title: str) -> None:
    talks = _of_type(text, "talks")
    assert [e.title for e in talks] == [title]
    assert {"龚明远", "柴思雨"} <= {p.person for p in talks[0].participants}


# --- banquets: 设宴欢迎/款待, a host's 晚宴 -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "title", "guest"),
    [
        ("8日，海州市经贸团到江城市参观。当晚，江城市委市政府设宴欢迎海州客人。市长柴思雨出席宴会。", "江城市委市政府设宴欢迎", "柴思雨"),
        ("8日，臨江市考察團到江城市考察。當晚，江城市政府設宴款待考察團。副市長林晓峰出席宴會。", "江城市政府设宴款待", "林晓峰"),
        ("8日，江城市长龚明远抵达海州，晚间出席海州商会会长林晓峰举行的晚宴。", "林晓峰举行的晚宴", "龚明远"),
        ("8日，江城市長龔明遠抵達海州，晚間出席海州商會會長林晓峰舉行的歡迎宴會。", "林晓峰举行的欢迎宴会", "龚明远"),
    ],
)
def test_a_banquet_is_an_event(text: str, title: str, guest: str) -> None:
    banquets = _of_type(text, "other")
    assert [(e.title, e.date) for e in banquets] == [(title, "2031-05-08")]
    assert (guest, "attended") in event_people(banquets[0])


@pytest.mark.parametrize(
    "text",
    ["8日，江城宾馆设宴欢迎的规格很高。", "8日，江城賓館設宴款待的菜品很多。", "8日，设宴招待的费用由双方分担。"],
)
def test_a_banquet_word_as_a_modifier_is_no_banquet(text: str) -> None:
    assert not _of_type(text, "other")


# --- the guests' visit told inside the object of talks --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "title", "guest"),
    [
        ("8日，江城市市长柴思雨会见来江访问的临江省副省长龚明远一行。", "临江省副省长龚明远一行来江访问", "龚明远"),
        ("8日，江城市委書記柴思雨在江城會見來江城參訪的海州國駐華使節代表團一行。", "海州国驻华使节代表团来江城参访", ""),
        ("8日，江城市市长柴思雨会见在江城考察访问的临江省代表团。", "临江省代表团在江城考察访问", ""),
        ("8日，海州國駐華大使林晓峰會見來臨江訪問的江城市副市長龔明遠一行。", "江城市副市长龚明远一行来临江访问", "龚明远"),
    ],
)
def test_the_guests_visit_told_by_talks(text: str, title: str, guest: str) -> None:
    visits = _of_type(text, "visit")
    assert [(e.title, e.date) for e in visits] == [(title, "2031-05")]  # its days are not printed: the month
    assert not guest or (guest, "attended") in event_people(visits[0])
    assert len(_of_type(text, "talks")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "8日，江城市市长柴思雨会见来访的临江省副省长龚明远一行。",  # no place: a visit not told
        "8日，江城市市長柴思雨會見了臨江省副省長龔明遠一行。",
        "8日，江城市市长柴思雨对龚明远一行来江城访问表示欢迎。",  # a host's welcome
    ],
)
def test_talks_without_a_told_visit_make_none(text: str) -> None:
    assert not _of_type(text, "visit")


# --- an agreement signed at a discussion is its outcome (A4); a headline's discussion is the named 座谈会 -------
@pytest.mark.parametrize(
    "text",
    [
        "8日，江城市市长柴思雨在江城与龚明远率领的临江市党政代表团座谈，并共同见证两市签署合作协议。",
        "8日，临江市考察团一行到江城市考察，并与江城市发改局进行了座谈，并签订了友好合作协议。",
        "8日，江城市長柴思雨與林晓峰率領的臨江市考察團一行座談，並共同簽署戰略合作框架協議。",
    ],
)
def test_a_signing_at_a_discussion_is_no_event(text: str) -> None:
    assert len(_of_type(text, "meeting")) == 1
    assert not _of_type(text, "signing")


def test_a_signing_joined_to_a_named_meeting_stays() -> None:
    text = "8日，江海合作联席会议在江城举行，并共同签署江海合作宣言。"
    assert _of_type(text, "signing")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("临江江城两市座谈 柴思雨与龚明远所率临江市党政代表团座谈\n新华社江城2031年5月9日电 8日，江城市委书记柴思雨与临江市党政代表团举行两地交流座谈会。", "两地交流座谈会"),
        ("江城臨江兩市座談 柴思雨與龔明遠所率臨江市考察團座談\n新华社江城2031年5月9日电 8日，江城市委書記柴思雨與臨江市考察團舉行兩市合作座談會。", "两市合作座谈会"),
        ("柴思雨与林晓峰一行座谈\n新华社江城2031年5月9日电 8日，江城市长柴思雨与海州省考察团举行经贸合作座谈会。", "经贸合作座谈会"),
    ],
)
def test_a_headline_discussion_is_the_named_meeting(text: str, title: str) -> None:
    meetings = [e for e in facts(text).events if e.event_type == "meeting"]
    assert [(e.title, e.date) for e in meetings] == [(title, "2031-05-08")]


# --- a visit to a city printed by its one-character short form (访汉, 赴汉) ------------------------------------------
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("8日，海州市市长龚明远率经贸代表团一行12人访汉。", "龚明远率经贸代表团访汉"),  # the size is no part of the title (evrec18)
        ("8日，海州市長龔明遠率領友好代表團訪漢。", "龚明远率领友好代表团访汉"),
        ("8日，临江省党政代表团赴汉考察。", "临江省党政代表团赴汉考察"),
    ],
)
def test_a_group_visiting_a_city_by_its_short_form(text: str, title: str) -> None:
    visits = _of_type(text, "visit")
    assert [(e.title, e.place) for e in visits] == [(title, "武汉")]


def test_a_city_beginning_with_the_short_form_is_that_city() -> None:
    visits = _of_type("8日，海州市代表团赴汉中考察。", "visit")
    assert [e.place for e in visits] == ["汉中"]


# --- acts during a visit told by its month or days: the banquet and the discussion take them ------------------------
@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        ("江城网5月19日海州消息 日前，临江市经贸考察团一行到海州市考察。海州市委市政府设宴欢迎临江客人。", "other", "2031-05"),
        ("江城網5月19日海州消息 日前，臨江市經貿考察團一行到海州市考察。海州市政府設宴款待考察團。", "other", "2031-05"),
        ("江城网 2031年5月3日至5日，临江市考察团访汉。访汉期间，考察团还与武汉临港新区管委会开展了座谈交流。", "meeting", "2031-05-03"),
    ],
)
def test_acts_during_a_visit_take_its_date(text: str, kind: str, date: str) -> None:
    found = [e for e in facts(text, "2031-05-19").events if e.event_type == kind]
    assert [e.date for e in found] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "江城网7月20日讯 临江考察团一行26人，日前赴海州省江城市及湖滨市进行为期4天的考察访问。",
        "江城網7月20日訊 臨江考察團一行26人，日前赴海州省江城市及湖濱市進行為期4天的考察訪問。",
        "江城网7月20日讯 临江访问团日前赴海州省各地进行了考察访问。",
    ],
)
def test_a_second_act_word_is_no_place_of_a_visit(text: str) -> None:
    visits = [e for e in facts(text, "2030-07-20").events if e.event_type == "visit"]
    assert visits and all(e.place != "访问" for e in visits)

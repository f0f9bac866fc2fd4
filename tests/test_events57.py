"""Events of session 47 (invented text, invented names).

- A topic opened in an earlier clause of the act's sentence and going on into the act's clause (甲到某地就某事，
  加快某事进行专题调研) leaves the act its subject and place: the words after the comma are the topic's, never a plan
  or negation of the act (guards.topic_start, word_uses.tsv topic_verb).
- A numbered sitting of the meeting reported, printed with no day of its own (某党代会第二次全体会议 in the report of
  the congress's last day), is on the meeting's day (sittings.undated_sitting_parent).
- A bare closing or opening rite (闭幕式) is the reported meeting's, not the numbered sitting named last; a verb's
  object naming two events over a joiner (主持了某会第二次全体会议及闭幕式) is said of both
  (register.bare with word_uses.tsv session_rite; partverbs.joined_events).
- A banquet printed after its host's name and 的 (出席国家主席甲的晚宴) is titled by the host (patterns.tsv host_given
  with no verb, events/hosted.py); a morning's word (早上) is a part of the day like 上午.
- A report given inside its speaker's frame of place (甲在某会议开幕式上代表政府作工作报告) was given at that event,
  not at the event the article reports (speeches._given_at, word_uses.tsv speech_place).
- Guests listed before 共同为…剪彩 (甲、乙等嘉宾走上剪彩台，共同为某会开幕剪彩) attend what opens (participation.tsv).
- One who comes in person (亲临, 莅临) attends, as 到场 (participation.tsv).
- A convener that is only the page's own place (本市隆重召开纪念大会) names no meeting: the bare word is the article's
  meeting of that word (eventparts.convener, word_uses.tsv own_place_body and convener_adverb 隆重).
- An official's visit told as 督促指导 is an inspection; a fair's short name (某博会, 某交会, 某洽会) is a meeting's name,
  but not where two lines meet (交会处); a closing address (致大会闭幕词) is no new event (triggers.tsv, not_after.txt).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from sweep13 import in_script


def _events(text: str, day: str, script: str = "simplified"):
    return facts(in_script(text, script), day).events


def _took_part(event) -> set[tuple[str, str]]:
    return {(p.person, p.relation) for p in event.participants}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("topic", ["就落实全会精神，加快转型升级", "就落实全会精神，不断加强社会建设", "就贯彻会议精神"])
def test_a_topic_going_on_into_the_acts_clause(topic: str, script: str) -> None:
    text = f"新华社江城2030年7月14日电 7月14日，省委书记龚明远一行到江城市青禾区{topic}进行专题调研。"
    (event,) = _events(text, "2030-07-14", script)
    assert (event.title, event.event_type, event.date) == ("龚明远一行到江城市青禾区调研", "inspection", "2030-07-14")
    assert [p.person for p in event.participants] == ["龚明远"]


def test_a_plan_in_the_acts_own_clause_still_blocks_it() -> None:
    text = "新华社江城2030年7月14日电 7月14日，省委书记龚明远在会上要求，加快转型升级，要到基层调研。"
    assert [e.event_type for e in _events(text, "2030-07-14")] != ["inspection"]


_CONGRESS = "中国共产党江城市第八次代表大会"
_SITTING = "市第八次党代会第二次全体会议"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_sitting_and_the_closing_of_the_reported_congress(script: str) -> None:
    text = (
        f"江城网讯 {_CONGRESS}昨天在青禾会堂胜利闭幕。\n市委书记龚明远主持了{_SITTING}及闭幕式。"
        "\n闭幕式上，全体代表举手通过了关于市委五年工作的决议。"
    )
    events = {e.title: e for e in _events(text, "2031-08-30", script)}
    assert set(events) == {_CONGRESS, _SITTING}
    assert events[_SITTING].date == events[_CONGRESS].date == "2031-08-29"
    for title in (_CONGRESS, _SITTING):
        assert ("龚明远", "presided") in _took_part(events[title])
    assert [p.title for p in events[_CONGRESS].policies] == ["关于市委五年工作的决议"]
    assert events[_CONGRESS].place == "青禾会堂"


def test_a_sitting_of_another_meeting_takes_no_day() -> None:
    text = f"江城网讯 {_CONGRESS}于昨天上午胜利闭幕。\n龚明远同志主持了海州市第五次党代会第二次全体会议。"
    assert {e.title for e in _events(text, "2031-08-30")} == {_CONGRESS}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_closing_address_is_no_new_event(script: str) -> None:
    text = f"江城网讯 {_CONGRESS}于昨天上午胜利闭幕。\n柴思雨同志致大会闭幕词。"
    assert [e.title for e in _events(text, "2031-08-30", script)] == [_CONGRESS]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("fairs", ["第六届林博会、第四届茶博会、第二届农博会", "第六届林业博览会、第四届茶叶博览会"])
def test_names_listed_before_a_press_conference_about_them(fairs: str, script: str) -> None:
    text = f"新华社江城2030年10月18日电 当日，省政府新闻办在江城举行{fairs}新闻发布会。"
    events = _events(text, "2030-10-18", script)
    assert len(events) == 1 and events[0].title.endswith("新闻发布会")


def test_a_list_before_a_rite_of_the_last_is_two_events() -> None:
    text = "新华社江城2030年10月18日电 当日，龚明远在江城出席了第六届临江座谈会、第四届青禾论坛开幕式。"
    assert len(_events(text, "2030-10-18")) == 2


@pytest.mark.parametrize("fair", ["第五届江城国际茶博会", "第五届江城国际茶叶博览会"])
def test_a_fair_that_opens_is_named_alike_short_or_long(fair: str) -> None:
    text = f"江城日报 2031年5月9日\n8日，{fair}在江城开幕。"
    assert [(e.title, e.date) for e in _events(text, "2031-05-09")] == [(fair, "2031-05-08")]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_hosts_banquet_named_by_the_host(script: str) -> None:
    text = "新华社北京2030年11月16日电 美国总统马克斯晚上出席了国家主席龚明远的晚宴。"
    (event,) = _events(text, "2030-11-16", script)
    assert (event.title, event.date) == ("龚明远晚宴", "2030-11-16")


def test_a_banquet_of_a_body_names_no_guest_as_host() -> None:
    text = "新华社北京2030年11月16日电 国家主席龚明远晚上出席了江城市政府的欢迎晚宴。"
    assert all(not e.title.startswith("龚明远") for e in _events(text, "2030-11-16"))


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_team_led_with_its_officials_is_a_visiting_group(script: str) -> None:
    text = (
        "江城日报 2031年9月5日\n海州县长龚明远4日率领副县长柴思雨、秘书长林晓峰及县府团队前往江城市参访，"
        "与江城市副市长钱小禾举行城市交流会议。"
    )
    events = {e.event_type: e for e in _events(text, "2031-09-05", script)}
    assert {"visit", "meeting"} <= set(events)
    assert {"龚明远", "柴思雨", "林晓峰"} <= {p.person for p in events["visit"].participants}
    assert events["meeting"].title == "城市交流会议"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("own", ["我市隆重", "我市", "本省盛大"])
def test_the_pages_own_place_names_no_meeting(own: str, script: str) -> None:
    text = (
        "江城日报 2031年5月9日\n龚明远先生诞辰100周年纪念大会举行\n"
        f"今天下午，{own}举行纪念大会，纪念龚明远先生诞辰100周年。市长林晓峰主持。"
    )
    (event,) = _events(text, "2031-05-09", script)
    assert event.title == "龚明远先生诞辰100周年纪念大会"
    assert ("林晓峰", "presided") in _took_part(event)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_report_given_at_the_meeting_its_frame_names(script: str) -> None:
    text = (
        "本报讯 1月28日上午，省人大五次会议新闻中心举行第一场新闻发布会。"
        "1月27日，省长林晓峰在省人大五次会议开幕式上作了政府工作报告。"
    )
    events = {e.title: e for e in _events(text, "2031-01-29", script)}
    assert "林晓峰" not in {p.person for p in events["第一场新闻发布会"].participants}
    assert ("林晓峰", "spoke_at") in _took_part(events["省人大五次会议开幕式"])


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_guests_who_cut_the_ribbon_for_an_opening_attend_it(script: str) -> None:
    text = (
        "新华社南宁2030年9月21日电 21日，第九届江城博览会在江城开幕。随后，龚明远、柴思雨等领导人，以及海州商务部部长"
        "林晓峰、青禾贸易部副部长钱小禾等嘉宾走上剪彩台，共同为博览会开幕剪彩。"
    )
    (event,) = _events(text, "2030-09-21", script)
    assert {n for n, _ in _took_part(event)} == {"龚明远", "柴思雨", "林晓峰", "钱小禾"}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("verb", ["亲临", "莅临"])
def test_one_who_comes_in_person_attends(verb: str, script: str) -> None:
    text = (
        "江城日报 2031年10月7日\n前院长龚明远9月27日离世，10月11日将在江城殡仪馆举办追思仪式。"
        f"林晓峰总统将{verb}追思会场、颁发褒扬令。"
    )
    (event,) = _events(text, "2031-10-07", script)
    assert ("林晓峰", "attended") in _took_part(event)


def test_an_oath_printed_after_the_sworn_is_no_ones_banquet() -> None:
    text = "本报讯 临江市长龚明远14日上午在市政府主持交通局局长林晓峰的宣誓就职仪式。"
    assert [e.title for e in _events(text, "2031-05-14")] == ["宣誓就职仪式"]

"""Events and names of session 44 (invented text, invented names).

- A name after a title ends before an arrival verb that is also a surname (来), a place of one to six characters
  and a tour word (某省长甲乙丙来某县调研, 来我县就某事进行调研): the person, the role and the tour are read
  (actors/guests.place_visit_at, rule titled:follow.come); a name whose given name ends in 来 stays whole.
- A tour told with its topic after the place (来某县就某事进行调研) is titled without the topic
  (events/acttitle.without_topic); a light verb between the place and the act (到某县进行检查) is no part of the
  place (events/word_uses.tsv place_verb).
- An act told beside two ceremonies joins the one whose name prints the act's verb (某市长宣誓就职暨交接仪式, not
  某议员就职典礼: events/rites._naming_the_act).
- Mourners who stand in silence, bow or see off the deceased (肃立默哀, 三鞠躬, 作最后送别, 前往送别) attend the farewell
  rite; the deceased, printed with the remains or the life before death (某某同志遗体前, 某某同志生前好友), takes part
  in nothing (events/sentencepeople._remains).
- A banquet given to welcome a guest (设宴为某某一行接风, 接风洗尘) is its host's act, at the place printed before 设宴;
  a name after a title ends before 晚间 (actors/name_followers.tsv follow.time).
- A declaration signed at a gathering whose quoted name the sentence printed before (宣读「某宣言」，并共同签署宣言) is
  the gathering's outcome, no signing of its own (events/sides._named_before; docs/gold-conventions.md A4).
- An act told as the start of a period or a baseline is no act: a count of years up to now after it (某国成立70年来),
  its early days (比建市初期增长), or 自 opening a clause that ends with 以来 (自某园区签约落户某市以来).
- A speaker who greets first, then speaks (某某在对某地的发展表示祝贺后说) speaks at the event reported, as one who
  speaks on behalf of a body does (events/speakers._speaks_for, patterns.tsv greeted_then).
- Talks held with each of several partners in turn (甲分别与乙和丙会面, 甲分别同乙、丙会晤) are one talks each
  (events/respective._split_partners).
- A clause that is a place adverbial alone places the act after it (与此同时，在某市政府，某某宣誓就任: word_uses
  venue_lead, venue_end); an oath joins only a ceremony whose name prints its verb (某议员就职典礼 takes no mayor's
  oath).
- A person's own trip set off on and announced with its day (某某明天将启程出访某国) is a planned visit (A3); with no
  day, or not set off on (某某将于某日访问某地: told through its talks, tests/test_trip19.py), it is no event
  (owntrips.dated_own_trip).
- A date printed right before the plan word of its clause (某某10月11日将在某地举办追思仪式) is the planned event's;
  one opening the sentence before a decision (8月16日，会议确定…将于10月举行) stays the decision's.
- A briefing given on a tour (由某局长某某简报) makes its giver take part; an inspection told with 在 (在某县视察) is
  held there.
"""

from __future__ import annotations

import pytest

from pipeline_probe import event_people, facts
from sweep13 import in_script

_DAY = "本报讯 5月11日，"


@pytest.mark.parametrize(
    ("lede", "title", "place"),
    [
        ("省长龚明远来青禾县调研。", "龚明远来青禾县调研", "青禾县"),
        ("省长龚明远来我县调研。", "龚明远来我县调研", None),
        ("副省长林晓峰来我县就乡村旅游、农村金融等情况进行调研。", "林晓峰来我县调研", None),
        ("副省长林晓峰来青禾县就防汛工作进行检查。", "林晓峰来青禾县检查", ...),
        ("省长王立来江西考察。", "王立来江西考察", "江西"),
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_titled_name_before_come_and_a_place_tours_it(
    lede: str, title: str, place: object, script: str
) -> None:
    found = facts(in_script(_DAY + lede, script), "2031-05-12")
    assert [(e.title, e.date) for e in found.events] == [
        (title, "2031-05-11")
    ]  # titles are read in Simplified
    if place is not ...:  # a place before a topic (来某县就某事进行检查) is not read yet
        assert [e.place for e in found.events] == [place]
    assert len(found.roles) == 1


def test_a_given_name_ending_in_come_stays_whole() -> None:
    found = facts(_DAY + "临江市副市长王立来主持会议，研究防汛工作。", "2031-05-12")
    assert [r.person for r in found.roles] == ["王立来"]


def test_a_light_verb_is_no_part_of_a_tour_s_place() -> None:
    found = facts(_DAY + "临江市委书记龚明远就防汛工作到青禾县进行检查。", "2031-05-12")
    assert [e.place for e in found.events] == ["青禾县"]


_SIGNED_ON = "新华社江城2030年6月5日电 临江省省长龚明远与海州省省长柴思雨4日下午代表双方在两省合作备忘录上"


@pytest.mark.parametrize("act", ["签字。", "签署12个合作项目。", "签署了一批项目。"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_signing_on_an_agreement_named_before_the_verb(act: str, script: str) -> None:
    found = facts(in_script(_SIGNED_ON + act, script), "2030-06-05")
    signings = [e for e in found.events if e.event_type == "signing"]
    assert [(e.date, e.place) for e in signings] == [("2030-06-04", None)]  # the paper signed is no place
    assert {p.person for p in signings[0].participants} == {"龚明远", "柴思雨"}


@pytest.mark.parametrize(
    "text",
    ["新华社江城2030年6月5日电 4日，龚明远在文件上签字。", "新华社江城2030年6月5日电 4日，双方代表签字。"],
)
def test_a_signature_on_no_agreement_is_no_event(text: str) -> None:
    assert [e for e in facts(text, "2030-06-05").events if e.event_type == "signing"] == []


_TRIP = "时间:2030-06-30 14:38\n海州党副秘书长林晓峰29日在台北表示，临江省委书记龚明远将于7月1日至5日率经贸文化代表团来台访问。"


@pytest.mark.parametrize("act", ["海州党荣誉主席柴思雨将会见龚明远一行。", "海州党荣誉主席柴思雨将会见代表团。"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_an_announced_act_with_the_group_takes_the_announced_trip_s_days(act: str, script: str) -> None:
    found = facts(in_script(_TRIP + act, script), "")
    talks = [e for e in found.events if e.event_type == "talks"]
    assert [(e.date, e.date_end, e.planned) for e in talks] == [("2030-07-01", "2030-07-05", True)]


def test_a_held_act_is_never_dated_by_an_announced_trip() -> None:
    found = facts(_TRIP + "6月28日，海州党荣誉主席柴思雨会见了临江代表团一行。", "")
    assert [(e.date, e.planned) for e in found.events if e.event_type == "talks"] == [("2030-06-28", False)]


def test_an_act_joins_the_ceremony_named_after_it() -> None:
    text = (
        "本报讯 2031年12月25日，上午九时，临江市新任市长宣誓就职暨交接仪式在临江市政府举行。在副院长林晓峰的监交下，"
        "国民党籍龚明远宣誓就职。同日，临江市另举办了第九届议员就职典礼。"
    )
    events = {e.title: {p.person for p in e.participants} for e in facts(text, "2031-12-25").events}
    assert "龚明远" in events["临江市新任市长宣誓就职暨交接仪式"]
    assert "龚明远" not in events.get("第九届议员就职典礼", set())


_FAREWELL = "新华社江城2030年6月8日电 柴思雨同志遗体送别仪式8日在江城举行。"


@pytest.mark.parametrize(
    "told",
    [
        "林晓峰、钱小禾等领导在柴思雨同志遗体前肃立默哀，向柴思雨同志遗体三鞠躬，作最后送别，并与其亲属握手，表示慰问。",
        "林晓峰、钱小禾等领导前往送别。柴思雨同志生前好友也前往送别。",
    ],
)
def test_mourners_attend_and_the_deceased_takes_no_part(told: str) -> None:
    found = facts(_FAREWELL + told, "2030-06-08")
    assert {(p.person, p.relation) for e in found.events for p in e.participants} == {
        ("林晓峰", "attended"),
        ("钱小禾", "attended"),
    }


@pytest.mark.parametrize("act", ["设宴为柴思雨一行接风", "设宴为柴思雨一行接风洗尘"])
def test_a_welcome_banquet_is_the_host_s_act(act: str) -> None:
    text = f"新华社江城2031年3月25日电 海州省长柴思雨24日率团抵达江城。江城市长林晓峰晚间在江城饭店{act}。"
    banquets = [e for e in facts(text, "").events if e.event_type == "other"]
    assert [(e.date, e.place) for e in banquets] == [("2031-03-24", "江城饭店")]
    assert ("林晓峰", "attended") in event_people(banquets[0])


def test_a_declaration_named_before_and_signed_is_the_gathering_s_outcome() -> None:
    text = (
        "本报讯 2030年6月12日，江城市代理市长龚明远昨(十一)日主持「2030江城水岸论坛」闭幕典礼，会中除宣读「江城宣言」外，"
        "并偕同各城代表一同签署宣言。"
    )
    assert [e.event_type for e in facts(text, "2030-06-12").events] == ["forum"]


def test_a_declaration_signed_with_no_name_before_is_a_signing() -> None:
    text = "本报讯 2030年6月12日，江城市代理市长龚明远11日与海州市长柴思雨在江城签署合作协议。"
    assert [e.event_type for e in facts(text, "2030-06-12").events] == ["signing"]


@pytest.mark.parametrize(
    "told",
    [
        "据介绍，江城建市70年来，发生了巨大变化。",
        "2029年，江城生产总值达千亿元，比江城建市初期增长百倍。",
        "龚明远说，自江城产业园签约落户青禾以来，项目建设加快推进。",
        "龚明远说，江城公司成立百余年以来，发展很快。",
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_the_start_of_a_period_is_no_act(told: str, script: str) -> None:
    assert facts(in_script("新华社江城2030年6月8日电 " + told, script), "").events == ()


def test_a_clause_opening_with_a_word_of_zi_still_tells_its_act() -> None:
    text = "新华社江城2030年6月8日电 8日，龚明远会见了来自海州的客商。"
    assert [e.event_type for e in facts(text, "").events] == ["talks"]


def test_a_briefing_on_a_tour_and_its_place() -> None:
    text = "新华社江城2030年6月8日电 8日，江城市长龚明远在青禾县视察防汛工作，由江城市水务局局长柴思雨简报。"
    events = facts(text, "").events
    assert [e.place for e in events] == ["青禾县"]
    assert {p.person for p in events[0].participants} == {"龚明远", "柴思雨"}


@pytest.mark.parametrize("greeting", ["在对江城的建设成绩表示祝贺后说", "在对主人的热情接待表示感谢后说"])
def test_a_greeting_then_an_address_is_a_speech_at_the_event(greeting: str) -> None:
    text = (
        "本报讯 5月29日，临江江城交流座谈会在江城召开。江城市委书记龚明远在代表江城市委对客人表示欢迎后说，两市合作前景"
        f"广阔。临江市委书记柴思雨{greeting}，希望两市加强合作。"
    )
    assert ("柴思雨", "spoke_at") in event_people(facts(text, "2031-05-30").events[0])


def test_a_greeting_told_as_news_is_no_speech() -> None:
    text = "本报讯 5月29日，临江江城交流座谈会在江城召开。临江市委书记柴思雨此前曾对江城的发展表示祝贺，她说两市合作前景广阔。"
    assert ("柴思雨", "spoke_at") not in event_people(facts(text, "2031-05-30").events[0])


@pytest.mark.parametrize("partners", ["与海州省委书记龚明远和海州省长柴思雨会面", "同海州省委书记龚明远、海州省长柴思雨会晤"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_talks_with_each_partner_in_turn(partners: str, script: str) -> None:
    text = f"新华社济南8月16日电 行政长官林晓峰16日在济南分别{partners}。"
    talks = [e for e in facts(in_script(text, script), "2030-08-16").events if e.event_type == "talks"]
    assert sorted(sorted(p.person for p in e.participants) for e in talks) == [["林晓峰", "柴思雨"], ["林晓峰", "龚明远"]]


def test_talks_with_two_partners_together_stay_one() -> None:
    text = "新华社济南8月16日电 行政长官林晓峰16日在济南与海州省委书记龚明远和海州省长柴思雨会面。"
    assert len([e for e in facts(text, "2030-08-16").events if e.event_type == "talks"]) == 1


def test_an_oath_placed_by_its_own_clause_stays_apart_from_another_ceremony() -> None:
    text = (
        "本报讯 2030年12月25日，临江市第九届议员就职典礼在临江市议会举行。与此同时，在青禾市政府，国民党籍柴思雨宣誓"
        "就任青禾市长，监交人为行政院长林晓峰。"
    )
    oaths = [e for e in facts(text, "").events if "柴思雨" in e.title]
    assert [(e.place, e.date) for e in oaths] == [("青禾市政府", "2030-12-25")]


@pytest.mark.parametrize("announced", ["明天将启程出访斐济", "将于明天启程出访斐济", "10日将启程出访斐济"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_an_own_trip_set_off_on_with_its_day_is_a_planned_visit(announced: str, script: str) -> None:
    found = facts(in_script(f"新华社台北2031年5月9日电 副总统龚明远{announced}。", script), "")
    assert [(e.event_type, e.date, e.planned) for e in found.events] == [("visit", "2031-05-10", True)]


@pytest.mark.parametrize("announced", ["将出访斐济", "明天将访问斐济"])  # not set off on: told through its talks
def test_an_own_trip_not_set_off_on_or_undated_is_no_event(announced: str) -> None:
    assert facts(f"新华社台北2031年5月9日电 副总统龚明远{announced}。", "").events == ()


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("本报讯 2030年8月16日，临江市政府10月11日将在江城宾馆举办招商推介会。", "2030-10-11"),
        ("本报讯 2030年8月16日，会议确定，临江论坛将于10月在江城举行。", "2030-10"),
    ],
)
def test_a_date_right_before_the_plan_word_is_the_plan_s(text: str, date: str) -> None:
    assert [(e.date, e.planned) for e in facts(text, "").events] == [(date, True)]

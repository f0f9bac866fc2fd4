"""Regressions found reviewing the tenth session (review20). Invented text only."""

from __future__ import annotations

import pytest

from pipeline_probe import built_events, claims, event_people, people


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("临江市另类艺术协会会长龚明远出席。", "龚明远", "临江市另类艺术协会会长"),
        ("臨江市另類藝術協會會長龔明遠出席。", "龚明远", "临江市另类艺术协会会长"),
        ("另外，江城市另类音乐协会会长柴思雨也出席。", "柴思雨", "江城市另类音乐协会会长"),
        ("会上，另类艺术协会会长龚明远致辞。", "龚明远", "另类艺术协会会长"),
    ],
)
def test_a_word_holding_the_adverb_another_is_part_of_the_post(text: str, person: str, post: str) -> None:
    """prefix_stops.txt 另 (another: 另某市副市长甲) cuts no organisation whose name holds 另类."""
    assert (person, post) in claims(text)


def test_the_adverb_another_still_opens_no_post() -> None:
    """A near miss: the adverb itself stays out of the post."""
    assert ("柴思雨", "临江市副市长") in claims("另临江市副市长柴思雨也出席了会议。")


@pytest.mark.parametrize(
    "text",
    [
        "江城市代理市长由邱代理市长与总会长共同见证。",
        "臨江縣代理縣長由林代理縣長與理事長共同主持。",
        "青禾市市长由宁代理市长与商会会长共同签署。",
    ],
)
def test_the_agent_preposition_before_a_surname_and_a_title_is_no_surname(text: str) -> None:
    """由|邱代理市长: 由 then a surname and a title (an address form) is the preposition; no person 由邱."""
    assert not [n for n, _ in claims(text) if n.startswith("由")]
    assert not [n for n in people(text) if n.startswith("由")]


@pytest.mark.parametrize(
    ("text", "name"),
    [("江城市副市长由强出席会议。", "由强"), ("江城市委书记由新民出席会议并讲话。", "由新民")],
)
def test_a_person_surnamed_you_stays(text: str, name: str) -> None:
    """Near misses: a name of the surname 由 after a post, no title after it."""
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "8日，海州市代表团一行拜访江城市长龚明远的母校。",
        "8日，海州參訪團拜會臨江集團董事長林曉峰的創業團隊。",
        "8日，青禾县考察团拜会了临江集团董事长林晓峰的创业团队。",
    ],
)
def test_a_visiting_groups_talks_need_the_host_not_the_hosts_belongings(text: str) -> None:
    """拜访某某的母校: the person named owns the object; no talks of the group (groupcalls.group_talks)."""
    found = built_events("新华社江城2031年5月9日电 " + text)
    assert "talks" not in {e.event_type for e in found}, [e.title for e in found]


def test_a_visiting_groups_talks_with_the_host_stay() -> None:
    """A near miss: the host himself after the act, then a clause."""
    found = built_events("新华社江城2031年5月9日电 8日，海州市代表团拜访江城市长龚明远，双方交换了意见。")
    assert "talks" in {e.event_type for e in found}


COMPANIONS_ELSEWHERE = [
    # a companion verb in a sentence with a day of its own, no event of its own: not the trip told before
    "新华社江城2030年6月9日电 8日，海州市代表团来江城考察。9日上午，临江省长龚明远在江城召开座谈会，江城市长柴思雨、副市长林晓峰随行。",
    "新华社江城2030年6月9日电 海州市代表团将于下月访问江城。9日，江城市长柴思雨主持召开常务会议，副市长林晓峰随同出席。",
    "新華社江城2030年6月9日電 8日，海州市代表團來江城考察。9日上午，臨江省長龔明遠在江城召開座談會，江城市長柴思雨、副市長林曉峰隨行。",
]


@pytest.mark.parametrize("text", COMPANIONS_ELSEWHERE)
def test_companions_of_another_day_do_not_join_an_earlier_trip(text: str) -> None:
    visits = [e for e in built_events(text) if e.event_type == "visit"]
    assert visits and not any(event_people(v) for v in visits)


def test_companions_of_the_trips_own_sentence_still_attend() -> None:
    """A near miss: the day printed in the trip's own sentence, the companions after it."""
    text = "新华社江城2030年6月9日电 8日，临江市委书记龚明远率临江市党政代表团赴海州考察，市委秘书长柴思雨随团考察。"
    (visit,) = [e for e in built_events(text) if e.event_type == "visit"]
    assert ("柴思雨", "attended") in event_people(visit)


TOPIC_ACTS = [
    # an act's word inside a speech's topic (作…的报告): what the speech is about, no event of the article
    "新华社江城2030年6月8日电 江城市政协十届三次会议8日开幕。市政协副主席柴思雨代表市政协常务委员会作关于委员视察活动情况的报告。",
    "新華社江城2030年6月8日電 江城市政協十屆三次會議8日開幕。市政協副主席柴思雨代表市政協常務委員會作關於委員視察活動情況的報告。",
    "新华社江城2030年6月8日电 8日，江城区委召开全体会议。会上，区委副书记柴思雨作赴海州考察学习情况的报告。",
]


@pytest.mark.parametrize("text", TOPIC_ACTS)
def test_an_act_inside_a_speech_topic_is_no_event(text: str) -> None:
    found = built_events(text)
    assert len(found) == 1, [e.title for e in found]
    assert ("柴思雨", "spoke_at") in event_people(found[0])


def test_an_act_after_the_speech_stays() -> None:
    """A near miss: the act told after the speech, outside its topic."""
    text = "新华社江城2030年6月8日电 8日，临江省委书记龚明远在江城视察。他就做好防汛工作作出部署。"
    assert [e.title for e in built_events(text)] == ["龚明远在江城视察"]

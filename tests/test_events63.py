"""Events, dates and roles of session 53 (invented text, invented names).

- A site's stamp line printing the year, a space, month/day and the clock (2031 07/08 09:50:31) dates the page and
  stays out of the headline; a font-size control (字体：) and a title line's site name after a dash are furniture.
- A place after 在 before a meeting's joiner (在台北与某会董事长甲会面) is where the talks were: no part of the
  other side's post, and the talks' clause opening with it (甲，26日在台北与乙会面) still tells the talks.
- A school's ceremony printed as a 典礼 compound (开学典礼, 结业典礼) is an event; 副校(院)长 is a title.
- A lede opening with a recent day (近日, 日前) keeps the page's date: a month and day printed after it is the
  story's past, so 昨日 later counts from the page.
- A two-character name before its title opening the clause of its act (，甲乙区长主持召开…) is a person.
- 宣布甲任某职、原书记乙另有任用: 甲 takes the post, 乙 held it before (a succession); 被宣布为新任 names no one.
- 特邀 (a post held by invitation) invites no one; a witness (在甲见证下) attends; a presider told in a relative
  clause (主持签署仪式的某副省长乙认为) presides; 他 after the sentence's own subject is that subject.
- 原则同意 adopts; a discussion no one named holds after its sentence's meeting (召开座谈会，同学员进行座谈) is that
  meeting.
- An appraisal voiced at talks (高度评价, 充分肯定) is said there; a call on a place (拜访了友好城市某市) is no talks of
  its own, the talks after it are; a day between a name and 被任命为 (某某已于25日被任命为某职) keeps the notice.
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from sweep13 import in_script


def _events(text: str, day: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    return {e.title: (e.date, e.place) for e in facts(text, day).events}


def _roles(text: str, day: str | None = None) -> set[tuple[str, str]]:
    return {(r.person, r.position) for r in facts(text, day).roles}


def _parts(text: str, day: str | None = None) -> set[tuple[str, str]]:
    return {(p.person, p.relation) for e in facts(text, day).events for p in e.participants}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_year_space_month_day_stamp_dates_the_page(script: str) -> None:
    text = (
        "林晓峰赴江城检查督导防汛工作-临江网\n临江网 > 新闻 > 正文\n2031 07/08 09:50:31\n\n字体:\n\n"
        "  临江日报7月7日讯 6日傍晚，省委书记林晓峰赴江城市检查督导防汛工作。\n"
    )
    assert _events(in_script(text, script)) == {"林晓峰赴江城检查督导防汛工作": ("2031-07-06", "江城")}


def test_a_place_before_a_meeting_joiner_is_no_part_of_the_post() -> None:
    text = "江城日报 2031年6月27日\n临江会会长林晓峰，26日在台北与台湾海江会董事长柴思雨会面。"
    assert ("柴思雨", "台湾海江会董事长") in _roles(text)
    assert _events(text) == {"林晓峰与柴思雨会面": ("2031-06-26", "台北")}


@pytest.mark.parametrize("ceremony", ["开学典礼", "结业典礼"])
def test_a_school_ceremony_compound_is_an_event(ceremony: str) -> None:
    text = f"江城日报 2031年5月8日\n5月7日，临江党校举行开学培训班{ceremony}。副校(院)长林晓峰主持典礼，副校(院)长柴思雨出席。"
    assert {("林晓峰", "presided"), ("柴思雨", "attended")} <= _parts(text)


def test_a_recent_day_opening_the_lede_keeps_the_page_date() -> None:
    text = (
        "临江省领导班子近期人事变动\n本报讯 临江省委领导班子近日作出人事安排。临江省委5月3日选出新一届常委班子后，"
        "人事安排一直未定。\n昨日下午，临江省人大常委会第四十三次会议召开第二次全体会议，任命柴思雨为临江省副省长。"
    )
    assert _events(text, "2031-07-28")["临江省人大常委会第四十三次会议第二次全体会议"][0] == "2031-07-27"


def test_a_two_character_name_before_its_title_opens_its_act() -> None:
    text = "2031年1月11日上午，林征区长主持召开2031年区政府第1次常务会议。会议审议并原则同意《临江区公共交通管理办法(讨论稿)》。"
    events = facts(text).events
    assert [(p.person, p.relation) for e in events for p in e.participants] == [("林征", "presided")]
    assert [(p.title, p.relation) for e in events for p in e.policies] == [("临江区公共交通管理办法(讨论稿)", "adopted")]


def test_a_notice_with_the_former_holder_after_a_list_mark() -> None:
    text = "江城日报 2031年7月28日\n7月18日，中央宣布林晓峰任临江省委书记、原书记柴思雨另有任用，柴思雨被宣布为新任组织部长。"
    got = facts(text)
    changes = {(r.person, r.position, r.change) for r in got.roles}
    assert {("林晓峰", "临江省委书记", "start"), ("柴思雨", "临江省委书记", "former")} <= changes
    assert "布为新" not in {p.name for p in got.people}


def test_a_named_appointment_never_cuts_a_title_ending_in_it() -> None:
    assert ("林兆麟", "临江省委农办主任") in _roles("临江日报 2031年3月4日\n临江省委副秘书长、农办主任林兆麟出席会议。")


def test_a_post_held_by_invitation_invites_no_one() -> None:
    text = (
        "2031年11月27日上午，临江所举行新实验楼落成启用仪式。江城院副院长林晓峰、海州市副市长柴思雨、"
        "海州市政府特邀咨询钱小禾等嘉宾出席了启用仪式。"
    )
    assert {("林晓峰", "attended"), ("柴思雨", "attended")} <= _parts(text)


def test_witness_relative_presider_and_pronoun_of_a_signing() -> None:
    text = (
        "新华社江城2031年4月7日电 临江市与海州市7日在江城签署合作框架协议。在国家副主席林晓峰见证下，协议由临江市长"
        "柴思雨及海州省省长钱小禾签署。主持签署仪式的海州省副省长龚明远认为，这份协议意义重大。柴思雨致辞时表示，"
        "协议很重要，他强调两地要加强合作。"
    )
    parts = _parts(text)
    assert {("林晓峰", "attended"), ("龚明远", "presided"), ("柴思雨", "spoke_at")} <= parts
    assert ("林晓峰", "spoke_at") not in parts


def test_a_discussion_after_its_meeting_is_that_meeting() -> None:
    lede = "1月12日，临江省委书记林晓峰在江城主持召开座谈会，同青年干部培训班学员进行座谈。"
    text = f"新华社江城2031年1月13日电 {lede}\n省委副书记柴思雨出席座谈会。\n{lede}新华社记者钱小禾 摄\n"
    assert list(_events(text)) == ["座谈会"]


def test_an_appraisal_at_talks_is_said_there() -> None:
    text = (
        "江城日报 2031年11月29日\n11月28日，临江市委书记林晓峰会见了海州市市长柴思雨。林晓峰充分肯定了双方的交流。"
        "柴思雨高度评价了两市的往来。"
    )
    assert {("林晓峰", "spoke_at"), ("柴思雨", "spoke_at")} <= _parts(text)


def test_a_call_on_a_place_is_no_talks_of_its_own() -> None:
    text = "江城日报 2031年11月29日\n11月28日，临江市委书记林晓峰一行拜访了友好城市海州市，会见了海州市市长柴思雨。"
    assert list(_events(text)) == ["林晓峰会见海州市市长柴思雨"]


@pytest.mark.parametrize("day", ["已于25日", "25日", "于25日"])
def test_a_passive_appointment_with_its_day_before_bei(day: str) -> None:
    text = f"临江日报 2031年7月28日\n会议接受柴思雨辞去临江省副省长职务的请求。柴思雨{day}被任命为临江省委统战部部长。"
    assert ("柴思雨", "临江省委统战部部长") in _roles(text)


def test_a_step_down_with_its_day_after_zai() -> None:
    text = "临江日报 2031年7月28日\n临江省委常委林晓峰出席。林晓峰在7月21日卸任江城市委书记。"
    assert ("林晓峰", "江城市委书记", "end") in {(r.person, r.position, r.change) for r in facts(text).roles}

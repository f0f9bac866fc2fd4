"""Events, roles and people of session 55 (invented text, invented names).

- A body's sitting named by its noun in quotes (某院8日举行“院会”) is that body's sitting, as 举行院会 is; an oral
  report right after a name (某主委甲报告某阶段做法) is speaking there.
- A press conference or meeting named by its noun alone that someone attends (甲出席记者会) is an event of its own
  on a page that told no outing; during a tour it stays the tour's (A8).
- A series counted in years (双方举办“某论坛”已迈入第9年) names no second forum.
- 、海军原副司令员乙: the body and the former marker are no name before the title.
- 某政协常务副主席甲、副主席乙 after another body's 常务副主席 earlier on the page: 乙 is that 政协's 副主席.
- 受甲的委托，乙颁发任命书: 甲 entrusted the act and is not there.
- A law adopted after its draft was reported on (关于《某条例(草案)》…的报告后，通过了《某条例》) is adopted only.
- A sitting that approves or accepts (批准了, 一次过批了, 接受了) took place.
- Greeters meeting a visiting group at the airport (在机场迎接访问团成员) attend its visit.
- A wire dateline printing its month in characters (某社某地九月十二日电) ends its place before the month.
- 是次 before a name (Hong Kong: this one) refers to the event told; a short name of a fair's opening told beside its
  full name (博览会开幕式 / 第某届某博览会开幕式暨某论坛) is that event, whichever of meeting or forum it reads as.
- Two printings of one cremation (某某同志遗体在某公墓火化 / 某某遗体在京火化) are one rite: 同志 and the venue are
  out of its key, and a venue (a place ending with a venue word: 公墓, 会展中心) is never "elsewhere" than a city.
- 出席大会开幕式的人大代表 on a page reporting the session is the session's opening, not a second event.
- Names listed before 等 and a post after it (甲、乙、丙等大会主席团常务委员会委员在主席台就座) all hold the post; a
  collective noun after 等 (市领导) gives none.
- A clause of titles alone before a titled name's clause (全国政协常委、副秘书长，某党中央常务副主席甲) holds that
  name's posts too.
- A party school: 党校 is a party committee's department (市委组织部部长、党校校长 → 某市委党校校长), and the school
  hosting its own term's opening (某省委党校(某行政学院)举行开学典礼) owns the bare 副校长 and 副校(院)长.

After realheld64's held-out measurement (its misses studied once its end figures were taken):
- The agency a report is attributed to (据新华社 某职甲) is no part of the post.
- A congress the page's delegates are elected to (选举产生出席某全国代表大会代表) completes no presidium seat: the
  page's own congress does.
- Deputies sent to inspect are a delegation: the page's own city named by 来我市 is the host a headline's short cue
  named (莅某视察), never the city the visitors' words print.
- A document adopted before an event named in a later clause (会议表决通过某报告，并举行宪法宣誓仪式) is the
  meeting's, not the rite's.
- Reporters listed before one report word (甲、某委员乙分别所作的关于…的报告) both speak; a bare 报告 is speaking only
  right after its speaker (学习某省长甲所作的年度报告 makes no speaker).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from pipeline_probe import held_roles as _roles
from pipeline_probe import taking_part as _parts
from pipeline_probe import titled_events as _events
from sweep13 import in_script


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_sitting_noun_in_quotes_and_its_oral_report(script: str) -> None:
    text = "江城日报 2031年8月8日 / 临江“行政院”8日上午举行“院会”，“经建会主委”柴思雨报告“示范区第一阶段”做法。"
    found = facts(in_script(text, script), None)
    assert [(e.date, e.event_type) for e in found.events] == [("2031-08-08", "meeting")]
    assert {(p.person, p.relation) for p in found.events[0].participants} == {("柴思雨", "spoke_at")}


def test_an_attended_press_conference_is_an_event_but_not_during_a_tour() -> None:
    alone = "新华社江城2031年7月28日电 28日，临江市长柴思雨在市政府出席记者会，宣布新政。"
    assert _events(alone) == {"记者会": ("2031-07-28", "江城")}
    toured = "新华社江城2031年7月28日电 28日，临江市长柴思雨到青禾县调研，出席座谈会。"
    assert list(_events(toured)) == ["柴思雨到青禾县调研"]


def test_a_series_counted_in_years_names_no_second_forum() -> None:
    text = (
        "新华社江城2031年10月25日电 第9届“江城—海州双城论坛”开幕式25日在江城举行。开幕仪式前，江城市长林晓峰表示，"
        "两地都有山水之美，双方举办“双城论坛”已迈入第9年。"
    )
    assert len(facts(text).events) == 1


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_former_post_after_a_list_mark_holds_no_name(script: str) -> None:
    text = "江城日报 2031年7月28日 / 全国政协委员、海军原副司令员赵兴国中将等陪同调研。"
    found = facts(in_script(text, script))
    assert [p.name for p in found.people] == ["赵兴国"]
    assert ("赵兴国", "海军副司令员", "former") in {(r.person, r.position, r.change) for r in found.roles}


def test_a_deputy_after_a_standing_deputy_keeps_its_own_rank() -> None:
    text = (
        "6月25日至29日，全国政协常委、某党中央常务副主席王明山率领调研组在临江调研。\n"
        "临江省副省长陈平，临江省政协常务副主席郭立明、副主席韩如意等陪同调研。"
    )
    roles = _roles(text, "2031-07-01")
    assert ("韩如意", "临江省政协副主席") in roles
    assert ("韩如意", "临江省政协常务副主席") not in roles


def test_who_entrusted_the_act_is_not_there() -> None:
    text = (
        "新华社江城2031年9月29日电 29日下午，临江省人大常委会第九次会议在江城闭幕。受省委书记、省人大常委会主任"
        "龚明远的委托，副主任林晓峰向新任命人员颁发任命书。"
    )
    people = {person for _, person, _ in _parts(text)}
    assert "林晓峰" in people and "龚明远" not in people


def test_a_law_adopted_after_its_draft_is_adopted_only() -> None:
    text = (
        "新华社江城2031年9月29日电 29日下午，临江省人大常委会第九次会议在江城闭幕。会议在听取了法制委副主任委员"
        "纪文明所作的关于《临江省湿地保护条例(草案)》审议结果的报告后，表决通过了《临江省湿地保护条例》。"
    )
    [event] = facts(text).events
    assert {(p.title, p.relation) for p in event.policies} == {("临江省湿地保护条例", "adopted")}


@pytest.mark.parametrize("verb", ["批准了", "一次过批了", "接受了"])
def test_a_sitting_that_approves_took_place(verb: str) -> None:
    text = f"人民报 2031年1月19日 / 10日，海州省八届人大常委会第七次会议{verb}两名检察长的辞职请求。"
    assert _events(text) == {"海州省八届人大常委会第七次会议": ("2031-01-10", None)}


def test_greeters_of_a_visiting_group_attend_its_visit() -> None:
    text = (
        "中新社江城九月十二日电 海州访问团于今天抵达江城，展开三天交流参访。临江市委副书记郭正明、市台办主任"
        "何一山等在机场迎接访问团成员。"
    )
    found = facts(text, "2031-09-12")
    [event] = found.events
    assert event.place == "江城"
    assert {p.person for p in event.participants} == {"郭正明", "何一山"}


def test_greeting_a_challenge_is_no_attendance() -> None:
    text = "新华社江城2031年9月12日电 海州访问团于12日抵达江城。临江市委副书记郭正明表示，要迎接挑战。"
    assert not _parts(text)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_this_forum_s_opening_is_the_forum(script: str) -> None:
    text = "新华社香港2031年11月18日电 2031江海经济论坛17日在香港举行。出席是次论坛之开幕式的有临江省副省长龚明远。"
    found = facts(in_script(text, script))
    assert len(found.events) == 1
    assert {p.person for p in found.events[0].participants} == {"龚明远"}


def test_a_fair_s_opening_named_short_beside_its_full_name_is_one_event() -> None:
    text = (
        "新华社江城2031年9月19日电 第五届江海博览会开幕式暨青禾论坛19日下午在江城会展中心举行。"
        "青禾论坛和博览会开幕式同时举行，嘉宾围绕合作发表演讲。"
    )
    assert len(facts(text).events) == 1


def test_two_printings_of_one_cremation_are_one_rite() -> None:
    text = (
        "新华社江城2031年5月19日电 临江省原省长龚明远同志遗体18日在青山革命公墓火化。龚明远遗体在江城火化。"
    )
    assert len(facts(text).events) == 1


def test_two_meetings_of_one_name_in_two_cities_stay_two() -> None:
    text = "新华社江城2031年5月19日电 19日，临江市防汛工作会议在江城市召开。同日，临江市防汛工作会议在青禾县召开。"
    assert len(facts(text).events) == 2


def test_the_session_s_opening_is_the_session() -> None:
    text = (
        "新华社江城2031年1月27日电 1月27日，临江省九届人大五次会议在临江人民会堂开幕。"
        "本次会议应到代表694人，出席大会开幕式的人大代表有664名。"
    )
    assert list(_events(text)) == ["临江省九届人大五次会议"]


def test_names_before_a_post_after_deng_all_hold_it() -> None:
    text = (
        "新华社江城2031年5月30日电 中共临江市第八次代表大会30日在江城闭幕。龚明远、柴思雨、林晓峰等大会主席团常务委员会"
        "委员在主席台前排就座。"
    )
    seat = "中共临江市第八次代表大会主席团常务委员会委员"
    assert {("龚明远", seat), ("柴思雨", seat), ("林晓峰", seat)} <= _roles(text)


def test_a_collective_noun_after_deng_holds_no_post() -> None:
    text = "新华社江城2031年5月30日电 30日，临江市委召开会议。龚明远、柴思雨等市领导出席会议。"
    assert not _roles(text)


def test_a_clause_of_titles_before_the_comma_is_the_name_s() -> None:
    text = "2031年6月25日至29日，全国政协常委、副秘书长，某党中央常务副主席王明山率领调研组在临江调研。"
    assert {("王明山", "全国政协常委"), ("王明山", "全国政协副秘书长")} <= _roles(text)


def test_a_clause_closed_by_a_name_keeps_its_own_posts() -> None:
    text = "2031年6月25日，临江市市长龚明远，江城区委书记柴思雨出席。"
    assert ("柴思雨", "临江市长") not in _roles(text)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_party_school_s_heads(script: str) -> None:
    chained = "中共临江市委常委、市委组织部部长、党校校长龚明远出席开班典礼。"
    assert ("龚明远", "临江市委党校校长") in _roles(in_script(chained, script))
    hosted = (
        "2031年5月7日，临江省委党校(临江行政学院)举行春季学期开学典礼。分管日常工作的副校(院)长龚明远主持开学典礼，"
        "副校(院)长柴思雨出席典礼。"
    )
    assert ("柴思雨", "临江省委党校副校(院)长") in _roles(in_script(hosted, script))


def test_the_agency_is_no_part_of_the_post() -> None:
    text = "江城晚报 2031年9月3日 / 据新华社 国务院总理柴思雨9月2日主持国务院会议。"
    assert _roles(text) == {("柴思雨", "国务院总理")}


def test_a_congress_delegates_go_to_completes_no_seat() -> None:
    text = (
        "本报讯 中国共产党江城市第九次代表大会选出了出席中国共产党第三十次全国代表大会代表，昨日闭幕。"
        "大会主席团常务委员龚明远、柴思雨在台上就座。"
    )
    assert ("柴思雨", "中国共产党江城市第九次代表大会主席团常务委员") in _roles(text, "2031-05-30")


def test_deputies_sent_to_inspect_meet_the_page_s_own_city() -> None:
    text = (
        "驻安阳市省人大代表莅焦视察\n按省人大常委会安排，11月25日，安阳市人大常委会主任林晓峰带领驻安阳市的部分"
        "省人大代表来我市视察。市委副书记、市长龚明远参加视察。"
    )
    roles = _roles(text, "2031-11-28")
    assert ("龚明远", "焦作市长") in roles and ("龚明远", "安阳市长") not in roles


def test_a_document_adopted_before_a_later_rite_is_the_meeting_s() -> None:
    text = (
        "新华社江城2031年3月20日电 20日，临江省人大常委会第九次会议在江城闭幕。会议表决通过关于江城代表资格审查情况的"
        "报告，表决通过任免案，并举行宪法宣誓仪式。"
    )
    held = {(e.event_type, p.title) for e in facts(text).events for p in e.policies}
    assert held == {("meeting", "关于江城代表资格审查情况的报告")}


def test_reporters_listed_before_one_report_word_both_speak() -> None:
    text = (
        "新华社江城2031年9月29日电 29日下午，临江省人大常委会第九次会议在江城闭幕。会议在听取了法制委副主任委员纪文明、"
        "委员黄秀青分别所作的关于《临江省湿地保护条例(草案)》审议结果的报告后，表决通过了《临江省湿地保护条例》。"
    )
    speakers = {person for _, person, relation in _parts(text) if relation == "spoke_at"}
    assert speakers == {"纪文明", "黄秀青"}


def test_a_report_studied_makes_no_speaker_of_its_author() -> None:
    text = "新华社江城2031年6月8日电 8日，江城市委召开常委会会议。会议要求认真学习省长林晓峰所作的年度工作报告。"
    assert not _parts(text)

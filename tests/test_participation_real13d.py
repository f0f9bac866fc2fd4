"""Participation on real-page classes (issue 13, fourth round): who presided, spoke, attended, through the
whole per-document pipeline on invented text (invented names and places)."""

from __future__ import annotations

from lexicon_examples import observe
from ygraph.model import Event

WIRE = "新华社江城2030年6月8日电 "


def events(text: str) -> dict[str, Event]:
    return {e.title: e for e in observe(text).corpus.events}


def pairs(event: Event) -> set[tuple[str, str]]:
    return {(p.person, p.relation) for p in event.participants}


def only(text: str) -> Event:
    found = list(events(text).values())
    assert len(found) == 1, [e.title for e in found]
    return found[0]


def test_executive_chairs_listed_after_a_colon_attend() -> None:
    event = only(
        WIRE + "临江市五届人大三次会议8日举行第三次全体会议。大会由执行主席林晓峰主持。"
        "担任本次大会的执行主席还有：柴思雨、王立群、龚明远。担任今天上午大会执行主席的有：陈红、赵文。"
    )
    assert pairs(event) == {
        ("林晓峰", "presided"),
        *((name, "attended") for name in ("柴思雨", "王立群", "龚明远", "陈红", "赵文")),
    }


def test_untitled_names_seated_on_the_rostrum_attend() -> None:
    event = only(WIRE + "临江省人大一次会议8日举行第三次全体会议。林晓峰、柴思雨、王立群、龚明远等在主席台就座。")
    assert pairs(event) == {(n, "attended") for n in ("林晓峰", "柴思雨", "王立群", "龚明远")}


def test_a_list_of_names_ending_with_a_group_attends() -> None:
    event = only(
        WIRE + "临江省规划编制领导小组8日召开第二次全体会议。组长龚明远主持会议。"
        "柴思雨、王立群、欧阳青禾和领导小组成员出席。"
    )
    assert {("柴思雨", "attended"), ("王立群", "attended"), ("欧阳青禾", "attended")} <= pairs(event)
    event = only(WIRE + "临江省民营经济座谈会8日在江城召开。王立群、陈红、赵文等市领导和有关部门负责同志出席。")
    assert pairs(event) == {(n, "attended") for n in ("王立群", "陈红", "赵文")}


REPORTS = (
    WIRE + "8日上午，2030年临江区域合作联席会议在江城召开。会议由临江省省长林晓峰主持。"
    "会议听取了海州省党委常委、常务副主席龚明远关于2029年临江区域合作联席会议以来工作推进情况的通报；"
    "听取了秘书处秘书长柴思雨关于秘书处的工作报告；审议同意由江城市政府秘书长王立群接任秘书处秘书长；"
    "听取了临江省省长林晓峰关于审议事项的审议意见的通报。"
)


def test_reports_heard_by_a_meeting_are_spoken_at_it_not_at_their_topic() -> None:
    found = events(REPORTS)
    held = found["2030年临江区域合作联席会议"]
    assert pairs(held) == {
        ("林晓峰", "presided"),
        ("林晓峰", "spoke_at"),
        ("龚明远", "spoke_at"),
        ("柴思雨", "spoke_at"),
    }  # 王立群 takes over a post: the sentence cut by ；after it lists no name going on
    assert "2029年临江区域合作联席会议" not in found  # only named (以来: gold conventions A1), so no one is at it


def test_the_one_who_hears_a_report_is_not_its_speaker() -> None:
    event = only(
        "本报讯 2030年9月13日下午，市委常委、市委宣传部长林晓峰带领宣传部机关工作人员来园区调研，"
        "县委常委、园区管委会主任柴思雨陪同调研。林晓峰部长一行首先听取了柴思雨主任关于园区总体发展情况的汇报。"
    )
    assert ("柴思雨", "attended") in pairs(event)  # on a tour a report on site is no speech (C1)
    assert ("柴思雨", "spoke_at") not in pairs(event)
    assert ("林晓峰", "spoke_at") not in pairs(event)


def test_oath_press_release_roles_arrival_and_announcements() -> None:
    oath = only(
        WIRE + "临江市六届人大五次会议8日举行第三次全体会议。大会选举林晓峰为市长。"
        "会上，新当选的市长林晓峰、市中级人民法院院长柴思雨进行了宪法宣誓。"
    )
    assert {("林晓峰", "attended"), ("柴思雨", "attended")} <= pairs(oath)
    press = only(
        WIRE + "临江省政府新闻办8日在江城举行解读临江省发展规划新闻发布会。发布会由省委副秘书长林晓峰作主发布，"
        "省发展改革委主任柴思雨、省委政研室副主任王立群参与发布。省政府新闻办主任龚明远主持新闻发布会。"
    )
    assert pairs(press) == {
        ("林晓峰", "spoke_at"),
        ("柴思雨", "spoke_at"),
        ("王立群", "spoke_at"),
        ("龚明远", "presided"),
    }
    cadres = only(
        WIRE + "临江省8日召开领导干部会议。中央组织部副部长林晓峰在会上宣布了中央决定。省长柴思雨致词。"
    )
    assert {("林晓峰", "spoke_at"), ("柴思雨", "spoke_at")} <= pairs(cadres)


def test_hosts_reporting_in_turn_speak() -> None:
    event = only(
        WIRE + "两省8日在江城举行对口支援工作座谈会。临江省委书记林晓峰主持会议并讲话。"
        "临江省长柴思雨，海州省长王立群分别介绍两省经济社会发展情况。"
    )
    assert {("柴思雨", "spoke_at"), ("王立群", "spoke_at")} <= pairs(event)


def test_speakers_listed_together_at_an_event_named_or_welcoming_a_visit() -> None:
    found = events(
        WIRE + "8日，江城市委书记林晓峰在江城会见由海州县知事龚明远、议会议长柴思雨率领的海州县友好代表团一行。"
        "林晓峰代表市委、市政府，对代表团来江访问表示欢迎。龚明远、柴思雨表示，愿意加强合作。"
    )
    talks = next(e for e in found.values() if e.event_type == "talks")
    assert {("林晓峰", "spoke_at"), ("龚明远", "spoke_at"), ("柴思雨", "spoke_at")} <= pairs(talks)
    meeting = only(
        WIRE + "8日，临江与海州两地在江城举行合作交流座谈会。海州区委常委、宣传部部长龚明远在座谈会上说，要加强合作。"
    )
    assert ("龚明远", "spoke_at") in pairs(meeting)


def test_someone_spoken_for_is_not_there() -> None:
    event = only(
        WIRE + "8日，临江国际友城论坛在江城开幕。大学副校长王立群代表海州州长柴思雨宣读州长公告。"
        "海州代表团团长龚明远致辞。"
    )
    assert pairs(event) == {("王立群", "spoke_at"), ("龚明远", "spoke_at")}
    forum = only(WIRE + "临江省两会代表委员座谈会8日在江城召开。代表委员林晓峰、柴思雨发言。")
    assert pairs(forum) == {("林晓峰", "spoke_at"), ("柴思雨", "spoke_at")}


def test_joining_a_tour_is_no_tour_of_its_own() -> None:
    event = only(
        "本报讯 2030年11月3日，临江市委常委、江城市委书记林晓峰组织市四大家主要负责同志以及重点项目帮包领导，"
        "集体调研全市重点项目建设情况。市领导柴思雨、王立群分别参加调研。"
    )
    assert event.title == "林晓峰集体调研全市重点项目建设情况"
    assert pairs(event) == {("林晓峰", "attended"), ("柴思雨", "attended"), ("王立群", "attended")}


def test_those_at_talks_are_its_guests_even_after_a_visit_was_named() -> None:
    found = events(
        WIRE + "8日，临江市委书记林晓峰在江城会见海州省省长龚明远一行。会见前，两地签署了合作备忘录。"
        "临江市副市长柴思雨参加会见。"
    )
    talks = next(e for e in found.values() if e.event_type == "talks")
    assert ("柴思雨", "attended") in pairs(talks)


def test_people_at_a_signing_ceremony_who_speak() -> None:
    event = only(
        WIRE + "8日，临江市人民政府与江城商会合作框架协议签约仪式在江城举行，江城商会会长林晓峰、临江市市长柴思雨出席。"
        "林晓峰代表江城商会向合作双方表示祝贺。"
    )
    assert ("林晓峰", "spoke_at") in pairs(event)


def test_a_series_of_press_conferences_is_no_event_and_the_first_one_is_the_one_reported() -> None:
    found = events(
        WIRE + "8日10时，解读临江省发展规划新闻发布会在江城举行。这开创了临江召开系列新闻发布会的先河。"
        "首场新闻发布会由省委副秘书长林晓峰作主发布。"
    )
    assert list(found) == ["解读临江省发展规划新闻发布会"]
    assert pairs(found["解读临江省发展规划新闻发布会"]) == {("林晓峰", "spoke_at")}


def test_a_written_report_and_an_explanation_are_spoken_at_the_plenum_not_at_an_event_in_a_title() -> None:
    found = events(
        WIRE + "中国共产党临江省第十届委员会第十四次全体会议8日在江城举行。全会由省委常委会主持。"
        "省委书记林晓峰代表省委常委会向全会书面报告了过去一年的工作，"
        "并就《中国共产党临江省第十届委员会向中国共产党临江省第十一次代表大会的报告（讨论稿）》作说明。"
    )
    plenum = found["中国共产党临江省第十届委员会第十四次全体会议"]
    assert ("林晓峰", "spoke_at") in pairs(plenum)
    assert all(not e.participants for title, e in found.items() if title != plenum.title)


def test_those_present_described_as_guests_take_part_in_nothing_said_later() -> None:
    event = only(
        WIRE + "第二届江城论坛8日在江城开幕，邀请剧团团长林晓峰担任导演，由江城鼓队开场，与会贵宾报以掌声。"
    )
    assert not event.participants


def test_known_names_after_a_verb_and_before_a_title_or_attending_as_observers() -> None:
    talks = next(
        e
        for e in events(
            WIRE + "8日，临江市市长林晓峰、海州市市长柴思雨出席签约仪式。签约仪式前，林晓峰会见柴思雨市长一行。"
        ).values()
        if e.event_type == "talks"
    )
    assert {("林晓峰", "attended"), ("柴思雨", "attended")} <= pairs(talks)
    sitting = only(
        WIRE + "临江市人大常委会8日召开第十三次会议。副主任柴思雨主持会议。市中级法院院长陈朗、市检察院检察长高明亮列席会议。"
    )
    assert {("陈朗", "attended"), ("高明亮", "attended")} <= pairs(sitting)


def test_the_officials_of_a_visiting_group_s_place_are_its_members() -> None:
    found = events(
        WIRE + "海州省党政代表团7日晚抵达江城考察。8日下午，两省在江城举行对口合作工作座谈会。"
        "临江省委书记林晓峰主持会议并讲话，海州省委书记柴思雨讲话。海州省委副书记、省长王立群介绍情况。"
    )
    visit = next(e for e in found.values() if e.event_type == "visit")
    assert pairs(visit) == {("柴思雨", "attended"), ("王立群", "attended")}


def test_a_banquet_under_a_page_field_line_with_its_hosts_guests_and_speeches() -> None:
    found = events(
        "林晓峰和夫人柴思雨举行宴会欢迎海州总统王立群 / / 发布时间:2030-11-10 08:09:05   来源:新华社 / / "
        "国家主席林晓峰和夫人柴思雨9日晚在人民大会堂举行宴会，欢迎海州总统王立群。陈红、赵文出席。 / "
        "两国元首在宴会上分别发表了讲话。 / 林晓峰指出，两国合作前景广阔。"
    )
    banquet = next(e for e in found.values() if e.event_type == "other")
    assert banquet.date == "2030-11-09"
    assert {
        ("林晓峰", "attended"),
        ("柴思雨", "attended"),
        ("王立群", "attended"),
        ("陈红", "attended"),
        ("林晓峰", "spoke_at"),
    } <= pairs(banquet)


def test_a_list_of_transliterated_names_after_a_title_word_speaks() -> None:
    event = only(
        WIRE + "8日上午，2030临江国际友城合作论坛在江城开幕。开幕式上，临江省副省长林晓峰致辞，"
        "国际友城代表博安斯、若川一真、佩洛申、桑多斯、巴雷达、博克瑞恩致贺词。"
    )
    speakers = {n for n, r in pairs(event) if r == "spoke_at"}
    assert {"林晓峰", "博安斯", "若川一真", "佩洛申", "桑多斯", "巴雷达", "博克瑞恩"} <= speakers


def test_a_list_of_organs_is_no_list_of_names() -> None:
    seen = observe(WIRE + "临江市委、市政府、市人大、市政协出席会议。")
    assert not seen.corpus.people


def test_the_leaders_of_a_group_welcomed_by_its_short_name_are_its_members() -> None:
    found = events(
        WIRE + "8日，江城市委书记林晓峰在江城会见了由海州县知事龚明远率领的海州县友好代表团一行。"
        "林晓峰对代表团来江访问表示欢迎。"
    )
    visit = next(e for e in found.values() if e.event_type == "visit")
    assert pairs(visit) == {("龚明远", "attended")}


def test_a_county_printed_before_its_council_completes_a_bare_county_title() -> None:
    seen = observe("【记者陈红报导】柏溪县议会第8届第3次定期大会，今天（5日）继续县政考察议程。县府方面由副县长柴思雨陪同考察。")
    assert ("柴思雨", "柏溪县副县长") in {(r.person, r.position) for r in seen.corpus.roles}


def test_watching_a_broadcast_at_a_branch_venue_is_its_own_event() -> None:
    found = events(
        "本报讯 2030年10月31日，中国共产党临江省第十次代表大会隆重开幕。龚明远主持大会。"
        "市领导林晓峰、柴思雨在江城主会场参加会议。市领导王立群、陈红，市中级人民法院院长赵文等"
        "在海州分会场收听收看省十次党代会开幕式电视直播。"
    )
    congress = found["中国共产党临江省第十次代表大会"]
    viewing = next(e for e in found.values() if e.event_type == "other")
    assert viewing.date == "2030-10-31" and "海州分会场" in viewing.title
    assert pairs(viewing) == {("王立群", "attended"), ("陈红", "attended"), ("赵文", "attended")}
    assert not {"王立群", "陈红", "赵文"} & {n for n, _ in pairs(congress)}


def test_the_second_holder_of_a_foreign_list_has_a_foreign_name_too() -> None:
    found = events(
        WIRE + "8日，临江省委书记林晓峰在江城会见了由日本海州县知事高桥一郎、议会议长新田米吉率领的海州县友好代表团一行。"
        "高桥一郎、新田米吉表示，愿意加强合作。"
    )
    talks = next(e for e in found.values() if e.event_type == "talks")
    assert {("新田米吉", "attended"), ("新田米吉", "spoke_at")} <= pairs(talks)


def test_a_delegation_s_members_and_speakers_in_turn() -> None:
    visit = only(
        WIRE + "8日，以临江省委书记林晓峰为团长的临江省党政代表团抵达海州考察。"
        "代表团副团长为临江省长柴思雨，成员有陈红、赵文、周新民等。"
    )
    assert pairs(visit) == {(n, "attended") for n in ("林晓峰", "柴思雨", "陈红", "赵文", "周新民")}
    meeting = only(
        WIRE + "临江省委常委会8日召开会议，省委书记林晓峰主持会议。省委副书记柴思雨传达了全国会议精神。"
        "王立群、陈红、赵文先后发言。"
    )
    assert pairs(meeting) == {
        ("林晓峰", "presided"),
        *((n, "spoke_at") for n in ("柴思雨", "王立群", "陈红", "赵文")),
    }


def test_a_written_address_read_out_by_another_was_sent_by_its_author() -> None:
    # a written address keeps its author on the event; a congratulatory message read out is the sender's own event
    # (gold-conventions A5, session 52: events/readmessages.py)
    found = events(
        WIRE + "第九届江城经贸论坛8日在江城开幕。临江党副主席林禾正在开幕式上宣读了临江党荣誉主席龚明远的书面致词。"
        "大会还宣读了海州省省长柴思雨的贺信。会议要求学习王立群的贺信精神。龚明远在书面致词中表示，要加强合作。"
    )
    assert set(found) == {"第九届江城经贸论坛", "柴思雨的贺信"}
    assert pairs(found["第九届江城经贸论坛"]) == {("林禾正", "spoke_at"), ("龚明远", "sent")}
    assert pairs(found["柴思雨的贺信"]) == {("柴思雨", "sent")}


def test_work_reports_and_addresses_of_an_opening_session_are_speeches() -> None:
    event = only(
        WIRE + "临江省第五届人民代表大会第三次会议8日在江城开幕。省长林晓峰作政府工作报告。"
        "省委副书记柴思雨代表省委作工作报告。省人大常委会副主任王立群致开幕词。江城市市长陈红致欢迎辞。"
        "省委党校副校长周新民作专题辅导报告。会议听取了海州市市长赵文作的工作报告。"
    )
    assert pairs(event) == {(n, "spoke_at") for n in ("林晓峰", "柴思雨", "王立群", "陈红", "周新民", "赵文")}


def test_a_transcript_speaker_label_speaks_at_the_press_conference() -> None:
    event = only(
        "时间：2030/3/30 9:43:25 / 临江省政府新闻办公室于2030年3月24日下午举行新闻发布会，请省交通运输厅厅长林晓峰介绍有关情况。 / "
        "省政府新闻办新闻发言人 柴思雨：女士们，先生们，大家下午好。欢迎出席新闻发布会。 / "
        "省交通运输厅厅长 林晓峰：很高兴今天有机会和大家见面。"
    )
    assert {("柴思雨", "spoke_at"), ("林晓峰", "spoke_at")} <= pairs(event)


def test_a_county_head_s_title_prints_the_county_for_the_bare_county_titles_after_it() -> None:
    seen = observe(
        "本报讯 柏溪县长林晓峰19日下午深入乡镇会勘基层建设。"
        "随后，林县长听取工程简报，县议员柴思雨、王立群等人也到场。"
    )
    roles = {(r.person, r.position) for r in seen.corpus.roles}
    assert {("林晓峰", "柏溪县长"), ("柴思雨", "柏溪县议员"), ("王立群", "柏溪县议员")} <= roles

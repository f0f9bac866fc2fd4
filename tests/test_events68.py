"""Events, roles, people and times of session 58 (invented text, invented names).

- Congress reports: the first plenaries of two bodies held after a congress stay two events on its day; a headline
  that prints words before a congress's number names no other body.
- A headline's tour (甲在某县调研时强调) is the tour the report tells; a visit's summary of a discussion is the named
  discussion of one of its days; a headline's event dated after its page is the one the report announces.
- Participation: a chair the report names presides, not the group that convened the meeting; the one escorted
  (在某某陪同下) and the subject of a day's programme (上午…参加某会，傍晚…参加某会) attend each event of it; the
  hearer of a report at a meeting takes part in it; a group welcomed is no event the next words are at.
- Names: a joint name whose second part is quoted (某周暨“某某”展览) is one event, no stray quotation mark.
- Documents: a quoted name after an attributive phrase is the document's; 关于甲报告、乙报告的决议 is one document.
- Roles and people: a career list stops at a proposed post (拟任); an organ after a post and 的 (为总书记的党中央) is
  no holder.
"""

from __future__ import annotations

from pipeline_probe import facts
from pipeline_probe import held_roles as _roles
from pipeline_probe import taking_part as _parts
from pipeline_probe import titled_events as _events


def _people(text: str, day: str | None = None) -> set[str]:
    return {p.name for p in facts(text, day).people}


def _policies(text: str, day: str | None = None) -> set[tuple[str, str, str]]:
    return {(e.title, p.title, p.relation) for e in facts(text, day).events for p in e.policies}


def test_two_bodies_first_plenaries_after_a_congress_are_two_events_on_its_day() -> None:
    text = (
        "新华社临江2031年10月28日电 中国共产党临江市第十三次代表大会28日上午胜利闭幕。"
        "随后召开的市委十三届一次全会选举柴思远为市委书记。市纪委十三届一次全会选举龚明远为市纪委书记。"
    )
    found = _events(text)
    assert found["市委十三届一次全会"][0] == "2031-10-28"
    assert found["市纪委十三届一次全会"][0] == "2031-10-28"


def test_a_headline_printing_words_before_the_congress_number_names_the_same_congress() -> None:
    text = (
        "青禾乡隆重召开第九次党代会\n8月21日至22日，中共青禾乡第九次党员代表大会在乡政府举行。"
        "青禾乡党委书记柴思远代表第八届党委作工作报告。"
    )
    assert len(facts(text, "2031-08-23").events) == 1


def test_a_headlines_tour_is_the_tour_the_report_tells() -> None:
    text = (
        "柴思远在松岩县调研时强调 扎实推进乡村振兴\n"
        "本报讯（记者 宁可心）7月15日，省委书记柴思远深入松岩县，就乡村振兴工作进行调研。省委秘书长林晓峰参加调研。"
    )
    tours = [e for e in facts(text, "2031-07-16").events if e.event_type == "inspection"]
    assert len(tours) == 1 and tours[0].date == "2031-07-15"


def test_a_visits_summary_of_a_discussion_is_the_discussion_named_on_one_of_its_days() -> None:
    text = (
        "本报讯 5月20日至22日，临江市委书记柴思远率临江市党政代表团赴海州市学习考察，与海州市委书记林晓峰等座谈交流。"
        "21日上午，两市党政代表团举行工作交流座谈会。林晓峰主持座谈会。"
    )
    meetings = [e for e in facts(text, "2031-05-23").events if e.event_type == "meeting"]
    assert [(e.title, e.date) for e in meetings] == [("工作交流座谈会", "2031-05-21")]


def test_a_headlines_event_after_its_page_is_the_one_the_report_announces() -> None:
    text = (
        "两岸经贸论坛下月举行\n新华社北京2031年5月14日电 发言人柴思远14日在例行新闻发布会上表示，"
        "第十届两岸经贸论坛将于6月15日在厦门举行。"
    )
    forums = [e for e in facts(text, None).events if e.event_type == "forum"]
    assert [(e.title, e.date, e.planned) for e in forums] == [("第十届两岸经贸论坛", "2031-06-15", True)]


def test_a_named_chair_presides_not_the_group_that_convened_the_meeting() -> None:
    text = (
        "新华社江城2031年8月29日电 临江考察组组长龚明远率考察组来江城，29日在江城召开两地协作座谈会。"
        "江城市副市长柴思雨主持座谈会。"
    )
    parts = _parts(text)
    assert ("两地协作座谈会", "柴思雨", "presided") in parts
    assert ("两地协作座谈会", "龚明远", "presided") not in parts


def test_the_one_escorted_attends_each_event_of_the_days_programme() -> None:
    text = (
        "新华社江城2031年10月26日电 行政院长柴思雨在各部会人员陪同下，上午到花莲参加江海博览会开幕，"
        "傍晚到松岩参加全民运动会。"
    )
    parts = _parts(text)
    assert ("江海博览会", "柴思雨", "attended") in parts
    assert ("全民运动会", "柴思雨", "attended") in parts


def test_the_hearer_of_a_report_at_a_meeting_takes_part_in_it() -> None:
    text = "本报讯 7月15日，省委书记柴思雨到青禾县调研。在随后举行的座谈会上，柴思雨听取了青禾县委书记龚明远的工作汇报。"
    parts = _parts(text, "2031-07-16")
    assert ("座谈会", "柴思雨", "attended") in parts
    assert ("座谈会", "龚明远", "spoke_at") in parts


def test_a_group_welcomed_is_no_event_the_next_words_are_at() -> None:
    text = (
        "本报讯 8月30日电 临江考察组组长龚明远率考察组一行来江城，29日在江城召开两地协作座谈会。"
        "副市长柴思雨主持座谈会并对临江考察组一行表示欢迎。柴思雨介绍了江城协作工作的总体情况。"
    )
    parts = _parts(text, "2031-08-30")
    assert ("两地协作座谈会", "柴思雨", "spoke_at") in parts
    assert not any(person == "柴思雨" for title, person, _ in parts if title != "两地协作座谈会")


def test_a_quoted_name_after_an_attributive_phrase_is_the_documents() -> None:
    text = "新华社江城2031年3月8日电 临江市政府8日召开常务会议。会议通过了市发改委拟定的“江城产业条例”草案。"
    assert ("临江市政府常务会议", "“江城产业条例”草案", "adopted") in _policies(text)


def test_a_resolution_about_two_reports_is_one_document() -> None:
    text = "新华社江城2031年3月8日电 临江市人大常委会8日召开会议，通过了关于市政府工作报告、市法院工作报告的决议。"
    assert {title for _, title, _ in _policies(text)} == {"关于市政府工作报告、市法院工作报告的决议"}


def test_a_career_list_stops_at_a_proposed_post() -> None:
    text = "柴思远，男，汉族，2001年3月生，现任青禾县委副书记、县长，拟任青禾县委书记。"
    roles = _roles(text, "2031-04-09")
    assert ("柴思远", "青禾县委副书记") in roles
    assert not any("书记" in post and "副" not in post for _, post in roles)


def test_an_organ_after_a_post_and_its_particle_is_no_holder() -> None:
    text = "全省干部群众在以林晓峰为总书记的党中央带领下奋勇前进。"
    assert "党中央" not in _people(text, "2031-01-27")


def test_a_joint_name_with_a_quoted_second_part_is_one_event() -> None:
    text = "新华社江城2031年1月6日电 江海博览会临江宣传周暨“走近博览会”展览6日在临江开幕。市长柴思雨出席开幕式。"
    assert list(_events(text)) == ["江海博览会临江宣传周暨走近博览会"]

"""One sentence, two acts (issue 13, class 14): acts told around the event reported (会前/会后/期间 + talks,
banquet, signing), a signing joined to a meeting (并共同签署), a second named event told after the first in its
sentence (并于…举行…发布会). Invented text with invented names and places, Simplified and Traditional."""

from __future__ import annotations

import pytest

from pipeline_probe import event_people
from ygraph.model import Event, Source
from ygraph.pipeline import process_document


def _events(text: str, pub: str = "2031-06-09") -> list[Event]:
    return list(process_document(Source("t.txt", text, "utf-8", user_date=pub)).events)


_people = event_people


# ---- talks told around a meeting (会前/会后/会议期间): an act of its own on the meeting's day ----


@pytest.mark.parametrize(
    ("text", "title", "guest"),
    [
        (
            "新华社江城6月9日电 8日，江海合作联席会议在海州举行。会前，江城市长林晓峰与海州省委书记龚明远会面。",
            "林晓峰与龚明远会面",
            "龚明远",
        ),
        (
            "新華社江城6月9日電 8日，江海合作聯席會議在海州舉行。會前，江城市長林曉峰與海州省委書記龔明遠會面。",
            "林晓峰与龚明远会面",
            "龚明远",
        ),
        (
            "新华社江城6月9日电 江城市长林晓峰8日率代表团到海州出席江海合作联席第5次会议，会前先与海州省委书记龚明远会面。",
            "林晓峰与龚明远会面",
            "龚明远",
        ),
        (
            "新华社江城6月9日电 8日，青禾发展论坛在江城开幕。会议期间，海州省长柴思雨会见了江城市委书记欧阳青禾。",
            "柴思雨会见江城市委书记欧阳青禾",
            "欧阳青禾",
        ),
        (
            "新華社江城6月9日電 8日，青禾發展論壇在江城開幕。會後，海州省長柴思雨會見了江城市委書記歐陽青禾。",
            "柴思雨会见江城市委书记欧阳青禾",
            "欧阳青禾",
        ),
    ],
)
def test_talks_told_before_or_after_a_meeting_are_an_act_of_the_meetings_day(text: str, title: str, guest: str) -> None:
    talks = [e for e in _events(text) if e.event_type == "talks"]
    assert [(e.title, e.date) for e in talks] == [(title, "2031-06-08")]
    assert (guest, "attended") in _people(talks[0])
    assert talks[0].provenance[0].rule.startswith("event:")


def test_talks_without_a_side_word_during_a_meeting_stay_taking_part_in_it() -> None:
    found = _events("新华社江城6月9日电 8日，青禾发展论坛在江城开幕。海州省长柴思雨会见了与会代表。")
    assert [e.event_type for e in found] == ["forum"]


# ---- a banquet after a meeting: an act of its own ----


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城6月9日电 8日，江海合作联席会议在海州召开。会后，海州省长龚明远宴请了出席会议的全体代表。",
        "新華社江城6月9日電 8日，江海合作聯席會議在海州召開。會後，海州省長龔明遠宴請了出席會議的全體代表。",
        "新华社江城6月9日电 8日，青禾发展论坛在江城开幕。随后，江城市长林晓峰宴请了与会嘉宾。",
    ],
)
def test_a_banquet_after_a_meeting_is_its_own_act_on_the_meetings_day(text: str) -> None:
    found = _events(text)
    banquet = [e for e in found if "宴请" in e.title]
    assert [e.date for e in banquet] == ["2031-06-08"]
    assert banquet[0].provenance[0].rule.startswith("event:side:")


# ---- a signing after a meeting (会后, 并共同签署): an event, unless a 《title》 makes it the outcome ----


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("新华社江城6月9日电 8日，江海合作联席会议在海州举行，会后双方签署6份合作协议。", "双方签署6份合作协议"),
        ("新華社江城6月9日電 8日，江海合作聯席會議在海州舉行，會後雙方簽署6份合作協議。", "双方签署6份合作协议"),
        (
            "新华社江城6月9日电 江城市长林晓峰昨天与海州省长柴思雨共同主持江海合作联席会议，会后双方签署了三份合作备忘录。",
            "双方签署三份合作备忘录",
        ),
        ("新华社江城6月9日电 江海合作联席会议今天在海州举行，并共同签署“江海友好城市宣言”。", "共同签署“江海友好城市宣言”"),
        ("新華社江城6月9日電 江海合作聯席會議今天在海州舉行，並共同簽署「江海友好城市宣言」。", "共同签署“江海友好城市宣言”"),
    ],
)
def test_a_signing_after_a_meeting_is_an_event_of_the_meetings_day(text: str, title: str) -> None:
    signing = [e for e in _events(text) if e.event_type == "signing"]
    assert len(signing) == 1
    meeting = next(e for e in _events(text) if e.event_type == "meeting")
    assert signing[0].date == meeting.date is not None
    assert signing[0].title.replace("「", "“").replace("」", "”") == title


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城6月9日电 江海合作联席会议今天在海州举行，并共同签署了《江海友好城市协议》。",
        "新华社江城6月9日电 江海合作联席会议今天在海州举行。会上，两市妇联签订了战略合作框架协议。",
        "新華社江城6月9日電 江海合作聯席會議今天在海州舉行。會上，兩市婦聯簽訂了戰略合作框架協議。",
    ],
)
def test_an_agreement_signed_at_a_meeting_stays_its_outcome(text: str) -> None:
    assert [e.event_type for e in _events(text)] == ["meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "江城市与海州区签署战略合作协议\n新华社江城6月9日电 6日上午，江海产业对接会议在江城举行。会上，江城市与海州区签署了战略合作协议。",
        "江城市與海州區簽署戰略合作協議\n新華社江城6月9日電 6日上午，江海產業對接會議在江城舉行。會上，江城市與海州區簽署了戰略合作協議。",
        "海州区与江城市签署战略合作协议\n新华社江城6月9日电 6日上午，江海产业对接会议在江城举行。会上，江城市与海州区签署了战略合作协议。",
    ],
)
def test_a_signing_at_a_meeting_under_a_signing_headline_is_the_reported_signing_of_the_meetings_day(text: str) -> None:
    signing = [e for e in _events(text) if e.event_type == "signing"]
    assert [e.date for e in signing] == ["2031-06-06"]


# ---- a second named event in the sentence: the first stays the one the next sentences refer to ----


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "新华社江城6月9日电 8日，江海座谈会在海州举行，并于9日举行成果发布会。江城市长林晓峰、海州省长龚明远出席会议。",
            "江海座谈会",
            "成果发布会",
        ),
        (
            "新華社江城6月9日電 8日，江海座談會在海州舉行，並於9日舉行成果發布會。江城市長林曉峰、海州省長龔明遠出席會議。",
            "江海座谈会",
            "成果发布会",
        ),
        (
            "新华社江城6月9日电 8日，青禾发展座谈会在江城召开，随后举行项目推介会。江城市长林晓峰、海州省长龚明远出席会议。",
            "青禾发展座谈会",
            "项目推介会",
        ),
    ],
)
def test_people_after_a_sentence_of_two_events_attend_the_first(text: str, first: str, second: str) -> None:
    found = {e.title: e for e in _events(text)}
    assert {first, second} <= set(found)
    assert {("林晓峰", "attended"), ("龚明远", "attended")} <= _people(found[first])
    assert not _people(found[second])


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城6月9日电 8日，江海合作联席会议在海州举行。今年轮由海州主办，会议以合作为主题，并共同签署“江海友好城市宣言”。",
        "新華社江城6月9日電 8日，江海合作聯席會議在海州舉行。今年輪由海州主辦，會議以合作為主題，並共同簽署「江海友好城市宣言」。",
        "新华社江城6月9日电 8日，青禾发展论坛在江城开幕。本月两地交流频繁，并签署了“青禾发展倡议书”。",
    ],
)
def test_a_joined_signing_under_a_coarse_period_takes_the_meetings_day(text: str) -> None:
    signing = [e for e in _events(text) if e.event_type == "signing"]
    assert [(e.date, e.provenance[0].rule.split(":")[1]) for e in signing] == [("2031-06-08", "side")]


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城6月9日电 江城市长林晓峰8日到海州出席江海合作联席第5次会议。林晓峰与海州省长柴思雨共同主持会议，会后双方签署6份合作协议。柴思雨指出，合作重要。",
        "新華社江城6月9日電 江城市長林曉峰8日到海州出席江海合作聯席第5次會議。林曉峰與海州省長柴思雨共同主持會議，會後雙方簽署6份合作協議。柴思雨指出，合作重要。",
        "新华社江城6月9日电 8日，江海合作联席第5次会议在海州举行。会前，江城市长林晓峰与海州省长柴思雨会面。会上，柴思雨指出，合作重要。",
    ],
)
def test_an_act_around_the_meeting_does_not_become_the_event_reported(text: str) -> None:
    found = _events(text)
    meeting = next(e for e in found if e.event_type == "meeting")
    assert ("柴思雨", "spoke_at") in _people(meeting)
    assert len(found) == 2
    side = next(e for e in found if e is not meeting)
    assert ("柴思雨", "spoke_at") not in _people(side)


# ---- inspection legs told with 督导/督导检查 (到甲市、乙市督导检查…; 一行抵达我市，督导…) ----


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        (
            "新华社江城2月20日电 2月3日，临江省副省长靳晓光到江城市、青禾市督导检查安全生产工作。",
            "靳晓光到江城市、青禾市督导检查安全生产工作",
            "2031-02-03",
        ),
        (
            "新華社江城2月20日電 2月1日，臨江省副省長林曉峰到江城市、臨江市督導檢查安全生產工作。",
            "林晓峰到江城市、临江市督导检查安全生产工作",
            "2031-02-01",
        ),
        ("新华社江城2月20日电 12日，临江省副省长龚明远一行抵达我市，督导防汛工作。", "龚明远督导防汛工作", "2031-02-12"),
        ("新華社江城2月20日電 12日，臨江省副省長龔明遠一行抵達我市，督導防汛工作。", "龚明远督导防汛工作", "2031-02-12"),
    ],
)
def test_a_supervising_tour_is_an_inspection_of_its_leader(text: str, title: str, date: str) -> None:
    found = [e for e in _events(text) if e.event_type == "inspection"]
    assert [(e.title, e.date) for e in found] == [(title, date)]
    assert any(p.relation == "attended" for p in found[0].participants)


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城2月20日电 12日，临江省委第一督导组组长龚明远在江城市召开座谈会。",
        "新华社江城2月20日电 12日，江城市要求加强安全生产督导。",
        "新華社江城2月20日電 12日，江城市要求加強安全生產督導。",
    ],
)
def test_a_supervision_word_without_a_person_doing_it_is_no_inspection(text: str) -> None:
    assert not [e for e in _events(text) if e.event_type == "inspection"]


# ---- a name opened only by who hosts it (由甲主办的某论坛，9日在某地开幕): the subject of its sentence ----


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("新华社江城6月10日电 由江城日报社承办的第二届青禾读书论坛，9日在江城举行。", "第二届青禾读书论坛"),
        ("新華社江城6月10日電 由江城日報社和海州大學聯合主辦的第二屆青禾讀書論壇，9日在江城舉行。", "第二届青禾读书论坛"),
        (
            "新华社江城6月10日电 由江城市人民政府和海州省人民政府共同主办的第三届江海地方合作高层论坛，9日下午在江城开幕。",
            "第三届江海地方合作高层论坛",
        ),
    ],
)
def test_a_hosted_name_told_with_its_day_in_the_next_clause_took_place(text: str, title: str) -> None:
    assert [(e.title, e.date) for e in _events(text)] == [(title, "2031-06-09")]


def test_a_headline_opening_ceremony_joins_the_hosted_forum_of_the_body() -> None:
    text = (
        "林晓峰主持第三届江海地方合作高层论坛开幕式\n来源：江城市政府办公室\n"
        "由江城市人民政府和海州省人民政府共同主办的第三届江海地方合作高层论坛，6月9日下午在江城开幕。\n"
        "海州省副省长柴思雨出席开幕式并讲话。江城市市长林晓峰主持开幕式。"
    )
    found = _events(text, "2031-06-10")
    assert [(e.title, e.date) for e in found] == [("第三届江海地方合作高层论坛", "2031-06-09")]
    assert {("林晓峰", "presided"), ("柴思雨", "spoke_at")} <= _people(found[0])


# ---- the members of a visiting group attend its visit, not the meeting it travels to ----


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城7月4日电 江城市长林晓峰4日率领江城市政府代表团赴海州访问，出席江海合作联席会议。据悉，代表团成员包括江城市商务局局长龚明远、江城市交通局局长柴思雨。",
        "新華社江城7月4日電 江城市長林曉峰4日率領江城市政府代表團赴海州訪問，出席江海合作聯席會議。據悉，代表團成員包括江城市商務局局長龔明遠、江城市交通局局長柴思雨。",
        "新华社江城7月4日电 4日，江城市政府代表团赴海州访问，并出席江海合作联席会议。江城市政府代表团成员还有江城市商务局局长龚明远、江城市交通局局长柴思雨。",
    ],
)
def test_the_members_of_a_group_attend_its_visit_not_the_meeting(text: str) -> None:
    found = _events(text)
    visit = next(e for e in found if e.event_type == "visit")
    meeting = next(e for e in found if e.event_type == "meeting")
    assert {("龚明远", "attended"), ("柴思雨", "attended")} <= _people(visit)
    assert not {"龚明远", "柴思雨"} & {p for p, _ in _people(meeting)}


@pytest.mark.parametrize(
    "text",
    [
        "【江城网报道】江城市长林晓峰今日(4日)透露，明日(5日)将率领江城市政府代表团前往海州开启为期3日的访问行程，出席7日举行的江海合作联席会议。据悉，代表团成员包括江城市商务局局长龚明远、江城市交通局局长柴思雨。",
        "【江城網報道】江城市長林曉峰今日(4日)透露，明日(5日)將率領江城市政府代表團前往海州開啟為期3日的訪問行程，出席7日舉行的江海合作聯席會議。據悉，代表團成員包括江城市商務局局長龔明遠、江城市交通局局長柴思雨。",
        "【江城网报道】江城市长林晓峰4日透露，将于7日出席江海合作联席会议。江城市政府代表团成员包括江城市商务局局长龚明远、江城市交通局局长柴思雨。",
    ],
)
def test_the_members_of_a_group_travelling_to_a_meeting_attend_its_trip_if_told_else_nothing(text: str) -> None:
    found = _events(text, "2031-07-04")
    assert not [e for e in found if e.date == "2031-07-03"]  # 为期3日 is a duration, no day
    meeting = next(e for e in found if e.event_type == "meeting")
    assert not {"龚明远", "柴思雨"} & {p for p, _ in _people(meeting)}
    for visit in [e for e in found if e.event_type == "visit"]:  # 明日(5日)将率领…前往: the trip, its day
        assert visit.date == "2031-07-05" and {("龚明远", "attended"), ("柴思雨", "attended")} <= _people(visit)


# ---- the guests' visit told inside the object of talks (会见在某地考察访问的某代表团) ----


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("新华社江城11月27日电 11月27日，临江省副省长林晓峰会见了在江城考察的海州友好代表团。", "海州友好代表团在江城考察"),
        ("新華社江城11月27日電 11月27日，臨江省副省長林曉峰會見在江城考察訪問的海州友好代表團。", "海州友好代表团在江城考察访问"),
        (
            "临江省副省长林晓峰会见海州友好代表团\n来源：江城网\n2030年11月27日，临江省副省长林晓峰会见在江城考察访问的海州友好代表团。海州大使龚明远参加会见。",
            "海州友好代表团在江城考察访问",
        ),
    ],
)
def test_a_group_visiting_where_it_is_received_makes_a_visit_of_the_talks_month(text: str, title: str) -> None:
    found = _events(text)
    talks = [e for e in found if e.event_type == "talks"]
    visits = [e for e in found if e.event_type == "visit"]
    # the visit's own days are not printed: the talks' month (seventh session; the real golds date it so)
    month = (talks[0].date or "")[:7]
    assert len(talks) == 1 and [(e.title, e.date, e.place) for e in visits] == [(title, month, "江城")]
    assert not [e for e in found if e.event_type == "inspection"]


def test_guests_come_to_inspect_are_no_visit_without_a_group() -> None:
    found = _events("新华社江城11月27日电 11月27日，临江省副省长林晓峰会见了来江城考察的海州客商。")
    assert [e.event_type for e in found] == ["talks"]


@pytest.mark.parametrize(("text", "days"), [("开启为期3日的访问", []), ("为期 5 日的会议于6日开幕", ["6日"]), ("3日上午", ["3日上午"])])
def test_a_span_of_days_is_no_day_of_the_month(text: str, days: list[str]) -> None:
    from ygraph.time.timerules import extract_times

    assert [t.text for t in extract_times(text) if t.kind == "date"] == days


# ---- meetings relayed by the meeting reported (召开会议，传达学习某某在甲会议、乙座谈会上的讲话) stay behind it ----


@pytest.mark.parametrize(
    "text",
    [
        "临江省委常委会召开会议\n新华社江城12月15日电 近日，临江省委常委会召开会议，传达学习林晓峰同志在12月6日江海合作联席会议、青禾发展座谈会时的重要讲话精神和在第八届青禾论坛开幕式上的主旨演讲，研究审议有关工作事项。\n临江省委书记龚明远主持会议并讲话。",
        "臨江省委常委會召開會議\n新華社江城12月15日電 近日，臨江省委常委會召開會議，傳達學習林曉峰同志在12月6日江海合作聯席會議、青禾發展座談會時的重要講話精神和在第八屆青禾論壇開幕式上的主旨演講，研究審議有關工作事項。\n臨江省委書記龔明遠主持會議並講話。",
        "新华社江城12月15日电 15日，江城市委常委会召开会议，传达学习12月6日江海合作联席会议精神和第八届青禾论坛开幕式上的讲话。江城市委书记龚明远主持会议并讲话。",
    ],
)
def test_the_presider_of_a_relaying_meeting_presides_it_not_the_meetings_relayed(text: str) -> None:
    found = _events(text)
    presided = {e.title for e in found if ("龚明远", "presided") in _people(e)}
    assert len(presided) == 1 and "常委会会议" in next(iter(presided))


# ---- a sum of acts (累计签约项目N项, 签约金额) is a count, no act ----


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城9月22日电 第三届江海论坛暨经贸洽谈会的主体活动已顺利完成，累计签约项目1544项，签约金额1.2万亿元。",
        "新華社江城9月22日電 第三屆江海論壇暨經貿洽談會的主體活動已順利完成，累計簽約項目1544項，簽約金額1.2萬億元。",
        "新华社江城9月22日电 22日，青禾招商周闭幕，累计签约项目86个。",
        "新华社江城9月22日电 截至22日上午10时，累计签约项目86个，签约总金额45亿元。",
    ],
)
def test_a_sum_of_signed_projects_is_no_signing(text: str) -> None:
    assert not [e for e in _events(text) if e.event_type == "signing"]


def test_a_signing_printed_with_its_count_stays_a_signing() -> None:
    found = _events("新华社江城9月22日电 22日，江城市与海州区签约项目12个，签约金额30亿元。")
    assert [(e.title, e.event_type) for e in found] == [("江城市与海州区签约", "signing")]


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城11月27日电 11月27日，临江省副省长林晓峰会见在江城考察访问的海州友好代表团。林晓峰热烈欢迎代表团访问临江，介绍了临江省经济社会发展情况。",
        "新華社江城11月27日電 11月27日，臨江省副省長林曉峰會見在江城考察訪問的海州友好代表團。林曉峰熱烈歡迎代表團訪問臨江，介紹了臨江省經濟社會發展情況。",
        "新华社江城11月27日电 11月27日，临江省副省长林晓峰会见了在江城考察的海州友好代表团。林晓峰欢迎代表团来临江考察访问，并介绍了临江的发展情况。",
    ],
)
def test_a_host_welcoming_the_visit_speaks_at_the_talks(text: str) -> None:
    found = _events(text)
    talks = next(e for e in found if e.event_type == "talks")
    assert ("林晓峰", "spoke_at") in _people(talks)
    assert not [e for e in found if e.event_type == "visit" and ("林晓峰", "spoke_at") in _people(e)]


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城6月9日电 8日，江海合作联席会议在海州举行。今年轮由海州主办，会议以合作为主题，并共同签署“江海友好城市宣言”。会议由海州市副市长林晓峰主持，江城市副市长龚明远出席。",
        "新華社江城6月9日電 8日，江海合作聯席會議在海州舉行。今年輪由海州主辦，會議以合作為主題，並共同簽署「江海友好城市宣言」。會議由海州市副市長林曉峰主持，江城市副市長龔明遠出席。",
        "新华社江城6月9日电 江海合作联席会议8日在海州举行，并共同签署了“江海友好城市宣言”。海州市副市长林晓峰主持会议，江城市副市长龚明远出席会议。",
    ],
)
def test_a_declaration_signed_jointly_at_a_meeting_is_signed_by_its_people(text: str) -> None:
    signing = next(e for e in _events(text) if e.event_type == "signing")
    assert {("林晓峰", "attended"), ("龚明远", "attended")} <= _people(signing)
    assert {p.provenance.rule for p in signing.participants} == {"participation:jointly"}


# ---- a name opening its sentence, its day and its venue in the next clause (某会议，7日在某会议中心隆重开幕) ----


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("新华社江城1月8日电 第五届江城发展论坛，1月7日上午在江城会议中心隆重开幕。", "第五届江城发展论坛"),
        (
            "新華社江城1月8日電 政協第五屆江城市委員會第二次會議，1月7日上午在江城會議中心隆重開幕。",
            "政协第五届江城市委员会第二次会议",
        ),
        ("新华社江城1月8日电 江城市第三届人才交流大会，7日在青禾会展中心开幕。", "江城市第三届人才交流大会"),
    ],
)
def test_a_venue_named_after_an_event_word_does_not_cut_the_names_clause(text: str, title: str) -> None:
    assert [(e.title, e.date) for e in _events(text)] == [(title, "2031-01-07")]


# ---- a leader's visit with two groups (率领甲代表团及乙代表团访问某地): titled from the leader and the first ----


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城4月17日电 江城市长林晓峰将率领江城市政府代表团及江城企业家代表团，于4月18日至22日访问海州青禾，随后政府代表团转往临川访问。",
        "新華社江城4月17日電 江城市長林曉峰將率領江城市政府代表團及江城企業家代表團，於4月18日至22日訪問海州青禾。",
        "新华社江城4月17日电 江城市长林晓峰4月16日率领江城市政府代表团和江城企业家代表团访问海州青禾。",
    ],
)
def test_a_visit_of_two_groups_is_titled_by_its_leader_and_the_first_group(text: str) -> None:
    visit = next(e for e in _events(text) if e.event_type == "visit")
    assert visit.title.startswith("林晓峰率领江城市政府代表团")
    assert ("林晓峰", "attended") in _people(visit)

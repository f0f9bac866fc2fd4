"""Events on real-page classes (issue 13, sixth round: events not found, spurious, duplicated). Invented text
with invented names and places; each class in Simplified and Traditional script and several word orders."""

from __future__ import annotations

import pytest

from test_events import extract
from ygraph.model import Source
from ygraph.pipeline import process_document


def _events(text: str, pub: str = "2031-06-09") -> list[tuple[str, str | None, str]]:
    """Events of the whole pipeline (actors included): (title, date, type), sorted."""
    facts = process_document(Source("t.txt", text, "utf-8", user_date=pub))
    return sorted((e.title, e.date, e.event_type) for e in facts.events)


# ---- a group's visit: led (率/率领/带领 … 团), arriving (抵达), visiting (到访, 访台), going to attend ----


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        ("新华社临江6月9日电 江城市长林晓峰8日率领考察团抵达海州，开启为期5天的学习之旅。", "林晓峰率领考察团抵达海州", "2031-06-08"),
        ("新華社臨江6月9日電 江城市長林曉峰8日率領考察團抵達海州，開啟為期5天的學習之旅。", "林晓峰率领考察团抵达海州", "2031-06-08"),
        ("新华社江城6月9日电 江城市长林晓峰8日率百人团赴海州，参加为期3天的双城交流活动。", "林晓峰率百人团赴海州", "2031-06-08"),
        ("新華社江城6月9日電 江城市長林曉峰8日率百人團赴海州，參加為期3天的雙城交流活動。", "林晓峰率百人团赴海州", "2031-06-08"),
        ("本报讯 6月7日至8日，省长林晓峰率省政府代表团赴海州青禾出席2031年江海合作联席会议。", "林晓峰率省政府代表团赴海州青禾", "2031-06-07"),
        ("本報訊 6月7日至8日，省長林曉峰率省政府代表團赴海州青禾出席2031年江海合作聯席會議。", "林晓峰率省政府代表团赴海州青禾", "2031-06-07"),
        ("本报讯 8日，青禾县代表团到访江城市。", "青禾县代表团到访江城市", "2031-06-08"),
        ("本报讯 8日，江城市长林晓峰率青年团访台。", "林晓峰率青年团访台", "2031-06-08"),
    ],
)
def test_a_groups_visit_is_found_titled_by_its_leader_and_destination(text: str, title: str, date: str) -> None:
    found = extract(text, "2031-06-09")
    visit = next(e for e in found if e.event_type == "visit")
    assert (visit.title, visit.date) == (title, date)


def test_an_arrival_is_the_visit_unless_a_later_clause_names_the_visit_itself() -> None:
    found = extract("本报讯 16日，江城市长林晓峰率领考察团抵达海州，他是江城首位访海的市长。", "2031-06-17")
    assert [(e.title, e.event_type) for e in found] == [("林晓峰率领考察团抵达海州", "visit")]
    found = extract("本報訊 5日，青禾縣友好代表團抵達臨川，開始訪川之行。", "2031-06-17")
    assert [e.title for e in found] == ["青禾县友好代表团访川"]


def test_a_person_arriving_alone_is_no_visit_and_a_meeting_attended_stays_its_own_event() -> None:
    assert not extract("本报讯 8日，江城市长林晓峰抵达海州。", "2031-06-09")
    found = extract("本报讯 8日，省长林晓峰率省政府代表团抵达海州，出席江海合作联席会议。", "2031-06-09")
    assert sorted(e.event_type for e in found) == ["meeting", "visit"]


# ---- talks of a person followed by 于 and a date (接见/會見 in Traditional) ----


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("新华社江城2月7日电 江城市长林晓峰于2月6日在江城市政府接见海州市长访问团。", "林晓峰接见海州市长访问团"),
        ("新華社江城2月7日電 江城市長林曉峰於2月6日在江城市政府接見海州市長訪問團。", "林晓峰接见海州市长访问团"),
        ("新华社江城2月7日电 临江省委书记周明远于6日在江城会见青禾县友好代表团。", "周明远会见青禾县友好代表团"),
        ("新華社江城2月7日電 臨江省委書記周明遠於6日在江城會見青禾縣友好代表團。", "周明远会见青禾县友好代表团"),
    ],
)
def test_talks_of_a_person_followed_by_a_dated_preposition_are_found(text: str, title: str) -> None:
    assert (title, "2031-02-06", "talks") in _events(text, "2031-02-07")


# ---- lists of launches: each item is an act ----


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "本报讯 8日，会议当天，还举行了江城5G网络开通、江城政务平台启动、江城数据中心上线等仪式。",
            {"江城5G网络开通", "江城政务平台启动", "江城数据中心上线"},
        ),
        (
            "本報訊 8日，會議當天，還舉行了江城5G網絡開通、江城政務平台啟動、江城數據中心上線等儀式。",
            {"江城5G网络开通", "江城政务平台启动", "江城数据中心上线"},
        ),
        (
            "本报讯 6月8日，青禾智慧医疗平台启动、青禾数据中心投用、青禾政务App正式上线。",
            {"青禾智慧医疗平台启动", "青禾数据中心投用", "青禾政务App正式上线"},
        ),
    ],
)
def test_a_list_of_launches_gives_one_act_per_item(text: str, items: set[str]) -> None:
    found = extract(text, "2031-06-09")
    assert {e.title for e in found} == items
    assert {e.date for e in found} == {"2031-06-08"}


def test_a_bare_start_outside_a_list_of_acts_is_no_event() -> None:
    assert not extract("本报讯 6月8日，江城市启动防汛应急响应。", "2031-06-09")


# ---- a notice page's own release: 《…》已经…同意，现印发给你们 + the signature ----


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        (
            "江城市人民政府办公厅关于印发江城数据开放方案的通知\n各区人民政府：\n《江城数据开放方案》已经市人民政府同意，"
            "现印发给你们，请认真贯彻执行。\n江城市人民政府办公厅\n2031年5月15日\n江城数据开放方案\n一、总体要求",
            "江城市人民政府办公厅印发江城数据开放方案",
            "2031-05-15",
        ),
        (
            "臨江省人民政府關於印發2031年重點任務分工方案的通知\n各市人民政府：\n《2031年重點任務分工方案》已經省政府"
            "全體會議審議通過，現印發給你們，請認真貫徹執行。\n臨江省人民政府\n\n2031年3月21日\n一、主要目標",
            "临江省人民政府印发2031年重点任务分工方案",
            "2031-03-21",
        ),
        (
            "青禾县人民政府办公室关于印发青禾县营商环境行动计划的通知\n《青禾县营商环境行动计划》现予印发，请遵照执行。"
            "\n青禾县人民政府办公室\n2031年4月2日",
            "青禾县人民政府办公室印发青禾县营商环境行动计划",
            "2031-04-02",
        ),
    ],
)
def test_a_notice_releasing_its_document_is_a_release_dated_by_its_signature(
    text: str, title: str, date: str
) -> None:
    found = [e for e in extract(text, None, ()) if e.event_type == "release"]
    assert [(e.title, e.date) for e in found] == [(title, date)]
    assert found[0].provenance[0].rule == "event:act:印发"


# ---- spurious: kinds of work, a host's welcome, a place described by an earlier event ----


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 6月8日，临江市将任务分解为出台政策文件、召开部署推进会议等具体举措。",
        "本報訊 6月8日，臨江市將任務分解為出台政策文件、召開部署推進會議等具體舉措。",
        "本报讯 6月8日，青禾县通过举办推介会、召开座谈会等方式招商引资。",
    ],
)
def test_acts_listed_as_kinds_of_work_are_no_events(text: str) -> None:
    assert not extract(text, "2031-06-09")


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城6月28日电 27日晚，副省长林晓峰在江城会见了到访的使节团一行。林晓峰首先代表省政府对使节团一行来临江考察指导表示欢迎。",
        "新華社江城6月28日電 27日晚，副省長林曉峰在江城會見了到訪的使節團一行。林曉峰首先代表省政府對使節團一行來臨江考察表示熱烈歡迎。",
        "新华社江城6月28日电 27日，周明远在江城会见青禾县客人。周明远对客人来江城考察表示感谢。",
    ],
)
def test_a_hosts_welcome_to_a_tour_is_no_inspection(text: str) -> None:
    assert [e.event_type for e in extract(text, "2031-06-28")] == ["talks"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("新华社江城7月2日电 主论坛2日上午在曾经举办青禾领导人峰会及系列会议的江城滨江酒店举行。", set()),
        ("新華社江城7月2日電 主論壇2日上午在曾經舉辦青禾領導人峰會的江城濱江酒店舉行。", set()),
        ("新华社江城7月2日电 2日，临江论坛在曾举办海州峰会的江城宾馆举行。", {"临江论坛"}),
    ],
)
def test_an_event_describing_a_venue_is_not_reported(text: str, kept: set[str]) -> None:
    assert {e.title for e in extract(text, "2031-07-02")} == kept


# ---- duplicates: the stops of an inspection tour, a numbered session told on two of its days ----


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城1月28日电 春节前夕，林晓峰赴临江考察调研。26日下午，林晓峰冒雪来到江城市考察调研。"
        "27日上午，林晓峰来到青禾县，察看灾后重建情况。",
        "新華社江城1月28日電 春節前夕，林曉峰赴臨江考察調研。26日下午，林曉峰來到江城市考察。",
        "新华社江城1月28日电 26日下午，林晓峰来到江城市考察。27日上午，林晓峰来到青禾县考察。",
    ],
)
def test_the_stops_of_an_inspection_tour_are_that_tour(text: str) -> None:
    found = extract(text, "2031-01-28")
    assert [e.event_type for e in found] == ["inspection"]
    assert found[0].date == "2031-01-26"


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 3月5日，临江省十四届人大二次会议开幕。临江省十四届人大二次会议闭幕次日，林晓峰主持召开省政府常务会议。",
        "本報訊 3月5日，臨江省十四屆人大二次會議開幕。3月11日，臨江省十四屆人大二次會議閉幕。",
        "本报讯 3月5日，第十届江城博览会开幕。8日，第十届江城博览会闭幕。",
    ],
)
def test_a_numbered_session_told_on_two_of_its_days_is_one_event_of_its_first_day(text: str) -> None:
    found = [e for e in extract(text, "2031-03-17") if e.event_type in ("meeting", "forum", "other")]
    numbered = [e for e in found if "届" in e.title]
    assert len(numbered) == 1 and numbered[0].date == "2031-03-05"


def test_two_editions_told_on_two_days_stay_two_events() -> None:
    found = extract("本报讯 3月5日，第十届江城博览会开幕。8日，第九届江城博览会闭幕。", "2031-03-17")
    assert sorted(e.title for e in found) == ["第九届江城博览会", "第十届江城博览会"]


@pytest.mark.parametrize(
    "text",
    [
        "临江省·海州省协作座谈会在江城召开\n本报讯 4日，海州省委副书记林晓峰带领海州党政代表团到临江省考察。两省在江城召开座谈会。",
        "臨江省·海州省協作座談會在江城召開\n本報訊 4日，兩省在江城召開座談會，林曉峰主持會議。",
        "青禾县与江城市合作座谈会举行\n本报讯 4日，双方在青禾宾馆举行座谈会。",
    ],
)
def test_a_bare_meeting_held_at_a_place_is_the_meeting_the_headline_names(text: str) -> None:
    meetings = [e for e in extract(text, "2031-06-05") if e.event_type == "meeting"]
    assert len(meetings) == 1 and meetings[0].title.endswith("座谈会") and len(meetings[0].title) > 5


# ---- meetings not found: the two sessions, a session reported to, a standing committee deciding ----


@pytest.mark.parametrize(
    ("text", "title", "date", "planned"),
    [
        ("本报讯 3月17日，林晓峰主持会议。此前，全国两会3月11日在北京闭幕。", "全国两会", "2031-03-11", False),
        ("本報訊 3月1日，臨江省委常委會召開會議。會議指出，3月5日開幕的全國兩會召開在即。", "全国两会", None, True),
    ],
)
def test_the_two_sessions_are_a_meeting(text: str, title: str, date: str | None, planned: bool) -> None:
    found = {e.title: e for e in extract(text, "2031-03-17")}
    assert (found[title].date, found[title].planned) == (date, planned)


@pytest.mark.parametrize(
    "text",
    [
        "本報訊 3月1日，臨江省委常委會召開會議。會議指出，全國兩會召開在即，各廳局要把服務保障做到位。",
        "本报讯 3月1日，临江市委召开会议。会议指出，临江省两会召开在即。",
    ],
)
def test_coming_two_sessions_with_no_day_are_only_named(text: str) -> None:
    # a future event named with no date is a passing mention (gold conventions A3: events/framed.py)
    assert len(extract(text, "2031-03-17")) == 1


def test_the_spirit_of_the_two_sessions_studied_is_no_event() -> None:
    found = extract("本报讯 3月1日，临江市委召开会议，贯彻落实全国两会精神。", "2031-03-17")
    assert [e.title for e in found] == ["临江市委会议"]


@pytest.mark.parametrize(
    ("text", "title", "own"),
    [
        (
            "本报讯 11月24日，临江省第十三届人民代表大会常务委员会第二十一次会议在江城召开。"
            "会议决定任命林晓峰为临江省副省长，报临江省第十三届人民代表大会第四次会议备案。",
            "临江省第十三届人民代表大会第四次会议",
            [("临江省第十三届人民代表大会常务委员会第二十一次会议", "2031-11-24")],
        ),
        (
            "本報訊 11月24日，臨江省人大常委會第二十一次會議在江城召開，決定林曉峰代理省長職務，報省十三屆人大四次會議備案。",
            "省十三届人大四次会议",
            [("临江省人大常委会第二十一次会议", "2031-11-24")],
        ),
        (
            "本报讯 会议接受林晓峰辞去江城市市长职务的请求，报江城市第十六届人民代表大会第五次会议备案。",
            "江城市第十六届人民代表大会第五次会议",
            [],
        ),
    ],
)
def test_a_session_a_decision_is_reported_to_is_no_event(text: str, title: str, own: list[tuple[str, str]]) -> None:
    """报某会议备案 names a session as a reference (docs/gold-conventions.md A1): no event of that title; the
    article's own session keeps its name and day (an unnamed 会议 gives none)."""
    found = extract(text, "2031-11-25")
    assert title not in {e.title for e in found}
    assert [(e.title, e.date) for e in found] == own


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        (
            "江城在线07月29日讯 江城市十一届人大常委会第二十四次会议昨天接受林晓峰辞去江城市市长职务，决定任命周明远为江城市副市长。",
            "江城市十一届人大常委会第二十四次会议",
            "2031-07-28",
        ),
        ("本報訊 臨江市十六屆人大常委會第二十三次會議8月27日決定任命林曉峰為臨江市副市長。", "临江市十六届人大常委会第二十三次会议", "2031-08-27"),
        ("本报讯 青禾县人大常委会第五次会议27日决定任命周明远为副县长。", "青禾县人大常委会第五次会议", "2031-07-27"),
    ],
)
def test_a_standing_committee_session_deciding_appointments_took_place(text: str, title: str, date: str) -> None:
    assert [(e.title, e.date) for e in extract(text, "2031-07-29")] == [(title, date)]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("本报讯 11月27日，临江省委常委会召开会议，研究省“两会”筹备工作，以“两会”圆满召开检验工作成果。", ["临江省委常委会会议"]),
        ("本報訊 11月27日，臨江省委常委會召開會議，以「兩會」順利召開檢驗成果。", ["临江省委常委会会议"]),
        ("本报讯 11月5日，“江城论坛”在江城举行。", ["江城论坛"]),
    ],
)
def test_a_name_quoted_up_to_its_trigger_starts_after_the_quote(text: str, titles: list[str]) -> None:
    assert [e.title for e in extract(text, "2031-11-28")] == titles


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        ("本报讯 8月30日，临江自贸试验区揭牌。国务院日前印发《临江自由贸易试验区总体方案》。", "国务院印发《临江自由贸易试验区总体方案》", "2031-08"),
        ("本報訊 8月30日，臨江自貿試驗區揭牌。國務院日前印發《臨江自由貿易試驗區總體方案》。", "国务院印发《临江自由贸易试验区总体方案》", "2031-08"),
        ("本报讯 8月3日，临江自贸试验区揭牌。江城市政府近日出台《江城营商环境行动计划》。", "江城市政府出台《江城营商环境行动计划》", "2031"),
    ],
)
def test_a_document_released_recently_is_a_release_of_the_reports_month(text: str, title: str, date: str | None) -> None:
    found = {e.title: e.date for e in extract(text, "2031-09-13")}
    assert title in found and found[title] == date


def test_an_inspection_done_recently_outside_the_lede_stays_no_event() -> None:
    found = extract("本报讯 8月30日，临江自贸试验区揭牌。江城市长林晓峰近日调研营商环境。", "2031-09-13")
    assert [e.event_type for e in found] == ["opening"]


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        ("本报讯 12月4日，临江省·海州省协作座谈会在江城召开。林晓峰主持会议。会后，双方签署了合作协议。", True),
        ("本報訊 12月4日，臨江省·海州省協作座談會在江城召開。會後，雙方簽署了合作協議。", True),
        ("本报讯 12月4日，临江省·海州省协作座谈会在江城召开。会上，双方签署了合作协议。", False),
    ],
)
def test_an_agreement_signed_after_the_meeting_is_a_signing_of_its_day(text: str, signed: bool) -> None:
    found = [(e.date, e.event_type) for e in extract(text, "2031-12-05")]
    assert (("2031-12-04", "signing") in found) is signed


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("新华社北京8月16日电 国务院总理林晓峰日前部署对钢铁煤炭行业开展专项督查。", []),
        ("新華社北京8月16日電 16日，國務院總理林曉峰部署對鋼鐵行業開展專項督查。", []),
        ("本报讯 16日，临江省长林晓峰责成有关部门赴江城调研。", []),
        ("本报讯 16日，临江省长林晓峰在江城调研部署防汛工作。", ["inspection"]),
    ],
)
def test_an_inspection_a_person_orders_is_not_theirs(text: str, types: list[str]) -> None:
    assert [e.event_type for e in extract(text, "2031-08-17")] == types


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("本报讯 8月27日上午，青禾区相继召开区委常委会(扩大)会议和全区领导干部大会，宣布主要领导任免决定。", ["全区领导干部大会", "青禾区委常委会(扩大)会议"]),
        ("本報訊 27日，江城市召開市委常委會會議和全市領導幹部大會。", ["全市领导干部大会", "江城市委常委会会议"]),
        ("本报讯 27日，江城市举行民营经济座谈会、青年创业论坛。", ["民营经济座谈会", "青年创业论坛"]),
    ],
)
def test_meetings_listed_after_one_convening_verb_all_took_place(text: str, titles: list[str]) -> None:
    assert sorted(e.title for e in extract(text, "2031-08-28")) == sorted(titles)


def test_meetings_listed_as_studied_stay_no_events() -> None:
    assert not extract("本报讯 27日，会议学习了江城座谈会和青禾论坛精神。", "2031-08-28")


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 8月27日上午，青禾区相继召开区委常委会(扩大)会议和全区领导干部大会。8月27日下午，江城开发区召开领导干部大会，宣布任免决定。",
        "本報訊 8月27日上午，青禾區召開全區領導幹部大會。8月27日下午，江城開發區召開領導幹部大會。",
        "本报讯 8月27日，青禾县召开全县领导干部大会。当天下午，江城开发区召开领导干部大会。",
    ],
)
def test_one_generic_meeting_held_by_two_bodies_is_two_events(text: str) -> None:
    found = [e.title for e in extract(text, "2031-08-28") if e.title.endswith("领导干部大会")]
    assert len(found) == 2 and "江城开发区领导干部大会" in found

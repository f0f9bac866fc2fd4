"""A named meeting whose words of taking place belong to a REFERENCE FRAME is named, not reported
(docs/gold-conventions.md A1, A2, A3; events/framed.py, lexicons events/reference_frames.tsv): the session a
draft goes to (提请某会议审议), the session that adopted a text (某会议审议通过的《…》), a meeting welcomed or
surpassed (迎接某党代会胜利召开), a recalled or coming meeting heading an attributive clause (2029年举办的某峰会,
将要召开的某会议), a coming meeting with no day (某两会召开在即), a meeting the reported meeting's view discusses
(会议指出，某会议是…的一次重要会议); a speech relayed from a meeting printed without 的 or as a 致辞, or from two
occasions (在甲会上和在乙地考察时的重要讲话); a count of sub-forums after a quoted label; a congress's standing
committee; a release of who holds what. The seed convention's exception stays: a meeting the page narrates
in a clause of its own, or one the page reports later, is an event. Invented text."""

from __future__ import annotations

import pytest

from pipeline_probe import event_people, facts

HEAD = "江城日报讯 4月27日，江城市委书记林晓峰主持召开市委常委会议。"
HEAD_T = "江城日報訊 4月27日，江城市委書記林曉峰主持召開市委常委會議。"
OWN = "江城市委常委会议"  # 江城市委书记…主持召开市委常委会议: the presider's place completes it (session 34)


def _titles(text: str) -> set[str]:
    return {e.title for e in facts(text).events}


NAMED_ONLY = [
    # the session a draft goes to
    (HEAD + "会议讨论拟提请江城市十五届人大三次会议审议的政府工作报告。", "江城市十五届人大三次会议"),
    (HEAD_T + "會議討論擬提請江城市十五屆人大三次會議審議的政府工作報告。", "江城市十五届人大三次会议"),
    (HEAD + "会议提出，报告稿再作两轮打磨，随后提交市委全会审议。", "市委全会"),
    (HEAD + "会议决定将草案报请松岩县十二届人大五次会议审议。", "松岩县十二届人大五次会议"),
    # the session that adopted a text
    (HEAD + "根据十二届临江省人大一次会议批准的《机构改革方案》，会议讨论通过直属机构设置。", "十二届临江省人大一次会议"),
    (HEAD_T + "根據十二屆臨江省人大一次會議批准的《機構改革方案》，會議討論通過直屬機構設置。", "十二届临江省人大一次会议"),
    (HEAD + "会议强调，十一届临江省人大五次会议审议通过的《政府工作报告》确定了全年任务。", "十一届临江省人大五次会议"),
    # a meeting welcomed or surpassed, alone or as the last item of a list
    (HEAD + "各单位拿出过硬实绩迎接临江省第十二次党代会胜利召开。", "临江省第十二次党代会"),
    (HEAD_T + "全縣上下拿出實幹成效迎接省運會和臨江省第十二次黨代會順利召開。", "临江省第十二次党代会"),
    (HEAD + "全市共吸引1200人报名参与，超越2029年举办的临江城市高峰会。", "临江城市高峰会"),
    # a recalled meeting heading an attributive clause
    (HEAD + "各方一致认为，今年三月在江城举行的第七届临江合作论坛，对于推动合作具有重要意义。", "第七届临江合作论坛"),
    (HEAD_T + "各方一致認為，今年三月於松岩舉行的「第七屆臨江合作論壇」，對於推動合作具有重要意義。", "第七届临江合作论坛"),
    (HEAD + "大家认为，昨天闭幕的江城市十五届人大三次会议表决通过了《政府工作报告》。", "江城市十五届人大三次会议"),
    # a coming meeting with no day
    (HEAD + "全省两会召开在即，各部门务必把会务筹备做细。", "全省两会"),
    (HEAD_T + "全省兩會召開在即，各部門務必把會務籌備做細。", "全省两会"),
    (HEAD + "将要召开的江城市十五届人大三次会议，事关五年开局，各级要认真筹备。", "江城市十五届人大三次会议"),
    # a meeting the reported meeting's view discusses
    (HEAD + "会议指出，十五届临江省人大二次会议是在开局攻坚之际召开、意义重大的会议。", "十五届临江省人大二次会议"),
    (HEAD_T + "會議指出，十五屆臨江省人大二次會議和臨江省政協第九屆三次會議是在承前啟後之年召開的重要會議。", "十五届临江省人大二次会议"),
    (HEAD + "会议认为，松岩县第六次党代会是在爬坡过坎阶段召开、承前启后的会议。", "松岩县第六次党代会"),
]


@pytest.mark.parametrize(("text", "title"), NAMED_ONLY)
def test_a_meeting_in_a_reference_frame_is_no_event(text: str, title: str) -> None:
    titles = _titles(text)
    assert title not in titles and not any(t.endswith(title) for t in titles), titles
    assert OWN in titles  # the article's own meeting stays


NARRATED = [
    # a day after the article's: a planned event (A3)
    (HEAD + "这趟行程也为6月中旬在江城举行的临江服务贸易交易会预热。", "临江服务贸易交易会"),
    (HEAD_T + "這趟行程也為6月中旬在江城舉行的臨江服務貿易交易會預熱。", "临江服务贸易交易会"),
    # the venue of an act: narrated
    (HEAD + "2029年9月，在松岩召开的临江市场监管联席会议上，四地共签《市场准入合作协议》。", "临江市场监管联席会议"),
    # someone took part in it
    (HEAD + "林晓峰还出席了3月在江城举行的临江合作论坛。", "临江合作论坛"),
    # a coming meeting with its day
    (HEAD + "会议指出，5月6日开幕的全省两会召开在即。", "全省两会"),
    # a view stating a dated happening in a clause of its own
    (HEAD + "会议指出，4月20日，临江发展座谈会在江城召开。", "临江发展座谈会"),
]


@pytest.mark.parametrize(("text", "title"), NARRATED)
def test_a_narrated_or_planned_meeting_stays_an_event(text: str, title: str) -> None:
    titles = _titles(text)
    assert any(t.endswith(title) for t in titles), titles


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            HEAD + "会议讨论拟提请江城市十五届人大三次会议审议的政府工作报告。"
            "5月6日，江城市十五届人大三次会议在江城开幕，市长柴思雨出席。",
            "柴思雨",
        ),
        (
            HEAD_T + "會議要求以優異成績迎接江城市第六次黨代會勝利召開。"
            "5月6日，江城市第六次黨代會在江城開幕，市長柴思雨出席。",
            "柴思雨",
        ),
        (
            HEAD + "会议指出，松岩县第六次党代会是一次重要会议。5月6日，松岩县第六次党代会在松岩开幕，县长龚明远出席。",
            "龚明远",
        ),
    ],
)
def test_a_framed_meeting_reported_later_is_an_event(text: str, person: str) -> None:
    reported = [e for e in facts(text).events if e.title != OWN and e.date and e.date.endswith("-05-06")]
    assert len(reported) == 1, [(e.title, e.date) for e in facts(text).events]
    assert (person, "attended") in event_people(reported[0])


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "会议传达学习贯彻龚明远在推动临江发展座谈会上重要讲话精神。",
        HEAD_T + "會議傳達學習龔明遠在推動臨江發展座談會上重要講話精神。",
        HEAD + "会议传达学习龚明远在临江低碳发展峰会上的致辞精神。",
        HEAD + "会议传达学习贯彻龚明远在新时代推动临江发展座谈会上和在江城考察时的重要讲话精神，研究部署工作。",
        HEAD_T + "會議傳達學習貫徹柴思雨在全省經濟工作會議上和在松岩調研時的重要講話精神。",
    ],
)
def test_a_relayed_speech_names_no_event(text: str) -> None:
    assert _titles(text) == {OWN}


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "期间将举办“一老一青”两个分论坛，其中青年论坛将持续关注青年创业。",
        HEAD_T + "期間將舉辦「青年」「創新」兩個分論壇，其中青年論壇將持續關注青年創業。",
        HEAD + "论坛期间还将举办“数字”“绿色”“开放”三场分论坛。",
    ],
)
def test_a_count_after_a_quoted_label_is_no_event(text: str) -> None:
    assert not any("分论坛" in t for t in _titles(text))


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "江城市人民代表大会常务委员会作出决定，同意柴思雨辞去市长职务的请求。",
        HEAD_T + "江城市人民代表大會常務委員會作出決定，同意柴思雨辭去市長職務的請求。",
        HEAD + "松岩县人民代表大会常务委员会关于接受龚明远辞去县长职务的决定。",
        HEAD + "临江省人民代表大会常委会决定，同意柴思雨不再担任副省长的请求。",
    ],
)
def test_a_congress_standing_committee_is_a_body(text: str) -> None:
    assert not any(t.endswith("大会") for t in _titles(text))


def test_a_standing_committee_session_stays_an_event() -> None:
    titles = _titles(HEAD + "江城市人民代表大会常务委员会第十次会议4月26日在江城举行。")
    assert "江城市人民代表大会常务委员会第十次会议" in titles


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "19日，江城合作区在门户网站上公布了内设部门设置、部门领导名单和部门分工。",
        HEAD_T + "19日，江城合作區在入口網站上公佈了內設部門設置、部門領導名單和部門分工。",
        HEAD + "26日，松岩县委组织部公布县管干部任前公示名单。",
    ],
)
def test_a_release_of_who_holds_what_is_no_event(text: str) -> None:
    assert _titles(text) == {OWN}


CONGRESS = "江城日报讯 4月27日，松岩市第八次党代会胜利闭幕。"
CONGRESS_T = "江城日報訊 4月27日，松岩市第八次黨代會勝利閉幕。"
STANDING = "江城日报讯 4月27日，临江省委召开常委会议。"
STANDING_T = "江城日報訊 4月27日，臨江省委召開常委會議。"
ACTS = [
    # the occasion of words relayed
    (
        "江城日报讯 4月27日，中国共产党临江省第九次代表大会在江城闭幕。本次大会以新思想为引领，"
        "认真贯彻龚明远总书记视察临江重要讲话重要指示精神，回顾了五年来的成绩。",
        "龚明远",
    ),
    (
        "江城日報訊 4月27日，中國共產黨臨江省第九次代表大會在江城閉幕。本次大會以新思想為引領，"
        "認真貫徹龔明遠總書記視察臨江重要講話重要指示精神，回顧了五年來的成績。",
        "龚明远",
    ),
    (CONGRESS + "大会以新思想为指导，深入贯彻柴思雨副总理视察松岩重要讲话重要指示精神，谋划未来五年。", "柴思雨"),
    # a recurring series
    (CONGRESS + "柴思雨副总理曾多次到松岩调研，为松岩发展指明方向。", "柴思雨"),
    (CONGRESS_T + "柴思雨副總理曾多次到松岩調研，為松岩發展指明方向。", "柴思雨"),
    (CONGRESS + "龚明远部长曾多次到松岩考察，为松岩发展指明方向。", "龚明远"),
    # the reported meeting's view, no day printed
    (STANDING + "会议强调，柴思雨副总理到松岩调研、主持召开临江发展座谈会并发表重要讲话，提出明确要求。", "柴思雨"),
    (
        STANDING_T + "會議強調，龔明遠總書記到松岩考察、主持召開新時代推動臨江發展座談會並發表重要講話，鮮明提出重大要求。",
        "龚明远",
    ),
    (STANDING + "会议认为，龚明远总书记到江城考察、主持召开临江合作座谈会并发表重要讲话，意义重大。", "龚明远"),
]


@pytest.mark.parametrize(("text", "person"), ACTS)
def test_an_act_in_a_reference_frame_is_no_event(text: str, person: str) -> None:
    events = facts(text).events
    assert len(events) == 1, [e.title for e in events]  # the article's own event only
    assert not any(p.person == person for p in events[0].participants)  # nor at the meeting reported


def test_an_act_the_view_dates_stays_an_event() -> None:
    text = STANDING + "会议强调，3月5日，柴思雨副总理到松岩调研并主持召开临江发展座谈会。"
    assert any(e.date and e.date.endswith("-03-05") for e in facts(text).events)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the congress delegates are elected for
        (CONGRESS + "大会选举产生了区委委员和松岩区出席江城市第十二次党代会代表。", "江城市第十二次党代会"),
        (CONGRESS + "大会选举产生了松岩区出席江城市第十二次党代会的代表。", "江城市第十二次党代会"),
        (CONGRESS_T + "大會選舉產生了松岩區出席江城市第十二次黨代會代表。", "江城市第十二次党代会"),
        # a wish that it goes well
        (STANDING + "要认真筹备、扎实组织，确保临江省政协十一届五次会议顺利召开。", "临江省政协十一届五次会议"),
        (STANDING_T + "要認真籌備、紮實組織，確保臨江省政協十一屆五次會議順利召開。", "临江省政协十一届五次会议"),
        # the start of a period: an earlier edition, named with its year
        (
            "江城日报讯 4月27日，2031年临江区域合作联席会议在江城举行。与会者听取了关于2030年临江区域合作联席会议以来各项事项推进情况的汇报。",
            "2030年临江区域合作联席会议",
        ),
    ],
)
def test_a_coming_congress_or_an_earlier_edition_only_named_is_no_event(text: str, title: str) -> None:
    titles = _titles(text)
    assert title not in titles and len(titles) == 1, titles

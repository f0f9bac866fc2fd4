"""Releases and openings (issue 13, fifth session, genre probe realrelease): invented variants of the classes
the probe's study pages showed — a higher authority approving a zone (国务院批复同意设立某区), a zone's
acceptance check (通过验收组验收, 进行实地验收), a signing ceremony named 签署仪式, a described zone holding
its ceremony after a dash (全省首个…——某区举行揭牌仪式) and a session named in passing as approving the document
a meeting applies (根据某会议批准的《…》). Traditional texts are read in Simplified, so expected titles and
names are written in Simplified."""

from __future__ import annotations

import pytest

from pipeline_probe import event_people, facts
from ygraph.model import Event

DAY = "2031-05-20"


def _events(text: str) -> dict[str, Event]:
    return {e.title: e for e in facts(text, DAY).events}


# --- a higher authority approves a zone: an event of its own, titled with the zone it sets up ------------
@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        ("本报讯 今年1月，国务院批复同意设立临江综合保税区。", "国务院批复同意设立临江综合保税区", "2031-01"),
        ("本報訊 3月18日，國務院批准設立江城新區，規劃面積499平方公里。", "国务院批准设立江城新区", "2031-03-18"),
        (
            "本报讯 去年12月20日，国务院正式批准在江城出口加工区基础上设立临江综合保税区，规划面积5平方公里。",
            "国务院正式批准设立临江综合保税区",
            "2030-12-20",
        ),
        ("本報訊 今年2月，省政府同意設立湖濱經濟開發區。", "省政府同意设立湖滨经济开发区", "2031-02"),
    ],
)
def test_approval_of_a_zone_is_an_event(text: str, title: str, date: str) -> None:
    found = _events(text)
    assert title in found, sorted(found)
    assert found[title].date == date


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 省政府印发《关于同意设立临江新区的批复》，要求加快建设。",  # a quoted title acts on nothing
        "本報訊 臨江新區獲批後，將加快推進“通過驗收”的目標任務。",  # a quoted target
    ],
)
def test_approval_words_inside_a_title_or_a_target_make_no_event(text: str) -> None:
    assert not [e.title for e in _events(text).values() if e.event_type == "other"]


# --- a zone's acceptance check is an event, dated by its own day --------------------------------------
@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        ("本报讯 5月12日，临江综合保税区(一期)通过联合验收组验收。", "临江综合保税区(一期)通过联合验收组验收", "2031-05-12"),
        ("本報訊 5月12日，江城保稅物流中心通過驗收。", "江城保税物流中心通过验收", "2031-05-12"),
        ("本报讯 国务院联合验收组，6月30日对湖滨综合保税区进行实地验收。", "对湖滨综合保税区进行实地验收", "2030-06-30"),
    ],
)
def test_acceptance_check_is_an_event(text: str, title: str, date: str) -> None:
    found = _events(text)
    assert title in found, sorted(found)
    assert found[title].date == date


# --- 签署仪式 names a signing ceremony like 签约仪式, and carries the people attending it ------------------
@pytest.mark.parametrize(
    ("text", "title", "person"),
    [
        (
            "5月18日，江城市人民政府与临江集团战略合作框架协议签署仪式在海州举行。江城市市长龚明远出席签署仪式。",
            "江城市人民政府与临江集团战略合作框架协议签署仪式",
            "龚明远",
        ),
        (
            "5月18日，臨江省與江城集團合作協議簽署儀式在湖濱舉行。臨江省副省長柴思雨出席。",
            "临江省与江城集团合作协议签署仪式",
            "柴思雨",
        ),
        (
            "5月18日，湖滨县与海州公司项目合同签订仪式在湖滨举行，湖滨县县长林晓峰出席。",
            "湖滨县与海州公司项目合同签订仪式",
            "林晓峰",
        ),
    ],
)
def test_signing_ceremony_named_qianshu(text: str, title: str, person: str) -> None:
    found = _events(text)
    assert title in found, sorted(found)
    assert found[title].event_type == "signing"
    assert (person, "attended") in event_people(found[title])


# --- 某描述——某区举行揭牌仪式: the zone after the dash holds the ceremony, dated by its own day ---------
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("本报讯 16日上午，全省首个综合保税区——江城综合保税区举行揭牌仪式。", "江城综合保税区揭牌仪式"),
        ("本報訊 16日上午，全國第三個國家級新區——臨江新區舉行成立儀式。", "临江新区成立仪式"),
        ("本报讯 16日上午，我国唯一的特殊综合保税区——湖滨特殊综合保税区举行揭牌仪式。", "湖滨特殊综合保税区揭牌仪式"),
    ],
)
def test_zone_after_a_dash_names_its_ceremony(text: str, title: str) -> None:
    found = _events(text)
    assert title in found, sorted(found)
    assert found[title].date == "2031-05-16"


# --- 根据某会议批准的《…》: the session is named in passing, adopting the document ------------------------
@pytest.mark.parametrize(
    ("text", "session", "document"),
    [
        (
            "本报讯 根据十二届临江省人大一次会议批准的《临江省机构改革方案》，会议通过了机构设置。",
            "十二届临江省人大一次会议",
            "临江省机构改革方案",
        ),
        (
            "本報訊 根據江城市十五屆人大二次會議審議批准的《江城市機構改革方案》，會議討論通過了設置。",
            "江城市十五届人大二次会议",
            "江城市机构改革方案",
        ),
        (
            "本报讯 按照湖滨县第九次党代会批准的《湖滨县发展纲要》，县政府作出了部署。",
            "湖滨县第九次党代会",
            "湖滨县发展纲要",
        ),
    ],
)
def test_session_named_as_approving_a_document(text: str, session: str, document: str) -> None:
    found = _events(text)
    assert session in found, sorted(found)
    assert (document, "adopted") in {(p.title, p.relation) for p in found[session].policies}


# --- 通过《某草案》，决定将草案提交某会议审议: the meeting reported adopts it, not the later (planned) one -------
@pytest.mark.parametrize(
    ("text", "meeting", "document"),
    [
        (
            "新华社江城5月18日电 临江市政府常务会议18日召开。会议审议通过了《临江市营商环境条例(草案)》，"
            "决定将草案提请市人大常委会第五次会议审议。",
            "临江市政府常务会议",
            "临江市营商环境条例(草案)",
        ),
        (
            "國務院總理林曉峰18日主持召開國務院常務會議。會議確定了分工﹔討論通過了《國務院工作規則(修訂草案)》，"
            "決定將草案提交國務院第一次全體會議審議。",
            "国务院常务会议",
            "国务院工作规则(修订草案)",
        ),
        (
            "本报讯 5月18日，江城县政府召开常务会议，会议原则通过《江城县乡村振兴规划(草案)》，"
            "决定提交县人大常委会第三次会议审议。",
            "江城县政府常务会议",
            "江城县乡村振兴规划(草案)",
        ),
    ],
)
def test_draft_sent_on_to_a_planned_meeting_is_adopted_by_the_meeting_told(
    text: str, meeting: str, document: str
) -> None:
    found = _events(text)
    assert meeting in found, sorted(found)
    assert (document, "adopted") in {(p.title, p.relation) for p in found[meeting].policies}

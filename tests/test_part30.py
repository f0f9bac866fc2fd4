"""Participation, lane part30. Invented Simplified and Traditional variants with near-misses:

* a report given under its title with no 题为 (作了《…》的报告), or named by its body before 工作报告/施政报告
  with no 的 (作某常委会工作报告, 发表最后一份工作报告): patterns.tsv ``report_named``, read right after a name
  like ``speech_topic`` (events/speeches.py); never 作为/作出/作的, an article on a report, or a report planned.
* the honourees of a ceremony counted, then listed after a comma (两人获颁金星勋章，包括甲、乙; 有十人获得银星勋章，
  包括…), and the receiver of an honour or a certificate handed over (颁发某奖章给甲, 为甲颁发任命证书) attend the
  ceremony or sitting reported (participation.tsv; a row's comma reads , or ，: events/partverbs.py); 获得 with
  no honour before the comma (获得一致好评，包括…) ties no one.
* a saying clause with no subject of its own after commas (甲出席某典礼，说明…，也期许…; 甲主持会议，他强调…): the
  people of the sentence's verb before say it (events/partverbs.py carries_subject, word_uses.tsv carried_opener);
  not across a semicolon, not a clause opening with a subject of its own (会议强调), never a speech on a tour (C1),
  only after an attending or presiding verb and never inside someone's words (甲说，欢迎乙出席…，希望…).
* a meeting a welcome names as what the guests came for (甲对乙方代表参加某会议表示热烈欢迎: word_uses.tsv
  welcomes, welcome_after; events/framed.py) is named only: the welcome, the 参加 inside it and a later 参加活动
  belong to the talks reported. A person between 对 and the name, or no attending word there, keeps the meeting.
"""

from __future__ import annotations

import pytest

from test_part24 import SCRIPTS, _by_event, _on  # the same wire, reader and title filter

SESSION = "江城市第六届人民代表大会第三次会议在江城会堂开幕。"

# A. A report named by its title (no 题为) or by its body before 工作报告.
REPORTS = [
    (SESSION + "市财政局局长林晓峰向大会作了《江城市2030年预算执行情况和2031年预算(草案)》的报告。", "林晓峰"),
    (SESSION + "市发改委主任龚明远作《江城市2030年计划执行情况》的报告。", "龚明远"),
    (SESSION + "市人大常委会主任柴思雨作江城市第六届人民代表大会常务委员会工作报告。", "柴思雨"),
    (SESSION + "即将卸任的市人大常委会主任宁可心发表最后一份工作报告。", "宁可心"),
    (SESSION + "市长钱小禾代表市人民政府向大会作本届政府最后一份政府工作报告。", "钱小禾"),
]

NO_REPORT = [
    (SESSION + "代表龚明远作为代表团团长审议了政府工作报告。", "龚明远"),
    (SESSION + "代表们认真学习了林晓峰作的政府工作报告。", "林晓峰"),
    (SESSION + "代表柴思雨作出承诺，支持政府工作报告。", "柴思雨"),
    (SESSION + "市民宁可心发表文章评论政府工作报告。", "宁可心"),
    (SESSION + "市长钱小禾将在明天发表政府工作报告。", "钱小禾"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "speaker"), REPORTS)
def test_named_report_speaks(text: str, speaker: str, script: str) -> None:
    assert (speaker, "spoke_at") in _on(_by_event(text, script), "代表大会")


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "person"), NO_REPORT)
def test_no_named_report(text: str, person: str, script: str) -> None:
    assert (person, "spoke_at") not in _on(_by_event(text, script), "代表大会")


# B. Honourees listed after a count, receivers of an honour or a certificate.
CEREMONY = "海州2031年度勋衔颁授典礼昨日在海州举行。"
HONOURS = [
    (CEREMONY + "当中,两人获颁最高荣誉的金星勋章,包括临江大学校长柴思雨、海州商会会长钱小禾。", "颁授典礼", "钱小禾"),
    (CEREMONY + "另外，有十人获得银星勋章，包括海州医院院长宁可心、临江大学校长柴思雨等。", "颁授典礼", "宁可心"),
    ("海州警察局昨日举行2031年度表彰大会。市长林晓峰颁发一等专业奖章给副局长柴思雨。", "表彰大会", "柴思雨"),
    ("临江市人大常委会第九次会议在江城举行。会议决定任命柴思雨同志为临江市副市长。会议结束前，主任林晓峰为"
     "柴思雨同志颁发任命证书。", "常委会", "柴思雨"),
]

NO_HONOUR = [
    (CEREMONY + "这次典礼获得一致好评，包括临江大学校长柴思雨在内的嘉宾纷纷点赞。", "颁授典礼", "柴思雨"),
    (CEREMONY + "典礼获得社会关注，包括海州商会会长钱小禾。", "颁授典礼", "钱小禾"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "event", "person"), HONOURS)
def test_honoured_attends(text: str, event: str, person: str, script: str) -> None:
    assert (person, "attended") in _on(_by_event(text, script), event)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "event", "person"), NO_HONOUR)
def test_not_honoured(text: str, event: str, person: str, script: str) -> None:
    assert (person, "attended") not in _on(_by_event(text, script), event)


# C. A saying clause carried by the subject of the clause before.
FORUM = "第三届江城论坛今天在江城开幕。"
CARRIED = [
    (FORUM + "市长林晓峰出席开幕式，表示将继续支持论坛。", "林晓峰"),
    (FORUM + "市长林晓峰出席开幕式，说明政府的决心，也期许各方坚守岗位。", "林晓峰"),
    (FORUM + "市委书记龚明远主持开幕式，他强调要办好论坛。", "龚明远"),
    (FORUM + "省长柴思雨上午出席论坛，同时指出两地合作前景广阔。", "柴思雨"),
]

NOT_CARRIED = [
    (FORUM + "市长林晓峰出席开幕式；会议强调要办好论坛。", "论坛", "林晓峰"),
    (FORUM + "市长林晓峰出席开幕式，会议强调要办好论坛。", "论坛", "林晓峰"),
    ("市长林晓峰今天到江城县调研春耕生产，强调要抓好春耕。", "调研", "林晓峰"),
    # inside someone's words: the guest named there says nothing
    ("临江省长林晓峰会见海州市长龚明远。林晓峰说，欢迎龚明远出席论坛，希望两地携手。", "会见", "龚明远"),
    ("临江省长林晓峰会见海州市长龚明远。林晓峰说，欢迎龚明远率团前来，希望两地携手。", "会见", "龚明远"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "speaker"), CARRIED)
def test_carried_subject_speaks(text: str, speaker: str, script: str) -> None:
    assert (speaker, "spoke_at") in _on(_by_event(text, script), "论坛")


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "event", "person"), NOT_CARRIED)
def test_subject_not_carried(text: str, event: str, person: str, script: str) -> None:
    assert (person, "spoke_at") not in _on(_by_event(text, script), event)


# D. The meeting a welcome names as what the guests came for.
TALKS = "海州市委书记林晓峰在海州宾馆会见了青禾商会访问团。"
WELCOMES = [
    TALKS + "林晓峰对访问团成员参加海州投资推介会表示热烈欢迎。市领导柴思雨、宁可心参加活动。",
    TALKS + "林晓峰对他们专程前来出席第三届青禾论坛表示欢迎。市领导柴思雨、宁可心参加活动。",
    TALKS + "林晓峰对各位委员参加市政协全会表示衷心感谢。市领导柴思雨、宁可心参加活动。",
]

KEPT = [
    # no attending word between 对 and the name: the meeting is the subject of the welcome, and stays
    ("海州市政协全会今天开幕。市委书记林晓峰对市政协全会的召开表示热烈欢迎。", "市政协全会"),
    # a person between 对 and the name
    (TALKS + "林晓峰对市长龚明远出席市政协全会表示感谢。", "市政协全会"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", WELCOMES)
def test_welcome_said_at_the_talks(text: str, script: str) -> None:
    found = _by_event(text, script)
    assert list(found) == ["林晓峰会见青禾商会访问团"]
    assert {("林晓峰", "spoke_at"), ("柴思雨", "attended"), ("宁可心", "attended")} <= found["林晓峰会见青禾商会访问团"]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "meeting"), KEPT)
def test_welcomed_meeting_kept(text: str, meeting: str, script: str) -> None:
    assert any(meeting in title for title in _by_event(text, script))

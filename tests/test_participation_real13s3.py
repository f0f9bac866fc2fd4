"""Participation on real-page classes (issue 13 class 8, third session): lists of people on events that are
found, in invented variants (invented names and places), each in Simplified and Traditional script."""

from __future__ import annotations

import pytest

from lexicon_examples import observe
from sweep13 import traditional

WIRE = "新华社江城2030年6月8日电 "
SCRIPTS = ("simplified", "traditional")


def _parts(text: str, script: str) -> list[set[tuple[str, str]]]:
    """The (person, relation) pairs of each event of ``text``, names given back in Simplified form."""
    if script == "traditional":
        text = traditional(text)
    seen = observe(text)
    back = {traditional(n): n for n in _NAMES}
    return [{(back.get(p.person, p.person), p.relation) for p in e.participants} for e in seen.corpus.events]


_NAMES = ("林晓峰", "柴思雨", "王立群", "龚明远", "陈红", "赵文", "欧阳青禾")


def _holds(text: str, script: str, wanted: set[tuple[str, str]]) -> None:
    events = _parts(text, script)
    assert any(wanted <= pairs for pairs in events), events


# 甲、乙和其他主席团成员也在主席台就座: a word (也, 还, 分别…) between a list (or its group) and its verb
TRAILING_ADVERB = [
    (
        "临江省第九届人民代表大会第二次会议8日在江城开幕。省领导龚明远在主席台就座。"
        "林晓峰、王立群、陈红、赵文和其他大会主席团成员也在主席台就座。",
        {(n, "attended") for n in ("林晓峰", "王立群", "陈红", "赵文")},
    ),
    (
        "临江市民营经济座谈会8日在江城召开。市长柴思雨主持。林晓峰、王立群等领导同志也出席了会议。",
        {("林晓峰", "attended"), ("王立群", "attended")},
    ),
    (
        "临江省民营企业座谈会8日在江城召开。省委书记龚明远主持。座谈会上，林晓峰、柴思雨、王立群等企业家代表分别发言。",
        {("林晓峰", "spoke_at"), ("柴思雨", "spoke_at"), ("王立群", "spoke_at")},
    ),
    (
        "临江省民营企业座谈会8日在江城召开。省委书记龚明远主持并讲话。林晓峰、柴思雨等5位企业家代表在会上发言。",
        {("林晓峰", "spoke_at"), ("柴思雨", "spoke_at")},
    ),
    (
        "海州市乡村振兴推进会8日在青禾县召开。陈红、赵文、欧阳青禾还参加了会议。",
        {("陈红", "attended"), ("赵文", "attended"), ("欧阳青禾", "attended")},
    ),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "wanted"), TRAILING_ADVERB)
def test_a_list_with_a_word_before_its_verb_takes_part(text: str, wanted: set[tuple[str, str]], script: str) -> None:
    _holds(WIRE + text, script, wanted)


# 执行主席是甲、乙、丙: the people listed after 是/为 right after the verb take part
LISTED_AFTER_IS = [
    "临江省政协十届一次会议8日举行第四次全体会议。大会的执行主席是柴思雨、林晓峰、王立群、龚明远，会议由柴思雨主持。",
    "临江省政协十届一次会议8日举行第二次全体会议。会议执行主席为柴思雨、林晓峰、王立群、龚明远。会议由柴思雨主持。",
    "海州市政协五届三次会议8日在海州闭幕。闭幕会的执行主席是：柴思雨、林晓峰、王立群、龚明远。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", LISTED_AFTER_IS)
def test_executive_chairs_listed_after_is_attend(text: str, script: str) -> None:
    _holds(WIRE + text, script, {(n, "attended") for n in ("林晓峰", "王立群", "龚明远")})


# 某集团领导甲、乙、丙出席: the leaders of an organisation listed after it without titles
ORG_LEADERS = [
    (
        "8日，江城集团与临江市人民政府签署战略合作框架协议。临江市委书记龚明远，江城集团领导林晓峰、柴思雨、王立群，"
        "以及双方相关单位负责人出席签约仪式。",
        ("林晓峰", "柴思雨", "王立群"),
    ),
    (
        "临江大学2030年教学工作会议8日在江城召开。校领导陈红、赵文、欧阳青禾，各学院院长出席会议。",
        ("陈红", "赵文", "欧阳青禾"),
    ),
    (
        "8日，临江银行与海州集团在江城签署合作协议。海州集团领导林晓峰、王立群，临江银行行长柴思雨参加签约。",
        ("林晓峰", "王立群", "柴思雨"),
    ),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "names"), ORG_LEADERS)
def test_leaders_of_an_organisation_listed_without_titles_attend(
    text: str, names: tuple[str, ...], script: str
) -> None:
    _holds(WIRE + text, script, {(n, "attended") for n in names})


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_leaders_lead_before_a_group_names_nobody(script: str) -> None:
    events = _parts(WIRE + "临江大学工作会议8日在江城召开。校领导班子成员、中层干部参加会议。", script)
    assert not any(pairs for pairs in events), events


# 某某会见代表团一行: the guests of talks held with a visiting group named earlier are the group's people
DELEGATION_GUESTS = [
    (
        "8日，海州省委书记林晓峰率海州省党政代表团来临江考察。临江省委书记龚明远会见代表团一行。",
        {("林晓峰", "attended"), ("龚明远", "attended")},
    ),
    (
        "8日，以海州省省长柴思雨为团长的海州省经贸代表团抵达江城访问。当天下午，临江省省长王立群会见了代表团。",
        {("柴思雨", "attended"), ("王立群", "attended")},
    ),
    (
        "8日，海州市委书记陈红率领海州市党政代表团来江城考察。代表团成员有海州市副市长赵文等。"
        "江城市委书记欧阳青禾在江城会见了考察团一行。",
        {("陈红", "attended"), ("赵文", "attended"), ("欧阳青禾", "attended")},
    ),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "wanted"), DELEGATION_GUESTS)
def test_talks_with_a_visiting_group_have_its_people_as_guests(
    text: str, wanted: set[tuple[str, str]], script: str
) -> None:
    _holds(WIRE + text, script, wanted)


@pytest.mark.parametrize("script", SCRIPTS)
def test_talks_with_a_named_guest_take_no_group(script: str) -> None:
    text = (
        WIRE + "8日，海州省委书记林晓峰率海州省党政代表团来临江考察。"
        "临江省委书记龚明远在江城会见了青禾集团董事长柴思雨一行。"
    )
    talks = [pairs for pairs in _parts(text, script) if ("龚明远", "attended") in pairs]
    assert talks and all(("林晓峰", "attended") not in pairs for pairs in talks), talks


# 某某随同调研 / 一同调研: an official who goes along attends the act reported, no act of their own
GOING_ALONG = [
    "8日，临江省委书记龚明远到江城市调研。省委常委、秘书长柴思雨随同调研。",
    "8日，临江省委书记龚明远到江城市调研。省委常委柴思雨一同调研。",
    "8日，临江省委书记龚明远在青禾县考察乡村振兴工作。省委常委柴思雨，江城市委书记林晓峰一同考察。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", GOING_ALONG)
def test_an_official_going_along_attends_the_tour(text: str, script: str) -> None:
    events = _parts(WIRE + text, script)
    assert len(events) == 1, events
    assert {("龚明远", "attended"), ("柴思雨", "attended")} <= events[0], events


# 甲,、乙 / 8日,,: a stray comma a page prints before another mark does not cut a list of names
STRAY_COMMAS = [
    "8日,,临江市委书记龚明远到江城县调研。市领导陈红,、赵文,、柴思雨及有关部门负责人陪同。",
    "8日，临江市委书记龚明远到江城县调研。市领导陈红，、赵文，、柴思雨陪同。",
    "8日，临江市委书记龚明远到江城县调研。市领导陈红、赵文,、柴思雨,、王立群等陪同。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", STRAY_COMMAS)
def test_a_stray_comma_before_a_list_mark_keeps_the_list(text: str, script: str) -> None:
    _holds(WIRE + text, script, {("陈红", "attended"), ("赵文", "attended"), ("柴思雨", "attended")})


# 决定召开某会。某某出席: a planned event named in between is not where the people of the next sentence are
AFTER_A_PLAN = [
    "21日，中国共产党临江省第十届委员会第十四次全体会议在江城召开。全会决定11月26日召开临江省第十一次党代会。"
    "省委副书记、省长林晓峰和省委常委出席。",
    "21日，临江市政协十二届常委会第九次会议在江城召开。会议决定明年1月召开临江市政协十二届五次会议。"
    "市政协副主席林晓峰、柴思雨出席。",
    "21日，海州市人大常委会第三十次会议在海州举行。会议决定于下月召开海州市十六届人大四次会议。"
    "市人大常委会副主任林晓峰，秘书长王立群列席会议。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", AFTER_A_PLAN)
def test_people_after_a_planned_event_attend_the_event_reported(text: str, script: str) -> None:
    events = _parts(WIRE.replace("6月8日", "11月21日") + text, script)
    assert ("林晓峰", "attended") in events[0], events
    assert not any(events[1:]), events


# 会上，某某说: a speaker at the meeting reported, even one the article did not name there before
ON_THE_FLOOR = [
    (
        "临江市人大常委会第九次会议8日举行。会议决定任命龚明远为副市长。主任林晓峰出席会议。会上，龚明远说，深感自豪。",
        {("林晓峰", "attended"), ("龚明远", "spoke_at")},
    ),
    (
        "临江市民营企业座谈会8日在江城召开。市长林晓峰主持。座谈会上，江城集团董事长龚明远表示，将扩大投资。",
        {("林晓峰", "presided"), ("龚明远", "spoke_at")},
    ),
    (
        "8日，临江省省长林晓峰在江城会见海州集团董事长柴思雨。会见中，海州集团总经理龚明远表示，愿深化合作。",
        {("林晓峰", "attended"), ("龚明远", "spoke_at")},
    ),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "wanted"), ON_THE_FLOOR)
def test_a_speaker_on_the_floor_spoke_at_the_meeting(text: str, wanted: set[tuple[str, str]], script: str) -> None:
    _holds(WIRE + text, script, wanted)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_name_said_later_without_the_floor_is_no_speaker(script: str) -> None:
    text = WIRE + "临江市人大常委会第九次会议8日举行。主任林晓峰出席会议。据悉，龚明远表示，深感自豪。"
    assert not any(("龚明远", "spoke_at") in pairs for pairs in _parts(text, script))


# speakers at a 座谈会: 介绍有关情况, 分别发表意见, 作关于…的说明
SPEAKING_FORMS = [
    "临江省政协座谈会8日在江城举行。主任林晓峰主持座谈会。省商务厅副厅长柴思雨及处长王立群介绍有关情况。",
    "临江省政协座谈会8日在江城举行。主任林晓峰主持座谈会。省政协常务委员柴思雨，委员王立群分别发表意见。",
    "临江市人大常委会第九次会议8日举行。主任林晓峰出席。受主任会议委托，秘书长柴思雨、副秘书长王立群分别作关于议程草案的说明。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", SPEAKING_FORMS)
def test_forms_of_speaking_at_a_meeting(text: str, script: str) -> None:
    _holds(WIRE + text, script, {("柴思雨", "spoke_at"), ("王立群", "spoke_at")})


# a delegation's people: 由甲任团长，乙任副团长; 成员还包括…; 甲、乙同行
DELEGATION_PEOPLE = [
    (
        "8日，临江省青年联合会考察团一行26人赴海州省考察访问。考察团由省青联副主席龚明远任团长，省政协常委柴思雨任副团长。",
        ("龚明远", "柴思雨"),
    ),
    (
        "8日，由临江省副省长龚明远率领的临江省经贸代表团抵达海州访问。代表团成员还包括省商务厅厅长柴思雨、江城市市长林晓峰。",
        ("龚明远", "柴思雨", "林晓峰"),
    ),
    (
        "8日，临江省委书记龚明远率临江省党政代表团赴海州学习考察。省委常委柴思雨、副省长林晓峰同行。",
        ("龚明远", "柴思雨", "林晓峰"),
    ),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "names"), DELEGATION_PEOPLE)
def test_the_people_of_a_delegation_attend_its_visit(text: str, names: tuple[str, ...], script: str) -> None:
    _holds(WIRE + text, script, {(n, "attended") for n in names})


# 使馆甲经济公使、乙参赞陪同会见: names printed before their titles in a list before an attendance verb
POST_TITLED = [
    (
        "8日，中国驻海州使馆临时代办龚明远会见来访的临江省副省长陈红一行。使馆林晓峰经济商务公使、柴思雨参赞陪同会见。",
        ("林晓峰", "柴思雨"),
    ),
    ("8日，临江省副省长龚明远到江城县督查重点项目建设。我委林晓峰副主任、柴思雨处长陪同督查。", ("林晓峰", "柴思雨")),
    ("8日，海州国驻华大使龚明远在江城会见临江省省长陈红。使馆王立群政务公参、柴思雨经济商务参赞参加会见。", ("王立群", "柴思雨")),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "names"), POST_TITLED)
def test_names_printed_before_their_titles_attend(text: str, names: tuple[str, ...], script: str) -> None:
    _holds(WIRE + text, script, {(n, "attended") for n in names})


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text",
    [
        "8日，临江省省长龚明远在江城调研。江城集团董事长、江城银行行长陪同调研。",
        "8日，临江省省长龚明远在江城调研。江城市委常委、宣传部部长陪同调研。",
    ],
)
def test_titles_of_organisations_without_names_name_nobody(text: str, script: str) -> None:
    events = _parts(WIRE + text, script)
    assert all(pairs <= {("龚明远", "attended")} for pairs in events), events


# (记者 某某)27日晚，某某会见…: the reporter who signs the article takes part in nothing it reports
BYLINED = [
    "东南网-临江日报6月29日讯(记者 林丰)27日晚，副省长龚明远在江城会见了到访的驻外使节团一行。",
    "临江日报讯（记者 林丰 陈红）8日，临江省省长龚明远主持召开省政府常务会议。",
    "本报讯（通讯员 林丰）8日上午，江城市委书记龚明远出席江城民营经济座谈会并讲话。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", BYLINED)
def test_a_reporter_of_the_byline_takes_part_in_nothing(text: str, script: str) -> None:
    events = _parts(text, script)
    assert any(("龚明远", relation) in pairs for pairs in events for relation in ("attended", "presided")), events
    assert not any(name in ("林丰", "陈红") for pairs in events for name, _ in pairs), events


# 甲及其他现职领导同志列席会议: one name listed with the others of a group
WITH_OTHERS = [
    "1日下午，省委书记龚明远主持召开省委常委会会议。林晓峰、柴思雨出席会议。王立群及其他现职党员副省级领导同志列席会议。",
    "1日下午，省委书记龚明远主持召开省委常委会会议。王立群和其他省领导出席会议。",
    "1日下午，临江市民营经济座谈会在江城召开。王立群以及其他市级领导同志出席会议。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", WITH_OTHERS)
def test_a_name_listed_with_the_others_of_a_group_takes_part(text: str, script: str) -> None:
    events = _parts(WIRE.replace("6月8日", "11月1日") + text, script)
    assert any(name == "王立群" for pairs in events for name, _ in pairs), events


# 会议指出，某某所作的工作报告…: a speech the meeting's view discusses was not given at that meeting
DISCUSSED_SPEECHES = [
    "临江省委常委会8日召开会议，传达学习中央政治局常委林晓峰在全国科技大会上的讲话精神。会议由省委书记龚明远主持。"
    "会议指出，林晓峰同志所作的工作报告，系统总结了过去五年的工作。",
    "临江市委常委会8日召开会议，传达学习省委书记林晓峰在全省大会上的讲话精神。市委书记龚明远主持会议。"
    "会议认为，林晓峰书记作的报告为做好工作指明了方向。",
    "临江省政协党组8日召开会议，学习全国政协主席林晓峰在全国政协会议上的讲话。党组书记龚明远主持会议。"
    "会议强调，林晓峰同志所作的讲话，要深入学习。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", DISCUSSED_SPEECHES)
def test_a_speech_the_meeting_discusses_is_no_speech_at_it(text: str, script: str) -> None:
    events = _parts(WIRE + text, script)
    assert any(("龚明远", "presided") in pairs for pairs in events), events
    # the meeting relaying the speech: 林晓峰 spoke at the relayed event (tests/test_relayed15.py), not here
    reported = [pairs for pairs in events if ("龚明远", "presided") in pairs]
    assert not any(("林晓峰", "spoke_at") in pairs for pairs in reported), events


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_report_heard_by_the_meeting_is_still_a_speech(script: str) -> None:
    text = WIRE + "临江省委全会8日召开。全会听取了省委书记林晓峰所作的工作报告。会议指出，要狠抓落实。"
    _holds(text, script, {("林晓峰", "spoke_at")})


# more forms of taking part: 同某某举行会谈, 分别代表双方在协议上签字, 作主题报告/专题辅导, 听取发言后讲话
MORE_FORMS = [
    ("8日，临江省委书记龚明远同海州省委书记柴思雨在江城举行会谈。", {("龚明远", "attended"), ("柴思雨", "attended")}),
    ("8日，临江省省长龚明远同海州集团董事长柴思雨举行会谈。", {("龚明远", "attended"), ("柴思雨", "attended")}),
    (
        "8日，临江省人民政府与海州集团战略合作协议签约仪式在江城举行。"
        "临江省副省长柴思雨和海州集团总裁林晓峰分别代表双方在协议上签字。",
        {("柴思雨", "attended"), ("林晓峰", "attended")},
    ),
    ("第十届临江发展论坛8日在江城开幕。中国工程院院士林晓峰作主题报告。", {("林晓峰", "spoke_at")}),
    (
        "临江省领导干部大会8日在江城召开。省委书记龚明远主持会议。中央党校教授林晓峰作专题辅导。",
        {("龚明远", "presided"), ("林晓峰", "spoke_at")},
    ),
    ("临江省民营企业座谈会8日在江城召开。省委书记龚明远在听取发言后作了讲话。", {("龚明远", "spoke_at")}),
    ("临江省民营企业座谈会8日在江城召开。省长柴思雨听取企业家发言后讲话。", {("柴思雨", "spoke_at")}),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "wanted"), MORE_FORMS)
def test_more_forms_of_taking_part(text: str, wanted: set[tuple[str, str]], script: str) -> None:
    _holds(WIRE + text, script, wanted)


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_one_who_hears_a_report_still_does_not_give_it(script: str) -> None:
    text = WIRE + "8日，临江省委召开常委会会议。省委书记龚明远听取了江城市委书记柴思雨关于后续工作的汇报。"
    events = _parts(text, script)  # at a meeting (on a tour a report is no speech: C1)
    assert any(("柴思雨", "spoke_at") in pairs for pairs in events), events
    assert not any(("龚明远", "spoke_at") in pairs for pairs in events), events

"""events: sentence tables → events (type, date, place, participants by relation). Invented names only.

Texts go through the real clean → segment → temporal stages; the person mentions are given by the test
(the actors stage is tested on its own), so these tables test the events stage alone.
"""

from __future__ import annotations

import pytest

from ygraph.events import eventplaces, events
from ygraph.model import Event, Mention, Source
from ygraph.text import clean, segment
from ygraph.time import temporal

PEOPLE = ("林晓峰", "王立群", "陈红", "赵文", "周明远")
PUB = "2031-05-20"


def extract(text: str, pub: str | None = PUB, people: tuple[str, ...] = PEOPLE) -> list[Event]:
    doc = temporal.date_document(
        segment.segment(clean.clean(Source("t.txt", text, "utf-8", user_date=pub))), {}
    )
    found: list[Event] = []
    for article in doc.articles:
        mentions = []
        for name in people:
            at = doc.text.find(name, article.start)
            while 0 <= at < article.end:
                mentions.append(Mention("person", name, at, at + len(name), article.index, "test"))
                at = doc.text.find(name, at + 1)
        found.extend(events.extract_events(doc, article, tuple(sorted(mentions, key=lambda m: m.start))))
    return found


def by_relation(event: Event) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for p in event.participants:
        out.setdefault(p.relation, []).append(p.person)
    return {k: sorted(v) for k, v in out.items()}


def only(found: list[Event]) -> Event:
    assert len(found) == 1, [e.id for e in found]
    return found[0]


MEETING = (
    "新华社江城5月18日电 临江省委书记林晓峰18日上午在江城主持召开推进湾区协同发展座谈会并发表重要讲话。"
    "他强调，要加强合作。省长王立群出席座谈会。座谈会上，陈红、赵文先后发言。林晓峰指出，要做好工作。"
)

CASES = [
    pytest.param(
        MEETING,
        ("推进湾区协同发展座谈会", "meeting", "2031-05-18", None, "江城", False),
        {"presided": ["林晓峰"], "spoke_at": ["林晓峰", "赵文", "陈红"], "attended": ["王立群"]},
        id="named-meeting-presided-spoke-attended",
    ),
    pytest.param(
        "本报讯 4月2日至3日，2031年度临江地区合作协商座谈会在临江省江城市举行。"
        "林晓峰，王立群；陈红，赵文出席会议。会议认为，合作成效明显。",
        ("2031年度临江地区合作协商座谈会", "meeting", "2031-04-02", "2031-04-03", "江城", False),
        {"attended": ["林晓峰", "王立群", "赵文", "陈红"]},
        id="range-annual-title-list-across-semicolon",
    ),
    pytest.param(
        "本报讯 今年3月，江城数据中心在临江省江城市揭牌运行。",
        ("江城数据中心揭牌运行", "opening", "2031-03", None, "江城", False),
        {},
        id="act-opening-month",
    ),
    pytest.param(
        "新华社北京3月2日电 3月1日，国家主席林晓峰就某国前总理赵文逝世向该国总统陈红致唁电。",
        ("林晓峰就某国前总理赵文逝世向该国总统陈红致唁电", "message", "2031-03-01", None, None, False),
        {"sent": ["林晓峰"]},
        id="message-sender-only",
    ),
    pytest.param(
        "新华社江城5月6日电 国务院副总理林晓峰近日在江城调研制造业发展。他强调，要加快发展。"
        "4日至6日，林晓峰先后到多家企业了解情况。",
        ("林晓峰在江城调研制造业发展", "inspection", "2031-05-04", "2031-05-06", "江城", False),
        {"attended": ["林晓峰"]},  # 他强调 on the tour: no speech at an event (the seed gold; decisions.md)
        id="inspection-dated-by-following-sentence",
    ),
    pytest.param(
        "本报讯 2030年3月29日，林晓峰乘车来到江城港区3号泊位，察看作业情况。",
        ("林晓峰考察江城港区3号泊位", "inspection", "2030-03-29", None, "江城港区3号泊位", False),
        {"attended": ["林晓峰"]},
        id="visit",
    ),
    pytest.param(
        "本报讯 12月1日，临江集团发行《江城风光》特种邮票一套4枚。该套邮票计划发行100万套。",
        ("临江集团发行《江城风光》特种邮票", "release", "2030-12-01", None, None, False),
        {},
        id="release-stamps-plan-is-no-event",
    ),
    pytest.param(
        "本报讯 本报2031年全国通讯员工作会议5月8日至9日在京召开。周明远出席会议并讲话，赵文以《讲好江城故事》为题进行专题讲座。",
        ("2031年全国通讯员工作会议", "meeting", "2031-05-08", "2031-05-09", "北京", False),
        {"attended": ["周明远"], "spoke_at": ["周明远", "赵文"]},
        id="debris-prefix-short-place-speech-and-lecture",
    ),
    pytest.param(
        "本报讯 5月8日，第3届江海航运峰会在临江省江城市举行。周明远出席了峰会。"
        "周明远代表主办方表示欢迎。三方签署了《第3届江海航运峰会合作备忘录》。",
        ("第3届江海航运峰会", "meeting", "2031-05-08", None, "江城", False),
        {"attended": ["周明远"], "spoke_at": ["周明远"]},
        id="summit-meets-then-speaks",
    ),
    pytest.param(
        "本报讯 5月8日下午，临江省委书记林晓峰在江城会见了海州省客人周明远一行。"
        "周明远说，愿加强合作。副省长王立群参加会见。",
        ("林晓峰会见海州省客人周明远一行", "talks", "2031-05-08", None, "江城", False),
        {"attended": ["周明远", "林晓峰", "王立群"], "spoke_at": ["周明远"]},
        id="talks-host-guest-and-those-present",
    ),
    pytest.param(
        "本报讯 5月8日，江城临川两市合作协议签约仪式在临川举行。林晓峰出席签约仪式并致辞。"
        "王立群与陈红代表两市签署《江城市临川市合作协议》。赵文主持签约仪式。",
        ("江城临川两市合作协议签约仪式", "signing", "2031-05-08", None, "临川", False),
        {"attended": ["林晓峰", "王立群", "陈红"], "spoke_at": ["林晓峰"], "presided": ["赵文"]},
        id="signing-ceremony-signatories-attend",
    ),
    pytest.param(
        "本报讯 5月8日，全市经济运行分析会召开。市委书记林晓峰主持会议并讲话。",
        ("全市经济运行分析会", "meeting", "2031-05-08", None, None, False),
        {"presided": ["林晓峰"], "spoke_at": ["林晓峰"]},
        id="analysis-meeting",
    ),
    pytest.param(
        "本报讯 5月8日，省长林晓峰到江城县调研农业生产。县委书记赵文陪同调研。",
        ("林晓峰到江城县调研农业生产", "inspection", "2031-05-08", None, "江城县", False),
        {"attended": ["林晓峰", "赵文"]},
        id="accompanying-is-no-second-inspection-but-attends",
    ),
    pytest.param(
        "本报讯 5月8日，第2届江城航运论坛在江城举行。论坛期间将举行12场分论坛。",
        ("第2届江城航运论坛", "forum", "2031-05-08", None, "江城", False),
        {},
        id="a-count-of-forums-is-no-name",
    ),
    pytest.param(
        "本报讯 5月8日，江城数据中心揭牌成立，林晓峰、赵文出席揭牌仪式。",
        ("江城数据中心揭牌成立", "opening", "2031-05-08", None, None, False),
        {"attended": ["林晓峰", "赵文"]},
        id="the-ceremony-of-an-act-is-no-second-act",
    ),
    pytest.param(
        "本报讯 9月2日，江城重大项目集中开工仪式在江城举行。林晓峰宣布项目开工，赵文致辞。"
        "同日，林晓峰看望来江城考察的客商一行。",
        ("江城重大项目集中开工仪式", "opening", "2030-09-02", None, "江城", False),  # a works' start (A7)
        {"spoke_at": ["林晓峰", "赵文"]},  # 宣布…开工 is a speech at the ceremony (gold-conventions C2)
        id="groundbreaking-announcer-speaks-a-visitor-inspects-nothing",
    ),
    pytest.param(
        "新华社江城5月8日电（记者 陈红）第3届江城航运博览会8日在江城开幕。林晓峰出席开幕式。",
        ("第3届江城航运博览会", "meeting", "2031-05-08", None, "江城", False),
        {"attended": ["林晓峰"]},
        id="name-starts-after-the-byline-bracket",
    ),
    pytest.param(
        "本报讯 8月20日，第5届江城消费品博览会新闻发布会在江城举行。林晓峰出席发布会。",
        ("第5届江城消费品博览会新闻发布会", "meeting", "2030-08-20", None, "江城", False),
        {"attended": ["林晓峰"]},
        id="a-name-inside-the-next-name",
    ),
    pytest.param(
        "本报讯 记者从江城获悉，第5届江城消费品博览会将于9月18日至21日在江城举办。",
        ("第5届江城消费品博览会", "meeting", "2031-09-18", "2031-09-21", "江城", True),
        {},
        id="plan-word-after-the-name",
    ),
    pytest.param(
        "本报讯 5月8日，第2届江城航运论坛在江城举行。林晓峰出席。赵文表示，相信本届论坛将成为合作的起点。",
        ("第2届江城航运论坛", "forum", "2031-05-08", None, "江城", False),
        {"attended": ["林晓峰"]},
        id="hope-for-this-edition-is-no-plan",
    ),
    pytest.param(
        "江城发布　2031-05-08\n\n本报讯 5月8日，第2届江城茶文化节在江城开幕。林晓峰出席开幕式。",
        ("第2届江城茶文化节", "meeting", "2031-05-08", None, "江城", False),
        {"attended": ["林晓峰"]},
        id="festival-and-a-masthead-that-releases-nothing",
    ),
    pytest.param(
        "关于召开江城科技创新大会的通知\n经研究，定于6月18日上午在市行政中心第一会议室召开江城科技创新大会。",
        ("江城科技创新大会", "meeting", "2031-06-18", None, "市行政中心第一会议室", True),
        {},
        id="convening-notice-date-after-the-plan-word-and-a-meeting-room",
    ),
    pytest.param(
        "本报讯 5月8日，江城数据中心揭牌仪式在江城举行。林晓峰出席揭牌仪式并致辞。",
        ("江城数据中心揭牌仪式", "opening", "2031-05-08", None, "江城", False),
        {"attended": ["林晓峰"], "spoke_at": ["林晓峰"]},
        id="the-ceremony-named-as-the-event",
    ),
]


@pytest.mark.parametrize(("text", "expected", "people"), CASES)
def test_sentence_to_event(text: str, expected: tuple, people: dict[str, list[str]]) -> None:
    pub = "2030-12-05" if "邮票" in text else PUB
    event = only(extract(text, pub))
    assert (event.title, event.event_type, event.date, event.date_end, event.place, event.planned) == expected
    assert by_relation(event) == people
    assert event.id == f"event:{event.date}:{event.title}"
    assert all(p.file == "t.txt" for p in event.provenance)


@pytest.mark.parametrize(
    ("text", "expected", "people"),
    [
        pytest.param(
            "新华社北京12月8日电 中共江城市委12月8日召开会议，研究明年工作。会议由市委书记林晓峰主持。",
            ("中共江城市委会议", "2030-12-08"),
            {"presided": ["林晓峰"]},
            id="body-convenes-a-meeting",
        ),
        pytest.param(
            "本报讯 5月8日，江城市委召开常委会会议。林晓峰主持会议并讲话。",
            ("江城市委常委会会议", "2031-05-08"),
            {"presided": ["林晓峰"], "spoke_at": ["林晓峰"]},
            id="generic-name-takes-its-convener",
        ),
        pytest.param(
            "本报讯 3月5日，第五届江城国际博览会开幕式在江城举行。林晓峰出席开幕式并致辞。",
            ("第五届江城国际博览会开幕式", "2031-03-05"),
            {"attended": ["林晓峰"], "spoke_at": ["林晓峰"]},
            id="name-runs-on-to-the-next-trigger",
        ),
    ],
)
def test_meeting_names(text: str, expected: tuple[str, str], people: dict[str, list[str]]) -> None:
    event = only(extract(text))
    assert (event.title, event.date) == expected
    assert by_relation(event) == people


def test_inspection_letter_and_listed_attendees() -> None:
    found = extract(
        "新华社江城6月2日电 中共中央总书记林晓峰近日在临江省考察时强调，要推动高质量发展。"
        "5月31日至6月1日，林晓峰在王立群陪同下，先后来到江城、海州等地。\n\n"
        "新华社北京6月3日电 6月3日，国家主席林晓峰致信祝贺江城大学建校100周年。\n\n"
        "本报讯 6月1日，江城市举行庆祝建党110周年大会。王立群出席大会并讲话。出席大会的还有赵文等。"
    )
    got = {e.title: (e.event_type, e.date, e.date_end, by_relation(e)) for e in found}
    assert got == {
        "林晓峰在临江省考察": (
            "inspection",
            "2031-05-31",
            "2031-06-01",
            {"attended": ["林晓峰", "王立群"]},  # 考察时强调: an inspector's remarks are no speech at an event
        ),
        "林晓峰致信祝贺江城大学建校100周年": ("message", "2031-06-03", None, {"sent": ["林晓峰"]}),
        "庆祝建党110周年大会": (
            "meeting",
            "2031-06-01",
            None,
            {"attended": ["王立群", "赵文"], "spoke_at": ["王立群"]},
        ),
    }


def test_headline_and_report_are_one_event() -> None:
    """A headline dated only by its article joins the dated report below it (the date is the report's)."""
    event = only(
        extract(
            "江城日报 2031年3月16日\n林晓峰主持召开江城湾区发展座谈会\n"
            "3月15日，林晓峰在江城主持召开江城湾区发展座谈会，王立群出席并讲话。"
        )
    )
    assert (event.title, event.date, len(event.provenance)) == ("江城湾区发展座谈会", "2031-03-15", 2)


def test_undated_act_of_a_named_person_in_a_dated_report_is_no_event() -> None:
    # recalled with no date of its own in a dated report: no event (evprec32, docs/gold-conventions.md A1)
    assert not extract("本报讯 2031年5月8日，江城论坛在江城举行。林晓峰曾到海州调研。", people=("林晓峰",))[1:]


def test_bare_ceremony_refers_to_the_fair() -> None:
    event = only(
        extract("本报讯 5月20日，江城国际投资贸易洽谈会在江城开幕。林晓峰出席开幕式并发表主旨演讲。")
    )
    assert (event.title, event.date, event.place) == ("江城国际投资贸易洽谈会", "2031-05-20", "江城")
    assert by_relation(event) == {"attended": ["林晓峰"], "spoke_at": ["林晓峰"]}


def test_wire_dateline_dates_the_report_not_the_event() -> None:
    """近日 governs the lede, not the dateline's 3月5日: the act stays, dated only by the report's year (the
    recent days of 5 March may lie in February), 近日 kept."""
    event = only(extract("新华社北京3月5日电 近日，国务院印发《关于加快江城发展的意见》。"))
    assert (event.title, event.date, event.date_text) == (
        "国务院印发《关于加快江城发展的意见》",
        PUB[:4],
        "近日",
    )
    assert [(p.title, p.relation) for p in event.policies] == [("关于加快江城发展的意见", "issued")]


def test_policy_titles_keep_latin_spaces_and_lose_ocr_spaces() -> None:
    found = extract(
        "本报讯 4月2日，临江地区合作协商座谈会在江城举行。会议审议并原则通过《Coastal Digital Trade\n"
        "Partnership  Agreement》，审议了《临江区域 合作\n工作 计划》《RCEP 2.0 实施 方案》。"
    )
    held = only(found)
    assert {p.title for p in held.policies} == {
        "Coastal Digital Trade Partnership Agreement",
        "临江区域合作工作计划",
        "RCEP 2.0实施方案",
    }


def test_lede_meeting_without_own_date_takes_the_article_date() -> None:
    event = only(extract("新华社北京3月5日电 第五届江城论坛在北京举行。林晓峰出席论坛。"))
    assert (event.date, event.date_source, event.place) == ("2031-03-05", "article", "北京")


def test_attendance_without_event_joins_no_later_act() -> None:
    found = extract("本报讯 5月19日，江城举行重大项目集中开工现场观摩。林晓峰出席并宣布开工。江城大桥建成通车。")
    # the 观摩 names no event (a 开工活动 is one since session 34); the later act never takes its people
    assert [(e.title, e.participants) for e in found if e.title == "江城大桥建成通车"] == [("江城大桥建成通车", ())]


def test_policies_and_planned_event() -> None:
    found = extract(
        "本报讯 4月2日，2031年度临江地区合作协商座谈会在江城举行。会议审议并原则通过《临江区域合作2031年度工作计划》，"
        "审议了《甲清单》《乙清单》。会议确定2032年度临江地区合作协商座谈会在海州省召开。"
    )
    held, planned = sorted(found, key=lambda e: e.planned)
    assert {(p.title, p.relation, p.provenance.rule) for p in held.policies} == {
        ("临江区域合作2031年度工作计划", "adopted", "policy:审议并原则通过"),  # the policy_verbs.tsv row
        ("甲清单", "reviewed", "policy:审议"),
        ("乙清单", "reviewed", "policy:审议"),  # 《甲》《乙》: the second shares the first one's verb
    }
    assert (planned.title, planned.date, planned.place, planned.planned) == (
        "2032年度临江地区合作协商座谈会",
        "2032",
        "海州",
        True,
    )


def test_release_of_policy_documents_clause_dates() -> None:
    found = extract(
        "本报讯 2030年6月，《关于支持江城高质量发展的意见》发布；同年7月，《关于支持海州改革开放的意见》发布。"
    )
    assert [(e.event_type, e.date, e.date_source) for e in found] == [
        ("release", "2030-06", "sentence"),
        ("release", "2030-07", "sentence"),
    ]
    assert [p.relation for e in found for p in e.policies] == ["issued", "issued"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("本报讯 林晓峰在江城调研期间专门召开这次座谈会。", id="background-period"),
        pytest.param("本报讯 集团公司新一届党组成立以来，工作成效明显。", id="since-establishment"),
        pytest.param("本报讯 要深入学习贯彻全国宣传工作会议精神。", id="meeting-spirit"),
        pytest.param("本报讯 今年以来，江城出台建设卫星城实施方案。", id="duration-is-no-date"),
        pytest.param("本报讯 三方一致同意成立联合工作组。", id="agreement-to-establish"),
        pytest.param("本报讯 要协同办好第五届江城博览会。", id="to-be-organised"),
        pytest.param("本报讯 江城新区将于6月1日正式揭牌成立。", id="announced-act"),
        pytest.param("本报讯 近年来，江城先后出台了20多项政策。", id="vague-years-drop-an-act"),
        pytest.param("据江城日报微信公众号5月8日消息发布，江城水价调整。", id="attribution-is-no-release"),
    ],
)
def test_not_an_event(text: str) -> None:
    assert extract(text) == []


def test_one_article_reports_one_meeting_once() -> None:
    """A headline, the lede and anaphora (座谈会上, 此次座谈会) are one event with all its people."""
    text = (
        "林晓峰主持召开推进湾区协同发展座谈会强调 加强合作\n\n"
        + MEETING
        + "林晓峰在此次座谈会上强调，要抓好落实。"
    )
    event = only(extract(text))
    assert event.title == "推进湾区协同发展座谈会"
    assert len(event.provenance) >= 2
    assert "王立群" in by_relation(event)["attended"]


def test_unresolved_date_keeps_its_text() -> None:
    """No year anywhere: the event keeps the printed date and no value (never an invented year)."""
    event = only(
        extract(
            "新华社江城5月18日电 临江省委书记林晓峰18日上午在江城主持召开推进湾区协同发展座谈会。", pub=None
        )
    )
    assert (event.date, event.date_source, event.date_text) == (None, "unresolved", "18日上午")
    assert event.id.startswith("event:undated:")


EVENT_TYPES = {
    "meeting",
    "forum",
    "inspection",
    "instruction",
    "speech",
    "release",
    "opening",
    "establishment",
}
EVENT_TYPES |= {"issuance", "message", "launch", "talks", "signing", "visit", "other"}


def test_vocabulary_files() -> None:
    """Every events data file states its FORMAT and shows an EXAMPLE; tables have their columns."""
    from importlib import resources

    from ygraph import lexicons

    folder = resources.files("ygraph").joinpath("lexicons", "zh", "events")
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith((".txt", ".tsv")))
    assert "triggers.tsv" in names
    for name in names:
        text = folder.joinpath(name).read_text(encoding="utf-8")
        assert "FORMAT:" in text and "EXAMPLE" in text, name
        rows = lexicons.load_table(f"events/{name}")
        assert rows and all(row[0] for row in rows), name
    for word, event_type, form in lexicons.load_table("events/triggers.tsv"):
        assert event_type in EVENT_TYPES and form in ("name", "act", "visit"), word
    relations = {row[1] for row in lexicons.load_table("events/participation.tsv")}
    assert relations <= {"presided", "spoke_at", "attended", "says", "leads", "members", "chairs", "read_out", "opens", "sent"}
    assert {row[1] for row in lexicons.load_table("events/policy_verbs.tsv")} <= {
        "adopted",
        "reviewed",
        "issued",
        "signed",
        "mentioned",
    }


def test_user_lexicon_adds_a_trigger(tmp_path) -> None:
    """A user file of the same name extends the packaged vocabulary (``--lexicons DIR``)."""
    from ygraph import lexicons

    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "triggers.tsv").write_text(
        "# FORMAT: trigger<TAB>type<TAB>form\n茶叙会\tmeeting\tname\n", "utf-8"
    )
    text = "本报讯 5月8日，江城民营企业茶叙会在江城举行。"  # a noun neither a trigger nor a model head
    assert extract(text) == []
    lexicons.set_user_dirs([tmp_path])
    try:
        assert only(extract(text)).title == "江城民营企业茶叙会"
    finally:
        lexicons.set_user_dirs([])
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "江城日报 2031年3月16日\n江城召开民营企业座谈会\n本报讯 3月15日，临江省江城民营企业座谈会在江城召开。",
            ("临江省江城民营企业座谈会", "2031-03-15"),
            id="headline-names-it-shorter",
        ),
        pytest.param(
            "江城日报 2031年3月16日\n江城航运中心揭牌\n本报讯 上周，航运中心在江城揭牌成立。",
            ("江城航运中心揭牌", "2031-03"),
            id="headline-act-dated-by-the-report",
        ),
        pytest.param(
            "# 江城召开2031年安全生产工作会议\n\n发布时间：2031年02月20日\n\n"
            "江城日报讯 2月19日，江城市2031年安全生产工作会议召开。",
            ("江城市2031年安全生产工作会议", "2031-02-19"),
            id="headline-dated-by-its-own-year",
        ),
    ],
)
def test_headline_joins_a_report_named_alike(text: str, expected: tuple[str, str]) -> None:
    """The headline's name is shorter or worded otherwise; the report's printed date wins over the article's."""
    event = only(extract(text, None))
    assert (event.title, event.date) == expected


@pytest.mark.parametrize(
    ("raw", "place"),
    [
        ("京", "北京"),  # an abbreviation, read only in a place phrase
        ("北京市", "北京"),
        ("安徽省合肥市", "合肥"),
        ("浙江杭州", "杭州"),
        ("新疆维吾尔自治区", "新疆"),  # the shortest printed form, not 维吾尔
        ("北京市朝阳区", "朝阳区"),  # a province-level name is cut whole, not 市朝阳区
        ("江城", "江城"),  # not in the table: as printed
    ],
)
def test_event_places_come_from_the_one_place_table(raw: str, place: str) -> None:
    from ygraph.events.eventplaces import canonical_place

    assert canonical_place(raw) == place


def test_place_abbreviations_are_not_read_in_running_text() -> None:
    from ygraph.actors.actorlex import place_table

    assert place_table()["北京"] == "北京市" and "京" not in place_table()
    assert place_table(True)["京"] == "北京市"


def test_motion_abbreviations_come_from_the_one_place_table(tmp_path, monkeypatch) -> None:
    """抵X/来X read the abbreviation scope of actors/places.tsv (no events table of their own): a user row
    of that scope is read there and not in running text; without any abbreviation nothing matches."""
    from ygraph import lexicons
    from ygraph.actors.actorlex import place_table

    assert eventplaces.place_in("林晓峰抵蓉考察")[0] == "成都"
    assert eventplaces.place_in("林晓峰抵临考察")[0] is None
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "places.tsv").write_text("临江市\t临江市\n临\t临江市\tabbreviation\n", "utf-8")
    lexicons.set_user_dirs([tmp_path])
    try:
        assert eventplaces.place_in("林晓峰抵临考察")[0] == "临江"
        assert "临" not in place_table() and place_table()["临江市"] == "临江市"
    finally:
        lexicons.set_user_dirs([])
    original = lexicons._raw_lines
    monkeypatch.setattr(lexicons, "_raw_lines", lambda n: [] if n == "actors/places.tsv" else original(n))
    (tmp_path / "empty").mkdir()
    lexicons.set_user_dirs([tmp_path / "empty"])  # a new cache key: the tables are read again
    try:
        assert eventplaces.abbreviations() == {} and eventplaces.place_in("林晓峰抵蓉考察")[0] is None
    finally:
        lexicons.set_user_dirs([])


def test_a_filed_dateline_with_a_byline_dates_no_event_of_its_sentence() -> None:
    """The datelines.tsv ``filed`` column, not a final 电: a byline after the dateline changes nothing."""
    plain = extract("新华社江城6月8日电 临江市民营经济座谈会在湖滨举行。", pub="2030-06-09")
    signed = extract("新华社江城6月8日电（记者 龚明远）临江市民营经济座谈会在湖滨举行。", pub="2030-06-09")
    assert [(e.title, e.date_source) for e in plain] == [("临江市民营经济座谈会", "article")]
    assert [(e.title, e.date_source) for e in signed] == [("临江市民营经济座谈会", "article")]


def test_talks_headline_merges_with_its_report_and_keeps_the_guest() -> None:
    text = (
        "林晓峰会见海州省代表团\n\n5月8日，临江省委书记林晓峰在江城会见了由周明远率领的海州省代表团一行。\n"
    )
    event = only(extract(text))
    assert (event.title, event.event_type, event.date) == ("林晓峰会见海州省代表团", "talks", "2031-05-08")


def test_talks_without_a_day_take_the_day_of_the_reported_event() -> None:
    found = extract(
        "本报讯 5月8日，江城市人民政府与临江集团在江城签署战略合作协议。"
        "临江省委书记林晓峰会见临江集团董事长周明远一行。"
    )
    talks = [e for e in found if e.event_type == "talks"]
    assert [(e.title, e.date, e.date_source) for e in talks] == [
        ("林晓峰会见临江集团董事长周明远一行", "2031-05-08", "context")
    ]
    assert by_relation(talks[0]) == {"attended": ["周明远", "林晓峰"]}


def test_headline_act_merges_with_the_named_report_and_names_joined_by_yu_stay_whole() -> None:
    event = only(
        extract(
            "江城临川签署合作协议\n\n本报讯 5月8日，江城市与临川市合作协议签约仪式在临川举行。"
            "林晓峰、王立群代表两市签约。"
        )
    )
    assert (event.title, event.event_type, event.date, event.place) == (
        "江城市与临川市合作协议签约仪式",
        "signing",
        "2031-05-08",
        "临川",
    )
    assert by_relation(event) == {"attended": ["林晓峰", "王立群"]}


@pytest.mark.parametrize(
    "text, title",
    [
        ("本报讯 5月8日，林晓峰出席江城临川交流与合作联席会议。", "江城临川交流与合作联席会议"),
        ("本报讯 5月8日，林晓峰与王立群出席临江改革和创新发展座谈会。", "临江改革和创新发展座谈会"),
    ],
)
def test_names_joined_by_he_or_yu_are_kept_whole(text: str, title: str) -> None:
    assert only(extract(text)).title == title


def test_signing_act_with_its_date_in_brackets_and_a_city_abbreviation() -> None:
    event = only(
        extract(
            "本报讯 江城市人民政府与临江集团今天（5月8日）在沪签署了战略合作协议。"
            "签约仪式上，江城区政府与临江发展公司签署了合作框架协议。"
        )
    )
    assert (event.title, event.event_type, event.date, event.place) == (
        "江城市人民政府与临江集团签署战略合作协议",
        "signing",
        "2031-05-08",
        "上海",
    )


def test_signing_before_talks_takes_their_day_and_an_order_is_no_signing() -> None:
    found = extract(
        "本报讯 5月8日，临江省委书记林晓峰在江城会见海州集团董事长周明远一行。"
        "会见前，省长王立群和周明远共同签署了临江省与海州集团战略合作协议。"
    )
    assert sorted((e.event_type, e.date, e.date_source) for e in found) == [
        ("signing", "2031-05-08", "context"),
        ("talks", "2031-05-08", "sentence"),
    ]
    assert extract("本报讯 5月8日，林晓峰签署命令。") == []


def test_two_events_listed_with_he_stay_two_names() -> None:
    found = extract("本报讯 5月8日，临江省人大一次会议和临江省政协一次会议在江城举行。")
    assert found and all("和" not in e.title for e in found), [e.title for e in found]


def test_inspection_verbs_carried_subject_led_and_accompanying_people() -> None:
    event = only(
        extract(
            "本报讯 5月29日，林晓峰带领王立群、陈红，深入江北县、临川县督查重点项目建设。县长赵文陪同督查。"
        )
    )
    assert (event.title, event.event_type, event.date) == (
        "林晓峰深入江北县、临川县督查重点项目建设",
        "inspection",
        "2031-05-29",
    )
    assert by_relation(event) == {"attended": ["林晓峰", "王立群", "赵文", "陈红"]}
    assert (
        only(extract("本报讯 19日下午，林晓峰深入江北乡、临川镇，展开会勘行程。")).event_type == "inspection"
    )


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 5月8日，林晓峰表示，要到基层调研。",
        "发布时间:2031-05-08 来源:江城经济开发区 发布开发区:江城\n",
    ],
)
def test_said_plans_and_furniture_lines_are_no_acts(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "本报讯 2月27日上午，江城市六届人大五次会议举行第三次全体会议，选举市长。林晓峰主持会议。",
            "江城市六届人大五次会议第三次全体会议",
        ),
        (
            "本报讯 中共江城市第八届委员会3月4日下午举行第一次全体会议。",
            "中共江城市第八届委员会第一次全体会议",
        ),
        (
            "本报讯 3月6日，中共临川市第十一届委员会第一次全体会议选举林晓峰为市委书记。",
            "中共临川市第十一届委员会第一次全体会议",
        ),
    ],
)
def test_a_sitting_is_named_after_its_holder_and_an_election_shows_it_took_place(
    text: str, title: str
) -> None:
    assert only(extract(text)).title == title


def test_sittings_of_a_meeting_take_its_name_day_and_their_presiders() -> None:
    found = extract(
        "本报讯 临江省政协第十届第五次会议圆满完成各项议程，昨日上午在江城闭幕。"
        "闭幕大会前，在王立群的主持下，举行选举大会。选举之后，林晓峰主持闭幕大会。",
        people=("林晓峰", "王立群"),
    )
    got = {e.title: (e.date, by_relation(e)) for e in found}
    assert got == {  # the meeting is reported through its first sitting named (one event), then the next
        "临江省政协第十届第五次会议选举大会": ("2031-05-19", {"presided": ["王立群"]}),
        "临江省政协第十届第五次会议闭幕大会": ("2031-05-19", {"presided": ["林晓峰"]}),
    }


def test_a_speech_at_an_earlier_meeting_studied_is_no_event_of_the_article() -> None:
    """The meeting whose speech is relayed is no event of the article (docs/gold-conventions.md A2): only the
    relaying meeting is, with its own day; the relayed meeting never becomes it nor lends it its speaker."""
    text = "本报讯 5月8日，江城市委召开常委会会议，传达学习林晓峰在临江发展座谈会上的重要讲话精神。"
    found = extract(text, people=("林晓峰",))
    assert [(e.title, e.date) for e in found] == [("江城市委常委会会议", "2031-05-08")]
    assert not any("座谈会" in e.title for e in found)
    assert "林晓峰" not in {p.person for e in found for p in e.participants}


@pytest.mark.parametrize(
    "text, title, place",
    [
        ("本报讯 临江省党政代表团18日晚抵达江城考察。", "临江省党政代表团抵达江城考察", "江城"),
        (
            "本报讯 7月3日至6日，江城市党政代表团赴海州市考察调研，促进两地合作。",
            "江城市党政代表团赴海州市考察调研",
            "海州",
        ),
        (
            "本报讯 5日，12国驻江城领事官员代表团抵达临川，开始访川之行。",
            "12国驻江城领事官员代表团访川",
            "四川",
        ),
        ("本报讯 5月8日，海州省友好代表团访问临江。", "海州省友好代表团访问临江", "临江"),
    ],
)
def test_a_delegation_visit_is_a_visit(text: str, title: str, place: str) -> None:
    event = only(extract(text))
    assert (event.title, event.event_type, event.place) == (title, "visit", place)


def test_a_visit_welcomed_at_talks_takes_their_day_and_abbreviations_are_places() -> None:
    found = extract(
        "本报讯 5月8日，临江省委书记林晓峰在江城会见海州省友好代表团一行。林晓峰对代表团来闽访问表示欢迎。"
    )
    visit = next(e for e in found if e.event_type == "visit")
    assert (visit.title, visit.date, visit.date_source, visit.place) == (
        "代表团来闽访问",
        "2031-05-08",
        "context",
        "福建",
    )


@pytest.mark.parametrize(
    "text, place",
    [
        ("林晓峰抵杭考察", "杭州"),
        ("来沪出席", "上海"),
        ("赴粤，", "广东"),
        ("进京参加", "北京"),
        ("在渝召开", "重庆"),
    ],
)
def test_abbreviations_after_motion_verbs_are_places(text: str, place: str) -> None:

    assert eventplaces.place_in(text)[0] == place


@pytest.mark.parametrize("text", ["在我省考察", "在2031年5月召开", "在临江发展座谈会上举行"])
def test_a_place_slot_never_holds_a_deictic_a_date_or_an_event(text: str) -> None:

    assert eventplaces.place_in(text)[0] is None


def test_a_visit_told_again_is_the_same_visit() -> None:
    found = extract(
        "本报讯 5日，12国驻江城领事官员代表团抵达临川，开始访川之行。在川期间，访问团将参观访问江城大学。"
    )
    assert [e.event_type for e in found] == ["visit"]


def test_hearing_a_report_is_a_meeting_its_reporters_speak() -> None:
    event = only(
        extract(
            "本报讯 林晓峰6日上午在江城听取临江自由贸易港建设工作汇报。王立群、陈红作了汇报。赵文等与会。"
            "林晓峰听取汇报后发表讲话。"
        )
    )
    assert (event.title, event.event_type, event.date, event.place) == (
        "林晓峰听取临江自由贸易港建设工作汇报",
        "meeting",
        "2031-05-06",
        "江城",
    )
    assert by_relation(event) == {
        "attended": ["林晓峰", "赵文"],
        "spoke_at": ["林晓峰", "王立群", "陈红"],
    }
    assert extract("本报讯 5月8日，林晓峰听取群众意见。") == []


def test_a_year_opening_the_name_completes_a_day_without_a_year() -> None:
    event = only(
        extract(
            "2031大河论坛·临江峰会在江城开幕\n\n9月26日上午，2031大河论坛·临江峰会在江城隆重开幕。林晓峰出席。",
            pub=None,
        )
    )
    assert (event.title, event.date, event.place) == ("2031大河论坛·临江峰会", "2031-09-26", "江城")


@pytest.mark.parametrize(
    ("days", "date", "date_end"),
    [("9月26日至27日", "2031-09-26", "2031-09-27"), ("2月29日", None, None)],
)
def test_the_name_s_year_completes_a_range_and_never_a_day_that_year_lacks(
    days: str, date: str | None, date_end: str | None
) -> None:
    text = f"2031大河论坛·临江峰会在江城开幕\n\n{days}，2031大河论坛·临江峰会在江城隆重开幕。林晓峰出席。"
    event = only(extract(text, pub=None))
    assert (event.date, event.date_end) == (date, date_end)


def test_a_draft_speech_for_a_coming_plenum_discussed_is_no_event_but_a_speech_at_it_is() -> None:
    text = "本报讯 5月8日，江城市委召开常委会会议。会议对林晓峰在市委十届六次全会上的讲话稿进行了讨论。"
    assert [e.title for e in extract(text)] == ["江城市委常委会会议"]
    held = "本报讯 5月8日，林晓峰在临江发展座谈会上讲话，研究部署工作。"
    assert [e.title for e in extract(held)] == ["临江发展座谈会"]


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 5月8日，会议决定6月7日召开中共江城市委十届七次全体会议。",
        "本报讯 5月8日，林晓峰邀请王立群出席明年在江城举办的临江发展论坛。",
    ],
)
def test_submitted_to_decided_for_or_invited_to_a_meeting_is_planned(text: str) -> None:
    assert [e.planned for e in extract(text)] == [True]


@pytest.mark.parametrize(
    "text",
    [  # a plan with no date is no event (dates31: the lead's reading of gold-conventions A3)
        "本报讯 5月8日，会议要求对报告修改后，提交市委十届七次全会审议。",
        "本报讯 5月8日，会议要求认真筹备，确保市政协十一届五次会议顺利召开。",
    ],
)
def test_submitted_to_or_prepared_for_a_meeting_with_no_date_is_no_event(text: str) -> None:
    assert extract(text) == []


def test_seated_on_the_rostrum_and_listed_after_a_colon_attend() -> None:
    event = only(
        extract(
            "本报讯 5月8日，临江省政协第五次会议在江城闭幕。林晓峰、王立群在主席台就座。"
            "出席大会并在主席台就座的领导还有：陈红、赵文等。",
            people=("林晓峰", "王立群", "陈红", "赵文"),
        )
    )
    assert by_relation(event) == {"attended": ["林晓峰", "王立群", "赵文", "陈红"]}


@pytest.mark.parametrize(
    "text, titles",
    [
        (
            "本报讯 2月2日下午，江城市十二届人大常委会第二十七次会议上，表决通过了多项人事任免案。",
            ["江城市十二届人大常委会第二十七次会议"],
        ),
        ("本报讯 7月23日，江城市十六届人大常委会召开第十三次会议。", ["江城市十六届人大常委会第十三次会议"]),
        ("本报讯 1月22日，会议通过江城市政协五次会议选举办法，随后举行大会选举。", []),
        (
            "本报讯 8月29日，2031年江城区域(9+2)合作行政首长联席会议在江城举行。",
            ["2031年江城区域(9+2)合作行政首长联席会议"],
        ),
        (
            "本报讯 10月14日，开展98个重点合作项目2031年临江区域合作联席会议在江城举行。",
            ["2031年临江区域合作联席会议"],
        ),
        (
            "本报讯 1月19日讯(记者陈红、赵文)江城市第四届人民代表大会第五次会议开幕。",
            ["江城市第四届人民代表大会第五次会议"],
        ),
    ],
)
def test_names_of_numbered_sittings_brackets_and_years(text: str, titles: list[str]) -> None:
    assert [e.title for e in extract(text)] == titles


def test_first_sittings_of_two_bodies_in_one_article_stay_two() -> None:
    found = extract(
        "林晓峰当选中共江城市委书记\n\n6月26日，中共江城市第十一届委员会第一次全体会议选举林晓峰为市委书记。\n\n"
        "王立群当选中共海州市委书记\n\n6月26日，中共海州市第十一届委员会第一次全体会议选举王立群为市委书记。\n"
    )
    assert sorted(e.title for e in found) == [
        "中共江城市第十一届委员会第一次全体会议",
        "中共海州市第十一届委员会第一次全体会议",
    ]


def test_an_anniversary_is_no_founding_and_starts_and_groundbreakings_are_openings() -> None:
    assert extract("本报讯 今年是江城市成立30周年。") == []
    found = extract("本报讯 5月8日，江城新区正式设立。6月1日，临江港二期工程开工建设。")
    assert sorted((e.title, e.event_type, e.date) for e in found) == [
        ("临江港二期工程开工建设", "opening", "2031-06-01"),
        ("江城新区正式设立", "opening", "2031-05-08"),
    ]


def test_a_short_form_of_a_name_in_the_same_article_is_the_same_event() -> None:
    found = extract(
        "本报讯 10月14日上午，2031年临江三角区域合作行政首长联席会议在江城召开。"
        "会议审议了关于2031年临江行政首长联席会议审议事项的意见。",
        pub="2031-10-15",
    )
    assert [e.title for e in found] == ["2031年临江三角区域合作行政首长联席会议"]


def test_a_forum_summit_is_a_forum_and_a_long_name_joined_by_yu_stays_whole() -> None:
    event = only(extract("本报讯 9月26日上午，2031大河论坛·临江峰会在江城隆重开幕。"))
    assert (event.title, event.event_type) == ("2031大河论坛·临江峰会", "forum")
    event = only(
        extract(
            "本报讯 10月15日上午，以“开放合作”为主题的2031“一带一路”临江国际友城合作与发展论坛在江城开幕。"
        )
    )
    assert event.title == "2031“一带一路”临江国际友城合作与发展论坛"


def test_a_date_opening_a_byline_dates_no_event() -> None:
    event = only(
        extract(
            "2031临江国际合作论坛在江城开幕\n2031-10-16 江城日报记者 陈红摄影报道\n\n10月15日上午，2031临江国际合作论坛在江城开幕。",
            pub=None,
        )
    )
    assert (event.date, event.date_source) == ("2031-10-15", "sentence")


def test_a_headline_short_name_takes_the_full_name_of_the_report() -> None:
    found = extract(
        "林晓峰率团赴榕出席海湾城市首长联席会议\n\n本报讯 9月18日，林晓峰出席在江城举行的“2031年海湾城市群合作首长联席会议”。",
        pub="2031-09-18",
    )  # 林晓峰率团赴琼 is the visit of a group its leader names (率团, evrec18), an event of its own
    event = only([e for e in found if e.event_type == "meeting"])
    assert rules_key(event.title) == "海湾城市群合作首长联席会议"


def rules_key(title: str) -> str:
    from ygraph.events import eventrules

    return eventrules.title_key(title)


def test_a_delegation_led_to_a_province_is_a_visit_and_its_members_attend() -> None:
    found = extract(
        "本报讯 9月16日，江城市长林晓峰率江城市政府代表团赴琼。"
        "陪同林晓峰赴琼的代表团成员包括王立群、陈红等。",
        pub="2031-09-17",
        people=("林晓峰", "王立群", "陈红"),
    )
    visit = only(found)
    assert (visit.event_type, visit.place, visit.date) == ("visit", "海南", "2031-09-16")
    assert by_relation(visit) == {"attended": ["林晓峰", "王立群", "陈红"]}


def test_sitting_in_reporting_and_accompanying_in_another_sentence() -> None:
    event = only(
        extract(
            "本报讯 5月8日，江城市委常委会召开会议，林晓峰主持会议。王立群列席会议。"
            "陈红介绍了全市经济运行情况。赵文陪同。",
        )
    )
    assert by_relation(event) == {
        "attended": ["王立群", "赵文"],
        "presided": ["林晓峰"],
        "spoke_at": ["陈红"],
    }


def test_same_day_meetings_of_one_name_in_two_places_stay_two() -> None:
    found = extract("本报讯 5月8日上午，临江发展座谈会在江城举行。5月8日下午，临江发展座谈会在海州举行。")
    assert sorted(e.place for e in found) == ["江城", "海州"]


def test_a_name_reaching_past_an_act_word_is_read_as_the_name() -> None:
    # 正式开工 is an act, 开工仪式 a name: the name that reaches further wins (not a bare 仪式 after the act)
    found = extract("本报讯 9月2日，江城港区正式开工仪式在江城举行。林晓峰出席。")
    assert [(e.title, e.event_type) for e in found] == [("江城港区正式开工仪式", "opening")]

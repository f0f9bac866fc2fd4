"""events: sentence tables → events (type, date, place, participants by relation). Invented names only.

Texts go through the real clean → segment → temporal stages; the person mentions are given by the test
(the actors stage is tested on its own), so these tables test the events stage alone.
"""

from __future__ import annotations

import pytest

from ygraph.events import events
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
        {"attended": ["林晓峰"]},
        id="message-sender-only",
    ),
    pytest.param(
        "新华社江城5月6日电 国务院副总理林晓峰近日在江城调研制造业发展。他强调，要加快发展。"
        "4日至6日，林晓峰先后到多家企业了解情况。",
        ("林晓峰在江城调研制造业发展", "inspection", "2031-05-04", "2031-05-06", "江城", False),
        {"attended": ["林晓峰"]},
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
        "本报讯 5月8日，第3届江海航运峰会在临江省江城市举行。周明远会见了各国代表团。"
        "周明远代表主办方表示欢迎。三方签署了《第3届江海航运峰会合作备忘录》。",
        ("第3届江海航运峰会", "meeting", "2031-05-08", None, "江城", False),
        {"attended": ["周明远"], "spoke_at": ["周明远"]},
        id="summit-meets-then-speaks",
    ),
    pytest.param(
        "本报讯 5月8日，江城临川两市合作协议签约仪式在临川举行。林晓峰出席签约仪式并致辞。"
        "王立群与陈红代表两市签署《江城市临川市合作协议》。赵文主持签约仪式。",
        ("江城临川两市合作协议签约仪式", "meeting", "2031-05-08", None, "临川", False),
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
        {"attended": ["林晓峰"]},
        id="accompanying-is-not-an-inspection",
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
        "同日，林晓峰会见来江城考察的客商一行。",
        ("江城重大项目集中开工仪式", "meeting", "2030-09-02", None, "江城", False),
        {"attended": ["林晓峰"], "spoke_at": ["赵文"]},
        id="groundbreaking-announcer-attends-a-visitor-inspects-nothing",
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
        "林晓峰在临江省考察": ("inspection", "2031-05-31", "2031-06-01", {"attended": ["林晓峰"]}),
        "林晓峰致信祝贺江城大学建校100周年": ("message", "2031-06-03", None, {"attended": ["林晓峰"]}),
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


def test_undated_act_of_a_named_person_is_kept() -> None:
    event = only(
        extract("本报讯 2031年5月8日，江城论坛在江城举行。林晓峰曾到海州调研。", people=("林晓峰",))[1:]
    )
    assert (event.title, event.date, event.place) == ("林晓峰曾到海州调研", None, "海州")


def test_bare_ceremony_refers_to_the_fair() -> None:
    event = only(
        extract("本报讯 5月20日，江城国际投资贸易洽谈会在江城开幕。林晓峰出席开幕式并发表主旨演讲。")
    )
    assert (event.title, event.date, event.place) == ("江城国际投资贸易洽谈会", "2031-05-20", "江城")
    assert by_relation(event) == {"attended": ["林晓峰"], "spoke_at": ["林晓峰"]}


def test_wire_dateline_dates_the_report_not_the_event() -> None:
    """近日 governs the lede, not the dateline's 3月5日: the act stays, undated (W040 later), 近日 kept."""
    event = only(extract("新华社北京3月5日电 近日，国务院印发《关于加快江城发展的意见》。"))
    assert (event.title, event.date, event.date_text) == (
        "国务院印发《关于加快江城发展的意见》",
        None,
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
    found = extract("本报讯 5月19日，江城举行重大项目集中开工活动。林晓峰出席并宣布开工。江城大桥建成通车。")
    assert [(e.title, e.participants) for e in found] == [("江城大桥建成通车", ())]


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
        pytest.param("本报讯 5月8日，林晓峰在人民大会堂会见赵文。", id="hall-is-no-meeting"),
        pytest.param("本报讯 近年来，江城先后出台了20多项政策。", id="vague-years-drop-an-act"),
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
EVENT_TYPES |= {"issuance", "message", "launch"}


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
    assert relations <= {"presided", "spoke_at", "attended", "says"}
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
        "# FORMAT: trigger<TAB>type<TAB>form\n恳谈会\tmeeting\tname\n", "utf-8"
    )
    text = "本报讯 5月8日，江城民营企业恳谈会在江城举行。"
    assert extract(text) == []
    lexicons.set_user_dirs([tmp_path])
    try:
        assert only(extract(text)).title == "江城民营企业恳谈会"
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
    from ygraph.events.eventrules import canonical_place

    assert canonical_place(raw) == place


def test_place_abbreviations_are_not_read_in_running_text() -> None:
    from ygraph.actors.actorlex import place_table

    assert place_table()["北京"] == "北京市" and "京" not in place_table()
    assert place_table(True)["京"] == "北京市"


def test_a_filed_dateline_with_a_byline_dates_no_event_of_its_sentence() -> None:
    """The datelines.tsv ``filed`` column, not a final 电: a byline after the dateline changes nothing."""
    plain = extract("新华社江城6月8日电 临江市民营经济座谈会在湖滨举行。", pub="2030-06-09")
    signed = extract("新华社江城6月8日电（记者 龚明远）临江市民营经济座谈会在湖滨举行。", pub="2030-06-09")
    assert [(e.title, e.date_source) for e in plain] == [("临江市民营经济座谈会", "article")]
    assert [(e.title, e.date_source) for e in signed] == [("临江市民营经济座谈会", "article")]

"""Events on real-page classes (issue 13, fourth round): invented text with invented names and places."""

from __future__ import annotations

from test_events import extract
from ygraph.events import events
from ygraph.model import Event, Mention, Source
from ygraph.text import clean, segment
from ygraph.time import temporal


def _with_posts(text: str, pub: str, people: tuple[str, ...], posts: tuple[str, ...]) -> list[Event]:
    """Like ``extract`` with position mentions too (the actors stage gives both)."""
    doc = temporal.date_document(segment.segment(clean.clean(Source("t.txt", text, "utf-8", user_date=pub))), {})
    found: list[Event] = []
    for article in doc.articles:
        mentions = [
            Mention(kind, name, at, at + len(name), article.index, "test")
            for kind, names in (("person", people), ("position", posts))
            for name in names
            for at in range(article.start, article.end)
            if doc.text.startswith(name, at)
        ]
        found.extend(events.extract_events(doc, article, tuple(sorted(mentions, key=lambda m: m.start))))
    return found


def _titles(found: list) -> list[tuple[str, str | None, bool]]:
    return sorted((e.title, e.date, e.planned) for e in found)


def test_a_numbered_meeting_named_as_a_reference_point_is_no_event() -> None:
    """以来, 按照…部署, …明确提出: references, no event of the article (docs/gold-conventions.md A1)."""
    found = extract(
        "本报讯 1月5日，临江省委常委会召开会议。林晓峰指出，临江省委十二届五次全会以来，常委会做了大量工作。"
        "会议要求，按照市第十三次党代会部署推进改革。会议认为，省委十二届七次全会明确提出了建设强省的目标。",
        people=("林晓峰",),
    )
    assert _titles(found) == [("临江省委常委会会议", "2031-01-05", False)]
    assert not {e.title for e in found} & {"临江省委十二届五次全会", "市第十三次党代会", "省委十二届七次全会"}


def test_a_reference_inside_a_document_title_and_a_studied_meeting_are_apart() -> None:
    found = extract(
        "本报讯 1月5日，江城市政协常委会第八次会议在江城闭幕。会议审议通过《江城市政协五届二次会议以来提案工作情况的报告》。"
        "会议强调，要深入学习贯彻党的二十大和二十届三中全会精神。",
        people=(),
    )
    # the session inside the report's title is a reference (A1): no event, and the article's meeting keeps its day
    assert _titles(found) == [("江城市政协常委会第八次会议", "2031-01-05", False)]


def test_two_party_congresses_welcomed_are_only_named() -> None:
    # congresses welcomed (迎接…胜利召开) are named as background, not reported (gold conventions A1, A3)
    found = extract(
        "本报讯 1月5日，临江省政协常委会第二十次会议在江城闭幕。林晓峰说，要以优异的成绩迎接党的代表大会"
        "和省第十四次党代会的胜利召开。",
        people=("林晓峰",),
    )
    assert _titles(found) == [("临江省政协常委会第二十次会议", "2031-01-05", False)]


def test_a_meeting_named_inside_a_document_title_is_not_reported_as_held() -> None:
    found = extract(
        "本报讯 11月21日，中共临江省第九届委员会第六次全体会议在江城召开。会议通过《关于中共临江省第九届委员会"
        "向中共临江省第十次代表大会的报告的决议》《关于召开中共临江省第十次代表大会的建议》，决定11月28日召开"
        "省第十次党代会。",
        pub="2031-11-22",
        people=(),
    )
    assert _titles(found) == [
        ("中共临江省第九届委员会第六次全体会议", "2031-11-21", False),
        ("省第十次党代会", "2031-11-28", True),
    ]


def test_a_kind_of_meetings_is_not_an_event() -> None:
    found = extract(
        "本报讯 昨日，江城市党代会闭幕，龚明远当选市委书记。按照惯例，书记一般由地方党代会选举产生。",
        people=("龚明远",),
    )
    assert [e.title for e in found] == ["江城市党代会"]


def test_a_web_news_dateline_dates_the_report_it_opens() -> None:
    found = extract(
        "2031年7月3日星期二\n\n临江网江城7月4日讯 昨日，江城市党代会闭幕，龚明远当选市委书记。",
        pub=None,
        people=("龚明远",),
    )
    assert [(e.title, e.date) for e in found] == [("江城市党代会", "2031-07-03")]


def test_a_weekday_in_brackets_after_a_date_belongs_to_it_and_the_convener_drops_its_preposition() -> None:
    found = extract(
        "本报讯 临江省政府新闻办公室于2031年3月24日（星期三）下午2时举行新闻发布会，请林晓峰介绍情况。",
        pub="2031-03-30",
        people=("林晓峰",),
    )
    assert [e.date for e in found] == ["2031-03-24"]
    found = extract("本报讯 临江省政府新闻办公室于3月24日（星期三）举行新闻发布会。", pub="2031-03-30", people=())
    assert [(e.title, e.date) for e in found] == [("临江省政府新闻办公室新闻发布会", "2031-03-24")]


def test_a_headline_printed_twice_names_its_sitting_after_the_body_of_the_second_copy() -> None:
    found = extract(
        "江城市规划编制领导小组召开第三次全体会议\n江城市规划编制领导小组召开第三次全体会议\n"
        "5月18日上午，江城市规划编制领导小组召开第三次全体会议。林晓峰主持会议并讲话。",
        pub="2031-05-19",
        people=("林晓峰",),
    )
    assert [(e.title, e.date) for e in found] == [("江城市规划编制领导小组第三次全体会议", "2031-05-18")]


def test_a_series_of_meetings_is_a_kind_not_one_event() -> None:
    found = extract(
        "本报讯 12月2日，解读江城发展规划新闻发布会在江城举行。这开创了我市召开系列新闻发布会的先河。",
        pub="2031-12-04",
        people=(),
    )
    assert [(e.title, e.date) for e in found] == [("解读江城发展规划新闻发布会", "2031-12-02")]


def test_a_leader_with_two_titles_organising_a_collective_tour_is_its_actor_and_followers_join_it() -> None:
    text = (
        "本报讯 11月3日，临江市委常委、江城市委书记林晓峰组织市四大班子主要负责同志，集体调研全市重点项目建设情况。"
        "他强调，要加快项目建设。市领导王立群、柴思雨分别参加调研。"
    )
    found = _with_posts(text, "2031-11-04", ("林晓峰", "王立群", "柴思雨"), ("临江市委常委", "江城市委书记"))
    assert [(e.title, e.date) for e in found] == [("林晓峰集体调研全市重点项目建设情况", "2031-11-03")]
    assert {p.person for p in found[0].participants} >= {"林晓峰", "王立群", "柴思雨"}


def test_a_furniture_line_of_a_web_page_is_not_glued_to_the_report_below_it() -> None:
    found = extract(
        "发布时间:2031-11-10 08:09:05   来源:临江网\n\n林晓峰9日晚在江城宾馆举行宴会，欢迎海州国总统柴思雨。王立群出席。",
        pub=None,
        people=("林晓峰", "王立群", "柴思雨"),
    )
    assert [(e.title, e.date) for e in found] == [("林晓峰在江城宾馆举行宴会", "2031-11-09")]


def test_a_headline_dated_by_its_article_joins_the_report_of_its_own_document() -> None:
    from ygraph.corpus import eventmerge
    from ygraph.pipeline import process_document

    text = (
        "江城新区揭牌\n\n发布时间:2031-09-04 阅读次数: 来源:临江省商务厅\n\n────────\n\n"
        "8月30日，江城新区揭牌仪式在江城举行。林晓峰出席并为新区揭牌。"
    )
    facts = process_document(Source("a.txt", text, "utf-8"))
    assert len(facts.events) == 2  # the headline's act and the report's ceremony, in two articles
    events, _ = eventmerge.merge_events([facts], [])
    assert [e.date for e in events] == ["2031-08-30"]


def test_a_name_with_a_word_holding_a_stop_character_stays_whole() -> None:
    found = extract("本报讯 8月30日，中国(临江)自由贸易试验区揭牌仪式在江城举行。", pub="2031-09-04", people=())
    assert [e.title for e in found] == ["中国(临江)自由贸易试验区揭牌仪式"]


def test_the_day_of_an_event_just_named_dates_a_later_act_and_a_date_drops_its_preposition() -> None:
    found = extract(
        "本报讯 6月29日，江城推介会在海州举行。临江新区于2029年4月1日正式挂牌成立。"
        "推介会当日，林晓峰一行实地考察了海州港口。",
        pub="2031-06-30",
        people=("林晓峰",),
    )
    by_title = {e.title: e.date for e in found}
    assert by_title["临江新区正式挂牌成立"] == "2029-04-01"
    assert by_title["林晓峰一行实地考察海州港口"] == "2031-06-29"


def test_a_small_colon_ends_a_byline_before_the_name() -> None:
    found = extract("【临江商报讯】记者柴思雨报道﹕江城片区推介会昨日在海州举行。", pub="2031-06-30", people=())
    assert [(e.title, e.date) for e in found] == [("江城片区推介会", "2031-06-29")]


def test_one_name_printed_for_two_places_in_brackets_stays_two_events() -> None:
    from ygraph.corpus import eventmerge
    from ygraph.pipeline import process_document

    docs = {
        "a.txt": "本报讯 4月1日上午，中国(临江)自由贸易试验区正式挂牌。",
        "b.txt": "本报讯 中国(海州)自由贸易试验区于2031年4月1日正式挂牌。",
    }
    facts = [process_document(Source(p, t, "utf-8", user_date="2031-04-02")) for p, t in sorted(docs.items())]
    events, _ = eventmerge.merge_events(facts, [])
    assert len(events) == 2


def test_an_event_held_in_a_past_year_a_brand_a_series_and_jiang_as_object_marker() -> None:
    found = extract(
        "本报讯 9月25日，第二届江城港湾论坛今早开幕，共吸引1200人报名参与，超越2028年举办的海州城市峰会，"
        "成功将江城港湾论坛推向国际会议品牌。临江省首创发起的江城文明论坛已连续成功举办三届。",
        pub="2030-09-25",
        people=(),
    )
    # the summit surpassed is recalled as a reference (gold conventions A1: events/framed.py)
    assert _titles(found) == [("第二届江城港湾论坛", "2030-09-25", False)]


def test_a_group_led_to_a_place_is_a_visit_its_companions_join_and_a_printed_day_in_brackets_wins() -> None:
    found = extract(
        "本报讯 行政长官林晓峰9月16日率领临江代表团前往海州省，出席今(18)日上午举行的2030年江城合作联席会议。"
        "陪同行政长官赴海州的代表团成员包括柴思雨、龚明远等。",
        pub="2030-09-16",
        people=("林晓峰", "柴思雨", "龚明远"),
    )
    by_title = {e.title: e for e in found}
    assert sorted((t, e.date, e.event_type) for t, e in by_title.items()) == [
        ("2030年江城合作联席会议", "2030-09-18", "meeting"),
        ("林晓峰率领临江代表团前往海州省", "2030-09-16", "visit"),
    ]
    visit = by_title["林晓峰率领临江代表团前往海州省"]
    assert {p.person for p in visit.participants} == {"林晓峰", "柴思雨", "龚明远"}


def test_the_fields_of_a_web_page_stand_alone_between_headline_and_report() -> None:
    found = extract(
        "【临江导报】林晓峰率团赴海州出席联席会议\n发布时间:2030/09/16\n点击数:\n"
        "(本报消息) 行政长官林晓峰9月16日率领临江代表团前往海州省。",
        pub=None,
        people=("林晓峰",),
    )
    # the headline's 林晓峰率团赴海州 is the visit (a group its leader names, evrec18), which the report retells
    assert [(e.title, e.date) for e in found] == [("林晓峰率团赴海州", "2030-09-16")]


def test_a_notice_released_under_its_own_number_is_dated_by_the_number_not_the_page() -> None:
    text = (
        "2031-01-05 来源：临江网\n临江省发展改革委关于印发江城发展规划的通知\n临发改〔2030〕28号\n"
        "各市人民政府：现将《江城发展规划》印发你们，请认真贯彻落实《临江省人民政府关于江城发展的批复》（临政函〔2029〕9号）。"
    )
    found = extract(text, pub=None, people=())
    assert sorted((e.title, e.date) for e in found) == [
        ("现将《江城发展规划》印发你们", "2030"),
    ]  # the approval it carries out (贯彻落实《…批复》（…〔2029〕9号）) is a reference (gold-conventions A1)


def test_a_meeting_held_a_few_days_before_a_late_dateline_is_of_that_month() -> None:
    late = extract("本报7月28日讯 日前，临江省委召开会议，林晓峰主持会议并讲话。", pub="2031-07-29", people=("林晓峰",))
    early = extract("本报8月3日讯 日前，临江省委召开会议，林晓峰主持会议并讲话。", pub="2031-08-04", people=("林晓峰",))
    assert [(e.title, e.date) for e in late] == [("临江省委会议", "2031-07")]
    assert [(e.title, e.date) for e in early] == [("临江省委会议", "2031")]  # July or August: the year


def test_a_ceremony_attended_is_an_event_and_an_undated_likely_attendance_is_none() -> None:
    held = extract("本报讯 2029年12月，海州舰在海州军港交付海军时，林晓峰出席了交接入列仪式。", people=("林晓峰",))
    assert [(e.title, e.date, e.planned) for e in held] == [("交接入列仪式", "2029-12", False)]
    likely = extract("本报讯 港媒此前报导，临江舰即将入列，林晓峰很有可能出席交接入列仪式。", people=("林晓峰",))
    assert likely == []  # a plan with no date is no event (dates31: the lead's reading of A3)


def test_news_released_by_a_paper_and_events_listed_as_means_are_no_events() -> None:
    found = extract(
        "临江网江城6月30日讯 今天出版的《临江日报》头版发布消息，江城选出新一任市委书记。"
        "双方将通过打造旅游线路、举办文旅投资洽谈会等方式推动合作。",
        pub=None,
        people=(),
    )
    assert found == []


def test_a_meeting_named_only_as_a_reference_is_no_event_and_joining_talks_still_joins() -> None:
    found = extract(
        "本报讯 3月4日，中共江城市第八届委员会第一次全体会议召开。会议通过八届市纪委一次全会选举结果的报告。"
        "林晓峰主持会议并讲话。",
        pub="2031-03-04",
        people=("林晓峰",),
    )
    named = {e.title: e for e in found}
    assert "八届市纪委一次全会" not in named  # a reference (A1): no event of the article
    assert list(named) == ["中共江城市第八届委员会第一次全体会议"]
    assert named["中共江城市第八届委员会第一次全体会议"].date == "2031-03-04"
    assert {p.person for p in named["中共江城市第八届委员会第一次全体会议"].participants} == {"林晓峰"}
    talks = extract(
        "本报讯 11月12日下午，林晓峰会见了海州国客人柴思雨一行。会见前，双方共同签署了两地合作备忘录。"
        "王立群参加会见。",
        people=("林晓峰", "柴思雨", "王立群"),
    )
    by_title = {e.title: {p.person for p in e.participants} for e in talks}
    assert "王立群" in by_title["林晓峰会见海州国客人柴思雨一行"]


def test_a_meeting_that_just_adopted_a_plan_took_place() -> None:
    found = extract(
        "本报讯 3月24日，临江省政府新闻办举行新闻发布会。会上，他说，十四届临江省人大四次会议刚刚通过了临江省规划纲要。",
        pub="2031-03-30",
        people=(),
    )
    # a session named in passing, told as just held: the article's year, never its month (issue 15)
    assert ("十四届临江省人大四次会议", "2031") in [(e.title, e.date) for e in found]


def test_two_places_of_one_level_convening_a_meeting_hold_one_each() -> None:
    found = extract(
        "本报讯 12月6日，临江、海州两省召开领导干部大会，中央组织部有关负责人分别在会上宣布了中央决定。",
        people=(),
    )
    assert sorted((e.title, e.date, e.place) for e in found) == [
        ("临江省领导干部大会", "2030-12-06", "临江省"),
        ("海州省领导干部大会", "2030-12-06", "海州省"),
    ]


def test_an_act_some_years_ago_is_recalled() -> None:
    # moved on purpose (session 23, evprec33; docs/decisions.md "Duplicates and recollections by structure"): an
    # act dated only by whole years counted back (30年前 → 2001, time/rules.tsv years_ago) is a recollection, no
    # event of the report (gold-conventions A1); 几年前 still gives no year
    found = extract(
        "本报讯 5月20日，林晓峰在江城会见柴思雨。林晓峰说，30年前两市签署了友好城市协议。几年前两市又签署了合作协议。",
        people=("林晓峰", "柴思雨"),
    )
    dated = {e.title: e.date for e in found}
    assert "两市签署友好城市协议" not in dated
    assert "两市又签署合作协议" not in dated or dated["两市又签署合作协议"] != "2001"

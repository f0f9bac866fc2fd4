"""Event titles that do not name an event (ninth session, lane title19): recollections (自…召开以来, 从…至今), counts
and kinds of meetings (已召开三次会议, 定期召开会议), an act verb that opens a name (成立大会), a motion verb with no
visit of its own (某某抵达), an act someone only speaks of (表示会再请…会勘), the stops of a tour in its title.
Invented text, Simplified and Traditional."""

from __future__ import annotations

import pytest

from pipeline_probe import facts

DAY = "2030-06-08"
HEAD = "新华社江城2030年6月8日电 "
HEAD_T = "新華社江城2030年6月8日電 "


def _events(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.title, e.event_type, e.date) for e in facts(text, DAY).events]


def _titles(text: str) -> set[str]:
    return {title for title, _, _ in _events(text)}


RECALLED = [  # an earlier meeting named as the start of a period: a reference (A1), no event
    HEAD + "自2021年首届江城论坛召开以来，两地贸易额逐年增长。",
    HEAD + "自2019年第一届临江峰会举办以来，临江港吞吐量翻了一番。",
    HEAD + "从前年5月9日市政府首次召开常务会议至今，江城已出台惠企政策四十余项。",
    HEAD_T + "自2021年首屆江城論壇召開以來，兩地貿易額逐年增長。",
    HEAD_T + "從前年5月9日市政府首次召開常務會議至今，江城已出台惠企政策四十餘項。",
]


@pytest.mark.parametrize("text", RECALLED)
def test_a_meeting_recalled_as_the_start_of_a_period_is_no_event(text: str) -> None:
    assert _titles(text) == set()


COUNTED = [  # a count or a kind of meetings (A6: a series), no one event
    HEAD + "截至目前，市委常委会已先后召开四次会议听取汇报。",
    HEAD + "柴思雨今年已主持召开了12次常务会议。",
    HEAD + "工作专班将定期召开会议，督促各项目按期推进。",
    HEAD + "起草组召开了各方面座谈会，广泛收集建议。",
    HEAD + "江城市每月举行政企座谈会，听取企业诉求。",
    HEAD_T + "江城市每月舉行政企座談會，聽取企業訴求。",
    HEAD_T + "截至目前，市委常委會已先後召開四次會議聽取匯報。",
    HEAD_T + "工作專班將定期召開會議，督促各項目按期推進。",
]


@pytest.mark.parametrize("text", COUNTED)
def test_a_count_or_a_kind_of_meetings_is_no_event(text: str) -> None:
    assert _titles(text) == set()


@pytest.mark.parametrize("text", [HEAD + "8日，市委召开第三次会议。", HEAD_T + "8日，市委召開第三次會議。"])
def test_an_ordinal_sitting_stays_an_event(text: str) -> None:
    assert _titles(text) == {"市委第三次会议"}


FOUNDING = [  # 成立 opening the name of its ceremony: the ceremony is the event, 成立 no act of its own
    (HEAD + "8日上午，松岩市成立大会在江城举行。多位嘉宾出席了当天的成立大会。", "松岩市成立大会"),
    (HEAD + "8日上午，江城市举行松岩新区成立大会。", "松岩新区成立大会"),
    (HEAD + "8日，临江商会成立大会在海州召开，各地代表参加了成立大会。", "临江商会成立大会"),
    (HEAD_T + "8日上午，松岩市成立大會在江城舉行。多位嘉賓出席了當天的成立大會。", "松岩市成立大会"),
]


@pytest.mark.parametrize(("text", "title"), FOUNDING)
def test_a_founding_ceremony_is_one_opening_event(text: str, title: str) -> None:
    assert _events(text) == [(title, "opening", DAY)]


MOTION = [  # the way to the talks the person holds that day: no visit titled 某某抵达 / 某某前往
    HEAD + "临江商会主席龚明远8日拜访江城市长柴思雨。龚明远下午2时抵达江城市政府大楼。",
    HEAD + "临江副省长林晓峰赴江城、海州调研产业园区工作。8日至9日，林晓峰前往江城市、海州市调研产业园区建设。",
    HEAD + "海州商会会长欧阳青禾8日拜会江城市长柴思雨。欧阳青禾上午10时前往江城市政府。",
    HEAD_T + "臨江商會主席龔明遠8日拜訪江城市長柴思雨。龔明遠下午2時抵達江城市政府大樓。",
]


@pytest.mark.parametrize("text", MOTION)
def test_a_motion_verb_makes_no_bare_visit(text: str) -> None:
    titles = _titles(text)
    assert titles and not any(t.endswith(("抵达", "前往")) for t in titles)


SPOKEN = [  # an act someone speaks of in the act's own clause: not done
    HEAD + "8日，柴思雨前往临江镇会勘河堤加固工程。对于村民的诉求，柴思雨表示将再请水利部门会勘评估。",
    HEAD + "8日，龚明远赴海州港调研。对于码头扩建，龚明远指出明年将再赴现场调研。",
    HEAD_T + "8日，柴思雨前往臨江鎮會勘河堤加固工程。對於村民的訴求，柴思雨表示將再請水利部門會勘評估。",
]


@pytest.mark.parametrize("text", SPOKEN)
def test_an_act_someone_speaks_of_is_no_event(text: str) -> None:
    assert len(_titles(text)) == 1


STOPS = [  # the stops of a tour before an act with an object: no part of its title
    (HEAD + "8日，江城县长柴思雨到县粮食储备库、南山村、西河码头等地调研秋粮收储工作。", "柴思雨调研秋粮收储工作"),
    (HEAD + "8日，临江副省长林晓峰深入江城纺织公司、海州港码头等企业调研复工复产情况。", "林晓峰调研复工复产情况"),
    (HEAD + "8日，海州市长龚明远先后到临江新区、江城工业园、青禾物流港等地调研招商引资工作。", "龚明远调研招商引资工作"),
    (HEAD_T + "8日，江城縣長柴思雨到縣糧食儲備庫、南山村、西河碼頭等地調研秋糧收儲工作。", "柴思雨调研秋粮收储工作"),
]


@pytest.mark.parametrize(("text", "title"), STOPS)
def test_the_stops_of_a_tour_leave_its_title(text: str, title: str) -> None:
    assert _titles(text) == {title}


def test_the_stops_stay_when_the_act_has_no_object() -> None:
    text = HEAD + "8日，江城县长柴思雨先后到县粮食局、南山村、西河码头等地调研。"
    assert all("南山村" in t for t in _titles(text))


OPENERS = [  # a connective opening an act's subject, or after its actor and group word: no part of the title
    (HEAD + "8日，龚明远率临江市访问团抵达海州。而当天两市正式签订友好交流协议，深化人文往来。", "两市正式签订友好交流协议"),
    (HEAD_T + "8日，龔明遠率臨江市訪問團抵達海州。而當天兩市正式簽訂友好交流協議，深化人文往來。", "两市正式签订友好交流协议"),
    (HEAD + "8日，江城市长柴思雨前往临江镇会勘河堤加固工程。当天下午，副市长龚明远一行则是前往海州乡会勘桥梁工程。", "龚明远一行前往海州乡会勘桥梁工程"),
    (HEAD + "8日，江城市长柴思雨同海州市委副书记、市长龚明远带队的海州市经贸考察团一行举行座谈。", "柴思雨同龚明远带队的海州市经贸考察团一行举行座谈"),
]


@pytest.mark.parametrize(("text", "title"), OPENERS)
def test_a_title_starts_at_the_actor(text: str, title: str) -> None:
    assert title in _titles(text)


PIPED = [  # a page's furniture line ending with a pipe before the headline printed again
    "江城合作论坛海州开幕 |\n---|\n海州新闻网-海州日报 |\n江城合作论坛海州开幕 【本报海州6月7日电】7日上午，江城合作论坛在海州开幕。",
    "临江峰会江城举行 |\n---|\n江城日报 |\n临江峰会江城举行 【本报江城6月7日电】7日，临江峰会在江城举行。",
    "臨江峰會江城舉行 |\n---|\n江城日報 |\n臨江峰會江城舉行 【本報江城6月7日電】7日，臨江峰會在江城舉行。",
]


@pytest.mark.parametrize("text", PIPED)
def test_a_pipe_is_no_part_of_a_name(text: str) -> None:
    titles = _titles(text)
    assert titles and not any("|" in t for t in titles)


def test_one_tour_told_with_its_stops_and_its_act() -> None:
    text = HEAD + "8日，江城市委书记柴思雨一行先后来到江城电子、海州食品、临江物流园等地实地调研民营经济发展。"
    assert _titles(text) == {"柴思雨一行调研民营经济发展"}


VENUES = [  # a venue named after meetings (会议展览中心) is no meeting
    HEAD + "江城建市纪念大会于9月1日在江城国际会议展览中心隆重举行。",
    HEAD + "8日，临江投资论坛在海州国际会议展览中心开幕。",
    HEAD_T + "江城建市紀念大會於9月1日在江城國際會議展覽中心隆重舉行。",
]


@pytest.mark.parametrize("text", VENUES)
def test_a_venue_named_after_meetings_is_no_event(text: str) -> None:
    titles = _titles(text)
    assert len(titles) == 1 and not any(t.endswith("会议") for t in titles)


STUDIED = [  # the event of a speech whose spirit is studied, named with more words than 在<name>上的讲话 (A2)
    HEAD + "8日，江城市委召开常委会会议。会议认真学习了龚明远书记在第三届海州发展峰会上和江城考察期间的讲话精神。",
    HEAD + "8日，柴思雨会见海州市长龚明远一行。双方表示，要把林晓峰参加临江省人大一次会议江城代表团分组审议时发表的重要讲话精神贯彻好。",
    HEAD + "8日，江城市委召开常委会会议。会议强调，要把林晓峰在临江全省招商大会上关于扩大开放的重要讲话精神落到实处。",
    HEAD_T + "8日，江城市委召開常委會會議。會議認真學習了龔明遠書記在第三屆海州發展峰會上和江城考察期間的講話精神。",
]


@pytest.mark.parametrize("text", STUDIED)
def test_the_event_of_a_speech_studied_is_no_event(text: str) -> None:
    assert len(_titles(text)) == 1


TEASERS = [  # another page's teaser after a related-news heading, cut off with an ellipsis (A1: related news)
    HEAD + "8日，临江市召开常委会会议。\n新闻推荐\n本报讯(记者林晓峰)6月12日，江城科普进校园活动启动仪式在江城第二中学举行。主办方计划在三年内走访五十所乡村学校，为学生带去天文、生物等主题讲座，并...",
    HEAD + "8日，临江市召开常委会会议。\n相关新闻\n本报讯(记者柴思雨)6月10日，海州春季植树活动启动仪式在海州公园举行。来自各界的志愿者三百余人参加了活动，共种植树木两千余株，活动还将…",
    HEAD_T + "8日，臨江市召開常委會會議。\n新聞推薦\n本報訊(記者林曉峰)6月12日，江城科普進校園活動啟動儀式在江城第二中學舉行。主辦方計劃在三年內走訪五十所鄉村學校，為學生帶去天文、生物等主題講座，並...",
]


@pytest.mark.parametrize("text", TEASERS)
def test_a_related_news_teaser_is_no_event(text: str) -> None:
    assert _titles(text) == {"临江市常委会会议"}

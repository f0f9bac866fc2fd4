"""Dating classes counted across the held-out sets (sixth session, dates16; docs/time.md "Dating across sets").
Invented text only (临江省, 江城市, 林晓峰, 龚明远).

1. An event's length after its day (为期4天的访问): the days it lasts, from that day on, or up to it after an
   ending word (18日结束为期三天的访问); never for an act held during the stay (会见), never an approximate
   or a half length. Talks told during a visit of several days without a day of their own (其间，会见…) keep
   the visit's days, not its first day alone; the report's own event, dated by a lede that prints a range
   (某月某日至某日，某某一行赴某地调研), the lede's days, not their last day; a headline visit dated only by
   the year its name prints (“某年某某考察团”来某地考察), the days the body retells it with; a headline
   glued by the cleaner to the page's stamp (某会召开 某网 2030-04-13 09:15) is never dated by the stamp.
2. A report told as recent (近日, 日前) after a dateline that prints a day (某网某月某日某地消息 日前，…; an
   agency whose name ends in 社: 某评社某地某月某日电): the period the report's day allows, never that day.
3. A year a period starts from (自2031年起, 从2029年调入某地工作以后) or someone was born in (1974年出生) is
   history, never the article's year.
"""

from __future__ import annotations

import pytest

from pipeline_probe import dated_articles, facts, undated_page
from ygraph.model import Source
from ygraph.pipeline import process_document
from ygraph.text import clean
from ygraph.time.timerules import extract_times


def events(text: str, day: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    """Each event's title → (date, date_end)."""
    found = facts(text, day) if day else process_document(Source("t.txt", text, "utf-8"))
    return {e.title: (e.date, e.date_end) for e in found.events}


# --- 1. an event's length -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("新华社江城2030年6月8日电 临江省代表团5日抵达江城，开始为期4天的访问。", ("2030-06-05", "2030-06-08")),
        ("新華社江城2030年6月8日電 臨江省代表團5日抵達江城，開始為期4天的訪問。", ("2030-06-05", "2030-06-08")),
        ("新华社江城2031年4月20日电 青禾县长柴思雨19日率研学团一行抵达江城，开启为期5天的研学之旅。", ("2031-04-19", "2031-04-23")),
        ("新华社江城2030年6月8日电 龚明远明日（9日）将率领临江省代表团前往江城，开启为期两日的访问行程。", ("2030-06-09", "2030-06-10")),
        ("新華社江城2030年6月18日電 由十位官員組成的臨江省代表團18日結束於江城為期三天的訪問。", ("2030-06-16", "2030-06-18")),
        ("新华社江城2030年6月30日电 临江省代表团30日结束在江城为期两天的考察。", ("2030-06-29", "2030-06-30")),
        ("新华社江城2030年6月8日电 临江省代表团5日抵达江城，7日起开始为期3天的考察。", ("2030-06-07", "2030-06-09")),
    ],
)
def test_an_events_length_after_its_day_gives_its_days(text: str, dates: tuple[str, str]) -> None:
    assert dates in events(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城2030年6月8日电 6日，江城市委书记林晓峰会见了正在临江进行为期3天访问的海州代表团。",
        "新华社江城2030年6月8日电 临江省代表团5日抵达江城，开始为期10余天的访问。",
        "新华社江城2030年6月8日电 临江省代表团5日抵达江城，开始为期半天的考察。",
        "新華社江城2030年6月8日電 臨江省代表團5日抵達江城，開始為期兩週的訪問。",
    ],
)
def test_a_length_not_in_days_of_the_event_gives_no_end(text: str) -> None:
    assert all(end is None for _, end in events(text).values())
    assert any(date == "2030-06-05" or date == "2030-06-06" for date, _ in events(text).values())


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城2030年7月2日电 江城市长林晓峰1日率百人团赴海州，参加为期3天的江海双城论坛。",
        "新華社江城2030年7月2日電 江城市長林曉峰1日率百人團赴海州，參加為期3天的江海雙城論壇。",
        "新华社江城2030年7月2日电 龚明远1日率临江省代表团抵达江城，出席为期3天的江海合作论坛。",
    ],
)
def test_a_length_before_an_events_name_is_that_events(text: str) -> None:
    dates = events(text)
    assert [d for t, d in dates.items() if t.endswith("论坛")] == [("2030-07-01", "2030-07-03")]
    assert all(end is None for t, (_, end) in dates.items() if not t.endswith("论坛"))


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("江城晚报2032年5月22日讯 受海州议会之邀，江城市长龚明远率江城市代表团于5月17日至20日赴海州开展正式访问，其间，分别会见了海州议长林晓峰、海州商务部长柴思雨。", ("2032-05-17", "2032-05-20")),
        ("江城晚報2032年5月22日訊 受海州議會之邀，江城市長龔明遠率江城市代表團於5月17日至20日赴海州開展正式訪問，其間，分別會見了海州議長林曉峰、海州商務部長柴思雨。", ("2032-05-17", "2032-05-20")),
        ("2033年11月2日至4日，青禾县委书记柴思雨率青禾县党政考察团赴江城市学习考察。江城市长林晓峰会见考察团一行。", ("2033-11-02", "2033-11-04")),
    ],
)
def test_talks_during_a_visit_of_several_days_keep_its_days(text: str, days: tuple[str, str]) -> None:
    dates = events(text)
    talks = [d for t, d in dates.items() if "会见" in t]
    assert talks and all(d == days for d in talks)


def test_talks_on_a_day_of_their_own_during_a_visit_keep_that_day() -> None:
    text = "2031年10月14日至17日，柴思雨带领青禾县考察团赴江城市学习。15日下午，江城市长林晓峰会见了考察团。"
    assert [d for t, d in events(text).items() if "会见" in t] == [("2031-10-15", None)]


@pytest.mark.parametrize(
    "text",
    [
        "青禾县农业局领导来江城调研\n2032年7月3日至6日，青禾县农业局局长柴思雨一行来到江城，调研江城推进乡村振兴的做法。",
        "龔明遠率隊赴海州調研\n新華社海州2032年7月6日電 7月3日至6日，臨江省農業廳廳長龔明遠一行來到海州，調研海州推進鄉村振興的做法。",
        "柴思雨率队赴江城考察\n新华社江城2032年7月6日电 7月3日至6日，柴思雨率青禾县代表团赴江城考察。",
    ],
)
def test_the_reports_event_lasts_the_days_its_lede_prints(text: str) -> None:
    dates = events(text)
    assert dates and all(d == ("2032-07-03", "2032-07-06") for d in dates.values())



@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("林晓峰会见海州考察团\n新华社江城2032年7月6日电 7月3日至6日，海州考察团在江城考察。", "2032-07-06"),
        ("林曉峰會見海州考察團\n新華社江城2032年7月6日電 7月3日至6日，海州考察團在江城考察。", "2032-07-06"),
        ("江城与海州签署合作协议\n新华社江城2032年7月6日电 7月3日至6日，海州考察团赴江城考察。", "2032-07-06"),
        ("龚明远会见柴思雨一行\n新华社江城2031年9月14日电 9月12日至14日，青禾县考察团来江城学习。", "2031-09-14"),
    ],
)
def test_talks_or_a_signing_first_in_a_report_never_take_its_ledes_range(text: str, day: str) -> None:
    """A lede printing a range gives its days to the report's own visit, never to talks or a signing held on
    one of them (lasting.DURING): that act keeps the article's day."""
    dates = events(text)
    acts = [d for t, d in dates.items() if "会见" in t or "签署" in t]
    assert acts == [(day, None)]

@pytest.mark.parametrize(
    "text",
    [
        "“2029年临江青年企业家考察团”来江城考察\n2029/11/18 09:42:05 来源:江城融媒体中心\n11月12日至15日，由临江省工商联副主席柴思雨带队的“2029年临江青年企业家考察团”来江城考察。",
        "「2029年臨江青年企業家考察團」到訪江城\n2029/11/18 09:42:05 來源:江城融媒體中心\n11月12日至15日，臨江省工商聯副主席柴思雨帶隊的「2029年臨江青年企業家考察團」到訪江城。",
        "2029年青禾县党政代表团赴江城考察\n发布时间：2029-11-18\n11月12日至15日，青禾县委书记龚明远率2029年青禾县党政代表团赴江城考察。",
    ],
)
def test_a_headline_visit_dated_by_its_names_year_takes_the_days_retold_below(text: str) -> None:
    assert ("2029-11-12", "2029-11-15") in events(text).values()
    assert all(date != "2029" for date, _ in events(text).values())


@pytest.mark.parametrize(
    "text",
    [
        "臨江省經貿座談會召開 凝聚發展合力\n江城網 2030-04-13 09:15:00\n江城網訊 臨江省經貿座談會昨天在江城召開，省長林曉峰出席。",
        "临江省经贸座谈会召开 凝聚发展合力\n江城网 2030-04-13 09:15:00\n江城网讯 临江省经贸座谈会昨天在江城召开，省长林晓峰出席。",
        "海州市招商推介会举行 共谋合作发展\n海州网 2030-04-13 09:15:00\n海州网讯 海州市招商推介会昨天在江城举行，市长龚明远致辞。",
    ],
)
def test_a_headline_glued_to_its_page_stamp_is_not_dated_by_the_stamp(text: str) -> None:
    assert [d for d, _ in events(text).values()] == ["2030-04-12"]


# --- 2. a report told as recent after a dateline printing a day --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "江城市委常委会召开会议\n临江社江城6月18日电/据临江日报报道，近日，江城市委常委会召开会议，传达学习有关精神。",
        "江城市委常委會召開會議\n江城網 2030-06-18 15:43:08\n臨江社江城6月18日電/據臨江日報報道，近日，江城市委常委會召開會議。",
        "海州市考察团到江城交流考察\n中国临江网6月18日江城消息 日前，海州市考察团一行25人到江城开展经贸交流考察活动。",
        "海州市考察團到江城交流考察\n中國臨江網6月18日江城消息 日前，海州市考察團一行25人到江城開展經貿交流考察活動。",
        "龚明远率团到江城考察\n海州评社江城6月18日电 日前，龚明远率海州市代表团到江城考察。",
    ],
)
def test_a_recent_report_after_a_dateline_has_the_month_not_the_day(text: str) -> None:
    dates = {d for d, _ in events(text, "2030-06-18").values()}
    assert "2030-06" in dates
    assert "2030-06-18" not in dates


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("临江社江城6月18日电 江城市委常委会18日召开会议。", "江城"),
        ("湖濱社海州6月18日電(記者 龔明遠)海州市委常委會18日召開會議。", "海州"),
        ("江海评社临江6月18日电/据江城日报报道，林晓峰18日到海州考察。", "临江"),
    ],
)
def test_a_wire_of_an_agency_named_with_she_is_a_filed_dateline(text: str, place: str) -> None:
    assert [(a.dateline_rule, a.place) for a in dated_articles(text)] == [("wire_agency", place)]


@pytest.mark.parametrize(
    "text",
    [
        "江城旅行社6月8日电话回访游客。",
        "青禾合作社6月8日电商节开幕，林晓峰出席。",
        "江城出版社6月8日電話通知作者。",
        "临江旅社6月8日电话预订已满。",
    ],
)
def test_a_word_ending_in_she_that_names_no_agency_is_no_dateline(text: str) -> None:
    """合作社, 出版社, 旅行社, 旅社 name no news agency (datelines.tsv not_agency): 电话/电商 is no wire."""
    assert [a.dateline_rule for a in dated_articles(text)] == [""]

# --- 3. a year a period starts from ------------------------------------------------------------------


@pytest.mark.parametrize(
    "since",
    [
        "自2031年起，这家商会陆续在江城、海州开设了联络站。",
        "自2031年起，這家商會陸續在江城、海州開設了聯絡站。",
        "林晓峰从2029年调入江城工作以后，先后在三个部门任职。",
        "龔明遠從2030年開始在青禾縣工作。",
        "柴思雨，女，1974年出生于青禾县。",
        "龔明遠，1983年7月生，臨江江城人。",
    ],
)
def test_a_year_a_period_starts_from_never_dates_the_page(since: str) -> None:
    lede = "10月9日，臨江商會青禾聯絡站揭牌儀式在青禾縣舉行。" if clean.is_traditional(since) else "10月9日，临江商会青禾联络站揭牌仪式在青禾县举行。"
    text = f"{lede}{since}\n"
    assert undated_page(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("自2031年起", "duration"),
        ("从2029年调入江城工作以后", "duration"),
        ("從2030年開始", "duration"),
        ("自2030年1月5日起施行", "date"),
        ("2030年开始的改革", "date"),
        ("1974年出生", "vague"),
        ("1983年7月生，", "vague"),
        ("2020年生产总值", "date"),
    ],
)
def test_only_a_bare_year_a_period_starts_from_is_a_duration(text: str, kind: str) -> None:
    assert [t.kind for t in extract_times(text)] == [kind]

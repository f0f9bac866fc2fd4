"""A headline's event and the body's dated report of it are one event (issue 13, fourth session, class (m)
of the realheld4 analysis), and the dating shapes of class (d): an event's length (为期3日) is no day of the
month, a 当天 after a schedule is the story's day. Each class once gave the headline's event the page's date
(a misdated copy beside, or instead of, the body's event, with the participants on the wrong one). Invented
names, places and dates only; Simplified and Traditional variants."""

from __future__ import annotations

import pytest

from ygraph.corpus import eventmerge
from ygraph.model import Event, Source
from ygraph.pipeline import process_document


def build(text: str, user_date: str | None = None) -> list[Event]:
    facts = process_document(Source("t.txt", text, "utf-8", user_date=user_date))
    assert not [w for w in facts.warnings if w.code == "W050"]  # no step failed
    return list(facts.events)


def one(found: list[Event], word: str) -> Event:
    matching = [e for e in found if word in e.title]
    assert len(matching) == 1, [(e.title, e.date) for e in found]
    return matching[0]


# --- 1. 由…主办的某论坛，29日下午在某地开幕 (以…为主题的, 为期两天的): the body's event, which the headline's joins ------------------

STAMP = "\n\n  • {date} 09时09分\n  • 来源: 省政府办公厅\n\n"


@pytest.mark.parametrize(
    ("headline", "body", "word", "date", "place", "presider"),
    [
        ("林晓峰主持第三届江海论坛开幕式", "由临江省人民政府和江城市人民政府共同主办的第三届江海论坛,10月29日下午在江城开幕。"
         "\n\n全国政协副主席龚明远出席开幕式并讲话。省长林晓峰主持开幕式。", "江海论坛", "2031-10-29", "江城", "林晓峰"),
        ("龚明远主持第二届临江合作论坛开幕式", "由临江省人民政府承办的第二届临江合作论坛，5月12日上午在青禾开幕。"
         "\n\n副省长柴思雨出席开幕式并致辞。省长龚明远主持开幕式。", "临江合作论坛", "2031-05-12", "青禾", "龚明远"),
        ("柴思雨主持第五屆江海論壇開幕式", "由臨江省人民政府和江城市人民政府聯合主辦的第五屆江海論壇,10月29日下午在江城開幕。"
         "\n\n全國政協副主席林曉峰出席開幕式並講話。省長柴思雨主持開幕式。", "江海论坛", "2031-10-29", "江城", "柴思雨"),
        ("林晓峰主持第三届江海论坛开幕式", "以“合作共赢”为主题的第三届江海论坛,10月29日下午在江城开幕。"
         "\n\n省长林晓峰主持开幕式。", "江海论坛", "2031-10-29", "江城", "林晓峰"),
        ("龚明远主持第四届青禾发展论坛开幕式", "为期两天的第四届青禾发展论坛，3月8日上午在临江开幕。"
         "\n\n市长龚明远主持开幕式。", "青禾发展论坛", "2031-03-08", "临江", "龚明远"),
    ],
)
def test_a_described_forum_opened_that_day_is_the_headlines_event(
    headline: str, body: str, word: str, date: str, place: str, presider: str
) -> None:
    page = date[:8] + f"{int(date[8:]) + 1:02d}"
    found = build(headline + STAMP.format(date=f"{page[:4]}年{page[5:7]}月{page[8:]}日") + body)
    event = one(found, word)
    assert (event.date, event.place) == (date, place)
    assert (presider, "presided") in {(p.person, p.relation) for p in event.participants}


def test_a_name_the_sentence_takes_part_in_is_not_its_subject() -> None:
    text = "新华社江城2031年10月30日电 林晓峰出席由临江省人民政府主办的第三届江海论坛，并于29日前往青禾。"
    assert all(e.date != "2031-10-29" or "论坛" not in e.title for e in build(text))


@pytest.mark.parametrize(
    "clause",
    ["是在深入学习贯彻党的九届三中全会精神的关键时期召开的", "是在全面贯彻省委的十届五次全会部署之际召开的",
     "是在深入學習貫徹黨的九屆三中全會精神的關鍵時期召開的"],
)
def test_a_possessive_before_a_meetings_name_leaves_it_a_reference(clause: str) -> None:
    text = (f"新华社江城2031年10月28日电 中国共产党江城市第七次代表大会28日上午在江城开幕。这次代表大会,{clause}。"
            "林晓峰主持大会。")
    congress = one(build(text), "代表大会")
    assert ("林晓峰", "presided") in {(p.person, p.relation) for p in congress.participants}
    assert not [e for e in build(text) if "全会" in e.title and e.participants]


# --- 2. a headline's signing, signed at the meeting the body dates -----------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("江城市与临江区签署深化合作协议\n2031-10-27 08:14:00 来源:江城日报\n  江城网10月27日讯 10月24日上午,临江区—江城市"
         "产业对接会议在江城举行。会上,江城市与临江省临江区签署了深化合作协议,双方将加强合作。\n  市长林晓峰主持会议。",
         "2031-10-24"),
        ("青禾县与江城区签署战略合作协议\n2031-06-09 10:20:00 来源:临江日报\n  临江网6月9日讯 6月6日下午,青禾县—江城区"
         "合作交流座谈会在青禾召开。会上,青禾县与临江市江城区签署了战略合作协议。\n  县长龚明远主持座谈会。",
         "2031-06-06"),
        ("江城市與臨江區簽署深化合作協議\n2031-10-27 08:14:00 來源:江城日報\n  江城網10月27日訊 10月23日上午,臨江區—江城市"
         "產業對接會議在江城舉行。會上,江城市與臨江省臨江區簽署了深化合作協議。\n  市長柴思雨主持會議。",
         "2031-10-23"),
    ],
)
def test_a_headlines_signing_at_the_bodys_meeting_takes_the_meetings_day(text: str, date: str) -> None:
    found = build(text)
    signing = one([e for e in found if e.event_type == "signing"], "协议")
    assert signing.date == date and signing.date_source == "context"


def test_a_signing_no_headline_names_stays_the_meetings_outcome() -> None:
    text = ("江城举行产业对接会议\n2031-10-27 08:14:00 来源:江城日报\n  江城网10月27日讯 10月24日上午,临江区—江城市产业对接"
            "会议在江城举行。会上,江城市与临江省临江区签署了深化合作协议。")
    assert not [e for e in build(text) if e.event_type == "signing"]


# --- 3. a target year after a headline's act is not its date ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("首页>要闻\n《临江生态保护纲要》公布\n2031年12月02日 20:16 | 来源:江城网\n《临江生态保护纲要》公布 2035年临江生态"
         "环境取得根本好转\n江城网消息:临江省委、省政府昨天(1日)印发了《临江生态保护纲要》。《纲要》指出,到2035年,生态环境将"
         "取得根本好转。", "2031-12-01"),
        ("首页>要闻\n《江城交通发展规划》发布\n2031年06月10日 18:30 | 来源:临江网\n《江城交通发展规划》发布 2040年江城轨道"
         "交通基本成网\n临江网消息:江城市政府9日印发了《江城交通发展规划》。", "2031-06-09"),
        ("首頁>要聞\n《臨江生態保護綱要》公布\n2031年12月02日 20:16 | 來源:江城網\n《臨江生態保護綱要》公布 2035年臨江生態"
         "環境取得根本好轉\n江城網消息:臨江省委、省政府昨天(1日)印發了《臨江生態保護綱要》。", "2031-12-01"),
    ],
)
def test_a_target_year_after_a_headlines_act_never_dates_it(text: str, date: str) -> None:
    found = build(text)
    assert all(e.date is None or e.date[:4] == "2031" for e in found)
    assert [e.date for e in found if e.event_type == "release"] == [date]


# --- 4. the headline's visit, retold in the body with its days -------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "end"),
    [
        ("临江省党政代表团赴江城学习考察并举行两省交流座谈会\n  为深入推动交流合作,11月22日至23日,临江省党政代表团赴江城"
         "市学习考察。23日上午,两省在江城召开交流座谈会。江城市委书记林晓峰主持。", "2031-11-22", "2031-11-23"),
        ("青禾市代表团赴临江考察\n  为加强两地合作,5月6日至8日,青禾市党政代表团赴临江省考察。7日上午,两地在临江召开"
         "合作座谈会。临江省长龚明远主持。", "2031-05-06", "2031-05-08"),
        ("臨江省黨政代表團赴江城學習考察並舉行兩省交流座談會\n  為深入推動交流合作,11月22日至23日,臨江省黨政代表團赴江城"
         "市學習考察。23日上午,兩省在江城召開交流座談會。江城市委書記柴思雨主持。", "2031-11-22", "2031-11-23"),
    ],
)
def test_the_headlines_visit_takes_the_days_the_body_prints(text: str, date: str, end: str) -> None:
    visit = one([e for e in build(text, "2031-12-30") if e.event_type == "visit"], "代表团")
    assert (visit.date, visit.date_end) == (date, end)


# --- 5. a headline's short name, a body name with a subtitle after a dash --------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("大江论坛开幕 聚焦乡情\n编辑:龚明远|2031-08-29 15:50:30|来源:江城新闻网\n由临江盟中央主办的第四届大江论坛——两岸"
         "城市交流合作发展精英论坛28日在北京江城会馆开幕。\n临江办副主任林晓峰在致辞中表示,两岸一家亲。", "2031-08-28"),
        ("青禾论坛开幕 共话发展\n编辑:柴思雨|2031-04-12 10:00:00|来源:临江网\n第二届青禾论坛——沿江城市产业协同创新发展论坛11日在"
         "江城开幕。\n江城市长龚明远在致辞中表示,合作共赢。", "2031-04-11"),
        ("大江論壇開幕 聚焦鄉情\n編輯:龔明遠|2031-08-29 15:50:30|來源:江城新聞網\n由臨江盟中央主辦的第四屆大江論壇——兩岸"
         "城市交流合作發展精英論壇28日在北京江城會館開幕。\n臨江辦副主任林曉峰在致辭中表示,兩岸一家親。", "2031-08-28"),
    ],
)
def test_a_headlines_short_name_is_the_bodys_subtitled_forum(text: str, date: str) -> None:
    forums = [e for e in build(text) if e.event_type == "forum"]
    assert [e.date for e in forums] == [date]
    assert forums[0].participants


# --- 6. (d) an event's length is no day of the month ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("临江日报讯 省长林晓峰今日(4日)见记者时透露,明日(5日)将率领临江省政府代表团前往江城市开启为期3日的访问行程。",
         "2031-07-05"),
        ("江城日报讯 市长龚明远今日(9日)表示,明日(10日)将率领江城市代表团前往青禾县开展为期4日的考察访问。",
         "2031-07-10"),
        ("【江城新聞】行政長官柴思雨今日(4日)見記者時透露,明日(5日)將率領臨江特區政府代表團前往江城市開啟為期3日的訪問行程。",
         "2031-07-05"),
    ],
)
def test_an_events_length_is_not_its_day(text: str, date: str) -> None:
    visits = [e for e in build(text, date[:8] + "20") if e.event_type == "visit"]
    assert [e.date for e in visits] == [date]


# --- 7. (d) 当天 after a schedule sentence is the story's day ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("林晓峰临江全票当选全国人大代表\n临江省长林晓峰1月30日在临江全票当选全国人民代表大会代表。此外,2031年全国两会的开幕"
         "日期也公布了,全国政协会议3月3日、全国人大3月5日于北京开幕。\n据《江城日报》报道,临江省九届人大一次会议,当天下午"
         "举行第四次全体会议,选出58名代表。", "2031-01-30"),
        ("龚明远当选青禾省人大常委会主任\n青禾省九届人大一次会议2031年1月20日选举龚明远为省人大常委会主任。此外,全省政协会议的"
         "日期也公布了,将于3月1日在青禾开幕。\n据《临江日报》报道,青禾省九届人大一次会议,当天下午举行第三次全体会议。",
         "2031-01-20"),
        ("柴思雨臨江全票當選全國人大代表\n臨江省長柴思雨1月30日在臨江全票當選全國人民代表大會代表。此外,2031年全國兩會的開幕"
         "日期也公布了,全國政協會議3月3日、全國人大3月5日於北京開幕。\n據《江城日報》報導,臨江省九屆人大一次會議,當天下午"
         "舉行第四次全體會議,選出58名代表。", "2031-01-30"),
    ],
)
def test_the_same_day_after_a_schedule_is_the_storys_day(text: str, date: str) -> None:
    sitting = one(build(text), "全体会议")
    assert sitting.date == date


# --- 8. a headline's sitting without its number, the body's numbered sitting ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "林晓峰主持召开临江省政府全体会议 讨论《政府工作报告(征求意见稿)》\n江城日报江城2031年1月22日电 (记者 龚明远)临江省"
        "省长林晓峰22日上午在江城主持召开临江省政府第八次全体会议,讨论政府工作报告。\n林晓峰指出,要广泛听取意见。",
        "龚明远主持召开江城市政府全体会议\n临江日报江城2031年3月5日电 江城市市长龚明远5日下午主持召开江城市政府第三次全体"
        "会议,部署全年工作。\n龚明远强调,要狠抓落实。",
        "林曉峰主持召開臨江省政府全體會議 討論《政府工作報告(徵求意見稿)》\n江城日報江城2031年1月22日電 (記者 柴思雨)臨江省"
        "省長林曉峰22日上午在江城主持召開臨江省政府第八次全體會議,討論政府工作報告。\n林曉峰指出,要廣泛聽取意見。",
    ],
)
def test_a_headlines_sitting_without_its_number_is_the_bodys_sitting(text: str) -> None:
    meetings = [e for e in build(text) if e.event_type == "meeting"]
    assert len(meetings) == 1 and "次全体会议" in meetings[0].title


# --- 9. a fair named in full by a mention the page dates, the report's abbreviated name -------------------


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城7月8日电 7月7日上午,第九届江洽会开幕式暨沿江合作发展高端论坛在江城隆重举行。\n全国政协副主席林晓峰出席"
        "并宣布第九届临江江海投资贸易洽谈会开幕。\n省长龚明远主持开幕式暨高端论坛。",
        "新华社青禾5月21日电 5月20日上午,第三届青博会开幕式暨数字经济论坛在青禾举行。\n副省长柴思雨出席并宣布第三届中国"
        "青禾数字产品博览会开幕。\n市长龚明远主持开幕式。",
        "新華社江城7月8日電 7月7日上午,第九屆江洽會開幕式暨沿江合作發展高端論壇在江城隆重舉行。\n全國政協副主席林曉峰出席"
        "並宣布第九屆臨江江海投資貿易洽談會開幕。\n省長龔明遠主持開幕式暨高端論壇。",
    ],
)
def test_a_fairs_full_name_the_page_dates_is_the_reports_abbreviated_one(text: str) -> None:
    found = [e for e in build(text, "2031-12-30") if e.event_type in ("meeting", "forum")]
    assert len(found) == 1 and len({p.person for p in found[0].participants}) == 2


def test_two_fairs_of_other_editions_stay_two() -> None:
    text = ("新华社江城7月8日电 7月7日上午,第九届江洽会开幕式暨沿江合作发展高端论坛在江城隆重举行。\n林晓峰回顾了第八届临江"
            "江海投资贸易洽谈会的成果。")
    assert not any(e.title.startswith("第八届") and e.date == "2031-07-07" for e in build(text, "2031-12-30"))


# --- 10. a numbered session printed short (省政协某届某次会议) and in full ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城2031年1月13日电 中国人民政治协商会议第十二届临江省委员会第二次会议13日上午在江城开幕。林晓峰出席"
        "临江省政协十二届二次会议开幕会。",
        "新华社青禾2031年2月20日电 中国人民政治协商会议第九届青禾市委员会第三次会议20日下午在青禾闭幕。龚明远出席青禾市政协九届三次"
        "会议闭幕会。",
        "新華社江城2031年1月13日電 中國人民政治協商會議第十二屆臨江省委員會第二次會議13日上午在江城開幕。柴思雨出席"
        "臨江省政協十二屆二次會議開幕會。",
    ],
)
def test_a_session_printed_short_and_in_full_is_one_event(text: str) -> None:
    assert len([e for e in build(text) if e.event_type == "meeting"]) == 1


def test_sessions_of_other_bodies_or_numbers_stay_apart() -> None:
    text = ("新华社江城2031年1月13日电 中国人民政治协商会议第十二届临江省委员会第二次会议13日上午在江城开幕。林晓峰14日"
            "出席青禾省政协十二届二次会议开幕会。龚明远15日出席临江省政协十一届五次会议开幕会。")
    assert len([e for e in build(text) if e.event_type == "meeting"]) == 3


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("中国人民政治协商会议第十二届临江省委员会第二次会议13日上午在江城隆重开幕。", "临江省政协十二届二次会议隆重开幕"),
        ("中国人民政治协商会议第九届青禾市委员会第三次会议13日下午在青禾开幕。", "青禾市政协九届三次会议开幕"),
        ("中國人民政治協商會議第十二屆臨江省委員會第二次會議13日上午在江城隆重開幕。", "臨江省政協十二屆二次會議隆重開幕"),
    ],
)
def test_a_related_news_link_to_the_session_is_that_session_in_the_corpus(full: str, short: str) -> None:
    text = f"新华社江城2031年1月13日电 {full}林晓峰出席开幕会。\n\n相关新闻\n{short}\n"
    facts = [process_document(Source("t.txt", text, "utf-8", user_date="2031-01-13"))]
    events, _ = eventmerge.merge_events(facts, [])
    assert len([e for e in events if e.event_type == "meeting"]) == 1


# --- 11. (d) the day opening a sentence whose subject is the planned event --------------------------------


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        ("江城市长齐聚临江\n江城日报记者 龚明远\n2031-09-15 11:57\n来源:江城新闻\n\n9月16日,江海城市经济协调会第二十次"
         "全体会议将在临江召开。41个成员城市的市长将出席会议。", "第二十次全体会议", "2031-09-16"),
        ("青禾举办合作论坛\n临江日报记者 柴思雨\n2031-05-10 09:30\n来源:临江新闻\n\n5月12日,第三届青禾合作论坛将在"
         "青禾开幕。各地代表将出席论坛。", "青禾合作论坛", "2031-05-12"),
        ("江城市長齊聚臨江\n江城日報記者 龔明遠\n2031-09-15 11:57\n來源:江城新聞\n\n9月16日,江海城市經濟協調會第二十次"
         "全體會議將在臨江召開。41個成員城市的市長將出席會議。", "第二十次全体会议", "2031-09-16"),
    ],
)
def test_the_day_opening_a_planned_events_sentence_is_its_day(text: str, title: str, date: str) -> None:
    event = one([e for e in build(text) if e.planned], title)
    assert event.date == date


def test_a_day_before_a_plan_word_still_dates_the_decision() -> None:
    text = "新华社江城2031年8月16日电 8月16日，江城市委常委会确定，江城市第十次党代会将于9月18日召开。"
    assert one(build(text), "党代会").date == "2031-09-18"

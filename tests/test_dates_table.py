"""The date-expression table: text, reference date, expected value/end/precision, one case per row.

The seed rows hold every date expression of every seed article (generic strings such as "今年9月") with
the article's reference date and the correct resolution. ``target`` names the expression checked when the
text holds several (narrative cues need the date before them).
"""

from __future__ import annotations

import opencc
import pytest

from ygraph.time.numerals import normalize_date_numerals
from ygraph.time.timeresolve import resolve_times
from ygraph.time.timerules import extract_times

_T2S = opencc.OpenCC("t2s")

# id, text, reference, target ("" = the whole text), kind, value, value_end, precision
D, U, V = "date", "duration", "vague"
SEED_ROWS = [
    # 000: symposium article (dateline 11月30日) and the postal articles of the 2023-12 page
    ("s000-dateline", "新华社上海 11月 30 日电", "2023-11-30", "11月 30 日", D, "2023-11-30", None, "day"),
    ("s000-30am", "30 日上午", "2023-11-30", "", D, "2023-11-30", None, "day"),
    ("s000-5years", "实施 5年来", "2023-11-30", "5年来", U, None, None, "none"),
    ("s000-summit", "11月 28日，第21届峰会", "2023-12", "11月 28日", D, "2023-11-28", None, "day"),
    ("s000-4years", "时隔 4 年后再次相聚", "2023-11-28", "时隔 4 年后", U, None, None, "none"),
    ("s000-2023", "本报2023年全国通联工作会议", "2023-11-28", "2023年", D, "2023", None, "year"),
    (
        "s000-range",
        "11月 28日至 29日在京召开",
        "2023-12",
        "11月 28日至 29日",
        D,
        "2023-11-28",
        "2023-11-29",
        "day",
    ),
    ("s000-jinnian", "总结今年报社工作", "2023-11-28", "今年", D, "2023", None, "year"),
    ("s000-mingnian", "部署明年宣传工作", "2023-11-28", "明年", D, "2024", None, "year"),
    ("s000-2023b", "以及 2023年宣传报道", "2023-11-28", "2023年", D, "2023", None, "year"),
    ("s000-stamps", "12 月 1 日，中国邮政发行", "2023-12", "12 月 1 日", D, "2023-12-01", None, "day"),
    ("s000-future", "探索未来发展", "2023-12", "未来", V, None, None, "none"),
    # 001: the same report in Markdown and the Xinhua items (year from another document: 2023)
    ("s001-dateline", "新华社上海11月30日电", "2023-11-30", "11月30日", D, "2023-11-30", None, "day"),
    ("s001-30am", "龚明远30日上午在上海", "2023-11-30", "30日上午", D, "2023-11-30", None, "day"),
    (
        "s001-caption",
        "11月30日上午，龚明远在上海",
        "2023-11-30",
        "11月30日上午",
        D,
        "2023-11-30",
        None,
        "day",
    ),
    ("s001-5years-jian", "5年间，科技创新能力持续提高", "2023-11-30", "5年间", U, None, None, "none"),
    ("s001-recent", "近年来，江苏携手", "2023-11-30", "近年来", V, None, None, "none"),
    ("s001-yiqian", "以前回老家", "2023-11-30", "以前", V, None, None, "none"),
    ("s001-xianzai", "现在高铁只需要", "2023-11-30", "现在", V, None, None, "none"),
    (
        "s001-un-day",
        "新华社北京11月30日电 11月29日，联合国举行",
        "2023-11-30",
        "11月29日",
        D,
        "2023-11-29",
        None,
        "day",
    ),
    ("s001-1967", "以1967年边界为基础", "2023-11-30", "1967年边界", V, None, None, "none"),
    (
        "s001-condolence",
        "11月30日，国家主席就某人逝世致唁电",
        "2023-11-30",
        "11月30日",
        D,
        "2023-11-30",
        None,
        "day",
    ),
    # 002: the chronicle (reference 2023-12-01)
    (
        "s002-1130",
        "11月30日，龚明远总书记在上海主持召开",
        "2023-12-01",
        "11月30日",
        D,
        "2023-11-30",
        None,
        "day",
    ),
    ("s002-jiezhi", "截至目前，平台已集聚", "2023-12-01", "截至目前", V, None, None, "none"),
    ("s002-jinnian", "今年又新纳入了苏州", "2023-12-01", "今年", D, "2023", None, "year"),
    ("s002-since", "今年以来，海安出台", "2023-12-01", "今年以来", U, None, None, "none"),
    ("s002-2016", "2016年，上海自贸区运行3周年之际", "2023-12-01", "2016年", D, "2016", None, "year"),
    ("s002-3zhounian", "运行3周年之际", "2023-12-01", "3周年", U, None, None, "none"),
    ("s002-2020-08", "2020年8月，在扎实推进座谈会上", "2023-12-01", "2020年8月", D, "2020-08", None, "month"),
    ("s002-sept", "今年9月，智算中心揭牌运行", "2023-12-01", "今年9月", D, "2023-09", None, "month"),
    ("s002-june", "今年6月，2023年度座谈会在合肥举行", "2023-12-01", "今年6月", D, "2023-06", None, "month"),
    ("s002-2023du", "今年6月，2023年度座谈会在合肥举行", "2023-12-01", "2023年度", D, "2023", None, "year"),
    (
        "s002-2022-09",
        "2022年9月，在上海召开的联席会议上",
        "2023-12-01",
        "2022年9月",
        D,
        "2022-09",
        None,
        "month",
    ),
    ("s002-2022", "2022年长三角区域协同创新指数", "2023-12-01", "2022年", D, "2022", None, "year"),
    ("s002-2011", "较2011年增长了近1.5倍", "2023-12-01", "较2011年", V, None, None, "none"),
    ("s002-2025", "到2025年，常住人口城镇化率达到70%", "2023-12-01", "到2025年", V, None, None, "none"),
    ("s002-2035", "到2035年，发展达到较高水平", "2023-12-01", "到2035年", V, None, None, "none"),
    (
        "s002-dateline",
        "新华社北京12月1日电（记者 某某）",
        "2023-12-01",
        "12月1日",
        D,
        "2023-12-01",
        None,
        "day",
    ),
    ("s002-mid", "今年年中，量子计算云平台正式上线", "2023-12-01", "今年年中", D, "2023", None, "year"),
    (
        "s002-2020-03-29",
        "2020年3月29日，龚明远总书记乘车来到",
        "2023-12-01",
        "2020年3月29日",
        D,
        "2020-03-29",
        None,
        "day",
    ),
    (
        "s002-2021-06",
        "2021年6月，《意见》发布；同年7月，《意见》发布",
        "2023-12-01",
        "2021年6月",
        D,
        "2021-06",
        None,
        "month",
    ),
    (
        "s002-tongnian",
        "2021年6月，《意见》发布；同年7月，《意见》发布",
        "2023-12-01",
        "同年7月",
        D,
        "2021-07",
        None,
        "month",
    ),
    (
        "s002-0928",
        "今年9月28日，沿江高铁正式投入运营",
        "2023-12-01",
        "今年9月28日",
        D,
        "2023-09-28",
        None,
        "day",
    ),
    (
        "s002-july-end",
        "今年7月底，示范区迎来高新区的成立",
        "2023-12-01",
        "今年7月底",
        D,
        "2023-07",
        None,
        "month",
    ),
    (
        "s002-q1to3",
        "今年前三季度，GDP总量逾22.1万亿元",
        "2023-12-01",
        "今年前三季度",
        D,
        "2023-01",
        "2023-09",
        "month",
    ),
    ("s002-same-period", "较2022年同期有所提升", "2023-12-01", "较2022年同期", V, None, None, "none"),
    ("s002-photo", "这是12月1日拍摄的公园景色", "2023-12-01", "12月1日", D, "2023-12-01", None, "day"),
    ("s002-jinri", "近日，公园的水杉树叶渐露金黄", "2023-12-01", "近日", V, None, None, "none"),
    ("s002-mubiao", "目前正在全面装修", "2023-12-01", "目前", V, None, None, "none"),
    # 003: the 2023 leaders' meeting page (reference: datelines of 2023-06-06)
    (
        "s003-range",
        "6月5日至6日，2023年度座谈会在合肥市举行",
        "2023-06-06",
        "6月5日至6日",
        D,
        "2023-06-05",
        "2023-06-06",
        "day",
    ),
    (
        "s003-2023du",
        "6月5日至6日，2023年度座谈会在合肥市举行",
        "2023-06-06",
        "2023年度",
        D,
        "2023",
        None,
        "year",
    ),
    ("s003-wunianlai", "上升为国家战略五年来的工作成效", "2023-06-06", "五年来", U, None, None, "none"),
    (
        "s003-plan",
        "审议并原则通过《一体化发展2023年度工作计划》",
        "2023-06-06",
        "2023年度",
        D,
        "2023",
        None,
        "year",
    ),
    (
        "s003-2023shi",
        "2023年是全面贯彻落实党的二十大精神的开局之年",
        "2023-06-06",
        "2023年",
        D,
        "2023",
        None,
        "year",
    ),
    (
        "s003-forum",
        "6月6日上午，高层论坛在合肥市举行",
        "2023-06-06",
        "6月6日上午",
        D,
        "2023-06-06",
        None,
        "day",
    ),
    ("s003-jinnian", "今年是上升为国家战略5周年", "2023-06-06", "今年", D, "2023", None, "year"),
    ("s003-5zhounian", "今年是上升为国家战略5周年", "2023-06-06", "5周年", U, None, None, "none"),
    ("s003-jinwunian", "在巩固提升近五年合作成果的基础上", "2023-06-06", "近五年", U, None, None, "none"),
    ("s003-dateline", "据新华社上海6月6日电", "2023-06-06", "6月6日", D, "2023-06-06", None, "day"),
    ("s003-jinri", "副总理近日在上海调研", "2023-06-06", "近日", V, None, None, "none"),
    ("s003-4to6", "4日至6日，某人先后到企业", "2023-06-06", "4日至6日", D, "2023-06-04", "2023-06-06", "day"),
    ("s003-2024", "会议确定2024年度座谈会在浙江省召开", "2023-06-06", "2024年度", D, "2024", None, "year"),
    ("s003-dangqian", "坚持紧抓当前、抓好当前", "2023-06-06", "当前", V, None, None, "none"),
    # 004: the 2022 leaders' meeting page
    (
        "s004-2022du",
        "2022年度长三角地区主要领导座谈会在上海举行",
        "2022-08-16",
        "2022年度",
        D,
        "2022",
        None,
        "year",
    ),
    ("s004-2023du", "会议确定2023年度座谈会在安徽省召开", "2022-08-16", "2023年度", D, "2023", None, "year"),
    (
        "s004-0816",
        "本报讯 8月16日,2022年度座谈会在上海举行",
        "2022-08-18",
        "8月16日",
        D,
        "2022-08-16",
        None,
        "day",
    ),
    ("s004-0817", "本报讯 8月17日,高层论坛在上海举行", "2022-08-18", "8月17日", D, "2022-08-17", None, "day"),
    (
        "s004-h1",
        "在今年上半年上海抗击疫情的斗争中",
        "2022-08-17",
        "今年上半年",
        D,
        "2022-01",
        "2022-06",
        "month",
    ),
    ("s004-past-year", "特别是过去一年在复杂严峻挑战中", "2022-08-17", "过去一年", U, None, None, "none"),
    ("s004-jinhou", "当前和今后一个时期", "2022-08-16", "今后", V, None, None, "none"),
]

HARD_ROWS = [
    ("boundary-md", "12月28日", "2024-01-02", "", D, "2023-12-28", None, "day"),
    ("boundary-day", "31日上午", "2024-01-02", "31日上午", D, "2023-12-31", None, "day"),
    ("boundary-qunian", "去年12月", "2024-01-05", "", D, "2023-12", None, "month"),
    ("boundary-range", "12月30日至1月2日", "2024-01-03", "", D, "2023-12-30", "2024-01-02", "day"),
    ("month-range", "11月30日至12月2日", "2023-12-05", "", D, "2023-11-30", "2023-12-02", "day"),
    ("announce-ahead", "12月1日起施行", "2023-11-28", "12月1日", D, "2023-12-01", None, "day"),
    ("leap-day", "2月29日", "2023-03-01", "", D, "2020-02-29", None, "day"),
    ("day-earlier-month", "28日", "2023-03-05", "", D, "2023-02-28", None, "day"),
    ("last-week", "上周", "2025-04-18", "", D, "2025-04", None, "month"),
    ("last-week-across-months", "上周", "2025-04-09", "", D, "2025", None, "year"),
    ("last-week-day", "上周五", "2025-04-18", "", D, "2025-04-11", None, "day"),
    ("next-week-day", "下星期一", "2025-04-18", "", D, "2025-04-21", None, "day"),
    ("last-weekend", "上周末", "2025-06-14", "", D, "2025-06-07", "2025-06-08", "day"),
    ("three-days-ago", "大前天", "2025-06-14", "", D, "2025-06-11", None, "day"),
    ("weekday-alone", "周一上午", "2025-06-14", "", D, "2025-06-09", None, "day"),
    ("previous-day", "6月8日开幕，前一天", "2025-06-14", "前一天", D, "2025-06-07", None, "day"),
    ("year-end-narrative", "2023年9月启动，年底完工", "2025-06-14", "年底", D, "2023", None, "year"),
    (
        "same-day-skips-a-topic-year",
        "3月5日，会议召开。会议通报了2030年度评价结果。当天下午",
        "2031-03-06",
        "当天下午",
        D,
        "2031-03-05",
        None,
        "day",
    ),
    (
        "tongnian-after-2021",
        "2021年6月开工，同年7月完工",
        "2023-12-01",
        "同年7月",
        D,
        "2021-07",
        None,
        "month",
    ),
    ("cinian", "2019年5月签约，次年投产", "2023-12-01", "次年", D, "2020", None, "year"),
    ("ciri", "2022年3月8日抵达，次日离开", "2023-12-01", "次日", D, "2022-03-09", None, "day"),
    ("dangtian", "2022年3月8日抵达，当天下午会见", "2023-12-01", "当天下午", D, "2022-03-08", None, "day"),
    ("tongyue", "2022年3月8日开幕，同月15日闭幕", "2023-12-01", "同月15日", D, "2022-03-15", None, "day"),
    ("year-range", "2021年至2023年", "2023-12-01", "", D, "2021", "2023", "year"),
    ("year-range-dash", "2021—2023年", "2023-12-01", "", D, "2021", "2023", "year"),
    ("may-dash", "5月22日—23日", "2023-06-01", "", D, "2023-05-22", "2023-05-23", "day"),
    ("hyphen-range", "6月11-13日", "2023-06-20", "", D, "2023-06-11", "2023-06-13", "day"),
    ("ym-range", "2023年6月至8月", "2023-12-01", "", D, "2023-06", "2023-08", "month"),
    ("spaced-md", "12 月 1 日", "2023-12-05", "", D, "2023-12-01", None, "day"),
    ("iso", "2023-12-01", None, "", D, "2023-12-01", None, "day"),
    ("nianDu", "2023年度", None, "", D, "2023", None, "year"),
    ("jintian", "今天", "2023-05-05", "", D, "2023-05-05", None, "day"),
    ("zuotian", "昨天上午", "2023-03-01", "", D, "2023-02-28", None, "day"),
    ("qiantian", "前天", "2023-05-05", "", D, "2023-05-03", None, "day"),
    ("zuowan", "昨晚", "2023-05-05", "", D, "2023-05-04", None, "day"),
    ("evening", "29日晚", "2023-11-30", "", D, "2023-11-29", None, "day"),
    ("afternoon", "11月30日下午", "2023-12-01", "", D, "2023-11-30", None, "day"),
    ("dangwan", "2022年3月8日抵达，当晚举行欢迎宴会", "2023-12-01", "当晚", D, "2022-03-08", None, "day"),
    ("benyue", "本月", "2023-05-05", "", D, "2023-05", None, "month"),
    ("shangyue", "上月", "2023-01-10", "", D, "2022-12", None, "month"),
    ("qiannian", "前年", "2023-05-05", "", D, "2021", None, "year"),
    ("qunian", "去年", "2023-05-05", "", D, "2022", None, "year"),
    ("nianchu", "今年年初", "2023-05-05", "", D, "2023", None, "year"),
    ("niandi", "去年年底", "2023-05-05", "", D, "2022", None, "year"),
    ("jinniandi", "今年底", "2023-05-05", "", D, "2023", None, "year"),
    ("yuechu", "今年3月初", "2023-05-05", "", D, "2023-03", None, "month"),
    ("shangxun", "5月上旬", "2023-05-30", "", D, "2023-05-01", "2023-05-10", "day"),
    ("zhongxun", "今年4月中旬", "2023-05-05", "", D, "2023-04-11", "2023-04-20", "day"),
    ("xiaxun-feb", "2023年2月下旬", None, "", D, "2023-02-21", "2023-02-28", "day"),
    ("xiabannian", "2022年下半年", None, "", D, "2022-07", "2022-12", "month"),
    ("q3", "今年第三季度", "2023-12-01", "", D, "2023-07", "2023-09", "month"),
    ("q1-digit", "2023年第1季度", None, "", D, "2023-01", "2023-03", "month"),
    ("benyue-xiaxun", "本月下旬", "2023-02-10", "", D, "2023-02-21", "2023-02-28", "day"),
    ("stat-months", "1—9月，全市经济平稳", "2023-11-15", "1—9月", D, "2023-01", "2023-09", "month"),
    ("this-year-months", "今年1—10月", "2023-11-15", "", D, "2023-01", "2023-10", "month"),
    ("same-period", "比去年同期增长5%", "2023-11-15", "去年同期", V, None, None, "none"),
    ("since-year", "2018年以来，累计投资", "2023-11-15", "2018年以来", U, None, None, "none"),
    ("vision-target", "2035年远景目标", "2023-11-15", "", V, None, None, "none"),
    ("hao", "12月1号起", "2023-11-28", "12月1号", D, "2023-12-01", None, "day"),
    ("local-time", "当地时间11月29日", "2023-11-30", "11月29日", D, "2023-11-29", None, "day"),
    ("ymd-range-cross", "2023年11月30日—12月1日", None, "", D, "2023-11-30", "2023-12-01", "day"),
    ("month-alone", "9月", "2023-12-01", "", D, "2023-09", None, "month"),
    ("month-last-year", "12月", "2023-05-01", "", D, "2022-12", None, "month"),
    ("no-reference", "11月30日", None, "", D, None, None, "none"),
    ("no-reference-jinnian", "今年9月", None, "", D, None, None, "none"),
    ("year-only-reference", "11月28日", "2023", "", D, "2023-11-28", None, "day"),
    # a bare day against a year-only reference: that year, the precision the page supports (session 22, evrec32)
    ("day-needs-month", "30日", "2023", "", D, "2023", None, "year"),
    ("duration-cn", "近年来", "2023-05-05", "", V, None, None, "none"),
    ("duration-days", "30日内完成", "2023-05-05", "30日内", U, None, None, "none"),
    ("cishi", "此前", "2023-05-05", "", V, None, None, "none"),
    ("target-end", "力争到2030年底建成", "2023-05-05", "到2030年底", V, None, None, "none"),
    ("decade", "1990年代以来", "2023-05-05", "1990年代", V, None, None, "none"),
    # a relative word with its value printed in brackets; short relative days; 起; the last day of a year
    ("paren-year-month", "今(2031)年3月，江城举行会议。", "2031-05-06", "今(2031)年3月", D, "2031-03", None, "month"),
    ("paren-next-year", "明（2032）年将举行", "2031-05-06", "明（2032）年", D, "2032", None, "year"),
    ("paren-today", "今(18)日上午举行", "2031-05-18", "今(18)日上午", D, "2031-05-18", None, "day"),
    ("paren-tomorrow", "明(19)日闭幕", "2031-05-18", "明(19)日", D, "2031-05-19", None, "day"),
    ("short-today", "今上午，会议举行", "2031-05-06", "今上午", D, "2031-05-06", None, "day"),
    ("short-yesterday", "昨下午，会议举行", "2031-05-06", "昨下午", D, "2031-05-05", None, "day"),
    ("day-from", "15日起施行", "2031-05-20", "15日起", D, "2031-05-15", None, "day"),
    ("year-last-day", "2031年最后一天", "2031-05-06", "", D, "2031-12-31", None, "day"),
]

# Chinese numerals, full-width digits and Traditional script go through the same normalisation as the
# pipeline (OpenCC t2s, then the numeral rewrite) before extraction.
NORMALIZED_ROWS = [
    ("cn-full", "二〇二〇年八月二十日", None, "2020年8月20日", D, "2020-08-20", None, "day"),
    ("cn-circle", "二○二三年十二月", None, "2023年12月", D, "2023-12", None, "month"),
    ("cn-month", "十二月二十八日", "2024-01-02", "12月28日", D, "2023-12-28", None, "day"),
    ("cn-day", "三十日上午", "2023-11-30", "30日上午", D, "2023-11-30", None, "day"),
    ("cn-range", "六月五日至六日", "2023-06-07", "6月5日至6日", D, "2023-06-05", "2023-06-06", "day"),
    ("cn-tongnian", "二〇二一年六月发布，同年七月实施", "2023-12-01", "同年7月", D, "2021-07", None, "month"),
    ("fullwidth", "２０２３年１２月１日", None, "2023年12月1日", D, "2023-12-01", None, "day"),
    ("fullwidth-md", "１１月３０日", "2023-12-01", "11月30日", D, "2023-11-30", None, "day"),
    ("trad-jinnian", "今年9月，長三角智算中心揭牌", "2023-12-01", "今年9月", D, "2023-09", None, "month"),
    ("trad-qunian", "去年第三季度經濟增長", "2023-12-01", "去年第三季度", D, "2022-07", "2022-09", "month"),
    ("trad-jinri", "近日，總書記在上海調研", "2023-12-01", "近日", V, None, None, "none"),
    (
        "trad-cn-date",
        "二〇二二年九月，在上海召開的會議上",
        "2023-12-01",
        "2022年9月",
        D,
        "2022-09",
        None,
        "month",
    ),
    (
        "trad-tongnian",
        "2021年6月發布；同年7月，意見發布",
        "2023-12-01",
        "同年7月",
        D,
        "2021-07",
        None,
        "month",
    ),
    (
        "trad-range",
        "11月28日至29日在京召開",
        "2023-12",
        "11月28日至29日",
        D,
        "2023-11-28",
        "2023-11-29",
        "day",
    ),
]

ALL_ROWS = SEED_ROWS + HARD_ROWS + NORMALIZED_ROWS


def _normalize(text: str) -> str:
    return normalize_date_numerals(_T2S.convert(text))[0]


def test_table_is_large_enough() -> None:
    assert len(ALL_ROWS) >= 80
    assert len({row[0] for row in ALL_ROWS}) == len(ALL_ROWS)


@pytest.mark.parametrize(
    ("text", "reference", "target", "kind", "value", "value_end", "precision"),
    [row[1:] for row in ALL_ROWS],
    ids=[row[0] for row in ALL_ROWS],
)
def test_date_expression(text, reference, target, kind, value, value_end, precision) -> None:
    normalized = _normalize(text)
    resolved = resolve_times(extract_times(normalized), reference)
    wanted = target or normalized
    matches = [t for t in resolved if t.text == wanted]
    assert matches, f"{wanted!r} not found; got {[(t.text, t.rule) for t in resolved]}"
    expr = matches[0]
    assert (expr.kind, expr.value, expr.value_end, expr.precision) == (kind, value, value_end, precision), (
        expr
    )
    assert normalized[expr.start : expr.end] == expr.text


@pytest.mark.parametrize("text", ["每周一例会", "一周一次", "上周期", "一季度经济运行分析会", "上半年经济形势"])
def test_week_words_that_are_no_date(text: str) -> None:
    assert [t.text for t in extract_times(_normalize(text)) if t.kind == "date"] == []

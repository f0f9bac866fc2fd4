"""Sweep of issue 13 classes 4, 6, 8, 9 and 10 (bylines, dates, participation, page furniture, places)
over invented sentences, in Simplified and Traditional script. The page is published on 2031-04-29, a
Tuesday."""

from __future__ import annotations

import pytest

from sweep13 import failing
from sweep13_table import Row, params

M = "临江省民营经济座谈会"
BYLINES: list[Row] = [
    # class 4: not people (a reporter signing the page is a person of the byline, rule byline:<form>, never a
    # participant of the events reported)
    ("photo-byline", f"本报讯 4月28日，{M}在江城召开。临江省省长林晓峰出席会议。（记者 张立伟 摄）", "no part 张立伟 attended; no role 张立伟 记者; part 林晓峰 attended", True),
    ("xinhua-photo", f"本报讯 4月28日，{M}在江城召开。新华社记者 李明浩 摄", "no part 李明浩 attended; events 1", True),
    ("reporter-line", f"本报记者 赵一鸣 通讯员 钱小林\n本报讯 4月28日，{M}在江城召开。", "no part 赵一鸣 attended; no part 钱小林 attended; events 1", True),
    ("tw-bracket", f"〔记者王思远／台北報導〕{M}28日在江城召開。", "no person 王思远; ev meeting 2031-04-28", False),
    ("editor", f"本报讯 4月28日，{M}在江城召开。\n责任编辑：孙小雅", "no person 孙小雅", True),
    ("renshang", f"本报讯 4月28日，{M}在江城召开。林晓峰在江城市长任上推动了改革。", "no person 任上", True),
    ("cengdiao", "本报讯 龚明远曾调江城市工作，曾调研青禾县。", "no person 曾调", True),
    ("jizhe-reported", f"本报江城4月28日电（记者 柴思雨）{M}28日在江城召开。", "no part 柴思雨 attended; ev meeting 2031-04-28", True),
]

DATES: list[Row] = [
    # class 6: dates in every form (page of 2031-04-29, a Tuesday)
    ("jin-paren-nian", f"本报讯 今（2031）年4月28日，{M}在江城召开。", "ev meeting 2031-04-28", True),
    ("ming-paren-nian", f"本报讯 {M}将于明（2032）年3月在江城召开。", "no ev * 2031-04-28", True),
    ("zhou-yi", f"本报讯 本周一，{M}在江城召开。", "ev meeting 2031-04-28", True),
    ("xingqi-yi", f"本报讯 星期一，{M}在江城召开。", "ev meeting 2031-04-28", True),
    ("zuo", f"本报讯 昨日，{M}在江城召开。", "ev meeting 2031-04-28", True),
    ("zuo-tian", f"本报讯 {M}昨天在江城召开。", "ev meeting 2031-04-28", True),
    ("zuo-shangwu", f"本报讯 昨天上午，{M}在江城召开。", "ev meeting 2031-04-28", True),
    ("jin-shangwu", f"本报讯 今上午，{M}在江城召开。", "ev meeting 2031-04-29", True),
    ("jin-tian", f"本报讯 {M}今天在江城召开。", "ev meeting 2031-04-29", True),
    ("tong-ri", f"本报讯 4月28日，{M}在江城召开。同日，临江省科技创新大会在江城召开。",
     "title 临江省科技创新大会; no ev * 2031-04-29", True),
    ("dang-tian", f"本报讯 4月28日，{M}在江城召开。当天下午，临江省科技创新大会在江城召开。",
     "title 临江省科技创新大会; no ev * 2031-04-29", True),
    ("ci-ri", f"本报讯 4月27日，{M}在江城召开。次日，临江省科技创新大会在江城召开。", "ev meeting 2031-04-28", True),
    ("day-only", f"本报讯 28日，{M}在江城召开。", "ev meeting 2031-04-28", True),
    ("ri-qi", f"本报讯 {M}28日起在江城召开。", "ev meeting 2031-04-28", True),
    ("yue-di", f"本报讯 3月底，{M}在江城召开。", "ev meeting 2031-03", True),
    ("full-date", f"本报讯 2031年4月28日，{M}在江城召开。", "ev meeting 2031-04-28", True),
    ("chinese-numerals", f"本报讯 二〇三一年四月二十八日，{M}在江城召开。", "ev meeting 2031-04-28", True),
    ("wire-dateline", f"新华社江城4月28日电 {M}28日在江城召开。", "ev meeting 2031-04-28", True),
    ("year-in-name", "本报讯 4月28日，2031江城春季论坛在江城开幕。", "title 2031江城春季论坛; ev forum 2031-04-28", True),
    ("zui-hou-yi-tian", f"本报讯 2030年最后一天，{M}在江城召开。", "ev meeting 2030-12-31", True),
    ("shang-yue", f"本报讯 上月28日，{M}在江城召开。", "ev meeting 2031-03-28", True),
    ("slash-date", f"本报讯 2031/04/28，{M}在江城召开。", "ev meeting 2031-04-28", False),
]

PARTS: list[Row] = [
    # class 8: participation
    ("chuxi", f"本报讯 4月28日，{M}在江城召开。临江省省长林晓峰出席会议。", "part 林晓峰 attended", True),
    ("zhuchi", f"本报讯 4月28日，{M}在江城召开。临江省省长林晓峰主持会议。", "part 林晓峰 presided", True),
    ("you-zhuchi", f"本报讯 4月28日，{M}在江城召开，会议由临江省副省长龚明远主持。", "part 龚明远 presided", True),
    ("jianghua", f"本报讯 4月28日，{M}在江城召开。临江省委书记林晓峰出席会议并讲话。", "part 林晓峰 spoke_at", True),
    ("fabiao-jianghua", f"本报讯 4月28日，{M}在江城召开。临江省委书记林晓峰发表讲话。", "part 林晓峰 spoke_at", True),
    ("peitong-after", "本报讯 4月28日，临江省委书记林晓峰在青禾县调研。临江省副省长龚明远陪同。", "part 龚明远 attended", True),
    ("peitong-xia", "本报讯 4月28日，在临江省副省长龚明远陪同下，青禾集团董事长柴思雨在江城考察。",
     "part 龚明远 attended; part 柴思雨 attended", False),
    ("peitong-participle", "本报讯 4月28日，临江省委书记林晓峰在青禾县调研，临江省副省长龚明远参加调研。", "part 龚明远 attended", True),
    ("liexi", f"本报讯 4月28日，{M}在江城召开。临江省副省长龚明远列席会议。", "part 龚明远 attended", True),
    ("jiuzuo", f"本报讯 4月28日，{M}在江城召开。临江省副省长龚明远在主席台就座。", "part 龚明远 attended", True),
    ("jieshao", f"本报讯 4月28日，{M}在江城召开。江城市市长龚明远介绍情况。", "part 龚明远 spoke_at", True),
    ("huibao", f"本报讯 4月28日，{M}在江城召开。江城市市长龚明远汇报工作。", "part 龚明远 spoke_at", True),
    ("fayan", f"本报讯 4月28日，{M}在江城召开。江城市市长龚明远、青禾县县长柴思雨先后发言。",
     "part 龚明远 spoke_at; part 柴思雨 spoke_at", True),
    ("zhici", f"本报讯 4月28日，{M}在江城召开。江城市市长龚明远致辞。", "part 龚明远 spoke_at", True),
    ("zhixin", f"本报讯 4月28日，{M}在江城召开。临江省委书记林晓峰致信祝贺。", "part 林晓峰 sent; no part 林晓峰 attended", True),
    ("zhishi", f"本报讯 4月28日，{M}在江城召开。临江省委书记林晓峰作出重要指示。", "part 林晓峰 sent; no part 林晓峰 attended", True),
    ("hexin", f"本报讯 4月28日，{M}在江城召开。临江省委书记林晓峰发来贺信。", "part 林晓峰 sent", True),
    ("zhidian", f"本报讯 4月28日，{M}在江城召开。临江省委书记林晓峰致电祝贺。", "part 林晓峰 sent; no part 林晓峰 attended", True),
    ("delegation-members", "本报讯 4月28日，以临江省委书记林晓峰为团长的临江省党政代表团在青禾县考察。代表团成员龚明远、柴思雨参加考察。",
     "part 龚明远 attended; part 柴思雨 attended", True),
    ("canjia", f"本报讯 4月28日，{M}在江城召开。江城市市长龚明远参加会议。", "part 龚明远 attended", True),
]

FURNITURE: list[Row] = [
    # class 9: page furniture
    ("breadcrumb", f"首页 > 新闻中心 > 临江要闻\n本报讯 4月28日，{M}在江城召开。", "events 1; ev meeting 2031-04-28", True),
    ("laiyuan", f"来源：临江日报\n本报讯 4月28日，{M}在江城召开。", "events 1", True),
    ("clock", f"2031年04月30日 星期三 10:23\n本报讯 4月28日，{M}在江城召开。", "events 1; ev meeting 2031-04-28", True),
    ("clock-no-lede", f"2031年04月30日 星期三 10:23\n本报讯 28日，{M}在江城召开。", "ev meeting 2031-04-28", True),
    ("caption", f"图为{M}现场。 柴思雨 摄\n本报讯 4月28日，{M}在江城召开。", "no part 柴思雨 attended; events 1", True),
    ("pinyin-gloss", f"本报讯 4月28日，{M}在江城召开。临江省省长林晓峰（Lín Xiǎofēng）出席会议。", "part 林晓峰 attended; role 林晓峰 临江省长", False),
    ("fabu-shijian", f"发布时间：2031-04-30 09:00\n本报讯 4月28日，{M}在江城召开。", "events 1; ev meeting 2031-04-28", True),
    ("share-bar", f"本报讯 4月28日，{M}在江城召开。\n分享到：微信 微博\n【打印】【关闭】", "events 1", True),
]

PLACES: list[Row] = [
    # class 10: places
    ("di-hang", "本报讯 4月28日，临江省党政代表团抵杭考察。", "place 杭州", True),
    ("lai-hu", "本报讯 4月28日，临江省党政代表团来沪考察。", "place 上海", True),
    ("zai-yu", "本报讯 4月28日，临江省党政代表团在渝考察。", "place 重庆", True),
    ("fu-yue", "本报讯 4月28日，临江省委书记林晓峰率临江省党政代表团赴粤考察。", "place 广东", True),
    ("jin-jing", "本报讯 4月28日，临江省党政代表团进京汇报工作。", "place 北京", False),
    ("zai-county", "本报讯 4月28日，临江省委书记林晓峰在青禾县调研。", "place 青禾县", True),
    ("dao-county", "本报讯 4月28日，临江省委书记林晓峰到青禾县调研。", "place 青禾县", True),
    ("zai-city-juxing", f"本报讯 4月28日，{M}在江城市举行。", "place 江城", True),
    ("no-date-place", f"本报讯 {M}在4月28日举行。", "ev meeting 2031-04-28; no place 4月28日", True),
    ("no-person-place", "本报讯 4月28日，龚明远在林晓峰陪同下考察青禾县。", "no place 林晓峰陪同下", True),
    ("province-first", "本报讯 4月28日，临江省委书记林晓峰在临江调研时强调，要抓好春耕。", "place 临江", True),
]

XFAIL: dict[str, str] = {}  # hexin passes since session 39 (name_followers.tsv follow.message: 发来 ends the name)


@pytest.mark.parametrize(("text", "expects"), params(BYLINES + DATES + PARTS + FURNITURE + PLACES, XFAIL))
def test_context_classes(text: str, expects: str) -> None:
    assert failing(text, expects) == []

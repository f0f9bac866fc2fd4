"""Sweep of issue 13 classes 1 and 7 (acts that are events, event names and kinds) over invented sentences
that vary the wording as policy news does: verb synonyms, word orders, Traditional script."""

from __future__ import annotations

import pytest

from sweep13 import failing
from sweep13_table import Row, params

D = "本报讯 4月28日，"
ACTS: list[Row] = [
    # class 1: meetings with someone
    ("huijian", D + "临江省委书记林晓峰在江城会见了青禾集团董事长龚明远一行。", "ev talks 2031-04-28; part 林晓峰 attended", True),
    ("huiwu", D + "临江省委书记林晓峰在江城会晤了青禾集团董事长龚明远。", "ev talks 2031-04-28; part 龚明远 attended", True),
    ("jiejian", D + "临江省委书记林晓峰在江城接见了全省劳动模范代表。", "ev talks 2031-04-28; part 林晓峰 attended", True),
    ("juxing-huitan", D + "临江省委书记林晓峰与江城市委书记龚明远在江城举行会谈。", "ev talks 2031-04-28; part 龚明远 attended", True),
    ("bare-huitan", D + "临江省委书记林晓峰同青禾集团董事长龚明远在江城会谈。", "ev talks 2031-04-28; part 林晓峰 attended", True),
    ("jinxing-huitan", D + "临江省省长林晓峰与来访的青禾集团董事长龚明远进行了会谈。", "ev talks 2031-04-28", False),
    ("baihui", D + "青禾集团董事长龚明远一行拜会了临江省委书记林晓峰。", "ev talks 2031-04-28; part 龚明远 attended", True),
    ("jianmian", D + "临江省委书记林晓峰在江城与青禾集团董事长龚明远一行见面。", "ev talks 2031-04-28", True),
    ("huimian", D + "临江省省长林晓峰在江城与青禾集团董事长龚明远会面。", "ev talks 2031-04-28", False),
    ("yuejian", D + "临江省省长林晓峰在江城约见青禾集团董事长龚明远。", "ev talks 2031-04-28", False),
    # class 1: signings
    ("qianshu", D + "临江省人民政府与青禾集团在江城签署战略合作协议。", "ev signing 2031-04-28", True),
    ("qianding", D + "临江省人民政府与青禾集团在江城签订战略合作框架协议。", "ev signing 2031-04-28", True),
    ("qianyue", D + "临江省人民政府与青禾集团在江城举行战略合作签约仪式。", "ev signing 2031-04-28", True),
    ("qianzi", D + "临江省与青禾省在江城举行对口合作协议签字仪式。", "ev signing 2031-04-28", True),
    ("shuangfang-qianyue", D + "临江省人民政府与青禾集团在江城签约，双方将在新能源领域开展合作。", "ev signing 2031-04-28", False),
    ("jiqian", D + "临江省人民政府与青禾集团在江城集中签约一批重大项目。", "ev signing 2031-04-28", False),
    ("qianshu-beiwanglu", D + "江城市人民政府与青禾大学在江城签署合作备忘录。", "ev signing 2031-04-28", True),
    # class 1: starting things
    ("qidong", D + "临江省数字政府建设工程在江城正式启动。", "ev opening 2031-04-28", True),
    ("kaigong", D + "江城至青禾高速公路项目在青禾县开工。", "ev opening 2031-04-28", True),
    ("kaigong-jianshe", D + "江城至青禾高速公路项目在青禾县开工建设。", "ev opening 2031-04-28", True),
    ("dianji", D + "临江新能源产业园项目在江城奠基。", "ev opening 2031-04-28", False),
    ("jiepai", D + "临江自由贸易试验区江城片区在江城揭牌。", "ev opening 2031-04-28", True),
    ("guapai", D + "江城市数据局在江城正式挂牌。", "ev * 2031-04-28", True),
    ("chengli", D + "临江省新能源产业联盟在江城宣告成立。", "ev opening 2031-04-28", True),
    ("sheli", D + "临江省人民政府在江城设立临江数字经济研究院。", "ev opening 2031-04-28", False),
    ("kaitong", D + "江城至青禾城际铁路正式开通运营。", "ev opening 2031-04-28", True),
    ("touchan", D + "青禾集团江城新材料基地正式投产。", "ev opening 2031-04-28", False),
    # class 1: visits and reports
    ("fangwen", D + "青禾省党政代表团在江城访问临江省。", "ev visit 2031-04-28", True),
    ("lai-fangwen", D + "以青禾省委书记龚明远为团长的青禾省党政代表团来临江访问。", "ev visit 2031-04-28", False),
    ("fuhua", D + "临江省委书记林晓峰率团赴青禾省学习考察。", "ev * 2031-04-28", True),
    ("xiang-huibao", D + "临江省委书记林晓峰在江城向国务院督查组汇报临江经济运行情况。", "ev * 2031-04-28; part 林晓峰 attended; no part 林晓峰 spoke_at", True),  # to an inspection group: C1
    ("diaoyan", D + "临江省委书记林晓峰在青禾县调研。", "ev inspection 2031-04-28; part 林晓峰 attended", True),
    ("kaocha", D + "临江省委书记林晓峰到青禾县考察乡村振兴工作。", "ev inspection 2031-04-28", True),
    ("shicha", D + "临江省委书记林晓峰在江城视察防汛工作。", "ev inspection 2031-04-28", True),
    # class 1: verb forms of a meeting
    ("juxing-zuotan", D + "临江省委书记林晓峰在江城与民营企业家举行座谈。", "ev meeting 2031-04-28; part 林晓峰 attended", True),
    ("jinxing-zuotan", D + "临江省委书记林晓峰在江城与青年代表进行座谈。", "ev meeting 2031-04-28", True),
    ("zuotan-jiaoliu", D + "临江省委书记林晓峰在江城与归国留学人员座谈交流。", "ev meeting 2031-04-28", False),
    ("zhuchi-zhaokai", D + "临江省省长林晓峰在江城主持召开省政府常务会议。", "ev meeting 2031-04-28; part 林晓峰 presided", True),
    ("chuxi-huiyi", D + "临江省委书记林晓峰在江城出席会议并讲话。", "ev * 2031-04-28; part 林晓峰 spoke_at", True),
    ("yanqing", D + "临江省委书记林晓峰在江城宴请青禾集团董事长龚明远一行。", "ev * 2031-04-28", False),
]

NAMES: list[Row] = [
    # class 7: names with 和/与 kept whole; no event for anniversaries, back-references, furniture
    ("he-in-name", D + "临江省深化改革和创新发展座谈会在江城召开。", "title 临江省深化改革和创新发展座谈会", True),
    ("yu-in-name", D + "临江青禾交流与合作联席会议第五次会议在江城举行。", "title 临江青禾交流与合作联席会议第五次会议", True),
    ("anniversary", "本报讯 今年是临江省新能源产业联盟成立十周年。联盟将继续推动产业合作。", "events 0", True),
    ("back-reference", D + "临江省委常委会召开会议，传达学习全省民营经济座谈会上的重要讲话精神。", "no title 全省民营经济座谈会; ev meeting 2031-04-28", True),
    ("invitation-planned", "本报讯 4月28日，林晓峰诚挚邀请青禾各界朋友出席明年举办的临江投资贸易洽谈会。", "no ev * 2031-04-28", False),
    ("delegation-visit", D + "青禾省党政代表团来临江考察访问。", "ev visit 2031-04-28", True),
    ("two-places-apart", D + "临江省经济工作会议在江城召开。同日，青禾县经济工作会议在青禾召开。", "events 2", True),
    ("ceremony-of-groundbreaking", D + "江城重大项目集中开工仪式在江城举行。", "title 江城重大项目集中开工仪式", True),
    ("ceremony-of-foundation", D + "临江新能源产业园项目奠基仪式在江城举行。", "title 临江新能源产业园项目奠基仪式", True),
    ("headline-lede", "临江省民营经济座谈会在江城召开\n本报讯 4月28日，临江省民营经济座谈会在江城召开。", "events 1", True),
]

XFAIL: dict[str, str] = {
    "kaigong": "bare 开工 also heads nouns (开工项目, 开工率); only 开工建设/正式开工/集中开工 are acts",
    "kaigong-trad": "bare 开工 also heads nouns (开工项目, 开工率); only 开工建设/正式开工/集中开工 are acts",
    "chuxi-huiyi": "出席会议 with no meeting named before it makes no event (events: a bare 会议 needs a named one)",
    "chuxi-huiyi-trad": "出席会议 with no meeting named before it makes no event (events: a bare 会议 needs a named one)",
    "two-places-apart": "same-day meetings of one kind in two places are merged into one",
    "two-places-apart-trad": "same-day meetings of one kind in two places are merged into one",
}


@pytest.mark.parametrize(("text", "expects"), params(ACTS + NAMES, XFAIL))
def test_act_and_event_classes(text: str, expects: str) -> None:
    assert failing(text, expects) == []


REGIONAL: list[Row] = [
    # classes 1, 2, 5 and 8 as Hong Kong, Macao and Taiwan pages print them (Traditional script, own words)
    ("hk-huiwu", "本報訊 4月28日，青禾特別行政區行政長官龔明遠在江城會晤臨江省委書記林曉峰。", "ev talks 2031-04-28; part 龚明远 attended", False),
    ("hk-baihui", "本報訊 4月28日，青禾特區政府政務司司長柴思雨一行拜會臨江省省長林曉峰。", "ev talks 2031-04-28", False),
    ("tw-qianshu", "本報訊 4月28日，臨江縣政府與青禾科技公司在江城簽署合作備忘錄。", "ev signing 2031-04-28", False),
    ("tw-shicha", "本報訊 4月28日，臨江縣縣長龔明遠前往青禾鄉視察防汛工作。", "ev inspection 2031-04-28", False),
    ("tw-zhuchi", "本報訊 4月28日，臨江縣議會召開定期會，議長龔明遠主持會議。", "part 龚明远 presided", False),
    ("tw-jiepai", "本報訊 4月28日，臨江縣青年創業中心在江城揭牌啟用。", "ev opening 2031-04-28", False),
    ("hk-zhici", "本報訊 4月28日，臨江青禾經貿合作論壇在江城開幕。青禾特別行政區行政長官龔明遠致辭。", "ev forum 2031-04-28; part 龚明远 spoke_at", False),
    ("tw-fangwen", "本報訊 4月28日，臨江縣參訪團抵達青禾市訪問。", "ev visit 2031-04-28", False),
    ("hk-kaimu", "本報訊 臨江青禾經貿合作論壇今（28）日在江城開幕。", "ev forum 2031-04-28", False),
    ("tw-zuotan", "本報訊 4月28日，臨江縣縣長龔明遠與青年代表座談交流。", "ev meeting 2031-04-28", False),
]
XFAIL_REGIONAL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expects"), params(REGIONAL, XFAIL_REGIONAL))
def test_regional_wording(text: str, expects: str) -> None:
    assert failing(text, expects) == []

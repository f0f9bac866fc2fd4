"""Events recall, lane event21 (eleventh session): an official's tour told with another verb of looking over a
site (巡视, 巡查, 检查, 勘查, 踏勘, 履勘, 勘灾, 探访, 视导 — Hong Kong, Macau and Taiwan pages and county reports); an act
listed among kinds of work (加强调研、督查等工作) stays none. Invented text, Simplified and Traditional.

The near-misses: 巡视 as the party's inspection rounds (巡视组, 巡视整改, 本轮巡视), a rank (副巡视员),
a plan (将于下周前往某地巡视), a noun of work (勘查费, 视导人员), a kind of work listed (加强巡查、勘查等工作), a group
with no person (检查组分别到各企业检查), what someone stresses (某某强调要加强检查: 强调 a ``reports`` word)."""

from __future__ import annotations

import pytest

from pipeline_probe import facts

DAY = "2031-04-09"
HEAD = "江城晚报 2031年4月9日 "
HEAD_T = "江城晚報 2031年4月9日 "


def _events(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.title, e.event_type, e.date) for e in facts(text, DAY).events]


def _inspections(text: str) -> set[str]:
    return {title for title, kind, _ in _events(text) if kind == "inspection"}


TOURS = [  # (text, the act's title): a named official looks a site over on a day the sentence prints
    (HEAD + "9日上午，临江县长柴思雨前往青禾乡勘查堤防加固工程。", "柴思雨前往青禾乡勘查堤防加固工程"),
    (HEAD + "9日，江城市副市长龚明远赴松岩区巡视排涝泵站。", "龚明远赴松岩区巡视排涝泵站"),
    (HEAD + "9日下午，青禾县县长宁可心到北山村踏勘产业园选址。", "宁可心到北山村踏勘产业园选址"),
    (HEAD + "9日，临江市长钱小禾率水务局负责人巡查海州河堤防。", "钱小禾率水务局负责人巡查海州河堤防"),
    (HEAD + "9日，青禾县县长林晓峰到青禾镇勘灾，了解农田受损情况。", "林晓峰到青禾镇勘灾"),
    (HEAD + "9日，教育局局长龚明远到松岩小学视导，听取校长汇报。", "龚明远到松岩小学视导"),
    (HEAD + "9日，社会事务司司长柴思雨先后到两间护老院探访，慰问院友。", "柴思雨先后到两间护老院探访"),
    (HEAD + "9日，江城市长林晓峰前往海州渔港履勘防波堤修复工程。", "林晓峰前往海州渔港履勘防波堤修复工程"),
    (HEAD_T + "9日上午，臨江縣長柴思雨前往青禾鄉勘查堤防加固工程。", "柴思雨前往青禾乡勘查堤防加固工程"),
    (HEAD_T + "9日，江城市副市長龔明遠赴松岩區巡視排澇泵站。", "龚明远赴松岩区巡视排涝泵站"),
    (HEAD_T + "9日，社會事務司司長柴思雨先後到兩間護老院探訪，慰問院友。", "柴思雨先后到两间护老院探访"),
    (HEAD_T + "9日，教育局局長龔明遠到松岩國小視導，聽取校長匯報。", "龚明远到松岩国小视导"),
    (HEAD + "9日，青禾县县长林晓峰到北山水库检查度汛准备情况。", "林晓峰到北山水库检查度汛准备情况"),
    (HEAD + "9日，临江市副市长龚明远带队检查汛前水利设施。", "龚明远带队检查汛前水利设施"),
    (HEAD_T + "9日，青禾縣縣長林曉峰到北山水庫檢查度汛準備情況。", "林晓峰到北山水库检查度汛准备情况"),
]


@pytest.mark.parametrize(("text", "title"), TOURS)
def test_an_officials_tour_told_with_another_verb_of_looking_over_is_an_inspection(
    text: str, title: str
) -> None:
    assert (title, "inspection", "2031-04-09") in _events(text)


NOT_TOURS = [  # the same words naming no tour of a person
    HEAD + "9日，临江省委第三巡视组向江城市委反馈巡视情况。",
    HEAD + "9日，江城市委召开巡视整改工作推进会，龚明远主持会议。",
    HEAD + "9日，江城市召开安全生产会议，龚明远、副巡视员林晓峰出席会议。",
    HEAD + "龚明远，现任临江省政府副巡视员。",
    HEAD + "9日，龚明远表示，将于下周前往青禾区巡视。",
    HEAD + "9日，龚明远要求各部门加强巡查、勘查等工作，抓好落实。",
    HEAD + "青禾县去年为偏远山区的勘查费每笔加发15元。",
    HEAD + "本学年起，松岩县对各校进行无预警视导，视导人员由县里抽派。",
    HEAD + "9日，临江省委巡视办召开例会，研究本轮巡视进展。",
    HEAD_T + "9日，臨江省委第三巡視組向江城市委反饋巡視情況。",
    HEAD_T + "9日，龔明遠要求各部門加強巡查、勘查等工作，抓好落實。",
    HEAD + "9日，市安委会检查组分别到各企业检查，查看消防设施。",
    HEAD + "本月起，江城市将重点检查建筑工地安全隐患。",
    HEAD + "9日，青禾县接受省检查组考核检查，县长柴思雨汇报工作。",
    HEAD + "检查中，龚明远叮嘱厂方加固仓库。",
    HEAD + "9日，龚明远强调要加强监督检查，严防事故发生。",
    HEAD + "9日，龚明远强调要加强督查，严防事故发生。",
]


@pytest.mark.parametrize("text", NOT_TOURS)
def test_the_same_words_naming_no_tour_make_no_inspection(text: str) -> None:
    assert _inspections(text) == set()


KINDS = [  # the act is one of the kinds of work listed: no event (the guard kept)
    HEAD + "9日，龚明远要求各部门加强调研、督查等工作，抓好落实。",
    HEAD + "会议部署了出台配套文件、开展专题调研等具体任务。",
    HEAD_T + "9日，龔明遠要求各部門加強調研、督查等工作，抓好落實。",
]


@pytest.mark.parametrize("text", KINDS)
def test_an_act_listed_among_kinds_of_work_stays_no_event(text: str) -> None:
    assert _inspections(text) == set()

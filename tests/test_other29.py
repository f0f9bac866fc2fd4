"""Events that are no meeting and no visit, lane other29 (session 19): classes counted over the studied sets'
misses of gold type ``opening`` and ``other``.

* 开幕 printed as the predicate of what opens (某展览在某地开幕, 某文化周8日开幕:
  ``lexicons/zh/events/opening_acts.tsv``, ``events/openacts.py``) is an opening, titled by its subject and the
  word, dated by its clause. Near-misses: the word before a noun (开幕词, 开幕当天), announced (将于10日开幕), on a
  page that prints no year (11日开幕), the words left out on measure (某中心启用, 某行动启动), and after a meeting
  the sentence named (某会议在某地开幕; 某会议，8日隆重开幕: the meeting's own opening, no second event).

Invented text, Simplified and Traditional."""

from __future__ import annotations

import pytest

from pipeline_probe import facts

DAY = "2031-05-09"


def _events(text: str, day: str = DAY) -> dict[str, tuple[str | None, str]]:
    return {e.title: (e.date, e.event_type) for e in facts(text, day).events}


RITES = [  # (text, title, date): what opens, told by a rite word ending its clause
    ("江城日报 2031年5月9日\n8日，第五届江城国际茶叶展在江城开幕。", "第五届江城国际茶叶展开幕", "2031-05-08"),
    ("江城日報 2031年5月9日\n8日，第五屆江城國際茶葉展在江城開幕，吸引遊客逾萬人次。", "第五届江城国际茶叶展开幕", "2031-05-08"),
    ("江城日报 2031年5月9日\n青禾县非遗文化周8日正式开幕。", "青禾县非遗文化周正式开幕", "2031-05-08"),
    ("江城日報 2031年5月9日\n2031海州巡迴展覽江城站開幕", "2031海州巡回展览江城站开幕", "2031-05-09"),
    ("江城日报 2031年5月9日\n8日，临江省青少年篮球联赛在松岩体育馆开幕了。", "临江省青少年篮球联赛开幕", "2031-05-08"),
]


@pytest.mark.parametrize(("text", "title", "date"), RITES)
def test_a_rite_word_ending_its_clause_tells_an_opening(text: str, title: str, date: str) -> None:
    assert _events(text).get(title) == (date, "opening")


NOT_RITES = [  # a rite word that tells no opening of its own
    "江城日报 2031年5月9日\n8日，林晓峰在茶博会上致开幕词。",
    "江城日报 2031年5月9日\n8日，江城市安排启动资金五千万元。",
    "江城日报 2031年5月9日\n江城茶博会自2029年开幕以来，已接待游客百万人次。",
    "江城日报 2031年5月9日\n8日，江城市启动老旧小区改造工程。",
    "江城日报 2031年5月9日\n第五届江城国际茶博会将于10日开幕。",
    "江城日报 2031年5月9日\n8日，海州市民服务中心正式启用，市长龚明远到场。",
    "江城日報 2031年5月9日\n松岩轉運站今啟用，縣長柴思雨表示，旅客可直達市區。",
    "江城日报 2031年5月9日\n茶博会开幕当天，游客逾万人次。",
    "江城日报 2031年5月9日\n临江省“百日攻坚”行动8日启动。",
    "江城日報 2031年5月9日\n江城市防汛巡查今日啟動",
]


@pytest.mark.parametrize("text", NOT_RITES)
def test_a_rite_word_before_a_noun_an_object_or_a_plan_tells_none(text: str) -> None:
    assert not [t for t, (_, kind) in _events(text).items() if kind == "opening" and not t.endswith("博会")]


SESSIONS = [  # a session the clause named before the rite word: one event, the session's
    "江城日报 2031年5月9日\n8日，江城市人大五次会议在江城开幕。市长林晓峰作报告。",
    "江城日報 2031年5月9日\n8日，江城市政協五次會議在江城隆重開幕。",
    "江城日报 2031年5月9日\n中国共产党江城市第五次代表大会，8日上午在江城会堂隆重开幕。大会执行主席有：林晓峰、龚明远。",
    "江城日報 2031年5月9日\n政協第五屆江城市委員會第二次會議，8日上午在江城會堂隆重開幕。",
]


@pytest.mark.parametrize("text", SESSIONS)
def test_a_named_session_that_opens_stays_one_event(text: str) -> None:
    assert len(facts(text, DAY).events) == 1


UNDATED = [  # a page printing no year: the rite has no date the page gives, and is left out
    "江城县政府公报\n青禾县身心障碍者田径赛，11日在县立体育场开幕，县长林晓峰到场加油。",
    "江城縣政府公報\n第三屆松岩燈節，11日在松岩廣場開幕，縣長柴思雨到場。",
]


@pytest.mark.parametrize("text", UNDATED)
def test_a_rite_the_page_cannot_date_is_left_out(text: str) -> None:
    assert not [e for e in facts(text, None).events if e.event_type == "opening"]

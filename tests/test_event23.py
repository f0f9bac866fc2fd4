"""Events recall and junk, lane event23 (thirteenth session): classes counted on three held-out judges' first runs.

* names that name no one event (patterns.tsv ``kind``): a quantity before the noun (开过很多会议, 许多座谈会), a word
  of relevance or habit (适时举行相关座谈会, 此类论坛), last year's edition (比起去年某论坛), a clock time before the
  bare noun (上午十时会议正式开幕);
* an act recalled as the ground of what is reported (patterns.tsv ``laid_ground``: 去年某某率团访问某地为…奠定了基础);
* banquets and receptions named with more heads (triggers.tsv 餐叙, 餐会, 欢迎宴, 答谢宴, 欢送宴, 招待宴), held
  when given by hosts (happening.txt <设的, <主办的) and titled by them (events/hosted.py, ``host_given``);
* a name held 办理 (Taiwan usage for 举办: 某论坛22日在某地办理);
* a hand-over or oath ceremony printed by its noun alone after a word of happening (某某主持交接典礼, 举行布达
  典礼, 完成了交接仪式: word_uses ``ceremony_done``) when the article told no such ceremony (events/ceremonies.held_bare).

The near-misses: a quantity or relevance word inside a longer name, a clock time before a full name, this year's
edition, a ground laid by the reported act in a clause of its own, a planned banquet, 办理 of something that is no
event. Invented text, Simplified and Traditional."""

from __future__ import annotations

import pytest

from pipeline_probe import facts

DAY = "2031-04-09"
HEAD = "新华社江城2031年4月9日电 "
HEAD_T = "江城晚報 2031年4月9日\n"


def _titles(text: str) -> list[str]:
    return [e.title for e in facts(text, DAY).events]


def _events(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.title, e.event_type, e.date) for e in facts(text, DAY).events]


NO_ONE_EVENT = [  # (text, the events kept): no event for the name opened by such a word
    (
        HEAD + "9日，临江经贸座谈会在江城举行。柴思雨说，任上开过很多会议都在江城举行。",
        ["临江经贸座谈会"],
    ),
    (HEAD_T + "9日，臨江經貿座談會在江城舉行。柴思雨說，任內開過許多會議都在江城舉行。", ["临江经贸座谈会"]),
    (
        HEAD + "9日，江城市新闻办举行记者见面会。龚明远说，以后会适时举行相关座谈会。",
        ["江城市新闻办记者见面会"],
    ),
    (HEAD + "9日，江城市新闻办举行记者见面会。龚明远表示，今后此类发布会将定期举行。", ["江城市新闻办记者见面会"]),
    (
        HEAD + "9日，第五届江城松岩合作论坛在江城开幕。比起去年合作论坛在秋季举行，今年提前到了春季。",
        ["第五届江城松岩合作论坛"],
    ),
    (
        HEAD_T + "9日，第五屆江城松巖合作論壇在江城開幕。去年合作論壇在秋季舉行，今年提前到了春季。",
        ["第五届江城松岩合作论坛"],
    ),
    (
        HEAD + "9日，临江城市合作联席会议在江城举行。当天上午十时会议正式开幕，柴思雨首先发言。",
        ["临江城市合作联席会议"],
    ),
    (
        HEAD_T + "9日，臨江城市合作聯席會議在江城舉行。當天下午三點半會議正式開幕，柴思雨首先發言。",
        ["临江城市合作联席会议"],
    ),
]


@pytest.mark.parametrize(("text", "kept"), NO_ONE_EVENT)
def test_a_name_opened_by_a_quantity_relevance_last_year_or_clock_time_is_no_event(
    text: str, kept: list[str]
) -> None:
    assert _titles(text) == kept


STILL_EVENTS = [  # (text, title): the same words inside a longer name, or this year's edition
    (HEAD + "9日，江城许多镇村发展座谈会在江城举行。", "江城许多镇村发展座谈会"),
    (HEAD + "9日，今年合作论坛在江城举行。", "今年合作论坛"),
    (HEAD + "9日下午3时，临江合作发展座谈会在江城举行。", "临江合作发展座谈会"),
]


@pytest.mark.parametrize(("text", "title"), STILL_EVENTS)
def test_a_full_name_after_those_words_stays_an_event(text: str, title: str) -> None:
    assert title in _titles(text)


GROUND = [  # (text, recalled act): the act is the ground of what is reported
    (
        HEAD + "9日，龚明远会见松岩县县长柴思雨一行。两年前柴思雨带领考察团赴临江参访为此次签约铺平了道路。",
        "参访",
    ),
    (
        HEAD_T + "9日，龔明遠會見松巖縣縣長柴思雨一行。前年，柴縣長率團考察臨江為雙方交流打下了堅實基礎。",
        "考察",
    ),
]


@pytest.mark.parametrize(("text", "act"), GROUND)
def test_an_act_recalled_as_the_ground_of_today_is_no_event(text: str, act: str) -> None:
    assert not [t for t in _titles(text) if act in t]


def test_the_reported_act_laying_a_ground_in_a_clause_of_its_own_stays() -> None:
    text = HEAD + "9日，柴思雨率团访问临江，为两地合作奠定了基础。"
    assert any("访问" in e.title and e.event_type == "visit" for e in facts(text, DAY).events)


BANQUETS = [  # (text, title): a banquet or reception given by its hosts
    (
        HEAD + "9日晚间，临江客人应邀参加江城市长龚明远、副市长柴思雨所设的欢迎餐叙。",
        "龚明远、柴思雨设欢迎餐叙",
    ),
    (HEAD_T + "9日晚間，考察團一行參加松巖縣長錢小禾所設的午間餐會。", "钱小禾设午间餐会"),
    (HEAD + "9日晚，临江省省长宁可心主办的答谢宴在海州举行。", "宁可心主办答谢宴"),
    (HEAD_T + "9日中午，臨江客人參加了江城市長龔明遠所設的便餐餐敘。", "龚明远设便餐餐叙"),
    (HEAD_T + "9日，江城市政府歡迎宴在江城賓館舉行，龔明遠致詞。", "江城市政府欢迎宴"),
    (HEAD + "9日下午，两地企业家餐会在江城举行。", "两地企业家餐会"),
]


@pytest.mark.parametrize(("text", "title"), BANQUETS)
def test_a_banquet_or_reception_given_or_held_is_an_other_event(text: str, title: str) -> None:
    assert (title, "other", "2031-04-09") in _events(text)


NOT_BANQUETS = [  # a banquet planned, only named, or a body's forum (hosts give the title only to `other` events)
    HEAD + "柴思雨说，交流餐叙的形式很受客人欢迎。",
    HEAD + "柴思雨说，每次交流餐叙都让人难忘。",
]


@pytest.mark.parametrize("text", NOT_BANQUETS)
def test_a_banquet_only_named_or_planned_with_no_day_is_no_event(text: str) -> None:
    assert not [t for t in _titles(text) if "餐叙" in t]


def test_a_forum_given_by_a_person_keeps_its_printed_name() -> None:
    text = HEAD + "9日，由龚明远主办的江城发展论坛在江城举行。"
    assert "江城发展论坛" in _titles(text)


HELD_BAN_LI = [  # (text, title): 办理 is Taiwan usage for holding an event
    (HEAD_T + "江城松巖新興城市論壇9日在江城市政府大樓辦理，兩市市長出席。", "江城松岩新兴城市论坛"),
    (HEAD + "临江青年创业座谈会9日在江城办理。", "临江青年创业座谈会"),
]


@pytest.mark.parametrize(("text", "title"), HELD_BAN_LI)
def test_a_name_held_ban_li_is_an_event(text: str, title: str) -> None:
    assert title in _titles(text)


def test_ban_li_of_paperwork_makes_no_event() -> None:
    assert _titles(HEAD + "柴思雨表示，论坛报名手续可在网上办理。") == []


BARE_CEREMONIES = [  # (text, title): the ceremony by its noun alone, held
    (HEAD_T + "江城市政府秘書長柴思雨今日卸任，市長龔明遠上午主持交接典禮，並致詞勉勵。", "交接典礼"),
    (HEAD + "9日上午，松岩县县长宁可心主持就职典礼，县议员多人到场。", "就职典礼"),
    (HEAD_T + "9日上午，新舊任局長就任，臨江縣長錢小禾舉行布達典禮。", "布达典礼"),
    (HEAD_T + "9日上午，新舊任局長在江城市政府完成了交接儀式。", "交接仪式"),
]


@pytest.mark.parametrize(("text", "title"), BARE_CEREMONIES)
def test_an_office_ceremony_named_by_its_noun_alone_after_a_word_of_happening_is_an_event(
    text: str, title: str
) -> None:
    assert (title, "other", "2031-04-09") in _events(text)


NOT_BARE_CEREMONIES = [  # announced, or a ceremony already told, or no word of happening
    HEAD + "柴思雨表示，龚明远下周将主持交接典礼。",
    HEAD + "柴思雨说，交接典礼是一种传统。",
]


@pytest.mark.parametrize("text", NOT_BARE_CEREMONIES)
def test_an_office_ceremony_noun_announced_or_only_talked_about_is_no_event(text: str) -> None:
    assert not [t for t in _titles(text) if "典礼" in t]


def test_an_office_ceremony_told_again_by_its_noun_is_the_ceremony_told() -> None:
    text = HEAD + "9日，江城市长交接典礼在市政府举行。龚明远主持交接典礼并致辞。"
    assert [t for t in _titles(text) if "典礼" in t] == ["江城市长交接典礼"]


def test_a_congress_named_as_the_setter_of_goals_met_is_no_event() -> None:
    text = HEAD + "9日，江城区委全会举行。会议认为，过去五年里第二次党代会提出的目标已经全部完成了。"
    assert not [t for t in _titles(text) if "党代会" in t]


def test_a_bare_office_ceremony_keeps_no_date_of_another_clause() -> None:
    text = HEAD + "9日，新任局长柴思雨就职，他前年3月才调任副局长，县长宁可心主持布达典礼时勉励他。"
    assert ("布达典礼", "other", "2031-04-09") in _events(text)

"""Personnel-notice news (issue 13, notev14): the appointment shapes and non-names of notice pages, and the
guards that keep a ceremony or an oath only described or recalled from becoming an event. The event rules of the
branch (典礼/记者会/宣誓就职 as events, 及 inside a name, a ceremony dated by its session) were taken out before the
stop: they lifted the eight probe pages but cost precision on a studied set (realheld forum) and on the held-out
set; docs/realdev.md. Invented text only."""

from __future__ import annotations

import pytest

from pipeline_probe import claims, facts, people


def _events(text: str) -> dict[str, tuple[str, str | None]]:
    return {e.title: (e.event_type, e.date) for e in facts(text).events}


def _part(text: str) -> set[tuple[str, str, str]]:
    return {(p.person, p.relation, e.title) for e in facts(text).events for p in e.participants}


def test_a_ceremony_only_described_is_no_event() -> None:
    assert not _events("本报讯 柴思雨说，这套典礼礼服由临江工坊制作。")


def test_jiu_as_a_preposition_still_ends_a_name() -> None:
    got = _events("本报讯 28日，临江市政府就合作事宜举行江海协作座谈会。")
    assert "江海协作座谈会" in got, got
    assert not any(t.startswith("就") or "事宜" in t for t in got), got


def test_an_oath_only_recalled_is_no_event() -> None:
    text = "本报讯 28日，临江市召开干部大会。会上，龚明远回忆了柴思雨宣誓就职的情景。"
    assert not any("宣誓就职" in t for t in _events(text)), _events(text)


# 局长宣誓就职: 宣誓 after a title is no name
@pytest.mark.parametrize(
    "text",
    [
        "本报讯 2031年4月28日上午，临江县举行局长宣誓就职仪式。",
        "本報訊 28日，臨江市舉行新任處長宣誓儀式。",
        "本报讯 28日，临江市人大常委会组织新任副市长宣誓。",
    ],
)
def test_xuanshi_after_a_title_is_no_person(text: str) -> None:
    assert "宣誓" not in people(text)


# 全票当选: 全票 is no person
@pytest.mark.parametrize(
    "text",
    [
        "本报讯 28日，临江市议会选举议长，柴思雨获得33票，全票当选临江市议会议长。",
        "本報訊 28日，臨江市議會選舉議長，結果龔明遠獲得21票，全票當選臨江市議會議長。",
        "本报讯 会议选举林晓峰为主任，全票通过。",
    ],
)
def test_quanpiao_is_no_person(text: str) -> None:
    assert "全票" not in people(text)


# 某职，由某人接任 (Taiwan and Hong Kong reshuffle lists): a comma may stand between the post and 由
@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        (
            "本報訊 臨江縣政府公布人事。\n\n臨江縣交通局長,由前水利局副局長柴思雨接任。",
            "柴思雨",
            "临江县交通局长",
        ),
        (
            "本报讯 临江市政府公布人事。临江市审计局局长，由江城市副市长林晓峰接任。",
            "林晓峰",
            "临江市审计局局长",
        ),
        ("本報訊 江城市政府公布人事。江城市財政局長，則由市府顧問龔明遠接任。", "龚明远", "江城市财政局长"),
    ],
)
def test_a_post_then_comma_then_its_new_holder(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text), claims(text)


def test_a_task_taken_over_is_no_post() -> None:
    got = claims("本报讯 林晓峰表示，这项调研工作，由龚明远接任。")
    assert not any(person == "龚明远" for person, _ in got), got


def test_a_ceremony_with_its_own_day_keeps_it() -> None:
    text = (
        "本报讯 4月9日，临江市人大常委会召开第三次会议。\n\n  会议审议了工作报告。\n\n"
        "  4月10日，临江市举行新任局长宣誓仪式。"
    )
    got = {e.title: e.date for e in facts(text, "2031-04-11").events}
    assert got.get("新任局长宣誓仪式") == "2031-04-10", got


# 商务及经济发展局局长 listed after another post; 某区区长: no person 商务 / 区长
@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("本报讯 三名局长留任，包括江城发展局局长林晓峰、商务及经济发展局局长柴思雨。", "商务"),
        ("本報訊 三名局長留任，包括江城發展局局長林曉峰、商務及經濟發展局局長柴思雨。", "商务"),
        ("本报讯 龚明远从江北区区长任临江县委书记。", "区长"),
        ("本報訊 林曉峰從江南區區長任臨江縣委書記。", "区长"),
    ],
)
def test_bureau_words_and_district_heads_are_no_people(text: str, junk: str) -> None:
    assert junk not in people(text)

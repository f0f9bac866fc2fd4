"""Events of personnel-notice news (issue 13, notev14): the ceremonies, press conferences and oaths that a
notice page reports. Invented text only."""

from __future__ import annotations

import pytest

from pipeline_probe import claims, facts, people


def _events(text: str) -> dict[str, tuple[str, str | None]]:
    return {e.title: (e.event_type, e.date) for e in facts(text).events}


def _part(text: str) -> set[tuple[str, str, str]]:
    return {(p.person, p.relation, e.title) for e in facts(text).events for p in e.participants}


# 布达/交接/就职典礼: a ceremony named with 典礼 is an event of its own (type other)
@pytest.mark.parametrize(
    ("text", "title", "chair"),
    [
        ("本报讯 临江市政府28日在市政厅举行江北区长布达交接典礼，由民政局长龚明远主持。", "江北区长布达交接典礼", "龚明远"),
        ("本報訊 臨江縣政府28日舉行新任局長布達暨宣誓交接典禮，由縣長柴思雨主持及監誓。", "新任局长布达暨宣誓交接典礼", "柴思雨"),
        ("本报讯 4月28日，江城市新任市长就职典礼在市民中心举行，市人大常委会主任林晓峰主持典礼。", "江城市新任市长就职典礼", "林晓峰"),
    ],
)
def test_a_ceremony_named_with_dianli_is_an_event(text: str, title: str, chair: str) -> None:
    got = _events(text)
    assert got.get(title) == ("other", "2031-04-28"), got
    assert (chair, "presided", title) in _part(text)


def test_a_ceremony_only_described_is_no_event() -> None:
    assert not _events("本报讯 柴思雨说，这套典礼礼服由临江工坊制作。")


# 就职 inside a ceremony's name: 就 no longer cuts the name (宣誓就职仪式)
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("本报讯 2031年4月28日上午，临江市长龚明远在市政府主持柴思雨的宣誓就职仪式。", "宣誓就职仪式"),
        ("本報訊 2031年4月28日上午，臨江縣舉行新任局長宣誓就職儀式。", "新任局长宣誓就职仪式"),
        ("本报讯 28日，江城市举行新任区长就职仪式，林晓峰主持。", "新任区长就职仪式"),
    ],
)
def test_jiuzhi_stays_inside_a_ceremony_name(text: str, title: str) -> None:
    assert _events(text).get(title) == ("other", "2031-04-28"), _events(text)


def test_jiu_as_a_preposition_still_ends_a_name() -> None:
    got = _events("本报讯 28日，临江市政府就合作事宜举行江海协作座谈会。")
    assert "江海协作座谈会" in got, got
    assert not any(t.startswith("就") or "事宜" in t for t in got), got


# 记者会 / 記者會: a press conference announcing appointments is a meeting
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("本报讯 临江省政府28日召开记者会，发言人柴思雨介绍人事安排。", "临江省政府记者会"),
        ("本報訊 臨江縣政府28日舉行記者會，公布新任局長名單。", "临江县政府记者会"),
        ("本报讯 4月28日，江城市人民政府新闻办公室举行记者会。", "江城市人民政府新闻办公室记者会"),
    ],
)
def test_a_press_conference_is_a_meeting(text: str, title: str) -> None:
    assert _events(text).get(title) == ("meeting", "2031-04-28"), _events(text)


# 宣誓就职 as an act: the people named before it took the oath that day
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("本报讯 临江县议会全体议员28日宣誓就职。", "临江县议会全体议员宣誓就职"),
        ("本報訊 江城市交通局局長柴思雨28日宣誓就職。", "柴思雨宣誓就职"),
        ("本报讯 江城市第五届议会全体议员28日在会展中心宣誓就职，由市长龚明远监誓。", "江城市第五届议会全体议员在会展中心宣誓就职"),
    ],
)
def test_an_oath_of_office_is_an_event(text: str, title: str) -> None:
    assert _events(text).get(title) == ("other", "2031-04-28"), _events(text)


def test_an_oath_only_recalled_is_no_event() -> None:
    text = "本报讯 28日，临江市召开干部大会。会上，龚明远回忆了柴思雨宣誓就职的情景。"
    assert not any("宣誓就职" in t for t in _events(text)), _events(text)


# 甲及乙…典礼: a name joined by 及 is kept whole
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("本报讯 临江市政府28日在市政厅举行江北区及江南区区长交接典礼。", "江北区及江南区区长交接典礼"),
        ("本報訊 臨江縣政府28日舉行東區及西區區長布達典禮。", "东区及西区区长布达典礼"),
        ("本报讯 28日，临江市举行民政局及财政局局长交接仪式。", "民政局及财政局局长交接仪式"),
    ],
)
def test_ji_joins_the_parts_of_one_name(text: str, title: str) -> None:
    assert title in _events(text), _events(text)


def test_two_events_listed_with_ji_stay_two() -> None:
    got = _events("本报讯 28日，林晓峰出席了江城论坛及临江座谈会。")
    assert {"江城论坛", "临江座谈会"} <= set(got), got


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
        ("本報訊 臨江縣政府公布人事。\n\n臨江縣交通局長,由前水利局副局長柴思雨接任。", "柴思雨", "临江县交通局长"),
        ("本报讯 临江市政府公布人事。临江市审计局局长，由江城市副市长林晓峰接任。", "林晓峰", "临江市审计局局长"),
        ("本報訊 江城市政府公布人事。江城市財政局長，則由市府顧問龔明遠接任。", "龚明远", "江城市财政局长"),
    ],
)
def test_a_post_then_comma_then_its_new_holder(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text), claims(text)


def test_a_task_taken_over_is_no_post() -> None:
    got = claims("本报讯 林晓峰表示，这项调研工作，由龚明远接任。")
    assert not any(person == "龚明远" for person, _ in got), got


# 会议举行了某仪式: the ceremony the session holds is on the session's day, not the article's month
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("记者 林晓峰\n\n  4月9日,临江市十届人大常委会举行第三十次会议,通过人事任免事项。\n\n"
         "  会议决定任命柴思雨为临江市副市长。\n\n  会议举行了宪法宣誓仪式。新任命的同志庄严宣誓。", "宪法宣誓仪式"),
        ("本報訊 4月9日,臨江縣人大常委會召開第十二次會議,表決通過人事任免事項。\n\n"
         "  會議決定任命龔明遠為臨江縣副縣長。\n\n  會後舉行憲法宣誓儀式。", "宪法宣誓仪式"),
        ("本报讯 4月9日，江城市政协常委会召开第五次会议，协商通过有关事项。\n\n"
         "  会议审议了工作报告。\n\n  会上还举行了新任委员颁证仪式。", "新任委员颁证仪式"),
    ],
)
def test_a_ceremony_held_by_the_session_takes_its_day(text: str, title: str) -> None:
    got = {e.title: (e.date, e.date_source) for e in facts(text, "2031-04-11").events}
    assert got.get(title) == ("2031-04-09", "context"), got  # the session's day, not the article's


def test_a_ceremony_with_its_own_day_keeps_it() -> None:
    text = ("本报讯 4月9日，临江市人大常委会召开第三次会议。\n\n  会议审议了工作报告。\n\n"
            "  4月10日，临江市举行新任局长宣誓仪式。")
    got = {e.title: e.date for e in facts(text, "2031-04-11").events}
    assert got.get("新任局长宣誓仪式") == "2031-04-10", got


# 宣誓就职仪式…。甲、乙宣读誓词，宣誓就职: the oath told again is the ceremony, not a second event
@pytest.mark.parametrize(
    "text",
    [
        "本报讯 临江市长龚明远28日上午在市政府主持交通局长、财政局长的宣誓就职仪式。"
        "宣誓就职仪式上午10时举行，柴思雨、林晓峰宣读誓词，宣誓就职。",
        "本報訊 江城市長柴思雨28日主持新任局長的宣誓就職儀式。宣誓就職儀式上午9時舉行，龔明遠、林曉峰根據規定宣讀誓詞，宣誓就職。",
        "本报讯 28日，临江县举行新任副县长宣誓就职仪式。仪式上，钱小禾面向国旗宣誓就职。",
    ],
)
def test_an_oath_retold_after_its_ceremony_is_the_ceremony(text: str) -> None:
    got = _events(text)
    assert list(got) == [next(t for t in got if t.endswith("宣誓就职仪式"))], got


def test_an_oath_before_any_ceremony_stays_its_own_event() -> None:
    got = _events("本报讯 临江县议会全体议员28日宣誓就职。另外，江城市长龚明远主持新任局长的宣誓就职仪式。宣誓就职仪式上午举行。")
    assert "临江县议会全体议员宣誓就职" in got, got


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

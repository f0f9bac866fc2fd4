"""Shapes of session reports (genre probe of 两会, party congresses and standing committees, fifth session):
a list of names seated on the platform with a joiner between two of them (甲、乙和丙、丁在主席台就座): every
name is a person taking part. Invented text with invented names and places, Simplified and Traditional."""

from __future__ import annotations

import pytest

from pipeline_probe import event_people, facts

DAY = "2031-04-28"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "本报讯 4月27日上午，临江省第十三届人民代表大会第一次会议在省人民会堂隆重开幕。\n"
            "陶家宁、柴思雨、邵启明和温若谷、裴知远在主席台就座。",
            {"陶家宁", "柴思雨", "邵启明", "温若谷", "裴知远"},
        ),
        (
            "本報訊 4月27日上午，臨江省政協十二屆三次會議在江城閉幕。\n"
            "陶家寧、柴思雨及溫若谷、裴知遠在主席臺前排就座。",
            {"陶家宁", "柴思雨", "温若谷", "裴知远"},
        ),
        (
            "本报讯 4月27日，中国共产党江城市第九次代表大会开幕。\n"
            "龚明远、林平安以及乔映雪、邵启明出席大会。",
            {"龚明远", "林平安", "乔映雪", "邵启明"},
        ),
    ],
)
def test_a_joiner_inside_a_list_of_names(text: str, names: set[str]) -> None:
    seen = facts(text, DAY)
    assert names <= {p.name for p in seen.people}
    people = set().union(*(event_people(e) for e in seen.events))
    assert {(n, "attended") for n in names} <= people


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 4月27日，临江省政协十二届三次会议在江城闭幕。龚明远、王和平在主席台就座。",
        "本报讯 4月27日，临江省政协十二届三次会议在江城闭幕。龚明远、柴思雨和有关部门负责人在主席台就座。",
    ],
)
def test_a_name_holding_the_joiner_stays_whole(text: str) -> None:
    names = {p.name for p in facts(text, DAY).people}
    assert not any(n.startswith(("王和", "柴思雨和")) or n in ("平", "有关部门负责人") for n in names)


# ---- the dateline's byline is no part of the name after it (本报讯(记者某某)某大会在…后，某日…闭幕) ----


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "本报讯(记者林晓峰)中国共产党临江省第十二次代表大会在选举产生中国共产党临江省第十二届委员会后，"
            "4月27日在江城胜利闭幕。大会执行主席陶家宁、柴思雨在主席台前排就座。",
            "中国共产党临江省第十二次代表大会",
        ),
        (
            "本報訊(記者林曉峰)中國共產黨臨江省第十二次代表大會在通過關於十一屆省委報告的決議後，"
            "4月27日在江城勝利閉幕。大會執行主席陶家寧、柴思雨在主席臺前排就座。",
            "中国共产党临江省第十二次代表大会",
        ),
        (
            "本报讯（记者 林晓峰）临江省政协十二届三次会议在完成各项议程后，4月27日在江城闭幕。"
            "省政协主席陶家宁、副主席柴思雨在主席台前排就座。",
            "临江省政协十二届三次会议",
        ),
    ],
)
def test_a_byline_before_the_name(text: str, title: str) -> None:
    events = {e.title: e for e in facts(text, DAY).events}
    assert title in events, sorted(events)
    assert events[title].date == "2031-04-27"
    assert {("陶家宁", "attended"), ("柴思雨", "attended")} <= event_people(events[title])


# ---- a Mongolian name printed without a surname after a title (name_starts.txt) ----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("本报讯 4月27日下午，临江省委书记巴音达来主持召开省委常委会议。", "巴音达来"),
        ("本報訊 4月27日下午，臨江省委書記烏雲達賚主持召開省委常委會議。", "乌云达赉"),
        ("本报讯 4月27日，临江市市长宝音德力主持召开市政府常务会议。", "宝音德力"),
    ],
)
def test_a_mongolian_name_after_a_title(text: str, name: str) -> None:
    seen = facts(text, DAY)
    assert name in {p.name for p in seen.people}
    assert any((name, "presided") in event_people(e) for e in seen.events)


# ---- a name before its title head right after the verb studying what was said (学习贯彻某某副总理…精神) ----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("本报讯 4月27日，市委常委会召开会议，学习贯彻刘国平副总理4月22日在临江召开的座谈会精神。", "刘国平"),
        ("本報訊 4月27日，市委常委會召開會議，傳達學習劉國平副總理在臨江座談會上的重要講話精神。", "刘国平"),
        ("本报讯 4月27日，会议要求认真落实林平副主席重要指示精神。", "林平"),
    ],
)
def test_a_name_before_its_title_after_a_studying_verb(text: str, name: str) -> None:
    assert name in {p.name for p in facts(text, DAY).people}


def test_the_studying_verb_is_no_name() -> None:
    names = {p.name for p in facts("本报讯 会议要求学习贯彻总书记重要讲话精神。", DAY).people}
    assert not names


# ---- a sitting of the meeting reported is that meeting (大会举行第二次全体会议; 某人代会开幕大会) ----


@pytest.mark.parametrize(
    ("text", "title", "presiders"),
    [
        (
            "本报讯 4月27日，中国共产党临江省第十二次代表大会在江城胜利闭幕。\n上午9时，大会举行第二次全体会议。"
            "会议由陶家宁同志主持。\n随后，大会举行第三次全体会议。会议由林晓峰同志主持。大会执行主席林晓峰、陶家宁出席。",
            "中国共产党临江省第十二次代表大会",
            {"陶家宁", "林晓峰"},
        ),
        (
            "本報訊 4月27日，中國共產黨臨江省第十二次代表大會在江城勝利閉幕。\n上午9時，大會舉行第二次全體會議。"
            "會議由陶家寧同志主持。大會執行主席林曉峰、陶家寧出席。",
            "中国共产党临江省第十二次代表大会",
            {"陶家宁"},
        ),
        (
            "本报讯 4月27日上午，临江省第十三届人民代表大会第一次会议在省人民会堂隆重开幕。出席开幕大会的代表"
            "517人。大会主席团常务主席林晓峰、陶家宁主持大会。",
            "临江省第十三届人民代表大会第一次会议",
            {"林晓峰", "陶家宁"},
        ),
    ],
)
def test_a_sitting_of_the_meeting_reported(text: str, title: str, presiders: set[str]) -> None:
    events = facts(text, DAY).events
    assert [e.title for e in events] == [title]
    assert {(p, "presided") for p in presiders} <= event_people(events[0])


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (  # the opening sitting on another day than the meeting reported
            "本报讯 4月27日，临江省第十三届人民代表大会第一次会议在江城闭幕。4月20日举行的开幕大会由林晓峰主持。",
            2,
        ),
        (  # another body's sitting on the same day
            "本报讯 4月27日，临江省政协十二届三次会议在江城闭幕。临江市人大常委会当天举行第三次全体会议。",
            2,
        ),
        (  # a named body's sitting on another day
            "本报讯 4月27日，临江市委十二届五次全会召开。4月20日，临江市人大常委会举行第三次全体会议。",
            2,
        ),
    ],
)
def test_other_sittings_stay_apart(text: str, count: int) -> None:
    assert len(facts(text, DAY).events) == count


# ---- a sitting that holds its election (某会议第三次全体会议在某地进行大会选举) took place ----


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        (
            "江城日报讯 1月20日上午，临江省十四届人大三次会议第三次全体会议在江城会堂进行大会选举。"
            "大会主席团常务主席陶家宁主持会议。",
            "临江省十四届人大三次会议第三次全体会议",
            "2031-01-20",
        ),
        (
            "江城日報訊 1月20日上午，臨江省十四屆人大三次會議第三次全體會議在江城會堂進行大會選舉。"
            "大會主席團常務主席陶家寧主持會議。",
            "临江省十四届人大三次会议第三次全体会议",
            "2031-01-20",
        ),
        (
            "本报讯 4月20日，江城市政协十二届一次会议第二次全体会议在市会议中心进行选举。"
            "大会主席团常务主席陶家宁主持会议。",
            "江城市政协十二届一次会议第二次全体会议",
            "2031-04-20",
        ),
    ],
)
def test_a_sitting_holding_its_election(text: str, title: str, date: str) -> None:
    events = {e.title: e for e in facts(text, DAY).events}
    assert title in events, sorted(events)
    assert events[title].date == date
    assert ("陶家宁", "presided") in event_people(events[title])


def test_a_closing_sitting_after_an_election_meeting_stays_its_own() -> None:
    text = (
        "本報訊 臨江省政協第十一屆委員會第一次會議4月27日下午在江城閉幕。\n閉幕大會前召開的選舉大會上，"
        "林曉峰當選為政協臨江省第十一屆委員會主席。\n閉幕大會通過了《政協臨江省第十一屆委員會第一次會議決議》。"
    )
    titles = sorted(e.title for e in facts(text, DAY).events)
    assert titles == ["临江省政协第十一届委员会第一次会议选举大会", "临江省政协第十一届委员会第一次会议闭幕大会"]

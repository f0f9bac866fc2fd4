"""Events and participation of session 38 (invented text, invented names).

- A title opening a clause alone (总统16日会晤…) stands for the person the article printed with that title bare
  (总统甲), not for another country's holder printed with it qualified (友邦某国总统乙): the talks are that person's.
- A retrospective's meeting someone called in a printed month (2031年2月甲在某地主持召开座谈会) is an event at month
  precision, its caller a person (clause_forms.tsv clause_chair after a date); 4个月后 / 两个月后 is that many months
  after the story's last month, and unresolved (reported, W011) when the story printed none.
- A year counted in Chinese numerals before a month (九十七年五月二十日, not 一九九七年) is the Republic of China's
  (time/numerals.tsv roc_mark): a Taiwanese caption's date gives a page its year.
- An event whose word of holding is negated (今年不举行某记者会, 今后不再召开…) is none (word_uses negation).
- A person's dated site tour (某日，甲参观了某展馆) is an event (triggers.tsv 参观); escorts told after it (乙同样陪同
  其参观，一同陪同的还有丙) attend that tour, not an earlier one (escorted.tour_before, word_uses tour_pronoun); a
  visiting group's 参观 stays a leg of its visit (word_uses person_tour; tests/test_event22.py).
- A draft discussed (讨论了《某报告》, 讨论了即将提交某会议审议的《某报告》) is reviewed (policy_verbs.tsv 讨论; an
  attributive phrase between the verb and the 《title》: policylinks._before_modifier).
- The subject of a sentence's later act is the person after an attributive phrase (甲执掌某地那几年的某职乙…，与丙
  会面: 乙), not the one inside it (actdraft.sentence_subject).
- 在…上 holds a name past a day and its 的 between them (在3月4日上午的某发布会上, 在隔日的某全会上):
  eventparts.name_prefix.
- A tour named in a spirit followed (按照某某考察某地重要讲话精神) is referred to even before the page told an event of
  its own (framed.act_frame, word_uses back_reference 按照/遵照).
- A bracketed aside right after the actor (某某(彼时已卸任某职)也曾视察…) is no part of an act's title.
- At a standing committee's sitting, 受代市长甲委托，乙提交某议案并作说明: 乙 is a person who speaks (clause_forms.tsv
  clause_motion), 甲 who entrusted the report is not there (word_uses entrust_lead, entrust_close).
- A party congress printed by its number (中共二十一大于某日闭幕) is a meeting (triggers.tsv), one with its full name
  (short_names.tsv); named as a period (十八大以来) or a spirit studied it is none. 隔日 is the day after.
- A headline's signing whose subject is a short form of the gathering the report tells (某联席会议签署四项协议 beside
  某合作联席会议第十三次会议16日举行) is that gathering (rites._acting: its characters in order), dated by it; so is a
  headline's launch of a meeting named longer than the report's (某区公所走动式区务会议正式启动 beside 某区务会议).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from sweep13 import traditional


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_bare_title_stands_for_the_holder_printed_with_it_bare(script: str) -> None:
    text = (
        "（本社记者甲乙丙17日电）总统林晓峰本周出访三个友邦。\n"
        "林总统日前出席智利总统柯德拉的就职仪式，13日晚抵达智利。\n"
        "总统16日会晤芬兰总理安东尼，双方发表联合声明。"
    )
    text = traditional(text) if script == "traditional" else text
    found = facts(text, "2031-08-17")
    talks = [e for e in found.events if e.date == "2031-08-16"]
    assert len(talks) == 1
    assert {"林晓峰", "安东尼"} <= {p.person for p in talks[0].participants}
    assert "柯德拉" not in {p.person for p in talks[0].participants}


@pytest.mark.parametrize(("count", "month"), [("4", "2031-06"), ("两", "2031-04")])
def test_a_retrospectives_called_meeting_and_a_visit_months_later(count: str, month: str) -> None:
    text = (
        "回顾过去，2031年2月林晓峰在江城主持召开座谈会，听取港口建设情况汇报。\n"
        f"{count}个月后，临江市委书记龚明远率代表团赴海州省考察。"
    )
    found = facts(text, "2033-04-11")
    dated = {(e.date, e.event_type) for e in found.events}
    assert {("2031-02", "meeting"), (month, "visit")} <= dated
    (meeting,) = [e for e in found.events if e.event_type == "meeting"]
    assert ("林晓峰", "presided") in {(p.person, p.relation) for p in meeting.participants}


def test_months_later_with_no_date_before_is_left_unresolved() -> None:
    found = facts("两个月后，临江市委书记龚明远率代表团赴海州省考察。", "2033-04-11")
    assert not any(e.date == "2033-04-11" for e in found.events)


@pytest.mark.parametrize(("year", "day"), [("九十七", "2008-05-20"), ("八十五", "1996-05-20")])
def test_a_year_counted_in_chinese_numerals_is_the_roc_calendars(year: str, day: str) -> None:
    text = (
        "【本報5月20日報導】江城縣新任縣長龔明遠今天上午就職，在縣府禮堂舉行交接典禮。\n"
        f"圖說：交接典禮現場。本社攝 {year}年五月二十日"
    )
    found = facts(text, None)
    assert day in {e.date for e in found.events}



@pytest.mark.parametrize(
    "sentence",
    ["江城今年不举行新春记者会。", "市政府今年也不再举行市长记者会。", "市政府今年并未召开年度记者会。"],
)
def test_an_event_whose_holding_is_negated_is_none(sentence: str) -> None:
    found = facts("3月4日，发言人龚明远在回答提问时表示，" + sentence, "2031-03-04")
    assert not [e for e in found.events if "记者会" in e.title]


@pytest.mark.parametrize("pronoun", ["其", "他", ""])
def test_a_site_tour_is_an_event_and_its_escorts_attend_it(pronoun: str) -> None:
    text = (
        "5月30日，江城市委书记龚明远到临江调研。2月，临江省长王一鸣曾视察某大学，龚明远陪同。\n"
        f"另外，5月19日，临江省原省委书记林晓峰参观了临江博览会，龚明远也陪同{pronoun}参观，"
        "一同陪同的还有市委秘书长柴思雨。"
    )
    found = facts(text, "2031-06-04")
    (tour,) = [e for e in found.events if e.date == "2031-05-19"]
    assert "参观" in tour.title
    assert {"林晓峰", "龚明远", "柴思雨"} <= {p.person for p in tour.participants}
    (earlier,) = [e for e in found.events if e.date.startswith("2031-02")]
    assert "柴思雨" not in {p.person for p in earlier.participants}


def test_the_one_who_entrusts_a_report_is_not_at_the_sitting() -> None:
    text = (
        "本报讯 3月28日，市十二届人大常委会举行第四十三次会议。市人大常委会主任龚明远主持会议。\n"
        "受市长宁可心委托，王一鸣提交干部任免议案，并作了说明。"
    )
    (sitting,) = facts(text, "2031-03-29").events
    people = {(p.person, p.relation) for p in sitting.participants}
    assert ("王一鸣", "spoke_at") in people
    assert not any(name == "宁可心" for name, _ in people)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("中共二十一大于本月22日胜利闭幕。", "中共二十一大"),
        ("10月22日，中共二十一大在北京闭幕。", "中共二十一大"),
        ("中共二十一大於本月22日勝利閉幕。", "中共二十一大"),
    ],
)
def test_a_party_congress_printed_by_its_number_is_a_meeting(text: str, title: str) -> None:
    found = facts(text, "2031-10-28")
    assert [(e.title, e.date) for e in found.events] == [(title, "2031-10-22")]


@pytest.mark.parametrize("text", ["十八大以来，江城发展迅速。", "10月28日，市委召开会议，学习贯彻党的二十大精神。"])
def test_a_congress_named_as_a_period_or_a_spirit_is_no_event(text: str) -> None:
    assert not [e for e in facts(text, "2031-10-28").events if "大" in e.title and "会议" not in e.title]


def test_the_day_after_is_told_by_ge_ri() -> None:
    found = facts("10月22日，大会闭幕。隔日，中共二十一届一中全会在北京举行。", "2031-10-28")
    assert ("中共二十一届一中全会", "2031-10-23") in {(e.title, e.date) for e in found.events}


def test_a_headline_act_of_a_gathering_is_that_gathering() -> None:
    text = (
        "临江海州联席会议签署三项合作协议\n"
        "新华社临江9月17日电 临江海州合作联席会议第八次会议16日在临江召开。临江省长龚明远出席会议并讲话。"
    )
    found = facts(text, "2031-09-17")
    assert [(e.title, e.date) for e in found.events] == [("临江海州合作联席会议第八次会议", "2031-09-16")]


@pytest.mark.parametrize(
    "clause",
    ["会议讨论了《江城市政府工作报告》。", "会议讨论了拟提交市人代会审议的《江城市政府工作报告》。"],
)
def test_a_draft_discussed_is_reviewed(clause: str) -> None:
    found = facts("1月5日下午，江城市政府第六次全体会议召开。" + clause + "市长龚明远主持会议。", "2031-01-07")
    (meeting,) = found.events
    assert {(p.title, p.relation) for p in meeting.policies} == {("江城市政府工作报告", "reviewed")}



def test_a_subject_after_an_attributive_phrase_holds_the_talks() -> None:
    text = (
        "2031-06-04 13:54:31\n临江省委书记柴思雨陪同调研。"
        "龚明远执掌江城那几年的秘书长林晓峰(现任海州局长)今年4月份到访临江，与柴思雨会面。"
    )
    talks = [e for e in facts(text, "2031-06-04").events if e.event_type == "talks"]
    assert [(e.date, {p.person for p in e.participants}) for e in talks] == [("2031-04", {"林晓峰", "柴思雨"})]


@pytest.mark.parametrize("day", ["3月4日上午", "今天(3月4日)上午", "隔日"])
def test_a_name_after_a_day_and_its_de_inside_zai_shang_was_held(day: str) -> None:
    text = f"3月3日，江城市人代会开幕。在{day}的江城人代会新闻发布会上，发言人龚明远回答了提问。"
    found = facts(text, "2031-03-04")
    assert ("江城人代会新闻发布会", "2031-03-04") in {(e.title, e.date) for e in found.events}


@pytest.mark.parametrize("aside", ["(当时已不再兼任某职)", "（已离任某职）"])
def test_an_aside_after_the_actor_is_no_part_of_the_title(aside: str) -> None:
    text = f"3月上旬，时任江城市长林晓峰{aside}曾到访临江视察某产业园，临江省委书记柴思雨等人陪同。"
    (tour,) = facts(text, "2031-06-04").events
    assert tour.title == "林晓峰曾到访临江视察某产业园"


def test_a_headline_launch_of_a_meeting_is_that_meeting() -> None:
    text = (
        "江城区公所巡回式区务会议正式启动\n本报记者甲乙丙/江城报导\n2031.05.13\n"
        "区长龚明远今天与各课室主管一起到青山里参加「江城区务会议」，听取里民意见。"
    )
    found = facts(text, "2031-05-13")
    assert [e.title for e in found.events if e.event_type in ("meeting", "opening")] == ["江城区务会议"]


def test_a_tour_named_in_a_spirit_followed_is_no_event() -> None:
    text = (
        "第二版：要闻\n龚明远出任江城市代理市长\n（上接第一版）\n"
        "柴思雨对龚明远就任代理市长表示祝贺，希望江城市政府认真按照林晓峰总书记考察江城重要讲话精神，"
        "扎实推进各项工作。"
    )
    assert not [e for e in facts(text, "2031-03-21").events if e.event_type == "inspection"]

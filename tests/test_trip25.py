"""Inspections, tours and ceremonies, lane trip25 (fifteenth session): the genres weakest on every unseen judge.

Five classes, each with its paradigm in both scripts (the events stage reads the Simplified text):

* the people going along with an official introduced by 由 before 陪同 (由甲、乙等人陪同视察; 由甲陪同前往某乡会勘):
  they attend, the subject before 由 acts (``patterns.tsv`` escort, ``events/escorted.py``); an escort phrase
  (由…陪同, 在…陪同下) is no part of the act's title (escort_title); without a person before 由 the act stays
  the companions' going along with a tour told elsewhere;
* an award ceremony printed by its noun alone (出席颁奖典礼) in an article naming the award (第八届某某奖,
  「某某奖」): that award's ceremony (``word_uses.tsv`` award_ceremony, ``patterns.tsv`` award_name,
  ``events/awards.py``);
* an award named after a post (市长某某奖, 县长某某奖) is no person named after a title: 奖 is never inside a given
  name (``actors/word_uses.tsv`` not_in_name);
* 察看 is a verb of looking, not of going: the place is the one a motion word opens (前往某镇察看某物), never the
  object seen (``triggers.tsv`` 察看 act);
* a person's tour told twice by one document (the headline and the lede) on agreeing days is one tour
  (``corpus/sameevent._one_tour``).

Invented names and places, sentence frames of our own."""

from __future__ import annotations

import pytest

from pipeline_probe import event_people, facts
from ygraph.corpus import merge

DAY = "2031-04-09"
HEAD = "江城晚报 2031年4月9日\n"
HEAD_T = "江城晚報 2031年4月9日\n"


def _events(text: str, day: str = DAY) -> list:
    return list(facts(text, day).events)


def _titles(text: str, day: str = DAY) -> set[str]:
    return {e.title for e in _events(text, day)}


ESCORTED = [  # (text, title, companions): an official's own act, the companions introduced by 由
    (HEAD + "青禾县长林晓峰9日上午由交通局长柴思雨、松岩镇长宁可心等人陪同视察松岩镇堤防工程。",
     "林晓峰视察松岩镇堤防工程", {"柴思雨", "宁可心"}),
    (HEAD_T + "青禾縣長林曉峰於昨日(9日)上午,由工務處長柴思雨、松岩鄉長寧可心等陪同勘查即將完工的排水工程。",
     "林晓峰勘查即将完工的排水工程", {"柴思雨", "宁可心"}),
    (HEAD + "青禾县长林晓峰9日上午，由交通局长柴思雨陪同前往松岩镇视察堤防工程。",
     "林晓峰前往松岩镇视察堤防工程", {"柴思雨"}),
    (HEAD_T + "青禾縣長林曉峰今(9)日由工務處長柴思雨一行陪同前往松岩鄉會勘道路。",
     "林晓峰前往松岩乡会勘道路", {"柴思雨"}),
    (HEAD + "临江市长龚明远9日由副市长钱小禾全程陪同巡视海州港防台准备。",
     "龚明远巡视海州港防台准备", {"钱小禾"}),
]


@pytest.mark.parametrize(("text", "title", "companions"), ESCORTED)
def test_the_subject_before_the_escort_acts_and_the_companions_attend(text: str, title: str, companions: set[str]) -> None:
    found = {e.title: e for e in _events(text)}
    assert title in found, sorted(found)
    people = {name for name, _ in event_people(found[title])}
    assert companions | {title[:3]} <= people  # the companions and the actor (whose name opens the title)


ESCORT_TITLES = [  # (text, title): 在…(的)陪同下 is cut from the title as 由…陪同 is
    (HEAD + "9日，临江县长柴思雨在秘书长宁可心陪同下视察青禾镇堤防。", "柴思雨视察青禾镇堤防"),
    (HEAD_T + "青禾縣長林曉峰9日在鄉長柴思雨等人的陪同下，視察排水工程。", "林晓峰视察排水工程"),
]


@pytest.mark.parametrize(("text", "title"), ESCORT_TITLES)
def test_an_escort_phrase_is_no_part_of_the_title(text: str, title: str) -> None:
    assert title in _titles(text)


NOT_ESCORTED = [  # (text, title that must not be read): no person before 由, or 由 of another word
    (HEAD + "9日，县议会考察团到松岩乡考察。县府方面由副县长柴思雨率各局主管陪同考察。", "柴思雨率各局主管陪同考察"),
    (HEAD + "9日，青禾县长林晓峰由于天气原因推迟视察松岩镇堤防。", "林晓峰视察松岩镇堤防"),
]


@pytest.mark.parametrize(("text", "title"), NOT_ESCORTED)
def test_no_escort_without_a_subject_before_it(text: str, title: str) -> None:
    assert title not in _titles(text)


AWARDS = [  # (text, title, person): the bare ceremony noun is the ceremony of the award the article names
    ("江城日報 2031年12月9日\n青禾文化基金會今天(9日)頒發第五屆「松岩文學獎」，表揚三位作家。縣長林曉峰到場出席頒獎典禮並勉勵作家。",
     "松岩文学奖颁奖典礼", "林晓峰"),
    ("江城日報 2031年12月9日\n第三屆青禾服務獎今（9）日於江城頒獎。縣長林曉峰當天也出席頒獎典禮並合影。",
     "第三届青禾服务奖颁奖典礼", "林晓峰"),
    ("江城日报 2031年12月9日\n第三届青禾服务奖今日在江城颁奖。市长林晓峰出席颁奖仪式并致辞。",
     "第三届青禾服务奖颁奖仪式", "林晓峰"),
    ("江城日報 2031年12月9日\n第八屆青禾服務獎，今(9)日舉行頒獎典禮，縣長林曉峰率領團隊領獎。",
     "第八届青禾服务奖颁奖典礼", "林晓峰"),
]


@pytest.mark.parametrize(("text", "title", "person"), AWARDS)
def test_a_bare_award_ceremony_is_the_named_awards(text: str, title: str, person: str) -> None:
    found = {e.title: e for e in _events(text, "2031-12-09")}
    assert title in found, sorted(found)
    assert found[title].date == "2031-12-09"
    assert (person, "attended") in event_people(found[title])


NO_AWARD = [  # no award named (奖项, 奖金 name none), or the ceremony announced
    "江城日報 2031年12月9日\n縣府今日公布多個獎項，縣長林曉峰出席頒獎典禮。",
    "江城日報 2031年12月9日\n第三屆青禾服務獎揭曉，縣長林曉峰表示明年將出席頒獎典禮。",
]


@pytest.mark.parametrize("text", NO_AWARD)
def test_no_award_ceremony_without_an_award_named_or_when_announced(text: str) -> None:
    assert not any(t.endswith("颁奖典礼") and len(t) > 4 for t in _titles(text, "2031-12-09"))


AWARD_AFTER_POST = ["市長金穗獎", "縣長青鳥獎", "总统文化奖", "部长林园奖"]


@pytest.mark.parametrize("award", AWARD_AFTER_POST)
def test_an_award_named_after_a_post_is_no_person(award: str) -> None:
    text = HEAD_T + "市府9日下午在松岩國小舉辦" + award + "頒獎典禮，市長林曉峰與得獎學生合影。"
    found = facts(text)
    assert {p.name for p in found.people} == {"林晓峰"}
    assert any(e.title.endswith("颁奖典礼") for e in found.events)


LOOKING = [  # (text, title, place): 察看 takes the place a motion word opens, never the object seen
    (HEAD + "9日，青禾县长林晓峰前往松岩镇察看堤防工程。", "林晓峰前往松岩镇察看堤防工程", "松岩镇"),
    (HEAD_T + "9日，青禾縣長林曉峰赴松岩鄉察看颱風災情。", "林晓峰赴松岩乡察看台风灾情", "松岩乡"),
    (HEAD + "9日，青禾县长林晓峰在镇长宁可心陪同下察看了堤防工程。", "林晓峰察看堤防工程", None),
]


@pytest.mark.parametrize(("text", "title", "place"), LOOKING)
def test_a_look_over_takes_no_object_as_its_place(text: str, title: str, place: str | None) -> None:
    found = {e.title: e for e in _events(text)}
    assert title in found, sorted(found)
    assert found[title].place == place


def _merged(text: str, day: str = DAY) -> list:
    return list(merge.merge([facts(text, day)], ()).events)


ONE_TOUR = [  # a headline's tour and the lede's, one actor, agreeing days: one tour
    "江城晚报 2031年4月9日\n林晓峰在松岩县调研乡村振兴工作\n9日，副省长林晓峰和省农业厅两位处长一起到海州市松岩县调研乡村振兴工作。",
    "江城晚報 2031年4月9日\n林曉峰視察青禾鄉稻作採收情形\n青禾縣長林曉峰今(9)日上午到青禾鄉視察即將採收的稻作。",
]


@pytest.mark.parametrize("text", ONE_TOUR)
def test_a_tour_told_by_headline_and_lede_is_one(text: str) -> None:
    tours = [e for e in _merged(text) if e.event_type == "inspection"]
    assert len(tours) == 1, [e.title for e in tours]


TWO_TOURS = [  # other days, or other actors: apart
    "江城晚报 2031年4月9日\n8日，县长林晓峰到松岩乡调研茶叶产业。9日，县长林晓峰到青禾镇调研水利工程。",
    "江城晚报 2031年4月9日\n9日，县长林晓峰到松岩乡调研茶叶产业。同日，副县长柴思雨到松岩乡调研水利工程。",
]


@pytest.mark.parametrize("text", TWO_TOURS)
def test_tours_of_other_days_or_actors_stay_apart(text: str) -> None:
    tours = [e for e in _merged(text) if e.event_type == "inspection"]
    assert len(tours) == 2, [e.title for e in tours]


FORECASTS = [  # a forecast of a later day (预定, 预计, 有望, 可望) is no act done
    HEAD_T + "青禾縣長林曉峰9日視察松岩橋改建工程，工程進度超前，預定今年10月完工通車。",
    HEAD + "9日，县长林晓峰视察松岩大桥，大桥预计年底建成通车。",
    HEAD + "9日，县长林晓峰视察青禾水厂，水厂有望下月投入运营。",
]


@pytest.mark.parametrize("text", FORECASTS)
def test_a_forecast_is_no_act_done(text: str) -> None:
    assert [e.event_type for e in _events(text)] == ["inspection"]


DONE = [  # the act done, whatever word of expectation stands elsewhere
    HEAD + "9日，松岩大桥正式通车，比原先预计提前两个月。",
]


@pytest.mark.parametrize("text", DONE)
def test_an_act_done_stays_an_act(text: str) -> None:
    assert "opening" in [e.event_type for e in _events(text)]

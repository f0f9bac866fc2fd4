"""Inspections, tours and delegations, lane trip24 (fourteenth session): the genres weakest on every unseen judge.

Four classes, each with its paradigm in both scripts:

* the place of an official's own tour of a site, printed after 前往 / 赴 / 到 and before a verb of looking over
  (视察, 巡视, 巡察, 勘查, 会勘, 访视, 探访, 走访, 察看, 参访, 考察, 调研, 检查): ``place_phrases.tsv``; never a
  phrase opened by 在 (在某某陪同下视察) nor one longer than a place;
* an official named before a verb of calling on people or sites (探访, 探望, 访视, 巡察, 参访, 拜访, 参观): the name
  ends before it (``name_followers.tsv``), so each official of a list tells his own visit; 访视 and 巡察 are
  inspection acts (``triggers.tsv``), a 巡察组 with no one named none;
* a tour whose object lists its topics (到甲、乙调研A、B等工作): the tour was made, the list is what it saw
  (``guards.topics_object``); a list of kinds of work whose item is the act (通过实地调研、座谈交流等方式) stays none;
* a tour its headline reports as recent (某某在某地调研时强调 / 近日在某地调研) whose own days are printed further on,
  after the leader's remarks (18日至22日，某某先后到…): that span dates it (``eventparts.follow_on``); a later single
  day opening another act never does.

Invented names and places, sentence frames of our own."""

from __future__ import annotations

import pytest

from pipeline_probe import event_people, facts

DAY = "2031-04-09"
PAPER = "江城晚报 2031年4月9日 "
PAPER_T = "江城晚報 2031年4月9日 "


def _events(text: str, day: str = DAY) -> list:
    return list(facts(text, day).events)


def _by_title(text: str, title: str, day: str = DAY):  # noqa: ANN202 - the probe's Event
    return next(e for e in _events(text, day) if e.title == title)


PLACES = [  # (text, title, place): a motion word, the place, a verb of looking over
    (PAPER + "9日，青禾县长林晓峰前往松岩乡视察堤防加固工程。", "林晓峰前往松岩乡视察堤防加固工程", "松岩乡"),
    (PAPER_T + "9日，青禾縣長林曉峰前往松岩鄉會勘道路改善工程。", "林晓峰前往松岩乡会勘道路改善工程", "松岩乡"),
    (PAPER + "9日，临江县长柴思雨到青禾镇巡视防汛设施。", "柴思雨到青禾镇巡视防汛设施", "青禾镇"),
    (PAPER_T + "9日，臨江縣長柴思雨赴青禾鎮訪視長者。", "柴思雨赴青禾镇访视长者", "青禾镇"),
    (PAPER + "9日，海州市副市长宁可心赴松岩区勘查塌方路段。", "宁可心赴松岩区勘查塌方路段", "松岩区"),
    (PAPER_T + "9日，江城市長龔明遠前往青禾區探訪獨居長者。", "龚明远前往青禾区探访独居长者", "青禾区"),
]


@pytest.mark.parametrize(("text", "title", "place"), PLACES)
def test_a_tour_of_a_site_takes_the_place_its_motion_word_names(text: str, title: str, place: str) -> None:
    assert _by_title(text, title).place == place


NO_PLACE = [  # (text, title): no motion word opens the place, or what follows it is no place
    (PAPER + "9日，临江县长柴思雨在秘书长陪同下视察青禾镇堤防。", "柴思雨视察青禾镇堤防"),
    (PAPER + "9日，临江县长柴思雨前往易发生灾害的低洼地区及重要设施视察。", None),
]


@pytest.mark.parametrize(("text", "title"), NO_PLACE)
def test_no_motion_word_or_no_place_gives_no_tour_place(text: str, title: str | None) -> None:
    for event in _events(text):
        if title is None or event.title == title:
            assert event.place in (None, "江城"), event


CALLS = [  # (text, titles): each official of the list calls on his own households or sites
    (
        PAPER + "9日，临江律政司司长林晓峰探访青禾邨的长者户，房屋局局长龚明远探访松岩邨的基层家庭。",
        {"林晓峰探访青禾邨的长者户", "龚明远探访松岩邨的基层家庭"},
    ),
    (
        PAPER_T + "臨江律政司司長林曉峰9日探訪青禾邨的長者戶；副司長龔明遠探訪松岩邨的基層家庭。",
        {"林晓峰探访青禾邨的长者户", "龚明远探访松岩邨的基层家庭"},
    ),
    (PAPER_T + "9日，臨江縣長柴思雨訪視青禾鄉獨居長者。", {"柴思雨访视青禾乡独居长者"}),
    (PAPER_T + "9日上午，委員林曉峰巡察松岩鄉排水改善工程。", {"林晓峰巡察松岩乡排水改善工程"}),
]


@pytest.mark.parametrize(("text", "titles"), CALLS)
def test_each_official_calling_on_people_or_sites_tells_his_own_inspection(text: str, titles: set[str]) -> None:
    found = {e.title: e for e in _events(text)}
    assert titles <= set(found), sorted(found)
    for title in titles:
        assert found[title].event_type == "inspection"
        assert (title[:3], "attended") in set(event_people(found[title]))


def test_the_name_before_a_call_verb_is_read_with_its_post() -> None:
    roles = {(r.person, r.position) for r in facts(PAPER + "9日，海州市长龚明远参访江城科技园区。", DAY).roles}
    assert ("龚明远", "海州市长") in roles


NO_CALL = [  # no one named acts: a team, a post, a plan
    PAPER_T + "9日，臨江縣巡察組進駐青禾鎮。",
    PAPER + "9日，临江县将组织巡察组赴各乡镇开展巡察。",
]


@pytest.mark.parametrize("text", NO_CALL)
def test_a_team_or_a_plan_of_inspection_is_no_event(text: str) -> None:
    assert not [e for e in _events(text) if e.event_type == "inspection"]


TOPICS = [  # (text, title): the tour's object lists its topics
    ("2月1日至2日，省长林晓峰到江城市、海州市调研港口物流项目等工作。", "林晓峰到江城市、海州市调研港口物流项目等工作"),
    ("2月1日至2日，省长林晓峰调研基础设施建设、民营企业发展等工作。", "林晓峰调研基础设施建设、民营企业发展等工作"),
    ("2月1日至2日，省長林曉峰到江城市考察鄉村振興、文旅融合等工作。", "林晓峰到江城市考察乡村振兴、文旅融合等工作"),
]
WIRE = "新华社江城2031年2月3日电 "


@pytest.mark.parametrize(("text", "title"), TOPICS)
def test_a_tour_listing_its_topics_is_an_event(text: str, title: str) -> None:
    event = _by_title(WIRE + text, title, "2031-02-03")
    assert (event.event_type, event.date) == ("inspection", "2031-02-01")


KINDS = [  # an act that is an item of a list of kinds of work: no act done
    "2月2日，林晓峰要求通过实地调研、座谈交流等方式推进工作。",
    "2月2日，会议部署了深入调研、督导检查等具体工作。",
    "2月2日，会议部署了出台文件、召开推进会议等具体任务。",
]


@pytest.mark.parametrize("text", KINDS)
def test_an_act_in_a_list_of_kinds_of_work_stays_no_event(text: str) -> None:
    assert not _events(WIRE + text, "2031-02-03")


SPAN_LATER = (
    "林晓峰在临江调研时强调\n推动高质量发展\n新华社临江8月22日电 临江省委书记林晓峰近日在临江调研时强调，要抓住机遇。"
    "要坚持改革开放。要保障和改善民生。要加强团结。\n{opening}，林晓峰先后到江城、海州等地，深入企业、学校进行调研。\n"
)


@pytest.mark.parametrize(
    "opening", ["8月18日至22日", "8月18日至8月22日"]
)
def test_a_recent_tour_takes_the_span_printed_after_the_remarks(opening: str) -> None:
    event = _by_title(SPAN_LATER.format(opening=opening), "林晓峰在临江调研", "2031-08-22")
    assert (event.date, event.date_end) == ("2031-08-18", "2031-08-22")


def test_a_later_single_day_of_another_act_does_not_date_the_recent_tour() -> None:
    text = SPAN_LATER.format(opening="8月20日").replace("先后到江城、海州等地，深入企业、学校进行调研", "主持召开座谈会")
    event = _by_title(text, "林晓峰在临江调研", "2031-08-22")
    assert event.date != "2031-08-20"

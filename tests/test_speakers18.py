"""Who spoke at an event that was found (issue 13, eighth session): invented variants of the speaker shapes
counted across the real sets — a speech of the speaker's own opening the sentence (在作供职报告时，某某表示),
a report titled 作题为《…》的报告, an announcement (宣布…开幕/开始, docs/gold-conventions.md C2), and 表示/说 by
someone who takes part in another event of the article than the one reported last (the ceremony they
attended, the talks with the one named in the sentence)."""

from __future__ import annotations

import opencc
import pytest

from pipeline_probe import facts as _facts
from ygraph.model import DocumentFacts

DAY = "2030-06-09"
SCRIPTS = pytest.mark.parametrize("script", ["simplified", "traditional"])
_TRADITIONAL = opencc.OpenCC("s2t")


def facts(text: str, day: str, script: str) -> DocumentFacts:
    """The facts of ``text`` as written, or of the whole text in Traditional characters."""
    return _facts(_TRADITIONAL.convert(text) if script == "traditional" else text, day)


def _spoke(f: DocumentFacts) -> dict[str, set[str]]:
    """Event title → the people who spoke at it."""
    return {e.title: {p.person for p in e.participants if p.relation == "spoke_at"} for e in f.events}


def _speakers_of(f: DocumentFacts, event_type: str) -> set[str]:
    return {p.person for e in f.events if e.event_type == event_type for p in e.participants if p.relation == "spoke_at"}


def _related(f: DocumentFacts, person: str) -> set[str]:
    return {p.relation for e in f.events for p in e.participants if p.person == person}


# --- 在作供职报告时，某某表示: the speaker's own speech opens the sentence ---------------------------------
@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("在作供职报告时，柴思雨表示", "柴思雨"),
        ("在供职发言时，林晓峰表示", "林晓峰"),
        ("在作表态发言中，龚明远说", "龚明远"),
        ("在表态发言时，林晓峰强调", "林晓峰"),
    ],
)
@SCRIPTS
def test_a_speech_of_ones_own_opening_the_sentence_makes_a_speaker(opening: str, name: str, script: str) -> None:
    text = (
        f"新华社江城2030年6月8日电 8日，江城市人大常委会第九次会议召开。会议决定任命{name}为江城市副市长、"
        f"代理市长。{opening}，将尽心尽力做好工作。"
    )
    assert name in _speakers_of(facts(text, DAY, script), "meeting")


@pytest.mark.parametrize(
    "opening",
    ["在调研时，柴思雨强调", "在考察中，柴思雨指出", "在江城调研时，柴思雨表示"],
)
@SCRIPTS
def test_a_tour_opening_the_sentence_makes_no_speaker(opening: str, script: str) -> None:
    """C1: a touring leader's remarks are no speech; 调研/考察 is no speech of one's own."""
    text = f"新华社江城2030年6月8日电 8日，临江市委书记柴思雨到江城县调研春耕生产。{opening}，要抓好春耕。"
    assert "柴思雨" not in {p for people in _spoke(facts(text, DAY, script)).values() for p in people}


# --- 作题为《…》的报告: a report named by its title -----------------------------------------------------
@pytest.mark.parametrize(
    ("clause", "name"),
    [
        ("临江市委书记龚明远向大会作题为《奋力谱写临江发展新篇章》的报告", "龚明远"),
        ("临江市委书记柴思雨代表第四届委员会向大会作了题为《凝心聚力 再创佳绩》的报告", "柴思雨"),
        ("临江市委书记林晓峰向大会作题为《坚定信心 开拓进取》的报告", "林晓峰"),
    ],
)
@SCRIPTS
def test_a_report_titled_after_its_verb_makes_a_speaker(clause: str, name: str, script: str) -> None:
    text = f"新华社江城2030年6月8日电 临江市第五次党代会8日在江城开幕。{clause}。"
    assert name in _speakers_of(facts(text, DAY, script), "meeting")


# --- 宣布…开幕 / 宣布…开始: an announcement at the event is a speech there (C2) ---------------------------
@pytest.mark.parametrize(
    ("clause", "name"),
    [
        ("副市长柴思雨宣布开幕式开始", "柴思雨"),
        ("临江市委副书记林晓峰宣布第九届江城经贸论坛开幕", "林晓峰"),
        ("海关副关长龚明远宣布江城综合保税区正式运行", "龚明远"),
    ],
)
@SCRIPTS
def test_an_announcement_at_the_event_makes_a_speaker(clause: str, name: str, script: str) -> None:
    text = f"新华社江城2030年6月8日电 第九届江城经贸论坛8日在江城开幕。{clause}。"
    assert "spoke_at" in _related(facts(text, DAY, script), name)


@pytest.mark.parametrize("opening", ["宣布大会开幕", "宣布会议开幕"])
@SCRIPTS
def test_the_presider_announcing_the_opening_presides_and_speaks(opening: str, script: str) -> None:
    text = (
        "新华社江城2030年6月8日电 临江省第九届人民代表大会第二次会议8日在江城开幕。"
        f"下午3时，大会主席团常务主席龚明远{opening}。"
    )
    assert _related(facts(text, DAY, script), "龚明远") == {"presided", "spoke_at"}


# --- 表示/说 by someone taking part in another event of the article -------------------------------------
@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("龚明远表示，江城欢迎各方客商", "龚明远"),
        ("林晓峰说，临江愿与各方深化合作", "林晓峰"),
        ("龚明远指出，江城欢迎各方客商", "龚明远"),
    ],
)
@SCRIPTS
def test_a_speaker_speaks_at_the_ceremony_they_attended_not_the_meeting_told_last(said: str, name: str, script: str) -> None:
    text = (
        "新华社江城2030年6月8日电 江城经贸论坛8日在江城举行开幕仪式。临江省副省长林晓峰、江城市市长龚明远"
        f"出席开幕仪式。当天下午，江城投资推介会在江城宾馆举行。{said}。"
    )
    spoke = _spoke(facts(text, DAY, script))
    assert spoke["江城经贸论坛"] == {name}  # the forum's own opening ceremony is the forum (gold-conventions A7)
    assert not spoke["江城投资推介会"]


@pytest.mark.parametrize(
    "said",
    ["在会见柴思雨时，龚明远表示", "在会见柴思雨中，龚明远强调", "会见柴思雨时，龚明远说"],
)
@SCRIPTS
def test_a_speaker_speaks_at_the_talks_with_the_one_named_before_the_verb(said: str, script: str) -> None:
    text = (
        "新华社江城2030年6月9日电 6月8日，临江省委书记龚明远在江城会见了海州国议长柴思雨。6月9日，龚明远在海城"
        f"会见了海州国贸易部长林晓峰。{said}，愿同海州方面深化合作。"
    )
    talks = {e.date: {p.person for p in e.participants if p.relation == "spoke_at"} for e in facts(text, DAY, script).events}
    assert talks == {"2030-06-08": {"龚明远"}, "2030-06-09": set()}


@SCRIPTS
def test_a_speaker_on_a_tour_is_not_moved_to_a_meeting_they_attended(script: str) -> None:
    """C1: remarks told on an inspection stay with it (no speech), even when the leader attended a meeting
    earlier in the article."""
    text = (
        "新华社江城2030年6月8日电 8日上午，临江市委书记柴思雨出席江城县春耕工作座谈会。"
        "8日下午，柴思雨到江城县调研农业生产。柴思雨强调，要抓好春耕。"
    )
    spoke = _spoke(facts(text, DAY, script))
    assert all("柴思雨" not in people for people in spoke.values())


# --- 某某代表市委、市政府对…表示感谢: an address on behalf of a body, at the event reported ----------------
@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("江城市市长龚明远代表市委、市政府对海城市多年的帮助表示感谢", "龚明远"),
        ("江城市副市长柴思雨代表江城市人民政府向各位来宾表示热烈欢迎", "柴思雨"),
        ("临江省委书记林晓峰代表省委、省政府对会议的召开表示祝贺", "林晓峰"),
    ],
)
@SCRIPTS
def test_an_address_on_behalf_of_a_body_makes_a_speaker(said: str, name: str, script: str) -> None:
    text = f"新华社江城2030年6月8日电 8日下午，两市召开山海合作联席会议。{said}。"
    assert name in _speakers_of(facts(text, DAY, script), "meeting")


@SCRIPTS
def test_an_address_on_behalf_of_a_body_on_a_tour_is_no_speech(script: str) -> None:
    """C1: on an inspection the leader's words are no speech, on behalf of a body or not."""
    text = "新华社江城2030年6月8日电 8日，临江市委书记柴思雨到江城县调研。柴思雨代表市委对基层干部表示感谢。"
    assert all("柴思雨" not in people for people in _spoke(facts(text, DAY, script)).values())


@SCRIPTS
def test_a_speaker_of_talks_is_found_past_an_earlier_tour_named_in_passing(script: str) -> None:
    """表示 after a past tour is named in passing (去年某某率团到某地考察): the speaker takes part in the talks,
    not in that tour, so speaks at the talks."""
    text = (
        "新华社江城2030年6月9日电 6月8日，临江市委书记龚明远在江城会见了海城市副市长柴思雨一行。"
        "龚明远表示欢迎。去年10月，临江市市长林晓峰率团到海城考察。柴思雨对江城的发展给予高度评价，"
        "表示希望双方加强交流。"
    )
    assert "柴思雨" in _speakers_of(facts(text, DAY, script), "talks")


# --- C1: on a tour (inspection or visit) no one speaks; a report on site or a leader's remarks attend -----
@pytest.mark.parametrize(
    "text",
    [
        "8日，临江市委书记林晓峰到江城县调研农业生产。江城县县长柴思雨汇报了全县春耕情况。",
        "8日，临江市委书记林晓峰带领市直部门负责人来园区调研，园区管委会主任柴思雨陪同并介绍情况。",
        "8日，临江省委书记林晓峰率临江省代表团到海州市访问。海州市副市长柴思雨致辞。",
    ],
)
@SCRIPTS
def test_no_one_speaks_on_a_tour(text: str, script: str) -> None:
    f = facts("新华社江城2030年6月8日电 " + text, DAY, script)
    tours = [e for e in f.events if e.event_type in ("inspection", "visit")]
    assert tours
    assert all(p.relation != "spoke_at" for e in tours for p in e.participants)
    assert any(p.person == "柴思雨" and p.relation == "attended" for e in tours for p in e.participants)

"""Hand-over ceremonies told in other words, lane trig39 (session 29, rebuilt in session 30): 擧 and 缷 (variant
forms of 举 and 卸) read as the usual characters; 办理 before a ceremony's name holds it (某府办理某长交接典礼);
a seal handed over or a hand-over done without a receiver (甲交出印信, 乙完成交接) makes its person a party of
the ceremony, and the name ends before those verbs. Invented names and sentences."""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from ygraph.pipeline import Source
from ygraph.text import clean

_LEDE = "本报讯 2031年5月8日，海州县政府举行局长交接典礼，由副县长龚明远监交，"


@pytest.mark.parametrize(
    ("printed", "meant"),
    [
        pytest.param("江城市政府昨日擧行會議。", "江城市政府昨日举行会议。", id="ju-in-traditional"),
        pytest.param("龚明远缷任江城市长。", "龚明远卸任江城市长。", id="xie-in-simplified"),
    ],
)
def test_a_variant_form_is_read_as_the_usual_character(printed: str, meant: str) -> None:
    assert clean.clean(Source("a.txt", printed, "utf-8")).text == meant


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("新华社江城2031年5月9日电 临江县政府8日办理了临江县长交接典礼。", "临江县长交接典礼", id="banli-le"),
        pytest.param("新华社江城2031年5月9日电 8日，临江县政府办理县长交接典礼。", "县长交接典礼", id="banli"),
    ],
)
def test_a_ceremony_held_with_banli(text: str, title: str) -> None:
    assert [(e.title, e.date) for e in facts(text).events] == [(title, "2031-05-08")]


def test_banli_of_an_errand_is_no_event() -> None:
    assert not facts("新华社江城2031年5月9日电 8日，龚明远到临江县政府办理会议报到手续。").events


@pytest.mark.parametrize(
    ("rest", "person"),
    [
        pytest.param("局长林晓峰交出印信后离开。", "林晓峰", id="hands-the-seal-in"),
        pytest.param("处长柴思雨完成印信交接。", "柴思雨", id="hand-over-done"),
        pytest.param("科长宁可心办理交接后离开。", "宁可心", id="hand-over-handled"),
    ],
)
def test_the_party_of_a_hand_over_told_without_a_receiver(rest: str, person: str) -> None:
    (event,) = facts(_LEDE + rest).events
    assert (person, "attended") in {(p.person, p.relation) for p in event.participants}

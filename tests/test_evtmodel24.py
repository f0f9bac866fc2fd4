"""Turning the learned event layer on never takes a rules reading away (events/eventmodel.py; docs/decisions.md,
"The learned layer retrained on three times the data").

Invented text only. Two user models stand for any trained one: ``never`` lifts nothing (threshold out of reach),
``always`` lifts every candidate it is asked about. With either, each event the rules find alone is still found,
with its people: a learned-layer head never hides a rules trigger (访团拜会 holds 拜会, 晚会见 holds 会见), a head
that is also a rules trigger stays the rules' (庆典), a rules name does not run on into a head, and a lifted name
the rules told already is that event named again, not a second one taking its people.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline_probe import facts
from ygraph import lexicons

MODELS = {
    "never": "@reset\t0\n@enabled\t1\n@threshold\t100000\n",
    "always": "@reset\t0\n@enabled\t1\n@threshold\t0\nbias\t5000\nact\t5000\n",
}

KEPT = [  # the rules read an event here; with the model on it stays, with the same title, date and people
    "本报讯 10日，临江省青禾县经贸访团拜会江城市市长林晓峰，双方就深化合作交换意见。",
    "本報訊 10日，臨江省青禾縣經貿訪團拜會江城市市長林曉峰，雙方就深化合作交換意見。",
    "本报讯 江城市市长林晓峰9日晚会见了海州市考察团一行。",
    "本報訊 江城市市長林曉峰9日晚會見了海州市考察團一行。",
    "本报讯 临江省省长龚明远与海州市市长柴思雨12日晚会谈。",
    "本报讯 12日，江城青年创业论坛暨十周年庆典在江城举行，林晓峰出席并致辞。",
    "本報訊 12日，江城青年創業論壇暨十周年慶典在江城舉行，林曉峰出席並致辭。",
    "本报讯 5日晚，海州市侨界新春庆典在海州举行，市长龚明远出席。",
]

TOLD = [  # the forum is the rules' event; the recalled name after it is the same forum: its host stays on it
    "新华社江城2031年6月8日电 8日，第五届江城海州双城论坛在江城开幕，林晓峰出席并致辞。"
    "江城、海州双城论坛始创于2021年，双城论坛每年由柴思雨主持。",
    "新華社江城2031年6月8日電 8日，第五屆江城海州雙城論壇在江城開幕，林曉峰出席並致辭。"
    "江城、海州雙城論壇始創於2021年，雙城論壇每年由柴思雨主持。",
]


def _events(text: str) -> set[tuple[str, str | None, tuple[str, ...]]]:
    return {
        (e.title, e.date, tuple(sorted(p.person for p in e.participants))) for e in facts(text, None).events
    }


@pytest.fixture(params=sorted(MODELS))
def model_on(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[None]:
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "event_model.tsv").write_text(MODELS[request.param], encoding="utf-8")
    lexicons.set_user_dirs([tmp_path])
    try:
        yield
    finally:
        lexicons.set_user_dirs([])


@pytest.mark.parametrize("text", KEPT)
def test_the_model_on_keeps_every_event_the_rules_find(text: str, tmp_path: Path) -> None:
    lexicons.set_user_dirs([])
    alone = _events(text)
    assert alone, "the rules read an event here"
    for body in MODELS.values():
        (tmp_path / "events").mkdir(exist_ok=True)
        (tmp_path / "events" / "event_model.tsv").write_text(body, encoding="utf-8")
        lexicons.set_user_dirs([tmp_path])
        try:
            assert alone <= _events(text), body
        finally:
            lexicons.set_user_dirs([])


@pytest.mark.parametrize("text", TOLD)
def test_a_lifted_name_the_rules_told_is_no_second_event(text: str, model_on: None) -> None:
    forums = [e for e in facts(text, None).events if e.title.endswith("双城论坛")]
    assert [(e.date, sorted(p.person for p in e.participants)) for e in forums] == [
        ("2031-06-08", ["柴思雨"])
    ]

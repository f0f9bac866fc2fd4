"""The unread report (issue 13, "never guess silently"): the sentences holding a cue — a title, an event trigger
or meeting noun, a participation or appointment verb, a notice verb — that no fact accounts for, listed in
report.json ("unread") with their offsets, cues and the ids of the rows that matched; a reading aid that
changes no other output. Invented text only."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rich.console import Console

from lexicon_examples import observe
from ygraph import BuildConfig, build
from ygraph.console import print_summary
from ygraph.events import unread as unread_cues

# (invented text, the listed sentence, the ids of its cues left unread, whether a fact cites the sentence)
LISTED = [
    # a title with no holder read: nobody named
    ("本报讯 江城县长出席了活动。", "本报讯 江城县长出席了活动。", ("title:县长",), False),
    # a notice verb of unread_cues.tsv: a post handed on, its new holder not named
    ("本报讯 青禾县财政局长一职由资深人士接任。", "本报讯 青禾县财政局长一职由资深人士接任。", ("title:局长", "unread:接任"), False),
    ("本报讯 江城市长一职出缺已久。", "本报讯 江城市长一职出缺已久。", ("title:市长", "unread:出缺"), False),
    ("新华社江城2030年6月8日电 据悉，江城市委将于近期补选市长。", "新华社江城2030年6月8日电 据悉，江城市委将于近期补选市长。", ("unread:补选", "title:市长"), False),
    # Traditional script: read as the build reads it (converted), quoted as printed
    ("本報訊 青禾縣長將於下月卸任。", "本報訊 青禾縣長將於下月卸任。", ("title:县长", "unread:卸任"), False),
    # read in part: one role read, a second title and a planned visit left
    (
        "新华社江城2030年6月8日电 8日，临江市长龚明远表示，海州市长将于下月来访。",
        "新华社江城2030年6月8日电 8日，临江市长龚明远表示，海州市长将于下月来访。",
        ("title:市长", "trigger:来访"),
        True,
    ),
    # a person read, the verb of the notice not
    ("本报讯 松岩市议员柴思雨昨日宣布退休。", "本报讯 松岩市议员柴思雨昨日宣布退休。", ("unread:退休",), True),
    # the second sentence of an article whose first was read
    ("本报讯 临江市长龚明远、江城市副市长宁可心出席论坛。会上，一位前任市长发言。", "会上，一位前任市长发言。", ("title:市长",), False),
]

# sentences the report must not list: every cue accounted for, or no cue at all
NOT_LISTED = [
    "本报讯 青禾县县长林晓峰出席会议。",  # the role's title and name cover the title cue
    "新华社江城2030年6月8日电 8日，临江市长龚明远会见海州客人。会见时，双方交换了意见。",  # the same trigger made an event of the article
    "新华社江城2030年6月8日电 8日，海州代表团抵达江城，开始为期三天的访问。",  # the visit read
    "本报讯 江城书店里，《访问制度汇编》一书销量很好。",  # a trigger inside a document's name
    "本报讯 两地的县长会期间，江城天气晴好。",  # a title continued into a longer noun (continues)
    "本报讯 会议期间，江城天气晴好。",  # a skip row: 会议 alone lists more sentences than it helps
    "本报讯 青禾县将在下月主持召开一场研讨活动。",  # a skipped word hides the shorter cue inside it (主持)
    "本报讯 江城天气晴好，游客络绎不绝。",  # no cue
]


@pytest.mark.parametrize(("text", "sentence", "rules", "cited"), LISTED)
def test_listed(text: str, sentence: str, rules: tuple[str, ...], cited: bool) -> None:
    found = [c for c in observe(text).corpus.unread if c.sentence == sentence]
    assert len(found) == 1, [c.sentence for c in observe(text).corpus.unread]
    assert found[0].rules == rules
    assert found[0].cited is cited


@pytest.mark.parametrize("text", NOT_LISTED)
def test_not_listed(text: str) -> None:
    assert observe(text).corpus.unread == ()


def test_cue_offsets_point_into_the_original_file() -> None:
    text = "本報訊 青禾縣長將於下月卸任。"
    (entry,) = observe(text).corpus.unread
    assert text[entry.start : entry.end] == entry.sentence
    assert [text[s:e] for s, e in zip(entry.starts, entry.ends, strict=True)] == ["縣長", "卸任"]


DOCS = {
    "b.txt": "新华社江城2030年6月8日电 8日，临江市长龚明远会见海州客人。据悉，江城市长将于下月调整。\n",
    "a.txt": "本报讯 2030年5月2日，青禾县财政局长一职由资深人士接任。天气晴好。\n",
}


def _build(tmp_path: Path, name: str) -> Path:
    corpus = tmp_path / "in"
    if not corpus.is_dir():
        corpus.mkdir()
        for file, text in DOCS.items():
            (corpus / file).write_text(text, encoding="utf-8")
    out = tmp_path / name
    build(BuildConfig(paths=(corpus,), out=out, html=False, cache=None))
    return out


def test_report_section_sorted_counted_and_byte_identical(tmp_path: Path) -> None:
    first, second = _build(tmp_path, "one"), _build(tmp_path, "two")
    assert (first / "report.json").read_bytes() == (second / "report.json").read_bytes()
    report = json.loads((first / "report.json").read_text(encoding="utf-8"))
    entries = report["unread"]
    assert [(e["file"], e["start"]) for e in entries] == sorted((e["file"], e["start"]) for e in entries)
    assert [e["file"] for e in entries] == ["a.txt", "b.txt"]
    assert report["counts"]["unread_sentences"] == len(entries) == 2
    assert entries[1]["sentence"] == "据悉，江城市长将于下月调整。"
    (cue,) = entries[1]["cues"]
    assert (cue["cue"], cue["rule"]) == ("市长", "title:市长")
    text = DOCS["b.txt"]
    assert text[entries[1]["start"] : entries[1]["end"]] == entries[1]["sentence"]
    assert text[cue["start"] : cue["end"]] == "市长"


def test_other_outputs_do_not_depend_on_the_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with_report = _build(tmp_path, "with")
    monkeypatch.setattr(unread_cues, "automaton", lambda: None)
    without = _build(tmp_path, "without")
    names = sorted(p.name for p in with_report.iterdir() if p.is_file())
    assert "report.json" in names
    for name in names:
        if name != "report.json":
            assert (with_report / name).read_bytes() == (without / name).read_bytes(), name
    assert json.loads((without / "report.json").read_text(encoding="utf-8"))["unread"] == []
    shutil.rmtree(tmp_path / "in")


def test_summary_counts_the_sentences(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    for file, text in DOCS.items():
        (corpus / file).write_text(text, encoding="utf-8")
    result = build(BuildConfig(paths=(corpus,), out=tmp_path / "out", html=False, cache=None))
    console = Console(record=True, width=200)
    print_summary(result, console)
    assert "2 sentences with a title, act or meeting word no fact accounts for" in console.export_text()

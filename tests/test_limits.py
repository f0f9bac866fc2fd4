"""Bounded work and output on any text (issue 16): sentence and evidence bounds, the chain look-back,
the file size limit. Invented text only; no timing is asserted (bench/pathological.py measures)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import json_provenances
from ygraph import BuildConfig, build
from ygraph.actors import chains, namelists
from ygraph.actors.placecontext import ContextPlaces
from ygraph.cli import app
from ygraph.model import EVIDENCE_MAX, Source
from ygraph.pipeline import process_document
from ygraph.text import clean, segment
from ygraph.time import temporal
from ygraph.time.timeresolve import Point

LEDE = "新华社青川5月8日电 青川市委书记龚明远出席湖滨论坛开幕式并讲话"
FILLER = "推进沿江产业协作深化港口合作扩大对外开放提升服务能力"  # Han text without any punctuation


def _unpunctuated(repeats: int) -> str:
    return LEDE + FILLER * repeats + "，江北市市长柴思雨出席会议" + FILLER * repeats + "\n"


def test_sentences_are_bounded_on_a_line_without_punctuation() -> None:
    doc = segment.segment(clean.clean(Source("flat.txt", _unpunctuated(400), "utf-8")))
    lengths = [len(s.text) for a in doc.articles for s in a.sentences]
    assert max(lengths) <= segment.MAX_SENTENCE
    assert sum(lengths) >= len(doc.text.strip()) - len(lengths)  # nothing dropped but spaces at the cuts


def test_a_long_sentence_is_cut_at_a_clause_mark() -> None:
    clause = "青川市推进沿江产业协作，"
    doc = segment.segment(clean.clean(Source("long.txt", clause * 100 + "。\n", "utf-8")))
    sentences = [s.text for a in doc.articles for s in a.sentences]
    assert len(sentences) > 1 and all(s.endswith("，") for s in sentences[:-1])


def test_evidence_is_a_window_with_exact_offsets(tmp_path: Path) -> None:
    text = _unpunctuated(400)
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "flat.txt").write_text(text, encoding="utf-8")
    result = build(BuildConfig(paths=(corpus,), out=tmp_path / "out", html=False))
    assert not [w for w in result.corpus.warnings if w.code == "W050"]
    assert "柴思雨" in {p.name for p in result.corpus.people}
    found = json_provenances(json.loads((tmp_path / "out" / "facts.json").read_text(encoding="utf-8")))
    assert found
    for p in found:
        assert text[p["start"] : p["end"]] == p["evidence"]
        assert len(p["evidence"]) <= EVIDENCE_MAX
    total = sum(f.stat().st_size for f in (tmp_path / "out").iterdir())
    assert total < 30 * len(text.encode("utf-8"))


def test_a_chain_reads_as_without_the_bound() -> None:
    """A chain read at most _MAX_CHAIN back gives the elements an unbounded walk gives: an element glued to
    a long run of text is longer than any title and stops the chain either way."""
    chain, both = "中共青川市委副书记、青川市人民政府市长", ["青川市委副书记", "青川市人民政府市长"]
    for prefix, expected in (
        ("，", both),
        (FILLER * 20 + "，", both),
        (FILLER * 20 + "、", both),
        (FILLER * 20, both[1:]),
    ):
        text = prefix + chain + "柴思雨"
        found = chains.chain_before(text, len(text) - 3, 0, ContextPlaces())
        assert [el.position.canonical for el in found] == expected, prefix[-3:]


def test_a_chain_cut_by_the_bound_keeps_only_whole_elements() -> None:
    element = "青川市湖滨区沿江产业协作示范园区管理委员会主任"
    text = "、".join([element] * 12) + "柴思雨"
    e = len(text) - 3
    start = chains.chain_start(text, e, 0)
    assert e - start <= chains._MAX_CHAIN and text[start - 1] == "、"


def test_a_file_above_the_limit_is_skipped_with_w052(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "small.txt").write_text(LEDE + "。\n", encoding="utf-8")
    (corpus / "large.txt").write_text(_unpunctuated(40), encoding="utf-8")
    result = build(BuildConfig(paths=(corpus,), out=tmp_path / "out", html=False, max_file_mb=0.001))
    assert [d.path for d in result.corpus.documents] == ["small.txt"]
    assert [(w.code, w.file) for w in result.corpus.warnings if w.code == "W052"] == [("W052", "large.txt")]
    unlimited = build(BuildConfig(paths=(corpus,), out=tmp_path / "all", html=False, max_file_mb=0))
    assert len(unlimited.corpus.documents) == 2


def test_the_size_limit_is_a_cli_option(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "small.txt").write_text(LEDE + "。\n", encoding="utf-8")
    (corpus / "large.txt").write_text(_unpunctuated(40), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(
        app, ["build", str(corpus), "--out", str(tmp_path / "o"), "--max-file-mb", "0.001"]
    )
    assert result.exit_code == 0, result.output
    assert "W052 large.txt" in result.output


def test_every_fact_of_a_long_article_is_dated_by_lookups_not_scans() -> None:
    """The sentence and time lookups of a long article (bisect) give what the plain scans give."""
    body = "".join(f"5月{d}日，青川市委书记龚明远出席第{d}次湖滨论坛。" for d in range(1, 29))
    facts = process_document(Source("long.txt", "新华社青川5月30日电 2031年" + body + "\n", "utf-8"))
    dates = sorted({c.date for c in facts.roles})
    assert dates[0] == "2031-05-01" and dates[-1] == "2031-05-28"


def _scan_nearest(points: list, index: int):
    """The sibling scan the two-pass version replaced: outward from ``index``, the earlier side first."""
    for distance in range(1, len(points)):
        for other in (index - distance, index + distance):
            if 0 <= other < len(points) and points[other] is not None:
                return points[other]
    return None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.none(), st.integers(1500, 2099)), max_size=14))
def test_nearest_sibling_in_two_passes_is_the_outward_scan(years: list) -> None:
    points = [Point(y) if y is not None else None for y in years]
    assert temporal._nearest_siblings(points) == [_scan_nearest(points, i) for i in range(len(points))]


def test_a_long_list_without_a_verb_is_no_list_and_a_listed_verb_still_is() -> None:
    names = "、".join(f"{s}{g}" for s in "龚柴冼闵" for g in ("明远", "思雨", "晓川", "若澜", "青禾"))
    found = namelists.lists("。" + (names + "、") * 50 + "。" + names + "出席会议。")
    assert len(found) == 20 and {f.name for f in found} >= {"龚明远", "闵青禾"}

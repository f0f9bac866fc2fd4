"""Corpus steps and writers made cheaper (issue 17, fourth session): each shortcut against the plain
expression it replaced, and cached rebuilds byte-identical to clean builds. Invented text only."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ygraph.corpus import graph
from ygraph.model import Provenance

_FILES = st.sampled_from(["江城/a.txt", "江城/b.txt", "c.txt"])
_PROVS = st.lists(
    st.builds(
        lambda f, art, start, rule: Provenance(f, art, start, start + 6, f"临江省{f}{start}\r\n林晓峰", rule, start, start + 2),
        _FILES,
        st.integers(0, 2),
        st.integers(0, 5),
        st.sampled_from(["titled", "list", "speaker"]),
    ),
    max_size=6,
)


def _old_edge_evidence(provenance: list[Provenance]) -> dict:
    ordered = sorted(set(provenance), key=graph.provenance_order)
    first = ordered[0] if ordered else None
    return {
        "source_file": graph.clean_text(first.file) if first else "",
        "evidence": graph.normalize_evidence(first.evidence) if first else "",
        "rule": graph.clean_text(first.rule) if first else "",
        "sources": graph.clean_text(";".join(sorted({p.file for p in ordered}))),
    }


@settings(max_examples=300, deadline=None)
@given(_PROVS)
def test_edge_evidence_matches_the_sorted_set(provenance: list[Provenance]) -> None:
    doubled = provenance + provenance[:2]  # the same evidence given twice (several claims of one sentence)
    assert graph._edge_evidence(doubled) == _old_edge_evidence(doubled)


@given(st.text(alphabet="临江省\r\n\x00\x0b\ufffe a", max_size=20) | st.none())
def test_clean_text_matches_the_replacements(value: str | None) -> None:
    expected = graph._XML_INVALID.sub("", (value or "").replace("\r\n", "\n").replace("\r", "\n"))
    assert graph.clean_text(value) == expected


def test_the_collector_is_paused_for_cache_look_ups_and_its_state_restored(tmp_path) -> None:
    import gc
    import importlib

    from ygraph.cache import DocumentCache
    from ygraph.model import Source

    build_module = importlib.import_module("ygraph.build")  # the module (ygraph.build is also a function)
    cache = DocumentCache(tmp_path, "print")
    source = Source("江城/a.txt", "临江省江城市林晓峰出席会议。", "utf-8", "txt", None)
    seen = []

    class Spy(DocumentCache):
        def get(self, source, hints=None):  # type: ignore[no-untyped-def]
            seen.append(gc.isenabled())
            return super().get(source, hints)

    spy = Spy(tmp_path, "print")
    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        try:
            assert build_module._lookup([source], {}, spy) == [None]
            assert gc.isenabled() is enabled
        finally:
            gc.enable()
    assert seen == [False, False]
    assert build_module._lookup([source], {}, None) == [None]
    assert cache.get(source) is None

"""The house rules of the code, checked on the source itself: no import cycle, modules of a readable
size, one cache helper for the lexicons, no document caches, a failing step contained per document."""

from __future__ import annotations

import ast
import pathlib

import pytest

from ygraph import BuildConfig, build, lexicons
from ygraph.actors import mentions
from ygraph.events import unread
from ygraph.model import Source
from ygraph.pipeline import process_document

SRC = pathlib.Path(__file__).resolve().parents[1] / "src" / "ygraph"
MAX_LINES = 400


def _module(path: pathlib.Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Module → ygraph modules it imports (relative imports resolved; ``from . import x`` → the module x)."""
    modules = {_module(p): p for p in SRC.rglob("*.py")}
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
                for alias in node.names:
                    candidate = f"{target}.{alias.name}"
                    graph[name].add(candidate if candidate in modules else target)
            elif isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                graph[name].update(n for n in names if n in modules)
        graph[name].discard(name)
    return {m: {t for t in targets if t in modules} for m, targets in graph.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_import_graph_finds_a_planted_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycle_in_ygraph() -> None:
    graph = import_graph()
    assert "ygraph.pipeline" in graph["ygraph.sharedmap"]  # the graph sees relative imports
    assert cycles(graph) == []


def test_no_module_over_the_size_limit() -> None:
    long = {
        str(p.relative_to(SRC)): n
        for p in SRC.rglob("*.py")
        if (n := len(p.read_text().splitlines())) > MAX_LINES
    }
    assert long == {}


def test_user_lexicon_folders_are_read_only_by_the_lexicons_module() -> None:
    users = [
        p.relative_to(SRC)
        for p in SRC.rglob("*.py")
        if "_EXTRA_DIRS" in p.read_text() and p.name != "lexicons.py"
    ]
    assert users == []


STEPS = ("text", "time", "actors", "events", "corpus")


def test_no_thread_local_or_document_cache_in_the_steps() -> None:
    steps = [SRC / "pipeline.py", *(p for step in STEPS for p in (SRC / step).rglob("*.py"))]
    assert len(steps) > 20
    for path in steps:
        text = path.read_text()
        assert "threading.local" not in text, path
        assert "_DocCache" not in text, path


def test_a_user_rule_file_given_after_a_first_use_takes_effect(tmp_path: pathlib.Path) -> None:
    """The time rules are cached per set of user folders: a rule added later in the same process counts."""
    from ygraph.time.timerules import extract_times

    text = "甲子节当天举行。"
    assert not [t for t in extract_times(text) if t.rule == "user_festival"]
    (tmp_path / "time").mkdir()
    (tmp_path / "time" / "rules.tsv").write_text(
        "user_festival\tdate\t甲子节\tUNDEF-year-01-01\n", encoding="utf-8"
    )
    lexicons.set_user_dirs([tmp_path])
    try:
        assert [t.underspecified for t in extract_times(text) if t.rule == "user_festival"] == [
            "UNDEF-year-01-01"
        ]
    finally:
        lexicons.set_user_dirs([])
    assert not [t for t in extract_times(text) if t.rule == "user_festival"]


def test_a_failing_step_is_a_warning_naming_file_and_step(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("injected")

    monkeypatch.setattr(mentions, "analyse_document", broken)
    facts = process_document(Source("bad.txt", "本报讯 临江省委书记林晓峰出席会议。", "utf-8"))
    assert [(w.code, w.file) for w in facts.warnings] == [("W050", "bad.txt")]
    assert "actors: RuntimeError: injected" in facts.warnings[0].message
    assert facts.people == () and facts.events == ()


def test_a_failing_reading_aid_keeps_the_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("injected")

    monkeypatch.setattr(unread, "cued_sentences", broken)
    facts = process_document(Source("aid.txt", "本报讯 临江省委书记林晓峰出席会议。", "utf-8"))
    aid = [w for w in facts.warnings if w.code in ("W050", "W054")]
    assert [(w.code, w.file) for w in aid] == [("W054", "aid.txt")]
    assert "unread: RuntimeError: injected" in aid[0].message
    assert facts.people and facts.roles and facts.cued == ()


def test_a_document_that_fails_does_not_take_the_build_down(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_text(
        "新华社临江5月18日电 临江省委书记林晓峰18日出席推进湾区协同发展座谈会。", encoding="utf-8"
    )
    (corpus / "bad.txt").write_text("本报讯 一篇会让某一步出错的文章。", encoding="utf-8")
    real = mentions.analyse_document

    def fails_on_bad(doc):  # noqa: ANN001, ANN202
        if doc.source.path == "bad.txt":
            raise ValueError("boom")
        return real(doc)

    monkeypatch.setattr(mentions, "analyse_document", fails_on_bad)
    result = build(BuildConfig(paths=(corpus,), out=tmp_path / "out", pub_date="2031-05-18"))
    codes = [(w.code, w.file) for w in result.corpus.warnings]
    assert ("W050", "bad.txt") in codes
    assert [p.name for p in result.corpus.people] == ["林晓峰"]
    assert (tmp_path / "out" / "graph.graphml").is_file()

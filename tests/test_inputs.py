"""Inputs as the user meant them: links, the same file named twice, ids relative to the inputs, things skipped
with a code, file names in any encoding and printed safely (``ygraph.text.discover``, ``ygraph.names``)."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ygraph import BuildConfig, build
from ygraph.cli import app
from ygraph.errors import UsageError
from ygraph.names import document_id, printable
from ygraph.text import read
from ygraph.text.discover import find_inputs

ARTICLE = (
    "新华社南岭3月5日电 南岭省委书记林望川5日上午在南岭主持召开沿海协作座谈会并发表讲话。\n"
    "他强调，要加强产业协同，推动高质量发展。\n"
)


def write(path: Path, text: str = ARTICLE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def found(paths: list[Path], **kw) -> tuple[list[str], list[tuple[str, str]]]:
    files, warnings = find_inputs(paths, **kw)
    return [f.doc_id for f in files], [(w.file, w.code) for w in warnings]


def test_a_link_to_a_file_outside_the_inputs_is_skipped_unless_asked(tmp_path: Path) -> None:
    secret = write(tmp_path / "elsewhere" / "secret.txt", "某地机密文本，不应读入。\n")
    write(tmp_path / "corpus" / "a.txt")
    (tmp_path / "corpus" / "b.txt").symlink_to(secret)
    assert found([tmp_path / "corpus"]) == (["a.txt"], [("b.txt", "W008")])
    assert found([tmp_path / "corpus"], follow_outside_links=True) == (["a.txt", "b.txt"], [])


def test_a_link_to_a_folder_outside_is_skipped_unless_asked(tmp_path: Path) -> None:
    write(tmp_path / "archive" / "old.txt")
    write(tmp_path / "corpus" / "a.txt")
    (tmp_path / "corpus" / "more").symlink_to(tmp_path / "archive", target_is_directory=True)
    (tmp_path / "archive" / "loop").symlink_to(tmp_path / "archive", target_is_directory=True)
    assert found([tmp_path / "corpus"]) == (["a.txt"], [("more", "W008")])
    assert found([tmp_path / "corpus"], follow_outside_links=True) == (["a.txt", "more/old.txt"], [])


def test_the_outside_link_reaches_no_output(tmp_path: Path) -> None:
    write(tmp_path / "elsewhere" / "secret.txt", "南岭省委书记秦远山出席会议。\n")
    write(tmp_path / "corpus" / "a.txt")
    (tmp_path / "corpus" / "s.txt").symlink_to(tmp_path / "elsewhere" / "secret.txt")
    result = build(BuildConfig(paths=(tmp_path / "corpus",), out=tmp_path / "out"))
    assert [d.path for d in result.corpus.documents] == ["a.txt"]
    assert "秦远山" not in (tmp_path / "out" / "facts.json").read_text(encoding="utf-8")
    assert ("s.txt", "W008") in [(w.file, w.code) for w in result.corpus.warnings]


def test_each_real_file_is_read_once_however_it_is_named(tmp_path: Path) -> None:
    write(tmp_path / "a" / "x.txt")
    (tmp_path / "a" / "alias.txt").symlink_to(tmp_path / "a" / "x.txt")
    os.link(tmp_path / "a" / "x.txt", tmp_path / "a" / "y-hard-link.txt")  # the smallest name wins
    twice = [tmp_path / "a", tmp_path / "a", tmp_path / "a" / ".." / "a" / "x.txt", tmp_path / "a" / "x.txt"]
    assert found(twice) == (["x.txt"], [])
    result = build(BuildConfig(paths=tuple(twice), out=tmp_path / "out"))
    assert [d.path for d in result.corpus.documents] == ["x.txt"]


def test_same_names_in_two_folders_stay_apart_whatever_the_argument_order(tmp_path: Path) -> None:
    write(tmp_path / "a" / "x.txt")
    write(tmp_path / "b" / "x.txt", ARTICLE.replace("林望川", "程远舟"))
    write(tmp_path / "b" / "sub" / "y.txt")
    ab = found([tmp_path / "a", tmp_path / "b"])
    assert ab == (["a/x.txt", "b/sub/y.txt", "b/x.txt"], [])
    assert found([tmp_path / "b", tmp_path / "a"]) == ab
    assert found([tmp_path / "b" / "x.txt", tmp_path / "a" / "x.txt"]) == (["a/x.txt", "b/x.txt"], [])
    assert found([tmp_path / "a" / "x.txt"]) == (["x.txt"], [])  # one input: ids relative to it, as before


def test_a_manifest_beside_two_inputs_is_named_relative_to_them(tmp_path: Path) -> None:
    write(tmp_path / "a" / "x.txt")
    write(tmp_path / "b" / "x.txt")
    write(tmp_path / "a" / "dates.tsv", "x.txt\t2021-03-05\nmissing.txt\t2020\n")
    write(tmp_path / "dates.tsv", "a/x.txt\t1999\n")  # not in a folder given: never read
    files, _ = find_inputs([tmp_path / "b", tmp_path / "a"])
    sources, warnings = read.read_all(files, None)
    assert {s.path: s.user_date for s in sources} == {"a/x.txt": "2021-03-05", "b/x.txt": None}
    assert [(w.file, w.code) for w in warnings] == [("a/dates.tsv", "W006")]


def test_every_thing_skipped_has_a_code(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "a.txt")
    write(corpus / "notes.txt" / "inner.txt")  # a folder named like a text file: read as a folder
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.4")
    write(corpus / ".hidden.txt")
    write(corpus / "dates.tsv", "a.txt\t2023\n")
    (corpus / "dangling.txt").symlink_to(corpus / "gone.txt")
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "pipe-link.txt").symlink_to(corpus / "pipe.txt")
    files, skipped = found([corpus])
    assert files == ["a.txt", "notes.txt/inner.txt"]
    assert skipped == [
        (".hidden.txt", "W005"),
        ("dangling.txt", "W009"),
        ("loop.txt", "W009"),
        ("notes.txt", "W009"),
        ("pipe-link.txt", "W009"),
        ("pipe.txt", "W009"),
        ("scan.pdf", "W005"),
    ]
    result = build(BuildConfig(paths=(corpus,), out=tmp_path / "out"))  # the FIFO is never opened
    assert (result.n_files, result.n_skipped) == (9, 7)
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert {(w["file"], w["code"]) for w in report["warnings"]} >= set(skipped)


def test_a_fifo_given_directly_is_not_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(UsageError, match="no .txt or .md files .*W009 pipe.txt"):
        find_inputs([tmp_path / "pipe.txt"])


def test_the_output_folder_inside_the_inputs_is_not_an_input(tmp_path: Path) -> None:
    write(tmp_path / "a.txt")
    build(BuildConfig(paths=(tmp_path,), out=tmp_path / "out"))
    assert found([tmp_path], exclude=(tmp_path / "out",)) == (["a.txt"], [])


def test_names_that_are_not_utf8_are_handled_everywhere(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    name = os.fsdecode("国家".encode("gbk") + b".txt")  # a GBK name from a Windows zip
    write(folder / name)
    result = build(BuildConfig(paths=(folder,), out=tmp_path / "out"))
    [document] = result.corpus.documents
    assert document.path == "\\xb9\\xfa\\xbc\\xd2.txt"
    events = list(csv.DictReader(io.StringIO((tmp_path / "out" / "events.csv").read_text(encoding="utf-8"))))
    assert events and {row["sources"] for row in events} == {document.path}
    assert json.loads((tmp_path / "out" / "facts.json").read_text(encoding="utf-8"))
    for out in ("graph.graphml", "graph.gexf", "graph.html", "timeline.html"):
        (tmp_path / "out" / out).read_text(encoding="utf-8")


def test_control_characters_in_a_name_never_reach_the_terminal(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    write(folder / "a.txt")
    (folder / "x\x1b]0;owned\x07\x1b[31m.txt").write_bytes(b"\x00\x01\x02" * 50)  # binary: W004, printed
    (folder / "\u202eslp.txt").write_bytes(b"")  # right-to-left override: W003, printed
    result = CliRunner().invoke(app, ["build", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output and "\u202e" not in result.output
    assert "W004 x\\x1b]0;owned\\x07\\x1b[31m.txt" in result.output
    assert "W003 \\u202eslp.txt" in result.output


def test_a_missing_path_with_control_characters_is_printed_escaped(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["build", str(tmp_path / "no\x1b[2Jpe"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "\x1b" not in result.output and "no\\x1b[2Jpe" in result.output


def test_document_ids_are_text_and_tell_names_apart() -> None:
    assert document_id(Path(os.fsdecode(b"a/\xb9\xfa.txt"))) == "a/\\xb9\\xfa.txt"
    assert document_id("a\\xb9.txt") != document_id(Path(os.fsdecode(b"a\xb9.txt")))
    assert printable("tab\there\n") == "tab\\x09here\\x0a"
    assert printable("南岭 Report.txt") == "南岭 Report.txt"


def test_the_summary_shows_ten_skipped_files_per_code_and_counts_the_rest(tmp_path: Path) -> None:
    write(tmp_path / "corpus" / "a.txt")
    for i in range(12):
        (tmp_path / "corpus" / f"scan{i:02d}.pdf").write_bytes(b"%PDF-1.4")
    result = CliRunner().invoke(app, ["build", str(tmp_path / "corpus"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert result.output.count("  W005 scan") == 10 and "W005 … and 2 more files" in result.output
    assert "scan11.pdf" not in result.output and "report.json" in result.output

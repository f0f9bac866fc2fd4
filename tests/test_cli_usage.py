"""A CLI that never surprises: every bad option is one line and exit 2, and no output folder is created."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ygraph import BuildConfig, __version__, build
from ygraph.cli import app
from ygraph.console import count
from ygraph.errors import UsageError

runner = CliRunner()
TEXT = "临江市委书记林晓峰5月8日到港口调研，听取工作汇报。\n"  # invented


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty current folder with one readable input under in/."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    return tmp_path


def run(*args: str) -> tuple[int, list[str]]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output.strip().splitlines()


USAGE_ERRORS = [
    (["--pub-date", "2023-13-45"], "--pub-date '2023-13-45' is not a date"),
    (["--pub-date", "2023-02-30"], "--pub-date '2023-02-30' is not a date"),
    (["--pub-date", "2023-13"], "--pub-date '2023-13' is not a date"),
    (["--pub-date", "0000"], "--pub-date '0000' is not a date"),
    (["--pub-date", ""], "--pub-date is empty"),
    (["--out", ""], "--out is empty"),
    (["--out", "afile"], "output folder afile cannot be created"),
    (["--out", "afile/sub"], "output folder afile/sub cannot be created (afile is a file)"),
    (["--engine", "bogus"], "--engine 'bogus': use local or dask"),
    (["--engine", "local", "--scheduler", "tcp://127.0.0.1:1"], "--scheduler needs --engine dask"),
    (["--scheduler", ""], "--scheduler is empty"),
    (["--lexicons", "nowhere"], "--lexicons nowhere: not found"),
    (["--lexicons", "afile"], "--lexicons afile: is not a folder"),
    (["--jobs", "0"], "Invalid value for '--jobs'"),
    (["--jobs", "two"], "Invalid value for '--jobs'"),
    (["--no-such-option"], "No such option: --no-such-option"),
]


@pytest.mark.parametrize(("args", "message"), USAGE_ERRORS, ids=[" ".join(a) for a, _ in USAGE_ERRORS])
def test_bad_option_is_one_line_exit_2_and_creates_nothing(
    workdir: Path, args: list[str], message: str
) -> None:
    before = sorted(workdir.rglob("*"))
    code, lines = run("build", "in", *args)
    assert code == 2, lines
    assert len(lines) == 1 and lines[0].startswith("ygraph: error: ") and message in lines[0], lines
    assert sorted(workdir.rglob("*")) == before


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
def test_output_into_proc_is_a_usage_error_not_a_crash(workdir: Path) -> None:
    for out, message in (
        ("/proc", "output folder /proc is not writable"),
        ("/proc/x", "/proc/x cannot be created"),
    ):
        code, lines = run("build", "in", "--out", out)
        assert code == 2 and len(lines) == 1 and message in lines[0], lines


@pytest.mark.parametrize(
    ("paths", "message"),
    [
        (["nope"], "path not found: nope"),
        (["empty"], "no .txt or .md files in empty"),
        ([""], "input path is empty"),
    ],
)
def test_bad_input_is_exit_2_and_creates_nothing(workdir: Path, paths: list[str], message: str) -> None:
    (workdir / "empty").mkdir()
    (workdir / "empty" / "scan.pdf").write_bytes(b"%PDF-1.4")
    before = sorted(workdir.rglob("*"))
    code, lines = run("build", *paths)
    assert code == 2 and len(lines) == 1 and message in lines[0], lines
    assert sorted(workdir.rglob("*")) == before


def test_folder_without_texts_names_what_it_holds(workdir: Path) -> None:
    (workdir / "pdfs").mkdir()
    (workdir / "pdfs" / "scan.pdf").write_bytes(b"%PDF-1.4")
    code, lines = run("build", "pdfs")
    assert code == 2 and "no .txt or .md files in pdfs" in lines[0] and "W005 scan.pdf" in lines[0]


def test_default_build_in_an_empty_folder_leaves_no_output_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, lines = run("build")
    assert code == 2 and "path not found: seeds" in lines[0]
    assert list(tmp_path.iterdir()) == []


def test_nothing_readable_names_each_file_its_reason_and_the_supported_types(workdir: Path) -> None:
    (workdir / "bad").mkdir()
    (workdir / "bad" / "blob.txt").write_bytes(b"\x00\x01\x02" * 100)
    (workdir / "bad" / "blank.md").write_text("  \n", encoding="utf-8")
    (workdir / "scan.pdf").write_bytes(b"%PDF-1.4")
    code, lines = run("build", "bad", "scan.pdf", "--out", "o")
    assert code == 1
    assert lines[0] == "ygraph: error: no input file could be read:"
    assert "  bad/blob.txt: file looks binary; skipped: NUL bytes" in lines
    assert "  bad/blank.md: file is empty; skipped" in lines
    assert any(line.startswith("  scan.pdf: unsupported file type") and ".pdf" in line for line in lines)
    assert lines[-1] == "ygraph reads .txt and .md files in UTF-8, UTF-16, GB18030/GBK or Big5"
    assert not (workdir / "o").exists()


def test_stray_lexicon_file_is_a_warning_naming_the_expected_name(workdir: Path) -> None:
    lex = workdir / "lex"
    (lex / "actors").mkdir(parents=True)
    (lex / "actors" / "titels.tsv").write_text("# misspelt\n", encoding="utf-8")
    (lex / "actors" / "surnames.txt").write_text("# right name\n", encoding="utf-8")
    code, lines = run("build", "in", "--lexicons", "lex", "--out", "o")
    assert code == 0
    w060 = [line for line in lines if "W060" in line]
    assert len(w060) == 1 and "lex/actors/titels.tsv" in w060[0] and "nearest: actors/titles.tsv" in w060[0]


def test_scheduler_alone_implies_dask(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # never contact a cluster in a test
    code, lines = run("build", "in", "--scheduler", "tcp://127.0.0.1:1", "--out", "o")
    assert code == 2 and len(lines) == 1
    assert (
        "--scheduler needs the 'distributed' package: python3 -m pip install -e '.[distributed]'" in lines[0]
    )
    assert not (workdir / "o").exists()


def test_version() -> None:
    code, lines = run("--version")
    assert code == 0 and lines == [f"ygraph {__version__}"]


def test_summary_fits_80_columns_with_singular_and_plural(workdir: Path) -> None:
    code, lines = run("build", "in", "--out", "o")
    assert code == 0
    assert lines[0] == "ygraph: 1 document (0 skipped), 1 article"
    assert re.fullmatch(r"  1 event, 1 person, 1 position; (1 warning|(0|[2-9]\d*) warnings)", lines[1]), (
        lines[1]
    )
    assert all(len(line) <= 80 for line in lines[:2])


def test_count_words() -> None:
    assert [count(n, "person") for n in (0, 1, 2)] == ["0 people", "1 person", "2 people"]
    assert [count(n, "warning") for n in (1, 12)] == ["1 warning", "12 warnings"]
    big = f"ygraph: {count(123456, 'document')} (123456 skipped), {count(9876543, 'article')}"
    assert len(big) <= 80


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (BuildConfig(engine="bogus"), "--engine 'bogus'"),
        (BuildConfig(pub_date="2023-02-30"), "--pub-date '2023-02-30' is not a date"),
        (BuildConfig(pub_date=""), "--pub-date is empty"),
        (BuildConfig(scheduler="tcp://127.0.0.1:1"), "--scheduler needs --engine dask"),
        (BuildConfig(jobs=0), "--jobs 0"),
        (BuildConfig(paths=()), "no input path given"),
    ],
)
def test_library_build_validates_too(tmp_path: Path, config: BuildConfig, message: str) -> None:
    from dataclasses import replace

    out = tmp_path / "out"
    with pytest.raises(UsageError, match="^" + re.escape(message)):
        build(replace(config, out=out, paths=config.paths and (tmp_path,)))
    assert not out.exists()

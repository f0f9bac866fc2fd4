from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from ygraph.cli import app

runner = CliRunner()


def test_build_is_a_named_subcommand(tmp_path: Path, seeds_dir: Path) -> None:
    result = runner.invoke(app, ["build", str(seeds_dir), "--out", str(tmp_path), "--quiet"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "graph.graphml").is_file()


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(tmp_path / "nope"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "path not found" in result.output


def test_empty_folder_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    result = runner.invoke(app, ["build", str(tmp_path / "in"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "no .txt or .md files" in result.output


def test_summary_names_skipped_files_and_counts_warnings_by_code(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text("海州市委书记周明远5月8日到港口调研，听取工作汇报。\n", encoding="utf-8")
    (source / "b.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = runner.invoke(app, ["build", str(source), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert "1 document (1 skipped), 1 article\n" in result.output
    assert "W004 b.txt" in result.output
    assert "W010 ×1 article date unresolved" in result.output
    assert "report.json" in result.output

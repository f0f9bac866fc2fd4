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

"""README's quick start: run verbatim in a fresh venv made from Debian's own /usr/bin/python3.

Installing needs the package index, so that test runs only where it is the point: in CI (``CI`` set, as
``.ci/run`` runs) or with ``YGRAPH_QUICKSTART=1``. The quick start's ygraph commands themselves are also run
offline, with this interpreter, on every test run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SYSTEM_PYTHON = Path("/usr/bin/python3")
WANTED = os.environ.get("CI") or os.environ.get("YGRAPH_QUICKSTART")


def quick_start() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Quick start") :]
    start = section.index("```bash\n") + len("```bash\n")
    return section[start : section.index("```", start)]


def copy_repo(target: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc")
    for name in ("src", "seeds"):
        shutil.copytree(ROOT / name, target / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, target / name)
    return target


def run_bash(script: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["/bin/bash", "-c", "set -euo pipefail\n" + script],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )


def test_quick_start_makes_a_venv_then_builds_my_folder_then_asks() -> None:
    lines = [line.split("#")[0].strip() for line in quick_start().splitlines() if line.strip()]
    assert lines[0] == "python3 -m venv .venv && . .venv/bin/activate"
    builds = [line for line in lines if line.startswith("ygraph build")]
    assert builds[0] == "ygraph build my-folder"
    assert any(line.startswith("ygraph who ") for line in lines)


def test_quick_start_commands_run_offline(tmp_path: Path) -> None:
    """Every line but the install ones, with ``ygraph`` being this interpreter's."""
    repo = copy_repo(tmp_path / "ygraph")
    commands = [line for line in quick_start().splitlines() if not line.startswith("python3 -m ")]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    script = f'ygraph() {{ "{sys.executable}" -m ygraph "$@"; }}\n' + "\n".join(commands)
    result = run_bash(script, repo, env)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert (repo / "output" / "ygraph.db").is_file()
    assert "seen" in result.stdout  # the who answer's observations


@pytest.mark.quickstart
@pytest.mark.skipif(not WANTED, reason="installs from the package index: runs in CI or with YGRAPH_QUICKSTART=1")
@pytest.mark.skipif(not SYSTEM_PYTHON.exists(), reason="no /usr/bin/python3 (Debian's own Python) here")
def test_readme_quick_start_verbatim_in_a_fresh_debian_venv(tmp_path: Path) -> None:
    repo = copy_repo(tmp_path / "ygraph")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env["PATH"] = "/usr/bin:/bin"  # python3 is Debian's, not a pyenv shim
    result = run_bash(quick_start(), repo, env)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    assert "home = /usr/bin" in (repo / ".venv" / "pyvenv.cfg").read_text(encoding="utf-8")
    assert (repo / ".venv" / "bin" / "ygraph").is_file()
    assert (repo / "output" / "ygraph.db").is_file()
    assert "seen" in result.stdout

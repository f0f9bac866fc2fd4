"""The output folder switches as one: a failed, killed or concurrent build leaves the previous outputs intact.

Readers go through ``out/<name> -> .ygraph/current/<name>``; a build writes a new ``build-N`` folder and
repoints ``current`` with one rename (``ygraph.render.output``).
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from invented_corpus import MINI, injection_corpus, mini_corpus
from ygraph import render
from ygraph.cli import app
from ygraph.config import BuildConfig
from ygraph.corpus.graph import build_graph
from ygraph.errors import OutputBusy, OutputError, UsageError
from ygraph.render import all_names, output, write_outputs


def snapshot(out: Path) -> dict[str, bytes]:
    """What a reader of the folder sees: every output name that opens, with its bytes."""
    names = [p.name for p in out.iterdir() if not p.name.startswith(".")]
    assert set(names) <= set(all_names()), names
    return {name: (out / name).read_bytes() for name in sorted(names) if (out / name).is_file()}


def staging_left(out: Path) -> list[str]:
    """Everything in the state folder but the lock, the pointer and the build it points at."""
    state = out / output.STATE
    keep = {output.LOCK, output.CURRENT, os.readlink(state / output.CURRENT)}
    legacy = [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    return sorted({p.name for p in state.iterdir()} - keep) + legacy


@pytest.fixture
def previous(tmp_path: Path) -> tuple[BuildConfig, dict[str, bytes]]:
    config = BuildConfig(out=tmp_path / "out")
    corpus = mini_corpus()
    write_outputs(build_graph(corpus), corpus, config)
    return config, snapshot(config.out)


def rebuild_other_corpus(config: BuildConfig) -> None:
    corpus = injection_corpus()
    write_outputs(build_graph(corpus), corpus, config)


def test_a_successful_write_shows_exactly_the_outputs_with_umask_modes(tmp_path: Path) -> None:
    corpus = injection_corpus()
    old_umask = os.umask(0o022)
    try:
        written = write_outputs(build_graph(corpus), corpus, BuildConfig(out=tmp_path))
    finally:
        os.umask(old_umask)
    assert snapshot(tmp_path) == render.render_all(build_graph(corpus), corpus)
    assert sorted(p.name for p in written) == sorted(snapshot(tmp_path))
    assert staging_left(tmp_path) == []
    for path in written:
        assert path.is_symlink() and os.readlink(path) == f".ygraph/current/{path.name}"
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path
    assert stat.S_IMODE((tmp_path / ".ygraph" / "current").stat().st_mode) == 0o755


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_renderer_failing_is_a_warning_and_the_others_are_written(previous, monkeypatch, jobs: int) -> None:
    config, before = previous
    corpus = injection_corpus()
    expected = render.render_all(build_graph(corpus), corpus)

    def broken(g, corpus, fh):
        fh.write(b"<partial")
        raise RuntimeError("renderer failed")

    monkeypatch.setitem(render.RENDERERS, "timeline.json", broken)
    warnings: list = []
    written = write_outputs(build_graph(corpus), corpus, config, jobs, warnings)
    del expected["timeline.json"]  # its previous version is gone too: it would belong to another build
    assert snapshot(config.out) == expected != before
    assert sorted(p.name for p in written) == sorted(expected)
    assert [(w.code, w.file) for w in warnings] == [("W053", "timeline.json")]
    assert "RuntimeError: renderer failed" in warnings[0].message
    assert staging_left(config.out) == []
    assert not [p for p in (config.out / ".ygraph").rglob("*.part")]


def test_disk_full_is_one_line_error_and_leaves_the_previous_outputs(previous, monkeypatch) -> None:
    config, before = previous

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, data: bytes) -> None:
            self.fh.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device", "graph.gexf")

    real_create = output._create
    monkeypatch.setattr(output, "_create", lambda path: Full(real_create(path)))
    with pytest.raises(OutputError, match="no space left") as caught:
        rebuild_other_corpus(config)
    assert caught.value.exit_code == 1 and "\n" not in str(caught.value)
    assert snapshot(config.out) == before
    assert staging_left(config.out) == []


def test_disk_full_through_the_cli_exits_1_with_one_line(tmp_path: Path, monkeypatch) -> None:
    def full(path):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(output, "_create", full)
    result = CliRunner().invoke(app, ["build", str(MINI), "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 1
    assert result.output.startswith("ygraph: error: no space left") and result.output.count("\n") == 1
    assert snapshot(tmp_path / "out") == {}


def test_an_unwritable_target_is_a_usage_error() -> None:
    result = CliRunner().invoke(app, ["build", str(MINI), "--out", "/proc", "--quiet"])
    assert result.exit_code == 2
    assert result.output.startswith("ygraph: error: output folder /proc") and result.output.count("\n") == 1


def test_a_name_blocked_by_a_folder_changes_nothing(previous) -> None:
    config, before = previous
    (config.out / "timeline.json").unlink()
    (config.out / "timeline.json").mkdir()
    del before["timeline.json"]
    with pytest.raises(UsageError, match="timeline.json is a folder"):
        rebuild_other_corpus(config)
    assert snapshot(config.out) == before


def test_a_rename_failing_before_the_switch_leaves_the_previous_outputs(previous, monkeypatch) -> None:
    config, before = previous
    (config.out / "graph.html").unlink()  # the link is made again before the switch, and that fails
    del before["graph.html"]

    def no_replace(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(output.os, "replace", no_replace)
    with pytest.raises(UsageError, match="Permission denied"):
        rebuild_other_corpus(config)
    assert snapshot(config.out) == before
    assert staging_left(config.out) == []


def test_plain_files_of_an_earlier_version_are_adopted_and_its_staging_removed(tmp_path: Path) -> None:
    old = render.render_all(build_graph(mini_corpus()), mini_corpus())
    for name, data in old.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / ".graph.html.a1b2c3d4.tmp").write_bytes(b"left by a killed build")
    (tmp_path / "notes.txt").write_text("the user's own file", encoding="utf-8")
    rebuild_other_corpus(BuildConfig(out=tmp_path))
    new = render.render_all(build_graph(injection_corpus()), injection_corpus())
    assert {n: (tmp_path / n).read_bytes() for n in new} == new
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "the user's own file"
    assert staging_left(tmp_path) == []


def test_a_name_left_out_disappears_with_the_switch(tmp_path: Path) -> None:
    corpus = mini_corpus()
    write_outputs(build_graph(corpus), corpus, BuildConfig(out=tmp_path))
    write_outputs(build_graph(corpus), corpus, BuildConfig(out=tmp_path, html=False))
    assert sorted(snapshot(tmp_path)) == sorted([*render.RENDERERS, *render.FILE_WRITERS])
    assert not (tmp_path / "graph.html").is_symlink()


def test_without_symbolic_links_each_file_is_renamed_into_place(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(output, "_links_work", lambda state: False)
    corpus = injection_corpus()
    write_outputs(build_graph(corpus), corpus, BuildConfig(out=tmp_path))
    write_outputs(build_graph(corpus), corpus, BuildConfig(out=tmp_path))
    assert snapshot(tmp_path) == render.render_all(build_graph(corpus), corpus)
    assert not any(p.is_symlink() for p in tmp_path.iterdir())
    assert sorted(p.name for p in (tmp_path / ".ygraph").iterdir()) == ["lock"]


def test_a_second_build_into_the_same_folder_stops_while_the_first_writes(previous, monkeypatch) -> None:
    """The first build (a child process) pauses inside its write step; the second stops with OutputBusy;
    the first then finishes alone."""
    config, _ = previous
    first = fake_renderers(monkeypatch, b"first")
    ready_r, ready_w = os.pipe()
    go_r, go_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        status = 3
        try:
            real_create = output._create

            def create_then_wait(path):
                os.write(ready_w, b"x")
                os.read(go_r, 1)
                return real_create(path)

            output._create = create_then_wait
            write_outputs(None, None, config)
            status = 0
        finally:
            os._exit(status)
    os.read(ready_r, 1)
    fake_renderers(monkeypatch, b"second")
    with pytest.raises(OutputBusy, match=f"another ygraph build \\(pid {pid}\\)"):
        write_outputs(None, None, config)
    os.write(go_w, b"x" * len(first))
    assert os.waitpid(pid, 0)[1] == 0
    assert snapshot(config.out) == first
    for fd in (ready_r, ready_w, go_r, go_w):
        os.close(fd)


def test_the_lock_through_the_cli_is_a_clear_message(tmp_path: Path) -> None:
    with output.locked(tmp_path, all_names()):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child: another process, as a second build would be
            result = CliRunner().invoke(app, ["build", str(MINI), "--out", str(tmp_path), "--quiet"])
            ok = result.exit_code == 1 and "another ygraph build" in result.output
            os._exit(0 if ok else 1)
        assert os.waitpid(pid, 0)[1] == 0
    assert snapshot(tmp_path) == {}


# ---------------------------------------------------------------------------------------------------------
# SIGKILL at every write, rename, link, unlink and fsync of the write step

MUTATIONS = ("replace", "rename", "symlink", "link", "unlink", "rmdir", "mkdir", "fsync")


def fake_renderers(monkeypatch: pytest.MonkeyPatch, tag: bytes) -> dict[str, bytes]:
    """Renderers writing fixed bytes in two writes each (a kill may fall between them); the files they give."""
    files = {name: tag + b":" + name.encode() + b"\n" * 40 for name in all_names()}

    def writer(data: bytes):
        return lambda g, c, fh: (fh.write(data[:10]), fh.write(data[10:]))

    for table in (render.RENDERERS, render.HTML_RENDERERS):
        for name in table:
            monkeypatch.setitem(table, name, writer(files[name]))
    for name in render.FILE_WRITERS:  # writers given a path (the SQLite store)
        monkeypatch.setitem(render.FILE_WRITERS, name, lambda g, c, path, data=files[name]: path.write_bytes(data))
    return files


class KillingWriter:
    def __init__(self, fh, tick) -> None:
        self.fh, self.tick = fh, tick

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.fh.close()

    def write(self, data: bytes) -> int:
        self.tick()
        return self.fh.write(data)

    def flush(self) -> None:
        self.fh.flush()

    def fileno(self) -> int:
        return self.fh.fileno()


def killed_at(n: int, config: BuildConfig) -> bool:
    """Write the outputs in a child process that SIGKILLs itself at its ``n``-th file-system change."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        status = 3
        try:
            count = [0]

            def tick() -> None:
                count[0] += 1
                if count[0] == n:
                    os.kill(os.getpid(), signal.SIGKILL)

            def counting(real):
                return lambda *a, **k: (tick(), real(*a, **k))[1]

            for name in MUTATIONS:
                setattr(os, name, counting(getattr(os, name)))
            real_create = output._create
            output._create = lambda path: (tick(), KillingWriter(real_create(path), tick))[1]
            write_outputs(None, None, config)
            status = 0
        finally:
            os._exit(status)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) or os.WEXITSTATUS(status) == 0, f"the child failed at {n}"
    return os.WIFSIGNALED(status)


@pytest.mark.parametrize("before", ["links", "plain files", "nothing"])
def test_killed_at_any_change_the_folder_is_the_old_or_the_new_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, before: str
) -> None:
    template = tmp_path / "template"
    old = fake_renderers(monkeypatch, b"old")
    if before == "links":
        write_outputs(None, None, BuildConfig(out=template))
        write_outputs(None, None, BuildConfig(out=template))  # a build folder with a higher number
    else:
        template.mkdir()
    if before == "plain files":
        for name, data in old.items():
            (template / name).write_bytes(data)
        (template / ".graph.gexf.q1w2e3r4.tmp").write_bytes(b"staging of an earlier version")
    if before == "nothing":
        old = {}
    new = fake_renderers(monkeypatch, b"new")
    n, kills = 0, 0
    while True:
        n += 1
        out = tmp_path / f"kill{n}"
        if template.exists():
            shutil.copytree(template, out, symlinks=True)
        config = BuildConfig(out=out)
        if not killed_at(n, config):
            break
        kills += 1
        seen = snapshot(out) if out.exists() else {}
        assert seen in (old, new), f"killed at change {n}: a mix of builds"
        write_outputs(None, None, config)  # the next build
        assert snapshot(out) == new
        assert staging_left(out) == [], f"staging left after a kill at change {n}"
    assert snapshot(out) == new and staging_left(out) == []
    assert kills >= 60, kills  # every file's creation, writes and fsync, the links and the switch were reached


SIGTERM_SCRIPT = """
import signal, sys
from ygraph.render import output
from ygraph.cli import app

real_create = output._create

def create_and_wait(path):
    fh = real_create(path)
    print("writing", flush=True)
    signal.pause()  # SIGTERM arrives here, in the middle of the write step
    return fh

output._create = create_and_wait
app(prog_name="ygraph", args=sys.argv[1:])
"""


def test_sigterm_during_the_write_step_cleans_up_and_exits_143(previous) -> None:
    config, before = previous
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    args = [sys.executable, "-c", SIGTERM_SCRIPT, "build", str(MINI), "--out", str(config.out), "--quiet"]
    with subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as child:
        assert child.stdout.readline() == "writing\n"
        assert [p.name for p in (config.out / ".ygraph").iterdir() if p.name.startswith("build-")] == [
            "build-1",
            "build-2",
        ]
        child.send_signal(signal.SIGTERM)
        _, err = child.communicate()
    assert child.returncode == 143, err
    assert err == "ygraph: error: terminated; previous outputs are left as they were\n"
    assert snapshot(config.out) == before
    assert staging_left(config.out) == []

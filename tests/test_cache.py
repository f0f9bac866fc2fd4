"""Incremental builds: a rebuild through the per-document cache gives the bytes of a clean build; damaged or
foreign entries are ignored with W051; the cache follows the documents, the user lexicons and the options."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ygraph import BuildConfig, build, engine
from ygraph import cache as cache_module
from ygraph.build import BuildResult
from ygraph.cache import CacheError, DocumentCache, decode, encode, entry_key, read_entry
from ygraph.cli import app
from ygraph.pipeline import process_document
from ygraph.text import read

DEV = Path(__file__).resolve().parent / "data" / "dev"
EXTRA = "\n临川市副市长韩立新5月9日出席港口合作推进会并讲话。\n"  # invented
CHANGE = "\n临川市副市长韩立新听取港口合作工作汇报。\n"  # invented, no date: no other document learns a year


def outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def entries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix == ".json")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    shutil.copytree(DEV, root)
    return root


def cached_build(corpus: Path, out: Path, **options: object) -> BuildResult:
    return build(BuildConfig(paths=(corpus,), out=out, cache=out / ".cache", **options))  # type: ignore[arg-type]


def assert_like_clean(corpus: Path, out: Path, tmp_path: Path, **options: object) -> None:
    clean = tmp_path / "clean"
    shutil.rmtree(clean, ignore_errors=True)
    build(BuildConfig(paths=(corpus,), out=clean, **options))  # type: ignore[arg-type]
    assert outputs(out) == outputs(clean)


def test_rebuild_after_add_change_delete_is_a_clean_build(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = cached_build(corpus, out)
    n = len(first.corpus.documents)
    assert first.n_cached == 0 and len(entries(out / ".cache")) >= n
    again = cached_build(corpus, out)
    assert again.n_cached == n and not again.cache_warnings
    assert_like_clean(corpus, out, tmp_path)

    (corpus / "10_added.txt").write_text("港口合作推进会召开" + EXTRA, encoding="utf-8")
    added = cached_build(corpus, out)
    assert added.n_cached == n and len(added.corpus.documents) == n + 1
    assert_like_clean(corpus, out, tmp_path)

    changed = sorted(corpus.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + CHANGE, encoding="utf-8")
    assert cached_build(corpus, out).n_cached == n  # n + 1 documents, one changed
    assert_like_clean(corpus, out, tmp_path)

    before = set(entries(out / ".cache"))
    changed.unlink()
    deleted = cached_build(corpus, out)
    assert deleted.n_cached == n and len(deleted.corpus.documents) == n
    assert len(set(entries(out / ".cache")) - before) == 0 and len(entries(out / ".cache")) < len(before)
    assert_like_clean(corpus, out, tmp_path)


def test_a_changed_user_lexicon_extracts_every_document_again(corpus: Path, tmp_path: Path) -> None:
    user = tmp_path / "lex"
    (user / "actors").mkdir(parents=True)
    lexicon = user / "actors" / "not_person.txt"
    lexicon.write_text("# FORMAT: one word per line\n港务甲\n", encoding="utf-8")
    out = tmp_path / "out"
    cached_build(corpus, out, lexicon_dirs=(user,))
    assert cached_build(corpus, out, lexicon_dirs=(user,)).n_cached > 0
    lexicon.write_text("# FORMAT: one word per line\n港务甲\n韩立新\n", encoding="utf-8")
    assert cached_build(corpus, out, lexicon_dirs=(user,)).n_cached == 0
    assert_like_clean(corpus, out, tmp_path, lexicon_dirs=(user,))


def test_a_damaged_entry_is_ignored_with_w051_and_replaced(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = cached_build(corpus, out)
    victim = entries(out / ".cache")[0]
    data = victim.read_bytes()
    victim.write_bytes(data[: len(data) // 2] + b"x" + data[len(data) // 2 + 1 :])  # one byte changed
    second = cached_build(corpus, out)
    (warning,) = second.cache_warnings
    assert warning.code == "W051" and "checksum" in warning.message
    assert second.n_cached == len(first.corpus.documents) - 1
    assert_like_clean(corpus, out, tmp_path)
    assert victim.read_bytes() == data  # extracted again and stored afresh
    assert not cached_build(corpus, out).cache_warnings


@pytest.mark.parametrize("damage", [b"", b"not json\n{}", b'{"format": 99}\n[]'])
def test_truncated_or_unknown_entries_are_never_trusted(
    corpus: Path, tmp_path: Path, damage: bytes
) -> None:
    out = tmp_path / "out"
    cached_build(corpus, out)
    entries(out / ".cache")[-1].write_bytes(damage)
    result = cached_build(corpus, out)
    assert [w.code for w in result.cache_warnings] == ["W051"]
    assert_like_clean(corpus, out, tmp_path)


def test_a_foreign_entry_is_ignored(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    cached_build(corpus, out)
    first, second = entries(out / ".cache")[:2]
    first.write_bytes(second.read_bytes())  # a valid entry, of another document, under this one's key
    result = cached_build(corpus, out)
    (warning,) = result.cache_warnings
    assert warning.code == "W051" and "another" in warning.message
    assert_like_clean(corpus, out, tmp_path)


def _pairs_file(payload: bytes, print_: str, **header: object) -> bytes:
    import hashlib
    import json
    import sys

    head = {"format": cache_module.FORMAT, "kind": cache_module.PAIRS, "print": print_,
            "python": list(sys.version_info[:2]), "sha256": hashlib.sha256(payload).hexdigest(), **header}  # fmt: skip
    return json.dumps(head).encode() + b"\n" + payload


@pytest.mark.parametrize(
    "damage",
    [
        "one byte",
        "truncated",
        "code object",  # a valid checksum over something that is not comparisons: never used
        "wrong values",
    ],
)
def test_damaged_reprint_comparisons_are_ignored_with_w051(corpus: Path, tmp_path: Path, damage: str) -> None:
    import marshal

    out = tmp_path / "out"
    first = cached_build(corpus, out)
    stored = out / ".cache" / cache_module.PAIRS
    data = stored.read_bytes()
    print_ = cache_module.DocumentCache(out / ".cache").print
    assert cache_module.read_pairs(data, print_) == cache_module.DocumentCache(out / ".cache").pairs()
    damaged = {
        "one byte": data[:-1] + bytes([data[-1] ^ 1]),
        "truncated": data[: len(data) - 3],
        "code object": _pairs_file(marshal.dumps(compile("1", "x", "eval")), print_),
        "wrong values": _pairs_file(marshal.dumps({b"k" * 16: "not stretches"}), print_),
    }[damage]
    stored.write_bytes(damaged)
    second = cached_build(corpus, out)
    (warning,) = second.cache_warnings
    assert warning.code == "W051" and warning.file == cache_module.PAIRS
    assert second.n_cached == len(first.corpus.documents)
    assert_like_clean(corpus, out, tmp_path)
    assert stored.read_bytes() == data  # compared again and stored afresh


def test_reprint_comparisons_of_other_code_are_stale_not_damaged(tmp_path: Path) -> None:
    import marshal

    pairs = {b"k" * 16: ((0, 1, 0, 2),), b"j" * 16: None}
    data = cache_module.write_pairs(pairs, "print")
    assert cache_module.read_pairs(data, "print") == pairs
    assert cache_module.read_pairs(data, "other print") == {}  # other code: compared again, no warning
    assert cache_module.read_pairs(_pairs_file(marshal.dumps(pairs), "print", python=[2, 7]), "print") == {}
    with pytest.raises(cache_module.CacheError):
        cache_module.read_pairs(_pairs_file(marshal.dumps(pairs), "print", kind="other"), "print")


def test_entry_checks_key_path_and_payload() -> None:
    (source,) = read.read_all(read.discover([DEV / "01_xinhua_forum.txt"]), None)[0]
    facts = process_document(source)
    assert decode(encode(facts)) == facts
    cache = DocumentCache(Path("/nonexistent"), "print")
    key = entry_key(cache.print, source, None)
    assert key != entry_key(cache.print, source, {11: 2031})
    assert key != entry_key("other print", source, None)
    from ygraph.cache import write_entry

    entry = write_entry(facts, key, source.path)
    assert read_entry(entry, key, source.path) == facts
    for bad_key, bad_path in ((key[::-1], source.path), (key, "other.txt")):
        with pytest.raises(CacheError):
            read_entry(entry, bad_key, bad_path)
    with pytest.raises(CacheError):
        decode(b'{"@": "Corpus", "f": []}')  # only the classes of one document's facts decode


def test_prune_leaves_other_files_alone(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / ".cache").mkdir(parents=True)
    keep = out / ".cache" / "notes.json"
    keep.write_text("{}", encoding="utf-8")
    stale = out / ".cache" / ("0" * 64 + ".json")
    stale.write_text("{}", encoding="utf-8")
    cached_build(corpus, out)
    assert keep.exists() and not stale.exists()


def test_cli_cache_options_and_summary(corpus: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "out"
    args = ["build", str(corpus), "--out", str(out)]
    assert runner.invoke(app, [*args, "--no-cache"]).exit_code == 0
    assert not (out / ".cache").exists()
    assert runner.invoke(app, args).exit_code == 0
    result = runner.invoke(app, args)
    assert result.exit_code == 0 and f"{len(list(corpus.iterdir()))} from the cache" in result.output
    elsewhere = tmp_path / "cache"
    assert runner.invoke(app, [*args, "--cache", str(elsewhere)]).exit_code == 0
    assert entries(elsewhere)
    bad = runner.invoke(app, [*args, "--jobs", "0"])
    assert bad.exit_code == 2 and "--jobs" in bad.output


def test_jobs_auto_gives_the_serial_bytes(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(BuildConfig(paths=(corpus,), out=tmp_path / "serial", jobs=1))
    build(BuildConfig(paths=(corpus,), out=tmp_path / "auto", jobs="auto"))
    assert outputs(tmp_path / "auto") == outputs(tmp_path / "serial")
    sources, _ = read.read_all(read.discover([corpus]), None)
    assert engine.with_jobs(BuildConfig(jobs="auto"), sources).jobs == 1  # a small corpus stays in-process
    monkeypatch.setattr(engine, "AUTO_MIN_CHARS", 0)
    monkeypatch.setattr(engine, "cores", lambda: 2)
    monkeypatch.setattr(engine, "busy_cores", lambda: 1.8)
    assert engine.with_jobs(BuildConfig(jobs="auto"), sources).jobs == 1  # other processes use the cores
    monkeypatch.setattr(engine, "busy_cores", lambda: 0.2)
    assert engine.with_jobs(BuildConfig(jobs="auto"), sources).jobs == 2
    build(BuildConfig(paths=(corpus,), out=tmp_path / "pool", jobs="auto"))
    assert outputs(tmp_path / "pool") == outputs(tmp_path / "serial")

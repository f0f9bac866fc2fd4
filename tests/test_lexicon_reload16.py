"""A user lexicon file edited between two builds in one process is read again (``set_user_dirs`` compares the
user files' path, mtime and size, not only the folders), and the per-string caches of the steps are bounded
(``lexicons.cached(maxsize=…)``), registered like every loader. Invented text."""

from __future__ import annotations

import json
import os
import pathlib

import pytest

from ygraph import BuildConfig, build, lexicons
from ygraph.actors import actorlex, honorific, printedplaces

TEXT = "2031年4月28日，临江省江城市委召开常委会议，市委书记龚明远主持会议。\n"


def _people(corpus: pathlib.Path, out: pathlib.Path, lexicon: pathlib.Path) -> set[str]:
    build(BuildConfig(paths=(corpus,), out=out, lexicon_dirs=(lexicon,), jobs=1, html=False))
    return {p["name"] for p in json.loads((out / "facts.json").read_text(encoding="utf-8"))["people"]}


@pytest.mark.parametrize("name", ["龚明远", "柴思雨"])
def test_a_user_file_edited_between_two_builds_is_read_again(tmp_path: pathlib.Path, name: str) -> None:
    corpus, lexicon = tmp_path / "corpus", tmp_path / "lex"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXT.replace("龚明远", name), encoding="utf-8")
    (lexicon / "actors").mkdir(parents=True)
    listed = lexicon / "actors" / "not_person.txt"
    listed.write_text("# none yet\n", encoding="utf-8")
    try:
        assert name in _people(corpus, tmp_path / "one", lexicon)
        listed.write_text(f"# listed now\n{name}\n", encoding="utf-8")  # the same folder, the file edited
        stamp = listed.stat().st_mtime_ns + 1_000_000_000
        os.utime(listed, ns=(stamp, stamp))
        assert name not in _people(corpus, tmp_path / "two", lexicon)
    finally:
        lexicons.set_user_dirs([])
    assert actorlex.plausible_name(name)  # the packaged vocabulary again


def test_an_unchanged_folder_is_not_read_again(tmp_path: pathlib.Path) -> None:
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "not_person.txt").write_text("柴思雨\n", encoding="utf-8")
    try:
        lexicons.set_user_dirs([tmp_path])
        actorlex.plausible_name("龚明远")
        assert actorlex.plausible_name.cache_info().currsize > 0
        lexicons.set_user_dirs([tmp_path])  # nothing changed: the answers stay
        assert actorlex.plausible_name.cache_info().currsize > 0
    finally:
        lexicons.set_user_dirs([])
    assert actorlex.plausible_name.cache_info().currsize == 0  # other folders: emptied


@pytest.mark.parametrize(
    "function", [actorlex.plausible_name, honorific._addressed, printedplaces._has_word]
)
def test_the_caches_keyed_by_text_are_bounded(function) -> None:  # noqa: ANN001 - an lru_cache
    assert function.cache_info().maxsize == lexicons.TEXT_KEYS


def test_a_bounded_cache_keeps_at_most_its_size() -> None:
    calls: list[str] = []

    @lexicons.cached(maxsize=4)
    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    for k in range(10):
        assert length("江城" * (k + 1)) == 2 * (k + 1)
    assert length.cache_info().currsize == 4 and length.cache_info().maxsize == 4
    assert length("江城" * 10) == 20 and len(calls) == 10  # the last ones are kept
    assert length("江城") == 2 and len(calls) == 11  # the first one was let go


def test_a_bounded_cache_is_emptied_when_the_folders_change(tmp_path: pathlib.Path) -> None:
    @lexicons.cached(maxsize=4)
    def length(text: str) -> int:
        return len(text)

    length("江城")
    try:
        lexicons.set_user_dirs([tmp_path])
        assert length.cache_info().currsize == 0
    finally:
        lexicons.set_user_dirs([])

"""bench/realdev.py on invented pages (invented names, places and events): per-genre builds and scores."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from conftest import ROOT

PAGES = {
    "rd91": (
        "meeting",
        "临江日报 2031年4月13日\n\n4月12日，临江港湾发展推进座谈会在临江召开。"
        "临江市委书记柯望舒主持会议并讲话，临江市市长蒲一帆出席。\n",
        "text",
    ),
    "rd92": (
        "other",
        "北岭晚报 2030年9月21日\n\n9月20日，北岭新区规划工作会议在北岭举行。北岭市委书记祁远山出席会议并讲话。\n",
        "text",
    ),
    "rd93": (  # the year is only in the page's address
        "meeting",
        "5月6日，南屿海洋产业座谈会在南屿召开。南屿市委书记简若水主持会议。\n",
        "url",
    ),
}
GOLD = {
    "rd91": {
        "events": [
            {
                "id": "rd91_e1",
                "title": "临江港湾发展推进座谈会",
                "date": "2031-04-12",
                "sources": ["rd91"],
                "presided": ["柯望舒"],
                "attended": ["蒲一帆"],
            }
        ],
        "roles": [
            {"person": "柯望舒", "role": "临江市委书记", "date": "2031-04-12"},
            {"person": "蒲一帆", "role": "临江市长", "date": "2031-04-12"},
        ],
    },
    "rd92": {
        "events": [
            {"id": "rd92_e1", "title": "北岭新区规划工作会议", "date": "2030-09-20", "spoke": ["祁远山"]}
        ],
        "roles": [{"person": "祁远山", "role": "北岭市委书记", "date": "2030-09-20"}],
    },
    "rd93": {
        "events": [{"id": "e1", "title": "南屿海洋产业座谈会", "date": "2032-05-06", "presided": ["简若水"]}],
        "roles": [{"person": "简若水", "role": "南屿市委书记", "date": "2032-05-06"}],
    },
}
PUB = {"rd91": "2031-04-13", "rd92": "2030-09-21", "rd93": "2032-05-07"}


def bench_module(name: str) -> ModuleType:
    """A script of bench/ loaded as a module (the tests of bench scripts share this)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def realdev() -> ModuleType:
    return bench_module("realdev")


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    gold_dir, excerpts = tmp_path / "gold", tmp_path / "excerpts"
    gold_dir.mkdir()
    excerpts.mkdir()
    for pid, (genre, text, date_from) in PAGES.items():
        name = f"{pid}_{genre}.txt"
        (excerpts / name).write_text(text, encoding="utf-8")
        head = {"id": pid, "file": name, "genre": genre, "script": "simplified", "pub_date": PUB[pid]}
        page = {"page": {**head, "pub_date_from": date_from, "query": "", "url": "", "rank": 1}, **GOLD[pid]}
        (gold_dir / f"{pid}.json").write_text(json.dumps(page, ensure_ascii=False), encoding="utf-8")
    (gold_dir / "rd99.json").write_text("{", encoding="utf-8")  # a gold being written: skipped
    return gold_dir, excerpts


def run(realdev: ModuleType, folders: tuple[Path, Path], tmp_path: Path, *extra: str) -> dict[str, Any]:
    out = tmp_path / "scores.json"
    assert realdev.main([str(folders[0]), str(folders[1]), "--json", str(out), *extra]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def test_each_genre_is_scored_on_its_own_predictions(
    realdev: ModuleType, folders: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scores = run(realdev, folders, tmp_path)
    assert {g: r["pages"] for g, r in scores["genres"].items()} == {
        "meeting": ["rd91", "rd93"],
        "other": ["rd92"],
    }
    for genre, result in scores["genres"].items():
        events = result["metrics"]["events"]
        assert (events["precision"], events["recall"]) == (1.0, 1.0), (genre, events)
    assert scores["overall"]["metrics"]["events"]["n_pred"] == 3
    printed = capsys.readouterr()
    assert "| overall | 3 | 0 |" in printed.out and "rd99.json: unreadable gold" in printed.err


def test_dates_only_in_the_address_reach_the_build_through_a_manifest(
    realdev: ModuleType, folders: tuple[Path, Path], tmp_path: Path
) -> None:
    given = run(realdev, folders, tmp_path, "--genre", "meeting")
    assert given["genres"]["meeting"]["metrics"]["events"]["found"] == 2
    withheld = run(realdev, folders, tmp_path, "--genre", "meeting", "--dates", "none")
    assert withheld["genres"]["meeting"]["metrics"]["events"]["missing"] == [
        "rd93:e1 2032-05-06 南屿海洋产业座谈会"
    ]


def test_page_golds_merge_with_unique_event_ids(realdev: ModuleType, folders: tuple[Path, Path]) -> None:
    pages, skipped = realdev.read_pages(*folders)
    merged = realdev.merge_golds([p for p in pages if p.genre == "meeting"])
    assert [e["id"] for e in merged["events"]] == ["rd91_e1", "rd93:e1"]
    assert len(merged["roles"]) == 3 and len(skipped) == 1


def test_check_lists_a_gold_person_missing_from_an_excerpt(
    realdev: ModuleType, folders: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    (folders[0] / "rd99.json").unlink()  # the gold being written: it would be a problem of its own
    assert realdev.main([str(folders[0]), str(folders[1]), "--check"]) == 0
    page = folders[1] / "rd92_other.txt"
    page.write_text(page.read_text(encoding="utf-8").replace("祁远山", "祁远(yuǎn)山"), encoding="utf-8")
    assert realdev.main([str(folders[0]), str(folders[1]), "--check"]) == 1
    assert "rd92: not in rd92_other.txt: 祁远山" in capsys.readouterr().out


def test_realsets_scores_every_set_with_excerpts_and_pools_them(
    realdev: ModuleType, folders: tuple[Path, Path], tmp_path: Path
) -> None:
    realsets = bench_module("realsets")
    data, root = tmp_path / "data", tmp_path / "root"
    (data / "realx").mkdir(parents=True)
    (data / "realy").mkdir()  # a set whose excerpts are not at hand: skipped
    for gold in folders[0].glob("rd9[0-8].json"):
        (data / "realx" / gold.name).write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
    (root / "realx").mkdir(parents=True)
    folders[1].rename(root / "realx" / "excerpts")
    assert realsets.score_sets(root, tmp_path / "a", [], data) == ["realx"]
    table = realsets.counts(tmp_path / "a")
    assert table["realx"]["events"]["n_gold"] == 3
    (tmp_path / "b").mkdir()
    changed = json.loads((tmp_path / "a" / "realx.json").read_text(encoding="utf-8"))
    changed["overall"]["metrics"]["events"]["found"] -= 1
    (tmp_path / "b" / "realx.json").write_text(json.dumps(changed), encoding="utf-8")
    lines = realsets.compare(tmp_path / "a", tmp_path / "b")
    assert lines[0] == "realx: changed" and "pooled over 1 sets" in lines[1]

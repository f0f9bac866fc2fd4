"""The files of a user lexicon folder that no packaged lexicon name matches (never read): W060 warnings
naming the nearest packaged names."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from .errors import warn
from .lexicons import PACKAGED_HINT
from .model import BuildWarning


@cache
def packaged_names() -> tuple[str, ...]:
    """Relative names of every packaged lexicon file (``actors/titles.tsv``, …), sorted."""
    root = resources.files("ygraph").joinpath("lexicons", "zh")
    names: list[str] = []
    stack = [(root, "")]
    while stack:
        folder, prefix = stack.pop()
        for entry in folder.iterdir():
            if entry.is_dir():
                stack.append((entry, f"{prefix}{entry.name}/"))
            elif entry.name.endswith((".tsv", ".txt")):
                names.append(f"{prefix}{entry.name}")
    return tuple(sorted(names))


def stray_files(folder: Path) -> list[tuple[str, tuple[str, ...]]]:
    """Files in a user lexicon folder whose relative name matches no packaged lexicon (so they are never
    read), each with the nearest packaged names; hidden files are left out."""
    import difflib

    names = packaged_names()
    by_base: dict[str, list[str]] = {}
    for name in names:
        by_base.setdefault(name.rsplit("/", 1)[-1], []).append(name)
    stray = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if not path.is_file() or any(part.startswith(".") for part in rel.split("/")) or rel in names:
            continue
        close = difflib.get_close_matches(path.name, list(by_base), n=3, cutoff=0.8)
        nearest = [full for base in close for full in by_base[base]]
        nearest += difflib.get_close_matches(rel, names, n=3, cutoff=0.75)
        stray.append((rel, tuple(dict.fromkeys(nearest))[:3]))
    return stray


def stray_warnings(folders: tuple[Path, ...] | list[Path]) -> list[BuildWarning]:
    """A W060 warning for each file of the user lexicon folders that no lexicon name matches."""
    warnings = []
    for folder in folders:
        for rel, nearest in stray_files(folder):
            hint = f"nearest: {', '.join(nearest)}" if nearest else f"the names are those of {PACKAGED_HINT}"
            warnings.append(warn("W060", (folder / rel).as_posix(), hint))
    return warnings

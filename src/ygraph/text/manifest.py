"""``dates.tsv`` manifests: the publication dates a user gives per file.

A ``dates.tsv`` in an input folder (or any folder below it) holds lines ``relative/path<TAB>YYYY[-MM[-DD]]``
(``#`` starts a comment); paths are relative to the folder of the manifest. The nearest manifest that names
a file wins; a manifest date beats ``--pub-date``. A bad line, or a line naming no input file, is a W006
warning, never an error.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path, PurePosixPath

from ..errors import warn
from ..model import BuildWarning
from ..names import document_id

MANIFEST = "dates.tsv"
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def parse_date(value: str) -> str | None:
    """``2023``, ``2023-6``, ``2023-06-05`` → ISO at that precision; ``None`` if not a real date."""
    match = _DATE.fullmatch(value.strip())
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return None
    parts = [f"{year:04d}"] + [f"{n:02d}" for n in (month, day) if n is not None]
    return "-".join(parts)


class Manifests:
    """Manifests found on the way from each file up to its input root, each read once."""

    def __init__(self) -> None:
        self._loaded: dict[Path, dict[str, tuple[str, int]]] = {}
        self._warnings: list[BuildWarning] = []
        self._used: set[tuple[Path, str]] = set()
        self._names: dict[Path, str] = {}  # manifest path relative to its input root, for warnings

    def date_for(self, path: Path, doc_id: str, root: Path | None = None, base: Path | None = None) -> str | None:
        """The manifest date of ``path`` (document id ``doc_id``), nearest manifest first, up to its input
        folder ``root`` (by default the folder ``doc_id`` is relative to); manifests are named relative to
        ``base``, as document ids are."""
        if root is None:
            root = list(path.parents)[len(PurePosixPath(doc_id).parts) - 1]
        parents = list(path.parents)
        folders = parents[: parents.index(root) + 1] if root in parents else parents[:1]
        for folder in folders:
            entries = self._load(folder, document_id((folder / MANIFEST).relative_to(base or root)))
            relative = path.relative_to(folder).as_posix()
            if relative in entries:
                self._used.add((folder, relative))
                return entries[relative][0]
        return None

    def _load(self, folder: Path, name: str) -> dict[str, tuple[str, int]]:
        if folder not in self._loaded:
            manifest = folder / MANIFEST
            self._names[folder] = name
            self._loaded[folder] = self._parse(manifest, name) if manifest.is_file() else {}
        return self._loaded[folder]

    def _parse(self, manifest: Path, name: str) -> dict[str, tuple[str, int]]:
        entries: dict[str, tuple[str, int]] = {}
        try:
            lines = manifest.read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            self._warnings.append(warn("W006", name, f"cannot read it ({exc})"))
            return entries
        for number, line in enumerate(lines, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = line.split("\t")
            date = parse_date(cells[1]) if len(cells) == 2 and cells[0].strip() else None
            if date is None:
                detail = f"line {number}: {line.strip()!r} (expected path<TAB>YYYY[-MM[-DD]])"
                self._warnings.append(warn("W006", name, detail))
                continue
            entries[PurePosixPath(cells[0].strip()).as_posix()] = (date, number)
        return entries

    def warnings(self) -> list[BuildWarning]:
        """Bad lines, and lines that named no input file."""
        unused = [
            warn("W006", self._names[folder], f"line {number}: no input file {relative!r}")
            for folder, entries in sorted(self._loaded.items())
            for relative, (_, number) in sorted(entries.items(), key=lambda item: item[1][1])
            if (folder, relative) not in self._used
        ]
        return [*self._warnings, *unused]

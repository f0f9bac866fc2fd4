"""Atomic, deterministic file writing."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO


class Staging:
    """Temporary files in one folder, each to be renamed onto its final name."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.pending: dict[Path, str] = {}

    def open(self, name: str) -> BinaryIO:
        path = self.folder / name
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=self.folder)
        self.pending[path] = tmp
        try:
            return os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            raise

    def path(self, name: str) -> Path:
        """A temporary file's path, for a writer that needs a file name (SQLite); renamed like the others."""
        self.open(name).close()
        return Path(self.pending[self.folder / name])

    def commit(self) -> None:
        for path, tmp in list(self.pending.items()):
            os.replace(tmp, path)
            del self.pending[path]

    def discard(self) -> None:
        for tmp in self.pending.values():
            Path(tmp).unlink(missing_ok=True)
        self.pending.clear()


@contextmanager
def staged(folder: Path) -> Iterator[Staging]:
    """Files opened through the staging are renamed into place only if the block ends without error.

    A failure while writing any of them leaves every previous file in ``folder`` intact, and no temporary file.
    """
    folder.mkdir(parents=True, exist_ok=True)
    staging = Staging(folder)
    try:
        yield staging
        staging.commit()
    finally:
        staging.discard()


def dump_json(value: Any) -> bytes:
    """Stable JSON: sorted keys, UTF-8, two-space indent, trailing newline."""
    return (json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")

"""Warning and error codes, in one place.

A warning never stops a build: it is collected into ``report.json`` and summarised on exit.
Add new codes here (never reuse a retired one) and document them in ``docs/schema.md``.
"""

from __future__ import annotations

from .model import BuildWarning

WARNINGS: dict[str, str] = {
    # reading (W00x)
    "W001": "file could not be read; skipped",
    "W002": "file could not be decoded as text; skipped",
    "W003": "file is empty; skipped",
    "W004": "file looks binary; skipped",
    "W005": "unsupported file type or hidden name; skipped",
    "W006": "bad line in a dates.tsv manifest; ignored",
    "W007": "file is UTF-8 with a few invalid bytes; they were replaced by U+FFFD",
    "W008": "symbolic link to a target outside the paths given; skipped (--follow-outside-links reads it)",
    "W009": "not a regular file (dangling link, link loop, FIFO, socket, device, folder); not read as a file",
    # dates (W01x)
    "W010": "article date unresolved",
    "W011": "time expression left without a year",
    "W012": "date of an article inferred from another document",
    "W013": "impossible date in the text; left undated",
    "W014": "the page prints its own date years apart (a repost or a site clock); the earliest is the article's",
    # actors (W02x)
    "W020": "OCR-damaged title recovered",
    "W021": "name list split using names established elsewhere in the corpus",
    # sources (W03x)
    "W030": "sources disagree",
    # events (W04x)
    "W040": "event without a resolvable date",
    # the build (W05x)
    "W050": "a step failed on this document; its facts were left out, the rest was built",
    "W051": "cache entry damaged or of another build; ignored, the document was extracted again",
    "W052": "file larger than the size limit; skipped (raise it with --max-file-mb)",
    "W053": "an output file could not be written (its writer failed); the other outputs were written",
    "W054": "the unread report failed on this document; its facts were kept, its sentences are not listed",
    # vocabulary (W06x)
    "W060": "file in a --lexicons folder has no lexicon's name; not read",
}


def warn(code: str, file: str = "", detail: str = "") -> BuildWarning:
    """A coded warning; ``detail`` says what and where."""
    base = WARNINGS[code]
    return BuildWarning(code=code, message=f"{base}: {detail}" if detail else base, file=file)


class YgraphError(Exception):
    """An error the CLI turns into a one-line message and an exit code."""

    exit_code = 1


class UsageError(YgraphError):
    """Bad command line: missing path, empty folder, output not writable (exit 2)."""

    exit_code = 2


class OutputBusy(YgraphError):
    """Another build holds the lock of the output folder (exit 1)."""

    exit_code = 1


class OutputError(YgraphError):
    """The outputs could not be written (disk full); the previous ones are intact (exit 1)."""

    exit_code = 1


class NothingBuilt(YgraphError):
    """Every input file was skipped (exit 1)."""

    exit_code = 1


SUPPORTED_INPUT = ".txt and .md files in UTF-8, UTF-16, GB18030/GBK or Big5"
MAX_LISTED = 20


def nothing_readable(skipped: list[BuildWarning]) -> NothingBuilt:
    """The error when every input was skipped: each file with its reason, and what ygraph reads."""
    lines = [f"  {w.file}: {w.message}" for w in skipped[:MAX_LISTED]]
    if len(skipped) > MAX_LISTED:
        lines.append(f"  … and {len(skipped) - MAX_LISTED} more")
    listing = "\n".join(lines)
    return NothingBuilt(f"no input file could be read:\n{listing}\nygraph reads {SUPPORTED_INPUT}")

"""The EXAMPLE lines of the lexicon files, read and checked (used by tests/test_lexicon_examples.py).

One convention for every file (docs/decisions.md, "Lexicon examples")::

    # EXAMPLE: <invented text> => <fact> ; <fact> ...

The text is a small invented document (`` / `` stands for a line break, `` / / `` for an empty line). It goes through the whole
per-document pipeline and the corpus merge; each fact is then checked, and ``no <fact>`` checks that a fact
does not hold. The facts a file's examples state depend on its kind (its folder):

* ``text/``:   ``text T`` (the normalized text, line breaks as `` / ``), ``sentences S | S || S`` (the
  sentences of each article), ``articles N``, ``article place=P dateline=RULE date=D source=S rule=R``
  ``title=T`` (an article with all the fields given);
* ``time/``:   ``date V`` (the first time expression, resolved against :data:`REFERENCE`: its value, or
  ``value/value_end``, or ``none``), ``times N`` (how many expressions), ``article …`` as above;
* ``actors/``: ``person NAME [rule=R]``, ``role NAME POSITION [date=D] [rule=R]``, ``place P`` (a place read
  in the text, canonical), ``succession POSITION BEFORE AFTER`` (one the corpus reads), ``conflict POSITION`` (a
  role overlap the corpus reports on that post);
* ``events/``: ``event TITLE [type=T] [date=D] [end=D] [place=P] [planned=true|false]``, ``events N``,
  ``part NAME RELATION TITLE``, ``policy TITLE RELATION DOCUMENT``, ``unread RULE`` (a sentence of the
  unread report listed with a cue of that row id, ``unread_cues.tsv``).

``rules.tsv`` keeps its own tab-separated rows (``EXAMPLE<TAB>rule_id<TAB>text<TAB>expected value``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ygraph import lexicons
from ygraph.actors import mentions
from ygraph.actors.mentions import DocumentActors
from ygraph.corpus import merge
from ygraph.model import Corpus, Document, Source
from ygraph.pipeline import process_document
from ygraph.text import clean, segment
from ygraph.time import temporal
from ygraph.time.timeresolve import resolve_times
from ygraph.time.timerules import extract_times

REFERENCE = "2030-06-15"  # the reference date of the ``date`` facts (a Saturday)
_LINES = re.compile(r" /(?: /)* ")  # " / " is a line break, " / / " an empty line between two lines
EXAMPLE = re.compile(r"^#\s*EXAMPLE:\s*(?P<text>.+?)\s+=>\s+(?P<facts>.+?)\s*$")


@dataclass(frozen=True)
class Example:
    file: str  # e.g. "actors/titles.tsv"
    line: int
    text: str
    facts: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.text} => {' ; '.join(self.facts)}"


def lexicon_files() -> list[str]:
    """Every packaged lexicon file, as ``folder/name``."""
    root = resources.files("ygraph").joinpath("lexicons", "zh")
    return sorted(f"{folder.name}/{entry.name}" for folder in root.iterdir() for entry in folder.iterdir())


def read_examples(name: str) -> tuple[list[Example], list[str]]:
    """The examples of one packaged file, and the lines that mention EXAMPLE without following the
    convention (comment lines) — those are errors."""
    text = resources.files("ygraph").joinpath("lexicons", "zh", *name.split("/")).read_text(encoding="utf-8")
    found, bad = [], []
    for number, line in enumerate(text.splitlines(), 1):
        if "EXAMPLE" not in line or not line.lstrip().startswith("#"):
            continue
        m = EXAMPLE.match(line.strip())
        if m is None:
            if name != "time/rules.tsv":  # its header describes its own EXAMPLE rows
                bad.append(f"{name}:{number}: {line}")
            continue
        facts = tuple(f.strip() for f in m.group("facts").split(" ; "))
        found.append(Example(name, number, m.group("text"), facts))
    return found, bad


@dataclass(frozen=True)
class Observed:
    doc: Document  # cleaned, segmented and dated
    actors: DocumentActors
    corpus: Corpus  # the document's facts after the corpus merge
    failed: bool  # a step raised (W050)


def observe(text: str) -> Observed:
    source = Source("example.txt", _LINES.sub(lambda m: "\n" * m.group().count("/"), text), "utf-8")
    facts = process_document(source)
    corpus = merge.merge([facts], ())
    doc = temporal.date_document(segment.segment(clean.clean(source)), {})
    failed = any(w.code == "W050" for w in facts.warnings)
    return Observed(doc, mentions.analyse_document(doc), corpus, failed)


def _fields(words: list[str]) -> tuple[list[str], dict[str, str]]:
    plain = [w for w in words if "=" not in w]
    return plain, dict(w.split("=", 1) for w in words if "=" in w)


def _matches(actual: dict[str, object], wanted: dict[str, str]) -> bool:
    return all(str(actual[key]).lower() == value.lower() for key, value in wanted.items())


def _article(seen: Observed, rest: str) -> bool:
    wanted = _fields(rest.split())[1]
    return any(
        _matches(
            {
                "place": a.place,
                "dateline": a.dateline_rule,
                "date": a.date,
                "source": a.date_source,
                "rule": a.date_rule,
                "title": a.title,
            },
            wanted,
        )
        for a in seen.doc.articles
    )


def _date(seen: Observed, rest: str) -> bool:
    times = resolve_times(extract_times(seen.doc.text), REFERENCE)
    if not times:
        return False
    t = times[0]
    value = (t.value or "none") + (f"/{t.value_end}" if t.value_end else "")
    return value == rest


def _person(seen: Observed, rest: str) -> bool:
    (name,), wanted = _fields(rest.split())
    return any(
        p.name == name and _matches({"rule": e.rule}, wanted) for p in seen.corpus.people for e in p.provenance
    )


def _role(seen: Observed, rest: str) -> bool:
    (name, position), wanted = _fields(rest.split())
    return any(
        r.person == name
        and r.position == position
        and _matches({"date": r.date, "rule": r.provenance.rule}, wanted)
        for r in (*seen.corpus.roles, *seen.corpus.bare_titles)  # a bare title is a claim too, shown unscored
    )


def _succession(seen: Observed, rest: str) -> bool:
    position, before, after = rest.split()
    return any((s.position, s.before, s.after) == (position, before, after) for s in seen.corpus.successions)


def _event(seen: Observed, rest: str) -> bool:
    (title,), wanted = _fields(rest.split())
    return any(
        e.title == title
        and _matches(
            {"type": e.event_type, "date": e.date, "end": e.date_end, "place": e.place, "planned": e.planned},
            wanted,
        )
        for e in seen.corpus.events
    )


def _part(seen: Observed, rest: str) -> bool:
    name, relation, title = rest.split()
    return any(
        e.title == title and any(p.person == name and p.relation == relation for p in e.participants)
        for e in seen.corpus.events
    )


def _policy(seen: Observed, rest: str) -> bool:
    title, relation, document = rest.split()
    return any(
        e.title == title and any(p.title == document and p.relation == relation for p in e.policies)
        for e in seen.corpus.events
    )


def _sentences(seen: Observed, rest: str) -> bool:
    found = " || ".join(" | ".join(s.text.replace("\n", " / ") for s in a.sentences) for a in seen.doc.articles)
    return found == rest


CHECKS: dict[str, Callable[[Observed, str], bool]] = {
    "text": lambda seen, rest: seen.doc.text.replace("\n", " / ") == rest,
    "sentences": _sentences,
    "articles": lambda seen, rest: len(seen.doc.articles) == int(rest),
    "article": _article,
    "date": _date,
    "times": lambda seen, rest: len(extract_times(seen.doc.text)) == int(rest),
    "person": _person,
    "role": _role,
    "succession": _succession,
    "conflict": lambda seen, rest: any(c.what.startswith(rest + " ") for c in seen.corpus.conflicts),
    "place": lambda seen, rest: any(p == rest for a in seen.actors.articles for p, _, _ in a.places),
    "event": _event,
    "events": lambda seen, rest: len(seen.corpus.events) == int(rest),
    "part": _part,
    "policy": _policy,
    "unread": lambda seen, rest: any(rest in c.rules for c in seen.corpus.unread),
}


def check(fact: str, seen: Observed) -> bool:
    """Whether ``fact`` holds of what was observed (a step failure makes every fact fail)."""
    negated = fact.startswith("no ")
    predicate, _, rest = fact.removeprefix("no ").partition(" ")
    if predicate not in CHECKS:
        raise ValueError(f"unknown fact {predicate!r} in {fact!r}")
    if seen.failed:
        return False
    return CHECKS[predicate](seen, rest) != negated


def failures(example: Example) -> list[str]:
    """The facts of ``example`` that do not hold (empty when it holds)."""
    try:
        seen = observe(example.text)
    except Exception as error:  # a lexicon taken away may break a loader: the example does not hold
        return [f"raised {type(error).__name__}: {error}"]
    return [fact for fact in example.facts if not check(fact, seen)]


MODEL_FILES = ("events/event_heads.tsv", "events/event_model.tsv")  # the learned event layer's own files


@contextmanager
def model_on(empty_dir: Path) -> Iterator[None]:
    """The learned event layer switched on for the time being (it is packaged off: docs/decisions.md), so the
    examples of its own files show what it does when a user turns it on."""

    def on(wanted: str, lines: list[str]) -> list[str]:
        return [*lines, "@enabled\t1"] if wanted == "events/event_model.tsv" else lines

    with _read_as(on, empty_dir):
        yield


@contextmanager
def _read_as(change: Callable[[str, list[str]], list[str]], empty_dir: Path) -> Iterator[None]:
    """Every packaged lexicon file read through ``change(name, lines)`` for the time being (every cache keyed
    on the user folders is bypassed by registering an empty user folder)."""
    original = lexicons._raw_lines
    lexicons._raw_lines = lambda wanted: change(wanted, original(wanted))  # type: ignore[assignment]
    lexicons.set_user_dirs([empty_dir])
    try:
        yield
    finally:
        lexicons._raw_lines = original  # type: ignore[assignment]
        lexicons.set_user_dirs([])


@contextmanager
def without(name: str, empty_dir: Path) -> Iterator[None]:
    """The packaged lexicon file ``name`` read as empty, and the learned event layer off: its model lifts
    events the rules turn down, and would otherwise stand in for a rule file taken away (an example of
    happening.txt must show what happening.txt does, not what the model does without it)."""

    def emptied(wanted: str, lines: list[str]) -> list[str]:
        if wanted == name:
            return []
        return [*lines, "@enabled\t0"] if wanted == "events/event_model.tsv" else lines

    with _read_as(emptied, empty_dir):
        yield

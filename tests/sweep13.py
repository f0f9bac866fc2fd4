"""Helpers of the systematic sweep of issue 13's failure classes (tests/test_sweep13_*.py): one invented
document through the per-document pipeline, its facts as plain tuples a table can assert on."""

from __future__ import annotations

from dataclasses import dataclass

from lexicon_examples import observe
from ygraph.corpus import people
from ygraph.model import Source
from ygraph.pipeline import process_document

DAY = "2031-04-29"  # a Tuesday


@dataclass(frozen=True)
class Facts:
    events: set[tuple[str, str, str | None]]  # (title, type, date)
    roles: set[tuple[str, str]]  # (person, position)
    changes: set[tuple[str, str, str]]  # (person, position, change) of notices and careers
    parts: set[tuple[str, str]]  # (person, relation) in any event
    successions: set[tuple[str, str, str]]  # (position, before, after)
    people: set[str]
    places: set[str | None]


def facts(text: str, day: str | None = DAY) -> Facts:
    """The facts ygraph extracts from ``text`` published on ``day``."""
    got = process_document(Source("t.txt", text, "utf-8", user_date=day))
    found, _ = people.successions(list(got.roles))
    return Facts(
        events={(e.title, e.event_type, e.date) for e in got.events},
        roles={(r.person, r.position) for r in got.roles},
        changes={(r.person, r.position, r.change) for r in got.roles if r.change},
        parts={(p.person, p.relation) for e in got.events for p in e.participants},
        successions={(s.position, s.before, s.after) for s in found},
        people={p.name for p in got.people},
        places={e.place for e in got.events},
    )


def dates(text: str, day: str | None = DAY) -> set[str | None]:
    """The dates of the events of ``text``."""
    return {date for _, _, date in facts(text, day).events}


def _holds(f: Facts, expect: str) -> bool:  # noqa: PLR0911 - one branch per kind of expectation
    kind, *args = expect.split()
    if kind == "ev":  # ev TYPE DATE ("*" for any)
        return any(args[0] in ("*", t) and args[1] in ("*", str(d)) for _, t, d in f.events)
    if kind == "title":
        return any(title == args[0] for title, _, _ in f.events)
    if kind == "events":
        return len(f.events) == int(args[0])
    if kind == "role":
        return (args[0], args[1]) in f.roles
    if kind == "change":
        return (args[0], args[1], args[2]) in f.changes
    if kind == "part":
        return (args[0], args[1]) in f.parts
    if kind == "succ":
        return (args[0], args[1], args[2]) in f.successions
    if kind == "person":
        return args[0] in f.people
    if kind == "place":
        return args[0] in f.places
    if kind == "no":
        return not _holds(f, " ".join(args))
    raise ValueError(expect)


def failing(text: str, expects: str, day: str | None = DAY) -> list[str]:
    """The expectations (``;``-separated, see ``_holds``) that the facts of ``text`` do not meet."""
    f = facts(text, day)
    return [e.strip() for e in expects.split(";") if e.strip() and not _holds(f, e.strip())]


def traditional(text: str) -> str:
    """``text`` in Traditional script (OpenCC s2t): the same facts must come out."""
    import opencc

    return opencc.OpenCC("s2t").convert(text)


def in_script(text: str, script: str) -> str:
    """``text`` as printed in ``script`` ("simplified" or "traditional"), for tests parametrised on both."""
    return traditional(text) if script == "traditional" else text


# A wire service's dateline and five invented names, shared by the visit and trip tables (test_visit26, test_trips28).
WIRE = "江城日报 2031年3月20日 / "
SCRIPTS = ("simplified", "traditional")
INVENTED_NAMES = ("林晓峰", "柴思雨", "龚明远", "钱小禾", "宁可心")


def wired(text: str, script: str, wire: str = WIRE) -> str:
    """``text`` after the dateline (``wire``: a table's own dated one), in the table row's script."""
    return wire + (traditional(text) if script == "traditional" else text)


def simplified_name(name: str) -> str:
    """An invented name back in Simplified form, so one table row asserts both scripts."""
    return {traditional(n): n for n in INVENTED_NAMES}.get(name, name)


def titled_events(text: str) -> dict[str, tuple[str, str | None, set[tuple[str, str]]]]:
    """{title: (type, date, {(person, relation)})} of ``text`` built as a corpus, names in Simplified form."""
    return {
        e.title: (e.event_type, e.date, {(simplified_name(p.person), p.relation) for p in e.participants})
        for e in observe(text).corpus.events
    }

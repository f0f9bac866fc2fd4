"""openacts: the rite words printed as the predicate of what opens (某展览在某地开幕, 某文化周8日开幕:
``lexicons/zh/events/opening_acts.tsv``), read before the other steps of ``acts.act``.

Such a word tells an opening only where it ends its clause, with at most an ``aspect`` particle after it (某赛事
在某地开幕了，): followed by a noun it names something else (开幕词, 开幕以来, 开幕当天). When the sentence already
named an event before the word (某市人大会议在某地开幕; 某会议，8日在某地隆重开幕), the word is that event's own
opening, no second event (lane other29)."""

from __future__ import annotations

from .. import lexicons
from ..lexicons import cached
from ..model import Mention, Sentence
from . import actpeople
from . import eventrules as rules
from .draft import Context, Ref

_FILE = "events/opening_acts.tsv"
_NAME_SPAN = 12  # the characters before the clause read for the name of a gathering


@cached
def rite_words() -> frozenset[str]:
    """The act words of ``opening_acts.tsv``."""
    return frozenset(row[0] for row in lexicons.load_table(_FILE))


def screen(ctx: Context, word: str, refs: list[Ref], span: tuple[int, int, int, int]) -> tuple[bool, Ref | None]:
    """(decided, what the act is) for a rite word at ``start…end`` of the clause ``left…right``: not decided for
    another word; no act when a noun or an object follows it; the event the sentence named before it, if any."""
    if word not in rite_words():
        return False, None
    left, start, end, right = span
    text = ctx.doc.text
    if not _ends_clause(text, end, right) or _named_before(text[:left]) or _name_in(text[left:start]):
        return True, None  # 开幕词; 某会议，8日上午隆重开幕; 上午十时会议正式开幕: the name's own reading decides
    named = next((r for r in reversed(refs) if r.end <= start), None)
    if named is not None:  # 某会议在某地开幕; 某会议，8日上午在某地隆重开幕: the meeting's own opening
        return True, Ref(start, end, named.draft, True)
    return False, None


def undated(word: str, date: str | None) -> bool:
    """Whether a rite word's act found no date: left out, as the page may print the day with no year (11日开幕
    under a list heading of another calendar), and an undated copy of a dated rite finds nothing (lane other29:
    the one undated rite of the studied pool was such a copy)."""
    return word in rite_words() and date is None


def _named_before(before: str) -> bool:
    """Whether the clause before ends with the name of a gathering (a name trigger): the rite is its opening."""
    names = rules.compact(before[-_NAME_SPAN:]).rstrip(rules.CLAUSE_BREAKS)
    return names.endswith(_name_words())


@cached
def _name_words() -> tuple[str, ...]:
    """The name triggers (会议, 博览会 …), gathered once rather than over every trigger at each rite word."""
    return tuple(t.word for t in rules.triggers().values() if t.form == "name")


def _name_in(opening: str) -> bool:
    """Whether the clause before the word holds the name of a gathering that made no event (a bare noun after a
    clock time, a reference): the name rules turned it down, and its rite word tells nothing more."""
    return any(t.form == "name" for m in rules.trigger_pattern().finditer(opening) if (t := rules.triggers().get(m.group())))


def _ends_clause(text: str, end: int, right: int) -> bool:
    """Whether only an ``aspect`` particle (了) stands between the word and the end of its clause."""
    rest = rules.compact(text[end:right])
    return rest == "" or rest in rules.uses("aspect")


def same_rite(
    ctx: Context, sentence: Sentence, act: tuple[str, str, Mention | None], refs: list[Ref], span: tuple[int, int, int]
) -> Ref | None:
    """某园区正式动工，甲、乙共同为某楼奠基: an opening act (``act``: its word, type and actor) printing no day in its
    clause (``span``: the clause's start, the act's start and end), after an opening its sentence told (the last of
    ``refs``) or, when it told none, the opening being reported (the headline's), is that opening told again: its
    actor and co-actors attend it. None for any other act."""
    (word, event_type, actor), (left, start, end) = act, span
    # the opening being reported, from another sentence, only for a rite people perform (甲、乙共同为某楼奠基) in a
    # sentence that prints no day: 某新区正式设立 … 某工程开工建设 are openings of their own
    told = refs[-1].draft if refs else ctx.current if actor is not None else None
    if event_type != "opening" or told is None or told.event_type != "opening":
        return None
    if any(t.kind == "date" for t in ctx.times(left if refs else sentence.start, start if refs else sentence.end)):
        return None
    people = actpeople.joined_actors(ctx, actor, sentence, start) if actor is not None else []
    actpeople.add_people(ctx, sentence, told, [(p, "attended") for p in people], word)
    return Ref(start, end, told, True)

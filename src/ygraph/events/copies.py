"""copies: a numbered sitting printed without its holder (本次在某地召开的第二十次全体会议; 于某地召开的第十九次
会议上). The article named the holder once (某协调会第二十次全体会议将在某地召开); a later mention by the
ordinal alone is that body's sitting (``numbered_body``: events.py completes the name), and the sitting of the
same number is the one named before, planned or held (``told_sitting``: register.py joins it), so a session
announced and then described (本次召开的…) is one event."""

from __future__ import annotations

from dataclasses import replace

from ..model import Provenance
from . import eventrules as rules
from . import sittings
from .draft import Context, Draft, compared


def _ordinal_sitting(title: str) -> bool:
    """A name that is only an ordinal and a sitting word (第二十次全体会议, 第十九次会议)."""
    ordinal = rules.pattern("ordinal").match(rules.compact(title))
    return ordinal is not None and sittings.session(title)


def _numbered(sitting: str) -> str:
    """A sitting's name as its number and kind (第二十次全体会议 → 二十次全体会议)."""
    return rules.pattern("ordinal_mark").sub("", rules.compact(sitting))


def _holder(d: Draft) -> str:
    """The holder of a draft named by its holder and a numbered sitting (某协调会 + 第二十次全体会议), else ""."""
    part = sittings.sitting_part(d.title)
    if not part or rules.pattern("ordinal").match(part) is None:
        return ""
    holder = d.title[: -len(part)]
    return holder if len(holder) >= 2 else ""


def numbered_body(ctx: Context, title: str) -> str:
    """The body of an ordinal sitting printed alone: the holder of the article's sitting of that very name
    (told again), else, when the article reports no meeting held that the sitting could belong to
    (``sittings.parent_meeting``: 某会议，当天举行第四次全体会议), the body whose numbered sitting it named last;
    "" otherwise."""
    if not _ordinal_sitting(title):
        return ""
    named = [(d, h) for d in reversed(compared(ctx.drafts)) if (h := _holder(d))]
    told = next((h for d, h in named if _numbered(d.title[len(h) :]) == _numbered(title)), "")
    if told or sittings.parent_meeting(ctx) is not None:
        return told
    return named[0][1] if named else ""


def told_sitting(ctx: Context, draft: Draft) -> Draft | None:
    """The numbered sitting of the article that ``draft`` names again (same body, same number), planned or
    held, else None."""
    if not _holder(draft):
        return None
    return next(
        (d for d in compared(ctx.drafts) if d.key == draft.key and d.event_type == draft.event_type and _holder(d)),
        None,
    )


def parent_congress(ctx: Context, draft: Draft, prov: Provenance) -> None:
    """某届代表大会举行预备会议 (``preparatory`` sittings): the numbered congress the sitting prepares is an event
    of its own, named and not dated by its preparatory meeting (rule ``event:mentioned:<word>``)."""
    word = next((w for w in rules.uses("preparatory") if draft.title.endswith(w)), "")
    parent = draft.title[: -len(word)] if word else ""
    if len(parent) < 4 or not rules.pattern("numbered").search(parent):
        return
    if any(d.key == rules.title_key(parent) for d in compared(ctx.drafts)):
        return
    congress = Draft.undated(parent, draft.event_type, draft.start, draft.start + len(parent))
    congress.named_only = True
    congress.provenance.append(replace(prov, rule=f"event:mentioned:{word}"))
    ctx.drafts.append(congress)

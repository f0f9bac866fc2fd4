"""refusals: why the event steps refused an act word, typed — its actor or its date missing, or its meaning.

The act steps (``acts.act``) and the name steps (``events._named``) refuse a word for two kinds of reason. Some
refuse what the words *say*: a negation or a kind of work (``kind_list``), a history, what someone says
(``reports``), a plan, an act recalled or a habit, a quotation, an act modifying a noun, another's act
(``not_own``), a gathering named only as a reference. Others refuse only because the reading could not *place*
the act: no person acts (an organ did: 某委员会前往某市考察), no one is met (a call with no object), no date the
act's clause gives, a visit whose talks are not told. A word refused for its meaning is no event anywhere; a word
refused for its placing tells one where the page says nothing else (``ledeacts``: the lede's act when the page
reported nothing). docs/events.md, "Typed refusals and the lede's act"."""

from __future__ import annotations

from dataclasses import dataclass

from .draft import Context, Draft, Ref
from .monthonly import month_only
from .plandays import dateless, unplaced

# the guards and steps that refuse an act only for where it stands: its actor, its partner, its date unread
PLACING = frozenset({"no_date", "unheld", "unplaced", "month_only"})


@dataclass(frozen=True)
class Refusal:
    """Why a step refused an act word: the step (``screen``, ``screened``, ``modified``, ``blocked``, ``actor``,
    ``told``, ``dated``, ``named``, ``filtered``) and the guard that fired there (``quoted``, ``kind_list``,
    ``history``, ``reports``, ``plan``, ``recalled``, ``no_actor``, ``no_date`` …; the step's name when the
    guard has none)."""

    step: str
    guard: str

    @property
    def placing(self) -> bool:
        """Whether the word was refused only for its actor, partner or date, not for what its words say."""
        return self.guard in PLACING


def of_outcome(step: str, guards: list[str], out: Ref | None) -> Refusal:
    """The refusal of a step that decided on the word: the last soft guard that fired in it, or the step's own
    name; an act the step joined to another event (a Ref) is told there (``told``), never an event of its own."""
    if out is not None:
        return Refusal(step, "told")
    return Refusal(step, guards[-1] if guards else step)


def of_draft(ctx: Context, draft: Draft | None) -> Refusal | None:
    """Why an act or a name the steps drafted is no event of the article (``events.extract_events``'s filters),
    or None when nothing there refuses it."""
    if draft is None:
        return Refusal("named", "named")
    if draft.named_only or draft.passing:
        return Refusal("filtered", "named_only" if draft.named_only else "recalled")
    if dateless(ctx, draft) or draft.planned:
        return Refusal("filtered", "plan")
    if unplaced(ctx, draft):
        return Refusal("filtered", "unplaced")
    if month_only(ctx, draft):
        return Refusal("filtered", "month_only")
    return None

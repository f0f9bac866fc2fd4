"""ceremonyparties: the parties of a signing told inside a visit's sentence, for ``participants.py``.

A visiting leader signs in a clause with no subject of its own (甲率团访问某地，与乙签署某协定: ``signs`` verb, its
clause opened by a ``partner`` word): the subject of the sentence's previous verb signs too. A witness or an
observer (``witnesses``: 出席见证, 在场观礼) told after a signing in a visit's sentence attends the signing, not
the trip the sentence reports (某某赴某地出席见证).
"""

from __future__ import annotations

from ..model import Mention, Sentence
from . import eventrules as rules
from .draft import Draft, Ref

_TRIPS = ("visit", "inspection")  # the events a witness's clause may point to that are no ceremony
_CEREMONIES = ("signing", "other", "opening")


def co_signers(
    text: str, verb: str, people: list[Mention], subject: list[Mention], start: int, lo: int
) -> list[Mention]:
    """``people`` of a ``signs`` verb, with ``subject`` first when the verb's clause opens with a partner word
    (…访问，与乙签署): the clause has no subject of its own."""
    if verb not in rules.uses("signs") or not subject:
        return people
    left, _ = rules.clause_bounds(text, start, start, lo, start)
    joined = next(
        (w for w in rules.uses("same_subject") if text.startswith(w, left)), ""
    )  # …访问，并与乙签署
    if left <= lo or not text.startswith(rules.uses("partner"), left + len(joined)):
        return people
    return subject + [p for p in people if p not in subject]


def witnessed(
    text: str, sentence: Sentence, refs: list[Ref], span: tuple[int, int], target: Draft | None
) -> Draft | None:
    """The signing a witness or observer at ``span`` (出席见证, 观礼) attends: the latest ceremony named before it
    in its sentence when ``target`` is a trip; else ``target``."""
    start, end = span
    words = rules.uses("witnesses")
    if (
        target is None
        or target.event_type not in _TRIPS
        or not (text.startswith(words, start) or text.startswith(words, end))
    ):
        return target
    told = [
        r.draft
        for r in refs
        if sentence.start <= r.start and r.end <= start and r.draft.event_type in _CEREMONIES
    ]
    return told[-1] if told else target

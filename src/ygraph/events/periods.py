"""periods: a named event that only sets the time of another act — 出席某会议期间会见某某, 来华出席某博览会前访问某地,
某两会在京闭幕后，某某主持会议 — is a reference, not a report of it (docs/gold-conventions.md A1: X期间 is a
reference even when X carries a date; A8: the talks around it are the acts). Read by ``framed.frame`` (prec29).

Two shapes, both with the rows of ``events/reference_frames.tsv``:
- a ``period`` word right after the name (前, 后, 前夕), not the start of a longer word of ``period_not``
  (前往, 前来, 后续 …), with an ``attending`` word (出席, 参加) before the name in its clause: the event is the
  purpose of someone's trip, told to date another act (来华出席某博览会前访问某地);
- a clause that opens with the name and ends, a few words later, with a ``period_end`` word, the event's end and
  after (某会议在某地闭幕后，): the event is over, the act that follows is another — unless the clause prints the
  close's own day (某会议3月15日闭幕后: narrated with its date, A1's exception, an event). An opening (某大会开幕前，) is
  left alone: the page's own event and its side acts (A8).
The article's own event of that name stays its own (``framed.named`` refers to it)."""

from __future__ import annotations

from ..punctuation import CLAUSE_BREAKS
from .draft import Context

_CLAUSE_TAIL = 14  # at most this many characters between the name and the period word closing its clause


def _period(words: tuple[str, ...], not_words: tuple[str, ...], text: str, at: int) -> str:
    """The period word printed at ``at``, unless a longer word of ``not_words`` starts there."""
    if any(text.startswith(w, at) for w in not_words):
        return ""
    return next((w for w in words if text.startswith(w, at)), "")


def period_after(ctx: Context, span: tuple[int, int, int, int], rows: dict[str, tuple[str, ...]]) -> str:
    """The ``period`` or ``period_end`` row (``rows`` by use) that makes the name at ``span`` (left, name_start,
    end, right) a time frame, else ""."""
    left, name_start, end, right = span
    text = ctx.doc.text
    attends = any(w in text[left:name_start] for w in rows["attending"])  # 来华出席某会前: someone's purpose
    if attends and (word := _period(rows["period"], rows["period_not"], text, end)):
        return word
    words = rows["period_end"]
    stop = next((i for i in range(end, min(right + 1, len(text), end + _CLAUSE_TAIL + 3)) if text[i] in CLAUSE_BREAKS), -1)
    if stop < 0 or ctx.people(end, stop) or text[left:name_start].strip(" \u3000"):
        return ""  # the clause must open with the name and name nobody after it
    if ctx.times(end, stop):
        return ""  # 某会议3月15日闭幕后: the close narrated with its own day (A1's exception), an event
    return next((w for w in words if text.endswith(w, end, stop)), "")

"""hosted: an occasion printed as given by its hosts (由甲和乙所设的某餐叙, 甲主办的某酒会) is titled by them, as a
reader names it (甲、乙设某餐叙), for ``events.py``. Pattern: ``patterns.tsv`` host_given (event23); a body that
holds an occasion named by its noun alone (在某办举办的发布会上): ``body_given`` (session 34)."""

from __future__ import annotations

from ..punctuation import LIST_MARK
from . import eventrules as rules
from .draft import Context
from .groups import without_times

HOSTED_TYPES = ("other",)  # banquets, receptions: a forum or a meeting keeps its printed name


def occasion_title(ctx: Context, title: str, event_type: str, span: tuple[int, int]) -> str:
    """``title`` opened by the people who give the occasion when the words right before its name say they give it
    (所设的, 主办的); ``title`` itself when no person stands before those words in the clause."""
    left, name_start = span
    if event_type not in HOSTED_TYPES:
        return title
    before = rules.compact(ctx.doc.text[left:name_start])
    given = rules.pattern("host_given").search(before)
    hosts = _hosts(ctx, ctx.doc.text[left:name_start])
    if given is not None and not given.group("verb"):  # 出席甲的晚宴: the word alone, the name right before 的
        hosts = [h for h in hosts if before.endswith(h + given.group())] if not title else []  # 甲的就职仪式: 甲's own
    if given is None or not hosts:
        return title
    return LIST_MARK.join(hosts) + given.group("verb") + title


def _hosts(ctx: Context, span: str) -> list[str]:
    """The people the document established whose names the words before the occasion print, in their order (a
    name printed before its post, 某某市长, is no person mention there, yet a host)."""
    found = {name: span.find(name) for name in {p.text for p in ctx.persons}}
    return sorted((name for name, at in found.items() if at >= 0), key=lambda name: found[name])


def body_host(ctx: Context, left: int, start: int) -> str:
    """在某办举办的发布会上: the body printed after 在 that holds an occasion named by its noun alone (``body_given``,
    dates left out), which names it; "" when none or a person stands there."""
    m = rules.pattern("body_given").search(rules.compact(without_times(ctx, left, ctx.doc.text[left:start])))
    if m is None or any(p.text in m.group("body") for p in ctx.people(left, start)):
        return ""
    return m.group("body")

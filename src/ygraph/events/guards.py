"""guards: places where a trigger word is no event — page furniture lines, quotations and titles,
anniversaries — for ``events.py``."""

from __future__ import annotations

from ..punctuation import COLONS, COMMAS, QUOTE_CLOSE, QUOTE_OPEN, SPACES, TITLE_CLOSE, TITLE_OPEN
from . import eventrules as rules

_FIELD_BREAKS = SPACES + COLONS  # what separates the fields of a furniture line (来源：某网 发布时间：…)


def anniversary(text: str, end: int) -> bool:
    """Whether an anniversary (30周年, patterns.tsv) follows the trigger ending at ``end`` (成立30周年)."""
    return bool(rules.pattern("anniversary").match(text, end))


def caption(text: str, floor: int, end: int) -> bool:
    """Whether the sentence ``text[floor:end]`` is a photo caption (a name followed by (右), (左二)): the act
    it shows is reported by the article's own sentences, dated there."""
    return rules.caption_marker().search(text, floor, end) is not None


def quoted(text: str, floor: int, at: int) -> bool:
    """Whether ``at`` lies inside “…” or 《…》 opened earlier in its sentence."""
    before = text[floor:at]
    quote = before.count(QUOTE_OPEN) > before.count(QUOTE_CLOSE)
    return quote or before.count(TITLE_OPEN) > before.count(TITLE_CLOSE)


def titled(text: str, floor: int, at: int) -> bool:
    """Whether ``at`` lies inside 《…》 opened earlier in its sentence (a document's title names events)."""
    before = text[floor:at]
    return before.count(TITLE_OPEN) > before.count(TITLE_CLOSE)


def furniture(text: str, floor: int, left: int, right: int) -> bool:
    """Whether the clause ``[left, right)`` or the two fields before it, when they are separated by spaces
    or colons rather than commas, hold a furniture word (来源：, 发布时间, 责任编辑)."""
    for _ in range(2):
        if left <= floor or text[left - 1] not in _FIELD_BREAKS:
            break
        left = floor + rules.clause_bounds(text[floor : left - 1], left - 1 - floor, left - 1 - floor)[0]
    return any(w in text[max(left - 1, floor) : right] for w in rules.uses("furniture"))


def later_tour(text: str, end: int, right: int) -> bool:
    """Whether a tour word follows a motion in its clause (某代表团赴某市考察调研): the tour names the visit."""
    m = rules.trigger_pattern().search(text, end, right)
    return m is not None and rules.triggers()[m.group()].event_type in ("inspection", "visit")


def news_only(text: str, end: int) -> bool:
    """Whether a release verb only releases news (某报头版发布消息): a report, not a document released."""
    return any(text.startswith(w, end) for w in rules.uses("news"))


def opinion(text: str, start: int, at: int) -> bool:
    """Whether the sentence opening at ``start`` states the meeting's view (会议指出，…) before ``at``: a speech
    it names (某某所作的工作报告) is one it discusses, not one given at it."""
    opening = rules.compact(text[start:at])
    word = next((w for w in rules.uses("opinion") if opening.startswith(w)), "")
    return bool(word) and opening[len(word) : len(word) + 1] in tuple(COMMAS)

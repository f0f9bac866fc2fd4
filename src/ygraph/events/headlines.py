"""headlines: a headline's event and the body's dated report of it are one event, with the body's date,
place and participants (issue 13, fourth session: class (m) of the realheld4 analysis). Predicates only;
``register`` and ``dating`` act on them."""

from __future__ import annotations

from ..model import TimeExpr
from ..punctuation import ASIDE
from . import eventrules as rules
from . import sittings, titlematch
from .draft import Context, Draft


def opens_sentence(ctx: Context, left: int, start: int) -> bool:
    """Whether the name at ``start`` is the subject of its sentence: it opens its clause (``sittings.opens_clause``:
    nothing but times or its hosts before it) or only a clause describing it comes first (``described_subject``)."""
    if sittings.opens_clause(ctx, left, start):
        return True
    return described_subject(sittings.without_times_between(ctx, left, start))


def described_subject(prefix: str) -> bool:
    """由甲会和乙省共同主办的第三届某论坛，29日在某地开幕 / 以“合作”为主题的某论坛… / 为期两天的某论坛…: a name
    led only by a clause describing how it is organised (ending with a ``described_by`` word, or a bare
    ``attributive`` particle once its time words are left out) is still the subject of its sentence — the rest
    of the sentence tells when and where it opened. Never a possessive (党的某全会) and never when a word of
    taking part or holding is in that clause (出席由…主办的某论坛: the name is that verb's object)."""
    bare = rules.compact(prefix)
    if not (bare.endswith(rules.uses("described_by")) or bare in rules.uses("attributive")):
        return False
    verbs = (*rules.happening().before, *rules.participation_verbs())
    return not any(w in bare for w in verbs)


def named_part(title: str, other: str) -> bool:
    """第四届某论坛——某某精英论坛 and the headline's 某论坛: a name printed with a subtitle after a dash is
    the event a headline names by one of its parts (the part ends with the headline's name)."""
    short, long = sorted((title, other), key=len)
    key = rules.title_key(short)
    if ASIDE not in long or len(key) < 4:
        return False
    return any(rules.title_key(part).endswith(key) for part in long.split(ASIDE) if part)


def beyond_page(expr: TimeExpr, draft: Draft, page: str | None) -> bool:
    """《某纲要》公布 2035年某地生态环境根本好转: a date printed after an act and later than the page is a
    target the headline goes on to state, never the act's date (an act reported as done is done by then)."""
    if expr.kind != "date" or not expr.value or not page or expr.start < draft.end:
        return False
    n = min(len(expr.value), len(page))
    return expr.value[:n] > page[:n]


def same_parties(key: str, other: str) -> bool:
    """Two signings of one article between the same sides (甲市与乙区正式签约 / 甲市与某省乙区人民政府签署协议):
    the same first side before a ``partner`` word, and the second side's start printed in the other's."""
    for word in rules.uses("partner"):
        first, sep, second = key.partition(word)
        first_other, sep_other, second_other = other.partition(word)
        sides = bool(sep and sep_other) and len(first) >= 2 and first == first_other
        sides = sides and min(len(second), len(second_other)) >= 2
        if sides and (second[:2] in second_other or second_other[:2] in second):
            return True
    return False


def for_sides(key: str) -> bool:
    """甲与乙分别代表双方签署协议: a signing told by its signatories, who sign for the sides of the signing the
    article reports that day (``for_sides`` words), never a signing of their own."""
    return any(w in key for w in rules.uses("for_sides"))


def headline_act(drafts: list[Draft], draft: Draft) -> Draft | None:
    """The headline's act the body retells without a day of its own (甲市与乙区签署合作协议 in the headline; 会上，
    甲市与某省乙区签署了合作协议 in the body): the headline's draft of that type, dated only by the page, that
    names the same sides or nearly the same words."""
    for d in drafts:
        if not (d.headline and d.event_type == draft.event_type and d.date_source == "article" and not d.planned):
            continue
        if same_parties(draft.key, d.key) or titlematch.headline_repeats(draft.key, d.key):
            return d
    return None


def unnumbered_sitting(key: str, other: str) -> bool:
    """某政府全体会议 in a headline and 某政府第八次全体会议 in the body: the headline names the body's sitting
    without its number (same holder, same sitting word), not another sitting of the body."""
    short, long = sorted((sittings.sitting_part(key), sittings.sitting_part(other)), key=len)
    if not short or short == long or not long.endswith(short):
        return False
    holders = {k[: -len(sittings.sitting_part(k))] for k in (key, other)}
    return len(holders) == 1


SHORT_NAME = (3, 6)  # the length of an abbreviated name (兰洽会, 江海博览会) a report prints for a long one


def abbreviation(title: str, other: str) -> bool:
    """第二十八届江海投资贸易洽谈会 / 第二十八届江洽会开幕式暨某论坛: the same edition, and one name opens with an
    abbreviation of the other (its characters picked in order, the last one the same: 江洽会 in 江海投资贸易洽谈会)."""
    edition = rules.edition(title)
    if not edition or edition != rules.edition(other):
        return False
    a, b = rules.title_key(title), rules.title_key(other)
    return _opens_with_short(a, b) or _opens_with_short(b, a)


def _opens_with_short(key: str, long: str) -> bool:
    low, high = SHORT_NAME
    for n in range(low, min(high, len(long) - 1) + 1):
        short = key[:n]
        if len(short) == n and short[-1] == long[-1] and not long.startswith(short) and _picked(short, long):
            return True
    return False


def _picked(short: str, long: str) -> bool:
    """Whether ``short``'s characters appear in ``long`` in order (an abbreviation picks them so)."""
    chars = iter(long)
    return all(c in chars for c in short)

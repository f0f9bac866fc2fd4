"""appointed: ``<name>(同志)任<position chain>。`` — a post printed after its holder and an appointment verb
(appointment news: 某某任某市副市长); the rule id names the verb (``appointed:任``)."""

from __future__ import annotations

import re

from .. import scan
from ..lexicons import alternation, cached
from ..punctuation import CLAUSE_BREAKS, LINE_BREAK, LIST_MARK, SEMICOLONS, SENTENCE_ENDS
from .actorlex import PUNCT, plausible_name, titles, uses, words
from .chains import chain_before
from .personrules import Found, address_words
from .placecontext import ContextPlaces
from .printedplaces import sentence_places

_SENTENCE_END = SENTENCE_ENDS + SEMICOLONS + LINE_BREAK


@cached
def _appointment_pattern() -> re.Pattern[str]:
    verbs = alternation(words("appointment_verbs.txt"))
    breaks = re.escape(CLAUSE_BREAKS)
    return re.compile(
        rf"(?:(?<=[{re.escape(''.join(sorted(PUNCT)))}])|^)([\u4e00-\u9fff·]{{2,8}}?)(?:{address_words()})?"
        rf"(?P<tense>{alternation(uses('tense_before_verb'))})?(?P<verb>{verbs})(?P<post>[^{breaks}\s]{{2,60}}?)"
        rf"(?=[{breaks}\n]|$|(?:{alternation(uses('post_then_act'))})[\u4e00-\u9fff])"
    )


def appointed(text: str, places: ContextPlaces) -> list[Found]:
    """``<name>(同志)任<position chain>。``: the position follows the name (appointment news); the rule
    names the verb (``appointed:任``)."""
    found = []
    places = places.copy()
    for m in scan.finditer(_appointment_pattern(), text):
        name = m.group(1)
        cut = max((name.rfind(w) + len(w) for w in uses("list_opening") if w in name), default=0)
        # 副省长甲担任…: the name after its title (a one-character 任 is the notices' own: notice_title_take, 任免)
        cut = cut if plausible_name(name[cut:]) or len(m.group("verb")) < 2 else _after_title(name, cut)
        name = name[cut:]  # 分别是某·某某当选…: the words before a list are no part of the name
        if not plausible_name(name) or (m.group("tense") or "") in uses("plan_only"):
            continue  # 甲拟任某职: a post proposed, not held
        start = max(text.rfind(c, 0, m.start(1)) for c in _SENTENCE_END) + 1
        a, b = m.span("post")
        chain = chain_before(text, b, a, sentence_places(text, start, a, places))
        if chain and chain[0].start == a:
            honour = text.startswith(uses("honour_lead"), a)  # 当选优秀政协委员: an honour, no post
            rule, post = f"appointed:{m.group('verb')}", () if honour else chain
            found.extend(Found(text[i:j], i, j, rule, post) for i, j in _listed_before(text, m.start(1) + cut))
            found.append(Found(name, m.start(1) + cut, m.end(1), rule, post))
    return found


_LONGEST_NAME = 8


def _after_title(words: str, cut: int) -> int:
    """Where a name of two or three characters starts after a title the words open with (副省长甲乙担任某职: 甲乙),
    or ``cut`` itself when the words end with no such name."""
    for size in (3, 2):
        at = len(words) - size
        if at > cut and any(words.endswith(head, cut, at) for head in titles()) and plausible_name(words[at:]):
            return at
    return cut


def _listed_before(text: str, start: int) -> list[tuple[int, int]]:
    """甲、乙、丙担任某职: the names listed by 、 before the one the verb follows (``start``), in printed order;
    the list ends at a chunk no name reads (会议由甲、乙担任…: 会议由甲 is no name, nor is what comes before it)."""
    out: list[tuple[int, int]] = []
    while start > 1 and text[start - 1] == LIST_MARK:
        left = start - 1
        while left > 0 and start - 1 - left < _LONGEST_NAME and text[left - 1] not in PUNCT:
            left -= 1
        if (left > 0 and text[left - 1] not in PUNCT) or not plausible_name(text[left : start - 1]):
            break
        out.insert(0, (left, start - 1))
        start = left
    return out

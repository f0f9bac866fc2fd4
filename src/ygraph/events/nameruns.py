"""nameruns: where the printed name of one event word goes on into the next one's (博览会开幕式, 某会议举行第三次全体
会议), so that the first word names no event of its own, for ``events.py``."""

from __future__ import annotations

import re

from ..model import Sentence
from ..punctuation import CLAUSE_BREAKS, LIST_MARK
from . import abbreviated, namewalk, sittings
from . import eventrules as rules
from .draft import Context, clause


def runs_on(ctx: Context, sentence: Sentence, matches: list[re.Match[str]], k: int) -> bool:
    """Whether the event word ``matches[k]`` (a name) is part of the name at the next one: the next name reaches
    back over it (博览会开幕式), holds it as its sitting's holder (某会议举行第三次全体会议), or it opens a list of names
    joined by 、 whose last one runs on into an event about them (甲博会、乙博会新闻发布会), not into a part of itself
    (甲座谈会、乙论坛开幕式: two events)."""
    text = ctx.doc.text
    for j in range(k, len(matches) - 1):
        following = _following(matches, j)
        if following is None:
            return False
        start, end = sentence.start + matches[j].start(), sentence.start + matches[j].end()
        nxt = sentence.start + matches[j + 1].start()
        if j == k and (_runs_on(ctx, sentence, start, nxt) or _holds(ctx, sentence, end, nxt)):
            return True
        if j > k and following.word not in rules.uses("meeting_part") and _runs_on(ctx, sentence, start, nxt):
            return True  # 甲博会、乙博会新闻发布会; never 甲座谈会、乙论坛开幕式 (two events, the second's rite)
        between = text[end:nxt]
        if not between.startswith(LIST_MARK) or any(c in CLAUSE_BREAKS for c in between):
            return False  # only a list of names (甲会、乙会) goes on to the name after it
    return False


def _following(matches: list[re.Match[str]], j: int) -> rules.Trigger | None:
    """The next event word when it is a name (a head of its own, 某论坛暨某典礼, never runs on)."""
    following = abbreviated.trigger(matches[j + 1].group())
    if following.form != "name" or rules.head_only(following.word):
        return None
    return following


def _holds(ctx: Context, sentence: Sentence, end: int, following: int) -> bool:
    """Whether the name ending at ``end`` holds the sitting named at the next trigger (…举行第三次全体会议)."""
    left, _ = clause(sentence, following, following + 1)
    if left > end:
        return False
    text = ctx.doc.text
    walked = namewalk.name_start(text, following, left, ctx.blocked_in(left, following))
    following_end = rules.trigger_pattern().match(text, following)
    name = text[walked : following_end.end()] if following_end else ""
    return sittings.session(name) and bool(sittings.holder(ctx, left, walked))


def _runs_on(ctx: Context, sentence: Sentence, start: int, following: int) -> bool:
    """Whether the name ending at the next trigger (at ``following``) reaches back over this one."""
    left, _ = clause(sentence, following, following + 1)
    if left > start:
        return False
    this = rules.trigger_pattern().match(ctx.doc.text, start)
    if this is not None and ctx.doc.text.startswith(rules.uses("list_close"), this.end()):
        return False  # 甲研讨会等专题论坛: the list closes on 等, the kind after it names no event of its own
    return namewalk.name_start(ctx.doc.text, following, left, ctx.blocked_in(left, following)) <= start

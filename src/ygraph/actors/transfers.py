"""transfers: a piece of a post chain that prints a transfer is another item's post (甲调任某处处长、某场场长乙调任…:
乙's chain is 某场场长 alone), so a chain read back from a name stops before it — but for the post a relative clause
gives its holder (上月转任某司司长的甲: 甲 moved to it, ``moved_to``)."""

from __future__ import annotations

from ..lexicons import alternation
from ..punctuation import COMMAS, LIST_MARK, SENTENCE_ENDS
from .actorlex import longest_suffix_title, plausible_name, prefix_stop_words, uses

_NAME_LENGTHS = (2, 3, 4)


def moves(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` prints a transfer verb (``transfer_verb``: 调任, 升任), or a one-character one
    (``transfer_opening``: 调; never 调研员, 调解…) opening it or right after a titled name in it (甲调某区长、原某区长乙;
    某局副局长丙调某区长、原某区长乙)."""
    piece = text[a:b]
    if any(w in piece for w in uses("transfer_verb")):
        return True
    if _named_given(piece) > 0:
        return True  # 宣布甲任某省委书记、原书记乙: a name given its post opens the piece, another item's
    opens, not_opens = tuple(uses("transfer_opening")), tuple(uses("transfer_opening_not"))
    if not any(w in piece for w in opens):
        return False  # no opening verb printed: no position to try
    return any(
        piece.startswith(opens, k)
        and not piece.startswith(not_opens, k)
        and (k == 0 or any(k - n > 1 and longest_suffix_title(piece[: k - n]) for n in _NAME_LENGTHS))
        for k in range(len(piece))
    )


def one_transfer_source() -> str:
    """The one-character transfer verb of a notice (甲调某职), never one of the words that are no transfer
    (``transfer_opening_not``: 调研, 调解, the same list a chain piece's opening reads) nor a transfer naming no
    post after it (``transfer_away``: 调离, 调往)."""
    verbs = alternation(uses("transfer_opening"))
    words = [w for w in (*uses("transfer_opening_not"), *uses("transfer_away")) if w.startswith(uses("transfer_opening"))]
    rests = alternation([w[1:] for w in words])
    return f"(?:{verbs})(?!{rests})"


def moved_to(text: str, a: int, b: int, e: int) -> int:
    """Where the post a transfer verb gives starts in the piece ``text[a:b]`` ending the chain before ``e``, when a
    ``post_link`` word (的) follows it (转任某司司长的甲: the name after it holds that post now); -1 else."""
    if b == e and (given := _named_given(text[a:b])) > 0:
        return a + given  # 甲任某省委书记 read back from its end: the post given
    if b != e or not text.startswith(uses("post_link"), e):
        return -1
    ends = [k + len(w) for w in uses("transfer_verb") if (k := text.rfind(w, a, b)) >= 0]
    return max(ends) if ends and longest_suffix_title(text[max(ends) : b]) else -1


def _named_given(piece: str) -> int:
    """Where the post starts after a name of two or three characters and a ``named_appointment`` verb opening
    ``piece`` (甲任某省委书记) with a post after it, or -1."""
    if piece.startswith(uses("former")):
        return -1  # 原某职: a former marker opens a post, no name
    for n in (2, 3):
        verb = next((w for w in uses("named_appointment") if piece.startswith(w, n)), "")
        if piece.startswith(uses("named_appointment_not"), n - 1):
            continue  # 简任技正: a grade (简任), no name 简 given a post
        if verb and plausible_name(piece[:n]) and longest_suffix_title(piece[n + len(verb) :]):
            return n + len(verb)  # never the end of a title (某办主任: no name 某办主 given 任)
    return -1


def named_item_before(text: str, i: int) -> bool:
    """The list item ending right before ``text[i]`` (a list mark) gives a post to a name printed right after a
    stop word or at the item's start (宣布甲任某省委书记、…), so a former holder after the mark held that post."""
    start = max(text.rfind(c, 0, i) for c in (*COMMAS, *SENTENCE_ENDS, LIST_MARK)) + 1
    item, stops = text[start:i], prefix_stop_words()
    return any(_named_given(item[p:]) > 0 and (p == 0 or item.endswith(stops, 0, p)) for p in range(len(item)))

"""glued: a name read across the start of the next word (甲乙留|任, 某知事曾|担任, 某某齐聚): the words of
``name_glue.txt`` never straddle the end of a name. A finding whose name holds the start of one of them that
runs to the name's end or past it, or whose name is one of them, was cut in the wrong place: it is left out
with the posts it carries (no person 乙留, 曾担), whichever rule read it. So is a name cut across a notice's
agent phrase (word_uses.tsv agent_mark: 某职由|已退休的…, 甲乙由|副市长升任)."""

from __future__ import annotations

from collections.abc import Iterable

from ..lexicons import cached
from .actorlex import longest_suffix_title, opens_with_title, plausible_name, uses, words
from .personrules import Found


@cached
def _glue_by_first() -> dict[str, tuple[str, ...]]:
    """The glue words by their first character (a finding is checked once per character of its name: only the
    words that can start there are tried)."""
    out: dict[str, list[str]] = {}
    for w in sorted(words("name_glue.txt"), key=len, reverse=True):
        out.setdefault(w[0], []).append(w)
    return {first: tuple(ws) for first, ws in out.items()}


def glued(text: str, start: int, end: int) -> bool:
    """The name ``text[start:end]`` is a listed word, or a listed word starts inside it and runs to its end or
    past it (甲乙留|任某职)."""
    if text[start:end] in words("name_glue.txt") or _agent_cut(text, start, end):
        return True
    by_first = _glue_by_first()
    return any(
        text.startswith(w, k) and k + len(w) >= end
        for k in range(start + 1, end)
        for w in by_first.get(text[k], ())
    )


def _agent_cut(text: str, start: int, end: int) -> bool:
    """A name ending in the agent preposition right before a post (甲乙由|副市长升任), or starting with it
    before a word that opens the holder's phrase (由|已退休的…, 由|原局长…) or before a surname and a title
    (由|邱代理市长): the preposition, no surname."""
    marks = uses("agent_mark")
    if text[end - 1] in marks and opens_with_title(text[end : end + 8]):
        return True
    if end - start == 2 and text[start] in marks and _titled(text, end):
        return True  # 由|邱代理市长: the preposition, then a surname and a title (an address form)
    if end - start == 4 and text[start] in marks and plausible_name(text[start + 1 : end]):
        return bool(longest_suffix_title(text[max(0, start - 8) : start]))  # 某局长由|甲乙丙(右一)接任
    return text[start] in marks and text.startswith(uses("agent_next"), start + 1)


def unglued(text: str, found: Iterable[Found]) -> list[Found]:
    """The findings whose names are no misreading across the next word."""
    return [f for f in found if f.end <= f.start or text[f.start : f.end] != f.name or not glued(text, f.start, f.end)]


def _titled(text: str, k: int) -> bool:
    """A title head, perhaps after a modifier of ``bare_modifier`` (代理市长), starts at ``k``."""
    word = next((w for w in uses("bare_modifier") if text.startswith(w, k)), "")
    return opens_with_title(text[k + len(word) : k + len(word) + 8])

"""contractions: a body's short spellings. ``contracts``: its contraction, the first character of each two-character
word of its full name (数位|发展部 → 数发部, 综合|发展处 → 综发处, 义勇|消防总队 → 义消总队): the short post is the full
one where both are printed (corpus/shortposts: for successions); a single word only where ``word_uses.tsv``
one_word_contraction lists it (警察|局 → 警局). ``shortens``: a short name keeping some of its characters in order
(corpus/shortnames: a notice's orphan leaver and taker)."""

from __future__ import annotations

from .actorlex import longest_suffix_title, uses

_WORD = 2  # the words a contraction keeps the first character of
_LEAST_WORDS = 2  # a contraction keeps two words' characters at least
_LEAST_SHORT = 2  # a short name keeps two characters at least (青行, 江城)


def contracts(short: str, long: str, head: str | None = None) -> bool:
    """``short`` is ``long`` with one run of two-character words printed by their first characters: the same
    title head, the same characters after the run, a place before it printed whole, shortened or not at all
    (数发部长 / 数位发展部长, 综发处处长 / 某县政府综合发展处处长, 某义消总队长 / 某市义勇消防总队长)."""
    head = longest_suffix_title(long) if head is None else head  # ``head``: the caller's, of ``long``
    if not head or not short.endswith(head):
        return False
    s, t = _once(short[: -len(head)], head), _once(long[: -len(head)], head)
    if len(s) >= len(t):
        return False
    while s and t and s[-1] == t[-1]:  # the organ's last character printed in both (处 of 某处处长)
        s, t = s[:-1], t[:-1]
    for n in range(1, len(t) // _WORD + 1):
        words = t[len(t) - n * _WORD :]
        if n < _LEAST_WORDS and words not in uses("one_word_contraction"):
            continue  # 警察局 / 警局: one word only where it is so printed (word_uses.tsv)
        kept = words[::_WORD]
        if not s.endswith(kept):
            continue
        place, lead = s[: -len(kept)], t[: len(t) - n * _WORD]
        if not place or (lead.startswith(place) and len(lead) - len(place) <= 1):
            return True
    return False


def _once(stem: str, head: str) -> str:
    """某局局长 → 某局: the organ's last character printed again as the head's first (某县警局局长 / 某县警局长)."""
    return stem[:-1] if len(head) > 1 and len(stem) > _WORD and stem.endswith(head[0]) else stem


def shortens(short: str, full: str) -> bool:
    """``short`` is a short name of the body ``full``: shorter, its characters in ``full`` in the same order, its
    last one ``full``'s last or the last before a dropped level or organisation noun (青行 / 临江青禾银行,
    青禾电气 / 青禾电气公司, 江城 / 江城市). Never ``short`` with words before it (署理某署, 前某部, 某市某局): a stand-in's post,
    a former one or a place's body is another post, not the body's short name."""
    if len(short) < _LEAST_SHORT or len(short) >= len(full) or full.endswith(short):
        return False
    rest = iter(full)
    if not all(ch in rest for ch in short):
        return False
    ends = {full[-1]}
    for word in (*uses("place_level"), *uses("org_noun")):
        if full.endswith(word) and len(full) > len(word):
            ends.add(full[-len(word) - 1])
    return short[-1] in ends

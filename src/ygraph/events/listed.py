"""listed: acts printed as a list (还举行了甲开通、乙启动、丙上线等仪式): each item is an act of its own, for
``eventparts`` and ``register.add_listed``. An act's subject starts after the last list mark before it when the item
before that mark ends with an act; items ending with a word of ``word_uses.tsv`` ``listed_act`` (启动: too
common to be a trigger on its own) are acts of the same kind and day as the act that closes the list."""

from __future__ import annotations

from ..lexicons import cached
from ..punctuation import LIST_MARK
from . import eventrules as rules


@cached
def _act_words() -> tuple[str, ...]:
    """The triggers of form act and the ``listed_act`` words, longest first."""
    words = {w for w, t in rules.triggers().items() if t.form == "act"} | set(rules.uses("listed_act"))
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def ends_act(item: str) -> str:
    """The act word an item ends with (a trigger of form act or a ``listed_act`` word), else ""."""
    return next((w for w in _act_words() if item.endswith(w)), "")


def item_start(text: str, head: int, start: int) -> int:
    """Where the act at ``start`` begins: after the last list mark of ``text[head:start]`` that closes an
    item ending with an act (甲开通、乙上线 → 乙上线), after a list opener (还举行了), else ``head``."""
    cut = text.rfind(LIST_MARK, head, start)
    if cut >= 0 and ends_act(rules.compact(text[head:cut])):
        return cut + 1
    opener = next((w for w in rules.uses("list_opener") if text.startswith(w, head)), "")
    return head + len(opener)


def parts(text: str, begin: int, end: int) -> list[tuple[int, str]]:
    out, at = [], begin
    while at < end:
        stop = text.find(LIST_MARK, at, end)
        stop = end if stop < 0 else stop
        out.append((at, rules.compact(text[at:stop])))
        at = stop + 1
    return out


_KIND_WORDS = 2  # the words a list's kind puts before its head (专题论坛, 系列活动)


def kind_of_list(title: str, word: str) -> bool:
    """甲研讨会等专题论坛: the name after the word closing a list (``list_close``) names the kind of its items, no
    event of its own."""
    closes = [title.rfind(w) + len(w) for w in rules.uses("list_close") if w in title]
    return bool(closes) and len(title) - max(closes) <= len(word) + _KIND_WORDS

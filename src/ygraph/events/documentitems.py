"""documentitems: the documents a policy verb takes that are printed without 《》 around their whole name
(通过了某委员会关于某事的决定、关于修改《某条例》的决定和某名单草案), for ``policylinks``.

A clause's items run from its first policy verb to its end, split only where an item has just ended in a
document's noun (``document_end``: 决定, 报告 …) — a 和 or 、 inside a name (关于甲和乙的决定) splits nothing. An item
is a document when it names what it is about (``about_lead``: 关于) or ends in a noun that alone names a document
(``document_end_alone``: 草案, 条例); an item wholly inside 《》 is ``policylinks.policies``' own."""

from __future__ import annotations

from dataclasses import dataclass

from ..punctuation import CLAUSE_BREAKS, LIST_MARK, OPENING_QUOTES, TITLE_CLOSE, TITLE_OPEN
from . import eventrules as rules

_LONGEST = 90  # the longest document name read without 《》 (a body, 关于, an object and the noun)
_SHORTEST = 6  # a document named by a noun alone (条例) needs a name before it
_LAW = 3  # a law's name (海商法) is shorter


@dataclass(frozen=True)
class DocumentItem:
    """One document a clause's policy verb takes: its name as printed, its span, the verb and the relation."""

    name: str
    start: int
    end: int
    verb: str
    relation: str


def document_items(text: str, start: int, end: int) -> list[DocumentItem]:
    """The documents printed without 《》 around them in ``text[start:end]`` (a sentence), clause by clause."""
    out: list[DocumentItem] = []
    for left, right in _clauses(text, start, end):
        verb = _first_verb(text, left, right)
        if verb is not None:
            out.extend(_items(text, verb, right))
    return out


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of ``text[start:end]``; a break inside 《》 ends none."""
    spans, left, depth = [], start, 0
    for at in range(start, end):
        char = text[at]
        depth += (char == TITLE_OPEN) - (char == TITLE_CLOSE and depth > 0)
        if char in CLAUSE_BREAKS and depth == 0:
            spans.append((left, at))
            left = at + 1
    spans.append((left, end))
    return [span for span in spans if span[1] > span[0]]


def _first_verb(text: str, left: int, right: int) -> tuple[int, str, str] | None:
    """The end of the clause's first policy verb (after its aspect particle), the verb and its relation."""
    found = [(at, -len(v), v, r) for v, r in rules.policy_verbs() if (at := text.find(v, left, right)) >= 0]
    if not found:
        return None
    at, _, verb, relation = min(found)
    return _past_aspect(text, at + len(verb)), verb, relation


def _past_aspect(text: str, at: int) -> int:
    """``at``, or after the aspect particle printed there (通过了)."""
    return at + len(next((w for w in rules.uses("aspect") if text.startswith(w, at)), ""))


def _items(text: str, verb: tuple[int, str, str], right: int) -> list[DocumentItem]:
    item_start, verb_word, relation = verb
    out, at, depth = [], item_start, 0
    while at < right:
        char, at = text[at], at + 1
        if char == TITLE_OPEN or (char == TITLE_CLOSE and depth > 0):
            depth += 1 if char == TITLE_OPEN else -1
            if not depth and text[item_start] == TITLE_OPEN and (after := _separator(text, at, right)) is not None:
                at = item_start = after  # 《甲》、关于乙的决定: the 《甲》 is policies()' own
            continue
        noun = "" if depth else next((w for w in rules.uses("document_end") if text.startswith(w, at - 1)), "")
        end = at - 1 + len(noun)
        end += len(next((m for m in rules.uses("draft_mark") if noun and text.startswith(m, end)), ""))
        after = _separator(text, end, right) if noun else None
        if after is None or _open_about(text, item_start, at - 1):  # no noun here, or 决定的有关事项: the name goes on
            continue
        item_start = _after_verbs(text, item_start, end)  # 、审议通过某决议: each item may print its own verb
        item_start = _quoted_name(text, item_start, end)
        name = rules.strip_start(rules.compact(text[item_start:end]), rules.uses("revision_lead"))  # 新修订的某某法
        if _is_document(name, noun):
            out.append(DocumentItem(name, item_start, end, verb_word, relation))
        at = item_start = after
    return out


def _after_verbs(text: str, start: int, end: int) -> int:
    """Where an item's name starts: after a policy verb (and its aspect) opening it, else at ``start``."""
    verb = next((v for v, _ in rules.policy_verbs() if text.startswith(v, start)), "")
    return _past_aspect(text, start + len(verb)) if verb else start


def _open_about(text: str, start: int, noun_at: int) -> bool:
    """An item opening with ``about_lead`` (关于) and no 的 before its noun yet (关于甲报告、乙报告的决议): what it is
    about is a list, the name goes on to the 的 and the noun closing it."""
    item = rules.compact(text[_after_verbs(text, start, noun_at) : noun_at])
    about = next((w for w in rules.uses("about_lead") if item.startswith(w)), "")
    return bool(about) and not any(w in item[len(about) :] for w in rules.uses("attributive"))


def _quoted_name(text: str, start: int, end: int) -> int:
    """Where a quoted name starts when an attributive phrase opens the item (某部拟具的“某条例”草案: the
    ``attributive`` 的 right before the quotation mark), else ``start``: the owner is no part of the name."""
    quote = min((at for q in OPENING_QUOTES if (at := text.find(q, start, end)) >= 0), default=-1)
    return quote if quote > start and text.endswith(rules.uses("attributive"), start, quote) else start


def _separator(text: str, end: int, right: int) -> int | None:
    """Where the next item starts when an item may end at ``end``: after a list mark, a joiner or 等; None when
    the words after ``end`` go on with the name."""
    if end >= right:
        return right
    for word in (LIST_MARK, *rules.uses("list_joiner"), *rules.uses("list_close")):
        if text.startswith(word, end):
            return end + len(word)
    return None


def _is_document(name: str, noun: str) -> bool:
    if len(name) > _LONGEST:
        return False
    if any(w in name for w in rules.uses("about_lead")):
        return True
    unnamed = name.startswith(rules.uses("unnamed_lead"))  # 有关法规草案: documents referred to, none named
    if noun in rules.uses("law_end"):  # 某某法, never 方法 or 执法
        return len(name) >= _LAW and not unnamed and not name.endswith(rules.uses("not_law"))
    return noun in rules.uses("document_end_alone") and len(name) >= _SHORTEST and not unnamed

"""policylinks: the policies an event adopts, signs or issues (《…》 after a policy verb: 审议并原则通过, 签署),
for ``events.py``."""

from __future__ import annotations

from ..model import PolicyLink, Sentence
from ..punctuation import (
    CLAUSE_BREAKS,
    CLOSING_BRACKETS,
    LIST_MARK,
    OPENING_BRACKETS,
    TITLE_CLOSE,
    TITLE_OPEN,
)
from . import eventrules as rules
from .documentitems import document_items
from .draft import Context, Draft, Ref


def policies(ctx: Context, sentence: Sentence, refs: list[Ref], before: Draft | None = None) -> None:
    """《…》 after a policy verb (审议并原则通过, 签署) belongs to the event the sentence is about."""
    text = ctx.doc.text
    last_end, last = -1, ("", "")
    for m in rules.POLICY.finditer(text, sentence.start, sentence.end):
        gap = rules.compact(text[last_end : m.start()]) if last_end >= 0 else None
        joined = gap is not None and (gap in ("", LIST_MARK, *rules.uses("list_joiner")) or _owner_after_mark(gap))
        verb, relation = last if joined else _policy_verb(text, sentence.start, m.start())
        verb, relation = ("", "") if not joined and _ahead(text, sentence.start, m.start(), verb) else (verb, relation)
        last_end, last = m.end(), (verb, relation)
        target = _named_later(ctx, refs, m.start(), before)
        if target is not None and target.planned:  # 通过《某草案》，决定提交某会议审议: the meeting told adopts it
            target = next((r.draft for r in reversed(refs) if r.start < m.start() and not r.draft.planned), before)
        if not relation or target is None or target.planned:
            continue
        name = _named_before(target, text, m.start(), rules.policy_title(m.group(1)))
        _link(ctx, sentence, target, (name, relation, verb), (m.start(), m.end()))
    _drafts(ctx, sentence)
    for item in document_items(text, sentence.start, sentence.end):  # 通过了某委员会关于某事的决定
        target = _named_later(ctx, refs, item.start, before)
        if target is not None and not target.planned:
            _link(ctx, sentence, target, (item.name, item.relation, item.verb), (item.start, item.end))


def _named_later(ctx: Context, refs: list[Ref], at: int, before: Draft | None) -> Draft | None:
    """The event a document printed at ``at`` belongs to: the sentence's latest, unless that event is named in a
    later clause (会议表决通过某报告，并举行宪法宣誓仪式: the meeting adopts it, not the rite), then the event
    named before the document, or the one before the sentence."""
    later = [r for r in refs if r.start > at and r.draft is ctx.current]
    text = ctx.doc.text
    if not later or not any(c in text[at : later[0].start] for c in CLAUSE_BREAKS):
        return ctx.current
    return next((r.draft for r in reversed(refs) if r.start < at), before)


def _link(
    ctx: Context, sentence: Sentence, target: Draft, read: tuple[str, str, str], span: tuple[int, int]
) -> None:
    (name, relation, verb), (start, end) = read, span
    prov = ctx.doc.provenance(ctx.article.index, sentence, start, end, f"policy:{verb}")
    if relation == "adopted":  # 审议《某清单》…原则同意该《清单》: adopted, no longer only reviewed
        for held in [p for p in target.policies if p[1] == "reviewed" and name in (p[0], _without_note(p[0]))]:
            target.policies.pop(held)  # 听取关于《某条例(草案)》的报告后，通过了《某条例》: its draft too
    if not any(p[0] == name for p in target.policies):
        target.policies[(name, relation)] = PolicyLink(name, relation, prov)


def _named_before(target: Draft, text: str, start: int, name: str) -> str:
    """The document a short title after a ``document_anaphor`` (原则同意该《清单》) stands for: the one title the event
    holds already that ends with it (its bracketed note aside: （送审稿）), else the title as printed."""
    if not rules.compact(text[max(0, start - 2) : start]).endswith(rules.uses("document_anaphor")):
        return name
    held = {p[0] for p in target.policies if _without_note(p[0]).endswith(name) and p[0] != name}
    return next(iter(held)) if len(held) == 1 else name


_ITEM = 60  # the longest document printed without 《》
_SHORT = 4  # a list item this short (日程, 有关名单) is a document of the body the item before it names
_NOUN = 2  # the document noun ending an item (议程, 名单, 报告)


def _drafts(ctx: Context, sentence: Sentence) -> None:
    """A document printed without 《》 but with a draft's mark after it (某议程(草案), 某报告(稿): ``draft_mark``), in a
    clause a policy verb opens (通过了某议程(草案)、日程(草案)): linked as a 《title》 there would be; the item starts
    after the verb, a list mark or a joiner, and a short item takes the body of the item before it (某会议日程(草案))."""
    text, target = ctx.doc.text, ctx.current
    if target is None or target.planned:
        return
    marks = sorted((at, mark) for mark in rules.uses("draft_mark") for at in _all(text, mark, sentence))
    body: tuple[int, str] = (-1, "")  # the clause and the body of the last item read
    for at, mark in marks:
        left = max(max(text.rfind(c, sentence.start, at) for c in CLAUSE_BREAKS) + 1, sentence.start)
        clause = text[left:at]
        found = next(((v, r) for v, r in rules.policy_verbs() if v in clause), None)
        if found is None or TITLE_OPEN in clause or TITLE_CLOSE in clause:
            continue
        head = max(clause.rfind(found[0]) + len(found[0]), *(clause.rfind(w) + len(w) for w in _item_marks()))
        printed = rules.strip_start(rules.compact(clause[head:]), rules.uses("aspect"))
        core = printed
        if len(core) <= _SHORT and body[0] == left:
            core = body[1] + core  # 某会议议程(草案)、日程(草案): 某会议日程(草案)
        elif len(core) > _SHORT:
            body = (left, core[:-_NOUN])
        if 2 <= len(core) <= _ITEM:
            _link(ctx, sentence, target, (core + mark, found[1], found[0]), (at - len(printed), at + len(mark)))


def _all(text: str, word: str, sentence: Sentence) -> list[int]:
    out, at = [], text.find(word, sentence.start, sentence.end)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + len(word), sentence.end)
    return out


def _item_marks() -> tuple[str, ...]:
    return (LIST_MARK, *rules.uses("list_joiner"))


def _policy_verb(text: str, floor: int, start: int) -> tuple[str, str]:
    """The policy verb (policy_verbs.tsv row) right before a 《title》 and its relation, ("", "") if none."""
    window = rules.strip_end(rules.compact(text[max(floor, start - 14) : start]), rules.uses("document_anaphor"))
    window = rules.strip_end(window, rules.uses("aspect"))  # 原则同意了该《清单》
    found = next(((verb, relation) for verb, relation in rules.policy_verbs() if window.endswith(verb)), ("", ""))
    if found[0]:
        return found
    return _before_owner(text, floor, start) or _heard_about(text, floor, start) or _before_modifier(text, floor, start)


def _ahead(text: str, floor: int, start: int, verb: str) -> bool:
    """The policy verb before a 《title》 told as still to come (开幕会还将表决通过《某办法(草案)》: a ``vote_ahead``
    word among the few characters before it in its clause): nothing adopted or reviewed yet."""
    clause = _clause_before(text, floor, start)
    at = clause.rfind(verb) if verb else -1
    near = clause[max(0, at - _AHEAD) : at] if at > 0 else ""  # 还将表决通过: 表决 between the plan and 通过
    return any(w in near for w in rules.uses("vote_ahead"))


_AHEAD = 4  # the characters read before the policy verb for a plan word


def _clause_before(text: str, floor: int, start: int) -> str:
    """The compact words of the clause before ``start`` (a 《title》), from its last clause break on."""
    left = max(floor, *(text.rfind(c, floor, start) + 1 for c in CLAUSE_BREAKS))
    return rules.compact(text[left:start])


def _heard_about(text: str, floor: int, start: int) -> tuple[str, str] | None:
    """听取了甲所作的关于《某条例(草案)》的说明: a report heard about a document printed right after ``about_lead``
    reviews it (the body hears it to review it); None when the clause before holds no ``hears`` word."""
    clause = _clause_before(text, floor, start)
    if not clause.endswith(rules.uses("about_lead")):
        return None
    heard = next((w for w in rules.uses("hears") if w in clause), "")
    return (heard, _REVIEWED) if heard else None


_REVIEWED = "reviewed"  # the relation of a document a report is heard about (gold-conventions C5)
_OWNER = 12  # the longest body printed between a policy verb and the 《title》 it submitted (审议了某局党组《…》)


def _owner(words: str) -> bool:
    """Whether ``words`` name a body a document comes from (``document_owner_end``: 某县政府党组, 某县妇联)."""
    return 2 <= len(words) <= _OWNER and words.endswith(rules.uses("document_owner_end"))


def _owner_after_mark(gap: str) -> bool:
    """、某县妇联 or 和某部 between two 《titles》: the second has the verb of the first."""
    mark = next((w for w in (LIST_MARK, *rules.uses("list_joiner")) if gap.startswith(w)), "")
    return bool(mark) and _owner(gap[len(mark) :])


def _before_owner(text: str, floor: int, start: int) -> tuple[str, str] | None:
    """审议了某县政府党组《某请示》: the verb before the body that submitted the document; None if none."""
    window = rules.compact(text[max(floor, start - _OWNER - 8) : start])
    for verb, relation in rules.policy_verbs():
        at = window.rfind(verb)
        body = rules.strip_start(window[at + len(verb) :], rules.uses("aspect")) if at >= 0 else ""
        if body and _owner(body) and not any(c in CLAUSE_BREAKS + TITLE_CLOSE for c in body):
            return verb, relation
    return None


_MODIFIER = 40  # the longest attributive phrase read between a policy verb and its 《title》


def _before_modifier(text: str, floor: int, start: int) -> tuple[str, str]:
    """讨论了即将提交某会议审议的《某报告》: the verb opening an attributive phrase (``attributive`` 的 before the 《)
    in the same clause is the one the document takes; ("", "") when the phrase is no such one."""
    wide = rules.compact(text[max(floor, start - _MODIFIER) : start])
    if not wide.endswith(rules.uses("attributive")):
        return "", ""
    for k in range(len(wide)):
        found = next(((v, r) for v, r in rules.policy_verbs() if wide.startswith(v, k)), None)
        phrase = rules.strip_start(wide[k + len(found[0]) :], rules.uses("aspect")) if found else ""
        if found and phrase and not any(c in CLAUSE_BREAKS for c in phrase):
            return found
    return "", ""


def _without_note(title: str) -> str:
    """A title without the bracketed note closing it (某清单（送审稿） → 某清单)."""
    if not title.endswith(tuple(CLOSING_BRACKETS)):
        return title
    return title[: max(title.rfind(b) for b in OPENING_BRACKETS)] if any(b in title for b in OPENING_BRACKETS) else title

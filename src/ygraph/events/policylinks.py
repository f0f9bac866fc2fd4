"""policylinks: the policies an event adopts, signs or issues (《…》 after a policy verb: 审议并原则通过, 签署),
for ``events.py``."""

from __future__ import annotations

from ..model import PolicyLink, Sentence
from ..punctuation import CLAUSE_BREAKS, LIST_MARK
from . import eventrules as rules
from .draft import Context, Draft, Ref


def policies(ctx: Context, sentence: Sentence, refs: list[Ref], before: Draft | None = None) -> None:
    """《…》 after a policy verb (审议并原则通过, 签署) belongs to the event the sentence is about."""
    text = ctx.doc.text
    last_end, last = -1, ("", "")
    for m in rules.POLICY.finditer(text, sentence.start, sentence.end):
        gap = rules.compact(text[last_end : m.start()]) if last_end >= 0 else None
        joined = gap is not None and (gap in ("", LIST_MARK) or gap in rules.uses("list_joiner"))
        verb, relation = last if joined else _policy_verb(text, sentence.start, m.start())
        last_end, last = m.end(), (verb, relation)
        target = ctx.current
        if target is not None and target.planned:  # 通过《某草案》，决定提交某会议审议: the meeting told adopts it
            target = next((r.draft for r in reversed(refs) if r.start < m.start() and not r.draft.planned), before)
        if not relation or target is None or target.planned:
            continue
        name = rules.policy_title(m.group(1))
        prov = ctx.doc.provenance(ctx.article.index, sentence, m.start(), m.end(), f"policy:{verb}")
        if not any(p[0] == name for p in target.policies):
            target.policies[(name, relation)] = PolicyLink(name, relation, prov)


def _policy_verb(text: str, floor: int, start: int) -> tuple[str, str]:
    """The policy verb (policy_verbs.tsv row) right before a 《title》 and its relation, ("", "") if none."""
    window = rules.strip_end(rules.compact(text[max(floor, start - 14) : start]), rules.uses("aspect"))
    found = next(((verb, relation) for verb, relation in rules.policy_verbs() if window.endswith(verb)), ("", ""))
    return found if found[0] else _before_modifier(text, floor, start)


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

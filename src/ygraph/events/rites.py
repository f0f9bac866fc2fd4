"""rites: the people who perform the rite a ceremony is named for take part in it, for ``events.py``.

A ceremony's name ends with a ``ceremony_noun`` (仪式, 典礼) and the word right before that noun is its rite:
宣誓典礼 → 宣誓, 揭牌仪式 → 揭牌, 交接典礼 → 交接, 签约仪式 → 签约. Anywhere in the article, the people named
right before that word in its clause (甲、乙等人完成宣誓; 甲与乙共同揭牌) or listed after it under a group noun
(宣誓人员包括甲、乙: ``listed_after``) perform the rite, so they attended the ceremony (docs/gold-conventions.md
C4: the parties of a ceremony). The rite is read from the ceremony's own title, never from a list of rites.
"""

from __future__ import annotations

from .. import lexicons
from ..model import Mention, Participation, Sentence
from ..punctuation import CLAUSE_BREAKS
from . import eventrules as rules
from .draft import Context, Draft

_FILE = "events/word_uses.tsv"
RITE_LENGTH = 2  # characters of the rite before the ceremony noun (宣誓典礼 → 宣誓)
_SUBJECT_REACH = 6  # characters at most between the last name and the rite (等人完成, 共同)


def perform(ctx: Context) -> None:
    """Tie the performers of each ceremony's rite, anywhere in the article, to that ceremony."""
    by_rite: dict[str, list[Draft]] = {}
    for draft in ctx.drafts:
        rite = _rite(draft)
        if rite:
            by_rite.setdefault(rite, []).append(draft)
    for rite, ceremonies in sorted(by_rite.items()):
        for sentence in ctx.article.sentences:
            for at in _rite_uses(ctx, sentence, rite):
                for person in _performers(ctx, sentence, at, at + len(rite)):
                    _link(ctx, sentence, _ceremony_at(ceremonies, at), person, rite)


def _rite(draft: Draft) -> str:
    """The rite of a ceremony reported (its title's word before a ``ceremony_noun``), else ""."""
    if draft.named_only or draft.passing:
        return ""
    noun = next((n for n in lexicons.word_uses(_FILE, "ceremony_noun") if draft.title.endswith(n)), "")
    rite = draft.title[: len(draft.title) - len(noun)][-RITE_LENGTH:] if noun else ""
    return rite if len(rite) == RITE_LENGTH and rite.isalpha() else ""


def _rite_uses(ctx: Context, sentence: Sentence, rite: str) -> list[int]:
    """Where the rite is printed as an act: not inside an event's name, not right before a ceremony noun."""
    text, found = ctx.doc.text, []
    nouns = lexicons.word_uses(_FILE, "ceremony_noun")
    at = text.find(rite, sentence.start, sentence.end)
    while at >= 0:
        after = at + len(rite)
        named = any(d.start <= at < d.end for d in ctx.drafts)
        if not named and not text.startswith(nouns, after):
            found.append(at)
        at = text.find(rite, after, sentence.end)
    return found


def _performers(ctx: Context, sentence: Sentence, start: int, end: int) -> list[Mention]:
    """The people named right before the rite in its clause, and those a group noun after it lists."""
    text = ctx.doc.text
    left, _ = rules.clause_bounds(text, start, end, sentence.start, sentence.end)
    before = ctx.people(left, start)
    gap = text[before[-1].end : start] if before else ""
    people = before if before and len(gap) <= _SUBJECT_REACH and not any(c in CLAUSE_BREAKS for c in gap) else []
    listed = rules.pattern("listed_after").match(text, end)  # 宣誓人员包括甲、乙
    if listed:
        people = people + ctx.people(listed.end(), sentence.end)
    return people


def _ceremony_at(ceremonies: list[Draft], at: int) -> Draft:
    """The ceremony named last before ``at``, else the first one named."""
    earlier = [d for d in ceremonies if d.start <= at]
    return earlier[-1] if earlier else ceremonies[0]


def _link(ctx: Context, sentence: Sentence, draft: Draft, person: Mention, rite: str) -> None:
    if any(name == person.text for name, _ in draft.participants):
        return
    rule = f"participation:rite:{rite}"
    prov = ctx.doc.provenance(ctx.article.index, sentence, person.start, person.end, rule)
    draft.participants[(person.text, "attended")] = Participation(person.text, "attended", prov)

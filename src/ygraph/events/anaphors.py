"""anaphors: a group referred back to by a word (上述人员依法进行宪法宣誓, 以上同志参加了会议): the people named in
the sentence before take part in the event of the act (``patterns.tsv`` group_act, rule
``participation:group_anaphor``), for ``events.extract_events``."""

from __future__ import annotations

from ..model import Participation, Sentence
from ..punctuation import SEMICOLONS
from . import eventrules as rules
from .draft import Context, Draft, Ref

_RULE = "participation:group_anaphor"


def referred_group(ctx: Context, index: int, sentence: Sentence, refs: list[Ref], before: Draft | None) -> None:
    """上述人员…宣誓: the people of the sentence before (and of this one before the words) attend the event the
    sentence reports (its own, else the one reported before it)."""
    m = rules.pattern("group_act").search(sentence.text)
    if m is None or index == 0:
        return
    target = refs[0].draft if refs else (before or ctx.current)
    if target is None or target.planned:
        return
    sentences = ctx.article.sentences
    first = index - 1
    while first > 0 and sentences[first - 1].text.rstrip()[-1:] in SEMICOLONS:
        first -= 1  # 任命甲为…；决定任命乙为…。上述人员…: the sentence before, with its parts before a semicolon
    people = [*ctx.people(sentences[first].start, sentence.start + m.start())]
    for person in people:
        home = sentence if person.start >= sentence.start else ctx.sentence_at(person.start)
        prov = ctx.doc.provenance(ctx.article.index, home, person.start, person.end, _RULE)
        target.participants.setdefault((person.text, "attended"), Participation(person.text, "attended", prov))

"""speeches: a person who gives a report or an explanation on a topic printed between the verb and its noun
(某某作关于…情况的报告, 某某就…的起草过程作一说明, 某某向大会作…的汇报), for ``participants.py``.

``patterns.tsv`` ``speech_topic`` is matched right after a person's name: the person spoke at the event named
after it in its clause, else at the event the sentence reports. An event named inside the topic (…出席某党代会
代表候选人的说明) is what the speech is about, never where it was given. ``report_named`` is read the same way: a
report under its title with no 题为 (作了《…》的报告) or named by its body (作某常委会工作报告, 发表…工作报告).
"""

from __future__ import annotations

import re

from .. import scan
from ..model import Mention, Sentence
from . import eventrules as rules
from . import partverbs
from .draft import Context, Draft, Ref
from .partverbs import GAP_MARK

ACT_RULE = "event:act:"  # the provenance of a draft made by an act's trigger word (acts.py)
PATTERNS = ("speech_topic", "report_named")  # patterns.tsv rows read right after a name; the row is the rule


def _speech(text: str, person: Mention, sentence: Sentence) -> tuple[re.Match[str] | None, str]:
    """The first ``PATTERNS`` row printed right after ``person`` in its sentence, and its name."""
    for name in PATTERNS:
        m = rules.pattern(name).match(text, person.end, sentence.end)
        if m is not None:
            return m, name
    return None, ""


def given(
    ctx: Context, sentence: Sentence, refs: list[Ref], before: Draft | None
) -> list[tuple[Mention, Draft, str]]:
    """(speaker, event, rule) of each ``speech_topic`` or ``report_named`` printed right after a person of
    ``sentence``; a topic opened by an ``each_speaks`` word (甲，乙，丙分别就…作说明) is given by every person
    listed before it too."""
    text, found = ctx.doc.text, []
    people = ctx.people(sentence.start, sentence.end)
    for person in people:
        m, name = _speech(text, person, sentence)
        if m is None:
            continue
        _, right = rules.clause_bounds(text, m.end(), m.end(), sentence.start, sentence.end)
        later = [r.draft for r in refs if m.end() <= r.start < right]
        target = _given_at(text, m, refs) or (later[0] if later else _reported(ctx, before))
        if target is not None and not target.planned:
            each = m.group().startswith(rules.uses("each_speaks"))
            listed = _listed_with(text, sentence, people, person) if each else _joined_before(text, people, person)
            found.extend((p, target, name) for p in [*listed, person] if (p, target, name) not in found)
    return found


def _given_at(text: str, m: re.Match[str], refs: list[Ref]) -> Draft | None:
    """The event printed inside the speech's own frame of place (``speech_place``: 甲在某会议开幕式上代表政府作工作
    报告): where it was given, never the event the article reports."""
    for frame in rules.uses("speech_place"):
        opening, _, closing = frame.partition(GAP_MARK)
        at = [r.draft for r in refs if m.start() <= r.start and r.end < m.end() and text.startswith(closing, r.end)]
        if at and text.find(opening, m.start(), m.end()) >= 0:
            return at[-1]
    return None


def _listed_with(text: str, sentence: Sentence, people: list[Mention], last: Mention) -> list[Mention]:
    """The people listed before ``last`` in its sentence: back to the sentence's start or the last participation
    verb or hearing word before them (会议由甲主持，乙、丙分别就…作说明: 甲 presided; 甲听取了乙、丙…: 甲 heard)."""
    lo = sentence.start
    for m in scan.finditer(partverbs.pattern(), text[sentence.start : last.start]):
        lo = sentence.start + m.end()
    for word in rules.uses("hears"):
        at = text.rfind(word, lo, last.start)
        lo = max(lo, at + len(word)) if at >= 0 else lo
    return [p for p in people if lo <= p.start and p.end <= last.start]


def _joined_before(text: str, people: list[Mention], last: Mention) -> list[Mention]:
    """The people listed right before ``last``, each joined to the next by one list mark (甲、乙就…作了发言): one
    subject that speaks together; a list broken by any other word stops there."""
    out: list[Mention] = []
    at = last
    for p in reversed([p for p in people if p.end <= last.start]):
        if text[p.end : at.start] not in rules.uses("name_list_joint"):
            break
        out.insert(0, p)
        at = p
    return out


def _reported(ctx: Context, before: Draft | None) -> Draft | None:
    """The event the sentence reports: ``before``, unless it was only named inside a speech's topic (某某作…出席
    某党代会代表候选人的说明): then the latest event told outside one."""
    topics = _topics(ctx)
    if before is None or not any(s <= before.start < e for s, e in topics):
        return before
    told = (d for d in reversed(ctx.drafts) if not d.planned and not d.named_only)
    return next((d for d in told if not any(s <= d.start < e for s, e in topics)), None)


def _topics(ctx: Context) -> list[tuple[int, int]]:
    """The spans of the speech topics printed after the people of the article."""
    return [span for sentence in ctx.article.sentences for span in topics(ctx, sentence)]


def topics(ctx: Context, sentence: Sentence) -> list[tuple[int, int]]:
    """The spans of the speech topics printed after the people of ``sentence`` (verb to noun): no participation
    verb inside one ties anyone (…作区出席市党代会代表人选的说明: 出席 is the topic's word)."""
    text, spans = ctx.doc.text, []
    for person in ctx.people(sentence.start, sentence.end):
        m, name = _speech(text, person, sentence)
        if m is not None and name == PATTERNS[0]:  # a named report's verbs keep their own rows and events
            spans.append((m.start(), m.end()))
    return spans


def fold(ctx: Context) -> None:
    """An act whose word stands inside a speech's topic (作关于委员视察活动情况的报告: 视察) is what the speech is
    about, no event of the article: it is kept only as a name (``named_only``)."""
    spans = _topics(ctx)
    for d in ctx.drafts:
        acted = bool(d.provenance) and all(p.rule.startswith(ACT_RULE) for p in d.provenance)
        if acted and any(s <= d.start and d.end <= e for s, e in spans):
            d.named_only = True

"""handovers: the parties of a hand-over or oath ceremony an article reports, for ``participants.py``.

Once an article has told such a ceremony (a draft whose name ends with an ``office_ceremony`` word: 交接典礼,
布达典礼, 就职典礼), the people it names as handing over or taking a post are there (gold-conventions C4: the
parties of the ceremony), whether or not a participation verb follows them:

* a name after a ``handover_party`` word and its post (卸任某局长甲, 新任某局长乙, 接任某处长的丙, 监交人某委员丁),
  and the names listed after it with 、 (卸任的副局长甲、乙);
* a name right before a ``handover_act`` (丙将印信交接给丁, 甲完成宣誓就职), and the first name after a
  ``handover_give`` act in its clause (交接给丁);
* in the sentences told before the ceremony's own name (a caption, a lede): the party words, and a name right
  before a ``handover_witness`` act (由甲担任监交人, 在甲的监交下);
* not one thanked or praised (副县长感谢卸任局长甲: a ``handover_thanks`` word before the party word in its clause),
  nor one a list of posts changed names (某分局长由原某分局长甲接任: no act of the ceremony), nor one named after
  a clause opened by a ``handover_besides`` word (除某某交接外，新任某处长甲亦上任: besides the ceremony).

They attend the ceremony; a 说/表示 of theirs then makes them its speakers (speakers.says). Words:
``word_uses.tsv``.
"""

from __future__ import annotations

from ..model import Mention, Participation, Sentence
from ..punctuation import CLAUSE_BREAKS, LIST_MARK
from . import eventrules as rules
from .draft import Context, Draft

_POST_SPAN = 12  # the characters a post may take between a handover_party word and the name (新任某某处处长)
_ACT_GAP = 6  # the characters between a name and its handover_act (甲将印信交接给)


def parties(ctx: Context, sentence: Sentence) -> None:
    """Tie the parties the sentence names to the hand-over or oath ceremony the article told so far."""
    ceremony = _ceremony(ctx)
    if ceremony is not None:
        _tie(ctx, sentence, ceremony)


def _tie(ctx: Context, sentence: Sentence, ceremony: Draft, acts: str = "handover_act") -> None:
    """Tie the parties ``sentence`` names to ``ceremony`` (``acts``: the use of the acts after a name read)."""
    people = ctx.people(sentence.start, sentence.end)
    found: dict[int, str] = {}
    for index, person in enumerate(people):
        following = people[index + 1].start if index + 1 < len(people) else sentence.end
        word = _prefixed(ctx.doc.text, sentence, people, index, found)
        word = word or _acting(ctx.doc.text, person, min(following, sentence.end), acts)
        if word:
            found[index] = word
    for index, word in list(found.items()):
        given = _given(ctx.doc.text, sentence, people, index)
        if given is not None and given not in found:
            found[given] = word
    for index, word in sorted(found.items()):
        _attend(ctx, sentence, ceremony, people[index], word)


def told_later(ctx: Context) -> None:
    """At the article's end: the parties named in the sentences before its first hand-over or oath ceremony was
    told (a caption or lede naming them before the ceremony's own name) attend that ceremony."""
    first = next((d for d in ctx.drafts if _is_ceremony(d)), None)
    if first is None:
        return
    for sentence in ctx.article.sentences:
        if sentence.end > first.start:
            break
        _tie(ctx, sentence, first, "handover_witness")  # another act told before may be another post's notice


def _ceremony(ctx: Context) -> Draft | None:
    """The latest hand-over or oath ceremony the article has told (not planned, not a reference)."""
    return next((d for d in reversed(ctx.drafts) if _is_ceremony(d)), None)


def _is_ceremony(draft: Draft) -> bool:
    return not draft.planned and not draft.named_only and draft.title.endswith(rules.uses("office_ceremony"))


def _prefixed(text: str, sentence: Sentence, people: list[Mention], index: int, found: dict[int, str]) -> str:
    """The handover_party word printed before ``people[index]`` and its post (卸任某局长甲), or the word of the
    name listed right before it with 、 (卸任的副局长甲、乙); "" when none."""
    person = people[index]
    earlier = people[index - 1] if index > 0 and people[index - 1].end > sentence.start else None
    lo = max(earlier.end if earlier else sentence.start, sentence.start)
    between = text[lo : person.start]
    if earlier is not None and index - 1 in found and rules.compact(between) == LIST_MARK:
        return found[index - 1]
    for word in rules.uses("handover_party"):
        at = between.rfind(word)
        rest = between[at + len(word) :] if at >= 0 else ""
        if at < 0 or len(rules.compact(rest)) > _POST_SPAN or any(c in CLAUSE_BREAKS for c in rest):
            continue
        if any(w in rest for w in rules.uses("agent_marker")):
            continue  # 新任会长由某里里长甲接任: who was there is not said
        left, _ = rules.clause_bounds(text, lo + at, lo + at, sentence.start, sentence.end)
        thanked = any(w in text[left : lo + at] for w in rules.uses("handover_thanks"))
        return "" if thanked or _besides(text, sentence, left) else word
    return ""


def _besides(text: str, sentence: Sentence, left: int) -> bool:
    """除某某交接外，新任某处长甲亦上任: a clause after one opened by a ``handover_besides`` word (at the
    sentence's start or after a clause break) tells what happened besides the ceremony, not who was at it."""
    before = text[sentence.start : left]
    for word in rules.uses("handover_besides"):
        at = before.find(word)
        while at >= 0:
            if at == 0 or before[at - 1] in CLAUSE_BREAKS:  # 某府表示，除某某交接外，…
                return True
            at = before.find(word, at + 1)
    return False


def _acting(text: str, person: Mention, limit: int, use: str) -> str:
    """The act of ``use`` printed right after ``person`` in its clause, before ``limit`` (the next name): 丙将印信
    交接给, 甲完成宣誓就职 (handover_act), 由甲担任监交人 (handover_witness); ""."""
    after = text[person.end : min(person.end + _ACT_GAP + 3, limit)]
    for word in rules.uses(use):
        at = after.find(word)
        if 0 <= at <= _ACT_GAP and not any(c in CLAUSE_BREAKS for c in after[:at]):
            return word
    return ""


def _given(text: str, sentence: Sentence, people: list[Mention], index: int) -> int | None:
    """The index of the person a handover_give act after ``people[index]`` hands the post to (交接给丁): the
    next name in the act's clause."""
    person = people[index]
    after = text[person.end : min(person.end + _ACT_GAP + 3, sentence.end)]
    give = next((w for w in rules.uses("handover_give") if 0 <= after.find(w) <= _ACT_GAP), "")
    if not give or index + 1 >= len(people):
        return None
    end = person.end + after.find(give) + len(give)
    receiver = people[index + 1]
    return index + 1 if not any(c in CLAUSE_BREAKS for c in text[end : receiver.start]) else None


def _attend(ctx: Context, sentence: Sentence, ceremony: Draft, person: Mention, word: str) -> None:
    prov = ctx.doc.provenance(ctx.article.index, sentence, person.start, person.end, f"handover:{word}")
    ceremony.participants.setdefault((person.text, "attended"), Participation(person.text, "attended", prov))

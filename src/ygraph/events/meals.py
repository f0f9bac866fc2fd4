"""meals: a meal's name used as the verb of two named sides (甲与乙晚宴, 甲将与乙在某地餐叙, 乙稍后会与甲及访问团
午宴) — the meal they share is their talks, read as an act of the first person with the people after the
partner word (docs/gold-conventions.md A7: a banquet's hosts and guests attend it). Vocabulary:
``lexicons/zh/events/shared_meals.txt`` (the meal words), ``word_uses.tsv`` (``partner``, ``attributive``)."""

from __future__ import annotations

from . import eventrules as rules
from . import sides
from .draft import Context, clause

_TALKS = "talks"
_GAP = 12  # characters between the last partner and the meal word: a place or a group, no clause


def as_talks(ctx: Context, sentence_start: int, trigger: rules.Trigger, start: int) -> rules.Trigger:
    """The trigger at ``start`` read as talks when it is a meal word of ``shared_meals.txt`` printed right after
    the people on the far side of a partner word (only a place 在某地, a group's name or 一行 between): 甲与乙晚宴.
    Any other use (出席某某举行的晚宴, 欢迎晚宴) keeps the name."""
    if trigger.form != "name" or trigger.word not in rules.words("shared_meals.txt"):
        return trigger
    sentence = ctx.sentence_at(start)
    left = clause(sentence, start, start)[0] if sentence is not None else sentence_start
    people = [p for p in ctx.people(left, start) if p.end <= start]
    text = ctx.doc.text
    if sides.partner_opening(ctx, left, start):  # 某某…，晚与乙晚宴: the sentence's subject dines with 乙
        after = people
    else:
        first = people[0].end if people else start
        partner = min((i for w in rules.uses("partner") if (i := text.find(w, first, start)) >= 0), default=-1)
        after = [p for p in people[1:] if partner >= 0 and partner < p.start]
    if not after:
        return trigger
    gap = rules.compact(text[after[-1].end : start])
    return rules.Trigger(trigger.word, _TALKS, "act") if _only_company(gap) else trigger


def _only_company(gap: str) -> bool:
    """Whether the words between the last partner and the meal word name only more company or a place (及访问团,
    在某饭店, nothing; ``delegation`` and ``group_end`` words left out): short, with no ``attributive`` particle (甲与乙举行的晚宴), no participation verb (甲与乙出席
    晚宴), no word of happening.txt (甲与乙共同举办晚宴) and no other trigger — the meal is named there, not shared."""
    if len(gap) > _GAP:
        return False
    for group in (*rules.uses("delegation"), *rules.uses("group_end")):  # 及访问团, 一行: company, no act
        gap = gap.replace(group, "")
    words = (*rules.uses("attributive"), *rules.participation_verbs(), *rules.words("happening.txt"))
    return not any(w in gap for w in words) and rules.trigger_pattern().search(gap) is None

"""ceremonies: a bare ceremony noun that names the ceremony of the office act told just before it (甲、乙今日就职，
仪式由丙主持 → 就职仪式), for ``events.py``. Words: ``word_uses.tsv`` office_act."""

from __future__ import annotations

from ..model import Participation, Sentence
from ..punctuation import COMMAS, LIST_MARK
from . import awards, dating, eventmodel
from . import eventrules as rules
from .draft import Context, Draft, Ref, clause
from .register import add


def of_act(ctx: Context, index: int, sentence: Sentence, trigger: rules.Trigger, start: int, end: int) -> Ref | None:
    """The ceremony (仪式, 典礼) opening its clause right after a clause that ends with an office act (就职,
    宣誓就职): the act's ceremony, dated as its sentence dates it (今日就职); None for any other bare noun."""
    text = ctx.doc.text
    left, _ = clause(sentence, start, end)
    if rules.compact(text[left:start]):
        return None  # 在仪式上, 本次仪式: a reference, not the clause's subject
    before = rules.compact(text[sentence.start : left]).rstrip(COMMAS)
    act = next((w for w in sorted(rules.uses("office_act"), key=len, reverse=True) if before.endswith(w)), "")
    if not act or len(before) == len(act):
        return None  # 就职，仪式…: whose act the sentence does not say
    lede = eventmodel.opens_article(ctx, index)
    draft = Draft.undated(act + trigger.word, trigger.event_type, start, end, None, False, lede)
    dating.date_event(ctx, sentence, draft, index)
    held = add(ctx, draft, sentence, start, end, f"event:name:{trigger.word}")
    _takers(ctx, sentence, held, act, left)
    return Ref(start, end, held, False)


def _takers(ctx: Context, sentence: Sentence, held: Draft, act: str, left: int) -> None:
    """Those the clause of the office act names (甲、乙今日就职) take office at the ceremony: attended."""
    act_left, _ = clause(sentence, left - 1, left - 1)
    for person in ctx.people(act_left, left):
        prov = ctx.doc.provenance(ctx.article.index, sentence, person.start, person.end, f"participation:{act}")
        held.participants.setdefault((person.text, "attended"), Participation(person.text, "attended", prov))


def held_for(ctx: Context, left: int, name_start: int, title: str) -> bool:
    """主持甲、乙的宣誓就职仪式: a hand-over or oath ceremony named after a word of happening and, before a
    ``name_modifier`` (的), only the people taking office (names, their posts, 、 and ceremony_joiner words)."""
    text = ctx.doc.text
    mark = next((m for m in rules.uses("name_modifier") if text.endswith(m, left, name_start)), "")
    if not mark or not title.endswith(rules.uses("office_ceremony")):
        return False
    end = name_start - len(mark)
    verbs = [(text.rfind(w, left, end), w) for w in rules.happening().before]
    at, verb = max(verbs)
    if at < 0:
        return False
    rest = list(text[at + len(verb) : end])
    first = at + len(verb)
    for s, e in ctx.blocked_in(first, end):
        lo, hi = max(s - first, 0), max(min(e, end) - first, 0)
        rest[lo:hi] = [""] * (hi - lo)
    joiners = "".join((LIST_MARK, *rules.uses("ceremony_joiner")))
    return not rules.compact("".join(rest)).strip(joiners)


def unwitnessed(sentence: Sentence, trigger: rules.Trigger) -> bool:
    """An oath taken (宣誓就职: an ``office_act`` that is an act trigger) is a ceremony only when its sentence
    names who administers it (由甲监誓, 在甲监誓下: an ``oath_witness`` word) and no ``ceremony_noun`` (the name of
    the ceremony then tells it); else it is an inauguration told without its ceremony, no event (gold-conventions
    A6)."""
    if trigger.word not in rules.uses("office_act"):
        return False
    named = any(w in sentence.text for w in rules.uses("ceremony_noun"))  # 仪式由乙监誓: the ceremony's name tells it
    return named or not any(w in sentence.text for w in rules.uses("oath_witness"))


def unplaced_rite(text: str, trigger: rules.Trigger, left: int, start: int) -> bool:
    """A rite of the deceased (``placed_rite``: 火化) told without the place it is done at right before it (某某同志
    遗体在京火化, …的遗体，23日在某公墓火化: patterns.tsv ``rite_place``) is a step of a funeral's programme (遗体会
    移送某火葬场火化), no event of its own; so is a ``lecture`` told without the school it is given at right before
    it (patterns.tsv ``lecture_place``: 在某大学发表演讲 is one, 在开幕式上发表演讲 is a speech at that event)."""
    if trigger.word in rules.uses("lecture"):  # 在某大学发表演讲: a lecture; 在开幕式上发表演讲: a part of that event
        return rules.pattern("lecture_place").search(rules.compact(text[left:start])) is None
    if trigger.word not in rules.uses("placed_rite"):
        return False
    return rules.pattern("rite_place").search(rules.compact(text[left:start])) is None


def held_bare(ctx: Context, index: int, sentence: Sentence, noun: str, span: tuple[int, int]) -> Ref | None:
    """A hand-over or oath ceremony printed by its noun alone (``noun`` at ``span``) right after a word of
    happening (某某主持交接典礼, 举行布达典礼, 完成了交接仪式: word_uses ``ceremony_done``) when the article has
    told no ceremony of that noun: the ceremony itself, titled by the noun and dated by its own clause; an award
    ceremony (出席颁奖典礼) titled by the award the article names (awards.py, trip25); None for any other noun
    (event23)."""
    start, end = span
    title = noun if noun in rules.uses("office_ceremony") else awards.award_title(ctx, noun, start)
    if not title:
        return None  # another noun, or an award ceremony whose award the article never names
    left, right = clause(sentence, start, end)
    before = rules.compact(ctx.doc.text[left:start])
    verbs = sorted((*rules.happening().before, *rules.uses("ceremony_done")), key=len, reverse=True)
    verb = next((w for w in verbs if before.endswith(w)), "")
    if not verb or any(d.title.endswith(noun) for d in ctx.drafts):
        return None
    plans = rules.words("plan_words.txt")
    opening = before[: len(before) - len(verb)]
    if opening.endswith(plans) or any(len(w) > 1 and w in opening for w in plans):
        return None  # 某某下周将主持交接典礼: announced, told by its own report
    lede = not eventmodel.told(ctx)  # the article's own ceremony, wherever the page tells it
    draft = Draft.undated(title, "other", start, end, None, False, lede)
    previous, _ = clause(sentence, left - 1, left - 1) if left > sentence.start else (left, left)
    previous = ctx.past_dateline(previous, left)
    first = previous if _time_only(ctx, previous, left) else left  # 8日上午，某某主持…: the clause before is its day
    own = Sentence(first, right, ctx.doc.text[first:right])  # a date in another clause (去年5月才调任…) is not its
    dating.date_event(ctx, own, draft, index)
    return Ref(start, end, add(ctx, draft, sentence, start, end, f"event:name:{noun}"), False)


def _time_only(ctx: Context, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` prints nothing but times and clause marks (a leading 8日上午，)."""
    left = list(ctx.doc.text[start:end])
    for t in ctx.times(start, end):
        left[t.start - start : t.end - start] = [""] * (min(t.end, end) - t.start)
    return bool(end > start) and not rules.compact("".join(left)).strip(COMMAS)


def office_owner(ctx: Context, word: str, left: int, start: int) -> tuple[str, int] | None:
    """某国总统甲就职仪式: an office ceremony's noun printed right after a name (no 的) is that person's own: the
    name and where its titles start (the ceremony's name starts there, so 出席 right before it says it was held)."""
    if word not in rules.uses("office_ceremony"):
        return None
    owners = [p for p in ctx.people(left, start) if p.end == start]
    if not owners:
        return None
    return owners[-1].text, owners[-1].start - len(ctx.titles_before(owners[-1]))

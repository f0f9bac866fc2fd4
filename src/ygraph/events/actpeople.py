"""actpeople: the people an act names itself (its actor's co-subjects and co-actors, the visitors before a
visit, the other side of talks) and their participation in it, for ``acts``, ``visits`` and ``sides``."""

from __future__ import annotations

from ..actors.actorlex import longest_suffix_title
from ..model import Mention, Participation, Sentence
from ..punctuation import COMMAS
from . import eventrules as rules
from .draft import Context, Draft

_PARTNER_SPAN = 12  # characters between the first person of a clause and its partner word (a title, 在某地)


def visitors(ctx: Context, left: int, start: int) -> list[Mention]:
    """The people before a visit in its clause, but a host who welcomes it (某某对代表团来访表示欢迎)."""
    text, hosts = ctx.doc.text, rules.uses("welcomes")
    found = [p for p in ctx.people(left, start) if p.end <= start and not any(w in text[p.end : start] for w in hosts)]
    return [*co_subjects(ctx, found[0], ctx.sentence_at(found[0].start)), *found] if found else []


def co_actors(ctx: Context, actor: Mention, start: int) -> list[Mention]:
    """某某和夫人某某举行宴会, 甲与乙共同…: people joined to the actor by a ``co_actor`` word before the act."""
    found, end = [], actor.end
    for p in ctx.people(actor.end, start):
        if p.end > start or rules.compact(ctx.doc.text[end : p.start]) not in rules.uses("co_actor"):
            break
        found.append(p)
        end = p.end
    return found


def joined_actors(ctx: Context, actor: Mention, sentence: Sentence, start: int) -> list[Mention]:
    """The actor of an act with its co-subjects printed before it and its co-actors after it."""
    after = co_actors(ctx, actor, start) or co_followers(ctx, actor, sentence, start)
    return [*co_subjects(ctx, actor, sentence), actor, *after]


def co_followers(ctx: Context, actor: Mention, sentence: Sentence, start: int) -> list[Mention]:
    """甲，乙，丙一行前往某地，看望…: each clause after the actor's and before the act's (at ``start``) that is only a
    title and a name, the last one maybe going on with a ``subject_group`` word (一行), names a co-subject (lane
    tour26: the officials listed as the subject of a round of visits)."""
    text, found = ctx.doc.text, []
    _, right = rules.clause_bounds(text, actor.end, actor.end, sentence.start, sentence.end)
    if rules.compact(text[actor.end : right]):
        return found  # the actor's clause goes on after the name: not a list of titled names
    while right < start and text[right] in COMMAS:
        _, following = rules.clause_bounds(text, right + 1, right + 1, sentence.start, sentence.end)
        named = [p for p in ctx.people(right + 1, following) if p.end <= following]
        if len(named) != 1 or named[0].end > start or not longest_suffix_title(rules.compact(text[right + 1 : named[0].start])):
            return found
        found.append(named[0])
        rest = rules.compact(text[named[0].end : following])
        if rest:  # 丙一行前往某地: the list ends with its group word
            return found if rest.startswith(rules.uses("subject_group")) else found[:-1]
        right = following
    return found


def co_subjects(ctx: Context, actor: Mention, sentence: Sentence) -> list[Mention]:
    """省委书记甲，省委副书记、省长乙率团赴某地: each clause right before the actor's that is only a title and a
    name (it ends on the name) names a co-subject of the act, in printed order."""
    text, found, at = ctx.doc.text, [], actor.start
    while True:
        left, _ = rules.clause_bounds(text, at, at, sentence.start, sentence.end)
        if left - 1 <= sentence.start or text[left - 1] not in COMMAS:
            return found
        prev, _ = rules.clause_bounds(text, left - 1, left - 1, sentence.start, sentence.end)
        named = [p for p in ctx.people(prev, left - 1) if p.end <= left - 1]
        head = rules.compact(text[prev : named[0].start]) if len(named) == 1 else ""
        if not head or named[0].end != left - 1 or longest_suffix_title(head) == "":
            return found
        found.insert(0, named[0])
        at = named[0].start


def unnamed_partner(ctx: Context, left: int, start: int) -> bool:
    """甲与乙方一行举行了工作会谈, 甲在某地同某国首相举行会见: a ``partner`` word after the first person of the
    clause, then the other side before the talks trigger though no person is read in it (an organisation, a
    group, a name not read): the talks name their guest and are not the talks already reported."""
    people = [p for p in ctx.people(left, start) if p.end <= start]
    if not people:
        return False
    text = rules.compact(ctx.doc.text[people[0].end : start])
    found = [(text.find(w), w) for w in rules.uses("partner") if 0 <= text.find(w) <= _PARTNER_SPAN]
    if not found:
        return False
    at, word = min(found)
    guest = rules.pattern("partner_held").sub("", text[at + len(word) :])
    guest = min((guest.split(w)[0] for w in rules.uses("topic")), key=len)  # 与乙就某事举行会谈
    before = (*rules.participation_verbs(), *rules.words("not_before.txt"))
    return len(guest) >= 2 and not guest.startswith(rules.uses("not_guest")) and not any(w in text[:at] + guest for w in before)


def add_people(
    ctx: Context, sentence: Sentence, draft: Draft, people: list[tuple[Mention, str]], verb: str
) -> None:
    """People an act names itself (its actor, the guests of talks) with their relation to it."""
    for person, relation in people:
        prov = ctx.doc.provenance(
            ctx.article.index, sentence, person.start, person.end, f"participation:{verb}"
        )
        draft.participants.setdefault((person.text, relation), Participation(person.text, relation, prov))


def partners(ctx: Context, left: int, start: int) -> list[Mention]:
    """甲与乙举行会谈 (``partner``): the people named after the marker that follows the first person of the
    clause, before a talks trigger, are the other side of the talks (its object printed before it)."""
    people = [p for p in ctx.people(left, start) if p.end <= start]
    if len(people) < 2:
        return []
    text = ctx.doc.text
    at = min((i for w in rules.uses("partner") if (i := text.find(w, people[0].end, start)) >= 0), default=-1)
    return [p for p in people[1:] if 0 <= at < p.start]

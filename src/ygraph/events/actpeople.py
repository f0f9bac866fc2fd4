"""actpeople: the people an act names itself (its actor's co-subjects and co-actors, the visitors before a
visit, the other side of talks) and their participation in it, for ``acts``, ``visits`` and ``sides``."""

from __future__ import annotations

from ..actors.actorlex import longest_suffix_title
from ..model import Mention, Participation, Sentence
from ..punctuation import COMMAS, LIST_MARK
from . import eventrules as rules
from .draft import Context, Draft

_PARTNER_SPAN = 12  # characters between the first person of a clause and its partner word (a title, 在某地)


def visitors(ctx: Context, left: int, start: int) -> list[Mention]:
    """The people before a visit in its clause, but a host who welcomes it (某某对代表团来访表示欢迎)."""
    text, hosts = ctx.doc.text, rules.uses("welcomes")
    found = [p for p in ctx.people(left, start) if p.end <= start and not any(w in text[p.end : start] for w in hosts)]
    found = found or _planner(ctx, left, start)
    return [*co_subjects(ctx, found[0], ctx.sentence_at(found[0].start)), *found] if found else []


def _planner(ctx: Context, left: int, start: int) -> list[Mention]:
    """某某，将于5月2日率团访问某地: the name a comma alone parts from a clause opening with a plan word leads the
    trip announced; [] otherwise."""
    sentence = ctx.sentence_at(left)
    before = [p for p in ctx.people(sentence.start, left) if p.end <= left]
    plans = tuple(w for w in rules.words("plan_words.txt") if len(w) > 1)
    if not before or ctx.doc.text[before[-1].end : left] not in COMMAS:
        return []
    return before[-1:] if rules.compact(ctx.doc.text[left:start]).startswith(plans) else []


def co_actors(ctx: Context, actor: Mention, start: int) -> list[Mention]:
    """某某和夫人某某举行宴会, 甲与乙共同…: people joined to the actor by a ``co_actor`` word before the act; 甲、乙考察,
    市委书记甲、市长乙考察: people listed after it with 、 (maybe each with a title)."""
    found, end = [], actor.end
    for p in ctx.people(actor.end, start):
        gap = rules.compact(ctx.doc.text[end : p.start])
        # 甲、乙, 甲、市长乙, 甲、某大学董事长乙: the gap is 、 and at most a post printed right before the name
        mark = ctx.doc.text.find(LIST_MARK, end, p.start)
        titled = gap[:1] == LIST_MARK and (longest_suffix_title(gap[1:]) == gap[1:] or ctx.in_post(mark + 1, p.start))
        listed = gap[:1] == LIST_MARK and (len(gap) == 1 or titled)
        if p.end > start or not (listed or gap in rules.uses("co_actor")):
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
    title and a name, or a title and names joined by 、 (市委常委丙、丁), the last one maybe going on with a
    ``subject_group`` word (一行), names co-subjects (lane tour26: the officials listed as the subject of a round
    of visits)."""
    text, found = ctx.doc.text, []
    _, right = rules.clause_bounds(text, actor.end, actor.end, sentence.start, sentence.end)
    if rules.compact(text[actor.end : right]):
        return found  # the actor's clause goes on after the name: not a list of titled names
    while right < start and text[right] in COMMAS:
        _, following = rules.clause_bounds(text, right + 1, right + 1, sentence.start, sentence.end)
        named = _titled_names(ctx, right + 1, min(following, start))
        if not named:
            return found
        found.extend(named)
        rest = rules.compact(text[named[-1].end : following])
        if rest:  # 丙一行前往某地: the list ends with its group word
            return found if rest.startswith(rules.uses("subject_group")) else found[: -len(named)]
        right = following
    return found


def _titled_names(ctx: Context, left: int, right: int) -> list[Mention]:
    """The people of a clause printed as a title then their names joined by 、 only (市委常委丙、丁; one name is a
    list too), none when anything else is printed between them."""
    text = ctx.doc.text
    named = [p for p in ctx.people(left, right) if p.end <= right]
    if not named or not longest_suffix_title(rules.compact(text[left : named[0].start])):
        return []
    joined = all(rules.compact(text[a.end : b.start]) == LIST_MARK for a, b in zip(named, named[1:], strict=False))
    return named if joined else []


def co_subjects(ctx: Context, actor: Mention, sentence: Sentence) -> list[Mention]:
    """省委书记甲，省委副书记、省长乙率团赴某地: each clause right before the actor's that is only a title and a
    name, or a title and names joined by 、 (it ends on a name), names co-subjects of the act, in printed order."""
    text, found, at = ctx.doc.text, [], actor.start
    while True:
        left, _ = rules.clause_bounds(text, at, at, sentence.start, sentence.end)
        if left - 1 <= sentence.start or text[left - 1] not in COMMAS:
            return found
        prev, _ = rules.clause_bounds(text, left - 1, left - 1, sentence.start, sentence.end)
        named = _titled_names(ctx, prev, left - 1)
        if not named or named[-1].end != left - 1:
            return found
        found[:0] = named
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


def object_people(ctx: Context, end: int, right: int) -> list[Mention]:
    """The people an act is done to, named after it in its clause (会见某国总统某某一行) or listed right after (会见某省领导，
    包括甲及乙: ``object_list_lead``)."""
    text = ctx.doc.text
    if text[right : right + 1] in COMMAS and text.startswith(rules.uses("object_list_lead"), right + 1):
        right = rules.clause_bounds(text, right + 1, right + 1, right + 1, len(text))[1]
    return [p for p in ctx.people(end, right) if p.end <= right]


def guests(ctx: Context, end: int, stop: int, word: str = "") -> list[Mention]:
    """举行宴会，欢迎某某 (``guest_marker``): the people named after the marker in the clause that opens
    right after the act (or in the act's own clause); an act whose word ends with the marker (设宴欢迎某某,
    设宴款待某某) has its guests as its object, named after it in its own clause."""
    text = ctx.doc.text
    _, right = rules.clause_bounds(text, end, end, end, stop)  # within the sentence (linear on long text)
    if word.endswith(rules.uses("guest_marker")):
        return object_people(ctx, end, right)
    right = rules.clause_bounds(text, right + 1, right + 1, right + 1, stop)[1] if right < stop else right
    at = min((i for w in rules.uses("guest_marker") if (i := text.find(w, end, right)) >= 0), default=-1)
    return [p for p in ctx.people(at, min(right, stop)) if p.end <= right] if at >= 0 else []

"""groupmembers: the officials of a visiting group's own place named in the report (某省委书记某某 in a story of
某省党政代表团) attend the group's visit, for ``events.py``."""

from __future__ import annotations

from dataclasses import replace

from ..lexicons import cached
from ..model import Mention, Participation, Sentence
from ..punctuation import LIST_MARK
from . import eventrules as rules
from .draft import Context, Draft
from .eventplaces import place_levels

GUEST_RULES = ("participation:delegation_guests", "participation:guest_party")  # guests a visit brought


def members(ctx: Context) -> None:
    """某省党政代表团…考察: the officials of the group's own place named in the report (某省委书记某某) are
    members of the visiting group: they attend its visit."""
    for draft in ctx.drafts:
        if draft.event_type != "visit" or draft.planned:
            continue
        places = _group_place(draft.title) or _article_group_place(ctx)  # 代表团来访: the group named before
        for person in ctx.persons if places else []:
            if any(p in _title_before(ctx, person) for p in places):
                sentence = ctx.sentence_at(person.start)
                prov = ctx.doc.provenance(
                    ctx.article.index, sentence, person.start, person.end, "participation:member"
                )
                draft.participants.setdefault((person.text, "attended"), Participation(person.text, "attended", prov))


def roster(ctx: Context) -> None:
    """A visiting group's acts take its whole roster: talks or a banquet that took the people of a visit as guests
    (``visits.delegation_guests``, ``visits.guest_party``) copied them as the act was read, so a member told
    later in the article (甲、乙参加了此行, or the group's officials, ``members``) joins them too (docs/
    gold-conventions.md C4: the leader and every member the page names attend the group's acts)."""
    visits = [d for d in ctx.drafts if d.event_type == "visit" and not d.planned]
    for draft in ctx.drafts:
        guests = [p for p in draft.participants.values() if p.provenance.rule in GUEST_RULES]
        visit = _source_visit(visits, draft, {p.person for p in guests})
        if visit is None:
            continue
        prov = replace(guests[0].provenance, rule="participation:roster")
        for name, relation in list(visit.participants):
            if relation == "attended":
                draft.participants.setdefault((name, relation), Participation(name, relation, prov))


def group_acts(ctx: Context) -> None:
    """行政长官与考察团会见某省领导; 考察团明天将出席某交流会: an act whose subject names a visiting group (a
    delegation word before it in its clause) is the group's act, and takes the people of the group's visit told
    before it (docs/gold-conventions.md C4: the leader and every member the page names attend the group's acts)."""
    visits = [d for d in ctx.drafts if d.event_type == "visit" and not d.planned]
    for draft in ctx.drafts if visits else []:
        before = [v for v in visits if v.start < draft.start]
        if draft.event_type == "visit" or not before:
            continue
        sentence = ctx.sentence_at(draft.start)
        left = _group_subject(ctx, sentence, draft.start)
        if left is None:
            continue
        prov = ctx.doc.provenance(ctx.article.index, sentence, left, draft.start, "participation:group_subject")
        for (name, relation), took in list(before[-1].participants.items()):
            if relation == "attended" and not took.provenance.rule.startswith(_host_rules()):  # 获副省长甲迎接: a host
                draft.participants.setdefault((name, relation), Participation(name, relation, prov))


def _group_subject(ctx: Context, sentence: Sentence, start: int) -> int | None:
    """Where the subject naming a visiting group starts for the act at ``start``: in its own clause (考察团明天将
    出席…), or opening its sentence before the sentence's first act (行政长官与考察团会见…，其后并一同出席…:
    the same subject); None when the group is no subject of the act."""
    text = ctx.doc.text
    left, _ = rules.clause_bounds(text, start, start, sentence.start, sentence.end)
    if names_group(text[left:start]):
        return left
    first = min((d.start for d in ctx.drafts if sentence.start <= d.start <= start), default=start)
    head, _ = rules.clause_bounds(text, first, first, sentence.start, sentence.end)
    opens = first < start and head == sentence.start
    return sentence.start if opens and names_group(text[head:first]) else None


def names_group(subject: str) -> bool:
    """A subject naming the whole visiting group: a delegation word not led by a verb before it (甲率领代表团…出席: the
    leader's act; the group is what he leads) nor followed by a part of it (代表团部分成员)."""
    for word in rules.uses("delegation"):
        at = subject.find(word)
        if at < 0 or any(v in subject[:at] for v in lead_verbs()):
            continue
        if not subject.startswith(rules.uses("group_part"), at + len(word)):
            return True
    return False


@cached
def lead_verbs() -> tuple[str, ...]:
    """The participation verbs of leading (率领, 带领): asked once, not per act."""
    return tuple(w for w, r in rules.participation_verbs().items() if r == "leads")


@cached
def _host_rules() -> tuple[str, ...]:
    """The rules of the links a visit's hosts get (participation:迎接 …: word_uses.tsv host_verb)."""
    return tuple(f"participation:{w}" for w in rules.uses("host_verb"))


def _source_visit(visits: list[Draft], draft: Draft, guests: set[str]) -> Draft | None:
    """The visit whose people an act took as guests: the last one before the act holding all of them."""
    if not guests:
        return None
    held = [v for v in visits if v is not draft and guests <= {n for n, r in v.participants if r == "attended"}]
    before = [v for v in held if v.start <= draft.start]
    return (before or held or [None])[-1]


def _group_place(title: str) -> tuple[str, ...]:
    """The places a visiting group's name may print before its delegation word, each ending with a level
    character (上海市某区党政代表团 → 某区, 上海市某区, …): the tails of its last place; () when it prints
    none with its level (四川代表团)."""
    at = min((i for w in rules.uses("delegation") if (i := title.find(w)) >= 0), default=-1)
    levels = place_levels()
    ends = [i for i, c in enumerate(title[: max(at, 0)]) if c in levels]
    if not ends:
        return ()
    last = ends[-1]
    start = ends[-2] + 1 if len(ends) > 1 else 0
    return tuple(title[k : last + 1] for k in range(last - 2, start - 1, -1) if last - k >= 2)


def _article_group_place(ctx: Context) -> tuple[str, ...]:
    """The place of the first visiting group the article names in full (…率领的某县友好代表团), printed after
    any person of its clause (某市长甲会见了代表团: the host's city is no place of the group)."""
    text, words = ctx.doc.text, rules.uses("delegation")
    for sentence in ctx.article.sentences:
        for w in words:
            at = text.find(w, sentence.start, sentence.end)
            if at < 0:
                continue
            left, _ = rules.clause_bounds(text, at, at, sentence.start, sentence.end)
            name = text[left : at + len(w)]
            cut = max((name.rfind(m) + len(m) for m in rules.uses("attributive") if m in name), default=0)
            # 某市长甲会见了代表团: a place before a person named in the clause is the host's, not the group's
            cut = max([cut, *(p.end - left for p in ctx.people(left, at) if p.end <= at)])
            places = _group_place(name[cut:])
            if places:
                return places
    return ()


def _title_before(ctx: Context, person: Mention) -> str:
    """The position spans printed right before a name (joined by 、): 某省委副书记、省长某某."""
    text, end, out = ctx.doc.text, person.start, []
    for start, stop in reversed(ctx.blocked_in(person.start - 60, person.start)):
        if stop == end or (stop == end - 1 and text[end - 1] == LIST_MARK):
            out.insert(0, text[start:stop])
            end = start
    return "".join(out)

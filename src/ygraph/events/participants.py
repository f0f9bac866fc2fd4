"""participants: the people and policies tied to the events of one article (participation verbs,
lists after 出席…的还有, 《…》 after a policy verb), for ``events.py``."""

from __future__ import annotations

import re

from .. import scan
from ..lexicons import cached
from ..model import Mention, Participation, PolicyLink, Sentence
from ..punctuation import CLAUSE_BREAKS, COLONS, LIST_MARK, QUOTE_OPEN, SEMICOLONS
from . import ceremonyparties, companions, guards, listing, partverbs, speakers, speeches
from . import eventrules as rules
from .draft import Context, Draft, Ref
from .eventplaces import place_levels

SAYS_TYPES = speakers.SAYS_TYPES
_AGENT_SUBJECT = 4  # the characters of the subject before 由 (会议由某某主持)
_QUOTED = re.compile(r"《[^《》]*》|“[^“”]*”")  # a name inside a title or a quotation takes part in nothing


def participation(ctx: Context, sentence: Sentence, refs: list[Ref], before: Draft | None) -> None:
    """People named before a participation verb take part in the event that verb points to."""
    text = ctx.doc.text
    persons = _sentence_people(ctx, sentence)
    prev_end, prev_people, prev_verb = (ctx.carry[0].start if ctx.carry else sentence.start), [], ""
    _listed_on(ctx, sentence, persons)
    ctx.carry, topics = [], speeches.topics(ctx, sentence)
    refs = [r for r in refs if not any(s <= r.start < e for s, e in topics)]  # a topic's event is no venue
    for m in scan.finditer(partverbs.pattern(), sentence.text):
        verb, start, end = partverbs.row(m.group()), sentence.start + m.start(), sentence.start + m.end()
        counts = _verb_counts(text, sentence, verb, start, end) and partverbs.names_event(text, verb, end, refs)
        if not counts or any(s <= start < e for s, e in topics):
            continue  # 某某作…出席某会代表人选的说明: the words of a speech's topic (events/speeches.py)
        people = _after_agent(text, [p for p in persons if prev_end <= p.start and p.end <= start], sentence, start)
        listed = rules.pattern("listed_after").match(text, end)  # 出席会议的还有…, 代表团成员包括…
        if listed:  # 出席会议的还有：甲，乙；丙: a colon's list runs to the sentence's end
            _, right = rules.clause_bounds(text, listed.end(), listed.end(), sentence.start, sentence.end)
            right = sentence.end if listing.colon(listed) or companions.listing(verb) else right
            people = [p for p in persons if listed.end() <= p.start < min(right, sentence.end)]
        between = text[prev_end:start]
        if not people and prev_people and (_same_subject(between) or partverbs.after_lead(text, start, sentence, prev_verb)):
            people = prev_people  # 某某出席会议并讲话; 某某率团赴某地，参加某会: the same subject
        prev_people_before = prev_people
        prev_start, (prev_end, prev_people), prev_verb = prev_end, (end, people), verb
        target = _target(ctx, sentence, refs, before, start, end)
        relation = rules.participation_verbs()[verb]
        people = _with_subject(text, people, prev_people_before, start, sentence) if relation == "presided" else people
        people = ceremonyparties.co_signers(text, verb, people, prev_people_before, start, sentence.start)
        target = _group_visit(ctx, sentence, start, target) if relation == "members" else target
        target = companions.trip(ctx, (sentence, refs), verb, (start, end, bool(listed)), target)  # 随团…: the trip
        target = ceremonyparties.witnessed(text, sentence, refs, (start, end), target)  # 赴某地出席见证: the signing
        if target is None and relation == "members":
            continue  # 代表团成员包括…, a group's visit only planned: no event they attend yet
        if relation in ("leads", "members"):  # 某某带领某某、某某: the leader and those led; 成员有某某、某某
            at = partverbs.list_start(text, end, relation)  # 成员有165人，包括某某、某某: the list after the count
            _, right = rules.clause_bounds(text, at, at, sentence.start, sentence.end)
            right = partverbs.led_end(text, at, min(right, sentence.end), relation)
            after = [p for p in persons if at <= p.start and p.end <= right]
            led_by = partverbs.leaders(text, people, start, end) if relation == "leads" else []
            people, relation = led_by + after, "attended"
        if relation == "says":
            target, people = speakers.says(ctx, sentence, refs, target, people, start)
            relation = "spoke_at"
        if relation == "read_out":  # 宣读了某某的书面致辞 / 贺信: the author sent it, the reader spoke
            people, relation = _read_out(text, sentence, verb, people, (prev_start, start, end))
        if listed and listing.colon(listed) and listing.goes_on(sentence):
            ctx.listing = (target, relation, verb)
        for person in _present(ctx, sentence, people, relation, prev_start, start):
            _link(ctx, sentence, target, person, relation, verb)
    if sentence.text.rstrip()[-1:] in SEMICOLONS and _ends_on_name(text, persons, sentence):
        ctx.carry = [p for p in persons if p.start >= prev_end]
    reporters(ctx, sentence, refs, before)
    for person, event in speeches.given(ctx, sentence, refs, before):  # 某某作关于…的报告 / 就…作一说明
        _link(ctx, sentence, event, person, "spoke_at", "speech_topic")
    _label(ctx, sentence, before)


def _read_out(
    text: str, sentence: Sentence, verb: str, people: list[Mention], span: tuple[int, int, int]
) -> tuple[list[Mention], str]:
    """The people of a ``read_out`` verb and their relation: after a reading word in its clause (宣读了某某的贺信)
    those named since the previous verb sent it; else an ``own_address`` (某某出席某酒会的致辞) is the speech its
    people gave there (spoke_at), and any other message (某某的贺信) ties no one."""
    prev_start, start, end = span
    left, _ = rules.clause_bounds(text, start, end, sentence.start, sentence.end)
    if any(w in text[left:start] for w in rules.uses("reads")):
        return [p for p in people if p.start >= prev_start], "sent"
    return (people, "spoke_at") if verb in rules.uses("own_address") else ([], "sent")


def _listed_on(ctx: Context, sentence: Sentence, persons: list[Mention]) -> None:
    """The people of a sentence that goes on with a colon's list of the one before (…；某某等市领导。)."""
    going, ctx.listing = listing.continued(ctx, sentence, persons, ctx.listing), None
    if going is None:
        return
    for person in persons:
        _link(ctx, sentence, going[0], person, going[1], going[2])
    ctx.listing = going if listing.goes_on(sentence) else None


def _sentence_people(ctx: Context, sentence: Sentence) -> list[Mention]:
    """The people carried from the sentence before and those of this one, but a name inside a title or a
    quotation and one in a stock phrase (以某某同志为核心的党中央)."""
    text = ctx.doc.text
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text, sentence.start, sentence.end)]
    return ctx.carry + [
        p
        for p in ctx.people(sentence.start, sentence.end)
        if not any(s < p.start < e for s, e in quoted) and not rules.pattern("slogan").match(text, p.end)
    ]


def _verb_counts(text: str, sentence: Sentence, verb: str, start: int, end: int) -> bool:
    """Whether the participation verb printed at ``start:end`` ties people to an event here."""
    if _blocked(text, start, verb) or (verb in rules.uses("needs_mark") and not _marked(text, end)):
        return False
    if not partverbs.leads_group(text, end, sentence.start, sentence.end, verb):
        return False  # 率先, 增长率: no group led
    # 会议指出，某某所作的报告…: a speech discussed
    return not (rules.participation_verbs()[verb] == "spoke_at" and guards.opinion(text, sentence.start, start))


def _present(
    ctx: Context, sentence: Sentence, people: list[Mention], relation: str, prev_start: int, start: int
) -> list[Mention]:
    """Those of ``people`` who were there in that ``relation``: not one represented by another, not the author
    of a speech relayed, not one who only heard the speaker (甲听取了乙的汇报: 甲 heard it)."""
    text = ctx.doc.text
    people = [p for p in people if not _represented(ctx, sentence, p)]
    if relation in ("presided", "attended", "spoke_at", "opens"):  # 传达某某近期重要讲话精神 … 主持: not there
        people = [p for p in people if not rules.pattern("relayed_author").match(text, p.end)]
    if relation == "spoke_at":  # 甲听取了乙的汇报: 甲 heard it
        heard = max((text.rfind(w, prev_start, start) for w in rules.uses("hears")), default=-1)
        if heard >= 0 and rules.pattern("heard_before").search(rules.compact(text[heard:start])):
            heard = -1  # 甲在听取汇报后讲话: 甲 heard, then spoke
        people = [p for p in people if p.start > heard]
    return people


def _with_subject(
    text: str, people: list[Mention], subject: list[Mention], start: int, sentence: Sentence
) -> list[Mention]:
    """甲率团前往某地，与乙共同主持某会议: a clause opened by a ``partner`` word with a ``joint`` word right before
    the verb: the subject of the sentence's previous verb does the act too."""
    left, _ = rules.clause_bounds(text, start, start, sentence.start, sentence.end)
    if not subject or not text.startswith(rules.uses("partner"), left) or not text.endswith(rules.uses("joint"), left, start):
        return people
    return subject + [p for p in people if p not in subject]


def _accompanied_tour(ctx: Context, start: int, end: int) -> Draft | None:
    """陪同考察/陪同参观 (an ``accompanies`` verb, then a ``tour_word``): the hosts attend the article's latest
    visit told so far (an inspection when no visit is), not the event of their clause."""
    text = ctx.doc.text
    if text[start:end] not in rules.uses("accompanies") or not text.startswith(rules.uses("tour_word"), end):
        return None
    told = [d for d in reversed(ctx.drafts) if not d.planned and not d.named_only]
    return next((d for d in told if d.event_type == "visit"), None) or next(
        (d for d in told if d.event_type == "inspection"), None
    )


def _group_visit(ctx: Context, sentence: Sentence, start: int, target: Draft | None) -> Draft | None:
    """某代表团成员包括甲、乙: the members of a visiting group (a ``delegation`` word before the verb in its
    clause) attend the group's visit, the article's latest, not the meeting the group travels to."""
    text = ctx.doc.text
    left, _ = rules.clause_bounds(text, start, start, sentence.start, sentence.end)
    if not any(w in text[left:start] for w in rules.uses("delegation")):
        return target
    return next((d for d in reversed(ctx.drafts) if d.event_type == "visit" and not d.named_only), None)


def _label(ctx: Context, sentence: Sentence, before: Draft | None) -> None:
    """A transcript's speaker label opening a line (某部副部长 某某：what was said) speaks at the meeting or
    press conference reported."""
    text, named = ctx.doc.text, ctx.people(sentence.start, sentence.end)
    if not named or before is None or before.event_type not in SAYS_TYPES:
        return
    first = named[0]
    head = rules.compact(text[sentence.start : first.start])
    mark = rules.compact(text[first.end : min(first.end + 3, sentence.end)])[:1]
    if mark and mark in COLONS and not any(c in CLAUSE_BREAKS for c in head):
        _link(ctx, sentence, before, first, "spoke_at", "speaker_label")


def _ends_on_name(text: str, persons: list[Mention], sentence: Sentence) -> bool:
    """A sentence cut by ；that ends on a name (甲、乙；丙出席) continues a list; one that ends on what a
    person did (由甲接任某职；) does not."""
    last = [p for p in persons if p.start >= sentence.start]
    if not last:
        return False
    tail = rules.compact(text[last[-1].end : sentence.end]).rstrip(SEMICOLONS)
    return len(tail) <= max((len(w) for w in rules.uses("list_tail")), default=0) and (
        not tail or tail in rules.uses("list_tail")
    )


def reporters(ctx: Context, sentence: Sentence, refs: list[Ref], before: Draft | None) -> None:
    """会议听取了某某关于…的通报: a person right before an ``about`` word (a short title between, 某某主任关于)
    after a ``hears`` word of the sentence reported to the meeting heard: spoke_at."""
    text = ctx.doc.text
    for person in ctx.people(sentence.start, sentence.end):
        after = rules.compact(text[person.end : min(person.end + 12, sentence.end)])
        word = next((w for w in rules.uses("about") for k in range(4) if after.startswith(w, k)), "")
        if not word or not any(text.find(h, sentence.start, person.start) >= 0 for h in rules.uses("hears")):
            continue
        at = text.find(word, person.end, sentence.end)
        if any(c in CLAUSE_BREAKS for c in text[person.end : at]):
            continue
        target = _venue(ctx, refs, before, person.start)
        _link(ctx, sentence, target, person, "spoke_at", word)


def _venue(ctx: Context, refs: list[Ref], before: Draft | None, start: int) -> Draft | None:
    """The event a report is made at: the last event named before ``start`` that is no topic, else the one
    reported before the sentence."""
    earlier = [r for r in refs if r.end <= start and not topic(ctx.doc.text, r)]
    return earlier[-1].draft if earlier else before


def _after_agent(text: str, people: list[Mention], sentence: Sentence, start: int) -> list[Mention]:
    """会议由某某主持: an ``agent_marker`` after a short subject opening the verb's clause (never inside a word
    further on: 自由); the people after it do the act."""
    left, _ = rules.clause_bounds(text, start, start, sentence.start, sentence.end)
    marks = [text.find(w, left, min(start, left + _AGENT_SUBJECT + len(w))) for w in rules.uses("agent_marker")]
    at = max(marks, default=-1)
    return people if at < 0 else [p for p in people if p.start > at]


def _marked(text: str, end: int) -> bool:
    """A ``needs_mark`` verb (说) counts only before a mark, a quotation or the end (说明 is no speech)."""
    return end >= len(text) or text[end] in CLAUSE_BREAKS + QUOTE_OPEN


def _same_subject(between: str) -> bool:
    """Two participation verbs share their people: no clause break between them, or a word such as 并
    (某某出席会议并讲话)."""
    same = rules.uses("same_subject")
    return any(w in between for w in same) or not any(c in between for c in CLAUSE_BREAKS)


def _represented(ctx: Context, sentence: Sentence, person: Mention) -> bool:
    """代表某州州长某某宣读: someone spoken for (``on_behalf`` and a title before the name) is not there."""
    if person.start < sentence.start:
        return False
    left, _ = rules.clause_bounds(ctx.doc.text, person.start, person.end, sentence.start, sentence.end)
    earlier = [p.end for p in ctx.people(left, person.start)]
    opening = rules.compact(ctx.doc.text[max([left, *earlier]) : person.start])
    return opening.startswith(rules.uses("on_behalf")) and not opening.startswith(rules.uses("not_on_behalf"))


def _link(
    ctx: Context, sentence: Sentence, target: Draft | None, person: Mention, relation: str, verb: str
) -> None:
    if relation == "opens":  # 宣布大会开幕: the presider announces the opening, a speech too (C2)
        _link(ctx, sentence, target, person, "presided", verb)
        relation = "spoke_at"
    home = sentence if person.start >= sentence.start else ctx.sentence_at(person.start)
    prov = ctx.doc.provenance(ctx.article.index, home, person.start, person.end, f"participation:{verb}")
    link = Participation(person.text, relation, prov)
    if target is None:
        ctx.pending.append(link)
    elif not target.planned or companions.goes_along(target, verb):
        target.participants.setdefault((person.text, relation), link)


def _blocked(text: str, start: int, verb: str) -> bool:
    return any(text.startswith(context, start - at) for context, at in _blocks(verb))


@cached
def _blocks(verb: str) -> tuple[tuple[str, int], ...]:
    """The rows of ``participation_block.txt`` that print ``verb``, each with where it first does."""
    return tuple((context, at) for context in rules.words("participation_block.txt") if (at := context.find(verb)) >= 0)


def _target(
    ctx: Context, sentence: Sentence, refs: list[Ref], before: Draft | None, start: int, end: int
) -> Draft | None:
    tour = _accompanied_tour(ctx, start, end)
    if tour is not None:
        return tour  # 某某陪同考察: the guests' visit (or tour) told before, not the talks or signing
    left, right = rules.clause_bounds(ctx.doc.text, start, end, sentence.start, sentence.end)
    after = [r for r in refs if end <= r.start < right]
    if after:
        return after[0].draft
    if ctx.doc.text.startswith(rules.uses("points_ahead"), end):  # 在某某的主持下，举行某会: the event after
        later = [r for r in refs if r.start >= end]
        if later:
            return later[0].draft
    itself = [r for r in refs if r.start <= start and end <= r.end]  # the verb is the act (会见)
    if itself:
        return itself[0].draft
    earlier = [
        r
        for r in refs
        if r.end <= start and not topic(ctx.doc.text, r) and not guards.quoted(ctx.doc.text, sentence.start, r.start)
        and not guards.welcomed(ctx, r)
    ]  # 就《某会的报告》作说明: the event inside a title is no venue; 欢迎代表团访问某省，介绍…: the talks
    if earlier:
        return earlier[-1].draft
    if before is not None and (before.planned or before.named_only):  # 决定召开某会。某某出席 / 传达某全会精神。某某主持:
        before = next((d for d in reversed(ctx.drafts) if not d.planned and not d.named_only), before)  # the event reported
    if before is not None:
        return before
    return refs[0].draft if refs else None


def topic(text: str, ref: Ref) -> bool:
    """An event named after an ``about`` word of its clause is the topic of a report (关于某会议以来工作的通报),
    not where the people of the sentence are."""
    left, _ = rules.clause_bounds(text, ref.start, ref.end, max(ref.start - 80, 0), ref.end)
    return any(text.find(w, left, ref.start) >= 0 for w in rules.uses("about"))


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
    """The place of the first visiting group the article names in full (…率领的某县友好代表团)."""
    text, words = ctx.doc.text, rules.uses("delegation")
    for sentence in ctx.article.sentences:
        for w in words:
            at = text.find(w, sentence.start, sentence.end)
            if at < 0:
                continue
            left, _ = rules.clause_bounds(text, at, at, sentence.start, sentence.end)
            name = text[left : at + len(w)]
            cut = max((name.rfind(m) + len(m) for m in rules.uses("attributive") if m in name), default=0)
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
    return next(
        ((verb, relation) for verb, relation in rules.policy_verbs() if window.endswith(verb)), ("", "")
    )

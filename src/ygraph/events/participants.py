"""participants: the people tied to the events of one article (participation verbs, lists after 出席…的还有,
reporters heard, transcript labels), for ``events.py``; the policies are ``policylinks.py``'s, the members of a
visiting group ``groupmembers.py``'s."""

from __future__ import annotations

import re
from typing import NamedTuple

from .. import scan
from ..model import Mention, Participation, Sentence
from ..punctuation import CLAUSE_BREAKS, COLONS, LINE_BREAK, QUOTE_OPEN, SEMICOLONS
from ..text.cleanlines import has_sentence_end
from . import (
    anaphors,
    ceremonyparties,
    companions,
    escorted,
    guards,
    handovers,
    listing,
    partverbs,
    readmessages,
    speakers,
    speeches,
)
from . import eventrules as rules
from .draft import Context, Draft, Ref
from .eventparts import reported_before, scene_act
from .sentencepeople import sentence_people
from .titleholder import title_subject

SAYS_TYPES = speakers.SAYS_TYPES
_AGENT_SUBJECT = 4  # the characters of the subject before 由 (会议由某某主持)


class _Hit(NamedTuple):
    """A participation verb printed at ``start:end``, the list it opens (出席会议的还有…) if any, and where its
    people may start (``since``: the end of the verb before, or the sentence's start)."""

    verb: str
    start: int
    end: int
    listed: re.Match[str] | None
    since: int


def participation(ctx: Context, sentence: Sentence, refs: list[Ref], before: Draft | None, index: int) -> None:
    """People named before a participation verb take part in the event that verb points to; a group referred back
    to (上述人员…宣誓) is the people of the sentence before (``anaphors``)."""
    anaphors.referred_group(ctx, index, sentence, refs, before)
    text = ctx.doc.text
    persons = sentence_people(ctx, sentence, refs)
    prev_end, prev_people, prev_verb = (ctx.carry[0].start if ctx.carry else sentence.start), [], ""
    _listed_on(ctx, sentence, persons)
    handovers.parties(ctx, sentence)  # 卸任某局长甲说: a ceremony's parties, before their 说 is read
    ctx.carry, topics = [], speeches.topics(ctx, sentence)
    refs = [r for r in refs if not any(s <= r.start < e for s, e in topics)]  # a topic's event is no venue
    for m in scan.finditer(partverbs.pattern(), sentence.text):
        verb, start, end = partverbs.row(m.group()), sentence.start + m.start(), sentence.start + m.end()
        listed = rules.pattern("listed_after").match(text, end)  # 出席会议的还有…, 代表团成员包括…
        # 出席者 names no one before it (participation_block.txt), but 出席者包括甲、乙 lists them after it
        counts = _verb_counts(text, sentence, verb, start, end) or _doer_list(text, end, listed)
        counts = counts and partverbs.names_event(text, verb, end, refs)
        if not counts or any(s <= start < e for s, e in topics) or guards.in_quoted_name(text, sentence.start, start, end):
            continue  # 某某作…出席某会代表人选的说明: a speech's topic (events/speeches.py); “某某系列演讲”: a name
        hit = _Hit(verb, start, end, listed, prev_end)
        people = _verb_people(text, sentence, persons, hit, (prev_people, prev_verb)) or title_subject(ctx, sentence, start)
        if not people and verb in rules.uses("near_subject") and text[start - 1 : start] in CLAUSE_BREAKS:
            continue  # 甲表示，…，期许…: the words go on; no verb of their own, the list before is not cut
        _attend(ctx, (sentence, refs, before), hit, (people, prev_people), persons)
        prev_end, prev_people, prev_verb = partverbs.listed_end(text, persons, verb, end, sentence), people, verb
    if sentence.text.rstrip()[-1:] in SEMICOLONS and listing.ends_on_name(text, persons, sentence):
        ctx.carry = [p for p in persons if p.start >= prev_end]
    reporters(ctx, sentence, refs, before)
    for person, event, rule in speeches.given(ctx, sentence, refs, before):  # 某某作关于…的报告 / 就…作一说明
        _link(ctx, sentence, event, person, "spoke_at", rule)
    _label(ctx, sentence, before)


def _verb_people(
    text: str, sentence: Sentence, persons: list[Mention], hit: _Hit, prev: tuple[list[Mention], str]
) -> list[Mention]:
    """Who a verb is said of: named since the verb before (after 由), its list, else the verb before's subject."""
    (verb, start, _, listed, since), (prev_people, prev_verb) = hit, prev
    lo = partverbs.people_start(text, sentence, since, start)  # 考察团出席…: the group's clause, not the ones before
    people = _after_agent(text, [p for p in persons if lo <= p.start and p.end <= start], sentence, start)
    if listed:  # 出席会议的还有：甲，乙；丙: a colon's list runs to the sentence's end
        _, right = rules.clause_bounds(text, listed.end(), listed.end(), sentence.start, sentence.end)
        right = sentence.end if listing.colon(listed) or companions.listing(verb) else right
        right = listing.comma_items_end(text, persons, right, sentence)  # …的领导有甲副部长，乙书记，丙
        people = [p for p in persons if listed.end() <= p.start < min(right, sentence.end)]
    between = text[since:start]
    people = people or listing.relative_doers(text, sentence, persons, start, hit.end)  # 主持仪式的甲认为
    if not people and prev_people and partverbs.carries_subject(text, (sentence.start, since, start), verb, prev_verb):
        return prev_people  # 某某出席某典礼，也期许…: the subject of the clauses before (no near_subject test)
    carried = partverbs.after_lead(text, start, sentence, prev_verb) or partverbs.after_escort(text, since, prev_verb)
    carried = carried or partverbs.program_clause(text, start, sentence, prev_verb)  # …，傍晚到某地参加某会
    if not people and prev_people and (_same_subject(between) or carried):
        people = prev_people  # 某某出席会议并讲话; 某某率团赴某地，参加某会; 某某在乙陪同下，参加某会: the same subject
    return _near_subject(text, people, start) if verb in rules.uses("near_subject") else people


_LISTED = {"chairs": "presided"}  # the relation of the people listed after a verb (others attended)
_NEAR = 4  # at most this many characters (也, 则, 衷心, 主席) between a ``near_subject`` verb and its subject


def _near_subject(text: str, people: list[Mention], start: int) -> list[Mention]:
    """希望/期许… (``near_subject``): said by the name right before the verb (甲也期待, 甲、乙希望), never by
    one named further back in the clause (感谢甲的协助，期许…; 欢迎甲率团前来，期许…), nor by a name owning the noun
    the verb ends (甲的施政报告)."""
    gap = text[people[-1].end : start] if people else ""
    owned = any(w in gap for w in rules.uses("attributive"))  # 甲的施政报告: the name owns the noun, says nothing
    return people if people and len(gap) <= _NEAR and not any(c in CLAUSE_BREAKS for c in gap) and not owned else []


def _attend(
    ctx: Context,
    read: tuple[Sentence, list[Ref], Draft | None],
    hit: _Hit,
    said: tuple[list[Mention], list[Mention]],
    persons: list[Mention],
) -> None:
    """Tie the people of ``hit`` (``said``: theirs and those of the verb before) to the event it points to,
    in the relation its verb names."""
    (sentence, refs, _), (people, subject), text = read, said, ctx.doc.text
    verb, start, end, listed, since = hit
    relation = rules.participation_verbs()[verb]
    target = _event_of(ctx, read, hit, relation)
    people = _with_subject(text, people, subject, start, sentence) if relation == "presided" else people
    people = ceremonyparties.co_signers(text, verb, people, subject, start, sentence.start)
    if target is None and relation == "members":
        return  # 代表团成员包括…, a group's visit only planned: no event they attend yet
    if relation in ("leads", "members", "chairs"):  # 某某带领某某、某某; 成员有某某、某某; 主持人为某某: those after it
        people, relation = _led(text, sentence, persons, hit, people, relation), _LISTED.get(relation, "attended")
    if relation == "says":
        target, people = speakers.says(ctx, sentence, refs, target, people, start)
        relation = "spoke_at"
    if relation == "read_out":  # 宣读了某某的书面致辞 / 贺信: the author sent it, the reader spoke
        people, relation = _read_out(text, sentence, verb, people, (since, start, end))
        target = readmessages.read_message(ctx, sentence, verb, people, target, end) or target  # 甲致某会的贺信
    if listed and listing.goes_on(sentence):  # 出席的有：甲；乙 and 出席的嘉宾包括甲；乙；以及丙: one list
        ctx.listing = (target, relation, verb)
    for event in partverbs.joined_events(ctx.doc.text, refs, target):  # 主持了某会第二次全体会议及闭幕式: both
        for person in _present(ctx, sentence, people, relation, since, start):
            _link(ctx, sentence, event, person, relation, verb)


def _event_of(
    ctx: Context, read: tuple[Sentence, list[Ref], Draft | None], hit: _Hit, relation: str
) -> Draft | None:
    """The event a participation verb points to (:func:`_target`), but a visiting group's (成员包括…), a
    companion's trip (随团…) or the signing a witness attends (赴某地出席见证)."""
    sentence, refs, before = read
    target = _target(ctx, sentence, refs, before, hit.start, hit.end)
    if target is None and hit.verb in rules.uses("activity_list"):  # 参加本次调研活动的包括甲: the act reported
        target = next((d for d in reversed(ctx.drafts) if not (d.planned or d.named_only)), None)
    strict = ctx.doc.text[hit.end : hit.end + 1] in COLONS  # 成员包括：…, a roster printed apart: its group's own visit
    target = _group_visit(ctx, sentence, (hit.start, strict), target) if relation == "members" else target
    target = companions.trip(ctx, (sentence, refs), hit.verb, (hit.start, hit.end, bool(hit.listed)), target)
    return ceremonyparties.witnessed(ctx.doc.text, sentence, refs, (hit.start, hit.end), target)


def _led(
    text: str, sentence: Sentence, persons: list[Mention], hit: _Hit, people: list[Mention], relation: str
) -> list[Mention]:
    """The people of a ``leads`` or ``members`` verb: the leaders (某某带领) and those named in the verb's list
    (成员有165人，包括某某、某某: the list after the count), all attending."""
    at = partverbs.list_start(text, hit.end, relation)
    _, right = rules.clause_bounds(text, at, at, sentence.start, sentence.end)
    right = partverbs.past_glosses(text, right, sentence.end)  # 成员包括某部长甲(Ann Lee)、…
    right = partverbs.led_end(text, at, min(right, sentence.end), relation)
    after = [p for p in persons if at <= p.start and p.end <= right]
    led_by = partverbs.leaders(text, people, hit.start, hit.end) if relation == "leads" else []
    return led_by + after


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


def _doer_list(text: str, end: int, listed: re.Match[str] | None) -> bool:
    """A verb's doers named by 者 and listed after it (出席者包括甲、乙; 参加者有…): the list counts."""
    return listed is not None and text.startswith(rules.uses("doer_mark"), end)


def _verb_counts(text: str, sentence: Sentence, verb: str, start: int, end: int) -> bool:
    """Whether the participation verb printed at ``start:end`` ties people to an event here."""
    if partverbs.blocked(text, start, verb) or (verb in rules.uses("needs_mark") and not _marked(text, end)):
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
    people = [p for p in people if not partverbs.represented(ctx, sentence, p)]
    people = [p for p in people if not _inviter(text, p, start)]
    if relation in ("presided", "attended", "spoke_at", "opens"):  # 传达某某近期重要讲话精神 … 主持: not there
        people = [p for p in people if not rules.pattern("relayed_author").match(text, p.end)]
        people = [p for p in people if not partverbs.describes_next(text, p, people)]
    if relation == "spoke_at":  # 甲听取了乙的汇报: 甲 heard it
        heard = max((text.rfind(w, prev_start, start) for w in rules.uses("hears")), default=-1)
        if heard >= 0 and rules.pattern("heard_before").search(rules.compact(text[heard:start])):
            heard = -1  # 甲在听取汇报后讲话: 甲 heard, then spoke
        people = [p for p in people if p.start > heard]
    return people


def _inviter(text: str, person: Mention, start: int) -> bool:
    """甲前往某地，邀请某市长率团前来: 甲 invites, the one invited takes part (甲应邀出席, 甲获邀…: 甲 does)."""
    between = text[person.end : start]
    for word in rules.uses("invites_not"):  # 特邀咨询甲: a post of one invited, no one inviting
        between = between.replace(word, " " * len(word))
    at = min((i for w in rules.uses("invites") if (i := between.find(w)) >= 0), default=-1)
    return at >= 0 and not any(m in between[:at] for m in (*rules.uses("invited_mark"), *rules.uses("passive")))


def _with_subject(
    text: str, people: list[Mention], subject: list[Mention], start: int, sentence: Sentence
) -> list[Mention]:
    """甲率团前往某地，与乙共同主持某会议: a clause opened by a ``partner`` word with a ``joint`` word right before
    the verb: the subject of the sentence's previous verb does the act too."""
    left, _ = rules.clause_bounds(text, start, start, sentence.start, sentence.end)
    if not subject or not text.startswith(rules.uses("partner"), left) or not text.endswith(rules.uses("joint"), left, start):
        return people
    return subject + [p for p in people if p not in subject]


def _group_visit(ctx: Context, sentence: Sentence, at: tuple[int, bool], target: Draft | None) -> Draft | None:
    """某代表团成员包括甲、乙 (a ``delegation`` word before the verb in its clause) attend the group's visit, the
    article's latest, else the meeting it was led to (率团前往…主持某会议), never another person's trip."""
    (text, (start, strict)) = ctx.doc.text, at
    left, _ = rules.clause_bounds(text, start, start, sentence.start, sentence.end)
    if not any(w in text[left:start] for w in rules.uses("delegation")):
        return target
    visits = [d for d in reversed(ctx.drafts) if d.event_type == "visit" and not d.named_only]
    grouped = [d for d in visits if any(w in d.title for w in rules.uses("delegation"))]
    return (grouped or [m for m in [partverbs.led_meeting(ctx, start)] if m] or ([] if strict else visits) or [None])[0]


def _label(ctx: Context, sentence: Sentence, before: Draft | None) -> None:
    """A transcript's speaker label opening a line (某部副部长 某某：what was said) speaks at the meeting or
    press conference reported."""
    text, named = ctx.doc.text, ctx.people(sentence.start, sentence.end)
    if not named or before is None or before.event_type not in SAYS_TYPES:
        return
    first = named[0]
    head = rules.compact(text[sentence.start : first.start])
    mark = rules.compact(text[first.end : min(first.end + 3, sentence.end)])[:1]
    # a line that ends no sentence (某副市长甲：与乙有着类似经历) is a subheading, no speech
    line_end = text.find(LINE_BREAK, first.end, sentence.end)
    spoken = has_sentence_end(text[first.end : line_end if line_end >= 0 else sentence.end])
    if mark and mark in COLONS and not any(c in CLAUSE_BREAKS for c in head) and spoken:
        _link(ctx, sentence, before, first, "spoke_at", "speaker_label")


def reporters(ctx: Context, sentence: Sentence, refs: list[Ref], before: Draft | None) -> None:
    """会议听取了某某关于…的通报: a person right before an ``about`` word (a short title between, 某某主任关于) after a
    ``hears`` word of the sentence, no ``opinion`` word between (会议强调), reported to the meeting heard: spoke_at."""
    text, people = ctx.doc.text, ctx.people(sentence.start, sentence.end)
    for index, person in enumerate(people):
        end = partverbs.list_end(text, people, index)  # 甲、某委员乙分别所作的关于…: the list's reports
        after = rules.compact(text[end : min(end + 12, sentence.end)])
        word = next((w for w in rules.uses("about") for k in range(4) if after.startswith(w, k)), "")
        heard = [k for h in rules.uses("hears") if (k := text.find(h, sentence.start, person.start)) >= 0] if word else []
        if not any(not any(v in text[k : person.start] for v in rules.uses("opinion")) for k in heard):
            continue  # 会议听取…汇报 会议强调，要贯彻某某关于…的指示: what the meeting stressed, no report heard
        at = text.find(word, end, sentence.end)
        if any(c in CLAUSE_BREAKS for c in text[end:at]):
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
    """A ``needs_mark`` verb (说) counts only before a mark, a quotation or the end (说明 is no speech), or before
    a ``marked_object`` (在机场迎接访问团成员: the visitors, not 迎接挑战)."""
    return end >= len(text) or text[end] in CLAUSE_BREAKS + QUOTE_OPEN or text.startswith(rules.uses("marked_object"), end)


def _same_subject(between: str) -> bool:
    """Two participation verbs share their people: no clause break between them, or a word such as 并
    (某某出席会议并讲话)."""
    same = rules.uses("same_subject")
    return any(w in between for w in same) or not any(c in between for c in CLAUSE_BREAKS)


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
    elif verb in rules.uses("announces") and partverbs.plan_after(ctx, sentence, person):
        return  # 发言人甲宣布：乙将于某日访问某国: the one announcing a plan takes no part in it
    elif not target.planned or companions.goes_along(target, verb) or partverbs.announced(ctx, sentence, person):
        target.participants.setdefault((person.text, relation), link)


def _target(
    ctx: Context, sentence: Sentence, refs: list[Ref], before: Draft | None, start: int, end: int
) -> Draft | None:
    tour = escorted.accompanied_tour(ctx, start, end)
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
        if r.end <= start and not topic(ctx.doc.text, r) and not guards.quoted_mention(ctx.doc.text, sentence.start, r)
        and not guards.welcomed(ctx, r)
    ]  # 就《某会的报告》作说明: the event inside a title is no venue; 欢迎代表团访问某省，介绍…: the talks
    if earlier:
        return earlier[-1].draft
    if (scene := scene_act(ctx, sentence, start)) is not None:
        return scene  # 签署备忘录现场，列席为…: the signing told before, not the event named last
    before = reported_before(ctx.drafts, before) if before is not None else None  # 决定召开某会。某某出席
    if before is not None:
        return before
    return refs[0].draft if refs else None


def topic(text: str, ref: Ref) -> bool:
    """An event named after an ``about`` word of its clause is the topic of a report (关于某会议以来工作的通报),
    not where the people of the sentence are."""
    left, _ = rules.clause_bounds(text, ref.start, ref.end, max(ref.start - 80, 0), ref.end)
    return any(text.find(w, left, ref.start) >= 0 for w in rules.uses("about"))

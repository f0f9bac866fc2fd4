"""visits: a person's visit reported through the talks or banquet it holds (某总统此次访华, 应邀来访,
访问期间): an event of type ``visit`` named after the visitor, dated by the event the visitor took part in
(date source ``context``), for ``events.py``. A person's visit no event of the article reports stays no event
(45年前某某访华). A delegation's visit is ``eventparts.delegation`` (its group names it)."""

from __future__ import annotations

from ..model import Mention, Participation, Sentence
from ..punctuation import COMMAS
from . import actpeople, dating, eventplaces, sides
from . import eventrules as rules
from .draft import Context, Draft, Ref, compared
from .groups import group_title, visiting_group
from .register import add, same

_GAP = 8  # at most these characters between the visitor and the visit verb (总统此次, 应邀)


def person_visit(
    ctx: Context, sentence: Sentence, trigger: rules.Trigger, left: int, start: int, end: int
) -> bool:
    """Register the visit of the person right before the visit verb at ``start…end``; whether it was one."""
    text = ctx.doc.text
    modifiers = [w for w in rules.uses("act_modifier") if w not in rules.uses("visit_during")]
    if any(text.startswith(w, end) for w in modifiers):
        return False  # 来访的客人, 访华团: a noun, not the visit
    if trigger.word in rules.uses("place_needed"):
        return False  # 某某前往某地调研: a verb of going names no visit of its own without its place (某某前往)
    visitor = _visitor(ctx, left, start)
    if visitor is None or ctx.times(left, start):
        return False  # 45年前某某访华: a visit of its own time, not the one reported
    held = _held(ctx, visitor)
    if held is None:
        return False
    title = visitor.text + trigger.word
    known = same(ctx, title, None) or (held if held.event_type == "visit" else None)  # 甲出访某国…甲访问某国期间
    if known is None:
        draft = Draft(
            title, "visit", start, end, held.date, None, "context", held.date_text, None, False, False
        )
        draft.explicit = held.explicit
        known = add(ctx, draft, sentence, start, end, f"event:person_visit:{trigger.word}")
    actpeople.add_people(ctx, sentence, known, [(visitor, "attended")], trigger.word)
    return True


def launched(ctx: Context, trigger: rules.Trigger, span: tuple[int, int, int, int]) -> bool:
    """A visit word whose clause opens the visit before it and names the trip after it (``visit_launch``: 某某1日起
    展开一连四日的访港行程): the person's trip starts there, as with a departure, whatever talks the article reports;
    a visit word closing its clause (开始对某省进行国事访问) is left to the talks that report it."""
    left, start, end, right = span
    if trigger.event_type == "visit" and rules.pattern("formal_visit").search(ctx.doc.text, left, end):
        return True  # 对某国进行国事访问: a state visit, the person's own trip (gold sets annotate it)
    if trigger.event_type != "visit" or not rules.compact(ctx.doc.text[end:right]):
        return False
    return any(ctx.doc.text.find(w, left, start) >= 0 for w in rules.uses("visit_launch"))


def _visitor(ctx: Context, left: int, start: int) -> Mention | None:
    """The person printed right before the verb (a title or 此次/应邀 between, no other verb)."""
    before = [p for p in ctx.people(left, start) if p.end <= start]
    if not before:
        return None
    person = before[-1]
    if _host_object(ctx, left, person):
        return None  # 某某对某某又一次访问某地致以欢迎: the visit is what the host's words are about
    gap = ctx.doc.text[person.end : start]
    if len(gap) > _GAP or rules.trigger_pattern().search(gap) or rules.participation_pattern().search(gap):
        return None  # 某某会见来访的代表团: the person hosts, someone else visits
    if any(w in gap for w in rules.words("plan_words.txt")):
        return None  # 某某力邀其来访: the person invites someone else, whose trip is yet to come
    if any(
        w in gap for w in (*rules.uses("object_marker"), *rules.uses("welcomes"), *rules.uses("group_end"))
    ):
        return (
            None  # 某某对某某一行来访表示欢迎: a host; a group's visit is the group's (eventparts.delegation)
        )
    return person


def _host_object(ctx: Context, left: int, person: Mention) -> bool:
    """Whether a ``visitor_object`` word (对) stands before the person in the clause with no verb after it:
    the person and the visit are the object of someone else's words (某某对某会长某某又一次访问某地致以欢迎)."""
    before = ctx.doc.text[left : person.start]
    at = max((before.rfind(w) + len(w) for w in rules.uses("visitor_object") if w in before), default=-1)
    if at < 0:
        return False
    rest = before[at:]
    return not (rules.trigger_pattern().search(rest) or rules.participation_pattern().search(rest))


def _held(ctx: Context, visitor: Mention) -> Draft | None:
    """The latest event of the article dated to the day that the visitor took part in (talks, a banquet)."""
    dated = [d for d in reversed(compared(ctx.drafts)) if not d.planned and d.date and len(d.date) >= 10]
    return next((d for d in dated if any(p == visitor.text for p, _ in d.participants)), None)


def tour(ctx: Context, actor: Mention, trigger: rules.Trigger, refs: list[Ref], at: tuple[int, int]) -> Draft | None:
    """The inspection tour of ``actor`` the article reports already (某某赴某省考察调研), which a later
    来到/察看 of the same person is a stop of, as is an inspection act after that stop in its clause
    (来到某市考察) or one told as going on (明日继续考察); None when there is none. ``at``: the clause's start
    and the act word's."""
    left, start = at
    if trigger.event_type == "inspection" and ctx.doc.text.endswith(rules.uses("continues"), left, start):
        return _toured_by(ctx, actor)  # 某某明日(23日)继续考察调研行程: the tour goes on, no tour of its own
    if trigger.form != "visit":
        stop = refs[-1] if refs and refs[-1].bare and refs[-1].start >= left else None
        same = stop is not None and stop.draft.event_type == trigger.event_type == "inspection"
        if same and stop is not None and (actor.text, "attended") in stop.draft.participants:
            return stop.draft
        return _undated_stop(ctx, actor, trigger, left) or _visit_leg(ctx, actor, trigger)
    return _toured_by(ctx, actor)


def _visit_leg(ctx: Context, actor: Mention, trigger: rules.Trigger) -> Draft | None:
    """甲参观某馆 after the article told 甲's visit (a state visit, a trip to a city, announced or held): a site seen on
    the way is a leg of that visit (docs/gold-conventions.md A9), not a tour of its own."""
    if trigger.word not in rules.uses("person_tour"):
        return None
    visits = (d for d in reversed(compared(ctx.drafts)) if d.event_type == "visit")
    return next((d for d in visits if (actor.text, "attended") in d.participants), None)


def _undated_stop(ctx: Context, actor: Mention, trigger: rules.Trigger, left: int) -> Draft | None:
    """某某首先到某村会勘… 随后，某某一行前往某乡会勘…: an inspection act of a person whose dated tour the article
    reported before, in a sentence printing no date of its own, is a stop of that tour, not an undated tour."""
    if trigger.event_type != "inspection":
        return None
    sentence = ctx.sentence_at(left)
    if any(t.kind == "date" for t in ctx.times(sentence.start, sentence.end)):
        return None
    return _toured_by(ctx, actor, dated=True)


def _toured_by(ctx: Context, actor: Mention, dated: bool = False) -> Draft | None:
    """The latest tour held (not planned; with a date when ``dated``, or a printed day a page with no year leaves
    unresolved: 1月21日 on an undated page, tour26) that ``actor`` attended."""
    tours = (d for d in reversed(compared(ctx.drafts)) if d.event_type == "inspection" and not d.planned)
    return next(
        (d for d in tours if (not dated or d.date or d.date_text) and (actor.text, "attended") in d.participants), None
    )


def discussion_leg(ctx: Context, trigger: rules.Trigger, span: tuple[int, int, int, int]) -> Draft | None:
    """A discussion act naming no one in its clause (他与基层干部进行座谈, 向镇村干部问好，与他们座谈交流) after a held
    tour the article reports: a leg of that tour (docs/gold-conventions.md A9), not a meeting of its own."""
    left, _, _, right = span
    talk = trigger.event_type == "meeting" and any(w in trigger.word for w in sides.uses("discussion"))
    if not talk or ctx.people(left, right):
        return None
    return next((d for d in reversed(compared(ctx.drafts)) if d.event_type == "inspection" and not d.planned), None)


GROUP_ACTS = ("talks", "meeting")  # a visiting group's own acts: its people take part


def delegation_guests(ctx: Context, draft: Draft, end: int, right: int) -> None:
    """某某会见代表团一行: talks whose object is a visiting group (a ``delegation`` word, no person named) have
    the people of the article's latest visit as guests (the leader who 率团 came, the members listed)."""
    text = ctx.doc.text
    at = min(((i, w) for w in rules.uses("delegation") if (i := text.find(w, end, right)) >= 0), default=None)
    visit = next((d for d in reversed(ctx.drafts) if d.event_type == "visit" and not d.planned), None)
    if at is None or visit is None or visit is draft:
        return
    sentence = ctx.sentence_at(end)
    rule = "participation:delegation_guests"
    prov = ctx.doc.provenance(ctx.article.index, sentence, at[0], at[0] + len(at[1]), rule)
    for name, relation in list(visit.participants):
        if relation == "attended":
            draft.participants.setdefault((name, "attended"), Participation(name, "attended", prov))


def guest_party(ctx: Context, draft: Draft, guests: list[Mention], right: int) -> None:
    """某某会见并宴请甲一行: a guest named with a ``group_end`` word right after the name (一行) brings the party
    he came with — the other people of the latest visit he attended (甲、乙率团到某地参访) are guests too. A
    guest without it (会见甲) or one who made no visit of the article brings no one."""
    text = ctx.doc.text
    ends = rules.uses("group_end")
    rule = "participation:guest_party"
    for guest in guests:
        if guest.end >= right or not text.startswith(ends, guest.end):
            continue
        visit = next(
            (d for d in reversed(ctx.drafts) if d is not draft and d.event_type == "visit" and not d.planned
             and (guest.text, "attended") in d.participants),
            None,
        )
        if visit is None:
            continue
        sentence = ctx.sentence_at(guest.start)
        prov = ctx.doc.provenance(ctx.article.index, sentence, guest.start, guest.end, rule)
        for name, relation in list(visit.participants):
            if relation == "attended":
                draft.participants.setdefault((name, "attended"), Participation(name, "attended", prov))


def group_act(
    ctx: Context, draft: Draft, sentence: Sentence, span: tuple[int, int], actor: Mention | None
) -> None:
    """An act of a visiting group: 代表团随后拜会某某 (a ``delegation`` word before the act in its clause, no
    person acting) or …代表团来到某地，与乙座谈 (the clause opens with a ``partner`` word, the group is the
    sentence's subject): the people of the article's latest visit take part, and those named after the
    partner word are the other side."""
    text, (left, start) = ctx.doc.text, span
    if actor is None and any(w in text[left:start] for w in rules.uses("delegation")):
        delegation_guests(ctx, draft, left, start)
        return
    while left - 1 > sentence.start and text[left - 1] in COMMAS and _ends_on_name(ctx, left - 1):
        # 与甲，乙座谈: one list of the other side
        left, _ = rules.clause_bounds(text, left - 2, left - 2, sentence.start, sentence.end)
    if text.startswith(rules.uses("partner"), left) and any(
        w in text[sentence.start : left] for w in rules.uses("delegation")
    ):
        delegation_guests(ctx, draft, sentence.start, left)
        rule = "participation:partner"
        for person in ctx.people(left, start):
            prov = ctx.doc.provenance(ctx.article.index, sentence, person.start, person.end, rule)
            link = Participation(person.text, "attended", prov)
            draft.participants.setdefault((person.text, "attended"), link)


def _ends_on_name(ctx: Context, at: int) -> bool:
    return any(p.end == at for p in ctx.people(at - 12, at))


def guest_visit(ctx: Context, sentence: Sentence, refs: list[Ref], start: int, end: int) -> None:
    """某某会见在某地考察访问的某代表团 / 会见来某地访问的某某一行: the guests' visit, told inside the object of
    the talks just named (``body_after`` 在 or a ``motion`` word and a place right after the talks, act words,
    ``attributive`` 的, a ``delegation`` or ``group_end`` word in the clause) — a ``visit`` titled by the group
    and what it does there, in the talks' month (``context``: the visit's own days are not printed), which the
    people named in the group attend."""
    talks = refs[-1] if refs and refs[-1].draft.event_type == "talks" else None
    text = ctx.doc.text
    lead = rules.strip_start(rules.compact(text[talks.end : start]), rules.uses("aspect")) if talks else ""
    if talks is None or not _guest_lead(lead) or not talks.draft.date:
        return
    at, pattern = end, rules.trigger_pattern()
    while (m := pattern.match(text, at)) is not None and m.end() > at:
        at = m.end()
    mark = next((w for w in rules.uses("attributive") if text.startswith(w, at)), "")
    _, right = rules.clause_bounds(text, at, at, sentence.start, sentence.end)
    words = (*rules.uses("delegation"), *rules.uses("group_end"))
    found = [(i, w) for w in words if mark and (i := text.find(w, at, right)) >= 0]
    if not found:
        return
    group_at, word = min(found)
    group_end = group_at + len(word)
    group = rules.compact(text[at + len(mark) : group_end])
    title = group + rules.strip_start(rules.compact(text[talks.end : at]), rules.uses("aspect"))
    known = talks.draft
    place = eventplaces.place_in(text[talks.end : at])[0] or known.place
    month = (known.date or "")[:7]
    draft = Draft(title, "visit", start, end, month, None, "context", known.date_text, place, False, False)
    draft.explicit = known.explicit
    visit = add(ctx, draft, sentence, start, end, f"event:guest_visit:{text[start:end]}")
    guests = [p for p in ctx.people(at, group_end) if p.end <= group_end]
    actpeople.add_people(ctx, sentence, visit, [(p, "attended") for p in guests], text[start:end])


def _guest_lead(lead: str) -> bool:
    """在某地 / 来某地 opening the talks' object before the guests' act words."""
    return lead.startswith(rules.uses("body_after")) or (len(lead) >= 2 and lead.startswith(rules.uses("motion")))


def another_visit(ctx: Context, sentence: Sentence, known: Draft, span: tuple[int, int], index: int) -> bool:
    """A visit word whose clause or sentence dates it to a period apart from the article's visit told before
    (去年10月，某某率团到某地考察 after 3月18日至19日，某团到某市考察): an earlier visit, not the one told again (a
    later day is a stop of the visit told, ``_before``). The
    article's visit dated only by the page (``article``) is retold with the body's day (dating.date_retold)."""
    leader = _other_leader(ctx, sentence, known, span[0])
    if leader is not None and not (_same_destination(ctx, known, span[1]) and _group_officer(ctx, leader)):
        return True  # two leaders, two trips: 甲将率团访问某地, 乙另一天带代表团去另一地; 乙乡长率访问团赴同一国
    if not known.date or known.date_source == "article":
        return False  # (a visit announced for a day is told again on it; one printed on an earlier day was made)
    probe = Draft.undated(known.title, known.event_type, *span)
    if not dating.date_event(ctx, sentence, probe, index, article_fallback=False, act=True):
        return False
    if probe.date_source not in ("clause", "sentence") or not probe.date:
        return False
    if known.planned:  # 甲将于20日率团访问某地。8日，甲率团访问另一地: a visit by the page's day was made, another
        return not _before(ctx.article.date or "", probe.date) and _before(probe.date_end or probe.date, known.date)
    return _before(probe.date_end or probe.date, known.date) or _next_leg(ctx, sentence, known, span[0], probe.date)


def _other_leader(ctx: Context, sentence: Sentence, known: Draft, start: int) -> Mention | None:
    """The person leading the group printed right before the lead word (某某率领代表团访问某地) when the visit told
    before is led by others (its people, none of them that person or a short form of the name): another trip, not
    that visit told again; None else. A visit told before with nobody named (a headline's group) is the same."""
    title = group_title(ctx, sentence.start, start)
    leader = next((p for p in ctx.people(sentence.start, start) if title.startswith(p.text)), None)
    others = [name for name, relation in known.participants if relation == "attended"]
    if leader is None or not others:
        return None
    return None if any(name.startswith(leader.text) or leader.text.startswith(name) for name in others) else leader


def _group_officer(ctx: Context, leader: Mention) -> bool:
    """The leader is printed as an officer of the group (``group_officer``: 副团长乙率领代表团访问某地某港): the
    group told before, taken on by another of its people; a leader printed with a post of his own (某乡长乙率访问团
    赴同一国) leads a trip of his own."""
    return ctx.doc.text.endswith(rules.uses("group_officer"), 0, leader.start)


def _same_destination(ctx: Context, known: Draft, end: int) -> bool:
    """The visit word at ``…end`` names the place of the visit told before (某地, 某地某港): a stop of that trip,
    whoever leads the group there (次日，副团长乙率领代表团访问某地某港)."""
    return bool(known.place) and ctx.doc.text.startswith(known.place or "", end)


def _next_leg(ctx: Context, sentence: Sentence, known: Draft, start: int, day: str) -> bool:
    """某代表团于25日转往某省访问 after the visit of the 24th: a leg of the trip moving on (``next_leg`` 转往, 转赴
    before the visit word in its clause) on a day of its own after the visit's days is a visit of its own; a leg
    printed without a day of its own (随后转往某国访问) stays the visit told."""
    text = ctx.doc.text
    left, _ = rules.clause_bounds(text, start, start, sentence.start, sentence.end)
    moving = any(text.find(w, left, start) >= 0 for w in rules.uses("next_leg"))
    return moving and _before(known.date_end or known.date or "", day)


def _before(a_end: str, b_start: str) -> bool:
    """Whether a period ending on ``a_end`` ends before one starting on ``b_start`` (ISO day, month or year),
    compared at the coarser precision. Only an earlier period is another visit: a later day is a stop of the
    article's visit whose report printed only its first day (25日抵达某地，开始访问。27日，代表团访问了某港)."""
    n = min(len(a_end), len(b_start))
    return a_end[:n] < b_start[:n]


def trip_plan(ctx: Context, sentence: Sentence, trigger: rules.Trigger, left: int, start: int) -> str:
    """A plan word before a group's visit or tour, or before setting off (某某将于5月2日率领某代表团访问某地; 将于21日
    启程前往某地): "planned", a trip announced (a planned ``visit``, docs/gold-conventions.md A3), not an act left to
    its report; "invited" when the only plan words are an ``invitation`` after an ``invited_mark`` (受某国政府邀请
    于26日抵达某地: a trip made on invitation, done); "" for no trip."""
    departure = sets_off(ctx, trigger)
    if trigger.event_type not in ("visit", "inspection") or not (departure or visiting_group(ctx, sentence.start, start)):
        return ""
    found, invited = _plan_words(ctx.doc.text, left, start)
    return "invited" if found and invited else "planned"


def _plan_words(text: str, left: int, start: int) -> tuple[bool, bool]:
    """Whether a plan word of two characters or more stands in ``text[left:start]``, and whether every one is an
    ``invitation`` after an ``invited_mark`` (应某某邀请: why the act is done, no plan)."""
    found = [(at, w) for w in rules.words("plan_words.txt") if len(w) > 1 and (at := text.find(w, left, start)) >= 0]
    invited = all(
        w in rules.uses("invitation") and any(text.find(m, left, at) >= 0 for m in rules.uses("invited_mark"))
        for at, w in found
    )
    return bool(found), invited


def announced(text: str, left: int, start: int) -> bool:
    """A plan word of two characters or more before an act in its clause (将于, 计划在): the act is announced, not
    done; not when the only ones are an invitation it answers (并应某国总督和总理邀请对某国进行国事访问)."""
    found, invited = _plan_words(text, left, start)
    return found and not invited


def sets_off(ctx: Context, trigger: rules.Trigger) -> bool:
    """The visit word sets a person off on a trip of his own (``departure``: 启程前往某地), or goes anywhere on a page
    that tells the traveller's absence (``absence_cue``: 在他离港期间, 由某某署理: a government's notice of one
    official's trip, which is the page's event even with no group named). The cue counts in the trigger's own
    article only: another article of the same file (a newspaper page) tells another official's absence."""
    if trigger.word in rules.uses("departure"):
        return True
    lo, hi = ctx.article.start, ctx.article.end
    return trigger.event_type == "visit" and any(ctx.doc.text.find(cue, lo, hi) >= 0 for cue in rules.uses("absence_cue"))

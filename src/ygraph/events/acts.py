"""acts: *act* events (揭牌运行, 考察, 会见, 致唁电: the subject does something), read at an act trigger of a
sentence: the guards that make it no act, the actor, the event it belongs to (the tour, the ceremony, the talks
told), its date and its participants. Vocabulary: ``lexicons/zh/events/``, docs/events.md."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Mention, Sentence
from ..punctuation import ASIDE
from . import (
    actdraft,
    actpeople,
    actsubjects,
    atmeeting,
    ceremonies,
    dating,
    documents,
    escorted,
    eventmodel,
    framed,
    groupcalls,
    guards,
    openacts,
    owntrips,
    titleholder,
    visits,
)
from . import eventparts as parts
from . import eventrules as rules
from .draft import Context, Draft, Ref, clause, compared
from .groups import body_inspects, group_trip, own_team, task_group_at, team_tour, visiting_group
from .register import add, add_listed, bare
from .sides import continued_actor, leaders_partner, talks_sides


class _Go:
    """The mark a step of ``act`` returns when it decides nothing and the next step reads on."""


_GO = _Go()


@dataclass
class _Act:
    """An act word read in its sentence, and what the steps of ``act`` learn of it on the way."""

    ctx: Context
    index: int
    sentence: Sentence
    trigger: rules.Trigger
    span: tuple[int, int, int, int]  # left, start, end, right: the clause and the act word
    refs: list[Ref]
    cand: eventmodel.Candidate
    departure: bool = False
    told_ref: Ref | None = None
    opening: str = ""
    opener: bool = False
    sides: list[Mention] = field(default_factory=list)
    announced: bool = False
    trip: bool = False
    actor: Mention | None = None
    group: bool = False


def act(
    ctx: Context,
    index: int,
    sentence: Sentence,
    trigger: rules.Trigger,
    start: int,
    end: int,
    refs: list[Ref],
) -> Ref | None:
    left, right = clause(sentence, start, end, ASIDE)
    left = guards.topic_start(ctx.doc.text, sentence.start, left, start)  # 甲到某地就某事，加快某事进行调研
    cand = eventmodel.Candidate(index, sentence, trigger, (left, start, end, right))  # soft guards: the model may overrule
    a = _Act(ctx, index, sentence, trigger, (left, start, end, right), refs, cand)
    decided, rite = openacts.screen(ctx, trigger.word, refs, a.span)
    if decided:
        return rite  # 开幕词, 启动资金: no rite; 某会议在某地开幕: the meeting's own opening
    for step in (_screened, _modified_or_bare, _blocked, _found_actor, _told_already):
        out = step(a)
        if not isinstance(out, _Go):
            return out
    draft = _dated_draft(a)
    if not isinstance(draft, Draft):
        return draft
    if openacts.undated(trigger.word, draft.date):
        return None  # 某运动会11日开幕 on a page that prints no year: no rite the page can date
    return _recorded(a, draft)


def _screened(a: _Act) -> Ref | None | _Go:
    """No act where the word is quoted, referred to (framed.py), no act at all (``_no_act``), a group's tour told,
    a person's visit, or a motion whose tour follows."""
    ctx, sentence, trigger, (left, start, end, right) = a.ctx, a.sentence, a.trigger, a.span
    text = ctx.doc.text
    if trigger.word in rules.uses("trip_purpose") and not group_trip(ctx, sentence.start, start):
        return None  # 学习贯彻, 考察团观摩了某项目: a purpose word names a visit only after a group went somewhere
    if guards.quoted(text, sentence.start, start) and eventmodel.stop(ctx, a.cand, "quoted"):
        return None  # “设立某某”, 《关于印发…》: words inside a quotation or a title act on nothing
    if trigger.event_type in ("visit", "inspection") and text.startswith(rules.uses("deictic_place"), end):
        return None  # 今天来到这里很高兴: a speaker's here, no trip told
    if guards.in_quoted_name(text, sentence.start, start, end):
        return None  # 出席「某府开放参观展场记者会」: a word inside a quoted name, no clause break in it
    if row := framed.act_frame(ctx, sentence, (left, start, end, right)):
        return framed.act_named(ctx, sentence, trigger, row, (start, end))  # 多次来某省视察; 贯彻某某视察某省重要讲话精神; 会议强调，某某到某地考察: referred to (framed.py)
    if _no_act(ctx, a.cand, sentence, trigger, (left, end, right)):
        return None
    if rules.compact(text[left:start]).startswith(rules.uses("reason_lead")):
        return None  # 因甲督导某业务，遗缺由乙升任: the act is a reason given, no event told
    if trigger.event_type == "release" and any(r.draft.title.endswith(rules.uses("briefing")) for r in a.refs):
        return None  # 甲举行记者会，公布某预算: what the press conference told, no release of its own
    if trigger.event_type == "release" and rules.compact(text[left:start]) in rules.uses("session_self"):
        current = ctx.current  # 大会印发了某报告，提请审查: the session hands its papers out, no release of its own
        return Ref(start, end, current, True) if current is not None and current.event_type == "meeting" else None
    if task_group_at(text, end) and (group_tour := groupcalls.task_group_tour(ctx, trigger)) is not None:
        return Ref(start, end, group_tour, True)  # 向督导组介绍情况: the group's tour told already
    # 某某启程前往某地, 某某展开访港行程, a notice of the traveller's absence: the trip starts, no group needed
    a.departure = visits.sets_off(ctx, trigger) or visits.launched(ctx, trigger, (left, start, end, right))
    a.departure = a.departure or owntrips.dated_own_trip(ctx, trigger, (left, start, end, right))  # 甲7日到访某市
    alone = trigger.event_type == "visit" and not a.departure and not visiting_group(ctx, sentence.start, start)
    # 启程前往某国进行访问: the visit word after a departure names the trip set off on, which stays this one
    set_off = a.departure and guards.next_act_type(text, end, right) == "visit"
    if trigger.event_type == "visit" and not set_off and guards.later_tour(text, trigger.word, end, right, sentence.end):
        return None  # 赴某市考察调研, 赴某省看望慰问: the tour after the motion is the visit
    if alone and visits.person_visit(ctx, sentence, trigger, left, start, end):
        return None  # 某总统此次访华: a person's visit reported through its talks, only named here
    stops = rules.pattern("place_list").match(text, start, right) if trigger.form == "visit" else None
    if stops and guards.later_tour(text, trigger.word, stops.end(), right, sentence.end):
        return None  # 来到甲、乙等地调研某工作: the act after the stops names the tour
    return _GO


def _modified_or_bare(a: _Act) -> Ref | None | _Go:
    """An act word modifying a noun (来某地考察的客商: the guests' visit), or talks with no one named (参加会见:
    the talks already reported); sets the visit told, the clause's opening and the sides of talks."""
    ctx, sentence, trigger, (left, start, end, right) = a.ctx, a.sentence, a.trigger, a.span
    text = ctx.doc.text
    told = [d for d in compared(ctx.drafts) if d.event_type == trigger.event_type == "visit" and not d.planned]
    a.told_ref = Ref(start, end, told[0], True) if told else None  # 陪同某某赴琼的成员: the visit told
    a.opening = rules.compact(text[left:start])
    after = (*rules.words("not_after.txt"), *rules.uses("act_modifier"))
    if guards.modifier(text, end, after, trigger.event_type, start):  # 来某地考察的客商; 在某地考察访问的代表团 (two act words, then 的)
        visits.guest_visit(ctx, sentence, a.refs, start, end)  # 会见在某地考察访问的某代表团: the guests' visit
        accompany = any(
            w in rules.participation_verbs() for w in rules.words("not_before.txt") if w in a.opening
        )
        return a.told_ref if accompany else None
    a.opener, a.sides = talks_sides(ctx, trigger.event_type in parts.BARE_WITHOUT_OBJECT, left, start)
    if (
        trigger.event_type in parts.BARE_WITHOUT_OBJECT
        and not a.sides
        and not actdraft.has_object(text, end, right)
        and not actpeople.unnamed_partner(ctx, left, start)  # 甲与乙方一行举行会谈: a guest no person names
        and not leaders_partner(ctx, left, start)  # 某某…，并与某市领导会面: the leaders of a place
    ):
        # 参加会见, 会见前: the talks already reported — the sentence's last talks first (甲会见乙，就某事进行会谈)
        latest = next((r.draft for r in reversed(a.refs) if r.draft.event_type == trigger.event_type and not r.bare), None)
        if latest is not None and trigger.word in rules.uses("own_meal") and trigger.word not in latest.title:
            return _GO  # 甲会见乙…，并与代表团共进午餐: the meal after the talks is an event of its own (A8)
        known = latest or bare(ctx, trigger.word, trigger.event_type)
        return Ref(start, end, known, True) if known and known.event_type == trigger.event_type else None
    return _GO


_DATED_PLANS = (*parts.BARE_WITHOUT_OBJECT, "visit")  # announced with their day (甲明天将启程出访某国): planned


def _blocked(a: _Act) -> Ref | None | _Go:
    """Words before the act that make it another's (陪同调研), a ceremony's own signing, a report's source, an
    act announced and not done, an act recalled; sets whether it was announced and whether as a planned trip."""
    ctx, sentence, trigger, (left, start, end, right) = a.ctx, a.sentence, a.trigger, a.span
    text = ctx.doc.text
    joint = rules.uses("joint") if trigger.event_type == "signing" else ()
    before = [w for w in rules.words("not_before.txt") if w not in joint]
    blocking = [w for w in before if a.opening.endswith(w) or a.opening.startswith(w)]
    # 某某将启程前往某地: a trip set off on; 甲19日将拜会乙: talks announced with their day (planned, A3);
    # neither is blocked by its plan word
    planned_talks = trigger.event_type in _DATED_PLANS and actdraft.dated_plan(ctx, sentence, left, start)
    group_plan = visits.trip_plan(ctx, sentence, trigger, left, start) == "planned"  # 某某，将于5月2日率团访问
    if a.departure or planned_talks or group_plan:
        blocking = [w for w in blocking if w not in rules.words("plan_words.txt")]
    if escorted.escorted_actor(ctx, sentence, left, start) is not None:  # 某某由甲陪同视察: the subject before 由 acts
        blocking = [w for w in blocking if w not in rules.participation_verbs()]
    if blocking and (
        trigger.event_type not in parts.BARE_WITHOUT_OBJECT or actdraft.has_object(text, end, right)
    ):  # 陪同调研, 要到基层调研; 陪同某某赴琼: the visit told, which the companions join
        if any(w in rules.participation_verbs() for w in blocking):
            return a.told_ref
        if eventmodel.stop(ctx, a.cand, "not_before"):
            return None
    ceremony = next((r.draft for r in a.refs if r.draft.event_type == trigger.event_type == "signing"), None)
    if ceremony is not None:
        return Ref(start, end, ceremony, True)  # 签约仪式上，双方签署了…: the ceremony's own signing
    if rules.compact(text[left:start]).startswith(rules.uses("attribution")) and eventmodel.stop(ctx, a.cand, "attribution"):
        return None  # 据某某发布: where the report comes from, not an act
    a.announced = visits.announced(text, left, start)  # 将于…; not 应某国总理邀请对某国进行访问 (done)
    plan = visits.trip_plan(ctx, sentence, trigger, left, start) if a.announced else ""  # 某某将于5月2日率团访问某地
    a.trip = plan == "planned"
    if a.announced and not plan and not planned_talks and eventmodel.stop(ctx, a.cand, "plan"):
        return None  # 某新区将于6月1日揭牌: announced, not done (planned acts are left to their reports)
    if trigger.event_type in guards.RECALLED_TYPES and guards.recalled(text, left, start, end, right):
        return None  # 曾与某团座谈, 已设宴欢迎某团30余批, 设宴欢迎外商的做法: recalled, a series, a practice
    if trigger.event_type == "signing" and guards.past_marked(text, left, start):
        return None  # 他上任前某地已与某国签署四项协定: recalled (a count of projects signed stays a signing)
    if guards.habit(a.sentence, text, left, start):
        return None  # 每月召开一次发布会，发布…; 每年公布名单: a habit, not one act (patterns.tsv habit)
    return _GO


def _found_actor(a: _Act) -> Ref | None | _Go:
    """The person who acts: the one printed before the word, the talks' earlier actor, or the sentence's subject;
    none when it is the object (就某某逝世); no act when the act is not the person's own."""
    ctx, sentence, trigger, (left, start, end, right) = a.ctx, a.sentence, a.trigger, a.span
    text, refs = ctx.doc.text, a.refs
    actor = escorted.escorted_actor(ctx, sentence, left, start)  # 某某由甲陪同前往某乡会勘: not 甲
    if actor is None:
        actor = continued_actor(ctx, sentence.start, refs, trigger.event_type) if a.opener else titleholder.first_actor(ctx, left, start)
    if actor is None and _new_partner(a):  # 甲与乙进行会谈…；会见丙: 甲 holds the other talks too
        actor = continued_actor(ctx, sentence.start, refs, trigger.event_type)
    if actor is None and (trigger.event_type in parts.PERSON_ACTS or a.departure):  # 他26日会见了乙; 甲，25日访台
        actor = titleholder.elided_actor(ctx, sentence, (left, start), trigger.event_type in parts.PERSON_ACTS)
    same_kind = any(r.draft.event_type == trigger.event_type for r in refs)
    personal = trigger.event_type in parts.PERSON_ACTS or trigger.word in rules.uses("holder_act")  # 甲…，今天举行记者会
    formal = rules.pattern("formal_visit").search(text, left, end) is not None  # …，并对某国进行正式访问
    personal = personal or (a.departure and (trigger.word in rules.uses("departure") or formal))  # 甲将于24日傍晚，启程前往某地
    if actor is None and personal and trigger.form == "act" and not same_kind:
        told = trigger.event_type in parts.BARE_WITHOUT_OBJECT and not any(w in a.opening for w in rules.words("plan_words.txt"))
        told = told or trigger.word in rules.uses("holder_act") or actdraft.trip_framed(ctx, sentence)  # 访问某国期间
        actor = actsubjects.sentence_subject(ctx, sentence, left, told)  # 某某带领…，深入某县督查; 甲来到某区，会见了乙
    if actor is not None and not (a.sides and not a.opener) and any(w in text[left : actor.start] for w in rules.uses("object_marker")):
        actor = None  # 就某某逝世 / 向某某: the object, not the one acting (代表团与某某会面: the group's hosts)
    if trigger.event_type == "talks" and trigger.form == "act" and not same_kind and (actor is None or actor in a.sides):
        actor = titleholder.titled_holder(ctx, left, start) or actor  # 行政长官甲… 行政长官其后与乙会面: 甲 meets 乙
    a.actor = actor
    if actor is not None and not visiting_group(ctx, left, start) and guards.not_own_act(text, actor.end, start, end, right) and eventmodel.stop(ctx, a.cand, "not_own"):
        return None  # 某某对某团来闽考察表示欢迎, 某某部署开展督查: not the person's own act
    return _GO


def _new_partner(a: _Act) -> bool:
    """Talks whose object names people the sentence's earlier talks did not have (甲与乙进行会谈…；会见丙等政要):
    other talks of the same subject, who is read from the sentence as for the first."""
    if a.trigger.event_type not in parts.BARE_WITHOUT_OBJECT:
        return False
    earlier = {person for r in a.refs if r.draft.event_type == a.trigger.event_type for person, _ in r.draft.participants}
    guests = {p.text for p in actpeople.object_people(a.ctx, a.span[2], a.span[3])}
    return bool(guests) and not guests & earlier


def _told_already(a: _Act) -> Ref | None | _Go:
    """The event the act belongs to when the article told it already: the act printed with two verbs, a stop of
    a tour, the article's visit, a group's call the headline told, a hearing reported; a visiting group's
    inspection becomes its visit, a person's visit alone is no event."""
    ctx, sentence, (left, start, end, right) = a.ctx, a.sentence, a.span
    refs, index = a.refs, a.index
    if (heard := atmeeting.heard_at(ctx, sentence, refs, a.trigger.word, (start, end, a.actor))) is not None:
        return heard  # 在某会议上听取某某汇报: the meeting's business
    if (told := parts.told_in_sentence(refs, a.trigger, start, a.actor is None)) is not None:
        return Ref(start, end, told, True)  # 考察调研; 召开座谈会，同某班学员进行座谈: told in its sentence
    if (rite := openacts.same_rite(ctx, sentence, (a.trigger.word, a.trigger.event_type, a.actor), refs, (left, start, end))):
        return rite  # 某园区正式动工，甲、乙共同为某楼奠基: the opening told again
    if (accompanied := escorted.tour_before(ctx, start)) is not None:
        return Ref(start, end, accompanied, True)  # 甲同样陪同其参观: the tour told just before
    tour = visits.tour(ctx, a.actor, a.trigger, refs, (left, start)) if a.actor is not None else None
    tour = tour or visits.discussion_leg(ctx, a.trigger, a.span)  # 他与基层干部座谈 on a tour: a leg of it (A9)
    if tour is not None:  # 某某赴某省考察… 26日，他来到某市(考察): a stop of the tour reported; a planned trip's leg: none
        return None if tour.planned and tour.event_type == "visit" else Ref(start, end, tour, True)
    a.group = group = visiting_group(ctx, sentence.start, start)
    if a.trigger.word in rules.uses("person_tour") and (group or a.actor is None):
        return None  # 某访问团参观某大楼: a leg of the group's visit, no event of its own
    dated_plan = a.announced and owntrips.dated_trip(ctx, a.trigger.word, left, start)  # 甲将于5月2日访问某地 (A3)
    if a.trigger.event_type == "visit" and not group and not a.departure and not dated_plan and eventmodel.stop(ctx, a.cand, "visit_alone"):
        return None  # 某某访华: a person's visit is reported through its talks and meetings
    if a.trigger.event_type == "inspection" and group and not own_team(ctx, sentence.start, start):
        # 某省党政代表团抵达某地考察: a visiting group's tour is a visit; the group names it
        a.trigger, a.actor = rules.Trigger(a.trigger.word, "visit", a.trigger.form), None
    trigger = a.trigger
    if trigger.event_type == "visit":
        a.actor = a.actor if (a.departure or dated_plan) and not group else None
        known = next((d for d in compared(ctx.drafts) if d.event_type == "visit"), None)  # announced, too
        if known is not None and not visits.another_visit(ctx, sentence, known, (start, end), index):
            dating.date_retold(ctx, sentence, known, start, end, index)  # the headline's visit, dated below
            return Ref(start, end, known, True)  # the article's visit, told again (将参观访问…)
    told = groupcalls.told_call(ctx, sentence, trigger, (start, end, right), index) if a.actor is None else None
    if told is not None:
        return told  # 某访团…并于28日拜会某市政府: the headline's call on the mayor, told again with its day
    hears = trigger.word in rules.uses("hears")
    body = trigger.event_type == "inspection" and body_inspects(ctx, left, start)  # 某委员会前往某地视察
    if (trigger.event_type in parts.PERSON_ACTS or hears) and a.actor is None and not body and not team_tour(ctx, trigger.event_type, (left, start), index) and not groupcalls.group_talks(ctx, trigger, group and not a.announced, (start, end, right)):
        return groupcalls.headline_call(ctx, sentence, trigger, (start, end, right), index)  # 某代表团随即拜访某处处长某某: a visiting group's talks with a person named need no one before
    if hears and actdraft.bare_report(ctx.doc.text, end, right):
        known = next((d for d in reversed(compared(ctx.drafts)) if trigger.word in d.title), None)
        return Ref(start, end, known, True) if known else None  # 听取汇报后发表讲话: the hearing reported
    return _GO


def _dated_draft(a: _Act) -> Draft | Ref | None:
    """The act's own event, drafted and dated (or the notice's release), or the signing it tells again; None when
    it has no date it needs, a visit dated elsewhere than its clause, or a trip announced with a date before it."""
    ctx, sentence, trigger, (left, start, end, right) = a.ctx, a.sentence, a.trigger, a.span
    actor, index = a.actor, a.index
    lede = eventmodel.opens_article(ctx, index)
    draft = actdraft.act_draft(ctx, sentence, trigger, (start, end), (left, right), actor, a.refs, lede)
    notice = documents.notice(ctx, trigger.word, start, end) if actor is None else None
    draft = notice or draft  # 《某方案》已经同意，现印发给你们: the notice's own release, dated by its signature
    if draft is None:
        return None
    if trigger.event_type in parts.BARE_WITHOUT_OBJECT and actor is not None:  # 甲将于某日…与乙会面: announced
        draft.planned = draft.planned or actdraft.announced(ctx, max(actor.end, sentence.start), start)
    # a named person's act stays undated (某某曾到某地调研: W040); talks with no day (会见了各国代表团) are the report's
    undated_ok = trigger.event_type in parts.PERSON_ACTS and trigger.event_type not in parts.BARE_WITHOUT_OBJECT
    # 甲明天率团访问某地。期间甲会跟乙会面: talks announced within a planned trip stay, undated; talks announced
    # during a trip under way (访问期间，甲将同乙举行会谈) print no date of their own: no event (gold-conventions A3)
    page = ctx.article.date or ""
    planned_leg = draft.planned and any(d.event_type == "visit" and (not d.date or d.date[:len(page)] > page) for d in ctx.drafts)
    keep = lede or (actor is not None and (undated_ok or planned_leg))
    keep = keep or atmeeting.follows_on(ctx, start)  # 甲随后召开记者会: on the day of the meeting reported
    if not notice and not dating.date_event(ctx, sentence, draft, index, actor, article_fallback=keep, act=True):
        return None
    if trigger.form == "visit" and draft.date_source not in ("clause", "sentence"):
        return None
    if a.trip and not any(t.kind == "date" for t in ctx.times(left, start)):
        return None  # 将率团访问某地: announced with a date printed before it, a planned visit (gold-conventions A3)
    draft.planned = draft.planned or a.trip
    draft.lifted = bool(a.cand.fired)
    draft.passing = guards.in_passing(ctx, draft)  # 今年8月，甲同乙举行会见: talks of an earlier month
    again = guards.signed_again(ctx, draft, sentence.start)
    if again is not None:
        return Ref(start, end, again, True)  # 甲与乙签署某协定。…两市升格缔结某协定: the signing told again
    return draft


def _recorded(a: _Act, draft: Draft) -> Ref:
    """The act's event added to the article, with its people: the actor, the guests of talks (会见某某), the
    people leading a visit (某某率团赴某地), a host's guests; a visiting group's act joins the group's visit."""
    ctx, sentence, trigger, (left, start, end, right) = a.ctx, a.sentence, a.trigger, a.span
    actor = a.actor
    rule = eventmodel.tagged(f"event:side:{draft.side}" if draft.side else f"event:act:{trigger.word}", bool(a.cand.fired))
    ref = Ref(start, end, add(ctx, draft, sentence, start, end, rule), False)
    if actor is None:
        add_listed(ctx, sentence, ref.draft, left, start)  # 甲开通、乙启动、丙上线: 乙启动 too
    relation = "sent" if trigger.event_type in parts.SENT_ACTS else "attended"
    # the actor (not the deceased: 某某今早举殡); the guests of talks (会见某某); the people leading a visit
    people = [(p, relation) for p in (actpeople.joined_actors(ctx, actor, sentence, start) if actor and trigger.word not in rules.uses("deceased_act") else [])]
    if trigger.event_type in parts.BARE_WITHOUT_OBJECT:
        guests = [*a.sides, *actpeople.object_people(ctx, end, right)]
        people += [(p, "attended") for p in guests]
        if not guests:  # 会见代表团一行: the visiting group's people
            visits.delegation_guests(ctx, ref.draft, end, right)
    elif trigger.event_type == "visit":
        people += [(p, "attended") for p in actpeople.visitors(ctx, left, start)]
    elif trigger.event_type == "other":  # 举行宴会，欢迎某某: the host's guests
        people += [(p, "attended") for p in actpeople.guests(ctx, end, sentence.end, trigger.word)]
    actpeople.add_people(ctx, sentence, ref.draft, people, trigger.word)
    if trigger.event_type in (*parts.BARE_WITHOUT_OBJECT, "other"):  # 会见甲一行: the party 甲 came with
        visits.guest_party(ctx, ref.draft, [p for p, _ in people], right)
    # 代表团随后拜会某某, 代表团来到某地，与某某座谈: the visiting group acts
    if trigger.event_type in visits.GROUP_ACTS:
        visits.group_act(ctx, ref.draft, sentence, (left, start), actor)
    return ref


def _tour_topics(trigger: rules.Trigger, text: str, end: int, right: int) -> bool:
    """An inspection whose object lists its topics (调研A、B等工作): the tour was made, the list is what it saw."""
    return trigger.event_type == "inspection" and guards.topics_object(text, end, right)


def _no_act(
    ctx: Context, cand: eventmodel.Candidate, sentence: Sentence, trigger: rules.Trigger, span: tuple[int, int, int]
) -> bool:
    """Whether the act word at ``…end`` of the clause ``left…right`` tells no act: a kind of work, an anniversary
    or a history, an inauguration unwitnessed, what someone says, page furniture, a photo caption, the source
    of news."""
    text, (left, end, right) = ctx.doc.text, span
    kinds = guards.kind_list(text, left, end, right) and not _tour_topics(trigger, text, end, right)
    if kinds and eventmodel.stop(ctx, cand, "kind_list"):
        return True  # 出台政策文件、召开会议等具体任务: kinds of work, not acts done
    if (guards.anniversary(text, end) or guards.history(text, end)) and eventmodel.stop(ctx, cand, "history"):
        return True  # 某市成立30周年, 某会成立于1996年 / 成立至今: an anniversary or a history, not an act
    if trigger.event_type == "opening" and guards.work_body(text, end, right):
        return True  # 该县成立了筹备工作领导小组: a working body for a task, not an opening
    if guards.recalled_act(text, end, right) and eventmodel.stop(ctx, cand, "history"):
        return True  # 去年某某率团访问某地为今天的合作奠定了基础; 某某访问某国情况的报告: an act recalled
    if guards.period_start(text, left, cand.span[1], right) and eventmodel.stop(ctx, cand, "history"):
        return True  # 某某自6月8日会见某团后，已一月未露面: the start of a period, an earlier act recalled
    if ceremonies.unwitnessed(sentence, trigger) or ceremonies.unplaced_rite(text, trigger, left, cand.span[1]):
        return True  # 甲于某年宣誓就职: an inauguration without the ceremony's people; 遗体会移送某处火化
    if guards.said_act(text, left, cand.span[1]) and eventmodel.stop(ctx, cand, "reports"):
        return True  # 某某表示会再请某单位会勘, 某某透露某线年内开通: what someone says, not an act done
    if trigger.event_type == "talks" and guards.unnamed_counterpart(ctx, (left, end - len(trigger.word), end, right)):
        return True  # 拜访两地主要领导, 广泛会晤各界人士: no one met is named, the trip's purpose
    if guards.furniture(text, sentence.start, left, right):
        return True  # 发布时间：… 来源：某网 发布…: in a page's furniture line
    if guards.caption(text, sentence.start, sentence.end) or guards.negated(text, left, cand.span[1], act=True):
        return True  # 某某(右)会见…: a photo caption; 今年不设立某区: an act negated
    news = trigger.event_type == "release" and guards.news_only(text, trigger.word, (left, end, right))
    return news and eventmodel.stop(ctx, cand, "news_only")  # 某报头版发布消息: where the news comes from

"""eventparts: the attributes of an event (title of an act, governing date) and the people and policies
tied to events, for ``events.py``."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Mention, PolicyLink, Sentence, TimeExpr
from ..punctuation import ASIDE, CLAUSE_BREAKS, LIST_MARK, SENTENCE_ENDS
from ..time.temporal import finer_inside
from . import eventplaces, guards, listed, sides
from . import eventrules as rules
from .draft import Context, Draft, Ref
from .groups import delegation as delegation  # re-exported for events.py
from .groups import group_title, without_times
from .sittings import convened_body, joint_places

PERSON_ACTS = ("inspection", "instruction", "message", "talks")  # acts that need a named person as actor
SENT_ACTS = ("instruction", "message")  # their actor `sent` them (致电, 作出重要指示) and was not present
_OBJECT_TYPES = ("inspection", "message", "talks", "visit")  # titles keep the object (会见某某一行, 访问某地)
_NO_PLACE_TYPES = (
    "talks",
    "signing",
    "meeting",
)  # their titles leave out 在<place> (某某在某地会见某某 → 某某会见某某)
BARE_WITHOUT_OBJECT = ("talks",)  # 参加会见, 会见前: with nothing after it, the talks already reported
CONTEXT_DATED = ("talks", "signing", "visit", "other")  # without a day of their own: the day of the event reported
_INNER_BREAKS = "".join(c for c in CLAUSE_BREAKS if c not in SENTENCE_ENDS)  # the clause marks of a sentence


# --- dates ------------------------------------------------------------------------------------------


LENGTH = "LENGTH"  # time/rules.tsv event_length: how long an event lasts


def governing(
    times: Sequence[TimeExpr], sentence: Sentence, start: int, end: int
) -> tuple[TimeExpr | None, str]:
    """The expression governing ``[start, end)`` among the sentence's ``times``: clause first, then
    sentence (as ``temporal.time_at``), ignoring expressions inside the span (the year of a name,
    2030年度…座谈会). A vague or duration expression may govern too (近日, 今年以来): the caller decides."""
    # an event's length (为期3日) is neither its date nor a blocker: the date printed before it governs
    outside = [t for t in times if not (t.start < end and t.end > start) and t.underspecified != LENGTH]
    rel = sentence.start
    left, right = rules.clause_bounds(sentence.text, start - rel, end - rel)
    in_clause = [t for t in outside if left <= t.start - rel and t.end - rel <= right]
    for candidates, source in ((in_clause, "clause"), (outside, "sentence")):
        before = [t for t in candidates if t.end <= start]
        # after the event only inside its clause: a later clause may be dating another event
        # (and only a date: 致信祝贺某校建校100周年 is not dated by its anniversary)
        after = [t for t in candidates if t.start >= end and t.kind == "date"] if source == "clause" else []
        after = [t for t in after if t.precision != "year" or not _opens_name(sentence.text, t.end - rel, right)]
        if source == "sentence" and any(t.kind == "date" for t in before):
            # a date of the sentence, not another clause's duration (2016年，…3周年之际，某某作出指示)
            before = [t for t in before if t.kind != "duration"]
        chosen = before[-1] if before else (after[0] if after else None)
        if chosen is not None:
            finer = finer_inside(chosen, outside)
            return (finer, "sentence") if finer is not None else (chosen, source)
    return None, ""


def _opens_name(text: str, at: int, right: int) -> bool:
    """A year opening a name later in the clause (赴某市出席2031年某联席会议): the name's year, not a date."""
    m = rules.trigger_pattern().search(text, at, right)
    return m is not None and rules.triggers()[m.group()].form == "name" and not text[at:m.start()].isdigit()


def follow_on(ctx: Context, index: int, name: str) -> TimeExpr | None:
    """A date opening one of the next sentences about the same person (近日在某地调研 … 4日至6日，某某先后到)."""
    for sentence in ctx.article.sentences[index + 1 : index + 4]:
        if name in sentence.text:
            opening = [t for t in ctx.times(sentence.start, sentence.start + 4) if t.kind == "date"]
            if opening:
                return opening[0]
    return None


def title_year(times: Sequence[TimeExpr], end: int) -> TimeExpr | None:
    """The year printed in an event's own name (2030年度…座谈会), when nothing outside it dates the event."""
    return next((t for t in times if t.kind == "date" and t.end <= end), None)


def planned_date(text: str, times: Sequence[TimeExpr], left: int, start: int) -> TimeExpr | None:
    """The date printed between a plan word and the planned name (定于6月18日在某地召开某会)."""
    plans = [w for w in rules.words("plan_words.txt") if w in text[left:start]]
    after = max((text.rfind(w, left, start) + len(w) for w in plans), default=-1)
    if after < 0:
        return None
    return next(
        (t for t in times if t.kind == "date" and t.value and after <= t.start and t.end <= start), None
    )



# --- names of meetings ------------------------------------------------------------------------------


def convener(ctx: Context, left: int, start: int) -> str:
    """某机构（日期）召开会议 → the body that met, which names the meeting (某机构会议); "" for a person
    (某某召开这次座谈会 is anaphora) or anything longer than a body's name."""
    body = convened_body(ctx, left, start, past_at=False).rsplit(ASIDE, 1)[-1]  # 我国首个新区——某新区举行
    if body in rules.words("name_stops.txt") or rules.trigger_pattern().search(body):
        return ""  # 随后召开会议: an adverb, not a body; 某推介会上还举行了签约仪式: an event, not a body
    return body if 2 <= len(body) <= 12 and not any(w in body for w in rules.uses("not_in_body")) else ""


def generic(ctx: Context, title: str, word: str, left: int, start: int) -> bool:
    """A name every body's meetings share (常委会会议, 领导干部大会: ``generic_name``), which its convener
    completes; not when places of one level convene it together (甲、乙两省召开…: one each)."""
    short = len(title) <= len(word) + 3
    return short or (title in rules.uses("generic_name") and not joint_places(ctx, left, start))


def plan_window(ctx: Context, index: int, left: int) -> str:
    """What runs on into this clause across a line break or a sentence cut without punctuation (a
    headline: 会议确定 / 2024年度…座谈会在某省召开): its last characters."""
    sentence = ctx.article.sentences[index]
    before = ctx.doc.text[sentence.start : left]
    if left > sentence.start and before[-1:].isspace():
        return rules.compact(before)[-4:]
    if index == 0 or left != sentence.start:
        return ""
    previous = ctx.article.sentences[index - 1].text.rstrip()
    return "" if previous[-1:] in SENTENCE_ENDS else rules.compact(previous)[-4:]


def plan_before(before: str, after: str, held: tuple[str, ...]) -> bool:
    """A plan word before the name (将于…召开某会); one that is also the object marker (成功将某论坛推向…,
    ``word_uses.tsv`` ``object_plan``) only when a word of taking place follows the name in its clause."""
    words = [w for w in rules.words("plan_words.txt") if w in before]
    if words and all(before.endswith(w) and w in rules.uses("object_plan") for w in words):
        return any(w in after for w in held)
    return bool(words)


def plan_after(text: str, end: int, right: int) -> bool:
    """某论坛将于9月18日在某地举办: a plan word right after the name, before the verb of taking place."""
    after = rules.compact(text[end:right])
    if any(after.startswith(h + w) for h in rules.happening().after for w in rules.uses("imminent")):
        return True  # 某会召开在即: about to take place
    if not any(after.startswith(w) for w in rules.words("plan_words.txt")):
        return False
    return any(w in after for w in rules.happening().after)  # 本次峰会将成为…: no plan of an event


# --- act titles -------------------------------------------------------------------------------------


def act_draft(
    ctx: Context,
    sentence: Sentence,
    trigger: rules.Trigger,
    span: tuple[int, int],
    clause: tuple[int, int],
    actor: Mention | None,
    refs: list[Ref],
    lede: bool,
) -> Draft | None:
    """The draft of an act event: generated title, place; documents a release act issued."""
    text, (start, end), (left, right) = ctx.doc.text, span, clause
    head = _skip_times(ctx, left, start)
    place, p_start, p_end = eventplaces.place_in(text[head:end])
    wants_object = trigger.event_type in _OBJECT_TYPES or trigger.word in rules.uses("object")
    obj = _object(text, end, right) if wants_object else ""
    if trigger.event_type == "visit":  # 赴某地出席某会议: the visit goes to the place, the meeting is its own
        cuts = [at for at in (obj.find(w) for w in rules.uses("visit_object_end")) if at >= 2]
        obj = obj[: min(cuts)] if cuts else obj
    if trigger.event_type == "release" and not _released(ctx, head, end, right):
        return None  # 某某发布 2031-09-10 (a masthead): nothing is released
    if trigger.event_type == "release" and any(w in obj for w in rules.uses("personnel_object")):
        return None  # 公布人事异动, 公布主要官员名单: who holds what is announced, no document released
    agreements = rules.uses("agreement")
    if trigger.event_type == "signing" and trigger.word not in agreements and not any(w in obj for w in agreements):
        return None  # 签署命令, 签署意见: no agreement is signed (签约 names its own)
    if trigger.event_type == "signing" and sides.outcome(ctx, start, end):
        return None  # 某会议在某地举行，并签署了《某协议》: the meeting's outcome (a policy)
    if (wanted := rules.object_wanted(trigger.word)) and not any(w in obj for w in wanted):
        return None  # 听取意见: no report is heard; 会议批准设立某专题: no zone is set up
    if trigger.form == "visit" and actor is not None:
        if not obj:
            return None
        title, place = actor.text + rules.uses("visit_verb")[0] + obj, obj
    elif actor is not None:
        own = lede and trigger.event_type not in BARE_WITHOUT_OBJECT  # talks are titled by their guest
        headline = _headline(ctx, trigger, actor) if own else ""
        rest = _render(
            ctx, actor.end if actor.end > left else head, start, refs
        )  # a carried subject: its clause
        if trigger.event_type in _NO_PLACE_TYPES:
            _, at, to = eventplaces.place_in(rest + trigger.word)
            rest = rest[:at] + rest[to:] if at >= 0 and to <= len(rest) else rest
        rest = next((rest[len(h) :] for h in rules.honorifics() if rest.startswith(h)), rest)
        rest = sides.strip_opening(rest)  # 某某，会前先与某某会面: the side word is no part of the title
        partner = sides.partner_opening(ctx, left, start) if actor.end <= left else ""
        rest = rest if rest.startswith(partner) else partner + rest  # …与某某会面: the partner word stays
        title = headline or actor.text + rest + trigger.word + obj
    elif trigger.event_type == "visit":
        group = group_title(ctx, sentence.start, start)
        if not group:
            return None
        cut = min((at for w in rules.uses("visit_object_end") if (at := obj.find(w)) >= 0), default=len(obj))
        obj = obj[:cut]  # 某代表团赴某市出席某会议: the meeting is an event of its own
        title = group + trigger.word + obj
        place = place or _visited(trigger.word, obj)
    else:
        first = listed.item_start(text, head, start)  # 甲开通、乙上线: 乙上线
        mid, p_start, p_end = text[first:start], p_start - (first - head), p_end - (first - head)
        head = first
        if p_start >= 0 and p_end <= len(mid):
            mid = mid[:p_start] + " " * (p_end - p_start) + mid[p_end:]
        mid = without_times(ctx, head, mid)
        printed = rules.compact(mid)
        subject = sides.strip_opening(printed)
        if subject == printed or len(subject) >= 2:
            subject = _subject(text, subject, sentence.start, left)
            if len(subject) < 2:
                return None
        title = subject + trigger.word + obj  # …举行，并共同签署某宣言: the side word opened it, no subject
    draft = Draft.undated(title, trigger.event_type, start, end, place, lede=lede)
    if trigger.word in rules.uses("issues"):
        for m in rules.POLICY.finditer(text, head, max(right, end)):
            prov = ctx.doc.provenance(
                ctx.article.index, sentence, m.start(), m.end(), f"policy:{trigger.word}"
            )
            name = rules.policy_title(m.group(1))
            draft.policies[(name, "issued")] = PolicyLink(name, "issued", prov)
    return draft


def sentence_subject(ctx: Context, sentence: Sentence, left: int) -> Mention | None:
    """The person opening a clause of a dated sentence (only positions before it: 5月29日，某市副市长某某带领…),
    subject of an act in a later clause that names nobody (…，深入某县督查…)."""
    first = next(iter(ctx.people(sentence.start, left)), None)
    if first is None or not any(t.kind == "date" for t in ctx.times(sentence.start, left)):
        return None
    rel = first.start - sentence.start
    clause_left = sentence.start + rules.clause_bounds(sentence.text, rel, rel + len(first.text))[0]
    titles = ctx.blocked_in(clause_left, first.start)
    head = [
        c
        for i, c in enumerate(ctx.doc.text[clause_left : first.start], clause_left)
        if not any(a <= i < b for a, b in titles)
    ]
    between = ctx.doc.text[first.end : left]
    says = [v for v, r in rules.participation_verbs().items() if r == "says"]
    if any(v in between for v in says):
        return None  # 某某表示，要到基层调研: what was said, not done
    return first if not guards.subject_head("".join(head)).strip(LIST_MARK) else None  # 某市委常委、副市长某某


def bare_report(text: str, end: int, right: int) -> bool:
    """听取汇报(后): the object is only the report word, the hearing already reported."""
    return _object(text, end, right) in rules.uses("report")


def object_people(ctx: Context, end: int, right: int) -> list[Mention]:
    """The people an act is done to, named after it in its clause (会见某国总统某某一行)."""
    return [p for p in ctx.people(end, right) if p.end <= right]


def guests(ctx: Context, end: int, stop: int) -> list[Mention]:
    """举行宴会，欢迎某某 (``guest_marker``): the people named after the marker in the clause that opens
    right after the act (or in the act's own clause)."""
    text = ctx.doc.text
    _, right = rules.clause_bounds(text, end, end, end, stop)  # within the sentence (linear on long text)
    right = rules.clause_bounds(text, right + 1, right + 1, right + 1, stop)[1] if right < stop else right
    at = min((i for w in rules.uses("guest_marker") if (i := text.find(w, end, right)) >= 0), default=-1)
    return [p for p in ctx.people(at, min(right, stop)) if p.end <= right] if at >= 0 else []


def has_object(text: str, end: int, right: int) -> bool:
    return bool(_object(text, end, right))


def _visited(word: str, obj: str) -> str | None:
    """Where a visit went: 访川 → 四川, 访问某地 → 某地 (a short object), else None."""
    places = eventplaces.abbreviations()
    if len(word) == 2 and word[1] in places:
        return places[word[1]]
    return eventplaces.canonical_place(obj) if 2 <= len(obj) <= 6 else None


def _released(ctx: Context, head: int, end: int, right: int) -> bool:
    """A release names what it releases: a 《title》 in its clause or words (not a date) after the verb."""
    text = ctx.doc.text
    return bool(
        rules.POLICY.search(text, head, max(right, end)) or _object(text, _skip_times(ctx, end, right), right)
    )


def _subject(text: str, subject: str, floor: int, left: int) -> str:
    """The subject of an act; one starting with 与/在 (or none) takes the noun ending the previous clause."""
    if not subject or subject.startswith(rules.uses("joiner")):
        subject = _previous_tail(text, floor, left) + subject
    return rules.strip_end(subject, rules.uses("attributive"))


def _skip_times(ctx: Context, start: int, end: int) -> int:
    """Move past date expressions (and spaces) that open a clause."""
    text, moved = ctx.doc.text, True
    while moved:
        moved = False
        while start < end and text[start].isspace():
            start += 1
        for t in ctx.times(start - 40, start + 1):
            if t.start <= start < t.end and t.end <= end:
                start, moved = t.end, True
    return start


def _object(text: str, end: int, right: int) -> str:
    obj = rules.strip_start(rules.compact(text[end:right]), rules.uses("aspect"))
    if any(obj.startswith(w) and rules.participation_pattern().match(obj, len(w)) for w in rules.uses("during")):
        return ""  # 某某在会见中说: the talks told again, no object
    cuts = [at for at in (obj.find(w) for w in rules.uses("object_end")) if at >= 0]
    obj = obj[: min(cuts)] if cuts else obj
    cut = rules.pattern("object_count").search(obj)
    obj = obj[: cut.start()] if cut else obj
    return obj[:30] if len(obj) >= 2 else ""


def _render(ctx: Context, start: int, end: int, refs: list[Ref]) -> str:
    """The words between an actor and the trigger without dates or positions (names stay), 大会 → its full name."""
    text = ctx.doc.text
    persons = {(p.start, p.end) for p in ctx.people(start - 40, end)}
    tails = rules.uses("body_tail")  # 某某于2月6日会见: the preposition goes with its date
    skip = [(t.start - next((len(w) for w in tails if text.endswith(w, 0, t.start)), 0), t.end)
            for t in ctx.times(start - 40, end)]
    skip += [b for b in ctx.blocked_in(start, end) if b not in persons]
    out, i = [], start
    while i < end:
        ref = next((r for r in refs if r.bare and r.start == i and r.end <= end), None)
        if ref is not None:
            out.append(ref.draft.title)
            i = ref.end
            continue
        span = next(((s, e) for s, e in skip if s <= i < e), None)
        if span is not None:
            i = span[1]
            continue
        out.append(text[i])
        i += 1
    return rules.compact("".join(out))


def _headline(ctx: Context, trigger: rules.Trigger, actor: Mention) -> str:
    """An article's headline as the title of its own report (周明远就…致贺信), cut after the trigger."""
    headline = rules.compact(ctx.article.title)
    cut = headline.find(trigger.word)
    if cut < 0 or actor.text not in headline[:cut]:
        return ""
    return headline[headline.find(actor.text) : cut + len(trigger.word)]


def _previous_tail(text: str, floor: int, left: int) -> str:
    """The noun that ends the previous clause (始于某地的某某11号线，…与… → 某某11号线)."""
    end = left - 1
    if end <= floor:
        return ""
    start, _ = rules.clause_bounds(text[floor:end], end - floor, end - floor)
    tail = rules.compact(text[floor + start : end])
    cut = max((tail.rfind(w) + len(w) for w in rules.uses("attributive") if w in tail), default=0)
    return tail[cut:]


# --- participants and policies ------------------------------------------------------------------------


def held_before(prefix: str, before_words: Sequence[str]) -> bool:
    """Whether the words before a name show it took place: 主持召开X, or 主持召开本届政府的X (a short
    modifier ending with a ``name_modifier`` word between the verb and the name)."""
    if any(prefix.endswith(w) for w in before_words):
        return True
    joiner = next((j for j in (*rules.uses("name_joiner"), LIST_MARK) if prefix.endswith(j)), "")
    named = [m for m in rules.trigger_pattern().finditer(prefix) if m.end() == len(prefix) - len(joiner)]
    if joiner and named and rules.triggers()[named[-1].group()].form == "name":
        first = rules.name_start(prefix, named[-1].start(), 0, [])  # 召开甲会议和乙大会: both held
        return held_before(prefix[:first], before_words)
    for mark in rules.uses("name_modifier"):
        if prefix.endswith(mark):
            cut = prefix[: -len(mark)]
            return any(cut[: len(cut) - k].endswith(w) for k in range(1, 7) for w in before_words)
    return False


def described(prefix: str, before_words: Sequence[str]) -> bool:
    """曾经举办X的某酒店: a verb of taking place after a ``past_marker`` right before the name describes
    something by an earlier event; the name is not reported as held."""
    return any(prefix.endswith(m + w) for m in rules.uses("past_marker") for w in before_words)


def held_inside(text: str, outer: Ref, inner: Ref) -> bool:
    """Whether ``inner`` is held at ``outer`` named just before it (某推介会上还举行了某签约仪式)."""
    if outer.draft is inner.draft or outer.end > inner.start:
        return False
    between = rules.compact(text[outer.end : inner.start])
    return between.startswith(rules.uses("held_inside"))


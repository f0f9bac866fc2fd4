"""actdraft: the draft of an act event (its title from the actor or subject, the trigger and its object, the
words between an actor and the trigger read by ``acttitle``; its place; the documents a release issues), and
the people an act is done to, for ``acts``. The person of a sentence who does an act of a clause naming none is
``actsubjects``'s."""

from __future__ import annotations

import re

from ..model import Mention, PolicyLink, Sentence
from ..punctuation import CLOSING_QUOTES, LIST_MARK, OPENING_QUOTES
from . import actpeople, actsubjects, eventplaces, listed, namewalk, owntrips, sides
from . import eventrules as rules
from .acttitle import actor_title, past_purpose, sideless, unposted, without_opener, without_topic
from .draft import Context, Draft, Ref
from .groups import group_title, without_times
from .occasiondays import trip_framed, trip_part

_OBJECT_TYPES = ("inspection", "message", "talks", "visit")  # titles keep the object (会见某某一行, 访问某地)
_Titled = tuple[str, str | None, int]  # an act's title, its place and where its words begin (head)


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
    head = _skip_times(ctx, ctx.past_dateline(left, start), start)  # 【某地/综合报导】某某…: no part of it
    guests = past_purpose(ctx, end, right) if trigger.event_type == "talks" else end  # 会见来某地…的甲 → 会见甲
    obj = _act_object(text, trigger, guests, right)
    obj = unposted(ctx, obj, guests, right) if trigger.event_type == "talks" else obj  # 拜访某省委常委、市长甲 → 拜访甲
    if _nothing_done(ctx, trigger, obj, (head, start, end, right)):
        return None
    if trigger.word in rules.uses("welcomes") and not any(t.kind == "date" for t in ctx.times(left, right)):
        return None  # 甲欢迎某代表团一行 with no day of its own (a headline): the report's own welcome tells it
    if actor is not None:
        # 甲，乙会见了丙: talks its hosts hold, titled by the first of them (the headline's 甲会见丙)
        each = any(w in text[actor.end : start] for w in rules.uses("each_speaks"))  # 甲，乙分别会见…: two talks
        first = actpeople.co_subjects(ctx, actor, sentence)[:1] if trigger.event_type == "talks" and not each else []
        titled = _actor_act(ctx, trigger, first[0] if first else actor, (left, head, start, end), refs, obj, lede)
    elif trigger.event_type == "visit":
        titled = _group_visit(ctx, sentence, trigger, (head, start, end), obj)
    else:
        titled = _subject_act(ctx, sentence, trigger, (left, head, start, end), obj)
    if titled is None:
        return None
    title, place, head = titled
    tour = _touring(trigger.word) and place is None  # 到甲县、乙县，调研某工作: the first stop
    place = eventplaces.first_stop(text[ctx.sentence_at(start).start : end]) if tour else place
    if place is None and trigger.word in rules.uses("call_verb"):
        place = eventplaces.host_place(text, end, right)  # 拜会台南市长某某: the call is held at the host's
    draft = Draft.undated(title, trigger.event_type, start, end, place, lede=lede)
    if trigger.word in rules.uses("issues"):
        _issued(ctx, sentence, draft, trigger.word, (head, max(right, end)))
    return draft


def _act_object(text: str, trigger: rules.Trigger, end: int, right: int) -> str:
    """The object after the act word, for the types and words whose titles keep it (会见某某一行, 访问某地);
    a visit's up to a ``visit_object_end`` word (赴某地出席某会议: the meeting is its own event)."""
    printed = rules.strip_start(rules.compact(text[end:right]), rules.uses("aspect"))  # 发布了《…》
    document = trigger.word in rules.uses("issues") and printed.startswith("《")
    if trigger.event_type not in _OBJECT_TYPES and trigger.word not in rules.uses("object") and not document:
        return ""
    obj = rules.pattern("photo_mark").sub("", _object(text, end, right))  # 视察某工程(附图): the page's mark
    if document and "》" in obj:  # 发布《某方案》（以下简称《方案》）: the document issued, its short name left out
        obj = obj[: obj.index("》") + 1]
    if trigger.event_type == "visit":
        cuts = [at for at in (obj.find(w) for w in rules.uses("visit_object_end")) if at >= 2]
        obj = obj[: min(cuts)] if cuts else obj
    if trigger.word in rules.uses("welcomes"):  # 欢迎乙率领的某代表团一行: the group, not who leads it
        obj = obj[max((obj.rfind(w) + len(w) for w in rules.uses("leader_end") if w in obj), default=0) :]
    return obj


def _actor_act(
    ctx: Context,
    trigger: rules.Trigger,
    actor: Mention,
    span: tuple[int, int, int, int],
    refs: list[Ref],
    obj: str,
    lede: bool,
) -> _Titled | None:
    """An act its actor does: a visit titled by the actor and where it goes (none without an object), any
    other act by ``acttitle.actor_title``."""
    text, (left, head, start, end) = ctx.doc.text, span
    if trigger.form == "visit":
        tour = next((m for m in rules.trigger_pattern().finditer(obj) if m.start() >= 2 and _touring(m.group())), None)
        if tour is not None:  # 来到某县调研某工作: the place, then what was done there
            return actor.text + trigger.word + obj, eventplaces.canonical_place(obj[: tour.start()]), head
        return (actor.text + rules.uses("visit_verb")[0] + obj, obj, head) if obj else None
    place = eventplaces.act_place(text, ctx.sentence_at(start).start, (actor.end, left, head, end), trigger.event_type)
    if trigger.event_type == "visit":  # 某某今晚启程前往某地: who sets off, and where to
        obj = obj or owntrips.destination(ctx, actor, start) or _formal_country(text, left, end)  # 甲8日对某国进行访问
        obj = obj or ("" if _visited(trigger.word, "") else place or "")  # 甲将于某日到某地访问 (访台 names its own)
        if not obj and not _visited(trigger.word, ""):
            return None  # 某某启程前往，…: no place, no visit (访台, 访华 name theirs)
        return actor.text + trigger.word + obj, place or _visited(trigger.word, obj), head
    return actor_title(ctx, trigger, actor, (left, head, start), refs, obj, lede), place, head


def _formal_country(text: str, left: int, end: int) -> str:
    """The country of a state visit its clause prints before the word (…，并对某国进行正式访问 → 某国), or ""."""
    m = rules.pattern("formal_visit").search(text, left, end)
    return rules.compact(m.group("country")) if m is not None and m.group("country") else ""


def _group_visit(
    ctx: Context, sentence: Sentence, trigger: rules.Trigger, span: tuple[int, int, int], obj: str
) -> _Titled | None:
    """A visit no person does: titled by the group printed before it (某代表团赴某市), none without one."""
    text, (head, start, end) = ctx.doc.text, span
    group = group_title(ctx, sentence.start, start)
    if not group:
        return None
    cut = min((at for w in rules.uses("visit_object_end") if (at := obj.find(w)) >= 0), default=len(obj))
    obj = obj[:cut]  # 某代表团赴某市出席某会议: the meeting is an event of its own
    place = eventplaces.place_in(text[head:end])[0]
    return group + trigger.word + obj, place or _visited(trigger.word, obj), head


def _subject_act(
    ctx: Context, sentence: Sentence, trigger: rules.Trigger, span: tuple[int, int, int, int], obj: str
) -> _Titled | None:
    """An act no person does: titled by the subject printed before it in its list item (甲开通、乙上线:
    乙上线), its place and dates left out, or by the noun ending the previous clause; none without a subject
    or a side."""
    text, (left, head, start, end) = ctx.doc.text, span
    place, p_start, p_end = eventplaces.place_in(text[head:end])
    first = listed.item_start(text, head, start)  # 甲开通、乙上线: 乙上线
    mid, p_start, p_end = text[first:start], p_start - (first - head), p_end - (first - head)
    if p_start >= 0 and p_end <= len(mid):
        mid = mid[:p_start] + " " * (p_end - p_start) + mid[p_end:]
    printed = rules.pattern("outlet_tag").sub("", rules.compact(without_times(ctx, first, mid)))  # 【某台】甲与乙签署
    subject = sides.strip_opening(printed)
    if subject == printed or len(subject) >= 2:
        floor = ctx.past_dateline(sentence.start, left)
        carried = not subject or subject.startswith(rules.uses("joiner"))
        group = group_title(ctx, sentence.start, start) if not subject else ""  # 某访问团…，抵达某地，拜会某某
        acting = actsubjects.acting_person(ctx, floor, left) if carried else None  # 甲到访某处 与某某座谈: 甲
        person = acting.text if acting is not None else ""
        subject = group if group.endswith(rules.uses("delegation")) else _subject(text, subject, floor, left, person)
        subject = namewalk.remains_owner(text, [(p.start, p.end) for p in ctx.people(floor, left)], subject, left)
        if len(subject) < 2:
            return None
        place = place or (eventplaces.place_in(text[floor:left])[0] if carried else None)  # 前往某地访问，与…签署
    if sideless(subject, trigger.event_type):
        return None  # 与会人员…并就某事进行了座谈交流: no side named, a part of the event reported
    subject = without_opener(without_topic(subject, trigger.event_type))  # 而两市签署… → 两市签署…
    subject = rules.pattern("group_size").sub("", subject)  # 某领袖团一行11人拜会…: the group's size, no part of it
    subject = _unquoted_name(subject)  # 「某灯会」开幕 → 某灯会开幕
    return subject + trigger.word + obj, place, first  # …举行，并共同签署某宣言: the side word opened it, no subject


def _touring(word: str) -> bool:
    return rules.triggers()[word].event_type in ("inspection", "visit")


def _unquoted_name(subject: str) -> str:
    """A subject that is one quoted name (「某灯会」, “某活动”) without its quotation marks, as a reader titles it."""
    if len(subject) > 2 and subject[0] in OPENING_QUOTES and subject[-1] == CLOSING_QUOTES[OPENING_QUOTES.index(subject[0])]:
        inner = subject[1:-1]
        return inner if not any(q in inner for q in OPENING_QUOTES + CLOSING_QUOTES) else subject
    return subject


def _issued(ctx: Context, sentence: Sentence, draft: Draft, word: str, span: tuple[int, int]) -> None:
    """The documents an ``issues`` act (印发, 发布) prints in 《…》 within ``span``: policies it issued."""
    for m in rules.POLICY.finditer(ctx.doc.text, *span):
        prov = ctx.doc.provenance(ctx.article.index, sentence, m.start(), m.end(), f"policy:{word}")
        name = rules.policy_title(m.group(1))
        draft.policies[(name, "issued")] = PolicyLink(name, "issued", prov)


def _nothing_done(ctx: Context, trigger: rules.Trigger, obj: str, span: tuple[int, int, int, int]) -> bool:
    """Whether a release, signing or hearing act with the object ``obj`` does nothing it names: no document
    released, no agreement signed, no report heard."""
    head, start, end, right = span
    if trigger.event_type == "release" and not _released(ctx, head, end, right):
        return True  # 某某发布 2031-09-10 (a masthead): nothing is released
    if trigger.event_type == "release" and _personnel(ctx, obj, (head, end, right)):
        return True  # 公布人事异动, 公布主要官员名单: who holds what is announced, no document released
    if trigger.event_type == "opening" and _object(ctx.doc.text, end, right).endswith(rules.uses("work_object")):
        return True  # 正式启动某报告起草工作: work begun, nothing opened
    agreements = rules.uses("agreement")
    signed = any(w in obj for w in agreements) or _signed_on(ctx.doc.text[head:start])
    if trigger.event_type == "signing" and trigger.word not in agreements and not signed:
        return True  # 签署命令, 签署意见: no agreement is signed (签约 names its own; 在某协议上签字 names one)
    if trigger.event_type == "signing" and _background(obj):
        return True  # 自两市缔结友好城市以来, 缔结友好城市30周年招待会: the signing is background, none reported
    if trigger.event_type == "signing" and any(w in obj for w in _ceremonies()):
        return True  # 甲和乙缔结友好城市签约仪式在某地举行: the ceremony named is the event
    if trigger.event_type == "signing" and sides.outcome(ctx, start, end):
        return True  # 某会议在某地举行，并签署了《某协议》: the meeting's outcome (a policy)
    wanted = rules.object_wanted(trigger.word)
    named = obj + (ctx.doc.text[head:start] if trigger.word in rules.uses("approval") else "")  # 某港区经国务院批准设立
    return bool(wanted) and not any(w in named for w in wanted)  # 听取意见: no report heard; 批准设立某专题: no zone


def _signed_on(before: str) -> bool:
    """The words before a signing verb in its clause end with 在…上 around an agreement (在某合作备忘录上签字,
    在协议上签署某项目): the agreement signed is printed before the verb."""
    at = max((before.rfind(w) for w in rules.uses("signed_on_open")), default=-1)
    closed = before.endswith(rules.uses("signed_on_close"))
    return at >= 0 and closed and any(w in before[at:] for w in rules.uses("agreement"))


def _personnel(ctx: Context, obj: str, span: tuple[int, int, int]) -> bool:
    """Whether a release announces who holds what: the words after the verb (its title's object, or those of its
    clause when the title keeps none: 并发布5项人事异动) name a ``personnel_object``, and no 《document》 is
    released in the clause (发布《某人事制度改革方案》 releases one)."""
    text, (head, end, right) = ctx.doc.text, span
    if rules.POLICY.search(text, head, max(right, end)):
        return False
    released = obj or _object(text, _skip_times(ctx, end, right), right)
    return any(w in released for w in rules.uses("personnel_object"))


def _background(obj: str) -> bool:
    """A ``signed_background`` word after the last agreement word of a signing's object (…友好城市以来,
    …友好城市30周年招待会); inside the agreement's own name it is no background (结好30周年备忘录)."""
    ends = [obj.rfind(w) + len(w) for w in rules.uses("agreement") if w in obj]
    rest = obj[max(ends, default=0) :]
    return any(w in rest for w in rules.uses("signed_background"))


def _ceremonies() -> tuple[str, ...]:
    """The names of signing ceremonies (签约仪式, 签字仪式: name triggers of type signing)."""
    return tuple(w for w, t in rules.triggers().items() if t.event_type == "signing" and t.form == "name")


def announced(ctx: Context, start: int, end: int) -> bool:
    """Talks announced, not held: a ``talks_plan`` word between their actor (at ``start``) and their trigger
    (``end``), the names and titles there left out (甲将于某日前往某地，与某市领导会面; 甲会跟乙会面; 与乙中将会晤
    is no plan), and the topic's words (a ``topic`` word on)."""
    text = ctx.doc.text
    blocked = ctx.blocked_in(start, end)  # once, not per character
    blocked = [*blocked, *((t.start, t.end) for t in ctx.times(start, end))]  # 甲20日会与乙会面: the day left out
    kept = [c if not any(a <= i < b for a, b in blocked) else " " for i, c in enumerate(text[start:end], start)]
    words = "".join(kept)
    words = words[: min((words.find(w) for w in rules.uses("topic") if w in words), default=len(words))]
    if any(w in words for w in rules.uses("talks_plan")):  # (the topic after 就 plans nothing: 就落实某计划会谈)
        return True
    heads = (*sides.uses("adverb"), *rules.uses("also"), " ")
    modal = (at for w in rules.uses("talks_modal") for at in range(len(words)) if words.startswith(w, at))
    return any(at == 0 or words[:at].endswith(heads) for at in modal)


def dated_plan(ctx: Context, sentence: Sentence, left: int, start: int) -> bool:
    """Talks announced by the first person named in their clause (甲将于19日拜会乙, 甲19日将前往某地，拜访乙), a plan
    word between that person and the trigger as ``announced`` reads it, with a day printed before the trigger in
    the sentence: planned talks (gold-conventions A3); with no day, a plan only named (A1)."""
    actor = next((p for p in ctx.people(left, start) if p.end <= start), None)
    framed = trip_framed(ctx, sentence)  # 某某访问某国期间，…也将拜会乙: the trip's subject acts
    # 甲今率团启程赴某地，预计今下午拜会乙: a clause with no one in it goes on with the sentence's subject
    carried = actor is None and bool(ctx.people(sentence.start, left))
    if (actor is None and not framed and not carried) or not announced(ctx, actor.end if actor else left, start):
        return False
    return any(t.kind == "date" for t in ctx.times(sentence.start, start)) or trip_part(ctx, sentence, start, framed)


def bare_report(text: str, end: int, right: int) -> bool:
    """听取汇报(后): the object is only the report word, the hearing already reported."""
    return _object(text, end, right) in rules.uses("report")


def has_object(text: str, end: int, right: int) -> bool:
    return bool(_object(text, end, right))


def _visited(word: str, obj: str) -> str | None:
    """Where a visit went: 访川 → 四川, 访问某地 → 某地 (a short object), else None."""
    places = eventplaces.abbreviations()
    if len(word) == 2 and word[1] in places:
        return places[word[1]]
    if rules.trigger_pattern().match(obj):
        return None  # 进行考察访问: a second act word, no place
    place = eventplaces.canonical_place(obj) if 2 <= len(obj) <= 6 else None
    return place if place and eventplaces.is_place(place) else None  # 结束某地访问行程: 行程 is no place


def _released(ctx: Context, head: int, end: int, right: int) -> bool:
    """A release names what it releases: a 《title》 in its clause or words (not a date) after the verb."""
    text = ctx.doc.text
    return bool(
        rules.POLICY.search(text, head, max(right, end)) or _object(text, _skip_times(ctx, end, right), right)
    )


def _subject(text: str, subject: str, floor: int, left: int, person: str = "") -> str:
    """The subject of an act; one starting with 与/在 (or none) takes the noun ending the previous clause, or
    ``person``, who acts in that clause."""
    if subject in rules.uses("manner"):
        return ""  # 今日正式缔结为友谊市: a manner word names no one, the act already told
    if not subject or subject.startswith(rules.uses("joiner")):
        subject = (person or _previous_tail(text, floor, left)) + subject
    if subject.startswith(rules.uses("located")):  # 座落于某乡的某园区正式动工: where it lies is no part of its name
        subject = subject[min((at + len(w) for w in rules.uses("attributive") if (at := subject.find(w)) > 0), default=0) :]
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
    obj = rules.LATIN_GLOSS.sub("", rules.strip_start(rules.compact(text[end:right]), rules.uses("aspect")))
    obj = rules.pattern("object_measure").sub("", obj, count=1)  # 签署了一项某协议: the agreement, not its count
    if any(obj.startswith(w) and rules.participation_pattern().match(obj, len(w)) for w in rules.uses("during")):
        return ""  # 某某在会见中说: the talks told again, no object
    seasons = rules.uses("period_noun")  # 检查国庆节期间安全生产工作, 春节后复工: the season the work is for
    cuts = [at for w in rules.uses("object_end") if (at := obj.find(w)) >= 0 and not obj.endswith(seasons, 0, at)]
    obj = obj[: min(cuts)] if cuts else obj
    cut = rules.pattern("object_count").search(obj)
    obj = obj[: cut.start()] if cut else obj
    listed = _NEXT_ACT.search(obj)  # 签署“某协定”、接受某某午宴: the next act of a list, no more of the object
    obj = obj[: listed.start() + 1] if listed else obj
    acts = [at for w in rules.uses("next_act") if (at := obj.find(LIST_MARK + w)) >= 0]  # 拜会甲、接受乙款宴
    obj = obj[: min(acts)] if acts else obj
    return obj[:30] if len(obj) >= 2 else ""


# a quoted name closed, then 、 and no other quoted name: the list goes on with another act
_NEXT_ACT = re.compile(f"[{re.escape(CLOSING_QUOTES)}》]{LIST_MARK}(?![{re.escape(OPENING_QUOTES)}《])")


def _previous_tail(text: str, floor: int, left: int) -> str:
    """The noun that ends the previous clause (始于某地的某某11号线，…与… → 某某11号线)."""
    end = left - 1
    if end <= floor:
        return ""
    start, _ = rules.clause_bounds(text[floor:end], end - floor, end - floor)
    tail = rules.compact(text[floor + start : end])
    cut = max((tail.rfind(w) + len(w) for w in rules.uses("attributive") if w in tail), default=0)
    tail = tail[cut:]
    groups = (*rules.uses("delegation"), *rules.uses("group_end"))  # 某考察团一行到某市考察，并与…: the group
    group = max((tail.find(w) + len(w) for w in groups if w in tail), default=0)
    return tail[:group] if group else tail

"""events: dated, typed, placed events with participants and policies in one article.

*Named* events (…座谈会, …论坛: the name as printed) count when the text says they took place or are
planned; *act* events (揭牌运行, 考察, 致唁电: the subject does something) when their clause or sentence
is dated, or they open the article. A bare mention (会议, 此次座谈会) is not a new event: it points back
to the last named one and carries its participants. Vocabulary: ``lexicons/zh/events/``, docs/events.md."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Article, Document, Event, Mention, Sentence
from ..punctuation import CLOSING_QUOTES, OPENING_QUOTES
from . import (
    abbreviated,
    acts,
    backrefs,
    baremeetings,
    ceremonies,
    copies,
    dating,
    documents,
    eventmodel,
    eventplaces,
    framed,
    groupheads,
    groupmembers,
    guards,
    handovers,
    headlineacts,
    headlines,
    hostcalls,
    hosted,
    kinds,
    lasting,
    listed,
    meals,
    nameruns,
    namewalk,
    occasiondays,
    openings,
    participants,
    plandays,
    policylinks,
    records,
    references,
    respective,
    rites,
    salutations,
    sittings,
    speeches,
    spokespeople,
    worksceremony,
)
from . import eventparts as parts
from . import eventrules as rules
from .draft import Context, Draft, Ref, clause
from .finish import finish
from .monthonly import month_only
from .register import add as _add
from .register import bare as _bare
from .register import same as _same
from .sides import joint_signers, second_event

BYLINE = "byline:"  # the rule family of the reporters a byline names (text/bylines.tsv)


def _context(doc: Document, article: Article, mentions: tuple[Mention, ...]) -> Context:
    persons = sorted(  # a reporter signing the article (记者 某某) takes part in nothing it reports
        (m for m in mentions if m.kind == "person" and not m.rule.startswith(BYLINE)), key=lambda m: (m.start, m.end)
    )
    blocked = sorted((m.start, m.end) for m in mentions if m.kind in ("person", "position"))
    return Context(doc, article, persons, blocked)


def headline_act(doc: Document, article: Article, mentions: tuple[Mention, ...]) -> tuple[Event, ...]:
    """The act the page's headline names, asked only when no article of the page reported an event
    (``headlineacts``; docs/events.md, "The headline's act when no article of the page reported an event")."""
    ctx = _context(doc, article, mentions)
    ctx.drafts.extend(headlineacts.drafted(ctx))
    records.fields(ctx)  # a meeting record's header fields (主席 / 甲; 出席 / 乙、丙): the headline names its meeting
    return tuple(finish(ctx, d) for d in ctx.drafts)


def extract_events(doc: Document, article: Article, mentions: tuple[Mention, ...]) -> tuple[Event, ...]:
    ctx = _context(doc, article, mentions)
    cited: dict[str, Draft] = {}  # documents cited by number: kept apart from the article's own events
    for index, sentence in enumerate(article.sentences):
        before = ctx.current
        refs = _refs(ctx, index, sentence)
        lasting.told_range(ctx, refs)  # 某论坛今晚开幕。本届论坛于十四日至二十一日举办: the range it lasts
        participants.participation(ctx, sentence, refs, before, index)
        salutations.greeted(ctx, index, sentence)  # 甲主席、各位嘉宾：a speech greets those present
        respective.split_hosts(ctx, sentence, refs)
        hostcalls.split_calls(ctx, sentence, refs)  # 代表团拜会甲、乙及丙: one call per host
        policylinks.policies(ctx, sentence, refs, before)
        for draft in documents.cited(ctx, sentence):
            cited.setdefault(draft.key, draft)
    records.fields(ctx)  # 主席 / 甲; 出席 / 乙、丙: a meeting record's header fields
    groupmembers.members(ctx)
    groupheads.heads(ctx)  # 以甲为团长的某代表团 / 代表团团长乙: the group's visit and its talks
    groupmembers.roster(ctx)  # 甲、乙参加了此行 told after the group's talks: they join the talks too
    groupmembers.group_acts(ctx)  # 行政长官与考察团会见某省领导: the group's act takes the visit's people
    spokespeople.speak(ctx)  # 新闻发言人某某: a speaker at the press conferences reported
    handovers.told_later(ctx)  # 卸任市长甲将印信交接给新任市长乙 … 就职典礼: the parties named before the name
    joint_signers(ctx)  # 某会议…，并共同签署某宣言: the meeting's people sign it
    openings.fold(ctx)  # 某论坛开幕 … 出席论坛开幕式: the gathering's own opening, one event
    rites.fold(ctx)  # 某签约仪式 … 甲与乙签署协议: the ceremony's own signing, one event
    backrefs.fold(ctx)  # 某党代会主席团第二次会议 … 主席团会议审议…: the event named again, shorter
    speeches.fold(ctx)  # 某某作关于…视察活动情况的报告: the topic's act is no event
    told = {d.key for d in ctx.drafts}
    # a meeting named only as a reference point or relayed (某全会以来, 传达某会议上的讲话精神) is drafted so its
    # words are read as no other event, but it is not an event of the article (docs/gold-conventions.md A1, A2)
    # a plan with no date is only named too (A3: a future event named with no date falls under A1)
    reported = [
        d
        for d in ctx.drafts
        if not (d.named_only or plandays.dateless(ctx, d) or plandays.unplaced(ctx, d) or month_only(ctx, d))
    ]
    drafts = reported + [d for key, d in cited.items() if key not in told]
    return tuple(finish(ctx, d) for d in drafts)


def _refs(ctx: Context, index: int, sentence: Sentence) -> list[Ref]:
    found: list[Ref] = []
    outer: Draft | None = None
    matches = _triggers(ctx, sentence)
    for k, m in enumerate(matches):
        trigger = abbreviated.trigger(m.group())
        start, end = sentence.start + m.start(), sentence.start + m.end()
        trigger = meals.as_talks(ctx, sentence.start, trigger, start)  # 甲与乙晚宴: the meal they share
        if trigger.form == "name" and (ctx.in_post(start, end) or _before_body_word(ctx.doc.text, end)):
            continue  # 论坛主席某某: the word belongs to a post; 某博览会组委会: to a body
        if trigger.form == "name" and nameruns.runs_on(ctx, sentence, matches, k):
            continue  # 博览会开幕式; 甲博会、乙博会新闻发布会; 某会议举行第三次全体会议: part of the next name
        if trigger.form == "name":
            ref = _named(ctx, index, sentence, trigger, start, end)
        else:
            ref = acts.act(ctx, index, sentence, trigger, start, end, found)
        if ref is not None:
            inside = bool(found) and not ref.bare and parts.held_inside(ctx.doc.text, found[-1], ref)
            found.append(ref)
            if inside:  # 某推介会上还举行了签约仪式: a part of the event reported, which stays the current one
                outer = found[-2].draft
                occasiondays.same_occasion(outer, ref.draft)
            if outer is None and (ref.draft.side or second_event(ctx, found, ref)):
                outer = ctx.current if ref.draft.side else second_event(ctx, found, ref)  # 会后签署…; 并于…举行
            # never the event the next words are at: a reference point (某会议议程草案, 某全会以来) or talks in passing
            reference = framed.is_framed(ref.draft) or ref.draft.passing or ref.draft.named_only
            # a meeting announced for later while a held one is reported (会议决定，某日召开某会议。某某主持会议): the
            # next words are still at the held one
            reference = reference or (plandays.announced(ctx, ref.draft) and ctx.current is not None and not plandays.announced(ctx, ctx.current))
            reference = reference or _recalled_in_speech(ctx, sentence, ref)  # 甲表示，去年3月某团曾来参访
            if not participants.topic(ctx.doc.text, ref) and not guards.welcomed(ctx, ref) and not reference:
                ctx.current = ref.draft
    if outer is not None:
        ctx.current = outer
    return found


def _before_body_word(text: str, end: int) -> bool:
    """An event word right before a body's word (某博览会组委会主办: ``event_body``): the name is that body's."""
    return text.startswith(rules.uses("event_body"), end)


def _recalled_in_speech(ctx: Context, sentence: Sentence, ref: Ref) -> bool:
    """An event someone recalls in what he says (甲表示，去年3月某代表团前往某地参访; 乙表示，去年曾组团前往): dated
    before the report's month and told after a ``says`` verb of its sentence, it is history, not the event the next
    words are at."""
    month, date = (ctx.article.date or "")[:7], ref.draft.date or ""
    if not date or len(month) < 7 or date[:7] >= month:
        return False
    said = rules.says_verbs()
    return any(w in ctx.doc.text[sentence.start : ref.start] for w in said)


def _triggers(ctx: Context, sentence: Sentence) -> list[re.Match[str]]:
    """Trigger words of the sentence, none starting inside a person's name (林晓峰会见: 会见, not 峰会)."""
    pattern, text, found, at = rules.trigger_pattern(), sentence.text, [], 0
    names = [
        (p.start - sentence.start, p.end - sentence.start)
        for p in ctx.people(sentence.start - 8, sentence.end)
    ]
    while (m := pattern.search(text, at)) is not None:
        if any(s <= m.start() < e for s, e in names):
            at = m.start() + 1
            continue
        if rules.head_hides_rule(text, m):  # 访团拜会: the act 拜会, not the model's head 团拜会
            at = m.start() + 1
            continue
        longer = rules.longer_name_inside(pattern, text, m)
        if longer is not None:  # 正式开工仪式: the name 开工仪式 reaches past the act 正式开工
            at = longer
            continue
        found.append(m)
        at = m.end()
    return abbreviated.merged(ctx, sentence, found)  # 主持召开市委常委会，: a body's short name for its meeting


def _named(
    ctx: Context, index: int, sentence: Sentence, trigger: rules.Trigger, start: int, end: int
) -> Ref | None:
    text = ctx.doc.text
    left, right = clause(sentence, start, end := rules.subtitle_end(text, end, sentence.end))  # 「某论坛：某对话」: a subtitle
    left = ctx.past_dateline(left, start)  # 本报讯(记者某某)某大会…: the byline is no part of the name
    studied = rules.pattern("studied_list").match(text, end, right)  # 学习甲会议、乙会议精神: a list studied
    since = guards.period_start(text, left, start, right) or guards.point_in_time(text, end, right)  # 自从…以来, 某会议后召开的
    if studied or since or any(text.startswith(w, end) for w in rules.words("not_after.txt")):
        earlier = references.earlier_edition(ctx, sentence, trigger, left, start, end)
        return earlier or references.mentioned(ctx, sentence, trigger, left, start, end)
    if guards.quoted_past(text, left, start, end):
        return None  # 「某庆典之夏音乐季」: a word inside a quoted name, not its end
    if (bare := baremeetings.called(ctx, index, sentence, trigger, (left, start, end))) is not None:
        return bare  # 某某主持召开座谈会, 某某到某县调研并召开座谈会: a meeting printed by its noun alone (A8)
    name = _name(ctx, index, sentence, trigger, (left, start, end))
    if not isinstance(name, tuple):
        return name
    title, name_start, walked = name
    if _series(ctx, title, (left, name_start, end, right)) or listed.kind_of_list(title, trigger.word) or guards.negated(text, left, walked):
        return None
    if any(w in title for w in rules.uses("alternative")):
        return None  # 召开职工代表会议或职工大会推选产生: kinds of meeting offered, no one event
    prefix = parts.name_prefix(ctx, left, name_start)
    said = rules.happening()
    planned = parts.plan_before(parts.plan_window(ctx, index, left) + prefix, text[end:right], said.after)
    planned = planned or parts.plan_after(text, end, right) or framed.elects_delegates(text, name_start, end)
    subject = headlines.opens_sentence(ctx, left, name_start)  # the name opens its clause (由某某主办的 before it)
    if references.speech(ctx, sentence, trigger, left, name_start, end):
        return None  # 学习某某在某座谈会上的重要讲话精神: an earlier event, referred to (named, with its speaker)
    if rules.pattern("spirit_after").match(text, end, right):
        return None  # 贯彻某某在参加某会议审议时的重要讲话精神: the event of a speech studied (A2)
    head = rules.head_only(trigger.word)  # 庆典, 晚宴: heads the rules read since are the rules'
    found = eventmodel.signals(ctx, sentence, (left, name_start, end, right), prefix, (planned, subject, head))
    if not found["rule"] and not found["titled"] and ceremonies.held_for(ctx, left, name_start, title):
        found["held_before"] = found["rule"] = True  # 主持甲、乙的宣誓就职仪式: held
    happened = eventmodel.happened(ctx, sentence, trigger, title, (index, (left, name_start, end, right)), found)
    if happened and not found["rule"] and eventmodel.told_by_rules(ctx, title, _same(ctx, title, None)):
        happened = False  # a name the rules told already (甲、乙双城论坛是由…促成): the model adds no second one
    if not happened:
        return _not_happened(ctx, index, sentence, trigger, title, (left, start, name_start, end))
    row, framed_start = framed.frame(ctx, sentence, (left, name_start, end, right), planned)
    if row:  # 提请某会议审议, 某会议审议通过的《…》: the words of taking place are a reference's (framed.py)
        return framed.named(ctx, sentence, trigger, row, framed_start, end)
    return _held(ctx, index, sentence, trigger, name, (left, start, end, right), found, (planned, subject))


def _name(
    ctx: Context, index: int, sentence: Sentence, trigger: rules.Trigger, span: tuple[int, int, int]
) -> tuple[str, int, int] | Ref | None:
    """The event's name ending at the trigger: its title, where it starts and where the walk back over the name
    stopped; a name of the word alone takes its convener (甲所设的晚宴), or is a ceremony's or a bare mention."""
    (left, start, end), text = span, ctx.doc.text
    walked = namewalk.name_start(text, start, left, ctx.blocked_in(left, start))
    name_start = guards.inside_quotes(text, namewalk.strip_prefixes(text, walked, start), start, end)
    quote = text.startswith(tuple(OPENING_QUOTES), name_start)  # an opening quotation mark is not the name's
    name_start += quote
    title = namewalk.unquoted(rules.compact(text[name_start:end]), text[name_start - 1] if quote else "")
    forum = _bare(ctx, trigger.word, trigger.event_type) if title[: -len(trigger.word)] in rules.uses("session_kind") else None
    if forum is not None and forum.event_type == "forum":  # 圆桌会议由某某主持: a session of the forum told
        return Ref(name_start, end, forum, True)
    if len(title) < len(trigger.word) + 2:
        if joined := baremeetings.joined_title(ctx, left, start, trigger.word):
            return joined, start, walked  # 甲政府党组会议和常务会议: that body's 常务会议
        convener = worksceremony.subject(ctx, trigger.word, trigger.word, (left, start))  # 某工程举行动土典礼
        opened = walked + 1 == start and text[walked] in OPENING_QUOTES  # 举行“院会”: the noun quoted alone
        convener = convener or (parts.convener(ctx, left, walked) if walked == start or opened else "")
        convener = "" if baremeetings.act_words(convener) else convener  # 又主持召开调度会: no body met
        convener = convener or hosted.occasion_title(ctx, "", trigger.event_type, (left, start))  # 甲所设的晚宴
        owned = None if convener else ceremonies.office_owner(ctx, trigger.word, left, start)  # 某国总统甲就职仪式
        convener = owned[0] if owned else convener
        convener = convener or hosted.body_host(ctx, left, start) or sittings.own_sitting_body(ctx, trigger.word, left, start)
        if not convener and worksceremony.opens_clause(ctx, trigger.word, (left, start)):
            return trigger.word, start, walked  # 开工典礼昨天在某地举行: the ceremony by its noun alone
        if not convener:
            if (act := ceremonies.of_act(ctx, index, sentence, trigger, start, end)) is not None:
                return act  # 甲今日就职，仪式由乙主持: the ceremony of that act
            if (held := ceremonies.held_bare(ctx, index, sentence, trigger.word, (start, end))) is not None:
                return held  # 某某主持交接典礼: the ceremony, named by its noun alone
            draft = _bare(ctx, trigger.word, trigger.event_type)
            return Ref(start, end, draft, True) if draft else None
        title, name_start = convener + trigger.word, owned[1] if owned else start
    else:
        title = _holder_title(ctx, title, trigger.word, (left, name_start), walked == name_start)
        title = hosted.occasion_title(ctx, title, trigger.event_type, (left, name_start))  # 由甲所设的某餐叙
        title = worksceremony.titled(ctx, trigger.word, title, (left, name_start))  # 某工程举行开工动土典礼
    unclosed = sum(c in OPENING_QUOTES for c in title) > sum(c in CLOSING_QUOTES for c in title)  # 某周暨“某会
    if rules.quoted_head(trigger.word) or unclosed:  # “某某行”活动, 「某某特展活动」: the name and its head, no quotes
        title = "".join(c for c in title if c not in OPENING_QUOTES + CLOSING_QUOTES)
    return title, name_start, walked


def _series(ctx: Context, title: str, span: tuple[int, int, int, int]) -> bool:
    """Whether the name counts a series (三次座谈会; 某论坛已连续举办三届; 定期召开会议) or a kind of work
    (召开某会议等具体任务), not one event."""
    (left, name_start, end, right), text = span, ctx.doc.text
    counts = rules.counted(title) or rules.counted(rules.compact(text[name_start:end]))  # 某常委会已召开三次会议
    counts = counts or bool(rules.pattern("recurring").search(rules.compact(text[left:name_start])))  # 定期召开会议
    return bool(counts or rules.pattern("series").match(text, end) or guards.kind_list(text, left, end, right))


def _not_happened(
    ctx: Context, index: int, sentence: Sentence, trigger: rules.Trigger, title: str, span: tuple[int, int, int, int]
) -> Ref | None:
    """A name not told as taking place: a ceremony named by its noun alone, an earlier edition, the same event
    named before, or a mention only."""
    left, start, name_start, end = span
    if (held := ceremonies.held_bare(ctx, index, sentence, title, (name_start, end))) is not None:
        return held  # 新旧任局长完成了交接仪式: the ceremony, named by its noun alone
    earlier = references.earlier_edition(ctx, sentence, trigger, left, start, end)
    known = _same(ctx, title, None) if earlier is None else None
    if earlier is None and known is None:
        return references.mentioned(ctx, sentence, trigger, left, start, end)
    return earlier or (Ref(name_start, end, known, False) if known else None)


def _held(
    ctx: Context,
    index: int,
    sentence: Sentence,
    trigger: rules.Trigger,
    name: tuple[str, int, int],
    span: tuple[int, int, int, int],
    found: dict[str, bool],
    flags: tuple[bool, bool],
) -> Ref:
    """The named event told as taking place: named again when it was (not held on a day the sentence prints),
    else drafted, dated (planned or held), placed by the joint places before it, and added with its twins."""
    (title, name_start, walked), (left, start, end, right), (planned, subject) = name, span, flags
    text = ctx.doc.text
    told_held = found["held_before"] or found["after"] or found["right_after"]  # the rules' happening signals
    # 某日，某会议在某地举行: held on a day the sentence prints — reported, not named again
    held_on = told_held and any(t.kind == "date" and t.value for t in ctx.times(sentence.start, right))
    if not held_on and (again := references.named_again(ctx, title, left, right)) is not None:
        return Ref(name_start, end, again, False)  # 会议指出，某某在某会上的讲话: named again, not held
    place, _, _ = eventplaces.place_in(text[left:right])
    lede = eventmodel.opens_article(ctx, index)
    draft = Draft.undated(title, kinds.name_type(title, trigger), name_start, end, place, planned, lede)
    draft.lifted = not found["rule"]
    if planned:
        dating.date_planned(ctx, draft, right, left, subject)
    else:
        dating.date_held(ctx, sentence, draft, index, (right, subject))
    rule = eventmodel.tagged(f"event:name:{trigger.word}", not found["rule"])
    places = sittings.joint_places(ctx, left, name_start) if walked == name_start else []
    printed, draft.title = draft.title, (places[0] + draft.title) if places else draft.title
    draft.place = draft.place or (places[0] if places else None)
    ref = Ref(name_start, end, _add(ctx, draft, sentence, start, end, rule), False)
    _twins(ctx, sentence, draft, (start, end, rule), printed, places[1:])
    return ref


def _holder_title(ctx: Context, title: str, word: str, span: tuple[int, int], unwalked: bool) -> str:
    """``title`` with the holder a sitting or a generic name is named after, when it needs one."""
    left, name_start = span
    if sittings.session(title) and (holder := sittings.holder(ctx, left, name_start)):
        return holder + title  # 某会议举行第三次全体会议
    if body := copies.numbered_body(ctx, title):  # 本次召开的第二十次全体会议: the numbered body the article named
        return body + title
    if sittings.session(title) and (parent := sittings.parent_meeting(ctx)) is not None:
        return sittings.sitting_holder(parent, title) + title  # 某会议…。随后举行闭幕大会: the meeting reported's sitting
    if parts.generic(ctx, title, word, left, name_start) and unwalked:
        # a generic name (常委会会议) is the convener's: 某市委召开常委会会议 → 某市委常委会会议
        return parts.generic_holder(ctx, title, left, name_start)
    return title


def _twins(
    ctx: Context, sentence: Sentence, draft: Draft, found: tuple[int, int, str], printed: str, others: list[str]
) -> None:
    """甲、乙两省召开某会: one meeting in each other place too."""
    start, end, rule = found
    for other in others:
        prov = ctx.doc.provenance(ctx.article.index, sentence, start, end, rule)
        twin = replace(
            draft, title=other + printed, place=other, provenance=[prov], participants={}, policies={}
        )
        ctx.drafts.append(twin)

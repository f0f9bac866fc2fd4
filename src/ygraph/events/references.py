"""references: a numbered meeting named only as a reference point (某省委十二届五次全会以来, 按照市第十三次
党代会部署, 某全会明确提出…) or a speech a meeting relays is drafted as named only, so its words are read as
no other event and never give the article's date; ``events.py`` does not emit it (docs/gold-conventions.md A1, A2). The words after the name are ``word_uses.tsv``
``mention_after``; the name must print an ordinal (patterns.tsv ``numbered``)."""

from __future__ import annotations

from ..model import Mention, Participation, Sentence, TimeExpr
from ..punctuation import CLAUSE_BREAKS, LIST_MARK, OPENING_QUOTES, TITLE_OPEN
from . import eventrules as rules
from . import kinds, namewalk, sittings
from .draft import Context, Draft, Ref
from .register import add, same


def mentioned(
    ctx: Context, sentence: Sentence, trigger: rules.Trigger, left: int, start: int, end: int
) -> Ref | None:
    """The numbered meeting named at ``start…end`` as a reference point, registered as an undated event; a
    reference to the article's own event of that name, else None."""
    text = ctx.doc.text
    walked = namewalk.strip_prefixes(text, namewalk.name_start(text, start, left, ctx.blocked_in(left, start)), start)
    if speech(ctx, sentence, trigger, left, walked, end):
        return None  # 在甲会议、乙座谈会时的重要讲话: a studied speech's event, named with its speaker
    follows = next((w for w in rules.uses("mention_after") if text.startswith(w, end)), "")
    relayed = _relayed(text, left, start, end)
    follows = follows or relayed or _agenda(ctx, left, start)
    if not follows or trigger.event_type != "meeting":
        return None
    name_start = namewalk.strip_prefixes(
        text, namewalk.name_start(text, start, left, ctx.blocked_in(left, start)), start
    )
    name_start = _after_relay(text, name_start, start) if relayed else name_start
    lead = next((w for w in rules.uses("mention_lead") if text.startswith(w, name_start)), "")
    name_start += len(lead) if follows in rules.uses("mention_led") else 0  # 报某会议备案: reported to it
    opening = max(text.rfind(q, name_start, start) for q in (*OPENING_QUOTES, TITLE_OPEN))
    name_start = opening + 1 if opening >= 0 else name_start  # 《某会议以来…的报告》: the name inside
    title = rules.compact(text[name_start:end])
    if len(title) < len(trigger.word) + 4 or not (relayed or rules.pattern("numbered").search(title)):
        return None
    known = same(ctx, title, None)
    if known is not None and (not relayed or known.key == rules.title_key(title)):
        return Ref(name_start, end, known, False)  # a relayed meeting is never the one relaying it
    draft = Draft.undated(title, kinds.name_type(title, trigger), name_start, end)
    draft.named_only = True
    add(ctx, draft, sentence, start, end, f"event:mentioned:{follows}")
    return None  # only named: it takes no participants and is not the event the sentence goes on about


def named_again(ctx: Context, title: str, left: int, right: int) -> Draft | None:
    """会议指出，某某在某会议上的重要讲话…: an event the article named only (a studied speech's, a reference
    point), named again in a clause printing no date (a length, 成立一百周年, is none), is that event still —
    never one the article reports."""
    if any(t.kind == "date" for t in ctx.times(left, right)):
        return None
    known = same(ctx, title, None)
    return known if known is not None and known.named_only else None


def _agenda(ctx: Context, left: int, start: int) -> str:
    """列席某届人大某次会议 (``mention_before``): a session on another body's agenda, named, not held here."""
    walked = namewalk.name_start(ctx.doc.text, start, left, ctx.blocked_in(left, start))
    before = rules.compact(ctx.doc.text[left:walked])
    return next((w for w in rules.uses("mention_before") if before.endswith(w)), "")


def _relayed(text: str, left: int, start: int, end: int) -> str:
    """传达…某电视电话会议精神: the relayed_after word when a relay word precedes the name in its clause."""
    after = next((w for w in rules.uses("relayed_after") if text.startswith(w, end)), "")
    return after if after and any(w in text[left:start] for w in rules.uses("relay")) else ""


def _after_relay(text: str, name_start: int, start: int) -> int:
    """Where a relayed name starts: after the relay words printed before it (传达贯彻某会议 → 某会议)."""
    for word in rules.uses("relay"):  # longest first
        at = text.rfind(word, name_start, start)
        if at >= 0:
            name_start = at + len(word)
            break
    items = rules.uses("relayed_item")
    for at in range(start - 1, name_start, -1):  # 某某重要指示和某大会: the list's last item
        if text[at] in rules.uses("name_joiner") and text[name_start:at].endswith(items):
            return at + 1
    return name_start


def earlier_edition(
    ctx: Context, sentence: Sentence, trigger: rules.Trigger, left: int, start: int, end: int
) -> Ref | None:
    """2029年某联席会议以来 (``sittings.earlier_edition``): an event dated by the year of its name."""
    found = sittings.earlier_edition(ctx, trigger, left, start, end)
    if found is None:
        return None
    name_start, title, year, follows = found
    known = same(ctx, title, year)
    if known is not None:
        return Ref(name_start, end, known, False)
    draft = Draft(
        title,
        kinds.name_type(title, trigger),
        name_start,
        end,
        year,
        None,
        "clause",
        year,
        None,
        False,
        False,
    )
    draft.explicit = True
    draft.named_only = True  # the start of a period or of decisions carried out (A1): named, dated by its year
    return Ref(name_start, end, add(ctx, draft, sentence, start, end, f"event:edition:{follows}"), False)


SPEECH_RULE = "event:speech"  # + the at_open word: an event named by the speech a meeting studies
SPEAKER_GAP = 8  # at most this many characters (a title: 总书记, 副总理) between a speaker and 在


def speech(
    ctx: Context, sentence: Sentence, trigger: rules.Trigger, left: int, name_start: int, end: int
) -> bool:
    """传达学习某某（某日）在某会议上的重要讲话精神 (``speech_after`` after 在<name>上, a ``back_reference``
    word in the sentence): an earlier event the meeting studies, not the event reported. It is registered
    as named only, dated by a day printed inside 在…上, with the speaker printed before 在 as its speaker;
    True when the name is such a studied speech (the caller drafts nothing more)."""
    text = ctx.doc.text
    inside = [t for t in ctx.times(name_start, end) if not text[name_start : t.start].strip()]
    name_start = max([name_start, *(t.end for t in inside)])  # 在4月20日某会议上: the day is no part of the name
    at, times = _at_open(ctx, left, name_start)
    spoken = _spoken(text, end, sentence.end) if at >= 0 else None
    if spoken is None or not sittings.back_reference(text, sentence.start, sentence.end):
        return False
    relay = any(w in text[left:at] for w in rules.uses("relay"))
    if not (relay or text.startswith(rules.uses("relayed_after"), spoken)):
        return True  # 研究讨论某某在某全会上的讲话: a speech still to be given, not a meeting relayed
    title = rules.compact(text[name_start:end])
    speaker = _speaker(ctx, left, at)
    direct = speaker is not None and not any(w in text[speaker.end : at] for w in rules.uses("at_open"))
    before = list(ctx.times(speaker.end, at)) if speaker is not None and direct else []  # 某某4月22日在某会上
    day = next((t for t in [*times, *before] if t.kind == "date" and t.value), None)
    known = same(ctx, title, day.value if day else None)
    draft = known if known is not None and known.key == rules.title_key(title) else None
    if draft is None:
        draft = Draft.undated(title, kinds.name_type(title, trigger), name_start, end)
        if day is not None:
            draft.date, draft.date_end, draft.date_source, draft.date_text = day.value, day.value_end, "clause", day.text
        draft.named_only = True
        rule = f"{SPEECH_RULE}:{next(w for w in rules.uses('at_open') if text.startswith(w, at))}"
        draft.provenance.append(ctx.doc.provenance(ctx.article.index, sentence, name_start, end, rule))
        ctx.drafts.append(draft)
    if speaker is not None:
        prov = ctx.doc.provenance(ctx.article.index, sentence, speaker.start, speaker.end, "participation:speech")
        draft.participants.setdefault((speaker.text, "spoke_at"), Participation(speaker.text, "spoke_at", prov))
    return True


def _at_open(ctx: Context, left: int, name_start: int) -> tuple[int, list[TimeExpr]]:
    """Where the 在 opening 在<name>上 stands — right before the name, over the days printed between
    (在4月20日某会议上), or before a list the name is an item of (在甲会议、乙座谈会上) — and the days printed
    after it; -1 when the name follows no 在."""
    text = ctx.doc.text
    opening = max((text.rfind(w, left, name_start) for w in rules.uses("at_open")), default=-1)
    if opening < 0 or any(c in CLAUSE_BREAKS for c in text[opening:name_start]):
        return -1, []
    times = list(ctx.times(opening, name_start))
    between = sittings.without_times_between(ctx, opening + 1, name_start).strip()
    return (opening, times) if not between or LIST_MARK in between else (-1, [])


def _spoken(text: str, end: int, stop: int) -> int | None:
    """Where a speech given at the name (上的重要讲话, 时的讲话: ``speech_close``) ends, the name alone or
    an item of the list before it (甲会议、乙座谈会上的讲话); None when none follows."""
    close = rules.pattern("speech_close").search(text, end, stop)
    if close is None or any(c in CLAUSE_BREAKS for c in text[end : close.start()]):
        return None
    between = text[end : close.start()].strip()
    if between and not between.startswith(LIST_MARK):
        return None
    last = between.rsplit(LIST_MARK, 1)[-1]  # the list's last item names an event too (甲会议、乙会议党员会: one)
    return close.end() if not last or last.endswith(kinds.name_triggers()) else None


def _speaker(ctx: Context, left: int, at: int) -> Mention | None:
    """The person printed right before 在 (only a title or a day between): who spoke at the event; after a
    joiner (…的重要讲话精神和在某会上的主旨演讲) the speaker of the speech joined to."""
    text = ctx.doc.text
    head = text[left:at].rstrip()
    if head.endswith(rules.uses("list_joiner")):
        opening = max((text.rfind(w, left, at - 1) for w in rules.uses("at_open")), default=-1)
        close = rules.pattern("speech_close").search(text, opening, at) if opening >= 0 else None
        return _speaker(ctx, left, opening) if close is not None else None
    people = ctx.people(left, at)
    if not people:
        return None
    gap = sittings.without_times_between(ctx, people[-1].end, at)  # only the last person can be the speaker
    close = len(gap.strip()) <= SPEAKER_GAP and not any(c in gap for c in CLAUSE_BREAKS + LIST_MARK)
    return people[-1] if close else None

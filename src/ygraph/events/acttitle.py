"""acttitle: the title of an act, for ``actdraft``: its actor, the words printed between the actor and the
trigger (dates, posts and a talks' place left out, a partner word kept, 大会 read as its name), the trigger and
its object; a lede's own act its headline; the topic and an opening connective cut from the words before an
act (its actor's or its subject's), and talks told by their topic alone."""

from __future__ import annotations

from ..model import Mention
from ..punctuation import CLAUSE_BREAKS, CLOSING_BRACKETS, LIST_MARK, OPENING_BRACKETS
from . import escorted, eventplaces, sides
from . import eventrules as rules
from .draft import Context, Ref
from .eventparts import BARE_WITHOUT_OBJECT
from .groups import without_times

_TOPIC_TYPES = ("talks", "meeting")  # 甲与乙就某事会谈/进行座谈: titled by the sides, not the topic
_TOUR_TYPES = ("inspection", "visit")  # a headline titles them with what was toured (会勘某工程, 访问某地)
_CHAIN = 2  # the fewest posts before the people met that a talks' title leaves out
_HEADLINE_OBJECT = 30  # the longest object a headline prints after its act (as ``actdraft._object``)
_KIND_LEAST = 3  # characters of a listed kind that names what a tour saw (城建项目; 企业, 单位 say too little)
_NO_PLACE_TYPES = (
    "talks",
    "signing",
    "meeting",
)  # their titles leave out 在<place> (某某在某地会见某某 → 某某会见某某)


def actor_title(
    ctx: Context,
    trigger: rules.Trigger,
    actor: Mention,
    span: tuple[int, int, int],
    refs: list[Ref],
    obj: str,
    lede: bool,
) -> str:
    """The title of an act its actor does: the actor, the words printed between (a partner, not a topic, a
    place or a list of places), the trigger and its object; a lede's own act its headline's title."""
    text, (left, head, start) = ctx.doc.text, span
    topic = _opened_topic(ctx, trigger, actor, left)
    if topic:
        return topic + trigger.word  # 某大桥，今天由甲、乙剪彩通车: the bridge opened, its openers the participants
    own = lede and trigger.event_type not in BARE_WITHOUT_OBJECT  # talks are titled by their guest
    with_object = bool(obj) and trigger.event_type in _TOUR_TYPES
    headline = _headline(ctx, trigger, actor, with_object) if own else ""
    first = actor.end if actor.end > left else head  # a carried subject: its clause
    first = _past_aside(text, first, start)  # 某某(彼时已卸任某职)也曾视察…: the aside is no part of the title
    drop = _place_span(text, first, start, trigger) if trigger.event_type in _NO_PLACE_TYPES else None
    rest = _render(ctx, first, start, refs, drop)
    rest = next((rest[len(h) :] for h in rules.honorifics() if rest.startswith(h)), rest)
    rest = sides.strip_opening(rest)  # 某某，会前先与某某会面: the side word is no part of the title
    partner = sides.partner_opening(ctx, left, start) if actor.end <= left else ""
    rest = rest.lstrip(sides.BRACKETS)  # 今早(13日)首先与某某会面: the brackets of a day left out
    rest = next((rest[len(w) :] for w in rules.uses("daypart") if rest.startswith(w) and partner), rest)  # 晚上与…
    opened = rules.strip_start(rest, sides.adverbs(rest))  # 首先与某某会面: after an adverb
    rest = rest if opened.startswith(partner) else partner + rest  # …与某某会面: the partner word stays
    rest = without_topic(rest, trigger.event_type)  # 甲与乙就某事进行座谈 → 甲与乙进行座谈
    listed = rules.pattern("place_list").search(rest)
    kind = (listed.group("kind") or "") if listed and not obj else ""
    if len(kind) >= _KIND_LEAST:  # 到甲、乙等城建项目现场调研: what the tour saw is its object
        rest, obj = rest[: listed.start()] + rest[listed.end() :], kind
    rest = rules.pattern("place_list").sub("", rest) if obj else rest  # 先后到甲、乙等地调研某工作
    obj = rules.pattern("object_list").sub("", obj)  # 检查甲、乙、丙等安全生产工作 → 检查安全生产工作
    rest = without_opener(rest)  # 某某一行则是前往会勘… → 某某一行前往会勘…
    rest = escorted.without_escort(rest)  # 某某由甲陪同视察某工程 → 某某视察某工程
    toured = trigger.event_type in eventplaces.MOTION_TOURS and actor.end <= left
    motion = eventplaces.motion_tail(text, actor.end, left) if toured else ""  # 甲赴某州，调研某工作: where it went
    return headline or actor.text + motion + rest + trigger.word + obj


_TOPIC = (2, 16)  # the shortest and longest topic a sentence opens with before the agents of its opening


def _opened_topic(ctx: Context, trigger: rules.Trigger, actor: Mention, left: int) -> str:
    """The thing an opening act opens when the sentence names it first, alone in its first clause, and the
    act's clause opens with an ``agent_marker`` before its doers (连接两镇的某大桥，今天由某某、某县长剪彩通车 →
    某大桥): the last noun of that clause after its attributive particle; "" otherwise."""
    if trigger.event_type != "opening":
        return ""
    text, sentence = ctx.doc.text, ctx.sentence_at(left)
    opening = rules.compact(without_times(ctx, left, text[left : actor.start]))  # 今天由某院长甲: past the day
    if sentence is None or not opening.startswith(rules.uses("agent_marker")):
        return ""
    begin = ctx.past_dateline(sentence.start, left)  # (某社记者某某某地六日电)某公司某事业，今天由甲揭牌
    cut = min((k for c in CLAUSE_BREAKS if (k := text.find(c, begin, left)) >= 0), default=-1)
    first = rules.compact(text[begin:cut]) if cut > begin else ""
    close = max((first.rfind(c) for c in CLOSING_BRACKETS), default=-1)
    if close >= 0 and any(w in first[:close] for w in rules.uses("byline")):
        first = first[close + 1 :]  # （某社记者某某某地六日电）某公司某事业: past the byline's bracket
    first = first[max((first.rfind(w) + len(w) for w in rules.uses("attributive") if w in first), default=0) :]
    busy = rules.trigger_pattern().search(first) or rules.participation_pattern().search(first)
    if busy or ctx.people(sentence.start, cut) or not _TOPIC[0] <= len(first) <= _TOPIC[1]:
        return ""
    return first


def _past_aside(text: str, i: int, end: int) -> int:
    """Past a bracketed aside opening at ``i`` and closed before ``end``; ``i`` itself otherwise."""
    if text[i : i + 1] not in OPENING_BRACKETS:
        return i
    close = min((k for c in CLOSING_BRACKETS if (k := text.find(c, i, end)) >= 0), default=-1)
    return close + 1 if close >= 0 else i


def without_topic(words: str, event_type: str) -> str:
    """The words before a talks or discussion act without the topic that ends them (甲与乙就某事进行座谈:
    a ``topic`` word after a ``partner`` word opens what they talked about, which names no side); those before a
    tour without the topic after its place (来某县就某事进行调研)."""
    if event_type in _TOUR_TYPES:  # 来某县就某事进行调研 → 来某县调研: what a tour looked into is no place
        at = min((i for w in rules.uses("topic") if (i := words.find(w, 1)) >= 0), default=-1)
        return words[:at] if at > 0 else words
    if event_type not in _TOPIC_TYPES:
        return words
    partner = min((i for w in rules.uses("partner") if (i := words.find(w)) >= 0), default=-1)
    at = min((i for w in rules.uses("topic") if (i := words.find(w, partner + 2)) >= 0), default=-1)
    return words[:at] if partner >= 0 and at > partner + 1 else words


def without_opener(words: str) -> str:
    """An act's subject (or the words after its actor and group word: 一行则是前往) without the connective
    opening it (``opener``: 而, 亦, 则是), when two characters or more are left."""
    group = next((w for w in rules.uses("group_end") if words.startswith(w)), "")
    rest = rules.strip_start(words[len(group) :], rules.uses("opener"))
    return group + rest if len(group + rest) >= 2 else words


def sideless(subject: str, event_type: str) -> bool:
    """A discussion or talks told by its topic alone (就某事进行了座谈, 与会人员并就某事座谈: no ``partner`` word
    before the topic but one opening a participation verb, 与会): no side is named, no act of its own."""
    at = min((i for w in rules.uses("topic") if (i := subject.find(w)) >= 0), default=-1)
    if event_type not in _TOPIC_TYPES or at < 0:
        return False
    verbs = rules.participation_verbs()
    sides = [
        i for w in rules.uses("partner") for i in range(at) if subject.startswith(w, i)
        and not any(subject.startswith(v, i) for v in verbs)
    ]
    return not sides


def _headline(ctx: Context, trigger: rules.Trigger, actor: Mention, with_object: bool) -> str:
    """An article's headline as the title of its own report (周明远就…致贺信), cut after the trigger; an act the
    lede prints with an object (会勘某工程) keeps the headline's own object, up to a space or a clause break
    (某某会勘某工程 持续提升…: the words after the space are a second headline)."""
    headline = rules.compact(ctx.article.title)
    cut = headline.find(trigger.word)
    if cut < 0 or actor.text not in headline[:cut]:
        return ""
    # the actor's last mention before the word: a column tag may print the name first ([某某访港] 某某视察…)
    return headline[headline.rfind(actor.text, 0, cut) : cut + len(trigger.word)] + (
        _headline_object(ctx.article.title, trigger.word) if with_object else ""
    )


def _headline_object(headline: str, word: str) -> str:
    """The words a headline prints right after ``word`` up to a space or a clause break ("" when fewer than two)."""
    at = headline.find(word) + len(word)
    end = min((k for c in (*CLAUSE_BREAKS, " ", "\u3000", "\t") if (k := headline.find(c, at)) >= 0), default=len(headline))
    words = headline[at:end]
    return words[:_HEADLINE_OBJECT] if len(words) >= 2 else ""


def _place_span(text: str, start: int, end: int, trigger: rules.Trigger) -> tuple[int, int] | None:
    """The 在<place> phrase between an actor and the trigger, left out of a talks or meeting title (某某在某地
    会见某某 → 某某会见某某); a ``partner`` word ending it stays (在某地与某某会谈 → 与某某会谈)."""
    _, at, to = eventplaces.place_in(text[start:end] + trigger.word)
    if at < 0 or start + to > end:
        return None
    kept = next((len(w) for w in rules.uses("partner") if text.endswith(w, 0, start + to)), 0)
    return start + at, start + to - kept


def _render(
    ctx: Context, start: int, end: int, refs: list[Ref], drop: tuple[int, int] | None = None
) -> str:
    """The words between an actor and the trigger without dates or positions (names stay) nor the span
    ``drop``, 大会 → its full name."""
    text = ctx.doc.text
    persons = {(p.start, p.end) for p in ctx.people(start - 40, end)}
    tails = rules.uses("body_tail")  # 某某于2月6日会见: the preposition goes with its date
    skip = [(t.start - next((len(w) for w in tails if text.endswith(w, 0, t.start)), 0), t.end)
            for t in ctx.times(start - 40, end)]
    skip += [drop] if drop is not None else []
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
            out.append(_partner_in(text[span[0] : span[1]], "".join(out)))
            i = span[1]
            if text.startswith(LIST_MARK, i) and any(s == i + 1 for s, _ in skip):
                i += 1  # 甲与乙市委副书记、市长某某: the mark between two posts left out goes with them
            continue
        out.append(text[i])
        i += 1
    return rules.compact("".join(out))


def _partner_in(skipped: str, before: str) -> str:
    """A ``partner`` word inside a left-out post (在某地与某省省长某某会谈: the place and 与 read into the post),
    kept when none is printed before it: the title still joins the two sides (某某与某某会谈)."""
    partners = rules.uses("partner")
    if any(w in before for w in partners):
        return ""
    return next((w for w in partners if w in skipped), "")


def unposted(ctx: Context, obj: str, end: int, right: int) -> str:
    """Talks' object without a chain of posts printed before the people met (拜访某省委常委、某市委书记、市长甲 →
    拜访甲): such a title names who met, the posts are the people's roles. One post stays (拜会某国总统甲: the
    title as printed, as golds write it)."""
    persons = {(p.start, p.end) for p in ctx.people(end, right)}
    posts = [rules.compact(ctx.doc.text[s:e]) for s, e in ctx.blocked_in(end, right) if s >= end and (s, e) not in persons]
    if len(posts) < _CHAIN:
        return obj
    for post in sorted(posts, key=len, reverse=True):
        at = obj.find(post)
        if at >= 0 and len(post) >= 2:
            mark = obj[at + len(post) : at + len(post) + 1] == LIST_MARK
            obj = obj[:at] + obj[at + len(post) + mark :]
    return obj


def past_purpose(ctx: Context, end: int, right: int) -> int:
    """Where a talks' object starts past the words telling why its guests came (会见来某地出席某会的某市长甲 →
    某市长甲): a ``guest_purpose`` word opens them and the last ``attributive`` particle before the first person
    met ends them. Before a group that no name follows (会见来某地参访的代表团) the words name the group: kept."""
    text = ctx.doc.text
    at = end + next((len(w) for w in rules.uses("aspect") if text.startswith(w, end)), 0)
    if not any(text.startswith(w, at) for w in rules.uses("guest_purpose")):
        return end
    first = next((p.start for p in ctx.people(at, right)), -1)
    cut = max((k + len(w) for w in rules.uses("attributive") if (k := text.rfind(w, at, first)) >= 0), default=-1)
    if first < 0 or cut < 0 or any(c in text[at:first] for c in CLAUSE_BREAKS):
        return end
    return cut

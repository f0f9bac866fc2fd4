"""framed: a named event whose words of taking place belong to a REFERENCE FRAME around its name — the
session a draft goes to (提请某会议审议), the session that adopted a text (某会议审议通过的《…》), a meeting
welcomed or surpassed (迎接某党代会胜利召开, 超越某峰会), an earlier or coming meeting told only as the head
of an attributive clause (将要召开的某会议, 2029年举办的某论坛), a meeting the reported meeting's view
discusses (会议指出，某会议是…的一次重要会议) — is named, not reported (docs/gold-conventions.md A1, A3).

It is drafted named only (``register``: a later report of it in a clause of its own still makes it an event,
``reported_after_all``), with the rule id ``event:reference:<row>``; only once the article has told an event
of its own (a lede is never a reference). Vocabulary: ``events/reference_frames.tsv``."""

from __future__ import annotations

from .. import lexicons
from ..model import Sentence, TimeExpr
from ..punctuation import LIST_MARK, OPENING_QUOTES
from . import eventrules as rules
from . import kinds, periods
from .draft import Context, Draft, Ref, clause
from .register import add, same

RULE = "event:reference"
DELEGATES = "delegates_for"  # the row id of a congress named by the delegates elected for it (patterns.tsv)
_DELEGATES_WINDOW = 90  # how far before a congress's name 选举 may stand (a list of bodies elected first)


@lexicons.cached
def _rows() -> dict[str, tuple[str, ...]]:
    rows: dict[str, list[str]] = {}
    for word, use in lexicons.load_table("events/reference_frames.tsv"):
        rows.setdefault(use, []).append(word)
    return {use: tuple(sorted(words, key=len, reverse=True)) for use, words in rows.items()}


def _words(use: str) -> tuple[str, ...]:
    return _rows().get(use, ())


def frame(ctx: Context, sentence: Sentence, span: tuple[int, int, int, int], planned: bool) -> tuple[str, int]:
    """The row of the reference frame around the name at ``name_start…end`` and where the name starts
    without a referral verb it was walked over (提请某会议 → 某会议); ("", name_start) when none. A name
    told as the venue of an act (在某地召开的某会议上，…签署: happening.txt 在…上) is narrated; an attributive
    frame holds a recalled event (a day before the article's printed in it) or a coming one with no day."""
    left, name_start, end, right = span
    text = ctx.doc.text
    approved = _approver(text, span)
    if approved is not None:  # 经某会议研究决定: the approver, named even in a notice's first words
        return APPROVAL, approved
    guest = _guest_of(ctx, span) or _welcomed_for(ctx, span)
    if guest:  # 会见了前来出席某论坛的某某, 对某某参加某会表示欢迎: why the guest came; the talks are reported
        return guest, name_start
    period = periods.period_after(ctx, span, {u: _words(u) for u in ("period", "period_end", "period_not", "attending")})
    if period:  # 出席某会议期间会见某某, 某会议闭幕后，…: the time of another act, even in a lede (periods.py)
        return period, name_start
    prefix = rules.compact(text[left:name_start]).rstrip(OPENING_QUOTES)
    name = rules.compact(text[name_start:end])
    following = next((w for w in _words("next_one") if name.startswith(w) and len(name) - len(w) <= BARE), "")
    if following:  # 下一次会议应该是8月举行: the next sitting in general, no event told
        return following, name_start
    carried = next((w for w in _words("carried_out") if _object_of(prefix, w)), "")
    carried = "" if _themed(name, text[end - 1 : end]) else carried  # 学习贯彻某会精神座谈会: the meeting's theme
    if carried:  # 认真落实某会议审议通过的…, 贯彻某全会精神: what is carried out is a reference, even in a lede
        return carried, name_start
    if not any(not d.named_only for d in ctx.drafts):
        return "", name_start  # nothing reported yet: the name may be the article's own event
    for word in _words("before"):  # 提请某会议审议: the verb before the name (or walked into it)
        if _object_of(prefix, word):
            return word, name_start
        inside = text.find(word, name_start, min(end, name_start + WALKED + len(word)))
        if inside >= 0 and end - inside > len(word) + 2:  # 草案报请某会议: walked over into the name
            return word, inside + len(word)
    undated = not any(t.kind == "date" for t in ctx.times(left, right))
    if undated and elects_delegates(text, name_start, end):
        return DELEGATES, name_start  # 选举出席某党代会的代表: the congress delegates are elected for (A1)
    after = next((w for w in _words("after") if text.startswith(w, end)), "")
    if after:
        return after, name_start
    coming = next((w for w in _words("coming") if text.startswith(w, end)), "")
    if coming and undated:
        return coming, name_start  # 某两会召开在即: a coming event with no day (A3)
    spoken = _words("attending")
    venue = any(text.startswith(b, end) for _, b in rules.happening().around)
    attributive = next((w for w in _words("attributive") if prefix.endswith(w)), "")
    days = [t for t in ctx.times(left, name_start) if t.kind == "date" and t.value]
    recalled = bool(days) and not planned and not _coming(ctx, days)  # 2029年举办的某论坛: an earlier event
    vague = planned and undated  # 将要召开的某会议: no day (A3)
    attended = any(w in prefix for w in spoken) or any(w in text[end:right] for w in spoken)  # 由某某主持
    if attributive and (recalled or vague) and not venue and not attended:
        return attributive, name_start  # 2029年举办的某论坛: the head of a clause about something else
    view = rules.compact(sentence.text[:12])
    opinion = next((w for w in rules.uses("opinion") if view.startswith(w)), "")
    told = any(t.kind == "date" for t in ctx.times(sentence.start, right))  # 会议指出，4月20日，某会在某地召开
    if opinion and not told and not venue:
        return opinion, name_start  # 会议指出，某会议是…召开的一次重要会议: discussed, not held
    return "", name_start


APPROVAL = "approval"  # the row id of a meeting named as the approver of a decision or a text (patterns.tsv)


def _approver(text: str, span: tuple[int, int, int, int]) -> int | None:
    """Where the name of a meeting named as an approver starts (经某会议研究决定, 已经某日召开的某会议审议通过,
    某方案已经某会议审议, 《某办法》已经某会议: the lead walked over into the name), None when the name is no approver: an approval
    verb must follow it and a lead (``approval_lead``, never 经济/经过/经常…) come before it."""
    left, name_start, end, right = span
    if rules.pattern("approval_after").match(text, end, right) is None:
        return None
    if rules.pattern("approval_before").search(rules.compact(text[left:name_start])):
        return name_start
    leads = list(rules.pattern("approval_lead").finditer(text, name_start, end))
    return leads[-1].end() if leads and end - leads[-1].end() > 2 else None  # 《某办法》已经某会议: the last lead


def _guest_of(ctx: Context, span: tuple[int, int, int, int]) -> str:
    """The ``guest_talks`` row (会见, 欢迎 …) when the name describes the guests of talks or a welcome in its
    clause (会见了前来出席某论坛的某某, 欢迎参加某会的嘉宾): an ``attending`` word between the verb and the name,
    no person and no ``guest_not`` word there (会见某某后出席…, 会见并出席…), the particle right after the name;
    "" otherwise."""
    left, name_start, end, _ = span
    text = ctx.doc.text
    if not text.startswith(rules.uses("attributive"), end):
        return ""
    at, word = max(((text.rfind(w, left, name_start), w) for w in _words("guest_talks")), default=(-1, ""))
    if at < 0 or ctx.people(at, name_start):
        return ""
    between = text[at + len(word) : name_start]
    attends = [between.find(w) for w in _words("attending") if w in between]
    if not attends or any(w in between[: min(attends)] for w in _words("guest_not")):
        return ""
    return word


def _welcomed_for(ctx: Context, span: tuple[int, int, int, int]) -> str:
    """The ``welcome_after`` word (表示热烈欢迎 …) right after the name when a ``welcomes`` word (对) stands before
    it in its clause with an ``attending`` word between and no person (甲对乙方代表参加某会议表示欢迎: why the
    guests came, said at the talks reported; part30). The words of ``guards`` reading 某某对某团来访表示欢迎
    (events/word_uses.tsv), so the two readings of one construction share one list; "" otherwise."""
    left, name_start, end, _ = span
    text = ctx.doc.text
    close = next((w for w in rules.uses("welcome_after") if text.startswith(w, end)), "")
    at = max((text.rfind(w, left, name_start) for w in rules.uses("welcomes")), default=-1)
    if not close or at < 0 or ctx.people(at, name_start):
        return ""
    between = text[at:name_start]
    attends = any(w in between for w in _words("attending"))
    return close if attends and not any(w in between for w in _words("guest_not")) else ""


BARE = 4  # the longest kind of meeting a 下一次 may stand before (会议, 常委会, 座谈会)
WALKED = 4  # at most this many characters (草案, 文件) before a referral verb a name was walked over
MODIFIER = 4  # at most this many characters (党的, 即将) between a verb and the name it takes
LIST_ITEM = 20  # at most this many characters of the items listed between a verb and the name


def _themed(name: str, last: str) -> bool:
    """A name holding what is carried out before its own noun (某会精神座谈会, 某讲话精神宣讲会): the spirit is the
    theme of the meeting named, which is held, no reference to the one whose spirit it is."""
    return any(name.find(w) > 0 and name.find(w) + len(w) < len(name) - len(last) for w in rules.uses("meeting_theme"))


def _object_of(prefix: str, word: str) -> bool:
    """Whether the name is the object of ``word``: right after it, a short modifier between (迎接党的某大会), or
    the last item of a list after it (迎接某大会和某党代会)."""
    at = prefix.rfind(word)
    if at < 0:
        return False
    rest = prefix[at + len(word) :]
    joined = rest.endswith((*rules.uses("name_joiner"), LIST_MARK))
    return len(rest) <= MODIFIER or (joined and len(rest) <= LIST_ITEM)


def act_frame(ctx: Context, sentence: Sentence, span: tuple[int, int, int, int]) -> str:
    """The row of a reference frame around an act (贯彻某某视察某省重要讲话精神: the occasion of words relayed,
    whatever times its sentence prints or events the article told), or, once the article has told an event of its
    own, around one printed with no day in its sentence (多次来某省视察: a series; 会议强调，某某到某地考察…: the
    reported meeting's view); "" when none."""
    left, start, end, right = span
    text = ctx.doc.text
    prefix = rules.compact(text[left:start])
    relayed = rules.pattern("relayed_author").search(text, end, right)
    if relayed is not None and any(w in prefix for w in rules.uses("back_reference")):
        return "relayed"  # 9日，…传达学习某某视察某地重要讲话精神: whatever the times (or the events told), referred to
    if relayed is not None and text.endswith(rules.uses("occasion_end"), 0, relayed.start()):
        return "relayed"  # 他说，某某会见某团时的重要讲话…: the act is the occasion of words quoted, not told
    if not any(not d.named_only for d in ctx.drafts):
        return ""
    if ctx.times(sentence.start, right):
        return ""
    series = next((w for w in _words("series") if w in prefix), "")
    if series:
        return series
    view = rules.compact(sentence.text[: start - sentence.start])
    return next((w for w in rules.uses("opinion") if view.startswith(w)), "")


def act_named(ctx: Context, sentence: Sentence, trigger: rules.Trigger, row: str, span: tuple[int, int]) -> Ref:
    """A framed act drafted named only: its people take part in it, not in the event reported."""
    start, end = span
    left, _ = clause(sentence, start, end)
    draft = Draft.undated(rules.compact(ctx.doc.text[left:end]), trigger.event_type, start, end)
    draft.named_only = True
    return Ref(start, end, add(ctx, draft, sentence, start, end, f"{RULE}:{row}"), False)


def is_framed(draft: Draft) -> bool:
    """Whether ``draft`` is only named, through a reference frame."""
    return draft.named_only and any(p.rule.startswith(RULE) for p in draft.provenance)


def _coming(ctx: Context, days: list[TimeExpr]) -> bool:
    """Whether a day printed before the name is later than the article's (5月底在某地举行的某交易会: planned)."""
    day = ctx.article.date or ""
    return bool(day) and any((t.value or "")[: len(day)] > day for t in days)


def named(ctx: Context, sentence: Sentence, trigger: rules.Trigger, row: str, start: int, end: int) -> Ref | None:
    """Register the framed name ``start…end`` named only (the article's own event of that name when it told
    one: a reference to it); None: only named, it takes no participants."""
    title = rules.compact(ctx.doc.text[start:end])
    known = same(ctx, title, None)
    if known is not None and not known.named_only:
        return Ref(start, end, known, False)
    draft = Draft.undated(title, kinds.name_type(title, trigger), start, end)
    draft.named_only = True
    add(ctx, draft, sentence, start, end, f"{RULE}:{row}")
    return None


def elects_delegates(text: str, start: int, end: int) -> bool:
    """选举…出席某代表大会的代表, or 出席某代表大会代表候选人 (the delegates' candidates, whatever verb chooses
    them): the congress the delegates are chosen for is still to come."""
    before = rules.pattern("delegates_for").search(text, max(start - _DELEGATES_WINDOW, 0), start)
    if before is not None and before.end() == start and rules.pattern("delegates_of").match(text, end):
        return True
    attends = rules.pattern("delegates_attend").search(text, max(start - _DELEGATES_WINDOW, 0), start)
    chosen = rules.pattern("delegates_chosen").match(text, end)
    return attends is not None and attends.end() == start and chosen is not None

"""guards: places where a trigger word is no event — page furniture lines, quotations and titles,
anniversaries — for ``events.py``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons
from ..model import Sentence
from ..punctuation import (
    ASIDE,
    CLAUSE_BREAKS,
    CLOSING_BRACKETS,
    CLOSING_QUOTES,
    COLONS,
    COMMAS,
    LIST_MARK,
    OPENING_QUOTES,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    SPACES,
    TITLE_CLOSE,
    TITLE_OPEN,
)
from . import eventrules as rules
from .draft import Context, Draft, Ref, clause
from .eventplaces import place_levels

_FIELD_BREAKS = SPACES + COLONS  # what separates the fields of a furniture line (来源：某网 发布时间：…)


def anniversary(text: str, end: int) -> bool:
    """Whether an anniversary (30周年, patterns.tsv) follows the trigger ending at ``end`` (成立30周年)."""
    return bool(rules.pattern("anniversary").match(text, end))


def history(text: str, end: int) -> bool:
    """Whether the trigger ending at ``end`` tells a body's history (成立至今, 成立以来, 成立于1996年:
    patterns.tsv ``history``), not an act the article reports."""
    return bool(rules.pattern("history").match(text, end))


def work_body(text: str, end: int, right: int) -> bool:
    """Whether the act ending at ``end`` sets up a working body for a task (成立…领导小组, 专班: patterns.tsv
    ``work_body``): how work is organised, not an opening the article reports."""
    return bool(rules.pattern("work_body").match(text[end:right]))


def recalled_act(text: str, end: int, right: int) -> bool:
    """Whether the act ending at ``end`` is recalled in its clause as the ground of what came later (…为两地合作
    奠定了基础: patterns.tsv ``laid_ground``) or as what a report is about (…情况的书面报告: ``report_of``): an
    act named, not one the article reports."""
    return any(rules.pattern(name).match(text[end:right]) for name in ("laid_ground", "report_of"))


def period_start(text: str, left: int, start: int, right: int) -> bool:
    """Whether the event starting at ``start`` is told in its clause ``[left, right)`` as the start of a period
    (某某自6月8日会见某团后，…; 自从某论坛召开以后，…: patterns.tsv ``period_start``): a reference, not a
    happening the article reports (gold-conventions A1)."""
    found = rules.pattern("period_start").search(text, left, right)
    return found is not None and found.start() < start


def point_in_time(text: str, end: int, right: int) -> bool:
    """A name ending at ``end`` is named as the time after which another was held (某会议后召开的第一次例会: patterns.tsv
    point_after), or is joined (``list_joiner``, 、) to the next name of its clause, which is a point in time
    (甲会议和乙会议后召开的, 甲会议和乙会议之后): neither is the event told."""
    if rules.pattern("point_after").match(text, end, right):
        return True
    if not text.startswith((*rules.uses("list_joiner"), LIST_MARK), end):
        return False
    following = rules.trigger_pattern().search(text, end + 1, right)
    after = following.end() if following else right
    return following is not None and (
        text.startswith(rules.words("not_after.txt"), after) or bool(rules.pattern("point_after").match(text, after, right))
    )


def caption(text: str, floor: int, end: int) -> bool:
    """Whether the sentence ``text[floor:end]`` is a photo caption (a name followed by (右), (左二); a picture's
    lead 图为 in it and a credit 摄 closing it): the act it shows is reported by the article's own sentences, dated
    there."""
    if rules.caption_marker().search(text, floor, end) is not None:
        return True
    sentence = text[floor:end].rstrip()
    credit = sentence[-1:] in CLOSING_BRACKETS and any(w in sentence[-12:] for w in rules.uses("photo_credit"))
    return credit and any(w in sentence for w in rules.uses("caption_lead"))


def quoted(text: str, floor: int, at: int) -> bool:
    """Whether ``at`` lies inside “…” or 《…》 opened earlier in its sentence."""
    before = text[floor:at]
    quote = before.count(QUOTE_OPEN) > before.count(QUOTE_CLOSE)
    return quote or before.count(TITLE_OPEN) > before.count(TITLE_CLOSE)


def quoted_mention(text: str, floor: int, ref: Ref) -> bool:
    """Whether the event named at ``ref`` is quoted in its sentence (``quoted``) as a mention, not as the venue of
    an act: a quotation closing right at the name's end before a ``venue_after`` word (在“某会议”上讲话) is a venue."""
    if not quoted(text, floor, ref.start):
        return False
    close = ref.end + (text[ref.end : ref.end + 1] in CLOSING_QUOTES)
    return not (close > ref.end and text.startswith(rules.uses("venue_after"), close))


def titled(text: str, floor: int, at: int) -> bool:
    """Whether ``at`` lies inside 《…》 opened earlier in its sentence (a document's title names events)."""
    before = text[floor:at]
    return before.count(TITLE_OPEN) > before.count(TITLE_CLOSE)


def furniture(text: str, floor: int, left: int, right: int) -> bool:
    """Whether the clause ``[left, right)`` or the two fields before it, when they are separated by spaces
    or colons rather than commas, hold a furniture word (来源：, 发布时间, 责任编辑)."""
    for _ in range(2):
        if left <= floor or text[left - 1] not in _FIELD_BREAKS:
            break
        left = floor + rules.clause_bounds(text[floor : left - 1], left - 1 - floor, left - 1 - floor)[0]
    return any(w in text[max(left - 1, floor) : right] for w in rules.uses("furniture"))


def later_tour(text: str, word: str, end: int, right: int, stop: int) -> bool:
    """Whether a tour word follows a motion in its clause (某代表团赴某市考察调研), or an arrival (``arrival``)
    in its sentence (某代表团抵达某市，开始访川之行): the tour names the visit."""
    tours = [m for m in rules.trigger_pattern().finditer(text, end, right if word not in rules.uses("arrival") else stop)]
    # 抵达某地，开启学习之旅: a purpose word (trip_purpose) names a visit only after the group's motion, never this one's
    tours = [m for m in tours if m.group() not in rules.uses("trip_purpose")]
    if word not in rules.uses("arrival"):
        return bool(tours) and rules.triggers()[tours[0].group()].event_type in ("inspection", "visit")
    modifiers = (*rules.uses("act_modifier"), *rules.uses("trip_noun"))  # 首位访台的领导人, 展开参访行程: a noun
    return any(
        rules.triggers()[m.group()].event_type in ("inspection", "visit") and not text.startswith(modifiers, m.end())
        for m in tours
    )


_PLACE_CALL = (3, 14)  # the length of a place called on (拜访了某市 … 友好城市某道某市)


def unnamed_counterpart(ctx: Context, span: tuple[int, int, int, int]) -> bool:
    """Talks whose clause names no one met: the object ends with an ``unnamed_counterpart`` word (主要领导) or is a
    place (拜访了友好城市某市: a call on a place is a leg of the trip, A9) and no person is named after the verb, or
    the verb is done broadly (``broadly``: 广泛会晤某界人士)."""
    (left, start, end, right), text = span, ctx.doc.text
    if ctx.people(end, right):
        return False
    broadly = text.endswith(rules.uses("broadly"), left, start)
    called = rules.strip_start(rules.compact(text[end:right]), rules.uses("aspect"))
    place = _PLACE_CALL[0] <= len(called) <= _PLACE_CALL[1] and called.endswith(place_levels())  # 拜访了某市
    return broadly or place or called.endswith(rules.uses("unnamed_counterpart"))


def next_act_type(text: str, end: int, right: int) -> str:
    """The event type of the first trigger after ``end`` in the clause ending at ``right`` ("" for none)."""
    m = rules.trigger_pattern().search(text, end, right)
    return rules.triggers()[m.group()].event_type if m is not None else ""


def news_only(text: str, word: str, span: tuple[int, int, int]) -> bool:
    """Whether a release verb only releases news (某报头版发布消息): a report, not a document released. Also an
    announcing verb (``word_uses.tsv`` ``announces``: 发布, 公布) whose clause ``left…right`` names no document,
    neither a 《title》 nor a ``release_object`` word (规划, 方案, 公告…): what it announces is news, information or
    a personnel decision (某市政府公布二轮人事任命, 发布某某调任的消息), not a document; an appointment told with no
    session is no event either (docs/gold-conventions.md A6; evprec32)."""
    left, end, right = span
    if any(text.startswith(w, end) for w in rules.uses("news")):
        return True
    if word not in rules.uses("announces"):
        return False
    words = text[left:right]
    return TITLE_OPEN not in words and not any(w in words for w in rules.uses("release_object"))


def kind_list(text: str, left: int, end: int, right: int) -> bool:
    """Whether the event at ``…end`` is an item of a list of kinds of work (出台文件、召开推进会议等具体任务,
    ``patterns.tsv`` ``kind_list``): a list mark in its clause and the list closed by such a word."""
    return LIST_MARK in text[left:right] and bool(rules.pattern("kind_list").match(text, end, right))


def topics_object(text: str, end: int, right: int) -> bool:
    """Whether the list closed by a kinds-of-work word after an act at ``…end`` is that act's object, the topics
    of a tour (某某到甲、乙调研A、B等工作): words of the act's own before the first list mark after it, where an
    item of a list of kinds is followed by the mark right away (开展调研、召开座谈会等方式)."""
    m = rules.pattern("kind_list").match(text, end, right)
    return m is not None and len(m.group("items").split(LIST_MARK)[0]) >= 2


RECALLED_TYPES = ("meeting", "other")  # acts of no named person that ``recalled`` guards (座谈, 设宴欢迎)


def recalled(text: str, left: int, start: int, end: int, right: int) -> bool:
    """Whether an act of no named person is told as something else than done here: recalled (曾与某团座谈: a
    ``past_marker`` before it in its clause), a series (已设宴欢迎某团30余批: patterns.tsv ``act_series``) or
    the head of a practice (设宴欢迎外商的做法: ``act_practice``)."""
    if past_marked(text, left, start):
        return True
    return bool(rules.pattern("act_series").search(text, end, right) or rules.pattern("act_practice").match(text, end, right))


def past_marked(text: str, left: int, start: int) -> bool:
    """A ``past_marker`` before the act in its clause (曾与某国签署, 他上任前已与某国签署): recalled, not reported."""
    return any(w in text[left:start] for w in rules.uses("past_marker"))


def not_own_act(text: str, actor_end: int, start: int, end: int, right: int) -> bool:
    """Whether the act after a person is not one the person does: 某某对某团来闽考察表示欢迎 (a host,
    ``welcomes`` between the person and the act, welcoming it: ``welcome_after`` later in the clause), or
    某某部署对某行业开展督查 (``deploys`` between: the act is ordered, not done)."""
    if any(w in text[actor_end:start] for w in rules.uses("deploys")):
        return True
    host = any(w in text[actor_end:start] for w in rules.uses("welcomes"))
    return host and any(w in text[end:right] for w in rules.uses("welcome_after"))


def inside_quotes(text: str, name_start: int, start: int, end: int) -> int:
    """Where a name quoted right up to its trigger starts (以“两会”圆满召开 → 两会): after the opening quote
    when the closing one follows the trigger, else ``name_start`` (also when a ``joint_name`` word opens the quote:
    某宣传周暨“某某博览会” is one name)."""
    opening = max(text.rfind(q, name_start, start) for q in OPENING_QUOTES)
    if opening > name_start and text.endswith(rules.uses("joint_name"), name_start, opening):
        return name_start  # 某宣传周暨“某某”: a joint name, the quoted part its second
    return opening + 1 if opening >= 0 and text.startswith(tuple(CLOSING_QUOTES), end) else name_start


def said_act(text: str, left: int, start: int) -> bool:
    """Whether the act starting at ``start`` is what someone says (某某表示会再请某单位会勘, 某某透露某线年内开通): a
    ``reports`` word before it in its clause, unless the words after that one end with a ``said_then`` step
    (表示欢迎后会见乙, 透露消息之后与乙会谈: an act done after speaking)."""
    said = [at + len(w) for w in rules.uses("reports") if (at := text.rfind(w, left, start)) >= 0]
    return bool(said) and not rules.pattern("said_then").search(text, max(said), start)


QUOTED_SPAN = 30  # at most this many characters between a trigger and the closing quote of the name it is inside


def quoted_past(text: str, left: int, start: int, end: int) -> bool:
    """Whether the trigger at ``start``–``end`` lies inside a quoted name that goes on past it (举办「某庆典之夏
    音乐季」): the quote, not the trigger, ends that name. ASCII quotes, opening and closing alike, are left out."""
    return any(shut > end for _, shut in _open_quotes(text, left, start, end))


def in_quoted_name(text: str, floor: int, start: int, end: int) -> bool:
    """Whether the word at ``start``–``end`` lies inside a quoted name (举办“某某系列演讲”活动): a quote opened
    since ``floor`` and closed within ``QUOTED_SPAN`` after the word, with no clause break inside (quoted speech
    has them). ASCII quotes, opening and closing alike, are left out."""
    return any(not any(c in text[at:shut] for c in CLAUSE_BREAKS) for at, shut in _open_quotes(text, floor, start, end))


def _open_quotes(text: str, left: int, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(opening, closing) of each quote (not the ASCII one) opened since ``left`` and still open at ``start``, closed
    within ``QUOTED_SPAN`` after ``end``."""
    for opening, closing in zip(OPENING_QUOTES, CLOSING_QUOTES, strict=True):
        at = text.rfind(opening, left, start) if opening != closing else -1
        if at < 0 or text.find(closing, at, start) >= 0:
            continue
        shut = text.find(closing, end, end + QUOTED_SPAN)
        if shut >= end:
            yield at, shut


def opinion(text: str, start: int, at: int) -> bool:
    """Whether the sentence opening at ``start`` states the meeting's view (会议指出，…) before ``at``: a speech
    it names (某某所作的工作报告) is one it discusses, not one given at it."""
    opening = rules.compact(text[start:at])
    word = next((w for w in rules.uses("opinion") if opening.startswith(w)), "")
    return bool(word) and opening[len(word) : len(word) + 1] in tuple(COMMAS)


def modifier(text: str, end: int, after: tuple[str, ...], kind: str = "", start: int = 0) -> bool:
    """An act word followed by a word of ``after`` (not_after.txt, ``act_modifier``: 的, 期间 …) modifies a
    noun or names a time, and is no act; a visit or inspection word also past the visit or inspection words
    printed right after it (会见在某地考察访问的代表团: the guests' visit, told inside the talks' object)."""
    if kind in ("inspection", "visit") and text.startswith(rules.uses("act_object_closing"), end):
        return start > 0 and text[start - 1] in rules.uses("attributive")  # 结束某地的考察工作: a noun
    at, pattern, tours = end, rules.trigger_pattern(), ("inspection", "visit")
    while kind in tours and (m := pattern.match(text, at)) is not None and m.end() > at:
        if rules.triggers()[m.group()].event_type not in tours:
            break
        at = m.end()
    return _modifies(text, after, end) or _modifies(text, after, at)


def _modifies(text: str, word: str | tuple[str, ...], at: int) -> bool:
    """``word`` (or one of several) printed at ``at``, not as the start of a longer word, the act's object (检查员工培训:
    员工, not the rank 员: ``act_modifier_not``)."""
    return text.startswith(word, at) and not text.startswith(rules.uses("act_modifier_not"), at)


def welcomed(ctx: Context, ref: Ref) -> bool:
    """A visit (or a visiting group's tour) already told, named again with a ``welcomed`` word in its clause
    (side_acts.tsv: 热烈欢迎代表团访问某省, 对某考察组一行表示欢迎): the object of the host's welcome, neither the event reported next nor where the host's next
    words in the sentence are said (the talks stay)."""
    if not ref.bare or ref.draft.event_type not in ("visit", "inspection"):
        return False
    sentence = ctx.sentence_at(ref.start)
    left, right = rules.clause_bounds(ctx.doc.text, ref.start, ref.end, sentence.start, sentence.end)
    words = lexicons.word_uses("events/side_acts.tsv", "welcomed")
    # 对某考察组一行表示欢迎: the welcome printed after the group it greets
    return any(w in ctx.doc.text[left : ref.start] or w in ctx.doc.text[ref.end : right] for w in words)



_BRACKETED = re.compile(r"[（(][^（()）]*[）)]|[【〔［\[][^【】〔〕［］\[\]]*[】〕］\]]")  # (简称:某会), 【本报讯】
_CLOSED = re.compile(r"^[^（(]*[）)]")


def subject_head(head: str) -> str:
    """What stands before a clause's first person once bracketed asides are left out — a byline's end
    (记者 某某) whose opening bracket lies before the clause, (简称:某会), a dateline's mark (【本报讯】): nothing
    there makes the person the clause's subject."""
    return _BRACKETED.sub("", _CLOSED.sub("", rules.compact(head)))


def in_passing(ctx: Context, draft: Draft) -> bool:
    """Talks dated by a month or a year that does not hold the article's day (今年8月，甲同乙举行会见, in a
    report of October): told in passing, never what a bare 会见 or the next sentence is at."""
    day, date = ctx.article.date or "", draft.date or ""
    return draft.event_type == "talks" and len(day) == 10 and 0 < len(date) < 10 and not day.startswith(date)


def signed_again(ctx: Context, draft: Draft, sentence_start: int) -> Draft | None:
    """A signing of an earlier sentence on the same day whose title ends with the same named agreement (甲与乙签署
    两地友好交流协定。…乙町与甲市升格缔结友好交流协定): the signing told again, not a second one; else None."""
    if draft.event_type != "signing" or not draft.date:
        return None
    for known in reversed(ctx.drafts):
        if known.event_type != "signing" or known.date != draft.date or known.start >= sentence_start:
            continue
        common = _common_tail(known.title, draft.title)
        word = next((w for w in rules.uses("agreement") if common.endswith(w)), "")
        if word and len(common) - len(word) >= _AGREEMENT_NAME and _shares_side(_told(ctx, known), draft.title, common):
            return known
    return None


def _told(ctx: Context, known: Draft) -> str:
    """The known signing as its sentence printed it up to its trigger, then its title: a title drops the posts
    of the people it names (甲市长某某与乙町长某某签署 → 某某与某某签署), the sentence keeps their places."""
    sentence = ctx.sentence_at(known.start)
    return sentence.text[: max(0, known.start - sentence.start)] + known.title


def _shares_side(a: str, b: str, common: str) -> bool:
    """Whether a side printed before the shared tail of ``b`` (split at the ``joiner`` words) opens with a name
    printed before that tail in ``a`` (甲市长某某与乙町长某某签署… / 乙町与甲市缔结…): the parties told again.
    Two pairs of parties signing the same kind of agreement on one day (甲集团与乙银行签署战略合作协议,
    丙公司与丁大学签署战略合作协议) share no side and stay two signings."""
    head_a, head_b = a[: len(a) - len(common)], b[: len(b) - len(common)]
    sides = re.split("|".join(map(re.escape, rules.uses("joiner"))), head_b)
    return any(len(s) >= 2 and s[:_SIDE_HEAD] in head_a for s in sides)


_SIDE_HEAD = 3  # the characters opening a side (a place or body's name, 江城市, 临江集…) that name it again


_AGREEMENT_NAME = 4  # characters naming the agreement before its word (友好交流|协定) two signings share to be one
# (合作协议, 旅游|合作框架协议 are shared by different signings of one day)


def _common_tail(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n :]


def negated(text: str, left: int, name_start: int, act: bool = False) -> bool:
    """The word of holding right before the event's name is negated (今年不举行某记者会, 今后不再召开某会议), or with
    ``act`` the act word itself (今年不设立某区): no event held (``negation`` of word_uses.tsv)."""
    before = rules.compact(text[left:name_start])
    verb = "" if act else next((w for w in rules.happening().before if before.endswith(w)), "")
    return bool(verb or act) and before[: len(before) - len(verb)].endswith(rules.uses("negation"))


def topic_start(text: str, floor: int, left: int, start: int) -> int:
    """Where the act's clause starts when it carries on a topic opened in an earlier clause of its sentence (甲到某地
    就某事，加快某事进行调研: word_uses.tsv topic, then topic_verb before the act): the clause holding the topic
    word, so that the act's subject and place are its own and the words after the comma are the topic's (no plan
    nor negation of the act). ``left`` when the clause is its own."""
    if left <= floor or not any(w in text[left:start] for w in rules.uses("topic_verb")):
        return left
    at = max((text.rfind(w, floor, left) for w in rules.uses("topic")), default=-1)
    if at < 0 or any(w in text[at:left] for w in rules.uses("topic_verb")):
        return left
    return rules.clause_bounds(text, at, at + 1, floor)[0]


def habit(sentence: Sentence, text: str, left: int, start: int) -> bool:
    """Whether a habit word (每月, 每年, 定期) stands before the act in its clause, or in the clause before when
    the act's own clause opens with it (每月召开一次发布会，发布…: the same subject goes on)."""
    if not rules.compact(text[left:start]) and left - 1 > sentence.start:
        left = clause(sentence, left - 2, left - 1, ASIDE)[0]
    return bool(rules.pattern("habit").search(rules.compact(text[left:start])))

"""eventparts: the attributes of an event (governing date, a meeting's convener, plan words, whether a named
event took place) and the act kinds, for ``events.py`` and ``acts.py``; an act's draft is ``actdraft``."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Sentence, TimeExpr
from ..punctuation import ASIDE, CLAUSE_BREAKS, COMMAS, LIST_MARK, OPENING_QUOTES, SENTENCE_ENDS
from ..time.temporal import finer_inside
from . import eventrules as rules
from . import namewalk, partverbs
from .draft import Context, Draft, Ref
from .groups import delegation as delegation  # re-exported for events.py
from .sittings import TARGET, convened_body, dated_body, joint_places, presiding_post_body

PERSON_ACTS = ("inspection", "instruction", "message", "talks")  # acts that need a named person as actor
SENT_ACTS = ("instruction", "message")  # their actor `sent` them (致电, 作出重要指示) and was not present
BARE_WITHOUT_OBJECT = ("talks",)  # 参加会见, 会见前: with nothing after it, the talks already reported
CONTEXT_DATED = ("talks", "signing", "visit", "other")  # without a day of their own: the day of the event reported
IN_VISIT_MONTH = ("other", "talks", "meeting")  # acts a visit dated only by its month holds (设宴欢迎)


def reported_before(drafts: Sequence[Draft], before: Draft) -> Draft | None:
    """The event a participation verb with no event of its own points back to when the draft before it is no
    event one attends: a planned or merely named event (决定召开某会。某某出席) gives the latest event reported, a
    message or an instruction (某某发来贺信。某某等出席) the latest event its sender's words went to, or none."""
    meal = any(w in before.title for w in rules.uses("own_meal")) and before in drafts
    earlier = drafts[: drafts.index(before)] if meal else []
    talks = next((d for d in reversed(earlier) if d.event_type == before.event_type and d.date == before.date), None)
    if talks is not None:
        return talks  # 甲会见乙，并与乙共进午餐。乙介绍了…: the talks, not the meal after them
    if not (before.planned or before.named_only or before.event_type in SENT_ACTS):
        return before
    held = (d for d in reversed(drafts) if not d.planned and not d.named_only and d.event_type not in SENT_ACTS)
    return next(held, None if before.event_type in SENT_ACTS else before)


def scene_act(ctx: Context, sentence: Sentence, start: int) -> Draft | None:
    """The act a sentence opens with the scene of (签署备忘录现场，…列席: ``scene_noun`` after an act's trigger in the
    sentence's first clause, before ``start``): the latest held event of that act's type, or None."""
    text = ctx.doc.text
    end = min((k for c in CLAUSE_BREAKS if (k := text.find(c, sentence.start, start)) >= 0), default=-1)
    opening = rules.compact(text[sentence.start : end]) if end > sentence.start else ""
    if not opening.endswith(rules.uses("scene_noun")):
        return None
    kinds = {rules.triggers()[m.group()].event_type for m in rules.trigger_pattern().finditer(opening)}
    held = (d for d in reversed(ctx.drafts) if d.event_type in kinds and not d.planned and not d.named_only)
    return next(held, None)


# --- dates ------------------------------------------------------------------------------------------


LENGTH = "LENGTH"  # time/rules.tsv event_length: how long an event lasts


def governing(
    times: Sequence[TimeExpr], sentence: Sentence, start: int, end: int
) -> tuple[TimeExpr | None, str]:
    """The expression governing ``[start, end)`` among the sentence's ``times``: clause first, then
    sentence (as ``temporal.time_at``), ignoring expressions inside the span (the year of a name,
    2030年度…座谈会). A vague or duration expression may govern too (近日, 今年以来): the caller decides."""
    # an event's length (为期3日) is neither its date nor a blocker: the date printed before it governs
    # nor is a plan's target year (2035年远景目标: part of a body's or a plan's name, time/rules.tsv target_noun)
    rel = sentence.start
    outside = [
        t for t in times
        if not (t.start < end and t.end > start) and t.underspecified != LENGTH and not t.underspecified.startswith(TARGET)
        and not _attributive(t, sentence.text[t.end - rel : t.end - rel + 1])
    ]
    left, right = rules.clause_bounds(sentence.text, start - rel, end - rel)
    in_clause = [t for t in outside if left <= t.start - rel and t.end - rel <= right]
    for candidates, source in ((in_clause, "clause"), (outside, "sentence")):
        before = [t for t in candidates if t.end <= start]
        # after the event only inside its clause: a later clause may be dating another event
        # (and only a date: 致信祝贺某校建校100周年 is not dated by its anniversary)
        after = [t for t in candidates if t.start >= end and t.kind == "date"] if source == "clause" else []
        after = [t for t in after if t.precision != "year" or not _opens_name(sentence.text, t.end - rel, right)]
        # 甲会议决定乙会议明年1月18日召开: a date after another event's name is that event's
        after = [t for t in after if not _names_between(sentence.text, end - rel, t.start - rel)]
        if source == "sentence":  # 经过已于去年通车的大桥，视察…: another clause's date describing a noun
            before = [t for t in before if not _describes_noun(sentence.text, t.start - rel, t.end - rel)]
        if source == "sentence" and any(t.kind == "date" for t in before):
            # a date of the sentence, not another clause's duration (2016年，…3周年之际，某某作出指示)
            before = [t for t in before if t.kind != "duration"]
        chosen = before[-1] if before else (after[0] if after else None)
        if chosen is not None:
            finer = finer_inside(chosen, outside)
            return (finer, "sentence") if finer is not None else (chosen, source)
    return None, ""


def _describes_noun(text: str, start: int, end: int) -> bool:
    """A date after a ``noun_time_lead`` word (刚于, 已于) whose clause goes on to an attributive 的 (已于去年通车的
    大桥): it dates what the noun after 的 went through, not the clause's event."""
    stop = min((k for k in (text.find(c, end) for c in CLAUSE_BREAKS) if k >= 0), default=len(text))
    led = text.endswith(rules.uses("noun_time_lead"), 0, start)
    return led and any(w in text[end:stop] for w in rules.uses("attributive"))


def _attributive(t: TimeExpr, after: str) -> bool:
    """A vague time word describing the noun after it (就近期的合作交流, 当前的形势): no time of an event."""
    return t.kind == "vague" and after in rules.uses("attributive")


def _names_between(text: str, left: int, right: int) -> bool:
    """An event's name (a ``name`` trigger) printed in ``text[left:right]``."""
    return any(rules.triggers()[m.group()].form == "name" for m in rules.trigger_pattern().finditer(text, left, right))


def _opens_name(text: str, at: int, right: int) -> bool:
    """A year opening a name later in the clause (赴某市出席2031年某联席会议): the name's year, not a date."""
    m = rules.trigger_pattern().search(text, at, right)
    return m is not None and rules.triggers()[m.group()].form == "name" and not text[at:m.start()].isdigit()


_FOLLOW_ANY = 3  # the next sentences whose opening date of the same person dates a vague act
_FOLLOW_SPAN = 10  # … and further on, only the span of days the tour lasted (4日至6日), after its remarks


def headline_line(ctx: Context, sentence: Sentence) -> bool:
    """Whether ``sentence`` is (a line of) the article's headline, or the headline one of its lines."""
    title, line = rules.compact(ctx.article.title), rules.compact(sentence.text)
    return bool(title) and len(line) >= 4 and (line in title or title in line)


def follow_on(ctx: Context, index: int, name: str) -> TimeExpr | None:
    """A date opening one of the next sentences about the same person (近日在某地调研 … 4日至6日，某某先后到).
    A tour told by the headline (某某在某地调研时强调) reaches further, past the lede that quotes his remarks at
    length, but there only a span of days counts: the tour's own days, never a later single day opening another
    act of his. An act of the body is not given that reach: a retelling of the tour in between is dated there."""
    reach = _FOLLOW_SPAN if headline_line(ctx, ctx.article.sentences[index]) else _FOLLOW_ANY
    for offset, sentence in enumerate(ctx.article.sentences[index + 1 : index + 1 + reach]):
        if name in sentence.text:
            opening = [t for t in ctx.times(sentence.start, sentence.start + 4) if t.kind == "date"]
            if offset >= _FOLLOW_ANY:
                opening = [t for t in opening if t.value_end and t.precision == "day"]
            if opening:
                return opening[0]
    return None


def title_year(times: Sequence[TimeExpr], end: int) -> TimeExpr | None:
    """The year printed in an event's own name (2030年度…座谈会), when nothing outside it dates the event."""
    return next((t for t in times if t.kind == "date" and t.end <= end), None)


_NAME_YEAR = re.compile(r"(?:19|20)[0-9]{2}(?![0-9])")  # a name opening with its edition's year (2031某灯会)


def name_year(title: str) -> str:
    """The year an event's name opens with (2031江城灯会, 2031年某论坛), "" when none."""
    found = _NAME_YEAR.match(title)
    return found.group() if found else ""


def planned_date(text: str, times: Sequence[TimeExpr], left: int, start: int) -> TimeExpr | None:
    """The date printed between a plan word and the planned name (定于6月18日在某地召开某会), or right before the
    plan word in its clause (某某10月11日将在某地举办某仪式: no clause break between, the date is the plan's)."""
    plans = [w for w in rules.words("plan_words.txt") if w in text[left:start]]
    after = max((text.rfind(w, left, start) + len(w) for w in plans), default=-1)
    if after < 0:
        return None
    dated = (t for t in times if t.kind == "date" and t.value and after <= t.start and t.end <= start)
    marks = tuple(plans)
    glued = (t for t in times if t.kind == "date" and t.value and left <= t.start and text.startswith(marks, t.end))
    return next(dated, None) or next(glued, None)



# --- names of meetings ------------------------------------------------------------------------------


def convener(ctx: Context, left: int, start: int) -> str:
    """某机构（日期）召开会议 → the body that met, which names the meeting (某机构会议); "" for a person
    (某某召开这次座谈会 is anaphora) or anything longer than a body's name."""
    body = convened_body(ctx, left, start, past_at=False) or dated_body(ctx, left, start)  # 某院今（4）日院会
    body = body.rsplit(ASIDE, 1)[-1]  # 我国首个新区——某新区举行
    body = rules.strip_end(body, rules.uses("convener_adverb"))  # 我市隆重举行: the adverb is no body's
    if body in rules.uses("own_place_body"):
        return ""  # 本市隆重召开纪念大会: the page's own place names no meeting; the word refers back
    if body in rules.words("name_stops.txt") or body in rules.participation_verbs() or rules.trigger_pattern().search(body):
        return ""  # 随后召开会议: an adverb; 参加今天某仪式的: a verb of taking part; 某推介会上还举行了…: an event
    longest = _LONG_BODY if body.endswith(rules.uses("long_body_end")) else _BODY  # 省某某规划编制工作领导小组
    joiner = next((w for w in rules.uses("body_joiner") if w in body[2:-2]), "")  # 某县人民政府与某市人民政府
    sides = body.split(joiner, 1) if joiner else [body]  # two bodies, each of a body's length
    fits = all(2 <= len(side) <= longest for side in sides)
    return body if fits and not any(w in body for w in rules.uses("not_in_body")) else ""


_BODY = 12  # the longest body's name convening a meeting: longer, it is mostly a clause
_LONG_BODY = 32  # … when it ends with a standing group's word (领导小组, 指挥部): their names carry the task


def generic_holder(ctx: Context, title: str, left: int, start: int) -> str:
    """A name every body's meetings share (常委会会议) with its holder: the body that convenes it (某市委召开常委会会议
    → 某市委常委会会议), else the body of the post of the person who presides over it, merged where the name repeats
    its end (临江市委书记甲主持召开市委常委会会议 → 临江市委常委会会议); the name alone when neither is printed."""
    body = rules.strip_end(convener(ctx, left, start), rules.uses("convener_adverb"))  # 某区相继召开: 某区
    placeless = title.startswith(rules.uses("placeless_organ"))
    if not body:
        body = presiding_post_body(ctx, left, start)
        if not placeless:
            return title  # 甲主持召开干部大会: a person's post completes only a level's organ's meeting
    if not placeless:
        return body + title  # 某市政协召开协商会议: the body and the name, nothing shared
    overlap = next((n for n in range(min(len(body), len(title)), 0, -1) if title.startswith(body[-n:])), 0)
    return body[: len(body) - overlap] + title if len(body) > overlap else title


def generic(ctx: Context, title: str, word: str, left: int, start: int) -> bool:
    """A name every body's meetings share (常委会会议, 领导干部大会: ``generic_name``), which its convener
    completes; not when places of one level convene it together (甲、乙两省召开…: one each)."""
    short = len(title) <= len(word) + 3
    scope = next((w for w in rules.uses("generic_scope") if title.startswith(w)), "")  # 全市干部会议
    named = title in rules.uses("generic_name") or title[len(scope) :] in rules.uses("generic_name")
    placeless = title.startswith(rules.uses("placeless_organ"))  # 市委常委会会议: a level's organ with no place
    return short or ((named or placeless) and not joint_places(ctx, left, start))


def plan_window(ctx: Context, index: int, left: int) -> str:
    """What runs on into this clause across a line break or a sentence cut without punctuation (a
    headline: 会议确定 / 2024年度…座谈会在某省召开): its last characters; or the decision word (``decision_lead``:
    决定) ending the clause before with a comma (会议决定，某日召开某会)."""
    sentence = ctx.article.sentences[index]
    before = ctx.doc.text[sentence.start : left]
    decided = next((w for w in rules.uses("decision_lead") if before[:-1].endswith(w)), "")
    if decided and before[-1:] in COMMAS:
        return decided  # 会议决定，某日召开某会: the decision governs the clause it opens
    if left > sentence.start and before[-1:].isspace():
        return rules.compact(before)[-4:]
    if index == 0 or left != sentence.start:
        return ""
    previous = ctx.article.sentences[index - 1].text.rstrip()
    return "" if previous[-1:] in SENTENCE_ENDS else rules.compact(previous)[-4:]


def plan_before(before: str, after: str, held: tuple[str, ...]) -> bool:
    """A plan word before the name (将于…召开某会); one that is also the object marker (成功将某论坛推向…,
    ``word_uses.tsv`` ``object_plan``) only when a word of taking place follows the name in its clause."""
    words = [w for w in rules.words("plan_words.txt") if _plans_in(before, w)]
    if words and all(before.endswith(w) and w in rules.uses("object_plan") for w in words):
        return any(w in after for w in held)
    return bool(words)


def _plans_in(before: str, word: str) -> bool:
    """``word`` printed in ``before`` as a plan, not as the start of a body's name (某大会筹备工作领导小组办公室举行
    发布会, 筹备委员会: ``word_uses.tsv`` ``plan_body`` right after it)."""
    bodies = rules.uses("plan_body")
    at = before.find(word)
    while at >= 0:
        if not before.startswith(bodies, at + len(word)):
            return True
        at = before.find(word, at + 1)
    return False


def plan_after(text: str, end: int, right: int) -> bool:
    """某论坛将于9月18日在某地举办: a plan word right after the name, before the verb of taking place."""
    after = rules.compact(text[end:right])
    if any(after.startswith(h + w) for h in rules.happening().after for w in rules.uses("imminent")):
        return True  # 某会召开在即: about to take place
    if not any(after.startswith(w) for w in rules.words("plan_words.txt")):
        return False
    if after.startswith(rules.happening().after):
        return False  # 某会议决定任命甲…: the plan word opens the meeting's own act, done
    said = [after.find(w) for w in rules.happening().after if w in after]
    if said and _names_between(after, 0, min(said)):
        return False  # 甲会议决定乙会议明年某日召开: the plan is the other meeting's, 甲 decided it
    return bool(said)  # 本次峰会将成为…: no plan of an event


# --- participants and policies ------------------------------------------------------------------------


_LIST_ITEM = 30  # the longest item of a list of events' names (临台动漫产业交流合作展示会)


def _listed_after_verb(prefix: str, before_words: Sequence[str]) -> bool:
    """``prefix`` ends with a list of names joined by 、 that a held verb opens (举行了甲、乙、): no clause break and
    no item longer than a name between the verb and the end."""
    for w in before_words:
        at = prefix.rfind(w)
        if at < 0 or partverbs.blocked(prefix, at, w):
            continue  # 审议通过了主持人名单、…: a verb read inside a noun (participation_block.txt) opens no list
        items = prefix[at + len(w) : -1].split(LIST_MARK)
        if all(0 < len(item) <= _LIST_ITEM and not any(c in item for c in CLAUSE_BREAKS) for item in items):
            return True
    return False


_MODIFIER = 10  # the longest modifier between a word of happening and 的 before a name (召开前某职某某的某会议)


def held_before(prefix: str, before_words: Sequence[str]) -> bool:
    """Whether the words before a name show it took place: 主持召开X, or 主持召开本届政府的X (a short
    modifier ending with a ``name_modifier`` word between the verb and the name)."""
    if any(prefix.endswith(w) for w in before_words):
        return True
    joiner = next((j for j in (*rules.uses("name_joiner"), LIST_MARK) if prefix.endswith(j)), "")
    named = [m for m in rules.trigger_pattern().finditer(prefix) if m.end() == len(prefix) - len(joiner)]
    if joiner and named and rules.triggers()[named[-1].group()].form == "name":
        first = namewalk.name_start(prefix, named[-1].start(), 0, [])  # 召开甲会议和乙大会: both held
        if held_before(prefix[:first], before_words):
            return True
    if joiner == LIST_MARK and _listed_after_verb(prefix, before_words):
        return True  # 举行了甲论坛、乙合作会、丙研讨会: every item of the list the verb opens
    for mark in rules.uses("name_modifier"):
        if prefix.endswith(mark):
            cut = prefix[: -len(mark)]
            return any(cut[: len(cut) - k].endswith(w) for k in range(1, _MODIFIER + 1) for w in before_words)
    return False


def described(prefix: str, before_words: Sequence[str]) -> bool:
    """曾经举办X的某酒店: a verb of taking place after a ``past_marker`` right before the name (or before the
    list of names it ends) describes something by an earlier event; the name is not reported as held."""
    markers = rules.uses("past_marker")  # prefix ends with a marker + a word: the word, the marker before it
    if any(prefix.endswith(w) and prefix.endswith(markers, 0, len(prefix) - len(w)) for w in before_words):
        return True
    joiner = next((j for j in (*rules.uses("list_joiner"), LIST_MARK) if prefix.endswith(j)), "")
    named = [m for m in rules.trigger_pattern().finditer(prefix) if m.end() == len(prefix) - len(joiner)]
    if joiner and named and rules.triggers()[named[-1].group()].form == "name":
        first = namewalk.name_start(prefix, named[-1].start(), 0, [])  # 曾举办甲会议及乙年会的某酒店: both described
        return described(prefix[:first], before_words)
    return False


def held_inside(text: str, outer: Ref, inner: Ref) -> bool:
    """Whether ``inner`` is held at ``outer`` named just before it (某推介会上还举行了某签约仪式)."""
    if outer.draft is inner.draft or outer.end > inner.start:
        return False
    between = rules.compact(text[outer.end : inner.start])
    return between.startswith(rules.uses("held_inside"))


def dated_after(ctx: Context, end: int, right: int) -> bool:
    """某院会今（8）日通过…, 某常务会议8日研究…: a day printed right after the name and its clause going on — the
    sitting did something that day, so it took place (lane event25). Not a period (今年, 本月: no day), nor a
    day closing the clause (某会议8日，…), nor a day pointing back (当天: ``day_anaphora``)."""
    first = next(iter(ctx.times(end, right)), None)
    text = ctx.doc.text
    if first is None or first.kind != "date" or text[end : first.start].strip() or len(first.value or "") != 10:
        return False
    if text.startswith(rules.uses("day_anaphora"), first.start):
        return False  # 某大会当天将选出…: the day told before, no sign of this sitting
    rest = text[first.end : right].lstrip()
    return bool(rest) and rest[0] not in rules.CLAUSE_BREAKS


def name_prefix(ctx: Context, left: int, name_start: int) -> str:
    """What the clause prints before an event's name, a day printed right before the name (and its 的) left out
    (于28日某会议上宣布, 在3月4日上午的某发布会上: 于…上 holds the name as 在…上 does), trailing spaces and opening
    quotes too."""
    text, attributive = ctx.doc.text, rules.uses("attributive")
    right_before = [t.start for t in ctx.times(left, name_start) if text[t.end : name_start].strip() in ("", *attributive)]
    at = min(right_before, default=name_start)  # 在3月4日上午的某发布会上: the day and its 的 left out too
    return text[left:at].rstrip().rstrip(OPENING_QUOTES)


def told_in_sentence(refs: list[Ref], trigger: rules.Trigger, start: int, no_actor: bool) -> Draft | None:
    """The event an act word tells again in its sentence: the one whose words end right where it starts (考察调研:
    one act printed with two verbs), or, for a meeting act no one named does (召开座谈会，同某班学员进行座谈), the
    meeting the sentence reported before it."""
    if refs and refs[-1].end == start and not refs[-1].bare:
        return refs[-1].draft
    if not no_actor or trigger.event_type != "meeting" or trigger.form != "act":
        return None
    return next((r.draft for r in reversed(refs) if r.draft.event_type == "meeting"), None)

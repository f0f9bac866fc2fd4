"""partverbs: participation verbs printed around a title (作了《…报告》) besides the literal ones.

A row of ``lexicons/zh/events/participation.tsv`` holding ``…`` matches its parts with up to ``_GAP``
characters between them, none a clause break or a title mark (向大会作了《某某委员会工作报告》; inside a title
only a sentence's end stops it: its commas are the title's); the row, not
the printed words, is the verb the participants stage looks up and the rule id (participation:作了《…报告》).
Literal rows are tried first at each place, so a literal verb keeps its own row.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..lexicons import alternation, cached
from ..model import Mention, Sentence
from ..punctuation import CLAUSE_BREAKS, COLONS, COMMAS, LIST_MARK, SENTENCE_ENDS, TITLE_CLOSE, TITLE_OPEN
from . import eventrules as rules
from .draft import Context, Draft, Ref
from .groupmembers import lead_verbs, names_group

GAP_MARK = "…"
_GAP = 60  # at most this many characters between the parts of a gapped verb (a document's title)


def _gapped(verb: str) -> str:
    """The row as a pattern: a gap outside a title holds no clause break; a gap opened by 《 is the title's
    inside, where commas and semicolons are words of the title (作了题为《建设某地，谱写新篇章》的报告) and only a
    sentence's end or another title mark stops it. A row's own comma is read by :func:`_part`."""
    gap = f"[^{re.escape(CLAUSE_BREAKS + TITLE_OPEN + TITLE_CLOSE)}]{{1,{_GAP}}}?"
    inside = f"[^{re.escape(SENTENCE_ENDS + TITLE_OPEN + TITLE_CLOSE)}]{{1,{_GAP}}}?"
    parts = verb.split(GAP_MARK)
    pattern = _part(parts[0])
    for before, part in pairwise(parts):
        pattern += (inside if before.endswith(TITLE_OPEN) else gap) + _part(part)
    return pattern


def _part(words: str) -> str:
    """A printed part of a gapped row; a comma in it stands for either comma (获颁…，包括 on a page printing ,)."""
    return "".join(f"[{re.escape(COMMAS)}]" if c in COMMAS else re.escape(c) for c in words)


@cached
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    gapped = sorted(v for v in rules.participation_verbs() if GAP_MARK in v)
    return tuple((v, re.compile(_gapped(v))) for v in gapped)


@cached
def pattern() -> re.Pattern[str]:
    """Every participation verb: the literal ones (longest first), then the gapped rows."""
    literal = [v for v in rules.participation_verbs() if GAP_MARK not in v]
    return re.compile("|".join([alternation(literal), *(p.pattern for _, p in _rows())]))


def row(printed: str) -> str:
    """The participation.tsv row a match of :func:`pattern` printed."""
    if printed in rules.participation_verbs():
        return printed
    return next((v for v, p in _rows() if p.fullmatch(printed)), printed)


def leads_group(text: str, end: int, lo: int, hi: int, verb: str) -> bool:
    """A ``needs_group`` verb (率) counts only when a ``led_group`` or ``led_team`` word follows in its clause
    (甲率某友好代表团…, 甲率三名局处首长…; not 率先, 增长率); every other verb counts."""
    if verb not in rules.uses("needs_group"):
        return True
    _, right = rules.clause_bounds(text, end, end, lo, hi)
    return any(w in text[end:right] for w in _led())


@cached
def _led() -> tuple[str, ...]:
    """The words of a group a verb leads: a group's (``led_group``) or a team's with no group word (``led_team``)."""
    return rules.uses("led_group") + rules.uses("led_team")


def after_lead(text: str, start: int, sentence: Sentence, previous: str) -> bool:
    """The verb opens its clause right after a clause led by a ``leads`` verb (某某率团赴某地，参加某会): the
    clause has no subject of its own, the leader's goes on."""
    if rules.participation_verbs().get(previous) != "leads":
        return False
    left, _ = rules.clause_bounds(text, start, start, sentence.start, sentence.end)
    return left > sentence.start and not rules.compact(text[left:start])


def program_clause(text: str, start: int, sentence: Sentence, previous: str) -> bool:
    """The verb's clause opens with a time of the day or a ``then_word`` and names no one (甲上午到某地参加某会，
    傍晚到某地参加某会): a day's programme, its subject the one of the attending verb before."""
    if rules.participation_verbs().get(previous) not in (*CARRIED_FROM, "leads"):
        return False
    left, _ = rules.clause_bounds(text, start, start, sentence.start, sentence.end)
    opening = rules.compact(text[left:start])
    return left > sentence.start and opening.startswith((*rules.uses("daypart"), *rules.uses("then_word")))


def after_escort(text: str, since: int, previous: str) -> bool:
    """The verb before was an escort frame's (某某在某某陪同下，上午到某地参加某会): its subject, the one escorted,
    goes on through the clauses after the frame (``escort_frame_end`` right after the verb: 下)."""
    escorts = rules.participation_verbs().get(previous) in ("leads", "attended")
    return escorts and text.startswith(rules.uses("escort_frame_end"), since)


def list_start(text: str, end: int, relation: str) -> int:
    """Where the people a ``members`` verb lists start: after a head count (成员有165人，包括…) or a colon (成员包括：…),
    else at ``end``."""
    counted = rules.pattern("member_count").match(text, end) if relation == "members" else None
    end = counted.end() if counted else end
    return end + 1 if relation == "members" and text[end : end + 1] in COLONS else end


def past_glosses(text: str, right: int, hi: int) -> int:
    """The end of a list's clause at ``right`` moved past a name's Latin spelling it falls inside (成员包括某部长甲
    (Ann Lee)、乙部长丙: the space of the spelling is no clause break)."""
    while True:
        spelt = (m for m in rules.LATIN_GLOSS.finditer(text, max(0, right - _GLOSS_REACH), hi) if m.start() < right < m.end())
        gloss = next(spelt, None)
        if gloss is None:
            return right
        right = rules.clause_bounds(text, gloss.end(), gloss.end(), gloss.end(), hi)[1]


_GLOSS_REACH = 80  # the longest Latin spelling a list's clause end may fall inside


def led_end(text: str, at: int, right: int, relation: str) -> int:
    """Where the people a ``leads`` verb leads end: nowhere when the verb modifies the group (由某某率领的
    代表团: the leader is printed before it), at a ``partner`` word after the group (某某率领代表团与乙座谈:
    乙 is the other side), else at the first act word or at ``right``, the clause's end."""
    if relation != "leads":
        return right
    if text.startswith(rules.uses("attributive"), at):
        return at
    act = rules.trigger_pattern().search(text, at, right)
    right = act.start() if act is not None else right  # 甲陪同乙拜访丙: 丙 is the call's host, not led
    group = min((i for w in _led() if (i := text.find(w, at, right)) >= 0), default=-1)
    if group < 0:
        return right
    return min((i for w in rules.uses("partner") if (i := text.find(w, group, right)) >= 0), default=right)


def leaders(text: str, people: list[Mention], start: int, end: int) -> list[Mention]:
    """The leaders of a ``leads`` verb: the people named before it, but when it modifies the group (由甲率领的
    代表团) only those after the last ``agent_marker`` before it (a headline run into the lede may name others)."""
    if not text.startswith(rules.uses("attributive"), end):
        return people
    lo = people[0].start if people else start
    at = max((text.rfind(w, lo, start) for w in rules.uses("agent_marker")), default=-1)
    return people if at < 0 else [p for p in people if p.start > at]


def names_event(text: str, verb: str, end: int, refs: list[Ref]) -> bool:
    """A ``needs_event`` verb (召开, 参与) counts only when an event is named right after it, past an
    ``event_lead`` word at most (某某召开了某会议, 某某参与此次座谈会): 某会议在某地召开 is the meeting's own verb,
    and 参与某项建设 names no event; every other verb counts."""
    if verb not in rules.uses("needs_event"):
        return True
    if text.rfind(TITLE_OPEN, 0, end) > text.rfind(TITLE_CLOSE, 0, end):
        return False  # 《关于召开某代表大会的决议》: a document's name, no one convening
    leads = ("", *rules.uses("event_lead"))
    return any(r.start >= end and text[end : r.start] in leads for r in refs)


def carries_subject(text: str, span: tuple[int, int, int], verb: str, prev_verb: str) -> bool:
    """A ``says`` verb opening its clause (past a ``carried_opener`` word at most: 也, 他…) after clauses that print
    no one and end only in commas since an attending or presiding verb (甲出席某典礼，说明…，也期许…): its words
    are said by that verb's people — not inside someone's words (甲说，欢迎乙率团前来，希望…: no saying verb before
    in the sentence). ``span``: the sentence's start, the verb before's end, this verb's start. The caller checks
    that no one is named between."""
    lo, since, start = span
    verbs = rules.participation_verbs()
    if verbs.get(verb) != "says" or verbs.get(prev_verb) not in CARRIED_FROM:
        return False
    if any(verbs.get(row(m.group())) == "says" for m in pattern().finditer(text, lo, since)):
        return False
    between = text[since:start]
    breaks = [i for i, c in enumerate(between) if c in CLAUSE_BREAKS]
    if not breaks or any(between[i] not in COMMAS for i in breaks):
        return False
    opening = rules.compact(between[breaks[-1] + 1 :])
    return opening == "" or opening in rules.uses("carried_opener")


CARRIED_FROM = ("attended", "presided")  # the relations of a verb whose subject a later saying clause may carry


def blocked(text: str, start: int, verb: str) -> bool:
    """A block row printed around the verb, and no ``!`` row (主持人 blocks, !主持人大 does not: 主持人大常委会)."""
    if any(text.startswith(context, start - at) for context, at in _blocks(verb, True)):
        return False
    return any(text.startswith(context, start - at) for context, at in _blocks(verb))


@cached
def _blocks(verb: str, exceptions: bool = False) -> tuple[tuple[str, int], ...]:
    """The rows of ``participation_block.txt`` that print ``verb`` (``exceptions``: the ``!`` rows), each with
    where it first does."""
    rows = [w[1:] if exceptions else w for w in rules.words("participation_block.txt") if w.startswith("!") == exceptions]
    return tuple((context, at) for context in rows if (at := context.find(verb)) >= 0)


def listed_end(text: str, persons: list[Mention], verb: str, end: int, sentence: Sentence) -> int:
    """Where the people a verb is said of end: after the people a ``chairs`` or ``members`` verb lists in its clause
    (主持人为甲，乙致词: the next verb is said from 乙 on), else at the verb's end."""
    if rules.participation_verbs().get(verb) not in ("chairs", "members"):
        return end
    _, right = rules.clause_bounds(text, end, end, sentence.start, sentence.end)
    return max((p.end for p in persons if end <= p.start and p.end <= right), default=end)


def describes_next(text: str, person: Mention, people: list[Mention]) -> bool:
    """曾追随甲多年的某职乙介绍: a name in a clause that ends with an ``attributive`` particle before another of the
    same clause only describes that other one, the verb's subject."""
    return any(
        other.start > person.end
        and any(text.find(word, person.end, other.start) >= 0 for word in rules.uses("attributive"))
        and not any(c in CLAUSE_BREAKS for c in text[person.end : other.start])
        for other in people
    )


def joined_events(text: str, refs: list[Ref], target: Draft | None) -> list[Draft | None]:
    """``target`` and the event named right after it over a joiner (主持了某会第二次全体会议及闭幕式: word_uses.tsv
    list_joiner): a verb's object naming two events is said of both. No target stays None (the people wait for
    the event the article tells next)."""
    at = next((k for k, r in enumerate(refs) if r.draft is target), -1)
    if target is None or at < 0 or at + 1 >= len(refs):
        return [target]
    first, second = refs[at], refs[at + 1]
    joined = text[first.end : second.start] in rules.uses("list_joiner") and second.draft is not target
    return [target, second.draft] if joined else [target]


def people_start(text: str, sentence: Sentence, since: int, start: int) -> int:
    """Where the people a verb at ``start`` is said of may start (``since``: after the verb before): at its own
    clause when that clause's subject names a visiting group (甲与考察团会面，…，随后考察团出席了某晚宴: the group
    attends, not the people of the clauses before)."""
    left, _ = rules.clause_bounds(text, start, start, sentence.start, sentence.end)
    subject = text[left:start]
    at = min((i for w in rules.uses("delegation") if (i := subject.find(w)) >= 0), default=-1)
    if at < 0 or any(m in subject[:at] for m in rules.uses("object_marker")):
        return since  # 对代表团来访表示欢迎: the group is the object, the speaker before speaks
    return max(since, left) if left > since and names_group(subject) else since


def plan_carried(text: str, sentence: Sentence, at: int) -> bool:
    """The clause of ``at`` goes on (``plan_goes_on``: 并, 并由) from a clause before it that announces (a
    ``talks_plan`` word: 甲将亲临会场，并由乙、丙担任覆旗官): the plan word is that clause's too."""
    left, _ = rules.clause_bounds(text, at, at, sentence.start, sentence.end)
    if not text.startswith(rules.uses("plan_goes_on"), left):
        return False
    before, _ = rules.clause_bounds(text, left - 1, left - 1, sentence.start, sentence.end)
    return left > sentence.start and any(w in text[before:left] for w in rules.uses("talks_plan"))


def led_meeting(ctx: Context, start: int) -> Draft | None:
    """The gathering a group was led to (甲率某代表团前往某地，与乙共同主持某会议 … 代表团成员包括…): the latest event
    before ``start``, not a visit, whose sentence prints a leading verb and then a delegation word before it (or 率团:
    ``group_lead_verb``); None when there is none."""
    text, words = ctx.doc.text, rules.uses("delegation")
    led = [
        d for d in ctx.drafts
        if d.end <= start and d.event_type != "visit" and not d.named_only and _led_there(text, ctx, d.start, words)
    ]
    return led[-1] if led else None


def _led_there(text: str, ctx: Context, at: int, words: tuple[str, ...]) -> bool:
    """A leading verb then a delegation word before ``at`` in its sentence (率港方代表团前往…主持某会议)."""
    sentence = ctx.sentence_at(at)
    before = text[sentence.start : at] if sentence is not None else ""
    if any(v in before for v in rules.uses("group_lead_verb")):
        return True  # 甲率团前往某地主持某会议: the verb names the group
    first = min((i for v in lead_verbs() if (i := before.find(v)) >= 0), default=-1)
    return first >= 0 and any(w in before[first:] for w in words)


_LIST_GAP = 8  # the longest title printed between a list mark and the next name of a list (、委员乙)


def list_end(text: str, people: list[Mention], index: int) -> int:
    """Where the list of names ``people[index]`` opens ends (甲、某委员乙: after 乙): the next name follows a list mark
    and at most a short title, no clause break between; the person's own end when no list goes on."""
    end = people[index].end
    for nxt in people[index + 1 :]:
        gap = text[end : nxt.start]
        if not gap.startswith(LIST_MARK) or len(gap) > _LIST_GAP or any(c in CLAUSE_BREAKS for c in gap):
            break
        end = nxt.end
    return end


def represented(ctx: Context, sentence: Sentence, person: Mention) -> bool:
    """代表某州州长某某宣读, 受某市长某某委托: someone spoken for (``on_behalf`` and a title before the name) is not
    there."""
    if person.start < sentence.start:
        return False
    left, _ = rules.clause_bounds(ctx.doc.text, person.start, person.end, sentence.start, sentence.end)
    earlier = [p.end for p in ctx.people(left, person.start)]
    opening = rules.compact(ctx.doc.text[max([left, *earlier]) : person.start])
    if opening.startswith(rules.uses("entrust_lead")) and ctx.doc.text.startswith(rules.uses("entrust_close"), person.end):
        return True  # 受代市长甲委托，乙作说明: 甲 entrusted the report, 乙 made it
    return opening.startswith(rules.uses("on_behalf")) and not opening.startswith(rules.uses("not_on_behalf"))


def plan_after(ctx: Context, sentence: Sentence, person: Mention) -> bool:
    """A plan word of talks (word_uses.tsv talks_plan: 将, 拟) after the person in the sentence."""
    return any(w in ctx.doc.text[person.end : sentence.end] for w in rules.uses("talks_plan"))


def announced(ctx: Context, sentence: Sentence, person: Mention) -> bool:
    """The person's part in a planned event is announced in the clause that names it (甲将出席某年会并发表演讲,
    乙、丙将应邀出席年会): a plan word of talks (word_uses.tsv talks_plan: 将, 拟, 计划) after the person in that
    clause (gold-conventions A3); a greeting at the airport (到机场迎接) is no part of the forum announced."""
    _, right = rules.clause_bounds(ctx.doc.text, person.end, person.end, sentence.start, sentence.end)
    return any(w in ctx.doc.text[person.end : right] for w in rules.uses("talks_plan")) or plan_carried(ctx.doc.text, sentence, person.start)

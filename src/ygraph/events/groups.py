"""groups: the visiting group of a visit act (某省党政代表团赴某市, 某某率百人团赴某市) and its title, for
``eventparts``. A group is named by a word of ``word_uses.tsv`` ``delegation`` (代表团, 参访团 …) or, led by
someone, by ``patterns.tsv`` ``led_group`` (率百人团); a group opening with a lead word takes its leader's name
(某某率省政府代表团赴某市)."""

from __future__ import annotations

from ..actors.actorlex import titles
from ..punctuation import CLAUSE_BREAKS, CLOSING_BRACKETS, COMMAS, OPENING_BRACKETS, SENTENCE_ENDS
from . import eventrules as rules
from . import namewalk
from .draft import Context

_INNER_BREAKS = "".join(c for c in CLAUSE_BREAKS if c not in SENTENCE_ENDS)  # the clause marks of a sentence


def delegation(text: str, left: int, start: int) -> bool:
    """A visiting group (代表团, 访问团, 率百人团) named before the trigger (in its sentence)."""
    return bool(_last_group(text, left, start)[1])


def visiting_group(ctx: Context, floor: int, start: int) -> bool:
    """``delegation`` read with the people of the text: a group named by its lead word alone (某某率团赴某地) is
    one only when its leader is printed right before that word (率团在某地开展交流的某某: no group there)."""
    text = ctx.doc.text
    at, end = _last_group(text, floor, start)
    return at >= 0 and (not _bare(text, at, end) or bool(_leader(ctx, floor, at, "")))


def body_inspects(ctx: Context, floor: int, start: int) -> bool:
    """某议会交通委员会今日前往某地视察: a body that inspects (``inspecting_body``: 委员会, 视察组) is the subject of
    the clause, no person named before the act: its inspection, an event with no one named yet."""
    opening = rules.compact(ctx.doc.text[floor:start])
    return any(w in opening for w in rules.uses("inspecting_body")) and not ctx.people(floor, start)


def own_team(ctx: Context, floor: int, start: int) -> bool:
    """The last group before ``start`` is a team with no group word (率领团队, 率市府团队: ``led_team``): on an
    inspection with no trip of the group's printed before it (``group_trip``: 率市府团队赴某市考察 is a visit) it is
    the leader's own staff touring, no visiting group (某某率领团队到街区考察)."""
    at, end = _last_group(ctx.doc.text, floor, start)
    return at >= 0 and end - at > 1 and _bare(ctx.doc.text, at, end) and not group_trip(ctx, floor, start)


def group_trip(ctx: Context, floor: int, start: int) -> bool:
    """A visiting group that went somewhere right before a ``trip_purpose`` word at ``start`` (某某带领考察团来某市学习,
    考察团10日赴某地观摩): its verb of going and the place, times aside, are all between (``group_motion``)."""
    text = ctx.doc.text
    at, end = _last_group(text, floor, start)
    if at < 0 or not visiting_group(ctx, floor, start):
        return False
    return rules.pattern("group_motion").search(rules.compact(without_times(ctx, end, text[end:start]))) is not None


def _bare(text: str, at: int, end: int) -> bool:
    """Whether the group at ``at…end`` is only the led group's head (率团) or a team with no group word (率市府团队,
    ``led_team``): nothing names it but its leader, who must be printed."""
    if end - at == 1:
        return True
    return any(m.start("group") == at and m.end() == end for m in rules.pattern("led_team").finditer(text, max(0, at - 2), end))


def _last_group(text: str, floor: int, start: int) -> tuple[int, int]:
    """Start and end of the last group word (or led group) before ``start``; (-1, 0) when none."""
    found = [(at, at + len(w)) for w in rules.uses("delegation") if (at := text.rfind(w, floor, start)) >= 0]
    for led in ("led_group", "led_team", "party_group"):  # 率百人团; 率市府团队 (a team on a trip); 某领袖团一行11人
        found += [(m.start("group"), m.end()) for m in rules.pattern(led).finditer(text, floor, start)]
    return max(found, default=(-1, 0))


def group_title(ctx: Context, floor: int, start: int) -> str:
    """The visiting group and what it does up to the trigger (某省党政代表团赴某市考察): from the last
    delegation word of the sentence before ``start``, walked back over its name; "" when none."""
    text = ctx.doc.text
    at, name_end = _last_group(text, floor, start)
    if at < 0:
        return ""
    begin = _coordinated(ctx, floor, namewalk.name_start(text, at, floor, ctx.blocked_in(floor, at)))
    tail = text[name_end:start]
    if max(tail.rfind(c) for c in _INNER_BREAKS) >= 0:
        tail = ""  # 代表团抵达某地，开始访川之行: the group is the subject, its other clauses are not the title
    body = rules.compact(without_times(ctx, begin, text[begin:name_end] + tail))
    body = rules.pattern("group_size").sub("", body)  # 率团一行14人前往某地: the group's size
    leader = _leader(ctx, floor, begin, body)
    if _bare(text, at, name_end) and not leader:
        return ""  # 率团访问某地 with no leader printed: no group named
    return leader + rules.strip_end(body, rules.uses("group_end"))


def _coordinated(ctx: Context, floor: int, begin: int) -> int:
    """Where a group's name starts once the groups coordinated before it are counted (某某率领甲代表团及乙代表团
    访问某国: the visit is the first group's, led by 某某): past a ``list_joiner`` closing another group."""
    text = ctx.doc.text
    joiner = next((w for w in rules.uses("list_joiner") if text.endswith(w, floor, begin)), "")
    before = begin - len(joiner)
    if not joiner or not any(text.endswith(w, floor, before) for w in rules.uses("delegation")):
        return begin
    first, _ = _last_group(text, floor, before)
    return namewalk.name_start(text, first, floor, ctx.blocked_in(floor, first)) if first >= 0 else begin


def _leader(ctx: Context, floor: int, begin: int, body: str) -> str:
    """The person leading a group (某某16日率领参访团): the name printed right before the lead word (dates,
    于 or a ``leader_gap`` word between: 某某将率领) + the lead word when the title does not open with it, else ""."""
    text, leads = ctx.doc.text, rules.uses("group_leader")
    lead = "" if body.startswith(leads) else next((w for w in leads if text.endswith(w, floor, begin)), None)
    if lead is None:
        return ""
    begin -= len(lead)
    people = [p for p in ctx.people(floor, begin) if p.end <= begin]
    if not people:
        return ""
    between = rules.compact(without_times(ctx, people[-1].end, text[people[-1].end : begin]))
    return people[-1].text + lead if _leader_gap(between) else ""


def _leader_gap(between: str) -> bool:
    """Whether what stands between a leader's name and the lead word leaves the name the leader: nothing, a
    ``leader_gap`` word (将率领), or the leader's own title printed after the name, the order of Taiwan, Hong
    Kong and Macao pages (某某市长率团, 某某議長將率團: a ``titles.tsv`` head, a gap word may follow it)."""
    gap = next((w for w in rules.uses("leader_gap") if between.endswith(w)), "")
    post = between[: len(between) - len(gap)]
    if gap and len(post) == 1 and post in COMMAS:
        return True  # 某某，将于5月2日率团: the leader's clause, then the plan
    return not post or post in titles()


def without_times(ctx: Context, head: int, mid: str) -> str:
    """``mid`` (the text from ``head``) with its time expressions and what brackets them blanked
    (某市今天（1月29日）在某地签署 → 某市在某地签署)."""
    out = list(mid)
    for t in ctx.times(head, head + len(mid)):
        a, b = t.start - head, min(t.end - head, len(mid))
        a -= 1 if a > 0 and mid[a - 1] in OPENING_BRACKETS and mid[b : b + 1] in CLOSING_BRACKETS else 0
        b += 1 if a >= 0 and mid[a : a + 1] in OPENING_BRACKETS and mid[b : b + 1] in CLOSING_BRACKETS else 0
        a -= next((len(w) for w in rules.uses("body_tail") if mid.endswith(w, 0, max(a, 0))), 0)  # 于2031年
        out[a:b] = " " * (b - a)
    return "".join(out)


def inspecting_group(ctx: Context, left: int, start: int, reach: int) -> bool:
    """A team sent to inspect (an inspection word before a ``task_group`` word: 督导组, 检查组) as the subject of the
    act's clause (省督导组来我市督导某工作; never its object: 接受检查组考核, 向督查组汇报, 将组织巡察组), with a person
    printed taking part in it (``team_member_verb``: 某副秘书长参加) before ``reach`` (the next sentence's end): the
    team makes the tour those people attend, with no person before the act."""
    text = ctx.doc.text
    teams = [m for m in rules.trigger_pattern().finditer(text, left, start) if task_group_at(text, m.end())]
    team = next((m for m in teams if rules.triggers()[m.group()].event_type == "inspection"), None)
    if team is None or any(w in text[left : team.start()] for w in rules.uses("team_object_lead")):
        return False
    verbs = rules.uses("team_member_verb")
    return any(any(w in text[p.end : reach] for w in verbs) for p in ctx.people(start, reach))


def task_group_at(text: str, i: int) -> bool:
    """A ``task_group`` word at ``i``, right after an act word (督导组, 调研小组), not one that opens the act's object
    (调研组织工作: ``task_group_not``)."""
    return text.startswith(rules.uses("task_group"), i) and not text.startswith(rules.uses("task_group_not"), i)


def team_tour(ctx: Context, event_type: str, span: tuple[int, int], index: int) -> bool:
    """An inspection a team printed as its clause's subject makes, its people named by the next sentence's end
    (某督导组来某市督导: ``inspecting_group``), for an act at ``span`` (its clause's start, its start) of sentence
    ``index``; read only for an act with no person before it."""
    sentences = ctx.article.sentences
    reach = sentences[min(index + 1, len(sentences) - 1)].end
    return event_type == "inspection" and inspecting_group(ctx, span[0], span[1], reach)

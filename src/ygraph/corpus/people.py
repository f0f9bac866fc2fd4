"""people: corpus-level people resolution, successions and source conflicts.

* One person per name across documents; pending strings are resolved with the names the corpus
  establishes: run-together headline names (W021) and OCR-damaged titles (W020).
* Successions: a single-holder position held by different people over windows that do not overlap;
  overlapping windows are a ``role_overlap`` conflict instead.
* Reprints: near-identical passages in two documents that differ in a name or an organisation are a
  conflict with both evidences (W030) — see ``reprints.py``.
"""

from __future__ import annotations

from collections import defaultdict
from concurrent.futures import Executor
from dataclasses import replace
from datetime import date
from itertools import product

from ..actors.actorlex import longest_suffix_title, starts_boundary, uses
from ..errors import warn
from ..model import (
    BuildWarning,
    Conflict,
    DocumentFacts,
    PendingRun,
    PendingTitle,
    Person,
    Provenance,
    RoleClaim,
    Succession,
    date_interval,
    rule_family,
)
from ..punctuation import DOT
from .formerholders import former_holders
from .movedholders import moved_holders
from .postkeys import COMPANY_PREFIX, acting, organ_once, post_key, single_post, succession_position
from .reprints import DiffMemo, reprint_conflicts
from .seats import seat_successions
from .shortnames import short_names_read
from .shortposts import spelled_in_full

EVIDENCE_RULES = ("titled", "holders", "appointed", "honorific", "name_title", "list", "speaker", "byline")  # rule families
NOTICE_PREFIX = "notice_"  # the rules of appointment_forms.tsv
LIST_PREFIX = "list_"  # the rules of list_leads.tsv
CLAUSE_PREFIX = "clause_"  # the rules of clause_forms.tsv


def _split_run(run: str, names: set[str]) -> list[str]:
    """Split a run of names using known names (longest first at each point); [] unless fully split."""
    out, i = [], 0
    while i < len(run):
        name = next((run[i : i + k] for k in (4, 3, 2) if run[i : i + k] in names), "")
        if not name:
            return []
        out.append(name)
        i += len(name)
    return out


def _notice(claim: RoleClaim) -> bool:
    return claim.provenance.rule.startswith(NOTICE_PREFIX)


def _evidence(rule: str) -> bool:
    return rule_family(rule) in EVIDENCE_RULES or rule.startswith((NOTICE_PREFIX, LIST_PREFIX, CLAUSE_PREFIX))


def _damaged(item: PendingTitle, titled: set[str]) -> RoleClaim | None:
    """A damaged title: the name right after the fragment (记 lost) or one character on (记 misread)."""
    position, printed, tail, prov = item.position, item.printed, item.tail, item.provenance
    for skip in (0, 1):
        for k in (4, 3, 2):
            name = tail[skip : skip + k]
            if len(name) == k and name in titled and starts_boundary(tail, skip + k):
                org = position[: -len(longest_suffix_title(position))]
                return RoleClaim(
                    name, position, printed + tail[:skip], org, item.date, item.date_source, prov
                )
    return None


def _resolve_pending(
    facts: list[DocumentFacts], evidence: dict[str, list[Provenance]], roles: list[RoleClaim]
) -> list[BuildWarning]:
    established = {n for n, provs in evidence.items() if any(_evidence(p.rule) for p in provs)}
    titled = {
        r.person
        for r in roles
        if rule_family(r.provenance.rule) in ("titled", "holders", "appointed") or _notice(r)
    }
    warnings = []
    for f in facts:
        local = {p.name for p in f.people}
        for item in f.pending:
            prov = item.provenance
            if isinstance(item, PendingRun):
                names = _split_run(item.run, established)
                for name, span in zip(names, _sub_spans(prov, item.run, names), strict=True):
                    evidence[name].append(span)
                if names and not set(names) <= local:
                    warnings.append(warn("W021", prov.file, f"{item.run} → {'、'.join(names)}"))
                continue
            claim = _damaged(item, titled)
            if claim is not None:
                roles.append(claim)
                evidence[claim.person].append(prov)
                message = f"{claim.position_text}{claim.person} → {claim.position} {claim.person}"
                warnings.append(warn("W020", prov.file, message))
    return warnings


def _sub_spans(prov: Provenance, run: str, names: list[str]) -> list[Provenance]:
    """Each name's own span inside a run, when the run stands in the original text as one piece."""
    if prov.span_end - prov.span_start != len(run):
        return [prov] * len(names)
    out, at = [], prov.span_start
    for name in names:
        out.append(replace(prov, rule="run_split", span_start=at, span_end=at + len(name)))
        at += len(name)
    return out


def _bounds(claim: RoleClaim) -> tuple[tuple[str, int], tuple[str, int]]:
    """The claim's days; a notice that ends the post ends it before its day (the successor starts on it)."""
    lo, hi = date_interval(claim.date or "")
    if claim.change == "end":
        return (lo, 0), (lo, 0)
    return (lo, 1), (hi, 1)


def _window(claims: list[RoleClaim]) -> tuple[tuple[str, int], tuple[str, int]]:
    """A holder's first and last day; a notice that ends the post closes it, unless seen after that day."""
    lo = min(_bounds(c)[0] for c in claims)
    hi = max(_bounds(c)[1] for c in claims)
    ends = [_bounds(c)[1] for c in claims if c.change == "end"]
    if ends and not any(_bounds(c)[0][0] > max(ends)[0] for c in claims if c.change != "end"):
        hi = max(ends)
    return lo, hi


_MAX_GAP_DAYS = 3 * 366  # holders seen further apart than a term's usual overlap of reports are no evidence


def _adjacent(last_day: str, first_day: str) -> bool:
    """Two holders seen within ``_MAX_GAP_DAYS`` of each other: one followed the other. Holders seen years
    apart (a 2016 report and a 2031 one) may have had others between them: no succession is claimed."""
    return (date.fromisoformat(first_day) - date.fromisoformat(last_day)).days <= _MAX_GAP_DAYS


def _one_name(a: str, b: str) -> bool:
    """A foreign name and its last part (某某·某某·席达, 席达): one person printed whole and then short, who
    neither succeeds nor overlaps himself."""
    return any(DOT in x and x.rsplit(DOT, 1)[-1] == y for x, y in ((a, b), (b, a)))


def successions(roles: list[RoleClaim]) -> tuple[list[Succession], list[Conflict]]:
    """Successions and role overlaps per single-holder position (grouped by position: linear).

    An acting post counts as the post (代理市长 succeeds 市长); a notice that ends one holder's post and gives
    it to another in the same article is a succession dated by the notice (``notice_successions``).
    """
    roles = spelled_in_full(roles)  # 数发部长 beside 数位发展部长 in one report: one post
    # 保安司司长 beside 某地保安司司长 in one report: that post for the pairs read inside a report only (a short
    # spelling completed in one report and left short in another would no longer meet it across reports)
    roles, own = spelled_in_full(roles, placed=True), roles
    roles = short_names_read(roles)  # 免去甲的某某银行行长职务，任命乙为某行行长: one post for the notice's pair
    found = notice_successions(roles) + _listed_holders(roles)
    paired = {(post_key(s.position), frozenset((s.before, s.after))) for s in found}
    found += (held_before := former_holders(roles, paired))  # 前任某市长甲 beside 某市长乙 in one report
    paired |= {(post_key(s.position), frozenset((s.before, s.after))) for s in held_before}
    found += (moved := moved_holders(roles, paired))  # 现任某局长甲升任某职 … 某局长由乙接任 in one report
    paired |= {(post_key(s.position), frozenset((s.before, s.after))) for s in moved}
    found += (seated := seat_successions(roles, paired))  # 免去甲某部副部长职务，任命乙为某部副部长
    paired |= {(organ_once(s.position), frozenset((s.before, s.after))) for s in seated}
    by_position: dict[str, dict[str, list[RoleClaim]]] = defaultdict(lambda: defaultdict(list))
    for r in own:
        if r.date and single_post(r):
            by_position[succession_position(r.position)][r.person].append(r)
    conflicts = []
    for position, holders in sorted(by_position.items()):
        windows = []
        for person, claims in holders.items():
            claims.sort(key=lambda c: (_bounds(c)[0], c.provenance.file, c.provenance.start))
            windows.append((*_window(claims), person, claims))
        windows.sort(key=lambda w: (w[0], w[1], w[2]))
        for (_, hi1, p1, c1), (lo2, _, p2, c2) in zip(windows, windows[1:], strict=False):
            if (organ_once(position), frozenset((p1, p2))) in paired or _one_name(p1, p2):
                continue
            last, first = max(c1, key=lambda c: _bounds(c)[1]), c2[0]
            provs = (last.provenance, first.provenance)
            if hi1 < lo2:
                later = not all(c.change == "former" for c in c2)  # 前某主委甲: printed as held before only
                if _adjacent(hi1[0], lo2[0]) and later:
                    found.append(Succession(position, p1, p2, last.date or "", first.date or "", provs))
            elif not any(all(c.change == "former" for c in cs) for cs in (c1, c2)):
                # a holder printed only as a former one (前任某市长甲) says the post was held before: no overlap
                what = f"{position} held by {p1} and {p2} at overlapping dates"
                conflicts.append(Conflict("role_overlap", what, (p1, p2), provs))
    found.sort(key=lambda s: (s.position, s.before_last_seen, s.before, s.after))
    return found, conflicts


def notice_successions(roles: list[RoleClaim]) -> list[Succession]:
    """One article's notice ends a single-holder post for one person and gives it to another: a succession
    dated by the notice (also for a post whose place the article does not print: 省人大常委会某委员会主任)."""
    groups: dict[tuple[str, str, int], dict[str, dict[str, RoleClaim]]] = defaultdict(
        lambda: defaultdict(dict)
    )
    seen: dict[tuple[str, str], str] = {}  # (post, person) → the last day the person is seen holding it
    for r in roles:
        if r.date and r.change != "end":
            held = (post_key(r.position), r.person)
            seen[held] = max(seen.get(held, ""), date_interval(r.date)[0])
    labels: dict[str, str] = {}  # one post printed in several spellings (organ repeated or not): the longest
    for r in roles:  # an undated article's notice still says who follows whom (dates left empty)
        if not (single_post(r, notice=True) or _paired(r)):
            continue
        post = succession_position(r.position)
        short = organ_once(post)
        spelled = post if acting(r.position) else r.position  # 某区人民政府区长 as printed, not 某区长
        labels[short] = max(labels.get(short, spelled), spelled, key=lambda p: (len(p), p))
        if r.change in ("start", "end", "former"):
            key = (short, r.provenance.file, r.provenance.article)
            held = groups[key][r.change]  # a notice form that implies the predecessor outranks a titled 新任
            if r.person not in held or (_implies_predecessor(r) and not _implies_predecessor(held[r.person])):
                held[r.person] = r
    _implicit_predecessors(roles, groups)
    out = []
    for (position, _, _), changes in sorted(groups.items()):
        if not changes["end"]:  # 原某省委书记甲 beside a notice giving the post to 乙: 甲 is the predecessor
            formers = {p: c for p, c in changes["former"].items() if p not in changes["start"]}
            # 历任前镇长甲、乙、丙: several holders before, none of them printed as the one just before
            changes["end"] = formers if len(formers) == 1 else {}
        enders = {
            p: c
            for p, c in changes["end"].items()
            if p not in changes["start"]
            and (not c.date or seen.get((position, p), "") <= date_interval(c.date)[0])
        }
        starters = {p: c for p, c in changes["start"].items() if p not in changes["end"]}
        if len(enders) > 1 and len(starters) > 1:
            continue  # several on both sides: the notice does not say who follows whom
        for (a, end), (b, start) in product(sorted(enders.items()), sorted(starters.items())):
            # one acting holder after another holds the post too: the full post passed (gold-conventions D4)
            out.append(
                Succession(labels[position], a, b, end.date or "", start.date or "", (end.provenance, start.provenance))
            )
    return out


def _paired(r: RoleClaim) -> bool:
    """A claim of a form naming both the leaver and the new holder of a post with an organisation (其职缺由乙接任),
    or of a company's own notice (its board's changes of one day): the pair is a succession on a post of several
    holders too (a notice's other claims of such a post are not)."""
    rule = r.provenance.rule
    return bool(r.organization) and (rule_family(rule) in uses("paired_form") or rule.startswith(COMPANY_PREFIX))


def _implies_predecessor(r: RoleClaim) -> bool:
    return rule_family(r.provenance.rule) in uses("implicit_predecessor")


def _listed_holders(roles: list[RoleClaim]) -> list[Succession]:
    """三任某市长甲、乙、丙 (rule ``holders``): each holder succeeds the one printed before, whatever their
    dates."""
    lists: dict[tuple[str, str, int], list[RoleClaim]] = defaultdict(list)
    for r in roles:  # one list: its names share the title's span start
        if rule_family(r.provenance.rule) == "holders" and single_post(r):
            lists[(succession_position(r.position), r.provenance.file, r.provenance.span_start)].append(r)
    out = []
    for (position, _, _), claims in sorted(lists.items()):
        claims.sort(key=lambda c: c.provenance.span_end)
        for a, b in zip(claims, claims[1:], strict=False):
            if a.person != b.person:
                out.append(Succession(position, a.person, b.person, "", "", (a.provenance, b.provenance)))
    return out


def _implicit_predecessors(
    roles: list[RoleClaim], groups: dict[tuple[str, str, int], dict[str, dict[str, RoleClaim]]]
) -> None:
    """由乙接任某职 (an ``implicit_predecessor`` form) in an article naming one other holder of that post
    without a change: that holder ends it (甲 is 某职; 由乙接任某职 → 甲 → 乙). Any other notice giving the post
    (任命乙为某职, 乙出任某职) does the same when that holder is seen at the notice's time (a one-holder post
    printed for two people in one report of a change: the other one held it before); a holder seen at
    another time (a biography's year) or in an undated article is no evidence."""
    wanted = {k for k, ch in groups.items() if not ch["end"] and ch["start"]}
    undated = _undated_articles(roles)
    holders: dict[tuple[str, str, int], dict[str, RoleClaim]] = defaultdict(dict)
    for r in roles:
        key = (post_key(r.position), r.provenance.file, r.provenance.article)
        if (
            key in wanted
            and not r.change
            and r.person not in groups[key]["start"]
            and single_post(r, notice=True)
            and (
                (key[1:] in undated and not all(_elected(c) for c in groups[key]["start"].values()))
                or any(_implies_predecessor(c) or _same_time(c, r) for c in groups[key]["start"].values())
            )
        ):
            holders[key].setdefault(r.person, r)
    for key, found in holders.items():
        if len(found) == 1:
            ((person, claim),) = found.items()
            groups[key]["end"][person] = claim


def _elected(r: RoleClaim) -> bool:
    """A post won at an election (当选): the results name no one who left it (conventions E1)."""
    return "elect" in r.provenance.rule


def _undated_articles(roles: list[RoleClaim]) -> set[tuple[str, int]]:
    """Articles none of whose claims has a date (no year printed anywhere, none given): everything they print
    is of the one time they were written, so a holder printed now beside a notice giving the post held it then."""
    seen: dict[tuple[str, int], bool] = {}
    for r in roles:
        where = (r.provenance.file, r.provenance.article)
        seen[where] = seen.get(where, False) or bool(r.date)
    return {where for where, dated in seen.items() if not dated}


def _same_time(a: RoleClaim, b: RoleClaim) -> bool:
    """Two claims dated with overlapping days (2031-04 and 2031-04-28); an undated one is of no known time."""
    if not a.date or not b.date:
        return False
    (lo1, hi1), (lo2, hi2) = date_interval(a.date), date_interval(b.date)
    return lo1 <= hi2 and lo2 <= hi1


def merge_people(
    facts: list[DocumentFacts], memo: DiffMemo | None = None, pool: Executor | None = None
) -> tuple[list[Person], list[RoleClaim], list[Succession], list[Conflict], list[BuildWarning]]:
    evidence: dict[str, list[Provenance]] = defaultdict(list)
    aliases: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        for p in f.people:
            evidence[p.name].extend(p.provenance)
            aliases[p.name].update(p.aliases)
    roles = [r for f in facts for r in f.roles if not r.bare]  # a bare title is no position (Corpus.bare_titles)
    warnings = _resolve_pending(facts, evidence, roles)
    roles.sort(key=lambda r: (r.person, r.position, r.date or "", r.provenance.file, r.provenance.span_start))
    found, conflicts = successions(roles)
    people = [
        Person(name, tuple(sorted(set(provs), key=_prov_key)), tuple(sorted(aliases[name])))
        for name, provs in sorted(evidence.items())
    ]
    reprinted = reprint_conflicts(people, roles, memo, pool)
    conflicts.extend(reprinted)
    warnings.extend(
        warn("W030", c.provenance[0].file, f"{c.what}: {' / '.join(c.variants)}") for c in conflicts
    )
    conflicts.sort(key=lambda c: (c.kind, c.what, c.variants))
    return people, roles, found, conflicts, warnings


def _prov_key(p: Provenance) -> tuple:
    return (p.file, p.article, p.span_start, p.span_end, p.rule)

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
from dataclasses import replace

from ..actors.actorlex import longest_suffix_title, starts_boundary, titles, uses
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
    rule_family,
)
from .reprints import reprint_conflicts

EVIDENCE_RULES = ("titled", "appointed", "honorific", "list", "speaker", "byline")  # rule families


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


def _damaged(item: PendingTitle, titled: set[str]) -> RoleClaim | None:
    """A damaged title: the name right after the fragment (记 lost) or one character on (记 misread)."""
    position, printed, tail, prov = item.position, item.printed, item.tail, item.provenance
    for skip in (0, 1):
        for k in (4, 3, 2):
            name = tail[skip : skip + k]
            if len(name) == k and name in titled and starts_boundary(tail, skip + k):
                org = position[: -len(longest_suffix_title(position))]
                return RoleClaim(name, position, printed + tail[:skip], org, item.date, item.date_source, prov)
    return None


def _resolve_pending(
    facts: list[DocumentFacts], evidence: dict[str, list[Provenance]], roles: list[RoleClaim]
) -> list[BuildWarning]:
    established = {
        n for n, provs in evidence.items() if any(rule_family(p.rule) in EVIDENCE_RULES for p in provs)
    }
    titled = {r.person for r in roles if rule_family(r.provenance.rule) in ("titled", "appointed")}
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


def _bounds(date: str) -> tuple[str, str]:
    parts = date.split("-")
    lo = "-".join(parts + ["01"] * (3 - len(parts)))
    hi = "-".join(parts + (["12", "31"] if len(parts) == 1 else ["31"] if len(parts) == 2 else []))
    return lo, hi


def _single(claim: RoleClaim) -> bool:
    head = longest_suffix_title(claim.position)
    info = titles().get(head)
    former = any(w in claim.position_text for w in uses("former"))
    return bool(info and info.single and claim.organization and not former)


def successions(roles: list[RoleClaim]) -> tuple[list[Succession], list[Conflict]]:
    """Successions and role overlaps per single-holder position (grouped by position: linear)."""
    by_position: dict[str, dict[str, list[RoleClaim]]] = defaultdict(lambda: defaultdict(list))
    for r in roles:
        if r.date and _single(r):
            by_position[r.position][r.person].append(r)
    found, conflicts = [], []
    for position, holders in sorted(by_position.items()):
        windows = []
        for person, claims in holders.items():
            claims.sort(key=lambda c: (_bounds(c.date or "")[0], c.provenance.file, c.provenance.start))
            lo = min(_bounds(c.date or "")[0] for c in claims)
            hi = max(_bounds(c.date or "")[1] for c in claims)
            windows.append((lo, hi, person, claims))
        windows.sort(key=lambda w: (w[0], w[1], w[2]))
        for (_, hi1, p1, c1), (lo2, _, p2, c2) in zip(windows, windows[1:], strict=False):
            last, first = max(c1, key=lambda c: _bounds(c.date or "")[1]), c2[0]
            if hi1 < lo2:
                found.append(
                    Succession(
                        position,
                        p1,
                        p2,
                        last.date or "",
                        first.date or "",
                        (last.provenance, first.provenance),
                    )
                )
            else:
                what = f"{position} held by {p1} and {p2} at overlapping dates"
                conflicts.append(
                    Conflict("role_overlap", what, (p1, p2), (last.provenance, first.provenance))
                )
    return found, conflicts


def merge_people(
    facts: list[DocumentFacts],
) -> tuple[list[Person], list[RoleClaim], list[Succession], list[Conflict], list[BuildWarning]]:
    evidence: dict[str, list[Provenance]] = defaultdict(list)
    aliases: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        for p in f.people:
            evidence[p.name].extend(p.provenance)
            aliases[p.name].update(p.aliases)
    roles = [r for f in facts for r in f.roles]
    warnings = _resolve_pending(facts, evidence, roles)
    roles.sort(key=lambda r: (r.person, r.position, r.date or "", r.provenance.file, r.provenance.span_start))
    found, conflicts = successions(roles)
    people = [
        Person(name, tuple(sorted(set(provs), key=_prov_key)), tuple(sorted(aliases[name])))
        for name, provs in sorted(evidence.items())
    ]
    reprinted = reprint_conflicts(people, roles)
    conflicts.extend(reprinted)
    warnings.extend(
        warn("W030", c.provenance[0].file, f"{c.what}: {' / '.join(c.variants)}") for c in conflicts
    )
    conflicts.sort(key=lambda c: (c.kind, c.what, c.variants))
    return people, roles, found, conflicts, warnings


def _prov_key(p: Provenance) -> tuple:
    return (p.file, p.article, p.span_start, p.span_end, p.rule)

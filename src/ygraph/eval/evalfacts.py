"""ygraph eval: the metrics besides events (participation, roles, successions, conflicts, people).

Names are compared after :func:`norm` (width, spaces and punctuation folded); positions must equal the gold
'role' or one of its 'accept' spellings after the same folding, nothing more.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import PurePosixPath
from typing import Any

from .evalcore import (
    PredEvent,
    Prediction,
    Score,
    best_match,
    dates_overlap,
    group_matches,
    interval,
    norm,
)

Gold = dict[str, Any]
RELATIONS = ("presided", "spoke", "attended")
POLICY_RELATIONS = ("adopted", "reviewed")


def gold_people(gold: Gold) -> dict[str, str]:
    """Normalised name → name of everyone the gold gives a role, an event or a succession."""
    names = [r["person"] for r in gold["roles"]]
    for event in gold["events"]:
        names += [p for rel in RELATIONS for p in event.get(rel, [])]
    for s in gold["successions"]:
        names += [s["before"], s["after"]]
    return {norm(n): n for n in names}


def score_participation(gold: Gold, pred: Prediction, matches: dict[str, str]) -> list[Score]:
    """participation (any relation), presided and spoke (exact relation; spoke_at ≙ spoke)."""
    titles = {e.id: e for e in pred.events}
    scores = []
    for name, relations in (("participation", RELATIONS), ("presided", ("presided",)), ("spoke", ("spoke",))):
        gold_pairs = {
            (norm(p), e["id"]): p for e in gold["events"] for rel in relations for p in e.get(rel, [])
        }
        pred_pairs = {(person, eid) for person, eid, rel in pred.participation if rel in relations}
        score = Score(name, n_gold=len(gold_pairs), n_pred=len(pred_pairs))
        found = set()
        for person, eid in sorted(pred_pairs):
            key = (norm(person), matches.get(eid, ""))
            if key in gold_pairs:
                score.correct += 1
                found.add(key)
            else:
                score.spurious.append(f"{person} @ {_describe(titles.get(eid), eid)}")
        score.found = len(found)
        score.missing = [
            f"{gid}: {gold_pairs[(n, gid)]}"
            for n, gid in sorted(gold_pairs, key=_by_event)
            if (n, gid) not in found
        ]
        scores.append(score)
    return scores


def _has_source(paths: tuple[str, ...], source: str) -> bool:
    """A gold source id ("002") names the document whose file name starts with it."""
    return any(PurePosixPath(p).name.startswith(source) for p in paths)


def score_event_sources(gold: Gold, pred: Prediction, matches: dict[str, str]) -> Score:
    """Documents reporting each found event, as the merged (best) predicted event lists them."""
    per_gold = group_matches(pred.events, matches)
    score = Score("event_sources")
    unannounced: list[str] = []
    for event in gold["events"]:
        sources = event.get("sources", [])
        score.n_gold += len(sources)
        if event["id"] not in per_gold:
            continue
        best = best_match(event, per_gold[event["id"]])
        score.n_pred += len(best.sources)
        hits = [s for s in sources if _has_source(best.sources, s)]
        score.found += len(hits)
        score.missing += [f"{event['id']}: {s}" for s in sources if s not in hits]
        extra = [p for p in best.sources if not any(PurePosixPath(p).name.startswith(s) for s in sources)]
        score.correct += len(best.sources) - len(extra)
        score.spurious += [f"{event['id']}: {p}" for p in extra]
        announced = pred.announced.get(best.id, [])
        unannounced += [
            f"{event['id']}: {s}"
            for s in event.get("mentioned_in", [])
            if not _has_source(tuple(announced), s)
        ]
    score.extra["announced_missing"] = unannounced
    return score


def score_policies(gold: Gold, pred: Prediction, matches: dict[str, str]) -> Score:
    """Documents adopted or reviewed at an event: same event, same relation, same title (folded)."""
    wanted = {
        (e["id"], rel, norm(title)): title
        for e in gold["events"]
        for rel in POLICY_RELATIONS
        for title in e.get(rel, [])
    }
    links = sorted({link for link in pred.policies if link[1] in POLICY_RELATIONS})
    score = Score("policies", n_gold=len(wanted), n_pred=len(links))
    found = set()
    for eid, relation, title in links:
        key = (matches.get(eid, ""), relation, norm(title))
        if key in wanted:
            score.correct += 1
            found.add(key)
        else:
            score.spurious.append(f"{eid} {relation} {title}")
    score.found = len(found)
    score.missing = [f"{k[0]}: {k[1]} {t}" for k, t in wanted.items() if k not in found]
    return score


def _by_event(key: tuple[str, str]) -> tuple[str, str]:
    return key[1], key[0]


def _describe(event: PredEvent | None, eid: str) -> str:
    return f"{event.date or 'undated'} {event.title}" if event else eid


def _spellings(gold: Gold) -> dict[str, set[str]]:
    """Gold role → every accepted spelling of it (normalised), pooled over the role entries."""
    spellings: dict[str, set[str]] = defaultdict(set)
    for r in gold["roles"]:
        spellings[r["role"]] |= {norm(r["role"]), *(norm(a) for a in r.get("accept", []))}
    return spellings


def score_roles(gold: Gold, pred: Prediction) -> Score:
    """A predicted (person, position) is right when it is one of the person's gold roles in any spelling."""
    wanted: dict[str, list[tuple[int, set[str]]]] = defaultdict(list)
    for i, r in enumerate(gold["roles"]):
        wanted[norm(r["person"])].append((i, {norm(r["role"]), *(norm(a) for a in r.get("accept", []))}))
    roles = sorted(set(pred.roles))
    score = Score("roles", n_gold=len(gold["roles"]), n_pred=len(roles))
    found: set[int] = set()
    for person, position in roles:
        hits = [i for i, spellings in wanted.get(norm(person), []) if norm(position) in spellings]
        found.update(hits)
        if hits:
            score.correct += 1
        else:
            score.spurious.append(f"{person} {position}")
    score.found = len(found)
    score.missing = [f"{r['person']} {r['role']}" for i, r in enumerate(gold["roles"]) if i not in found]
    score.extra["date_outside"] = _role_dates(gold, pred, found)
    return score


def _role_dates(gold: Gold, pred: Prediction, found: set[int]) -> list[str]:
    """Found gold roles whose date lies outside every matching predicted first_seen…last_seen span."""
    spans: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for (person, position), (first, last) in pred.role_spans.items():
        spans[norm(person)].append((norm(position), first, last))
    outside = []
    for i in sorted(found):
        r = gold["roles"][i]
        spellings = {norm(r["role"]), *(norm(a) for a in r.get("accept", []))}
        day = interval(r.get("date", ""))
        seen = [(f, last) for pos, f, last in spans[norm(r["person"])] if pos in spellings and f]
        if r.get("date") and seen and not any(dates_overlap(day, interval(f, last)) for f, last in seen):
            outside.append(
                f"{r['person']} {r['role']} {r['date']}: seen {', '.join(f'{f}…{la}' for f, la in seen)}"
            )
    return outside


def score_successions(gold: Gold, pred: Prediction) -> Score:
    spellings = _spellings(gold)
    preds = sorted(set(pred.successions))
    score = Score("successions", n_gold=len(gold["successions"]), n_pred=len(preds))
    found: set[int] = set()
    for position, before, after in preds:
        hits = [
            i
            for i, s in enumerate(gold["successions"])
            if (norm(before), norm(after)) == (norm(s["before"]), norm(s["after"]))
            and norm(position) in spellings.get(s["role"], {norm(s["role"])})
        ]
        found.update(hits)
        if hits:
            score.correct += 1
        else:
            score.spurious.append(f"{position}: {before} → {after}")
    score.found = len(found)
    score.missing = [
        f"{s['role']}: {s['before']} → {s['after']}"
        for i, s in enumerate(gold["successions"])
        if i not in found
    ]
    return score


def _covers(predicted: list[str], variants: list[str]) -> bool:
    """Every gold variant appears in (or as) one of the predicted variants."""
    pv = [norm(v) for v in predicted]
    return len(pv) >= 2 and all(any(norm(g) in v for v in pv) for g in variants)


def score_conflicts(gold: Gold, pred: Prediction) -> Score:
    preds = pred.conflicts or []
    score = Score("conflicts", n_gold=len(gold["conflicts"]), n_pred=len(preds))
    found: set[int] = set()
    for variants in preds:
        hits = [i for i, c in enumerate(gold["conflicts"]) if _covers(variants, c["variants"])]
        found.update(hits)
        if hits:
            score.correct += 1
        else:
            score.spurious.append(" / ".join(variants))
    score.found = len(found)
    score.missing = [" / ".join(c["variants"]) for i, c in enumerate(gold["conflicts"]) if i not in found]
    if pred.conflicts is None:
        score.extra["note"] = "no report.json next to the graph"
    return score


def _fragments(names: list[str]) -> set[str]:
    """The 2–3 character pieces of the gold names (prefixes, suffixes, middles)."""
    return {n[i : i + k] for n in names for k in (2, 3) for i in range(len(n) - k + 1)}


def score_people(gold: Gold, pred: Prediction) -> Score:
    """Gold people found; junk = not_people or a fragment of a gold name; others are only listed."""
    people = gold_people(gold)
    known = set(people) | {norm(n) for n in gold["other_people"]}
    not_people = {norm(n) for n in gold["not_people"]}
    fragments = _fragments(list(people)) - known
    persons = sorted(set(pred.persons))
    junk = [p for p in persons if norm(p) in not_people or norm(p) in fragments]
    score = Score("people", n_gold=len(people), n_pred=len(persons), correct=len(persons) - len(junk))
    present = {norm(p) for p in persons}
    score.found = sum(1 for n in people if n in present)
    score.missing = sorted(name for n, name in people.items() if n not in present)
    score.spurious = junk
    score.extra = {
        "junk": len(junk),
        "unannotated": [p for p in persons if norm(p) not in known and p not in junk],
    }
    return score

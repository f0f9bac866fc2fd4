"""ygraph eval: the metrics besides events (participation, roles, successions, conflicts, people).

Names are compared after :func:`norm` (width, spaces and punctuation folded); positions must equal the gold
'role' or one of its 'accept' spellings after the same folding, nothing more.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from functools import cache
from pathlib import PurePosixPath
from typing import Any

from .. import lexicons
from .evalcore import (
    Score,
    best_match,
    dates_overlap,
    group_matches,
    interval,
    norm,
)
from .evalread import PredEvent, Prediction

Gold = dict[str, Any]
RELATIONS = ("presided", "spoke", "attended", "sent")
POLICY_RELATIONS = ("adopted", "reviewed")


def gold_people(gold: Gold) -> dict[str, str]:
    """Normalised name → name of everyone the gold gives a role, an event or a succession."""
    names = [r["person"] for r in gold["roles"]]
    for event in gold["events"]:
        names += [p for rel in RELATIONS for p in event.get(rel, [])]
    for s in gold["successions"]:
        names += [s["before"], s["after"]]
    return {norm(n): n for n in names}


def _gold_pairs(gold: Gold, relations: tuple[str, ...]) -> dict[tuple[str, str], str]:
    """(normalised person, gold event id) → name, for the given gold participation lists."""
    return {(norm(p), e["id"]): p for e in gold["events"] for rel in relations for p in e.get(rel, [])}


def participation_metrics(gold: Gold, pred: Prediction) -> list[tuple[str, tuple[str, ...]]]:
    """The participation metrics to score: ``sent`` only when the gold annotates senders (a gold written
    before the relation existed lists them as attended: its pairs still count in participation, and the
    predicted senders are listed as ``relation_wrong``)."""
    metrics = [("participation", RELATIONS), ("presided", ("presided",)), ("spoke", ("spoke",))]
    if any("sent" in e for e in gold["events"]):
        metrics.append(("sent", ("sent",)))
    return metrics


def score_participation(gold: Gold, pred: Prediction, matches: dict[str, str]) -> list[Score]:
    """participation (any relation), presided, spoke (spoke_at ≙ spoke) and sent (exact relation)."""
    titles = {e.id: e for e in pred.events}
    scores = []
    for name, relations in participation_metrics(gold, pred):
        gold_pairs = _gold_pairs(gold, relations)
        pred_pairs = {(person, eid) for person, eid, rel in pred.participation if rel in relations}
        score = Score(name, n_gold=len(gold_pairs), n_pred=len(pred_pairs))
        found = _tally(
            score,
            [((norm(person), matches.get(eid, "")), f"{person} @ {_describe(titles.get(eid), eid)}")
             for person, eid in sorted(pred_pairs)],
            gold_pairs,
        )  # fmt: skip
        score.missing = [
            f"{gid}: {gold_pairs[(n, gid)]}"
            for n, gid in sorted(gold_pairs, key=_by_event)
            if (n, gid) not in found
        ]
        scores.append(score)
    scores[0].extra["relation_wrong"] = _relation_wrong(gold, pred, matches)
    return scores


def _relation_wrong(gold: Gold, pred: Prediction, matches: dict[str, str]) -> list[str]:
    """Right pairs with the wrong kind of relation: a sender predicted as present, or the reverse."""
    sent = _gold_pairs(gold, ("sent",))
    present = _gold_pairs(gold, RELATIONS[:3])
    relations: dict[tuple[str, str], set[str]] = defaultdict(set)
    for person, eid, rel in pred.participation:
        relations[(norm(person), matches.get(eid, ""))].add(rel)
    wrong = []
    for key, rels in sorted(relations.items(), key=lambda t: _by_event(t[0])):
        if key in sent and key not in present and "sent" not in rels:
            wrong.append(f"{key[1]}: {sent[key]} {'/'.join(sorted(rels))}, gold sent")
        elif key in present and key not in sent and rels == {"sent"}:
            wrong.append(f"{key[1]}: {present[key]} sent, gold {_gold_relation(gold, key)}")
    return wrong


def _gold_relation(gold: Gold, key: tuple[str, str]) -> str:
    event = next(e for e in gold["events"] if e["id"] == key[1])
    return "/".join(rel for rel in RELATIONS if any(norm(p) == key[0] for p in event.get(rel, [])))


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
    predictions = [((matches.get(eid, ""), relation, norm(title)), f"{eid} {relation} {title}") for eid, relation, title in links]
    found = _tally(score, predictions, wanted)
    score.missing = [f"{k[0]}: {k[1]} {t}" for k, t in wanted.items() if k not in found]
    return score


def _tally(score: Score, predictions: list[tuple[object, str]], wanted: Collection[object]) -> set[object]:
    """Count each prediction (its key, how it is shown) right when its key is wanted, else spurious; the keys
    found (``score.found`` set from them)."""
    found: set[object] = set()
    for key, shown in predictions:
        if key in wanted:
            score.correct += 1
            found.add(key)
        else:
            score.spurious.append(shown)
    score.found = len(found)
    return found


def _by_event(key: tuple[str, str]) -> tuple[str, str]:
    return key[1], key[0]


def _describe(event: PredEvent | None, eid: str) -> str:
    return f"{event.date or 'undated'} {event.title}" if event else eid


# Generic words before a title that name no place or organisation (市委书记, 常务副省长, 前国务卿).
_GENERIC_LEVELS = ("自治区", "自治州", "自治县", "省", "市", "县", "区", "州", "乡", "镇")
_GENERIC_MODIFIERS = ("常务", "代", "前", "原")


@cache
def _titles() -> tuple[frozenset[str], tuple[str, ...]]:
    """Packaged title heads that name no single post on their own, and the level organs (委, 政府…)."""
    heads = {norm(row[0]) for row in lexicons.load_table("actors/titles.tsv")}
    one_post = {norm(row[0]) for row in lexicons.load_table("actors/title_aliases.tsv")}
    organs = sorted((norm(w) for w in lexicons.load_lines("actors/level_organs.txt")), key=len, reverse=True)
    return frozenset(heads - one_post), tuple(organs)


def is_bare_title(label: str) -> bool:
    """A position label that is only a generic title: a title of the lexicon with nothing before it but
    中共, a level (省/市/县…) with its organ (委, 人民政府…) and 常务/代/前/原 — 省长, 市委书记, 主任."""
    heads, organs = _titles()
    rest = _strip_modifiers(norm(label).removeprefix("中共"), heads)
    level = next((lv for lv in _GENERIC_LEVELS if rest.startswith(lv) and rest != lv), "")
    if level and rest not in heads:
        rest = rest[len(level) :]
        rest = _strip_modifiers(rest[len(next((o for o in organs if rest.startswith(o)), "")) :], heads)
    return rest in heads


def _strip_modifiers(rest: str, heads: frozenset[str]) -> str:
    while rest not in heads and (mod := next((m for m in _GENERIC_MODIFIERS if rest.startswith(m)), "")):
        rest = rest[len(mod) :]
    return rest


def _spellings(gold: Gold) -> dict[str, set[str]]:
    """Gold role → every accepted spelling of it (normalised, bare titles left out), pooled over entries."""
    spellings: dict[str, set[str]] = defaultdict(set)
    for r in gold["roles"]:
        spellings[r["role"]] |= _role_spellings(r)
    return spellings


def _role_spellings(role: dict[str, Any]) -> set[str]:
    spellings = [role["role"], *role.get("accept", [])]
    return {norm(s) for s in spellings if not is_bare_title(s)}


def score_roles(gold: Gold, pred: Prediction) -> Score:
    """A predicted (person, position) is right when it is one of that person's gold roles in any spelling
    other than a bare title; a bare title is never right (``bare_title``)."""
    wanted: dict[str, list[tuple[int, set[str]]]] = defaultdict(list)
    for i, r in enumerate(gold["roles"]):
        wanted[norm(r["person"])].append((i, _role_spellings(r)))
    roles = sorted(set(pred.roles))
    score = Score("roles", n_gold=len(gold["roles"]), n_pred=len(roles))
    found: set[int] = set()
    bare: list[str] = []
    for person, position in roles:
        if is_bare_title(position):
            bare.append(f"{person} {position}")
            continue
        hits = [i for i, spellings in wanted.get(norm(person), []) if norm(position) in spellings]
        found.update(hits)
        if hits:
            score.correct += 1
        else:
            score.spurious.append(f"{person} {position}")
    score.found = len(found)
    score.missing = [f"{r['person']} {r['role']}" for i, r in enumerate(gold["roles"]) if i not in found]
    score.extra["bare_title"] = bare
    score.extra["date_outside"] = _role_dates(gold, pred, found)
    score.extra["gold_bare"] = [
        f"{r['person']} {r['role']}" for r in gold["roles"] if is_bare_title(r["role"])
    ]
    return score


def _role_dates(gold: Gold, pred: Prediction, found: set[int]) -> list[str]:
    """Found gold roles whose date lies outside every matching predicted first_seen…last_seen span."""
    spans: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for (person, position), (first, last) in pred.role_spans.items():
        spans[norm(person)].append((norm(position), first, last))
    outside = []
    for i in sorted(found):
        r = gold["roles"][i]
        spellings = _role_spellings(r)
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
    """Gold people found; a person node is right only when the gold names it (roles, events, successions).

    ``other_people`` are neutral (left out of precision); everyone else is wrong: ``junk`` (not_people or
    a fragment of a gold name) or ``unannotated`` (a name the gold does not know).
    """
    people = gold_people(gold)
    others = {norm(n) for n in gold["other_people"]} - set(people)
    not_people = {norm(n) for n in gold["not_people"]}
    fragments = _fragments(list(people)) - set(people) - others
    persons = sorted({p for p in pred.persons if norm(p) not in others})
    junk = [p for p in persons if norm(p) in not_people or norm(p) in fragments]
    unannotated = [p for p in persons if norm(p) not in people and p not in junk]
    score = Score("people", n_gold=len(people), n_pred=len(persons))
    score.correct = len(persons) - len(junk) - len(unannotated)
    present = {norm(p) for p in pred.persons}
    score.found = sum(1 for n in people if n in present)
    score.missing = sorted(name for n, name in people.items() if n not in present)
    score.spurious = junk + unannotated
    score.extra = {"junk": len(junk), "unannotated": unannotated}
    return score

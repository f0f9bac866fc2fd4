"""ygraph eval core: scores, normalisation and the event metrics (the gold and the graph: ``evalread``).

Every metric is a :class:`Score` (precision, recall, F1 and what is missing or spurious). The gold is
small, so predicted facts are compared with it directly; events are blocked by year first.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from .evalread import PredEvent

TITLE_MIN = 0.5  # bigram Dice of titles that makes a match on its own
TITLE_MIN_WITH_PLACE = 0.2  # ... and when the place agrees too
_NOT_WORD = re.compile(r"[\W_]+")

Extra = dict[str, Any]


@dataclass
class Score:
    """One metric: gold items found (recall) and predicted items that are right (precision)."""

    name: str
    n_gold: int = 0
    n_pred: int = 0
    found: int = 0  # gold items matched by at least one prediction
    correct: int = 0  # predictions that match a gold item
    missing: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    extra: Extra = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.correct / self.n_pred if self.n_pred else (1.0 if not self.n_gold else 0.0)

    @property
    def recall(self) -> float:
        return self.found / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "n_gold": self.n_gold,
            "n_pred": self.n_pred,
            "found": self.found,
            "correct": self.correct,
            **self.extra,
            "missing": self.missing,
            "spurious": self.spurious,
        }


# --- normalisation and similarity -----------------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Width folded (NFKC), spaces and punctuation removed, Traditional script folded to Simplified (OpenCC
    t2s, as the build does): OCR spaces, quote styles and the script of a gold never matter."""
    return _t2s().convert(_NOT_WORD.sub("", unicodedata.normalize("NFKC", text or "")))


@cache
def _t2s():  # noqa: ANN202 - opencc has no type hints
    import opencc

    return opencc.OpenCC("t2s")


def _grams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} or {text}


def dice(a: str, b: str) -> float:
    """Character-bigram Dice coefficient of two normalised strings."""
    a, b = norm(a), norm(b)
    if not a or not b:
        return 0.0
    ga, gb = _grams(a), _grams(b)
    return 2 * len(ga & gb) / (len(ga) + len(gb))


def interval(start: str, end: str = "") -> tuple[str, str]:
    """The days an ISO date (of any precision) covers, as comparable strings."""
    last = end or start
    first_day = (start + "-01-01")[:10] if len(start) == 4 else (start + "-01")[:10]
    last_day = last + "-12-31" if len(last) == 4 else (last + "-31" if len(last) == 7 else last)
    return first_day, last_day


def dates_overlap(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


# --- events ---------------------------------------------------------------------------------------


def _gold_interval(event: dict[str, Any]) -> tuple[str, str]:
    return interval(event.get("date", ""), event.get("date_end", ""))


def _place_ok(event: dict[str, Any], place: str) -> bool:
    place = norm(place)
    if not place:
        return False
    accepted = [norm(p) for p in [event.get("place", ""), *event.get("accept_places", [])] if p]
    return any(p == place or (len(place) >= 2 and (p in place or place in p)) for p in accepted)


def date_compatible(event: dict[str, Any], pred: PredEvent) -> bool:
    """The prediction's date lies inside the gold's period and is at least as precise (undated ↔ undated).

    A gold ``2031-05-06`` is not found by ``2031-05`` or ``2031``; a gold ``2031-05`` is found by
    ``2031-05-06`` (then ``event_dates`` lists it as too precise); an undated gold by any date.
    """
    gold_date = event.get("date", "")
    if not pred.date:
        return not gold_date
    if not gold_date:
        return True
    if len(pred.date) < len(gold_date):
        return False
    first, last = _gold_interval(event)
    start, end = interval(pred.date)
    return first <= start and end <= last


def title_similarity(event: dict[str, Any], pred: PredEvent) -> float | None:
    """How well a predicted event's title (and place) fits a gold event, dates aside; None below the bar."""
    titles = [event.get("title", ""), *event.get("accept_titles", [])]
    sim = max(dice(t, pred.title) for t in titles)
    place_ok = _place_ok(event, pred.place)
    if sim >= TITLE_MIN or (place_ok and sim >= TITLE_MIN_WITH_PLACE):
        return sim + (0.1 if place_ok else 0.0)
    return None


def event_similarity(event: dict[str, Any], pred: PredEvent) -> float | None:
    """How well a predicted event fits a gold event; None when its date or its title rules it out."""
    return title_similarity(event, pred) if date_compatible(event, pred) else None


def _years(start: str, end: str) -> range:
    last = end if end[:4].isdigit() else start
    return range(int(start[:4]), int(last[:4]) + 1)


def match_events(gold: list[dict[str, Any]], preds: list[PredEvent]) -> dict[str, str]:
    """Predicted event id → id of the gold event it fits best (unmatched predictions are left out)."""
    by_year: dict[int, list[dict[str, Any]]] = defaultdict(list)
    undated: list[dict[str, Any]] = []
    for event in gold:
        if event.get("date"):
            for year in _years(event["date"], event.get("date_end", "")):
                by_year[year].append(event)
        else:
            undated.append(event)
    matches: dict[str, str] = {}
    for pred in preds:
        if pred.date[:4].isdigit():
            pool = by_year.get(int(pred.date[:4]), []) + undated
        else:
            pool = undated if not pred.date else gold
        scored = [(s, e) for e in pool if (s := event_similarity(e, pred)) is not None]
        if scored:
            matches[pred.id] = max(scored, key=lambda t: (t[0], _date_right(t[1], pred)))[1]["id"]
    return matches


def _date_right(event: dict[str, Any], pred: PredEvent) -> bool:
    return pred.date == event.get("date", "")


def _describe_pred(pred: PredEvent) -> str:
    return f"{pred.date or 'undated'} {pred.title}"


def misdated_of(gold: list[dict[str, Any]], pred: PredEvent) -> dict[str, Any] | None:
    """The gold event whose title an unmatched prediction bears (a copy with an incompatible date)."""
    scored = [(s, e) for e in gold if (s := title_similarity(e, pred)) is not None and s >= TITLE_MIN]
    return max(scored, key=lambda t: t[0])[1] if scored else None


def _describe_spurious(gold: list[dict[str, Any]], pred: PredEvent) -> str:
    """A spurious event, with the gold event of the same title it may be a misdated copy of."""
    event = misdated_of(gold, pred)
    if event is None:
        return _describe_pred(pred)
    return f"{_describe_pred(pred)} (title of {event['id']}, gold date {event.get('date') or 'undated'})"


def _describe_gold(event: dict[str, Any]) -> str:
    return f"{event['id']} {event.get('date', '')} {event.get('title', '')}"


def group_matches(preds: list[PredEvent], matches: dict[str, str]) -> dict[str, list[PredEvent]]:
    """Gold event id → the predicted events matched to it."""
    per_gold: dict[str, list[PredEvent]] = defaultdict(list)
    for pred in sorted(preds, key=lambda p: p.id):
        if pred.id in matches:
            per_gold[matches[pred.id]].append(pred)
    return per_gold


def best_match(event: dict[str, Any], found: list[PredEvent]) -> PredEvent:
    """The match that counts (best date, then best title); the others are duplicates."""
    return max(found, key=lambda p: (_date_right(event, p), event_similarity(event, p) or 0.0))


def score_events(gold: list[dict[str, Any]], preds: list[PredEvent], matches: dict[str, str]) -> list[Score]:
    """events (found at all, duplicates) and event_dates (found with the date at the gold's precision)."""
    per_gold = group_matches(preds, matches)
    events = Score("events", n_gold=len(gold), n_pred=len(preds), found=len(per_gold), correct=len(matches))
    dates = Score("event_dates", n_gold=len(gold), n_pred=len(per_gold))
    duplicates: list[str] = []
    planned_wrong: list[str] = []
    type_wrong: list[str] = []
    kinds: dict[str, int] = defaultdict(int)
    for event in gold:
        found = per_gold.get(event["id"], [])
        if not found:
            events.missing.append(_describe_gold(event))
            continue
        best = best_match(event, found)
        duplicates += [f"{event['id']}: {_describe_pred(p)}" for p in found if p is not best]
        if bool(event.get("planned")) != best.planned:
            planned_wrong.append(f"{event['id']}: planned={best.planned}")
        if event.get("type") and best.event_type != event["type"]:
            type_wrong.append(f"{event['id']}: {best.event_type or 'untyped'}, gold {event['type']}")
        kind = _date_kind(event, best)
        kinds[kind] += 1
        if kind == "right":
            dates.found += 1
            dates.correct += 1
        else:
            dates.missing.append(f"{_describe_gold(event)}: predicted {best.date or 'undated'} ({kind})")
        if kind == "right" and best.date_end != event.get("date_end", ""):
            kinds["end_wrong"] += 1
    unmatched = [p for p in preds if p.id not in matches]
    events.spurious = sorted(_describe_spurious(gold, p) for p in unmatched)
    events.extra = {
        "misdated": sum(1 for p in unmatched if misdated_of(gold, p) is not None),
        "duplicates": len(duplicates),
        "duplicate_list": duplicates,
        "planned_wrong": planned_wrong,
        "type_wrong": type_wrong,
    }
    dates.extra = {
        k: kinds.get(k, 0) for k in ("right", "too_precise", "less_precise", "undated", "end_wrong")
    }
    dates.extra["wrong"] = kinds.get("wrong", 0)
    return [events, dates]


def _date_kind(event: dict[str, Any], pred: PredEvent) -> str:
    gold_date = event.get("date", "")
    if pred.date == gold_date:
        return "right"
    if not pred.date:
        return "undated"
    if pred.date.startswith(gold_date):
        return "too_precise"
    if gold_date.startswith(pred.date):
        return "less_precise"
    return "wrong"

"""Time-expression extraction: the rules of ``lexicons/zh/time/rules.tsv`` → underspecified ``TimeExpr``s.

Extraction never looks at a reference date; it only says what the text says ("UNDEF-this-year-09",
"UNDEF-year-11-30", "2021-06"). ``timeresolve.resolve_times`` fills the values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lexicons, scan
from ..lexicons import alternation, cached
from ..model import TimeExpr
from .numerals import count_value, numeral_characters

_PLACEHOLDER = re.compile(r"\{([A-Za-z][A-Za-z0-9]*)\}")
_NUMERIC_GROUPS = ("M", "M2", "D", "D2")
COUNT_GROUP = "N"  # a count (years, months) printed in digits or Chinese numerals
ROC_GROUP, ROC_EPOCH = "RY", 1911  # a year of the Republic of China calendar (112年 = 2023): year + 1911
# Rules with a year, month or day number cannot match a sentence without a digit: skipping them there
# halves the work on ordinary prose (numerals are already digits after clean).
_DIGIT_PLACEHOLDER = re.compile(r"\{(?:Y|Y2|RY|M|M2|D|D2)\}")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class TimeRule:
    rule_id: str
    kind: str  # "date" | "duration" | "vague"
    pattern: re.Pattern[str]
    template: str
    needs_digit: bool


@dataclass(frozen=True, slots=True)
class RuleExample:
    rule_id: str
    text: str
    expected: str


@dataclass(frozen=True, slots=True)
class Relative:
    """What a relative word's token means (今年 → this-year → reference year +0)."""

    anchor: str  # "reference" (the article's date) | "narrative" (the last date mentioned before)
    unit: str  # "year" | "month" | "week" | "day"
    offset: int


@dataclass(frozen=True, slots=True)
class Part:
    """What a part token means (下旬 → DEC3 → days 21-31; 年底 → END → -)."""

    unit: str  # "months" (of the year) | "days" (of the month) | "after" (the day and days after) | "-"
    first: int = 0
    last: int = 0


@dataclass(frozen=True, slots=True)
class Meanings:
    relative: dict[str, Relative]
    parts: dict[str, Part]


@cached
def word_tokens() -> dict[str, dict[str, str]]:
    """``{group: {surface: token}}`` from ``normalization.tsv`` (今年 → this-year, 下旬 → DEC3)."""
    groups: dict[str, dict[str, str]] = {}
    for group, surface, token, *_ in lexicons.load_table("time/normalization.tsv"):
        groups.setdefault(group, {})[surface] = token
    return groups


@cached
def meanings() -> Meanings:
    """The token meanings of ``normalization.tsv`` (its fourth column): ``reference year -1``,
    ``narrative day +1``, ``months 1-6``, ``days 21-31``, ``days +1``, ``-``."""
    relative: dict[str, Relative] = {}
    parts: dict[str, Part] = {}
    for row in lexicons.load_table("time/normalization.tsv"):
        if len(row) < 4 or not row[3]:
            continue
        token, meaning = row[2], _meaning(row[3], row[2])
        table: dict = relative if isinstance(meaning, Relative) else parts
        key = token if isinstance(meaning, Relative) else next(
            (t for t in token.split("-") if t[:1].isupper()), token
        )
        if table.get(key, meaning) != meaning:
            raise ValueError(f"time/normalization.tsv: token {key} has two meanings")
        table[key] = meaning
    return Meanings(relative, parts)


def _meaning(text: str, token: str) -> Relative | Part:
    words = text.split()
    try:
        if words[0] in ("reference", "narrative") and words[1] in ("year", "month", "week", "day"):
            return Relative(words[0], words[1], int(words[2]))
        if words == ["-"]:
            return Part("-")
        if words[0] in ("months", "days") and words[1].startswith("+"):
            return Part("after", 0, int(words[1]))
        if words[0] in ("months", "days"):
            first, last = words[1].split("-")
            return Part(words[0], int(first), int(last))
    except (IndexError, ValueError):
        pass
    raise ValueError(f"time/normalization.tsv: the meaning {text!r} of {token} is not understood")


@cached
def _fragments() -> dict[str, str]:
    fragments = {"numeral": f"[{re.escape(numeral_characters())}]"}  # numerals.tsv: digit, ten, big
    fragments.update({row[0]: row[1] for row in lexicons.load_table("time/patterns.tsv")})
    for group, words in word_tokens().items():
        fragments[group] = alternation(words)
    return fragments


def expand(pattern: str) -> str:
    """Replace ``{name}`` by its fragment; upper-case names become named groups."""
    fragments = _fragments()

    def insert(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in fragments:
            raise ValueError(f"time rule uses an unknown fragment {{{name}}}")
        body = _PLACEHOLDER.sub(insert, fragments[name])
        return f"(?P<{name}>{body})" if name[0].isupper() else f"(?:{body})"

    return _PLACEHOLDER.sub(insert, pattern)


@cached
def rules() -> tuple[TimeRule, ...]:
    """All extraction rules, compiled once, in file order (the order breaks ties)."""
    compiled = []
    for row in lexicons.load_table("time/rules.tsv"):
        if row[0] == "EXAMPLE":
            continue
        rule_id, kind, pattern, template = row[:4]
        needs_digit = _DIGIT_PLACEHOLDER.search(pattern) is not None
        compiled.append(TimeRule(rule_id, kind, re.compile(expand(pattern)), template, needs_digit))
    return tuple(compiled)


@cached
def examples() -> tuple[RuleExample, ...]:
    """The ``EXAMPLE`` lines of ``rules.tsv`` (each must come out as written; see the tests)."""
    return tuple(
        RuleExample(*row[1:4]) for row in lexicons.load_table("time/rules.tsv") if row[0] == "EXAMPLE"
    )


def fill_template(template: str, match: re.Match[str]) -> str:
    """The underspecified value of a match: numbers zero-padded, words replaced by their tokens."""
    tokens = word_tokens()

    def value(placeholder: re.Match[str]) -> str:
        name = placeholder.group(1)
        text = re.sub(r"\s", "", match.group(name) or "")
        if name in tokens:
            return tokens[name][text]
        if name == ROC_GROUP:
            return f"{int(text) + ROC_EPOCH:04d}"
        if name == COUNT_GROUP:  # 4个月后, 两个月后: a count in digits or Chinese numerals
            count = count_value(text)
            return f"{count:02d}" if count else "00"
        return text.zfill(2) if name in _NUMERIC_GROUPS else text

    return _PLACEHOLDER.sub(value, template)


@cached
def _gate() -> scan.Gate:
    return scan.Gate([rule.pattern for rule in rules()])


def _candidates(text: str) -> list[tuple[int, int, int, TimeRule, re.Match[str]]]:
    found = []
    has_digit = _DIGIT.search(text) is not None
    every = rules()
    for order in _gate().open_indices(text):  # the others lack a word every match of theirs prints
        rule = every[order]
        if rule.needs_digit and not has_digit:
            continue
        for match in scan.finditer(rule.pattern, text):
            if match.end() > match.start():
                found.append((match.start(), -(match.end() - match.start()), order, rule, match))
    found.sort(key=lambda c: c[:3])
    return found


def extract_times(text: str, offset: int = 0) -> list[TimeExpr]:
    """Time expressions in ``text``, left to right, not overlapping (the longest match wins).

    Values are underspecified (``value`` is ``None``); offsets are shifted by ``offset``.
    """
    chosen: list[TimeExpr] = []
    taken_until = 0
    for start, _neg_len, _order, rule, match in _candidates(text):
        if start < taken_until:
            continue
        surface = match.group().strip()
        start = match.start() + match.group().index(surface)
        end = start + len(surface)
        chosen.append(
            TimeExpr(
                start=start + offset,
                end=end + offset,
                text=surface,
                kind=rule.kind,
                underspecified=fill_template(rule.template, match),
                value=None,
                value_end=None,
                precision="none",
                anchor=None,
                rule=rule.rule_id,
            )
        )
        taken_until = end
    return chosen

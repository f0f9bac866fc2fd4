"""Score dateparser, JioNLP (if importable) and ygraph on the date expressions of the seed corpus.

Each expression comes with its article's reference date (the rows ``SEED_ROWS`` of
``tests/test_dates_table.py``: every date expression of every seed article, with its correct value).
dateparser and JioNLP get the expression alone with the reference as their base; ygraph gets the row's
text (so that 同年7月 can see the 2021年6月 before it) and reports the expression. An expression is right
when value, end and precision all match; a duration or vague phrase is right when no date comes back.

    python bench/compare_date_parsers.py [--verbose]
"""

from __future__ import annotations

import argparse
import calendar
import importlib.util
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
Result = tuple[str | None, str | None]  # value, value_end (ISO at the precision given)


def _load_rows() -> list[tuple]:
    spec = importlib.util.spec_from_file_location("dates_table", ROOT / "tests" / "test_dates_table.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.SEED_ROWS)


def _reference_day(reference: str) -> datetime:
    """A month-precision reference ("2023-12") stands for its last day, as in ygraph."""
    parts = [int(p) for p in reference.split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else 12
    day = parts[2] if len(parts) > 2 else calendar.monthrange(year, month)[1]
    return datetime(year, month, day, 12)


def _iso(day: date, precision: str) -> str:
    return {"year": f"{day.year:04d}", "month": f"{day.year:04d}-{day.month:02d}"}.get(
        precision, day.isoformat()
    )


def dateparser_parse(expression: str, reference: str) -> Result:
    from dateparser.date import DateDataParser

    settings = {"RELATIVE_BASE": _reference_day(reference), "PREFER_DATES_FROM": "past"}
    data = DateDataParser(languages=["zh"], settings=settings).get_date_data(expression)
    if data.date_obj is None:
        return None, None
    return _iso(data.date_obj.date(), data.period or "day"), None


def _span_to_iso(start: date, end: date) -> Result:
    last_of_end_month = calendar.monthrange(end.year, end.month)[1]
    whole_months = start.day == 1 and end.day == last_of_end_month
    if whole_months and (start.month, end.month) == (1, 12) and start.year == end.year:
        return f"{start.year:04d}", None
    if whole_months:
        first, last = _iso(start, "month"), _iso(end, "month")
        return first, (None if first == last else last)
    return start.isoformat(), (None if start == end else end.isoformat())


def jionlp_parse(expression: str, reference: str) -> Result:
    import jionlp

    base = _reference_day(reference).timestamp()
    try:
        parsed = jionlp.parse_time(expression, time_base=base)
    except (ValueError, TypeError, KeyError, IndexError):
        return None, None
    if (
        not parsed
        or parsed.get("type") not in {"time_point", "time_span"}
        or parsed.get("definition") == "blur"
    ):
        if parsed and parsed.get("type") == "time_point":
            start = datetime.fromisoformat(parsed["time"][0]).date()
            end = datetime.fromisoformat(parsed["time"][1]).date()
            return _span_to_iso(start, end)
        return None, None
    start = datetime.fromisoformat(parsed["time"][0]).date()
    end = datetime.fromisoformat(str(parsed["time"][1]).replace("inf", "9999-12-31 23:59:59")).date()
    return _span_to_iso(start, end)


def ygraph_parse(text: str, target: str, reference: str) -> Result:
    from ygraph.time.numerals import normalize_date_numerals
    from ygraph.time.timeresolve import resolve_times
    from ygraph.time.timerules import extract_times

    normalized = normalize_date_numerals(text)[0]
    wanted = target or normalized
    for expr in resolve_times(extract_times(normalized), reference):
        if expr.text == wanted:
            return (expr.value, expr.value_end) if expr.kind == "date" else (None, None)
    return None, None


def _parsers() -> dict[str, Callable[[str, str, str], Result]]:
    parsers: dict[str, Callable[[str, str, str], Result]] = {
        "dateparser": lambda text, target, ref: dateparser_parse(target or text, ref)
    }
    try:
        import jionlp  # noqa: F401
    except ImportError:
        print("JioNLP is not importable: its column is left out", file=sys.stderr)
    else:
        parsers["JioNLP"] = lambda text, target, ref: jionlp_parse(target or text, ref)
    parsers["ygraph"] = ygraph_parse
    return parsers


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--verbose", action="store_true", help="print every expression")
    verbose = options.parse_args().verbose
    rows = _load_rows()
    parsers = _parsers()
    right = {name: 0 for name in parsers}
    right_dates = {name: 0 for name in parsers}
    n_dates = sum(1 for row in rows if row[4] == "date")
    print(f"{'expression':<22} {'reference':<11} {'expected':<24} " + " ".join(f"{n:<24}" for n in parsers))
    for _row_id, text, reference, target, kind, value, value_end, _precision in rows:
        expected = (value, value_end)
        marks = []
        for name, parse in parsers.items():
            got = parse(text, target, reference)
            ok = got == expected
            right[name] += ok
            right_dates[name] += ok and kind == "date"
            marks.append(f"{'✓' if ok else '✗'} {got[0] or '-'}{'..' + got[1] if got[1] else ''}")
        if verbose or not all(m.startswith("✓") for m in marks):
            shown = f"{value or '-'}{'..' + value_end if value_end else ''}"
            print(
                f"{(target or text):<22} {reference:<11} {shown:<24} " + " ".join(f"{m:<24}" for m in marks)
            )
    print(f"\n{len(rows)} seed expressions ({n_dates} dates, {len(rows) - n_dates} durations/vague phrases)")
    for name in parsers:
        print(f"{name:<11} all: {right[name]:>3}/{len(rows)}   dates: {right_dates[name]:>3}/{n_dates}")


if __name__ == "__main__":
    main()

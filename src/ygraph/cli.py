"""The command line: parses options and calls the library. No logic lives here.

Exit codes: 0 done (a question with answers), 1 nothing built or nothing found, 2 usage error. Every usage
error, click's own included, is one line on stderr: ``ygraph: error: …``.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from . import __version__
from .config import MAX_FILE_MB, BuildConfig
from .errors import UsageError, YgraphError

DB_HELP = "The store a build wrote (ygraph.db)."
_MAX_FILE_HELP = "Skip files larger than this (MB, warning W052); 0: no limit."


class OneLineErrors(TyperGroup):
    """Click's usage errors (bad option values, unknown options) as one line instead of a box.

    Recognised by their ``format_message`` and ``exit_code``: recent typer vendors click, older typer uses it.
    """

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        try:
            result = super().main(*args, standalone_mode=False, **kwargs)
        except typer.Abort:
            if not standalone_mode:
                raise
            typer.echo("ygraph: aborted", err=True)
            sys.exit(1)
        except Exception as exc:
            if not standalone_mode or not hasattr(exc, "format_message") or not hasattr(exc, "exit_code"):
                raise
            if type(exc).__name__ != "NoArgsIsHelpError":  # the help is already shown
                ctx = getattr(exc, "ctx", None)
                where = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
                typer.echo(f"ygraph: error: {exc.format_message()}{where}", err=True)
            sys.exit(exc.exit_code)
        if not standalone_mode:
            return result
        sys.exit(result if isinstance(result, int) else 0)


app = typer.Typer(
    cls=OneLineErrors,
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Turn Chinese policy news into a dated knowledge graph and a timeline.",
)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"ygraph {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Turn Chinese policy news into a dated knowledge graph and a timeline.

    Example: ygraph build my-folder && ygraph who 临江市委书记 --on 2021-12
    """


def _fail(message: str, code: int) -> typer.Exit:
    from .names import printable

    lines = "\n".join(printable(line) for line in message.split("\n"))  # names escaped, line breaks kept
    typer.echo(f"ygraph: error: {lines}", err=True)
    return typer.Exit(code)


class Terminated(BaseException):
    """SIGTERM, raised where the build is so that its clean-up runs (no staging left behind)."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


@contextmanager
def _terminable() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def _errors() -> Iterator[None]:
    """The library's errors as a one-line message and their exit code."""
    try:
        yield
    except UsageError as exc:
        raise _fail(str(exc), 2) from None
    except YgraphError as exc:
        raise _fail(str(exc), exc.exit_code) from None
    except KeyboardInterrupt:
        raise _fail("interrupted; previous outputs are left as they were", 130) from None
    except Terminated:
        raise _fail("terminated; previous outputs are left as they were", 143) from None


def _not_empty(value: str | None, option: str) -> str | None:
    if value is not None and not value.strip():
        raise _fail(f"{option} is empty", 2)
    return value


def _jobs(value: str) -> str:
    if value.strip() != "auto" and not (value.strip().isdigit() and int(value) >= 1):
        raise typer.BadParameter(f"{value!r}: give a number of processes, 1 or more, or auto")
    return value.strip()


_Jobs = Annotated[
    str,
    typer.Option(
        "--jobs", "-j", callback=_jobs, help="Worker processes, or auto: in-process for a small corpus."
    ),
]
_FollowOutsideLinks = Annotated[
    bool,
    typer.Option(
        "--follow-outside-links",
        help="Read symbolic links whose target is outside the paths given (skipped with W008 by default).",
    ),
]


@app.command()
def build(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Files or folders of .txt/.md news texts (recursive). Default: seeds/"),
    ] = None,
    out: Annotated[str, typer.Option("--out", "-o", help="Folder for the outputs.")] = "output",
    pub_date: Annotated[
        str | None,
        typer.Option("--pub-date", help="Publication date for every input (YYYY, YYYY-MM or YYYY-MM-DD)."),
    ] = None,
    lexicons: Annotated[
        list[Path] | None,
        typer.Option("--lexicons", help="Folder with extra lexicon files (same names as the packaged ones)."),
    ] = None,
    jobs: _Jobs = "auto",
    engine: Annotated[str | None, typer.Option("--engine", help="local (default) or dask.")] = None,
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Dask scheduler address (implies --engine dask).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    max_file_mb: Annotated[float, typer.Option("--max-file-mb", min=0, help=_MAX_FILE_HELP)] = MAX_FILE_MB,
    follow_outside_links: _FollowOutsideLinks = False,
    cache: Annotated[
        str | None, typer.Option("--cache", help="Folder of the per-document cache. Default: OUT/.cache")
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Extract every document again; read and write no cache.")
    ] = False,
) -> None:
    """Build graph.graphml, graph.gexf, graph.html, timeline.html, tables and ygraph.db from news texts.

    Example: ygraph build my-folder --out output/ --pub-date 2023-12-01
    """
    from .console import run_build

    config = _build_config(
        paths, out, pub_date, lexicons, jobs, engine, scheduler, max_file_mb, follow_outside_links,
        cache, no_cache,
    )
    with _errors(), _terminable():
        run_build(config, quiet=quiet)


def _build_config(
    paths: list[str] | None,
    out: str,
    pub_date: str | None,
    lexicons: list[Path] | None,
    jobs: str,
    engine: str | None,
    scheduler: str | None,
    max_file_mb: float,
    follow_outside_links: bool,
    cache: str | None,
    no_cache: bool,
) -> BuildConfig:
    """The options of ``ygraph build`` as a ``BuildConfig``, an empty option or input path a usage error."""
    for value, option in ((out, "--out"), (pub_date, "--pub-date"), (scheduler, "--scheduler"), (cache, "--cache")):
        _not_empty(value, option)
    if any(not p.strip() for p in paths or []):
        raise _fail("an input path is empty", 2)
    return BuildConfig(
        paths=tuple(Path(p) for p in paths or ["seeds"]),
        out=Path(out),
        pub_date=pub_date,
        lexicon_dirs=tuple(lexicons or ()),
        jobs=int(jobs) if jobs.isdigit() else jobs,
        engine=engine or ("dask" if scheduler else "local"),
        scheduler=scheduler,
        max_file_mb=max_file_mb,
        follow_outside_links=follow_outside_links,
        cache=None if no_cache else Path(cache or Path(out) / ".cache"),
    )


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="Gold annotation (JSON, see docs/gold-format.md).")],
    graph: Annotated[
        Path, typer.Option("--graph", "-g", help="graph.graphml of a build (report.json beside it).")
    ] = Path("output/graph.graphml"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    limit: Annotated[
        int, typer.Option("--limit", min=0, help="Misses shown per list (0 = all; --json shows all).")
    ] = 10,
) -> None:
    """Compare a built graph with a gold annotation: precision, recall, F1 and the misses per metric.

    Example: ygraph eval tests/data/gold/seeds.json --graph output/graph.graphml
    """
    import json

    from rich.console import Console

    from .eval.evaluate import evaluate, print_evaluation

    try:
        result = evaluate(gold, graph)
    except YgraphError as exc:
        raise _fail(str(exc), 2) from None
    if as_json:
        typer.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        print_evaluation(result, Console(), limit)


DbOption = Annotated[Path, typer.Option("--db", help=DB_HELP)]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the answer as JSON.")]
CsvOption = Annotated[bool, typer.Option("--csv", help="Print the rows as CSV.")]


def _ask(db: Path, as_json: bool, as_csv: bool, question: Callable[[Any], Any]) -> None:
    """Open the store, ask, print; exit 0 with rows, 1 without."""
    from .query import open_store
    from .query.show import show

    if as_json and as_csv:
        raise _fail("--json and --csv exclude each other", 2)
    with _errors():
        store = open_store(db)
        try:
            answer = question(store)
        finally:
            store.close()
    show(answer, "json" if as_json else "csv" if as_csv else "table")
    raise typer.Exit(0 if answer.found else 1)


def _date(value: str | None, option: str) -> str | None:
    from .config import iso_date

    if value is None:
        return None
    with _errors():
        return iso_date(value, option)


@app.command()
def who(
    position: Annotated[
        str, typer.Argument(help="A position, e.g. 临江市委书记 (aliases and Traditional too).")
    ],
    on: Annotated[str | None, typer.Option("--on", help="A date: YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    db: DbOption = Path("output/ygraph.db"),
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Who was seen holding a position (on a date), with the observations that say so.

    Example: ygraph who 临江市委书记 --on 2021-12
    """
    from .query import who as ask

    _not_empty(position, "the position")
    day = _date(on, "--on")
    _ask(db, as_json, as_csv, lambda store: ask(store, position, day))


@app.command()
def person(
    name: Annotated[str, typer.Argument(help="A person's name (or another spelling of it).")],
    db: DbOption = Path("output/ygraph.db"),
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """A person's positions over time and the events they presided, spoke at or attended, by date.

    Example: ygraph person 林晓峰
    """
    from .query import person as ask

    _not_empty(name, "the name")
    _ask(db, as_json, as_csv, lambda store: ask(store, name))


@app.command()
def events(
    date_from: Annotated[str | None, typer.Option("--from", help="From this date (YYYY[-MM[-DD]]).")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Up to this date (YYYY[-MM[-DD]]).")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="An event type, e.g. meeting.")] = None,
    person: Annotated[str | None, typer.Option("--person", help="A participant.")] = None,
    place: Annotated[str | None, typer.Option("--place", help="Where it took place.")] = None,
    text: Annotated[str | None, typer.Option("--text", help="Words in the title or the reports.")] = None,
    db: DbOption = Path("output/ygraph.db"),
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Events in date order, filtered by date, type, participant, place or words.

    Example: ygraph events --from 2023-06 --type meeting --text 合作
    """
    from .query import EventFilters
    from .query import events as ask
    from .query.dates import first_day, last_day

    for value, option in ((event_type, "--type"), (person, "--person"), (place, "--place"), (text, "--text")):
        _not_empty(value, option)
    filters = EventFilters(
        _date(date_from, "--from"), _date(date_to, "--to"), event_type, person, place, text
    )
    if filters.date_from and filters.date_to and first_day(filters.date_from) > last_day(filters.date_to):
        raise _fail(f"--from {date_from} is after --to {date_to}", 2)
    _ask(db, as_json, as_csv, lambda store: ask(store, filters))


if __name__ == "__main__":  # pragma: no cover
    app(prog_name="ygraph", args=sys.argv[1:])

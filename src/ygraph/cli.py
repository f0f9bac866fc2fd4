"""The command line: parses options and calls the library. No logic lives here."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .errors import UsageError, YgraphError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Turn Chinese policy news into a dated knowledge graph and a timeline.",
)


@app.callback()
def main() -> None:
    """Turn Chinese policy news into a dated knowledge graph and a timeline.

    Example: ygraph build seeds/ --out output/
    """


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"ygraph: error: {message}", err=True)
    return typer.Exit(code)


@app.command()
def build(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Files or folders of .txt/.md news texts (recursive). Default: seeds/"),
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the outputs.")] = Path("output"),
    pub_date: Annotated[
        str | None,
        typer.Option("--pub-date", help="Publication date for every input (YYYY, YYYY-MM or YYYY-MM-DD)."),
    ] = None,
    lexicons: Annotated[
        list[Path] | None,
        typer.Option("--lexicons", help="Folder with extra lexicon files (same names as the packaged ones)."),
    ] = None,
    jobs: Annotated[
        str, typer.Option("--jobs", "-j", help="Worker processes, or auto: in-process for a small corpus.")
    ] = "auto",
    engine: Annotated[str, typer.Option("--engine", help="local or dask.")] = "local",
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Dask scheduler address (with --engine dask).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    cache: Annotated[
        Path | None, typer.Option("--cache", help="Folder of the per-document cache. Default: OUT/.cache")
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Extract every document again; read and write no cache.")
    ] = False,
) -> None:
    """Build graph.graphml, graph.gexf, graph.html, timeline.html and tables from news texts.

    Example: ygraph build seeds/ --out output/ --pub-date 2023-12-01
    """
    from .config import BuildConfig
    from .console import run_build

    config = BuildConfig(
        paths=tuple(paths or [Path("seeds")]),
        out=out,
        pub_date=pub_date,
        lexicon_dirs=tuple(lexicons or ()),
        jobs=int(jobs) if jobs.strip().isdigit() else jobs.strip(),
        engine=engine,
        scheduler=scheduler,
        cache=None if no_cache else (cache or out / ".cache"),
    )
    try:
        run_build(config, quiet=quiet)
    except UsageError as exc:
        raise _fail(str(exc), 2) from None
    except YgraphError as exc:
        raise _fail(str(exc), exc.exit_code) from None
    except KeyboardInterrupt:
        raise _fail("interrupted; previous outputs are left as they were", 130) from None


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


if __name__ == "__main__":  # pragma: no cover
    app(prog_name="ygraph", args=sys.argv[1:])

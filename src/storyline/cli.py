"""Command line: thin wrappers that call the same-named library functions and show progress."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from storyline.errors import StorylineError
from storyline.ingest import DEFAULT_MAX_BYTES
from storyline.records import RunReport

#: what `storyline --help` tells a user (the module docstring above is for developers)
APP_HELP = ("Turn news articles into a dated timeline of events, with the quotes, actors and deals behind them. "
            "Start with: storyline run ARTICLES_FOLDER --out out/ (then open out/report.html or out/timeline.md).")
app = typer.Typer(add_completion=False, no_args_is_help=True, help=APP_HELP)
eval_app = typer.Typer(no_args_is_help=True, help="Measure extractors against public gold.")
app.add_typer(eval_app, name="eval")
export_app = typer.Typer(no_args_is_help=True, help="Write stored records in other formats.")
app.add_typer(export_app, name="export")

_VERBOSE = "Also print storyline's debug messages."

err = Console(stderr=True)
out = Console()


def _setup_logging(verbose: bool) -> None:
    """Warnings from everything; with --verbose, storyline's own debug messages too.

    Libraries stay at WARNING even then: their debug output (trafilatura's XPath trials, say)
    names no article and buries what storyline says about the run.
    """
    logging.basicConfig(
        level=logging.WARNING,
        format="%(message)s",
        handlers=[RichHandler(console=err, show_path=False, show_time=False)],
        force=True,
    )
    logging.getLogger("storyline").setLevel(logging.DEBUG if verbose else logging.NOTSET)


@contextmanager
def _user_errors() -> Iterator[None]:
    """A storyline error (bad input, a locked store …) ends the command with its message and exit code 2."""
    try:
        yield
    except StorylineError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


@contextmanager
def _interruptible(what: str) -> Iterator[None]:
    """Ctrl-C: say what survives and how to go on (exit code 130, as a shell reports SIGINT)."""
    try:
        yield
    except KeyboardInterrupt:
        err.print(f"[yellow]interrupted:[/yellow] {what}")
        raise typer.Exit(130) from None


@contextmanager
def _progress_bar() -> Iterator[Callable[[str, int, int | None], None]]:
    """A rich progress display on stderr, one bar per stage, fed by the library's progress callback."""
    from rich.progress import TaskProgressColumn, TimeRemainingColumn

    with Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
        TaskProgressColumn(), TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"),
        TimeRemainingColumn(), console=err, transient=False,
    ) as bar:
        tasks: dict[str, TaskID] = {}

        def progress(stage: str, done: int, total: int | None) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total, rate="")
            task = bar.tasks[tasks[stage]]
            speed = task.speed
            rate = f"{speed:,.1f} docs/s" if speed and stage == "documents" else ""
            bar.update(tasks[stage], completed=done, total=total, rate=rate)

        yield progress


#: the summary's words for the store's tables, in reading order ("actors" rows are mentions of actors)
_COUNT_LABELS = {
    "documents": "documents", "near_duplicates": "near-duplicates", "entities": "actors",
    "actors": "actor mentions", "timexes": "time expressions", "quotes": "quotes", "events": "events",
    "event_mentions": "event mentions", "corroborations": "corroborations", "contradictions": "contradictions",
    "deals": "deals",
}


def _n(count: int, noun: str) -> str:
    """"1 deal", "2 deals": the labels are plurals; one of a thing reads in the singular."""
    return f"{count} {noun[:-1] if count == 1 and noun.endswith('s') else noun}"


def _store_counts(report: RunReport) -> str:
    counts = dict(report.counts)
    known = [_n(counts[k], label) for k, label in _COUNT_LABELS.items() if k in counts]
    return ", ".join(known + [_n(v, k) for k, v in counts.items() if k not in _COUNT_LABELS])


def _summary(report: RunReport) -> str:
    """The line `run` ends with: what it read and what the store now holds."""
    return (f"{_n(report.documents_read, 'documents')} read, {report.documents_new} new, "
            f"{report.documents_skipped} already stored, {len(report.errors)} skipped with errors; "
            f"the store now holds {_store_counts(report)}")


def _formats_written(report: RunReport) -> str:
    """The record formats the run really wrote (`--format jsonl,,CSV` is read as jsonl, csv)."""
    return ", ".join(dict(report.extra).get("formats", "jsonl").split(","))


@app.command()
def run(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders of articles.")],
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the output files.")] = Path("out"),
    db: Annotated[Path, typer.Option("--db", help="DuckDB store file.")] = Path("storyline.duckdb"),
    max_bytes: Annotated[int, typer.Option(help="Skip input files larger than this.")] = DEFAULT_MAX_BYTES,
    batch_size: Annotated[int, typer.Option(help="spaCy batch size (documents per worker batch).")] = 16,
    workers: Annotated[int, typer.Option("--workers", "-w", help="Annotating processes (1: in this process).")] = 1,
    engine: Annotated[str, typer.Option(help="local, or spark (needs the spark extra and Java).")] = "local",
    spark_master: Annotated[str, typer.Option(help="Spark master URL for --engine spark.")] = "local[2]",
    formats: Annotated[str, typer.Option("--format", help="Record files: any of jsonl,parquet,csv.")] = "jsonl",
    dedup: Annotated[bool, typer.Option("--dedup/--no-dedup", help="Link near-duplicate articles.")] = True,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help=_VERBOSE)] = False,
) -> None:
    """Read articles, extract timeline/quotes/actors/events, store them and write every output file."""
    from storyline.runner import run as run_

    _setup_logging(verbose)
    if not any(p.exists() for p in inputs):
        # every path mistyped: say so before a store and an output folder are created for nothing
        for p in inputs:
            err.print(f"[yellow]skipped[/yellow] {p}: io: no such file or directory")
        err.print("[red]error:[/red] no article could be read from the input(s) given")
        raise typer.Exit(1)
    resume = (f"the documents already written to {db} are kept, but fusion and the files in {out_dir}/ "
              "were not refreshed; run the same command again to resume (stored documents are skipped)")
    with _interruptible(resume), _progress_bar() as progress, _user_errors():
        report = run_(
            inputs, out_dir, db=db, max_bytes=max_bytes, batch_size=batch_size, progress=progress,
            workers=workers, engine=engine, spark_master=spark_master, formats=formats.split(","),
            dedup=dedup,
        )
    for e in report.errors:
        err.print(f"[yellow]skipped[/yellow] {e.path}{f' [{e.item}]' if e.item else ''}: {e.kind}: {e.message}")
    for w in report.warnings:
        err.print(f"[yellow]warning:[/yellow] {w}")
    if report.documents_read == 0:
        # a typo'd or wrong folder: say so and fail, rather than report an empty success
        err.print("[red]error:[/red] no article could be read from the input(s) given"
                  if report.errors else "[red]error:[/red] no article files in the input(s) given")
        raise typer.Exit(1)
    out.print(_summary(report))
    where = "" if engine == "spark" else f"; store {db}"
    out.print(f"wrote {out_dir}/ (timeline.md, report.html, run.json, {_formats_written(report)} record files){where}")


@app.command()
def reannotate(
    db: Annotated[Path, typer.Option("--db", help="DuckDB store file to bring up to date.")] = Path("storyline.duckdb"),
    out_dir: Annotated[Path | None, typer.Option("--out", help="Also write every output file here.")] = None,
    batch_size: Annotated[int, typer.Option(help="spaCy batch size.")] = 16,
    force: Annotated[bool, typer.Option("--force", help="Re-annotate even when the store is up to date.")] = False,
    formats: Annotated[str, typer.Option("--format", help="Record files: any of jsonl,parquet,csv.")] = "jsonl",
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help=_VERBOSE)] = False,
) -> None:
    """Annotate the stored documents again with this version (after an upgrade) and re-fuse."""
    from storyline.runner import reannotate as reannotate_

    _setup_logging(verbose)
    resume = (f"documents re-annotated so far in {db} keep their new records, the others their old ones; "
              "run the same command again to finish")
    with _interruptible(resume), _progress_bar() as progress, _user_errors():
        report = reannotate_(db, out_dir, batch_size=batch_size, progress=progress, force=force,
                             formats=formats.split(","))
    for e in report.errors:
        err.print(f"[yellow]kept old records[/yellow] {e.path or e.item}: {e.kind}: {e.message}")
    for w in report.warnings:
        err.print(f"[yellow]warning:[/yellow] {w}")
    extra = dict(report.extra)
    if report.documents_read == 0 and report.documents_skipped:
        out.print(f"{db}: all {report.documents_skipped} documents were annotated by {extra['annotator']}; "
                  "nothing to do (--force re-annotates anyway)")
    else:
        out.print(f"{extra['reannotated']} documents re-annotated by {extra['annotator']}, "
                  f"{len(report.errors)} kept their old records; "
                  f"the store now holds {_store_counts(report)}")
    if out_dir is not None:
        out.print(f"wrote {out_dir}/ (timeline.md, report.html, run.json, {_formats_written(report)} record files)")


@eval_app.command("seeds")
def eval_seeds(
    gold: Annotated[Path, typer.Option(help="Gold YAML.")] = Path("../shared/gold/seeds.yaml"),
    seeds: Annotated[Path | None, typer.Option(help="Folder of the seed articles (default: beside the gold).")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every miss.")] = False,
) -> None:
    """Run the pipeline on the seed articles and print recall/precision per part against the gold."""
    from storyline.eval.seeds import eval_seeds as eval_seeds_
    from storyline.eval.seeds import format_report

    _setup_logging(False)
    with _user_errors():
        result = eval_seeds_(gold, seeds)
    out.print(format_report(result, verbose=verbose), markup=False, highlight=False, soft_wrap=True)


def _run_eval(module: str, path: Path, verbose: bool, limit: int | None) -> None:
    """Shared body of the `eval` commands: each benchmark module exposes `evaluate(path, limit=)`."""
    import importlib

    _setup_logging(False)
    mod = importlib.import_module(f"storyline.eval.{module}")
    with _user_errors(), err.status(f"evaluating on {path} ..."):
        report = mod.evaluate(path, limit=limit)
    out.print(report.format(verbose=verbose), markup=False, highlight=False, soft_wrap=True)


_LIMIT = typer.Option(help="Only the first N documents (quick look).")


@eval_app.command("timeml")
def eval_timeml(
    directory: Annotated[Path, typer.Argument(help="Folder of TimeML .tml files (searched recursively).")],
    limit: Annotated[int | None, _LIMIT] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List errors by class.")] = False,
) -> None:
    """TempEval-3 Task A: timex extent (strict/relaxed P/R/F1) and type/value attribute F1."""
    _run_eval("timeml", directory, verbose, limit)


@eval_app.command("meantime")
def eval_meantime(
    directory: Annotated[Path, typer.Argument(help="MEANTIME folder (or one corpus_* folder) of CAT XML files.")],
    limit: Annotated[int | None, _LIMIT] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List errors by class.")] = False,
) -> None:
    """The TempEval-3 timex metrics on MEANTIME (Wikinews): news the tagger was not tuned on."""
    _run_eval("meantime", directory, verbose, limit)


@eval_app.command("actors")
def eval_actors(
    directory: Annotated[Path, typer.Argument(help="MEANTIME folder (or one corpus_* folder) of CAT XML files.")],
    limit: Annotated[int | None, _LIMIT] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List errors by class.")] = False,
) -> None:
    """Named actor mentions (P/R/F1, type accuracy) and their cross-document ids (B3, MUC) on MEANTIME."""
    _run_eval("actors", directory, verbose, limit)


@eval_app.command("polnear")
def eval_polnear(
    directory: Annotated[Path, typer.Argument(help="PolNeAR split folder with .txt/.ann pairs.")],
    limit: Annotated[int | None, _LIMIT] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show the errors in detail.")] = False,
) -> None:
    """Attribution extraction: content, source and cue F1, direct and indirect separately."""
    _run_eval("polnear", directory, verbose, limit)


@eval_app.command("ecb")
def eval_ecb(
    directory: Annotated[Path, typer.Argument(help="ECB+ split folder (topic subfolders of .xml).")],
    limit: Annotated[int | None, _LIMIT] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show the errors in detail.")] = False,
) -> None:
    """Cross-document event coreference with predicted mentions: MUC, B³, CEAF-e and CoNLL F1."""
    _run_eval("ecb", directory, verbose, limit)


@eval_app.command("plover")
def eval_plover(
    path: Annotated[Path, typer.Argument(help="PLOVER gold folder or .jsonl file.")],
    limit: Annotated[int | None, _LIMIT] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show the errors in detail.")] = False,
) -> None:
    """PLOVER event-type accuracy on single gold sentences."""
    _run_eval("plover", path, verbose, limit)


@export_app.command("timeml")
def export_timeml(
    db: Annotated[Path, typer.Option("--db", help="DuckDB store file.")] = Path("storyline.duckdb"),
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the .tml files.")] = Path("out/timeml"),
) -> None:
    """Write one TimeML (.tml) file per stored document, with its DCT and TIMEX3 tags."""
    from storyline.export.timeml import export_timeml as export_timeml_

    _setup_logging(False)
    with _user_errors():
        n = export_timeml_(db, out_dir)
    out.print(f"wrote {n} TimeML files to {out_dir}/")


@app.command()
def serve(
    db: Annotated[Path, typer.Option("--db", help="DuckDB store file.")] = Path("storyline.duckdb"),
    host: Annotated[str, typer.Option(help="Interface to bind (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
) -> None:
    """Serve the HTTP API and the web app over a store."""
    from storyline.api import serve as serve_

    _setup_logging(False)
    with _user_errors():
        serve_(db, host=host, port=port)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()

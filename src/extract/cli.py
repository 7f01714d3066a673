"""Command line: ``extract run`` and ``extract diff``. Commands parse, call, render."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from . import __version__
from .errors import ExtractError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Facts from French news articles: entities, claims and dates, scored against gold.",
)
err = Console(stderr=True)


def _fail(error: ExtractError) -> typer.Exit:
    err.print(f"[bold red]error:[/] {error}", highlight=False, soft_wrap=True)
    return typer.Exit(error.exit_code)


def _version(value: bool) -> None:
    if value:
        print(f"extract {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Facts from French news articles."""


@app.command("run")
def run_cli(
    paths: Annotated[
        list[str],
        typer.Argument(help="Article files or folders (.txt, .md, .html, .jsonl), read recursively; - for stdin."),
    ],
    out: Annotated[
        str, typer.Option("--out", "-o", help="Output folder for facts.jsonl and docs.jsonl; - streams facts to stdout.")
    ] = "data/out",
    dct: Annotated[
        str | None,
        typer.Option(help="Document creation time for every input (YYYY, YYYY-MM or YYYY-MM-DD); overrides the text."),
    ] = None,
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=0, help="Worker processes; 0 uses all cores. Output does not depend on it.")
    ] = 1,
    keep_boilerplate: Annotated[
        bool, typer.Option("--keep-boilerplate", help="Take facts from the whole text, menus and teasers included.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress and no summary; errors only.")] = False,
) -> None:
    """Extract facts from articles into OUT/facts.jsonl and OUT/docs.jsonl."""
    from .progress import Progress
    from .run import run

    out_dir = None if out == "-" else Path(out)
    progress = Progress(err, quiet=quiet)
    try:
        with progress:
            summary = run(
                paths, out_dir, dct=dct, workers=workers, keep_boilerplate=keep_boilerplate, on_result=progress.update
            )
    except ExtractError as error:
        raise _fail(error) from None
    except KeyboardInterrupt:
        err.print("interrupted: the previous outputs are untouched; what was written is in *.partial.jsonl")
        raise typer.Exit(130) from None
    if not quiet:
        progress.summary(summary)
    if summary.failed:
        raise typer.Exit(1)


@app.command("diff")
def diff_cli() -> None:
    """Score facts against a gold file (not written yet)."""
    err.print("extract diff is not available yet")
    raise typer.Exit(2)


if __name__ == "__main__":  # pragma: no cover
    app()

"""Command line: ``extract run`` and ``extract diff``. Commands parse, call, render."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

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
        typer.Argument(
            help="Article files or folders (.txt, .md, .html, .jsonl), read recursively; - for stdin."
        ),
    ],
    out: Annotated[
        str,
        typer.Option(
            "--out", "-o", help="Output folder for facts.jsonl and docs.jsonl; - streams facts to stdout."
        ),
    ] = "data/out",
    dct: Annotated[
        str | None,
        typer.Option(
            help="Document creation time for every input (YYYY, YYYY-MM or YYYY-MM-DD); overrides the text."
        ),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            "--workers", "-w", min=0, help="Worker processes; 0 uses all cores. Output does not depend on it."
        ),
    ] = 1,
    keep_boilerplate: Annotated[
        bool,
        typer.Option(
            "--keep-boilerplate", help="Take facts from the whole text, menus and teasers included."
        ),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress and no summary; errors only.")
    ] = False,
) -> None:
    """Extract facts from articles into OUT/facts.jsonl and OUT/docs.jsonl."""
    from .progress import Progress
    from .run import run

    out_dir = None if out == "-" else Path(out)
    progress = Progress(err, quiet=quiet)
    try:
        with progress:
            summary = run(
                paths,
                out_dir,
                dct=dct,
                workers=workers,
                keep_boilerplate=keep_boilerplate,
                on_result=progress.update,
            )
    except ExtractError as error:
        raise _fail(error) from None
    except KeyboardInterrupt:
        if out_dir is not None:
            err.print(
                f"interrupted: the previous outputs in {out_dir} are untouched; what was written is in *.partial.jsonl",
                highlight=False,
            )
        raise typer.Exit(130) from None
    if not quiet:
        progress.summary(summary)
    if summary.failed:
        raise typer.Exit(1)


@app.command("diff")
def diff_cli(
    gold: Annotated[
        Path,
        typer.Argument(
            exists=True, dir_okay=False, help="Gold facts (JSONL, FACTS.md §2), e.g. data/gold/gold.jsonl."
        ),
    ],
    pred: Annotated[
        Path,
        typer.Option(
            "--pred",
            "-p",
            exists=True,
            dir_okay=False,
            help="Predicted facts: the facts.jsonl of `extract run`.",
        ),
    ] = Path("data/out/facts.jsonl"),
    raw: Annotated[
        Path | None,
        typer.Option(
            exists=True,
            file_okay=False,
            help="Folder of the articles (or <out>/texts for HTML inputs): checks every span and shows context in --errors.",
        ),
    ] = None,
    per_doc: Annotated[
        bool, typer.Option("--per-doc", help="Also give the scores of each document.")
    ] = False,
    errors: Annotated[
        bool, typer.Option("--errors", help="List every miss, spurious fact and wrong attribute, by kind.")
    ] = False,
    json_out: Annotated[
        Path | None,
        typer.Option(
            "--json",
            dir_okay=False,
            help="Write the scores as JSON (flat `scores`, `labels`, `docs`); - for stdout.",
        ),
    ] = None,
    fail_under: Annotated[
        str | None,
        typer.Option(
            help="Exit 1 when a measure is below its threshold: claim.e2e.f1=0.8,date.relaxed.f1=0.9. "
            "A measure with nothing to score (n/a) does not fail. Wins over --thresholds for the same measure."
        ),
    ] = None,
    thresholds: Annotated[
        Path | None,
        typer.Option(
            exists=True,
            dir_okay=False,
            help="TOML file of thresholds (claim.e2e.f1 = 0.8), same rules as --fail-under.",
        ),
    ] = None,
) -> None:
    """Score predicted facts against a gold file with the rules of FACTS.md §3 (see docs/scoring.md).

    Exit codes: 0 scored (and every threshold met), 1 a threshold not met, 2 a bad file or option.
    """
    import json

    from .scoring import diff
    from .scoring.gate import check, load_thresholds, parse_fail_under
    from .scoring.report import gate_table, render, render_notes

    try:
        limits = load_thresholds(thresholds) if thresholds is not None else {}
        limits.update(parse_fail_under(fail_under) if fail_under else {})
        result = diff(gold, pred, raw)
    except ExtractError as error:
        raise _fail(error) from None
    out = Console(stderr=json_out == Path("-"))
    render(result, out, per_doc=per_doc, errors=errors)
    render_notes(result, err)
    if json_out is not None:
        data = json.dumps(result.to_json(), ensure_ascii=False, indent=1)
        if json_out == Path("-"):
            sys.stdout.write(data + "\n")
        else:
            json_out.write_text(data + "\n", encoding="utf-8")
    if limits:
        checks = check(result.scores(), limits)
        out.print(gate_table(checks))
        failed = [c for c in checks if c.status == "failed"]
        if failed:
            worst = ", ".join(f"{c.measure} {c.value:.3f} < {c.threshold:.3f}" for c in failed)
            err.print(
                f"[bold red]gate failed:[/] {len(failed)} measure(s) below threshold: {worst}",
                highlight=False,
            )
            raise typer.Exit(1)


if __name__ == "__main__":  # pragma: no cover
    app()

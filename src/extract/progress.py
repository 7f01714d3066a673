"""Progress on stderr: a Rich bar on a terminal, plain log lines otherwise, and the summary table."""

from __future__ import annotations

import time

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
from rich.progress import Progress as RichProgress
from rich.table import Table

from .records import KINDS

_LOG_EVERY_SECONDS = 10.0


class Progress:
    """Shows documents done and facts per second while ``extract run`` works."""

    def __init__(self, console: Console, quiet: bool = False) -> None:
        self.console = console
        self.quiet = quiet
        self.docs = 0
        self.facts = 0
        self.started = time.perf_counter()
        self.last_log = self.started
        self.bar: RichProgress | None = None
        self.task = None

    def __enter__(self) -> Progress:
        if not self.quiet and self.console.is_terminal:
            self.bar = RichProgress(
                TextColumn("[bold]extract[/]"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeElapsedColumn(),
                console=self.console,
                transient=True,
            )
            self.bar.__enter__()
            self.task = self.bar.add_task("docs", total=None, rate="")
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)

    def update(self, result, record) -> None:
        self.docs += 1
        self.facts += len(result.facts)
        if record.status == "failed":
            self.console.print(f"[red]failed:[/] {record.error}", highlight=False, soft_wrap=True)
        elif not self.quiet:
            for warning in record.warnings:
                self.console.print(f"[yellow]warning:[/] {warning}", highlight=False, soft_wrap=True)
        if self.quiet:
            return
        now = time.perf_counter()
        rate = self.facts / max(now - self.started, 1e-9)
        if self.bar is not None:
            self.bar.update(self.task, completed=self.docs, rate=f"{rate:,.0f} facts/s")
        elif now - self.last_log >= _LOG_EVERY_SECONDS:
            self.last_log = now
            self.console.print(f"extract: {self.docs} documents, {self.facts} facts, {rate:,.0f} facts/s")

    def summary(self, summary) -> None:
        table = Table(title="extract run", show_header=True, header_style="bold")
        table.add_column("what")
        table.add_column("count", justify="right")
        table.add_row("documents", str(summary.documents))
        table.add_row("failed", str(summary.failed))
        table.add_row("empty", str(summary.empty))
        for kind in KINDS:
            table.add_row(f"{kind} facts", str(summary.facts.get(kind, 0)))
        table.add_row("warnings", str(summary.warnings))
        table.add_row("seconds", f"{summary.seconds:.1f}")
        self.console.print(table)
        if summary.facts_path:
            self.console.print(
                f"facts: {summary.facts_path}   documents: {summary.docs_path}", highlight=False
            )

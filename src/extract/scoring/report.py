"""Rich rendering of a :class:`DiffResult` for people: scores, labels, documents, errors, gate.

Nothing here computes a score; numbers come from :mod:`extract.scoring.diff`,
``None`` is shown as ``n/a`` (nothing to score), never as 0.

>>> from rich.console import Console
>>> fmt(None), fmt(0.8123)
('n/a', '0.812')
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..records import ClaimFact, DateFact, EntityFact
from .diff import DiffResult
from .gate import Check
from .prf import Accuracy, PRFScore, Score
from .tally import MEASURES, Issue, Tally

SNIPPET_CONTEXT = 40
ISSUE_KINDS = ("entity", "relation", "claim", "date")
DOC_COLUMNS = ("entity.detect", "entity.typed", "relation.all", "claim.e2e", "date.e2e")


def fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _row(score: Score) -> list[str]:
    if isinstance(score, PRFScore):
        counts = f"tp {score.tp}  fp {score.fp}  fn {score.fn}"
        return [fmt(score.precision), fmt(score.recall), fmt(score.f1), "", counts]
    assert isinstance(score, Accuracy)
    return ["", "", "", fmt(score.value), f"{score.correct}/{score.total} matches"]


def _score_table(title: str) -> Table:
    table = Table(title=title, title_justify="left", header_style="bold")
    table.add_column("measure")
    for name in ("P", "R", "F1", "acc"):
        table.add_column(name, justify="right")
    table.add_column("counts")
    return table


def scores_table(tally: Tally) -> Table:
    table = _score_table("Scores")
    previous = None
    for name in MEASURES:
        kind = name.split(".")[0]
        if previous is not None and kind != previous:
            table.add_section()
        previous = kind
        table.add_row(name, *_row(tally.scores[name]))
    return table


def labels_table(tally: Tally) -> Table:
    table = _score_table("Per label (entity type, claim category, date type)")
    table.columns[0].header = "measure / label"
    for name in MEASURES:
        for label, score in sorted(tally.labels.get(name, {}).items()):
            table.add_row(f"{name} / {label}", *_row(score))
    return table


def docs_table(result: DiffResult) -> Table:
    table = Table(title="Per document (F1 or accuracy)", title_justify="left", header_style="bold")
    table.add_column("document", no_wrap=True)
    for name in DOC_COLUMNS + ("overall.e2e",):
        table.add_column(name.replace(".", "\n"), justify="right")
    for doc, tally in result.docs.items():
        cells = []
        for name in DOC_COLUMNS + ("overall.e2e",):
            score = tally.scores[name]
            cells.append(fmt(score.f1 if isinstance(score, PRFScore) else score.value))
        table.add_row(doc, *cells)
    return table


def _evidence_span(fact) -> tuple[int, int] | None:
    if fact.span is not None:
        return fact.span
    if isinstance(fact, EntityFact) and fact.mentions:
        return tuple(fact.mentions[0])
    return None


def snippet(text: str | None, span: tuple[int, int] | None) -> Text:
    """``…the words [around] the span…`` on one line, the span in bold."""
    if text is None or span is None:
        return Text("")
    start, end = span
    left = max(0, start - SNIPPET_CONTEXT)
    right = min(len(text), end + SNIPPET_CONTEXT)
    out = Text("…" if left else "")
    out.append(text[left:start].replace("\n", " "))
    out.append(text[start:end].replace("\n", " "), style="bold reverse")
    out.append(text[end:right].replace("\n", " "))
    out.append("…" if right < len(text) else "")
    return out


def _summary(fact) -> str:
    if isinstance(fact, ClaimFact):
        content = fact.object or ""
        content = content if len(content) <= 60 else content[:57] + "..."
        return f"{fact.category} {fact.mode}, {fact.subject}: {fact.predicate} « {content} »"
    if isinstance(fact, DateFact):
        return f"{fact.text} → {fact.object} ({fact.type})"
    if isinstance(fact, EntityFact):
        return f"{fact.subject} ({fact.object})"
    return f"{fact.subject} —{fact.predicate}→ {fact.object}"


def error_lines(result: DiffResult) -> Iterable[Text]:
    """Every miss, spurious fact and wrong attribute, by kind then document, three lines each.

    Lines, not a table: the context needs the width, and the lines can be grepped.
    """
    by_kind: dict[str, list[Issue]] = {kind: [] for kind in ISSUE_KINDS}
    for issue in result.total.issues:
        by_kind[issue.kind].append(issue)
    order = {"missed": 0, "spurious": 1, "wrong": 2}
    style = {"missed": "yellow", "spurious": "red", "wrong": "magenta"}
    for kind, issues in by_kind.items():
        if not issues:
            continue
        issues.sort(key=lambda i: (i.doc, _evidence_span(i.fact) or (-1, -1), order[i.status]))
        counts = {status: sum(i.status == status for i in issues) for status in order}
        summary = ", ".join(f"{n} {status}" for status, n in counts.items() if n)
        yield Text(f"Errors: {kind} ({summary})", style="bold")
        for issue in issues:
            span = _evidence_span(issue.fact)
            head = Text(f"  {issue.doc}  ")
            head.append(issue.status, style=style[issue.status])
            head.append(f"  {span[0]}-{span[1]}" if span else "")
            head.append(f"  {_summary(issue.fact)}  ({issue.where})")
            yield head
            if issue.detail:
                yield Text(f"      {issue.detail}", style="dim" if issue.status != "wrong" else "")
            if span is not None and issue.doc in result.texts:
                yield Text("      ") + snippet(result.texts[issue.doc], span)


def gate_table(checks: list[Check]) -> Table:
    table = Table(title="Quality gate", title_justify="left", header_style="bold")
    for column in ("measure", "threshold", "value", "status"):
        table.add_column(column, justify="left" if column in ("measure", "status") else "right")
    style = {"ok": "green", "failed": "bold red", "not scored": "dim"}
    for c in checks:
        status = c.status if c.status != "failed" else f"failed (-{c.gap:.3f})"
        table.add_row(c.measure, f"{c.threshold:.3f}", fmt(c.value), Text(status, style=style[c.status]))
    return table


def render(result: DiffResult, console: Console, *, per_doc: bool = False, errors: bool = False) -> None:
    """The whole report on ``console`` (stdout): scores, per label, per document, errors."""
    docs = len(result.docs)
    console.print(
        f"gold {result.gold_path}  ·  predictions {result.pred_path}  ·  {docs} document(s)", highlight=False
    )
    console.print(scores_table(result.total))
    if result.total.labels:
        console.print(labels_table(result.total))
    if per_doc:
        console.print(docs_table(result))
    if errors:
        for line in error_lines(result):
            console.print(line, soft_wrap=True, highlight=False)


def render_notes(result: DiffResult, console: Console) -> None:
    """What was ignored and why, and the warnings (on stderr)."""
    for side, counter in result.ignored.items():
        for reason, count in sorted(counter.items()):
            console.print(f"[yellow]ignored[/] in {side}: {count} line(s) with {reason}", highlight=False)
    for warning in result.warnings:
        console.print(f"[yellow]warning:[/] {warning}", highlight=False)

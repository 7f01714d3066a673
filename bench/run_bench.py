"""Speed and memory of `extract run`, printed side by side with ratios.

Builds a corpus by repeating the sample articles (``--docs``, default 200), then
measures: the bare spaCy model, each project component on its own, and the
whole run (reading, extraction, writing) with 1 and 2 workers, each in a fresh
process so that peak memory is its own.

    make bench                      # or: .venv/bin/python bench/run_bench.py --docs 500
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_corpus(n_docs: int, folder: Path) -> tuple[Path, int]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "raw").glob("*.txt"))]
    path = folder / "corpus.jsonl"
    chars = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n_docs):
            text = texts[i % len(texts)]
            chars += len(text)
            fh.write(json.dumps({"id": f"d{i:06d}", "text": text}, ensure_ascii=False) + "\n")
    return path, chars


def time_components(corpus: Path) -> list[tuple[str, float]]:
    """Seconds spent in the model and in each project component over the corpus."""
    from extract.layout import locate
    from extract.pipeline import COMPONENTS, build_pipeline, prepare
    from extract.reading import read_documents

    nlp = build_pipeline()
    documents = [locate(d) for d in read_documents([str(corpus)])]
    docs = [prepare(nlp, d) for d in documents]
    timings = []
    model_pipes = [name for name in nlp.pipe_names if name not in COMPONENTS]
    started = time.perf_counter()
    with nlp.select_pipes(enable=model_pipes):
        docs = list(nlp.pipe(docs, batch_size=32))
    timings.append(("model (fr_core_news_md)", time.perf_counter() - started))
    for name in COMPONENTS:
        component = nlp.get_pipe(name)
        started = time.perf_counter()
        docs = [component(doc) for doc in docs]
        timings.append((name, time.perf_counter() - started))
    from extract.facts import doc_facts

    started = time.perf_counter()
    for doc in docs:
        doc_facts(doc)
    timings.append(("facts from spans", time.perf_counter() - started))
    return timings


def time_run(corpus: Path, workers: int, out: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of a whole `extract run` in its own process."""
    code = (
        "import resource, sys, time; from pathlib import Path; from extract.run import run;"
        f"t = time.perf_counter(); run([{str(corpus)!r}], Path({str(out)!r}), workers={workers});"
        "w = time.perf_counter() - t;"
        "self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss;"
        "kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss;"
        "print(w, max(self, kids) / 1024)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    wall, rss = result.stdout.split()
    return float(wall), float(rss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200, help="documents in the corpus")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus, chars = make_corpus(args.docs, folder)
        print(f"corpus: {args.docs} documents, {chars:,} characters (the sample articles repeated)\n")
        timings = time_components(corpus)
        model = timings[0][1]
        print(f"{'stage':<28}{'seconds':>10}{'docs/s':>12}{'x model':>10}")
        for name, seconds in timings:
            print(f"{name:<28}{seconds:>10.2f}{args.docs / seconds:>12.1f}{seconds / model:>10.2f}")
        print()
        print(
            f"{'whole run':<28}{'seconds':>10}{'docs/s':>10}{'chars/s':>12}{'peak MiB':>10}{'speed-up':>10}"
        )
        base = None
        for workers in (1, 2):
            wall, rss = time_run(corpus, workers, folder / f"out{workers}")
            base = base or wall
            print(
                f"{f'--workers {workers}':<28}{wall:>10.2f}{args.docs / wall:>10.1f}{chars / wall:>12,.0f}"
                f"{rss:>10.0f}{base / wall:>10.2f}"
            )
        same = (folder / "out1" / "facts.jsonl").read_bytes() == (
            folder / "out2" / "facts.jsonl"
        ).read_bytes()
        print(f"\nfacts identical with 1 and 2 workers: {same}")


if __name__ == "__main__":
    main()

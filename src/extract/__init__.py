"""extract: facts from French news articles — entities, claims and dates as JSONL triples.

>>> from extract.pipeline import build_pipeline, extract_batch   # doctest: +SKIP
"""

__version__ = "0.1.0"

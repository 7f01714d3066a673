"""Registration of the ``extract_dates`` component.

Any French spaCy pipeline can use it; the DCT is read from ``doc._.dct``:

>>> nlp = spacy.load("fr_core_news_md")                 # doctest: +SKIP
>>> nlp.add_pipe("extract_dates")                        # doctest: +SKIP
>>> doc = nlp.make_doc("Lundi, IBM a annoncé ...")       # doctest: +SKIP
>>> doc._.dct = "2020-06-10"                             # doctest: +SKIP
>>> nlp(doc).spans["dates"][0]._.date_value              # doctest: +SKIP
'2020-06-08'
"""

from __future__ import annotations

from spacy.language import Language

from .component import DateTagger


@Language.factory(
    "extract_dates",
    assigns=["doc.spans"],
    default_config={"spans_key": "dates"},
)
def make_dates(nlp: Language, name: str, spans_key: str) -> DateTagger:
    return DateTagger(nlp, name, spans_key=spans_key)

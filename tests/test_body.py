"""Boilerplate: the article body of scraped text, and the article of an HTML page (FACTS.md §1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract.body import CorpusLines, find_body
from extract.cli import app
from extract.html import document_from_html
from extract.layout import locate
from extract.reading import read_documents
from extract.records import Document

DATA = Path(__file__).parent / "data"
runner = CliRunner()

ARTICLE = (
    "Le conseil municipal de Rennes a voté jeudi soir la gratuité des transports pour les moins de 18 ans. "
    "« C'est une mesure de justice sociale », a déclaré la maire, Nathalie Appéré, à l'issue de la séance. "
    "L'opposition a dénoncé un coût de 4 millions d'euros par an pour la métropole."
)

SCRAPED = (
    "Aller au contenu\nAccueil\nFaire un don\nSe connecter\n\n"
    "Contact presse\nservice.presse@exemple.org\n01 23 45 67 89\n\n"
    "Transports : Rennes rend le bus gratuit pour les mineurs\n\n"
    f"{ARTICLE}\n\n"
    "Contact presse\nservice.presse@exemple.org\n01 23 45 67 89\n\n"
    "Sur le même sujet\n\nLyon étend ses pistes cyclables\nPublié le : 03.04.24\n\n"
    "Marseille ouvre une ligne de tramway\nPublié le : 28.03.24\n"
)


def kept(text: str) -> str:
    return "\n".join(text[s:e] for s, e in find_body(text))


def test_scraped_page_keeps_title_and_article_only():
    body = kept(SCRAPED)
    assert body.startswith("Transports : Rennes rend le bus gratuit")
    assert ARTICLE in body
    for gone in (
        "Faire un don",
        "Contact presse",
        "service.presse",
        "Sur le même sujet",
        "Lyon",
        "Publié le",
    ):
        assert gone not in body


@pytest.mark.parametrize(
    "text",
    [
        ARTICLE,
        "PARIS, 3 mai 2024 (AFP) - "
        + ARTICLE
        + "\n\nContact : Jeanne Martin, 06 12 34 56 78\n\nSource : AFP",
        "Titre court\n\n" + ARTICLE + "\n\n" + ARTICLE.replace("Rennes", "Nantes"),
    ],
)
def test_plain_articles_are_kept_whole(text):
    assert find_body(text) == [(0, len(text))]


def test_short_article_in_long_boilerplate():
    menu = "\n".join(["Accueil", "Actualités", "Faire un don", "Newsletter", "Partager", "S'abonner"] * 3)
    teasers = "\n".join(f"Titre d'un autre article numéro {i}\nPublié le : 0{i}.05.24" for i in range(1, 9))
    article = "Le préfet du Gard a interdit la manifestation prévue samedi à Nîmes, a indiqué la préfecture, qui évoque des risques de troubles graves."
    text = f"{menu}\n\n{article}\n\nÀ lire aussi\n{teasers}"
    assert kept(text) == article


def test_offsets_stay_offsets_into_the_whole_text():
    for start, end in find_body(SCRAPED):
        assert SCRAPED[start:end].strip() == SCRAPED[start:end]
    assert SCRAPED.index(ARTICLE) >= find_body(SCRAPED)[0][0]


def test_html_page_gives_its_article_date_and_url(tmp_path):
    [doc] = list(read_documents([str(DATA / "page_sncf.html")]))
    assert doc.format == "html"
    assert doc.dct.value == "2023-03-14" and doc.dct.source == "html"
    assert doc.url == "https://www.exemple-journal.fr/societe/greve-sncf"
    assert "Laurent Brun" in doc.text
    for gone in ("Accueil", "cookies", "À lire aussi", "Airbus", "Mentions légales"):
        assert gone not in doc.text


def test_html_in_jsonl(tmp_path):
    html = (DATA / "page_sncf.html").read_text(encoding="utf-8")
    (tmp_path / "pages.jsonl").write_text(json.dumps({"id": "p1", "html": html}) + "\n", encoding="utf-8")
    [doc] = list(read_documents([str(tmp_path / "pages.jsonl")]))
    assert doc.id == "p1" and doc.format == "html" and "Clément Beaune" in doc.text


def test_run_keeps_facts_from_the_body_only(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "rennes.txt").write_text(SCRAPED, encoding="utf-8")
    (tmp_path / "in" / "page.html").write_text(
        (DATA / "page_sncf.html").read_text(encoding="utf-8"), encoding="utf-8"
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(tmp_path / "in"), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.stderr
    docs = {
        d["id"]: d for d in map(json.loads, (out / "docs.jsonl").read_text(encoding="utf-8").splitlines())
    }
    [(start, end)] = docs["rennes"]["body"]
    facts = [json.loads(line) for line in (out / "facts.jsonl").read_text(encoding="utf-8").splitlines()]
    for fact in (f for f in facts if f["doc"] == "rennes"):
        for s, e in fact.get("mentions") or [[fact["start"], fact["end"]]]:
            assert start <= s and e <= end, fact
    names = {f["subject"] for f in facts if f["doc"] == "rennes" and f["predicate"] == "type"}
    assert "Lyon" not in names and "Marseille" not in names
    page = docs["page"]
    assert page["dct"]["value"] == "2023-03-14" and page["text_path"]
    text = Path(page["text_path"]).read_text(encoding="utf-8")
    for fact in (f for f in facts if f["doc"] == "page"):
        for s, e in fact.get("mentions") or []:
            assert text[s:e] in text and text[s:e].strip()
    assert not any(f["doc"] == "page" and f.get("subject") == "Airbus" for f in facts)


def test_keep_boilerplate_turns_the_detector_off(tmp_path):
    (tmp_path / "rennes.txt").write_text(SCRAPED, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(tmp_path), "-o", str(out), "--quiet", "--keep-boilerplate"])
    assert result.exit_code == 0, result.stderr
    [doc] = map(json.loads, (out / "docs.jsonl").read_text(encoding="utf-8").splitlines())
    assert doc["body"] == [[0, len(SCRAPED)]]


def test_lines_shared_by_many_documents_are_template(tmp_path):
    template_top = "Le Petit Journal du Sud\nRégion | Sports | Culture | Météo\n"
    template_end = "\nLe Petit Journal du Sud, tous les matins chez votre marchand\n"
    towns = ["Albi", "Rodez", "Castres", "Millau", "Cahors", "Figeac"]
    for town in towns:
        article = (
            f"Le maire de {town} a inauguré samedi la nouvelle médiathèque, a indiqué la mairie dans un communiqué. "
            "« C'est un lieu ouvert à tous », a déclaré l'élu devant une centaine d'habitants réunis pour l'occasion."
        )
        (tmp_path / f"{town}.txt").write_text(template_top + article + template_end, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(tmp_path), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.stderr
    for doc in map(json.loads, (out / "docs.jsonl").read_text(encoding="utf-8").splitlines()):
        text = (tmp_path / f"{doc['id']}.txt").read_text(encoding="utf-8")
        [(start, end)] = doc["body"]
        assert text[start:end].startswith("Le maire de") and text[start:end].endswith("pour l'occasion.")


def test_a_dateline_in_the_page_text_comes_before_the_page_date():
    page = (
        '<html><head><meta property="article:published_time" content="2023-03-20"></head><body><article>'
        "<p>Lundi 13 mars 2023</p>"
        f"<p>{ARTICLE}</p><p>{ARTICLE.replace('Rennes', 'Brest')}</p></article></body></html>"
    )
    doc = document_from_html(page, "p.html", "p")
    assert doc.dct.value == "2023-03-20" and doc.dct.source == "html"
    locate(doc)
    assert (doc.dct.value, doc.dct.source) == ("2023-03-13", "dateline")
    [(start, end)] = doc.metadata_spans
    assert doc.text[start:end] == "Lundi 13 mars 2023"


def test_a_page_the_parser_chokes_on_is_one_failed_document(tmp_path, monkeypatch):
    import trafilatura

    def choke(*args, **kwargs):
        raise ValueError("lxml could not parse it")

    monkeypatch.setattr(trafilatura, "bare_extraction", choke)
    (tmp_path / "a.html").write_text("<html><body><p>Texte</p></body></html>", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Le maire a parlé.", encoding="utf-8")
    failure, doc = read_documents([str(tmp_path)])
    assert failure.error.startswith(f"{tmp_path / 'a.html'}: the page could not be parsed (ValueError")
    assert doc.id == "b"


def test_corpus_counts_stay_small_over_a_big_archive(monkeypatch):
    monkeypatch.setattr(CorpusLines, "PRUNE_EVERY", 100)
    corpus = CorpusLines.from_texts(
        f"Le Petit Journal du Sud\nTitre unique numéro {i}\n{ARTICLE}"
        if i % 10 == 0
        else f"Titre {i}\n{ARTICLE}"
        for i in range(1000)
    )
    assert corpus.is_template("le petit journal du sud")
    assert not corpus.is_template("titre 7")
    assert len(corpus.counts) < 200


def test_a_text_that_is_all_boilerplate_says_so():
    doc = Document(id="menu", path="menu.txt", text="Accueil\nMenu\nFaire un don\n")
    locate(doc)
    assert doc.body == [] and "--keep-boilerplate" in doc.warnings[0]
    assert locate(Document(id="v", path="v.txt", text="  \n")).warnings == []


def test_stdin_article_is_checked_against_the_template_of_the_files(tmp_path):
    template_top = "Le Petit Journal du Sud\nRégion | Sports | Culture | Météo\n"
    article = (
        "Le maire de {town} a inauguré samedi la nouvelle médiathèque, a indiqué la mairie dans un communiqué. "
        "« C'est un lieu ouvert à tous », a déclaré l'élu devant une centaine d'habitants réunis pour l'occasion."
    )
    for town in ["Albi", "Rodez", "Castres", "Millau", "Cahors"]:
        (tmp_path / f"{town}.txt").write_text(template_top + article.format(town=town), encoding="utf-8")
    out = tmp_path / "out"
    text = template_top + article.format(town="Sète")
    result = runner.invoke(app, ["run", "-", str(tmp_path), "-o", str(out), "--quiet"], input=text.encode())
    assert result.exit_code == 0, result.stderr
    stdin = json.loads((out / "docs.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert stdin["id"] == "stdin"
    [(start, end)] = stdin["body"]
    assert text[start:end].startswith("Le maire de Sète")

"""Entity rules on French sentences (none from the sample articles), on the real model.

Each case writes the expected answer inline: ``(name, type)`` pairs that must be
found, names that must not be entities, aliases, relations.
"""

from __future__ import annotations

import pytest

from extract.entities.facts import facts
from extract.records import EntityFact, RelationFact


@pytest.fixture(scope="session")
def ent_nlp():
    """The model plus the entity component only: the rules without the other components."""
    import spacy

    import extract.entities  # noqa: F401  (registers the factory)
    from extract.pipeline import MODEL

    nlp = spacy.load(MODEL)
    nlp.add_pipe("extract_entities")
    return nlp


def run(nlp, text: str):
    doc = nlp.make_doc(text)
    doc._.doc_id = "t"
    doc = nlp(doc)
    found = facts(doc)
    types = {f.subject: f for f in found if isinstance(f, EntityFact)}
    relations = {(f.predicate, f.subject, f.object) for f in found if isinstance(f, RelationFact)}
    return doc, types, relations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Datelines are places.
        ("LYON | Le maire a inauguré la nouvelle ligne de tramway mardi.", [("LYON", "LOC")]),
        ("MARSEILLE, 3 mai 2024 — Les habitants du quartier ont manifesté.", [("MARSEILLE", "LOC")]),
        # Organisations named by a head noun, one name with their place.
        ("Le ministère de la Santé a publié un avis sur la vaccination.", [("ministère de la Santé", "ORG")]),
        (
            "Une étude de l'université de Bordeaux contredit ces chiffres.",
            [("université de Bordeaux", "ORG")],
        ),
        ("Le prévenu a été jugé par le tribunal de Poitiers en juin.", [("tribunal de Poitiers", "ORG")]),
        (
            "La Commission européenne et le Parlement européen ont conclu un accord.",
            [("Commission européenne", "ORG"), ("Parlement européen", "ORG")],
        ),
        # Products and programmes from the noun that introduces them.
        ("La police a acheté le logiciel Pegasus en 2019.", [("Pegasus", "MISC")]),
        ("Le ministère finance le programme Erasmus depuis longtemps.", [("Erasmus", "MISC")]),
        ("La campagne #StopAcier a réuni des milliers de signatures.", [("#StopAcier", "MISC")]),
        # A description beats the model: an apposition says what a name is.
        ("Veolia, une entreprise française, a remporté le marché.", [("Veolia", "ORG")]),
        (
            "Les militants ont manifesté sur la place Bellecour à Lyon.",
            [("place Bellecour", "LOC"), ("Lyon", "LOC")],
        ),
        # Markdown around a name.
        ("La firme **Palantir** a signé un contrat avec la police.", [("Palantir", "ORG")]),
    ],
)
def test_types(ent_nlp, text, expected):
    _, types, _ = run(ent_nlp, text)
    for name, label in expected:
        assert name in types, f"{name!r} not found in {sorted(types)}"
        assert types[name].object == label


@pytest.mark.parametrize(
    ("text", "not_entities"),
    [
        ("Les Kurdes et les Tibétains ont manifesté à Genève.", ["Kurdes", "Tibétains"]),
        ("Des milliers d'Ukrainiens ont fui vers la Pologne.", ["Ukrainiens"]),
        ("Le CNRS [organisme public de recherche, NDLR] a publié une note.", ["NDLR"]),
        (
            "Écrivez à contact@exemple.org ou sur https://exemple.org pour en savoir plus.",
            ["contact@exemple.org"],
        ),
        ("La vidéosurveillance algorithmique (VSA) inquiète les juristes.", ["VSA"]),
        ("Les États membres se sont réunis à Bruxelles.", ["États"]),
    ],
)
def test_not_entities(ent_nlp, text, not_entities):
    _, types, _ = run(ent_nlp, text)
    names = {n for f in types.values() for n in (f.subject, *f.aliases)}
    for name in not_entities:
        assert name not in names


def test_leading_article_and_preposition_removed(ent_nlp):
    _, types, _ = run(ent_nlp, "Les exportations de la Chine ont baissé, selon les douanes.")
    assert "Chine" in types and types["Chine"].object == "LOC"


@pytest.mark.parametrize(
    ("text", "canonical", "aliases"),
    [
        (
            "L'Organisation mondiale de la santé (OMS) a lancé une alerte. Selon l'OMS, le risque est élevé.",
            "Organisation mondiale de la santé",
            ["OMS"],
        ),
        ("Jean Dupont a démissionné lundi. Dupont avait été élu en 2019.", "Jean Dupont", ["Dupont"]),
        (
            "Human Rights Watch a publié un rapport. Pour Human Rights, la situation empire.",
            "Human Rights Watch",
            ["Human Rights"],
        ),
    ],
)
def test_aliases(ent_nlp, text, canonical, aliases):
    doc, types, _ = run(ent_nlp, text)
    assert canonical in types, sorted(types)
    assert types[canonical].aliases == aliases
    # Every mention carries the entity's one type and canonical name.
    spans = [s for s in doc.spans["entities"] if s._.canonical == canonical]
    assert len({s.text for s in spans}) == 1 + len(aliases) and len({s.label_ for s in spans}) == 1


def test_shouted_headline_keeps_known_names_only(ent_nlp):
    text = "NOUS AVONS MANIFESTÉ DEVANT LE SIÈGE DE DANONE CE MATIN\nDanone a répondu par un communiqué."
    doc, types, _ = run(ent_nlp, text)
    assert list(types) == ["Danone"]
    assert len(types["Danone"].mentions) == 2


@pytest.mark.parametrize(
    ("text", "relations"),
    [
        (
            "« Nous refusons », a déclaré Julie Martin, porte-parole de Greenpeace.",
            {("role", "Julie Martin", "porte-parole"), ("member_of", "Julie Martin", "Greenpeace")},
        ),
        (
            "Paul Durand, chercheur chez Thales, estime que le risque est faible.",
            {("role", "Paul Durand", "chercheur"), ("member_of", "Paul Durand", "Thales")},
        ),
        (
            "Le président de Renault, Jean-Dominique Senard, a annoncé un plan.",
            {
                ("role", "Jean-Dominique Senard", "président"),
                ("member_of", "Jean-Dominique Senard", "Renault"),
            },
        ),
        (
            "Le texte a été défendu par l'ancienne ministre Roselyne Bachelot.",
            {("role", "Roselyne Bachelot", "ancienne ministre")},
        ),
        (
            "Le Premier ministre a reçu le président brésilien Lula da Silva.",
            {("role", "Lula da Silva", "président")},
        ),
        ("Spotify, une entreprise suédoise, a supprimé des emplois.", {("located_in", "Spotify", "Suède")}),
        ("La justice a visé la start-up française Mistral AI.", {("located_in", "Mistral AI", "France")}),
        (
            "Instagram, qui fait partie du groupe Meta, a changé ses règles.",
            {("member_of", "Instagram", "Meta")},
        ),
        ("Free, filiale du groupe Iliad, a augmenté ses prix.", {("member_of", "Free", "Iliad")}),
        ("Ubisoft, basée à Montreuil, supprime des postes.", {("located_in", "Ubisoft", "Montreuil")}),
    ],
)
def test_relations(ent_nlp, text, relations):
    _, _, found = run(ent_nlp, text)
    assert relations <= found, found


@pytest.mark.parametrize(
    "text",
    [
        "La mort de Marc Dubois, un Franco-Belge arrêté en 2020, a choqué.",
        "Jean Durand, habitant du quartier, a vu la scène.",
        "Son fils Pierre Martin a témoigné devant la cour.",
    ],
)
def test_no_role_from_a_demonym_a_participle_or_a_kinship(ent_nlp, text):
    _, _, found = run(ent_nlp, text)
    assert not {r for r in found if r[0] == "role"}


def test_spans_contract_for_later_components(ent_nlp):
    doc, types, _ = run(ent_nlp, "Sophie Leroy, avocate chez Dentons, a plaidé à Paris.")
    for span in doc.spans["entities"]:
        assert span.label_ in ("PER", "ORG", "LOC", "MISC")
        assert isinstance(span._.canonical, str) and span._.canonical in types
    relations = doc.spans["entity_relations"]
    assert {(s.label_, s._.rel_subject, s._.rel_object) for s in relations} >= {
        ("member_of", "Sophie Leroy", "Dentons")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An organisation followed by a country is its national section.
        ("Selon WWF France, les forêts reculent.", [("WWF France", "ORG")]),
        # A street named without the model's help.
        ("Le cortège est parti de la rue Oberkampf vers midi.", [("rue Oberkampf", "LOC")]),
        # Editorial rubric before a dash is no dateline.
        ("FLASH INFO – Les pompiers sont intervenus à Nantes dans la nuit.", [("Nantes", "LOC")]),
    ],
)
def test_more_types(ent_nlp, text, expected):
    _, types, _ = run(ent_nlp, text)
    for name, label in expected:
        assert name in types, f"{name!r} not found in {sorted(types)}"
        assert types[name].object == label
    assert "FLASH INFO" not in types and "FLASH" not in types


@pytest.mark.parametrize(
    ("text", "not_entities"),
    [
        ("Il a créé un Conseil des sages pour l'occasion.", ["Conseil des sages"]),
        ("La crise du Covid a durement frappé l'Italie.", ["Covid"]),
    ],
)
def test_descriptions_and_diseases_are_not_entities(ent_nlp, text, not_entities):
    _, types, _ = run(ent_nlp, text)
    names = {n for f in types.values() for n in (f.subject, *f.aliases)}
    assert not set(not_entities) & names


def test_country_abbreviation_is_an_alias(ent_nlp):
    _, types, _ = run(ent_nlp, "Les États-Unis ont réagi mardi. Aux USA, la mesure divise l'opinion.")
    assert types["États-Unis"].object == "LOC" and types["États-Unis"].aliases == ["USA"]


@pytest.mark.parametrize(
    ("text", "relations"),
    [
        (
            "Les militants se sont retrouvés sur la place Kléber de Strasbourg dimanche.",
            {("located_in", "place Kléber", "Strasbourg")},
        ),
        ("Une réunion s'est tenue sur le campus de Google à Zurich.", {("located_in", "Google", "Zurich")}),
        (
            "Le gouvernement a sanctionné Ericsson. L'entreprise suédoise conteste la décision.",
            {("located_in", "Ericsson", "Suède")},
        ),
    ],
)
def test_places(ent_nlp, text, relations):
    _, _, found = run(ent_nlp, text)
    assert relations <= found, found


def test_anaphoric_description_skips_other_parties(ent_nlp):
    text = "L'ONG Greenpeace a publié un rapport. Greenpeace affirme que l'entreprise suédoise a menti."
    _, _, found = run(ent_nlp, text)
    assert not {r for r in found if r[0] == "located_in" and r[1] == "Greenpeace"}


def test_dateline_after_a_shouted_headline(ent_nlp):
    text = (
        "GRÈVE GÉNÉRALE DANS LES RAFFINERIES DU PAYS\n\nROUEN | Les salariés de Total ont cessé le travail."
    )
    _, types, _ = run(ent_nlp, text)
    assert types["ROUEN"].object == "LOC"
    assert not any("RAFFINERIES" in name for name in types)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Selon Le Monde, le projet a été abandonné.", "Le Monde"),  # a capitalised article stays
        ("Les Allemands de Siemens suivent le dossier.", "Siemens"),  # a demonym before `de` goes
        ("Le laboratoire, qui fait partie du CAC 40, avait enregistré un bénéfice.", "CAC 40"),
    ],
)
def test_name_bounds(ent_nlp, text, name):
    _, types, _ = run(ent_nlp, text)
    assert name in types, sorted(types)


@pytest.mark.parametrize(
    ("text", "relations", "absent"),
    [
        (
            "La ministre du Travail, Catherine Vautrin, a demandé des explications.",
            {("role", "Catherine Vautrin", "ministre du Travail")},
            set(),
        ),
        (
            "Le maire de Nantes, Johanna Rolland, a salué l'accord.",
            {("role", "Johanna Rolland", "maire")},
            {("member_of", "Johanna Rolland", "Nantes")},
        ),
        (
            "Fabien Mallet, délégué syndical CFDT, redoute des départs.",
            {("role", "Fabien Mallet", "délégué syndical"), ("member_of", "Fabien Mallet", "CFDT")},
            set(),
        ),
        (
            "Carlos Ghosn, l'ancien patron du groupe, vit au Liban.",
            {("role", "Carlos Ghosn", "ancien patron")},
            set(),
        ),
        (
            "Jean Dupont, 45 ans, directeur de l'usine, a été entendu.",
            {("role", "Jean Dupont", "directeur de l'usine")},
            set(),
        ),
        (
            "La Commission a ouvert une enquête, a précisé son porte-parole, Olof Gill.",
            {("role", "Olof Gill", "porte-parole")},
            set(),
        ),
    ],
)
def test_titles(ent_nlp, text, relations, absent):
    _, _, found = run(ent_nlp, text)
    assert relations <= found, found
    assert not absent & found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Julien Morvan a remporté la course Paris-Nantes en mai.", [("Paris-Nantes", "MISC")]),
        ("L'appel a été rejeté par la cour d'appel de Rennes.", [("cour d'appel de Rennes", "ORG")]),
        ("« C'est juste », a réagi Me Anne Kerjean devant la presse.", [("Anne Kerjean", "PER")]),
    ],
)
def test_routes_courts_and_honorifics(ent_nlp, text, expected):
    _, types, _ = run(ent_nlp, text)
    for name, label in expected:
        assert name in types, f"{name!r} not found in {sorted(types)}"
        assert types[name].object == label


def test_surname_with_a_particle_at_sentence_start(ent_nlp):
    _, types, _ = run(
        ent_nlp, "La présidente du RN, Marine Le Pen, a réagi mardi. Le Pen a dénoncé une manœuvre."
    )
    assert types["Marine Le Pen"].aliases == ["Le Pen"]


def test_title_with_an_institution_and_its_article(ent_nlp):
    text = "Le tribunal a condamné l'ancien directeur de l'hôpital de Vannes, Michel Le Goff, à deux ans."
    _, _, found = run(ent_nlp, text)
    assert {
        ("role", "Michel Le Goff", "ancien directeur"),
        ("member_of", "Michel Le Goff", "hôpital de Vannes"),
    } <= found


def test_channel_with_a_number_is_not_the_country(ent_nlp):
    _, types, _ = run(
        ent_nlp, "Le débat diffusé sur la chaîne France 2 a opposé les candidats. La France a voté."
    )
    assert types["France 2"].object == "ORG" and types["France"].object == "LOC"


def test_word_in_capitals_for_emphasis_is_no_acronym(ent_nlp):
    _, types, _ = run(ent_nlp, "Les salariés ont dit NON à la direction, selon la CGT.")
    assert "NON" not in types and types["CGT"].object == "ORG"


def test_products_after_de_and_capitalised_titles(ent_nlp):
    text = "Kiev attend des livraisons de canons Caesar. Le PDG de Thales, Patrice Caine, a confirmé."
    _, types, found = run(ent_nlp, text)
    assert types["Caesar"].object == "MISC"
    assert {("role", "Patrice Caine", "PDG"), ("member_of", "Patrice Caine", "Thales")} <= found


def test_add_pipe_on_a_blank_pipeline_and_pickle():
    import pickle

    import spacy

    import extract.entities  # noqa: F401  (registers the factory)

    nlp = spacy.blank("fr")
    nlp.add_pipe("extract_entities")
    doc = nlp("LILLE | Le syndicat CGT et l'association #NousToutes ont manifesté.")
    found = {(s.text, s.label_) for s in doc.spans["entities"]}
    assert {("LILLE", "LOC"), ("CGT", "ORG"), ("#NousToutes", "MISC")} <= found
    again = pickle.loads(pickle.dumps(doc))
    assert [s._.canonical for s in again.spans["entities"]] == [s._.canonical for s in doc.spans["entities"]]


def test_known_names_are_found_again_where_the_model_missed_them():
    import spacy

    import extract.entities  # noqa: F401

    nlp = spacy.blank("fr")  # no model: only the rules find names
    nlp.add_pipe("extract_entities")
    doc = nlp("Le logiciel Pegasus a été vendu. Selon les juges, Pegasus espionne. Pegasus Airlines dément.")
    spans = [s for s in doc.spans["entities"] if s._.canonical == "Pegasus"]
    # The second one is found again by its spelling; the third is part of another name.
    assert [s.start_char for s in spans] == [12, 50]


def test_a_place_is_no_short_form_of_a_longer_name(ent_nlp):
    _, types, _ = run(ent_nlp, "France Télévisions a diffusé le débat. En France, l'audience a baissé.")
    assert types["France"].object == "LOC" and types["France"].aliases == []


def test_surname_the_model_took_for_a_place(ent_nlp):
    text = "Kylian Mbappé a marqué deux fois. Pour Didier Deschamps, Mbappé « est en forme »."
    _, types, _ = run(ent_nlp, text)
    assert types["Kylian Mbappé"].object == "PER" and types["Kylian Mbappé"].aliases == ["Mbappé"]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # The model's span held more than the name: its label is about the whole span.
        ("Les crimes de guerre d'Israël contre les civils continuent.", "Israël", "LOC"),
        ("Le siège de Paris est fermé depuis lundi.", "Paris", "LOC"),
        # `les salariés de X`: X employs people.
        ("Les salariés de Doctolib ont reçu un courriel.", "Doctolib", "ORG"),
    ],
)
def test_type_when_the_model_span_was_wider(ent_nlp, text, name, label):
    _, types, _ = run(ent_nlp, text)
    assert types[name].object == label

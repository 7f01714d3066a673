"""Entity rules for news nobody here has seen, on the real model, with French sentences
written for these tests: institution and place names, organisation types, sentence-initial
words, and relations written in the ways French news writes them."""

from __future__ import annotations

import pytest

from extract.entities.facts import facts
from extract.records import EntityFact, RelationFact


@pytest.fixture(scope="session")
def ent_nlp():
    """The model plus the entity component only."""
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


def check_type(nlp, text, name, label):
    """The name is an entity of the text, typed ``label``; returns all the text's entities."""
    _, types, _ = run(nlp, text)
    assert name in types, f"{name!r} not in {sorted(types)}"
    assert types[name].object == label
    return types


@pytest.mark.parametrize(
    ("text", "name", "label", "not_entities"),
    [
        # Common noun + adjective + de + place: one name (FACTS.md §2.1), not the place alone.
        (
            "Le tribunal judiciaire de Lille a condamné le gérant.",
            "tribunal judiciaire de Lille",
            "ORG",
            ["Lille"],
        ),
        (
            "Le conseil régional de Normandie vote son budget.",
            "conseil régional de Normandie",
            "ORG",
            ["Normandie"],
        ),
        (
            "Les urgences du centre hospitalier de Vienne fermeront.",
            "centre hospitalier de Vienne",
            "ORG",
            ["Vienne"],
        ),
        ("Le parquet de Nancy a ouvert une enquête.", "parquet de Nancy", "ORG", ["Nancy"]),
        ("Les parents ont manifesté devant le rectorat de Dijon.", "rectorat de Dijon", "ORG", ["Dijon"]),
        ("Le blessé a été conduit au CHU de Nantes en urgence.", "CHU de Nantes", "ORG", ["Nantes"]),
        (
            "Les pompiers du Service départemental d'incendie et de secours du Var sont intervenus.",
            "Service départemental d'incendie et de secours du Var",
            "ORG",
            ["Var"],
        ),
        # An institution housed in a building is ORG, whatever the model says.
        (
            "Une exposition s'ouvre au musée des Beaux-Arts de Nancy.",
            "musée des Beaux-Arts de Nancy",
            "ORG",
            [],
        ),
        # Venues, mountain passes and districts named after their noun are places.
        (
            "Les coureurs ont franchi le col du Tourmalet sous la neige.",
            "col du Tourmalet",
            "LOC",
            ["Tourmalet"],
        ),
        ("Le meeting aura lieu salle Jean-Vilar samedi soir.", "salle Jean-Vilar", "LOC", ["Jean-Vilar"]),
        ("La réunion se tiendra à la halle aux Grains mardi.", "halle aux Grains", "LOC", ["Grains"]),
        (
            "Les sinistrés dorment au gymnase Jean-Moulin depuis lundi.",
            "gymnase Jean-Moulin",
            "LOC",
            ["Jean-Moulin"],
        ),
        ("Le tracé traverse le quartier Saint-Jacques.", "quartier Saint-Jacques", "LOC", ["Saint-Jacques"]),
        # A hyphenated name the model cut at its hyphen.
        ("Le prochain sommet se tiendra à Addis-Abeba en mai.", "Addis-Abeba", "LOC", ["Addis"]),
    ],
)
def test_institution_and_place_names(ent_nlp, text, name, label, not_entities):
    types = check_type(ent_nlp, text, name, label)
    for other in not_entities:
        assert other not in types


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        # The name before an abbreviation in brackets, lowercase words included.
        (
            "Selon l'Office national des forêts (ONF), les coupes ont doublé.",
            "Office national des forêts",
            "ONF",
        ),
        (
            "Le Syndicat national des agriculteurs bio (Snab) réclame des aides.",
            "Syndicat national des agriculteurs bio",
            "Snab",
        ),
        ("Le collectif Vélo-Cités de Grenoble (VCdG) demande des pistes.", "Vélo-Cités de Grenoble", "VCdG"),
        (
            "La **Haute Autorité de santé** (HAS) a rendu son avis. La HAS recommande le rappel.",
            "Haute Autorité de santé",
            "HAS",
        ),
    ],
)
def test_name_before_a_bracketed_abbreviation(ent_nlp, text, name, alias):
    _, types, _ = run(ent_nlp, text)
    assert name in types, f"{name!r} not in {sorted(types)}"
    assert types[name].object == "ORG"
    assert alias in types[name].aliases
    assert alias not in types


@pytest.mark.parametrize(
    ("text", "not_entities", "kept"),
    [
        # Common words capitalised only because they open a headline or a sentence.
        ("Inondations dans le Gard : les pompiers mobilisés", ["Inondations"], ["Gard"]),
        ("Fusion de Durandal et Kestrel : les syndicats inquiets", ["Fusion"], []),
        ("Interrogée par la radio, la ministre a refusé de répondre.", ["Interrogée"], []),
        ("Prochaine étape pour Lille : un match à Lens.", ["Prochaine"], ["Lille", "Lens"]),
        # A name at the start of a sentence stays a name.
        ("Deezer, une entreprise française, recrute. Deezer a levé des fonds.", [], ["Deezer"]),
        # Months in capitals, numbers written as words, titles without a name.
        ("NANTES, 12 AVRIL 2024 - Le chantier reprend.", ["AVRIL"], ["NANTES"]),
        ("Les Vingt-Sept ont trouvé un accord à Bruxelles.", ["Vingt-Sept"], ["Bruxelles"]),
        ("Le Premier ministre belge a reçu les syndicats.", ["Premier ministre belge"], []),
        # A nationality noun before a name is not part of the person's name.
        ("Le titre revient à la Norvégienne Ingrid Dahl.", ["Norvégienne Ingrid Dahl"], ["Ingrid Dahl"]),
    ],
)
def test_capitalised_words_that_are_no_names(ent_nlp, text, not_entities, kept):
    _, types, _ = run(ent_nlp, text)
    for name in not_entities:
        assert name not in types, f"{name!r} in {sorted(types)}"
    for name in kept:
        assert name in types, f"{name!r} not in {sorted(types)}"


def test_a_nationality_noun_before_a_name_types_a_person(ent_nlp):
    _, types, _ = run(ent_nlp, "La victoire revient à la Norvégienne Ingrid Dahl.")
    assert types["Ingrid Dahl"].object == "PER"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # Legal forms and company words inside a name make it an organisation.
        ("Le contrat a été signé par Norsk Hydro ASA et Bertrand Motors.", "Bertrand Motors", "ORG"),
        ("Le fonds Ardian Capital Partners a racheté la société.", "Ardian Capital Partners", "ORG"),
        ("Les salariés de Kessler Industrie GmbH sont en grève.", "Kessler Industrie GmbH", "ORG"),
        # An organisation's noun before its name, a complement in between.
        ("Le cabinet d'avocats Morel Lambert a conseillé la mairie.", "Morel Lambert", "ORG"),
        ("Le fabricant nantais de jouets Lutin Bleu embauche.", "Lutin Bleu", "ORG"),
        ("Le groupe d'opposition Nancy Ensemble a quitté la séance.", "Nancy Ensemble", "ORG"),
        ("Selon le bailleur Loire Habitat, les travaux dureront un an.", "Loire Habitat", "ORG"),
        # A plural descriptor types every name of its list.
        ("Les associations Mer Propre, Terre Vive et ZéroDéchet ont porté plainte.", "Terre Vive", "ORG"),
        ("Les associations Mer Propre, Terre Vive et ZéroDéchet ont porté plainte.", "ZéroDéchet", "ORG"),
        # A union's written-out name opened by an organisation noun.
        (
            "La Confédération générale du travail appelle à manifester.",
            "Confédération générale du travail",
            "ORG",
        ),
        # A stadium noun with an adjective of inhabitants names a club.
        ("Le Stade Brestois a battu le Stade Lavallois samedi.", "Stade Brestois", "ORG"),
        ("Le match s'est joué au stade Francis-Le-Blé.", "stade Francis-Le-Blé", "LOC"),
    ],
)
def test_organisation_types_beat_the_model(ent_nlp, text, name, label):
    check_type(ent_nlp, text, name, label)


def test_a_headline_short_form_joins_the_full_name_of_the_body(ent_nlp):
    text = "Offre de Kessler sur Durandal\n\nLe groupe allemand Kessler Industrie veut racheter Durandal."
    _, types, _ = run(ent_nlp, text)
    assert "Kessler" not in types
    assert types["Kessler Industrie"].aliases == ["Kessler"]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # Races and events are MISC, even when named after places.
        ("Elle a remporté Bordeaux-Paris en solitaire.", "Bordeaux-Paris", "MISC"),
        ("La 80e édition de Liège-Bastogne-Liège partira dimanche.", "Liège-Bastogne-Liège", "MISC"),
        ("Le vainqueur du Tour de Romandie a chuté.", "Tour de Romandie", "MISC"),
        ("Le Tour d'Espagne commencera à Lisbonne.", "Tour d'Espagne", "MISC"),
        # Reaching a place is no event; a tower is a place.
        ("Les randonneurs ont gagné Chamonix avant la nuit.", "Chamonix", "LOC"),
        ("Les visiteurs se pressent devant la tour Montparnasse.", "tour Montparnasse", "LOC"),
    ],
)
def test_races_and_events(ent_nlp, text, name, label):
    check_type(ent_nlp, text, name, label)


@pytest.mark.parametrize(
    ("text", "relations", "absent"),
    [
        # A possessive title points back to the organisation the sentence before is about.
        (
            "Le syndicat Sud Rail dénonce une décision brutale. Son secrétaire, Paul Morin, demande un rendez-vous.",
            {("role", "Paul Morin", "secrétaire"), ("member_of", "Paul Morin", "Sud Rail")},
            set(),
        ),
        (
            "L'association Vélo Libre a porté plainte. Sa présidente, la docteure Anne Roy, s'en explique.",
            {("role", "Anne Roy", "présidente"), ("member_of", "Anne Roy", "Vélo Libre")},
            {("role", "Anne Roy", "docteure")},
        ),
        (
            "Le FC Nantes a battu Lorient grâce à un but de son attaquant Marc Leroy.",
            {("role", "Marc Leroy", "attaquant"), ("member_of", "Marc Leroy", "FC Nantes")},
            set(),
        ),
        # A description as subject stands for the organisation named before it.
        (
            "Le groupe Durandal a fermé deux sites. La société affirme que l'emploi est préservé. "
            "Son directeur financier, Luc Caron, a confirmé.",
            {("member_of", "Luc Caron", "Durandal")},
            set(),
        ),
        # An organisation inside a clause of the sentence is no antecedent.
        (
            "Nous avons vu ce qui s'est passé chez Renault, a déclaré son porte-parole, Ali Benz.",
            {("role", "Ali Benz", "porte-parole")},
            {("member_of", "Ali Benz", "Renault")},
        ),
        # Titles with links, a nationality or a form of address before the name.
        (
            "Le président en exercice de l'Union africaine, le Ghanéen Kofi Mensah, a ouvert le sommet.",
            {
                ("role", "Kofi Mensah", "président en exercice"),
                ("member_of", "Kofi Mensah", "Union africaine"),
            },
            set(),
        ),
        (
            "L'adjointe à la culture, Sophie Martin, a inauguré l'exposition.",
            {("role", "Sophie Martin", "adjointe à la culture")},
            set(),
        ),
        (
            "Le Premier ministre belge, Jan Peeters, a reçu les syndicats.",
            {("role", "Jan Peeters", "Premier ministre")},
            set(),
        ),
        # A minister belongs to the ministry the text names; the role keeps no portfolio then.
        (
            "Le ministère de la Culture finance le projet. Le ministre de la Culture, Paul Ravel, s'en félicite.",
            {("role", "Paul Ravel", "ministre"), ("member_of", "Paul Ravel", "ministère de la Culture")},
            set(),
        ),
    ],
)
def test_titles_and_possessives(ent_nlp, text, relations, absent):
    _, _, found = run(ent_nlp, text)
    assert relations <= found, found
    assert not (absent & found)


def test_a_portfolio_is_no_organisation(ent_nlp):
    _, types, found = run(
        ent_nlp, "Selon le ministre chilien des Affaires étrangères, Luis Soto, l'accord tient."
    )
    assert "Affaires étrangères" not in types
    assert ("role", "Luis Soto", "ministre des Affaires étrangères") in found


@pytest.mark.parametrize(
    ("text", "relations"),
    [
        # A party or a team in brackets after a person.
        (
            "Le texte a été défendu par Marie Roy (Verts) et combattu par Paul Gaudin (Renew).",
            {("member_of", "Marie Roy", "Verts"), ("member_of", "Paul Gaudin", "Renew")},
        ),
        # An employer after the comma.
        (
            "Pour l'économiste Luc Perrin, de la banque Natixis, la reprise sera lente.",
            {("member_of", "Luc Perrin", "Natixis")},
        ),
        # Seats and sites.
        (
            "Durandal, dont le siège est installé à Villeurbanne, a démenti.",
            {("located_in", "Durandal", "Villeurbanne")},
        ),
        ("La société Kestrel est implantée à Grenoble depuis 2010.", {("located_in", "Kestrel", "Grenoble")}),
        (
            "Michelin a installé son siège à Clermont-Ferrand.",
            {("located_in", "Michelin", "Clermont-Ferrand")},
        ),
        (
            "Le conseil se réunira à Bruxelles, siège de la Commission européenne, en juin.",
            {("located_in", "Commission européenne", "Bruxelles")},
        ),
        (
            "Un incendie s'est déclaré rue Gambetta, à Lille, dans la nuit.",
            {("located_in", "rue Gambetta", "Lille")},
        ),
        # Organisation -> parent, through a nationality adjective on the parent's noun.
        (
            "Kestrel, filiale du groupe italien Fontana, conteste l'amende.",
            {("member_of", "Kestrel", "Fontana"), ("located_in", "Fontana", "Italie")},
        ),
    ],
)
def test_relations_from_short_cues(ent_nlp, text, relations):
    _, _, found = run(ent_nlp, text)
    assert relations <= found, found


@pytest.mark.parametrize(
    ("text", "name", "label", "not_entities"),
    [
        # A title and its organisation before a comma do not describe the name after it.
        ("Le président du club, Jean Morel, a démissionné.", "Jean Morel", "PER", []),
        # A lowercase organisation noun that describes opens no name.
        (
            "Le groupe de la Droite républicaine a voté contre.",
            "Droite républicaine",
            "ORG",
            ["groupe de la Droite"],
        ),
        # A rank is no square.
        ("L'équipe remonte à la troisième place du Top 14.", "Top 14", "MISC", ["place du Top"]),
        # An institution before a department the model missed.
        (
            "Le festival accuse la préfecture du Cantal d'avoir refusé des visas.",
            "préfecture du Cantal",
            "ORG",
            [],
        ),
        # A club named with an adjective of inhabitants.
        ("Il a été formé à la Section paloise avant de partir.", "Section paloise", "ORG", ["Section"]),
    ],
)
def test_descriptions_ranks_and_clubs(ent_nlp, text, name, label, not_entities):
    types = check_type(ent_nlp, text, name, label)
    for other in not_entities:
        assert other not in types


def test_possessive_after_a_paragraph_that_opens_with_the_organisation(ent_nlp):
    text = (
        "« Nous irons jusqu'au bout », a-t-elle ajouté.\n\n"
        "Durandal, dont le siège est à Lyon, rejette ces accusations. La société affirme "
        "respecter la loi. Son directeur juridique, Paul Arnaud, a contesté la plainte."
    )
    _, _, found = run(ent_nlp, text)
    assert ("member_of", "Paul Arnaud", "Durandal") in found


def test_a_headline_word_is_not_found_again_inside_a_portfolio(ent_nlp):
    text = "Grève dans la Culture : les musées fermés\n\nLe ministre de la Culture, Jean Roy, a réagi."
    doc, _, found = run(ent_nlp, text)
    assert ("role", "Jean Roy", "ministre de la Culture") in found
    assert all(s.start_char < 40 for s in doc.spans["entities"] if s.text == "Culture")


def test_an_organisation_name_goes_on_with_its_complement(ent_nlp):
    text = "L'association La Quadrature du Net demande l'interdiction. Son juriste, Léo Garnier, a déclaré hier que c'était grave."
    _, types, found = run(ent_nlp, text)
    assert "La Quadrature du Net" in types and "Net" not in types
    assert ("member_of", "Léo Garnier", "La Quadrature du Net") in found


@pytest.mark.parametrize(
    ("text", "relations", "types_"),
    [
        # A bracketed name whose letters are not the initials of the name before it.
        ("La victoire revient à Marc Voisin (Vélo Club Rennais).", set(), {"Marc Voisin": "PER"}),
        # A descriptor with a participle after the comma, and the seat after the apposition.
        (
            "Kestrel, une entreprise italienne basée à Turin, a démenti.",
            {("located_in", "Kestrel", "Italie"), ("located_in", "Kestrel", "Turin")},
            {"Kestrel": "ORG"},
        ),
    ],
)
def test_brackets_and_appositions(ent_nlp, text, relations, types_):
    _, types, found = run(ent_nlp, text)
    assert relations <= found, found
    for name, label in types_.items():
        assert name in types and types[name].object == label
        assert not types[name].aliases


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rothschild & Co a piloté la vente.", "Rothschild & Co"),
        ("Les prix de Procter & Gamble augmentent encore.", "Procter & Gamble"),
        ("Le contrat lie la ville à Bertin Frères Industries.", "Bertin Frères Industries"),
    ],
)
def test_company_names_the_model_misses(ent_nlp, text, name):
    _, types, _ = run(ent_nlp, text)
    assert name in types, f"{name!r} not in {sorted(types)}"
    assert types[name].object == "ORG"


@pytest.mark.parametrize(
    ("text", "relations"),
    [
        # Place adjectives of cities and countries, also when the tagger misses them.
        ("La start-up rennaise Kipli lève des fonds.", {("located_in", "Kipli", "Rennes")}),
        ("Le géant suédois de l'ameublement Ikea ferme un magasin.", {("located_in", "Ikea", "Suède")}),
        # A predicate says what the name is, like an apposition.
        (
            "Kestrel est une entreprise italienne basée à Turin.",
            {("located_in", "Kestrel", "Italie"), ("located_in", "Kestrel", "Turin")},
        ),
        # An institution named after a person keeps its noun.
        (
            "La directrice de l'hôpital Jean-Jaurès, Anne Colin, a démissionné.",
            {("member_of", "Anne Colin", "hôpital Jean-Jaurès"), ("role", "Anne Colin", "directrice")},
        ),
    ],
)
def test_place_adjectives_predicates_and_institutions(ent_nlp, text, relations):
    _, _, found = run(ent_nlp, text)
    assert relations <= found, found


@pytest.mark.parametrize(
    ("text", "expected", "not_entities"),
    [
        (
            "INFO RADIO NORD - Un incendie s'est déclaré à Lille.",
            {"RADIO NORD": "ORG", "Lille": "LOC"},
            ["INFO RADIO NORD"],
        ),
        ("EXCLUSIF - Les documents montrent que la société a menti.", {}, ["EXCLUSIF"]),
        ("Les élèves du lycée Victor-Hugo ont manifesté.", {"lycée Victor-Hugo": "ORG"}, ["Victor-Hugo"]),
    ],
)
def test_banners_and_named_institutions(ent_nlp, text, expected, not_entities):
    _, types, _ = run(ent_nlp, text)
    for name, label in expected.items():
        assert name in types and types[name].object == label, sorted(types)
    for name in not_entities:
        assert name not in types


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        # Regulations named by their title are MISC even in lower case (D18), with their noun.
        ("Le Sénat examine la loi sur la fin de vie cette semaine.", "loi sur la fin de vie", []),
        (
            "La Commission veut réviser la directive sur le temps de travail avant 2026.",
            "directive sur le temps de travail",
            [],
        ),
        ("Les éleveurs réclament l'application de la loi Égalim.", "loi Égalim", ["Égalim"]),
        # A law spoken of generally names nothing.
        ("Il faut appliquer la loi sur ce point.", None, ["loi sur ce point"]),
    ],
)
def test_regulations_named_by_their_title(ent_nlp, text, name, absent):
    _, types, _ = run(ent_nlp, text)
    if name is not None:
        assert name in types and types[name].object == "MISC", sorted(types)
    for other in absent:
        assert other not in types


def test_a_person_as_subject_is_the_nearer_antecedent(ent_nlp):
    text = (
        "Le groupe Durandal a présenté ses comptes. Jean Roy a quitté la présidence. "
        "Son adjoint, Paul Caron, assure l'intérim."
    )
    _, _, found = run(ent_nlp, text)
    assert ("role", "Paul Caron", "adjoint") in found
    assert ("member_of", "Paul Caron", "Durandal") not in found


@pytest.mark.parametrize(
    ("text", "kept", "not_entities"),
    [
        ("Le titre revient au Ghanéen Kofi Mensah.", ["Kofi Mensah"], ["Ghanéen"]),
        ("Selon Le Républicain Lorrain, le site fermera.", ["Le Républicain Lorrain"], ["Lorrain"]),
    ],
)
def test_nationality_nouns_by_their_ending(ent_nlp, text, kept, not_entities):
    _, types, _ = run(ent_nlp, text)
    for name in kept:
        assert name in types, sorted(types)
    for name in not_entities:
        assert name not in types


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # Organisational verbs: who hires, lays off or buys companies is an organisation.
        ("Kestrelia a licencié 300 salariés l'an dernier.", "Kestrelia", "ORG"),
        ("Le fonds a racheté Fabrelle pour deux milliards.", "Fabrelle", "ORG"),
        # A person's full name keeps its type.
        ("Bernard Arnault a racheté le journal.", "Bernard Arnault", "PER"),
    ],
)
def test_organisational_verbs(ent_nlp, text, name, label):
    _, types, _ = run(ent_nlp, text)
    assert name in types and types[name].object == label, sorted((k, v.object) for k, v in types.items())


@pytest.mark.parametrize(
    ("text", "expected", "not_entities"),
    [
        # A team in brackets after an athlete, named with a club word.
        ("Le Belge Jan Peeters (Lotto Team Flandria) a gagné au sprint.", {"Lotto Team Flandria": "ORG"}, []),
        # A race won over a weekday.
        ("Elle a remporté dimanche Bordeaux-Paris en solitaire.", {"Bordeaux-Paris": "MISC"}, []),
        # A rubric word in capitals is no acronym.
        ("CYCLISME. Le Tour de France partira de Lille.", {"Lille": "LOC"}, ["CYCLISME"]),
    ],
)
def test_sports_pages(ent_nlp, text, expected, not_entities):
    _, types, found = run(ent_nlp, text)
    for name, label in expected.items():
        assert name in types and types[name].object == label, sorted((k, v.object) for k, v in types.items())
    for name in not_entities:
        assert name not in types


def test_athlete_and_team_in_brackets(ent_nlp):
    _, _, found = run(ent_nlp, "Le Belge Jan Peeters (Lotto Team Flandria) a gagné au sprint.")
    assert ("member_of", "Jan Peeters", "Lotto Team Flandria") in found


@pytest.mark.parametrize(
    ("text", "relations", "name", "alias"),
    [
        (
            "La France insoumise (LFI) a voté contre. La présidente du groupe LFI, Anne Roy, a réagi.",
            {("member_of", "Anne Roy", "La France insoumise"), ("role", "Anne Roy", "présidente")},
            "La France insoumise",
            "LFI",
        ),
        (
            "Le rapporteur, Paul Morel (Les Républicains), a regretté le vote.",
            {("member_of", "Paul Morel", "Républicains")},
            None,
            None,
        ),
    ],
)
def test_parties_and_their_groups(ent_nlp, text, relations, name, alias):
    _, types, found = run(ent_nlp, text)
    assert relations <= found, found
    if name is not None:
        assert name in types and alias in types[name].aliases


def test_a_name_found_again_votes_with_its_context(ent_nlp):
    text = "Pogacar écrase Bordeaux-Lyon\n\nLe coureur a remporté samedi Bordeaux-Lyon, la première classique de la saison."
    _, types, _ = run(ent_nlp, text)
    assert types["Bordeaux-Lyon"].object == "MISC"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "La communauté de communes du Val de Drôme gère la collecte.",
            "communauté de communes du Val de Drôme",
        ),
        (
            "La direction départementale des territoires du Gard a publié un arrêté.",
            "direction départementale des territoires du Gard",
        ),
        ("Le lycée professionnel Jean-Jaurès est fermé depuis lundi.", "lycée professionnel Jean-Jaurès"),
    ],
)
def test_administrations_and_schools(ent_nlp, text, name):
    _, types, _ = run(ent_nlp, text)
    assert name in types and types[name].object == "ORG", sorted(types)


@pytest.mark.parametrize(
    ("text", "relations"),
    [
        # Two titles before a name: both are roles.
        (
            "Le texte a été défendu par la rapporteure, l'eurodéputée suédoise Anna Berg.",
            {("role", "Anna Berg", "rapporteure"), ("role", "Anna Berg", "eurodéputée")},
        ),
        # A title with a complement in capitals, then a form of address.
        ("L'avocate des ONG, Maître Julie Roux, a plaidé.", {("role", "Julie Roux", "avocate des ONG")}),
        # A body of an organisation, written out in lower case before its abbreviation.
        (
            "Le groupe Durandal a présenté son plan. Le comité social et économique (CSE) de Durandal le conteste.",
            {("member_of", "comité social et économique", "Durandal")},
        ),
    ],
)
def test_double_titles_and_bodies(ent_nlp, text, relations):
    _, _, found = run(ent_nlp, text)
    assert relations <= found, found


@pytest.mark.parametrize(
    ("text", "name", "label", "not_entities"),
    [
        # A collective's name goes on in lower case through a preposition and one word.
        (
            "Le collectif Vélos en colère, qui réunit des cyclistes, manifestera.",
            "Vélos en colère",
            "ORG",
            [],
        ),
        (
            "L'association Quimper sans pesticides dénonce l'arrêté du maire.",
            "Quimper sans pesticides",
            "ORG",
            [],
        ),
        ("La présidente du groupe Tours pour tous a quitté la séance.", "Tours pour tous", "ORG", []),
        # A capitalised word after the preposition is another name.
        ("Le groupe Renault en Espagne emploie 4 000 personnes.", "Renault", "ORG", ["Renault en Espagne"]),
        # Sports clubs: a town with a club abbreviation, a stadium noun with a demonym.
        ("Le FC Nantes a battu l'AJ Auxerre dimanche soir.", "AJ Auxerre", "ORG", []),
        ("Le joueur arrive de l'US Créteil, où il a passé trois saisons.", "US Créteil", "ORG", []),
        ("Dimanche, le Stade rennais a battu Lorient au Roazhon Park.", "Stade rennais", "ORG", []),
        # Competitions and lines named by a number or a letter.
        ("Le club jouera en Ligue 1 la saison prochaine.", "Ligue 1", "MISC", []),
        ("Le trafic du RER A sera interrompu ce week-end.", "RER A", "MISC", []),
        # An intercommunality named with its capitalised noun is a body.
        (
            "Les tarifs sont fixés par Toulon Provence Méditerranée Métropole depuis mars.",
            "Toulon Provence Méditerranée Métropole",
            "ORG",
            [],
        ),
        ("La Bourse de Francfort a fini en baisse mardi.", "Bourse de Francfort", "ORG", []),
    ],
)
def test_collectives_clubs_series_and_bodies(ent_nlp, text, name, label, not_entities):
    types = check_type(ent_nlp, text, name, label)
    for other in not_entities:
        assert other not in types, f"{other!r} in {sorted(types)}"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # What one speaks on is a medium, not a place.
        ("La ministre a réagi mardi sur Radio Bretagne.", "Radio Bretagne", "ORG"),
        ("Le joueur a salué sur Snapchat le travail de son entraîneur.", "Snapchat", "ORG"),
        # A factory `de` a town under a possessive: the town is a place, the owner the possessive.
        ("Le groupe Valmet va fermer son usine de Vierzon d'ici juin.", "Vierzon", "LOC"),
    ],
)
def test_media_and_places_by_their_preposition(ent_nlp, text, name, label):
    check_type(ent_nlp, text, name, label)


def test_a_dated_dateline_under_a_headline_is_a_place(ent_nlp):
    text = "Crise au Parlement\n\nBRUXELLES, 3 mars 2025 (AFP) - Les députés ont voté à Bruxelles."
    doc = ent_nlp.make_doc(text)
    doc._.doc_id = "t"
    doc._.metadata_spans = [[20, 51]]
    doc = ent_nlp(doc)
    found = {f.subject: f for f in facts(doc) if isinstance(f, EntityFact)}
    assert found["Bruxelles"].object == "LOC"
    assert [20, 29] in [list(m) for m in found["Bruxelles"].mentions]


@pytest.mark.parametrize(
    ("text", "not_entities", "kept"),
    [
        # A headline's common noun and its adjectives, capitalised only by their place.
        (
            "Transports scolaires : la région augmente ses tarifs\nLa hausse sera votée mardi.",
            ["Transports scolaires"],
            [],
        ),
        # An institution's name at a headline's start stays a name.
        ("Banque mondiale : un prêt pour le Sénégal\nLe prêt a été voté.", [], ["Banque mondiale"]),
    ],
)
def test_headline_noun_phrases_that_are_no_names(ent_nlp, text, not_entities, kept):
    _, types, _ = run(ent_nlp, text)
    for name in not_entities:
        assert name not in types, f"{name!r} in {sorted(types)}"
    for name in kept:
        assert name in types, f"{name!r} not in {sorted(types)}"


@pytest.mark.parametrize(
    ("text", "name", "label", "aliases", "not_entities"),
    [
        # A hyphenated name that ends on a function word goes on over the next word.
        ("Selon l'association UFC-Que choisir, les prix ont grimpé.", "UFC-Que choisir", "ORG", [], ["UFC"]),
        # A body of an organisation written as an acronym: two organisations.
        (
            "Le Conseil des droits de l'homme de l'ONU a voté mardi.",
            "ONU",
            "ORG",
            [],
            ["Conseil des droits de l'homme de l'ONU"],
        ),
        # Capitalised inside a sentence, the region's noun names its council.
        (
            "La Région Normandie financera la ligne. La Région promet aussi des bus.",
            "Région Normandie",
            "ORG",
            ["Région"],
            [],
        ),
        ("Il vit dans la région Normandie depuis dix ans.", "région Normandie", "LOC", [], []),
        # A first name and a surname alone are aliases of the person, even after `à`.
        (
            "Le club a limogé son entraîneur, Rémi Lavaud, lundi. « Rémi a tout donné », dit un joueur. "
            "Les supporters étaient hostiles à Lavaud.",
            "Rémi Lavaud",
            "PER",
            ["Rémi", "Lavaud"],
            [],
        ),
        # Letters that cut a person's name in two spell no acronym's name.
        (
            "Le patron de Valmet en France, Marc Vidal, a parlé à BFM jeudi.",
            "Marc Vidal",
            "PER",
            [],
            ["Valmet en France, Marc"],
        ),
    ],
)
def test_hyphens_bodies_councils_and_first_names(ent_nlp, text, name, label, aliases, not_entities):
    types = check_type(ent_nlp, text, name, label)
    assert types[name].aliases == aliases
    for other in not_entities:
        assert other not in types, f"{other!r} in {sorted(types)}"


@pytest.mark.parametrize(
    ("text", "name", "label", "not_entities"),
    [
        # A quoted title after the noun of a work or a programme is one MISC name.
        (
            "Dans son roman « Les Nuits de Brest », paru en 2019, il raconte son enfance.",
            "Les Nuits de Brest",
            "MISC",
            ["Brest"],
        ),
        ("La chaîne diffusera le documentaire « Marins du Nord » jeudi.", "Marins du Nord", "MISC", []),
        ("La ville a lancé le plan « Lyon Vert 2030 » en mars.", "Lyon Vert 2030", "MISC", ["Lyon"]),
        # A title in apposition before the work's noun.
        (
            "Le festival ouvre avec « La Mouette bleue », la dernière création de la troupe.",
            "La Mouette bleue",
            "MISC",
            [],
        ),
    ],
)
def test_quoted_titles_of_works_and_programmes(ent_nlp, text, name, label, not_entities):
    types = check_type(ent_nlp, text, name, label)
    for other in not_entities:
        assert other not in types, f"{other!r} in {sorted(types)}"


def test_a_word_quoted_as_a_word_is_no_name(ent_nlp):
    _, types, _ = run(ent_nlp, "Les manifestants ont écrit le mot « Liberté » sur la façade de la mairie.")
    assert "Liberté" not in types, sorted(types)


@pytest.mark.parametrize(
    ("text", "name", "aliases"),
    [
        # An institution's noun alone, capitalised, refers back to the one institution named.
        (
            "La Cour des comptes publie son rapport. La Cour juge la dépense inutile.",
            "Cour des comptes",
            ["Cour"],
        ),
        (
            "Le Conseil d'État a été saisi. Le Conseil rendra sa décision lundi.",
            "Conseil d'État",
            ["Conseil"],
        ),
    ],
)
def test_an_institution_noun_alone_is_an_alias(ent_nlp, text, name, aliases):
    _, types, _ = run(ent_nlp, text)
    assert name in types, f"{name!r} not in {sorted(types)}"
    assert types[name].aliases == aliases


@pytest.mark.parametrize(
    ("text", "expected", "not_entities"),
    [
        # A portfolio after `chargé de` is no name, a place in it is.
        (
            "La ministre déléguée chargée du Numérique, Léa Morin, a réagi.",
            {"Léa Morin": "PER"},
            ["Numérique"],
        ),
        # The inhabitants of a town, by their ending, are no entity.
        (
            "Les Vannetais paieront plus cher leur eau, a prévenu le maire de Vannes.",
            {"Vannes": "LOC"},
            ["Vannetais"],
        ),
        # A party after `membre de` is an organisation, not a portfolio.
        ("Paul Texier, conseiller municipal et membre des Verts, votera contre.", {"Verts": "ORG"}, []),
        # Dams and tunnels named with `de` are places; so are streets named after a date.
        ("Le barrage de Serre-Ponçon n'est rempli qu'à moitié.", {"barrage de Serre-Ponçon": "LOC"}, []),
        ("Le cortège partira de la place du 8-Mai samedi.", {"place du 8-Mai": "LOC"}, []),
        # A body's full name may list its complements with commas before its abbreviation.
        (
            "Le Conseil supérieur de l'audiovisuel, de la presse et du numérique (CSAPN) a rendu son avis.",
            {"Conseil supérieur de l'audiovisuel, de la presse et du numérique": "ORG"},
            ["Conseil supérieur de l'audiovisuel"],
        ),
        # Initials in brackets after a person's title: a party.
        ("Jean Cazaux, maire (PS) de la commune, a démenti.", {"Jean Cazaux": "PER", "PS": "ORG"}, []),
    ],
)
def test_portfolios_inhabitants_parties_and_places(ent_nlp, text, expected, not_entities):
    _, types, _ = run(ent_nlp, text)
    for name, label in expected.items():
        assert name in types, f"{name!r} not in {sorted(types)}"
        assert types[name].object == label
    for other in not_entities:
        assert other not in types, f"{other!r} in {sorted(types)}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A role `chez` a name: the name employs, whatever the model thinks of it.
        (
            "Pour Antoine Riou, analyste chez Berthier Lazard, la baisse était prévisible.",
            {"Berthier Lazard": "ORG"},
        ),
        # Interviewed on a medium.
        (
            "Interrogé sur Radio Armor, le ministre de la Santé, Marc Abadie, a reconnu un retard.",
            {"Radio Armor": "ORG"},
        ),
        # Armed forces named with their capitalised noun; lowercase, the noun describes.
        (
            "Les Forces démocratiques du Nord (FDN) ont repris la ville. Les forces de Kiev avancent.",
            {"Forces démocratiques du Nord": "ORG", "Kiev": "LOC"},
        ),
        # Initials that abbreviate a regulation stay with it, not with a party.
        (
            "Le règlement sur les marchés numériques (RMN) entre en vigueur.",
            {"règlement sur les marchés numériques": "MISC"},
        ),
    ],
)
def test_employers_media_forces_and_regulations(ent_nlp, text, expected):
    _, types, _ = run(ent_nlp, text)
    for name, label in expected.items():
        assert name in types, f"{name!r} not in {sorted(types)}"
        assert types[name].object == label


@pytest.mark.parametrize(
    ("text", "expected", "not_entities"),
    [
        # A common noun opening a headline is no part of the place after it.
        (
            "Meurtre de Montauban : quinze ans requis contre l'accusé\nLe procès s'est ouvert lundi à Montauban.",
            {"Montauban": "LOC"},
            ["Meurtre de Montauban"],
        ),
        # A name head opening a headline stays in the name.
        (
            "Banque de France : les taux baissent\nLa Banque de France a publié ses chiffres.",
            {"Banque de France": "ORG"},
            [],
        ),
    ],
)
def test_a_headline_noun_before_a_place(ent_nlp, text, expected, not_entities):
    _, types, _ = run(ent_nlp, text)
    for name, label in expected.items():
        assert name in types, f"{name!r} not in {sorted(types)}"
        assert types[name].object == label
    for other in not_entities:
        assert other not in types, f"{other!r} in {sorted(types)}"


@pytest.mark.parametrize(
    ("text", "kept", "not_entities"),
    [
        # A demonym noun with its article for a person named before: no entity (FACTS.md §2.1),
        # from the lexicon (country, city, region) or by its ending.
        (
            "Léonie Brun a gagné dimanche. « C'était dur », a confié la Savoyarde.",
            ["Léonie Brun"],
            ["Savoyarde"],
        ),
        (
            "Chloé Martin a dominé la course. La Française a remporté l'étape.",
            ["Chloé Martin"],
            ["Française"],
        ),
        (
            "Yann Kerbrat a surpris le peloton. Le Breton s'est imposé au sprint.",
            ["Yann Kerbrat"],
            ["Breton"],
        ),
        (
            "Giulia Rossi a perdu en finale. L'Italienne a dénoncé l'arbitrage.",
            ["Giulia Rossi"],
            ["Italienne"],
        ),
        ("Mathieu Etcheverry a fini troisième. « Je suis content », a dit le Basque.", [], ["Basque"]),
        ("Julie Chabert a gagné. « Quel bonheur », s'est exclamée l'Auvergnate.", [], ["Auvergnate"]),
        ("Lucie Arnaud a gagné. « Je suis fière », a confié la Provençale.", [], ["Provençale"]),
        ("Sarah Petit a gagné. « Je suis fière », a confié la Francilienne.", [], ["Francilienne"]),
        ("Anaïs Leroy a gagné à Rouen. La Normande a salué le public.", ["Rouen"], ["Normande"]),
        ("Tom Durand a gagné. « Je n'y croyais plus », a déclaré le Lorrain.", [], ["Lorrain"]),
        ("Nina Costa a gagné. « Je n'y croyais plus », a déclaré la Suissesse.", [], ["Suissesse"]),
        (
            "Emma Favre a gagné à Chamonix. « Je rêvais de ça », a lâché la Chamoniarde.",
            ["Chamonix"],
            ["Chamoniarde"],
        ),
        ("Inès Blanc a gagné. La Montluçonnaise a affirmé qu'elle était prête.", [], ["Montluçonnaise"]),
        ("Les Tricolores ont battu l'Irlande samedi.", ["Irlande"], ["Tricolores"]),
        # A place named like its people stays a place; a masculine article makes it a person.
        ("Il vit en Suisse depuis 2010 et travaille en Argentine.", ["Suisse", "Argentine"], []),
        ("La Lorraine a voté. Le Corse a gagné l'étape.", ["Lorraine"], ["Corse"]),
        # A demonym inside a name stays, and an adjective is left alone.
        ("L'Olympique lyonnais a battu la Section paloise.", ["Olympique lyonnais", "Section paloise"], []),
        ("Selon la Gazette savoyarde, le col restera fermé.", ["Gazette savoyarde"], ["Savoyarde"]),
        ("La championne savoyarde Léonie Brun a gagné.", ["Léonie Brun"], ["Savoyarde"]),
        ("Selon Le Quotidien, la course aura lieu.", ["Le Quotidien"], []),
    ],
)
def test_demonym_nouns_for_a_person_are_no_entities(ent_nlp, text, kept, not_entities):
    _, types, _ = run(ent_nlp, text)
    for name in kept:
        assert name in types, sorted(types)
    for name in not_entities:
        assert name not in types, sorted(types)


def test_a_regional_adjective_gives_no_located_in(ent_nlp):
    # FACTS.md: located_in is a country or a city, not a region or a département.
    _, _, relations = run(ent_nlp, "La Gazette savoyarde a changé de directeur.")
    assert not [r for r in relations if r[0] == "located_in"], relations


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A common noun or a sector before a country's name, without a place's article: an
        # organisation or a medium, by construction.
        ("Selon Météo-France, il n'a presque pas plu depuis janvier dans le Gard.", "Météo-France", "ORG"),
        ("D'après Ouest-France, l'ancien entraîneur de Brest serait pressenti.", "Ouest-France", "ORG"),
        (
            "Les collégiens dorment trop peu, rappelle Santé publique France, qui publiera un rapport.",
            "Santé publique France",
            "ORG",
        ),
        ("Une journaliste de Radio France a été entendue par les enquêteurs.", "Radio France", "ORG"),
        # With the article a place takes, or a link word, the name stays a place.
        ("Les combats ont repris dans le Sud-Liban dimanche.", "Sud-Liban", "LOC"),
        ("Les loyers augmentent en Île-de-France depuis deux ans.", "Île-de-France", "LOC"),
        ("La Chine s'est abstenue lors du vote.", "Chine", "LOC"),
    ],
)
def test_name_built_on_a_country(ent_nlp, text, name, label):
    check_type(ent_nlp, text, name, label)


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        # A descriptor in capitals or with adjectives and a complement before the name.
        (
            "Les pirates sont passés par un prestataire, la PME lyonnaise Datavia, qui gère les dossiers.",
            "Datavia",
            "Lyon",
        ),
        ("Le fabricant allemand de petit électroménager Kornfeld ferme son usine.", "Kornfeld", "Allemagne"),
        ("La compagnie à bas coût espagnole Volaria a annulé cent vols samedi.", "Volaria", "Espagne"),
        ("Le transporteur à bas coût Volaria a annulé cent vols samedi.", "Volaria", None),
    ],
)
def test_descriptor_with_adjectives_before_a_name(ent_nlp, text, name, place):
    types = check_type(ent_nlp, text, name, "ORG")
    _, _, relations = run(ent_nlp, text)
    if place is not None:
        assert ("located_in", name, place) in relations
    assert not {"PME", "ETI"} & set(types)


def test_possessive_title_after_a_descriptor_with_a_complement(ent_nlp):
    text = "La compagnie à bas coût espagnole Volaria est allée plus loin : son directeur général, Pedro Ruiz, accuse le gouvernement."
    _, _, relations = run(ent_nlp, text)
    assert ("member_of", "Pedro Ruiz", "Volaria") in relations
    assert ("role", "Pedro Ruiz", "directeur général") in relations


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # In an article about sport, clubs named like venues are clubs.
        (
            "L'attaquant, arrivé l'été dernier du Stade de Brest, a marqué lors du match.",
            "Stade de Brest",
            "ORG",
        ),
        ("Les supporters du Stade lavallois attendent un nouvel entraîneur.", "Stade lavallois", "ORG"),
        (
            "L'équipe a subi une lourde défaite face à l'En Avant Guingamp en Ligue 2.",
            "En Avant Guingamp",
            "ORG",
        ),
        ("Le joueur du Racing Club de Lens a été suspendu trois matchs.", "Racing Club de Lens", "ORG"),
        # A venue keeps its place preposition, or a country after `de`.
        ("La finale du championnat se jouera au Stade de France le 10 juin.", "Stade de France", "LOC"),
        ("Le Stade de France accueillera la finale du championnat.", "Stade de France", "LOC"),
        # Outside sport, a stadium is a place.
        ("Le concert aura lieu au Stade de Reims samedi.", "Stade de Reims", "LOC"),
    ],
)
def test_sports_club_named_like_a_venue(ent_nlp, text, name, label):
    check_type(ent_nlp, text, name, label)


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        # The premises of a description standing for the organisation named before: its town.
        (
            "Le gérant de la société de livraison Transloire Express a été tué le 3 mars dans les locaux "
            "de l'entreprise, à Saint-Herblain.",
            ("located_in", "Transloire Express", "Saint-Herblain"),
        ),
        (
            "La société de nettoyage Netaclair a été cambriolée. Les voleurs sont entrés dans les locaux "
            "de la société, à Villeurbanne.",
            ("located_in", "Netaclair", "Villeurbanne"),
        ),
        # A possessive title after a colon points back to the organisation of the clause.
        (
            "Le transporteur à bas coût Volaria est allé plus loin : sa directrice générale, Ana Ruiz, "
            "accuse l'État de bloquer les vols.",
            ("member_of", "Ana Ruiz", "Volaria"),
        ),
    ],
)
def test_premises_and_colon_relations(ent_nlp, text, relation):
    _, _, relations = run(ent_nlp, text)
    assert relation in relations


def test_a_factory_is_no_premises(ent_nlp):
    text = "La société Netaclair a fermé. Le syndicat a manifesté devant l'usine de l'entreprise, à Vierzon."
    _, _, relations = run(ent_nlp, text)
    assert not {r for r in relations if r[0] == "located_in"}

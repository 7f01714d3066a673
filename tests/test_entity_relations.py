"""Relation rules (role, member_of, located_in) on new French sentences, real model.

Each case gives the relations that must be found and those that must not.
"""

from __future__ import annotations

import pytest

from extract.entities.facts import facts
from extract.records import RelationFact


@pytest.fixture(scope="session")
def rel_nlp():
    """The model plus the entity component only."""
    import spacy

    import extract.entities  # noqa: F401  (registers the factory)
    from extract.pipeline import MODEL

    nlp = spacy.load(MODEL)
    nlp.add_pipe("extract_entities")
    return nlp


def relations(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp.make_doc(text)
    doc._.doc_id = "t"
    doc = nlp(doc)
    return {(f.predicate, f.subject, f.object) for f in facts(doc) if isinstance(f, RelationFact)}


def check(nlp, text, expected, absent):
    found = relations(nlp, text)
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "La ministre déléguée chargée de la Mer, Hélène Quintin, a visité le port.",
            {("role", "Hélène Quintin", "ministre déléguée chargée de la Mer")},
            set(),
        ),
        (
            "« Nous refusons ce plan », a déclaré le secrétaire d'État chargé des Sports, Paul Garnier.",
            {("role", "Paul Garnier", "secrétaire d'État chargé des Sports")},
            set(),
        ),
        (
            "Greenpeace a réagi. « C'est une faute », estime sa directrice pour l'Asie, Mei Tanaka.",
            {("role", "Mei Tanaka", "directrice"), ("member_of", "Mei Tanaka", "Greenpeace")},
            set(),
        ),
        (
            "Le texte a été voté. « Nous resterons vigilants », a prévenu le directeur des ventes "
            "de Renault en Espagne, Luis Ortega.",
            {("role", "Luis Ortega", "directeur des ventes"), ("member_of", "Luis Ortega", "Renault")},
            set(),
        ),
        (
            "L'ambassadeur auprès de l'Union européenne, Pierre Sellal, a démenti.",
            {("role", "Pierre Sellal", "ambassadeur")},
            {("member_of", "Pierre Sellal", "Union européenne")},
        ),
    ],
)
def test_titles_with_scope_and_portfolio(rel_nlp, text, expected, absent):
    """`chargé de` + portfolio stays in the role; `pour`/`en`/`auprès de` + a name is the
    scope of the post, dropped, and no organisation."""
    check(rel_nlp, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Chez Greenpeace, on refuse ce compromis. Son directeur général, Jean-François Julliard, "
            "dénonce un recul.",
            {("member_of", "Jean-François Julliard", "Greenpeace")},
            set(),
        ),
        (
            "Au Parti communiste, la consigne est claire. Sa porte-parole, Léa Guérin, appelle à voter contre.",
            {("role", "Léa Guérin", "porte-parole"), ("member_of", "Léa Guérin", "Parti communiste")},
            set(),
        ),
        (
            "Pour la Confédération paysanne, l'arrêté arrive trop tard. Le syndicat accuse l'État. "
            "Son porte-parole, Luc Perrin, demande des aides.",
            {("member_of", "Luc Perrin", "Confédération paysanne")},
            set(),
        ),
        (
            "Le plan a été critiqué par Oxfam. L'association, qui compte 300 bénévoles, a annoncé un recours. "
            "« C'est une façade », estime son président, Gilles Morin.",
            {("member_of", "Gilles Morin", "Oxfam")},
            set(),
        ),
    ],
)
def test_possessive_titles_find_their_organisation(rel_nlp, text, expected, absent):
    """`Son président, X` points back to a topic put first (`Chez X,`, `Pour la X,`) or,
    through a description subject (`L'association`), to the organisation named before."""
    check(rel_nlp, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Michelin a annoncé la fermeture de son usine de Cholet.",
            set(),
            {("located_in", "Michelin", "Cholet")},
        ),
        (
            "Le maire de Vannes, David Robo, et le PDG de Michelin, Florent Menegaux, ont signé.",
            {("member_of", "Florent Menegaux", "Michelin"), ("role", "David Robo", "maire")},
            {("member_of", "David Robo", "Vannes")},
        ),
    ],
)
def test_no_relation_for_sites_and_jurisdictions(rel_nlp, text, expected, absent):
    """A factory is an activity, not where a company is based; a mayor covers a place."""
    check(rel_nlp, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La société Dubreuil Textiles a confirmé la fermeture de son site de Roubaix.", ("Roubaix",)),
        ("Le groupe Verlac a réuni ses cadres sur son campus de Grenoble.", ("Grenoble",)),
    ],
)
def test_a_companys_own_site_or_campus_is_where_it_is_based(rel_nlp, text, expected):
    """`son site de X`, like `son campus de X`, says where the company is (docs/annotation.md)."""
    doc = rel_nlp(text)
    places = {f.object for f in facts(doc) if f.predicate == "located_in"}
    assert places == set(expected)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Marc Dupuis, neurologue au CHU de Nantes et membre de la Société française de neurologie, a témoigné.",
            {
                ("role", "Marc Dupuis", "neurologue"),
                ("member_of", "Marc Dupuis", "CHU de Nantes"),
                ("member_of", "Marc Dupuis", "Société française de neurologie"),
            },
            {("member_of", "CHU de Nantes", "Société française de neurologie")},
        ),
        (
            "Paul Morel, maire de Saint-Malo (Ille-et-Vilaine) et membre du bureau de l'Association des "
            "maires de France, a réagi.",
            {
                ("role", "Paul Morel", "maire"),
                ("role", "Paul Morel", "membre du bureau"),
                ("member_of", "Paul Morel", "Association des maires de France"),
            },
            {("member_of", "Paul Morel", "Saint-Malo")},
        ),
        (
            "Thomas Roy, conseiller municipal et membre des Verts, a protesté.",
            {("role", "Thomas Roy", "conseiller municipal"), ("member_of", "Thomas Roy", "Verts")},
            {("role", "Thomas Roy", "membre")},
        ),
        (
            "Jean Roux, l'un des deux avocats de la famille, a plaidé.",
            {("role", "Jean Roux", "avocat de la famille")},
            set(),
        ),
        (
            "Luc Bret, son associé au sein de la société Transalp, a témoigné.",
            {("role", "Luc Bret", "associé"), ("member_of", "Luc Bret", "Transalp")},
            set(),
        ),
        (
            "Hélène Vasseur, juge qu'ils ont raison.",
            set(),
            {("role", "Hélène Vasseur", "juge")},
        ),
        (
            "Sa porte-parole, la comédienne Lucie Brun, a pris la parole.",
            {("role", "Lucie Brun", "comédienne"), ("role", "Lucie Brun", "porte-parole")},
            set(),
        ),
    ],
)
def test_appositions(rel_nlp, text, expected, absent):
    """A second title joined by `et` in the same apposition; `son associé`, `l'un des
    avocats` (singular); a bare `membre` is no role; `juge que` is a verb."""
    check(rel_nlp, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le Fonds mondial pour la nature (WWF), qui fait partie du réseau Greenpeace, alerte.",
            {("member_of", "Fonds mondial pour la nature", "Greenpeace")},
        ),
        (
            "Le fabricant Cartel, filiale depuis 2019 du groupe italien Barilla, a grandi.",
            {("member_of", "Cartel", "Barilla")},
        ),
        (
            "La société Videomax, propriété du groupe américain Paramount, a fermé.",
            {("member_of", "Videomax", "Paramount")},
        ),
    ],
)
def test_organisation_and_parent(rel_nlp, text, expected):
    """`X (ABR), qui fait partie de Y`, `filiale depuis <année> de`, `propriété de`."""
    assert expected <= relations(rel_nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le conseil départemental du Cantal a voté la baisse. Président du conseil départemental, "
            "Bruno Faure défend ce choix.",
            {
                ("role", "Bruno Faure", "président"),
                ("member_of", "Bruno Faure", "conseil départemental du Cantal"),
            },
        ),
        (
            "Le procès se tient devant la cour d'assises du Rhône. Le président de la cour, Jean Morel, "
            "a suspendu l'audience.",
            {("role", "Jean Morel", "président"), ("member_of", "Jean Morel", "cour d'assises du Rhône")},
        ),
        (
            "La grève est suivie à la CGT-Énergie, dont le secrétaire fédéral, Paul Morin, appelle à tenir.",
            {("role", "Paul Morin", "secrétaire fédéral"), ("member_of", "Paul Morin", "CGT-Énergie")},
        ),
    ],
)
def test_title_of_a_described_or_relative_organisation(rel_nlp, text, expected):
    """`président de la cour, X` -> the one named body whose name opens with `cour`;
    `Y, dont le secrétaire fédéral, X`; a title capitalised at the start of a sentence."""
    assert expected <= relations(rel_nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le groupe suédois Nordvik a annoncé 300 suppressions de postes. « Nous n'avons pas le choix », "
            "a déclaré à l'AFP son porte-parole. Le groupe, basé à Göteborg et qui fait partie du holding "
            "Invest Partners, promet des reclassements.",
            {("located_in", "Nordvik", "Göteborg"), ("member_of", "Nordvik", "Invest Partners")},
        ),
        (
            "Depuis lundi, le Centre hospitalier Bretagne Atlantique fonctionne en mode dégradé. Victime "
            "d'une panne, l'établissement public, basé à Vannes, a reporté des opérations.",
            {("located_in", "Centre hospitalier Bretagne Atlantique", "Vannes")},
        ),
        (
            "Le groupe chimique belge Solvax est mis en cause. La plainte vise le site exploité par Alcane "
            "France, filiale du groupe dont le siège est à Bruxelles.",
            {("member_of", "Alcane France", "Solvax"), ("located_in", "Solvax", "Bruxelles")},
        ),
    ],
)
def test_descriptions_stand_for_the_organisation(rel_nlp, text, expected):
    """`Le groupe, basé à Y`, `l'établissement public, basé à Y`, `filiale du groupe dont le
    siège est à Y`: the description is the organisation the text described with that noun,
    else the subject before."""
    assert expected <= relations(rel_nlp, text)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Le verdict est attendu devant la cour d'assises du Var, à Draguignan, vendredi.",
            {("located_in", "cour d'assises du Var", "Draguignan")},
            set(),
        ),
        (
            "La présidente de la Région Occitanie a parlé depuis le siège de la Région, à Toulouse.",
            {("located_in", "Région Occitanie", "Toulouse")},
            set(),
        ),
        (
            "Le Crédit Agricole, à Paris, a signé un accord avec Renault, à Lyon.",
            set(),
            {("located_in", "Crédit Agricole", "Paris"), ("located_in", "Renault", "Lyon")},
        ),
        (
            "La compagnie rouennaise Théâtre du Lys jouera cet été.",
            {("located_in", "Théâtre du Lys", "Rouen")},
            set(),
        ),
    ],
)
def test_seats(rel_nlp, text, expected, absent):
    """`le siège de Y, à Z` and an institution `, à Z` say where it sits; a company `, à Z`
    does not; a city adjective gives its city."""
    check(rel_nlp, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "L'ambassadeur russe auprès des Nations unies, Vassili Petrov, a protesté.",
            {("role", "Vassili Petrov", "ambassadeur")},
            set(),
        ),
        (
            "Jean Dupré, maire (PS), a réagi.",
            {("role", "Jean Dupré", "maire"), ("member_of", "Jean Dupré", "PS")},
            set(),
        ),
        (
            "L'intérim sera assuré par l'entraîneur des moins de 19 ans du club, Rémi Costa.",
            {("role", "Rémi Costa", "entraîneur des moins de 19 ans du club")},
            set(),
        ),
        (
            "Pas question de payer, a répondu l'Agence régionale de santé de Bretagne (ARS), qui coordonne "
            "la gestion de crise. « Nous ne négocions pas », a martelé son directeur général, Yann Le Goff.",
            {("member_of", "Yann Le Goff", "Agence régionale de santé de Bretagne")},
            set(),
        ),
    ],
)
def test_scopes_brackets_ages_and_inverted_subjects(rel_nlp, text, expected, absent):
    """`auprès des Nations unies` is a scope; a bracketed party after a mayor is his party;
    an age group stays in a title; `a répondu l'agence X` makes X the antecedent."""
    check(rel_nlp, text, expected, absent)


def entity_names(nlp, text: str) -> set[str]:
    doc = nlp.make_doc(text)
    doc._.doc_id = "t"
    doc = nlp(doc)
    return {f.subject for f in facts(doc) if not isinstance(f, RelationFact)}


@pytest.mark.parametrize(
    ("text", "expected", "portfolio"),
    [
        (
            "Le ministre malien de la Santé, Amadou Traoré, a inauguré l'hôpital.",
            {("role", "Amadou Traoré", "ministre de la Santé")},
            "Santé",
        ),
        (
            "La ministre belge des Affaires étrangères, Sophie Claes, a déclaré que la situation était grave.",
            {("role", "Sophie Claes", "ministre des Affaires étrangères")},
            "Affaires étrangères",
        ),
        (
            "La secrétaire d'État espagnole au Numérique, Ana Ruiz, a présenté le plan.",
            {("role", "Ana Ruiz", "secrétaire d'État au Numérique")},
            "Numérique",
        ),
        (
            "Le secrétaire d'État italien aux Transports, Marco Bellini, a démenti.",
            {("role", "Marco Bellini", "secrétaire d'État aux Transports")},
            "Transports",
        ),
        (
            "La ministre canadienne de l'Environnement, Julie Tremblay, a salué l'accord.",
            {("role", "Julie Tremblay", "ministre de l'Environnement")},
            "Environnement",
        ),
        (
            "Le vice-ministre chinois des Affaires étrangères, Li Wei, a rencontré son homologue.",
            {("role", "Li Wei", "vice-ministre des Affaires étrangères")},
            "Affaires étrangères",
        ),
        (
            "« Nous agirons », a assuré le ministre grec de la Santé, Nikos Papas.",
            {("role", "Nikos Papas", "ministre de la Santé")},
            "Santé",
        ),
    ],
)
def test_nationality_and_portfolio_before_a_name(rel_nlp, text, expected, portfolio):
    """`le ministre malien de la Santé, X`: the nationality is dropped, the portfolio (after
    `de` or `à`) stays in the role and is no entity, no organisation."""
    found = relations(rel_nlp, text)
    assert expected <= found, found
    assert not any(p == "member_of" for p, _, _ in found), found
    assert portfolio not in entity_names(rel_nlp, text)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Paul Durand, chef de file des sénateurs du Parti socialiste (PS), a dénoncé la réforme.",
            {
                ("role", "Paul Durand", "chef de file des sénateurs"),
                ("member_of", "Paul Durand", "Parti socialiste"),
            },
            set(),
        ),
        (
            "Le chef de file des sénateurs du Parti socialiste (PS), Paul Durand, a dénoncé la réforme.",
            {
                ("role", "Paul Durand", "chef de file des sénateurs"),
                ("member_of", "Paul Durand", "Parti socialiste"),
            },
            set(),
        ),
        (
            "Nadia Benali, présidente du groupe des députés de La France insoumise (LFI), a réagi.",
            {
                ("role", "Nadia Benali", "présidente du groupe des députés"),
                ("member_of", "Nadia Benali", "La France insoumise"),
            },
            {("role", "Nadia Benali", "présidente")},
        ),
        (
            "Marc Ollier, porte-parole des élus Les Républicains au conseil régional, a critiqué le budget.",
            {("role", "Marc Ollier", "porte-parole des élus"), ("member_of", "Marc Ollier", "Républicains")},
            set(),
        ),
        (
            "Le président des sénateurs Les Républicains, Bruno Marchal, a voté contre.",
            {
                ("role", "Bruno Marchal", "président des sénateurs"),
                ("member_of", "Bruno Marchal", "Républicains"),
            },
            set(),
        ),
        (
            "Claire Petit, porte-parole des militants de Greenpeace, a protesté.",
            {
                ("role", "Claire Petit", "porte-parole des militants"),
                ("member_of", "Claire Petit", "Greenpeace"),
            },
            set(),
        ),
        (
            "Luc Moreau, secrétaire général du syndicat des enseignants de la CGT, a appelé à la grève.",
            {("member_of", "Luc Moreau", "CGT")},
            set(),
        ),
        (
            "Pierre Lenoir, député de la Somme, a réagi.",
            {("role", "Pierre Lenoir", "député")},
            {("member_of", "Pierre Lenoir", "Somme")},
        ),
        (
            "Le maire de Douai, Pierre Lenoir, a réagi.",
            {("role", "Pierre Lenoir", "maire")},
            {("member_of", "Pierre Lenoir", "Douai")},
        ),
    ],
)
def test_titles_over_a_group_of_members(rel_nlp, text, expected, absent):
    """`chef de file des sénateurs du PS`, `présidente du groupe des députés de X`: a plural
    title noun names members, its complement is their organisation (a singular `député de`
    or `maire de` still covers a place); a capitalised article may open the party's name."""
    check(rel_nlp, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Le Racing Club de Lens a battu Nantes samedi. Le club, quatrième du championnat, reste "
            "invaincu. « Nous avons souffert », a reconnu le président du club, Arnaud Perrin, après la "
            "rencontre.",
            {("role", "Arnaud Perrin", "président"), ("member_of", "Arnaud Perrin", "Racing Club de Lens")},
            set(),
        ),
        (
            "Le Stade brestois a limogé son entraîneur lundi. Le club, 15e de Ligue 1, cherche un "
            "successeur. L'intérim sera assuré par l'entraîneur des moins de 17 ans du club, Marc Tissier.",
            {
                ("role", "Marc Tissier", "entraîneur des moins de 17 ans"),
                ("member_of", "Marc Tissier", "Stade brestois"),
            },
            set(),
        ),
        (
            "L'Olympique lyonnais s'est incliné à Lens. L'équipe, septième, recule au classement. "
            "L'entraîneur de l'équipe, Paulo Fonseca, a critiqué l'arbitrage.",
            {("role", "Paulo Fonseca", "entraîneur"), ("member_of", "Paulo Fonseca", "Olympique lyonnais")},
            set(),
        ),
        (
            "Le groupe Bonduelle a annoncé la fermeture d'un site. L'entreprise, fondée en 1853, emploie "
            "11 000 personnes. « Nous n'avons pas le choix », explique la directrice de l'entreprise, "
            "Sophie Lenoir.",
            {("role", "Sophie Lenoir", "directrice"), ("member_of", "Sophie Lenoir", "Bonduelle")},
            set(),
        ),
        (
            "L'association Sea Shepherd a déposé un recours. L'association, présente dans 40 pays, conteste "
            "l'étude d'impact. « C'est un non-sens », estime la présidente de l'association, Claire Dumas.",
            {("role", "Claire Dumas", "présidente"), ("member_of", "Claire Dumas", "Sea Shepherd")},
            set(),
        ),
        (
            # Two clubs and no `Le club` that stands for one of them: no guess.
            "Le FC Sochaux a battu l'AJ Auxerre samedi. « On a souffert », a reconnu le président du "
            "club, Paul Morel.",
            set(),
            {("member_of", "Paul Morel", "FC Sochaux"), ("member_of", "Paul Morel", "AJ Auxerre")},
        ),
        (
            # `Le club` stands for two clubs in turn: no guess.
            "Le FC Sochaux a battu Grenoble samedi. Le club, leader du championnat, reste invaincu. "
            "L'AJ Auxerre a perdu à Nancy. Le club, relégable, s'inquiète. « On a souffert », a reconnu "
            "le président du club, Paul Morel.",
            set(),
            {("member_of", "Paul Morel", "FC Sochaux"), ("member_of", "Paul Morel", "AJ Auxerre")},
        ),
        (
            # `Le club` does not stand for `l'équipe`: another noun, no guess.
            "L'Olympique lyonnais s'est incliné à Lens. Le club, septième, recule au classement. "
            "L'entraîneur de l'équipe, Paulo Fonseca, a critiqué l'arbitrage.",
            set(),
            {("member_of", "Paulo Fonseca", "Olympique lyonnais")},
        ),
    ],
)
def test_title_of_the_organisation_a_description_stands_for(rel_nlp, text, expected, absent):
    """`le président du club, X`, `la directrice de l'entreprise, X`: the one organisation the
    sentences opening with `Le club` / `L'entreprise` stand for; the person stays a person."""
    check(rel_nlp, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Caisse régionale du Finistère, qui fait partie du réseau mutualiste Crédit Agricole, a "
            "publié ses comptes.",
            {("member_of", "Caisse régionale du Finistère", "Crédit Agricole")},
        ),
        (
            "L'École nationale des ponts, qui fait partie du système universitaire ParisTech, recrute.",
            {("member_of", "École nationale des ponts", "ParisTech")},
        ),
        (
            "Le laboratoire Biogaran, qui fait partie du groupe pharmaceutique Servier depuis 1996, a "
            "rappelé des lots.",
            {("member_of", "Biogaran", "Servier")},
        ),
        (
            "La station Fip, qui fait partie du groupe public Radio France, change de grille.",
            {("member_of", "Fip", "Radio France")},
        ),
        (
            "L'hôtel Lutetia, qui fait partie de la chaîne Marriott, rouvre.",
            {("member_of", "Lutetia", "Marriott")},
        ),
    ],
)
def test_part_of_an_organisation_named_after_its_noun(rel_nlp, text, expected):
    """`Y, qui fait partie du réseau / du système / du groupe Z`: member_of Z."""
    assert expected <= relations(rel_nlp, text)

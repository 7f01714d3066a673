"""Claims (FACTS.md §2.2) on the real model: one French sentence per construction and filter.

Each case writes the expected claim inline: (source, cue, category, mode, content).
"""

from __future__ import annotations

import pytest

from extract.claims.quotes import find_quotes
from extract.records import ClaimFact


@pytest.fixture(scope="session")
def claims_nlp():
    """The model with only the entity and claim components: claims do not depend on dates."""
    from extract.pipeline import build_pipeline

    return build_pipeline(components=("extract_entities", "extract_claims"))


def claims_of(nlp, text: str) -> list[ClaimFact]:
    from extract.claims.facts import facts

    doc = nlp(text)
    doc._.doc_id = "t"
    return facts(doc)


DIRECT = [
    # incise after the quote, aux + participle + named source
    (
        "« Nous ne céderons pas sur les salaires », a déclaré Sophie Binet devant la presse.",
        ("Sophie Binet", "déclarer", "SAY", "direct", "Nous ne céderons pas sur les salaires"),
    ),
    # inverted clitic subject resolved to the person named before
    (
        "Le ministre Bruno Le Maire a reçu les syndicats. « Le dialogue continuera demain », a-t-il ajouté.",
        ("Bruno Le Maire", "ajouter", "SAY", "direct", "Le dialogue continuera demain"),
    ),
    # simple-tense incise, no space inside the marks
    (
        "«La sécurité des patients passe avant tout», estime Martin Hirsch.",
        ("Martin Hirsch", "estimer", "SAY", "direct", "La sécurité des patients passe avant tout"),
    ),
    # colon after the source, no cue: predicate null
    (
        "Jean Dupont, maire de Lille : « Nous allons rouvrir les piscines dès lundi ».",
        ("Jean Dupont", None, "SAY", "direct", "Nous allons rouvrir les piscines dès lundi"),
    ),
    # cue before a colon
    (
        "Greenpeace a réagi dans un communiqué : « Cette décision est un recul historique pour le climat. »",
        ("Greenpeace", "réagir", "SAY", "direct", "Cette décision est un recul historique pour le climat."),
    ),
    # English-style quotes
    (
        "“Les hôpitaux sont saturés depuis des semaines”, a expliqué Agnès Buzyn.",
        ("Agnès Buzyn", "expliquer", "SAY", "direct", "Les hôpitaux sont saturés depuis des semaines"),
    ),
    # a document speaks for its named author
    (
        "« Les forêts reculent partout en Europe », détaille le rapport publié par le WWF.",
        ("WWF", "détailler", "SAY", "direct", "Les forêts reculent partout en Europe"),
    ),
    # selon + pronoun after the quote
    (
        "Greenpeace dénonce le projet. Ce chantier est « une catastrophe écologique annoncée », selon elle.",
        ("Greenpeace", "selon", "SAY", "mixed", "Ce chantier est « une catastrophe écologique annoncée »"),
    ),
]

INDIRECT = [
    (
        "Le syndicat affirme que les négociations sont rompues.",
        ("Le syndicat", "affirmer", "SAY", "indirect", "les négociations sont rompues"),
    ),
    (
        "Les ONG accusent TotalEnergies de financer de nouveaux projets fossiles.",
        ("Les ONG", "accuser", "ACCUSE", "indirect", "financer de nouveaux projets fossiles"),
    ),
    (
        "Les associations exhortent Google à cesser toute collecte de données sur les mineurs.",
        (
            "Les associations",
            "exhorter",
            "DEMAND",
            "indirect",
            "cesser toute collecte de données sur les mineurs",
        ),
    ),
    (
        "Greenpeace demande l'interdiction des pesticides dans les zones habitées.",
        (
            "Greenpeace",
            "demander",
            "DEMAND",
            "indirect",
            "l'interdiction des pesticides dans les zones habitées",
        ),
    ),
    (
        "Selon la CGT, la réforme des retraites pénalisera les femmes.",
        ("CGT", "selon", "SAY", "indirect", "la réforme des retraites pénalisera les femmes"),
    ),
    (
        "D'après Médecins sans frontières, les camps manquent d'eau potable.",
        ("Médecins sans frontières", "d'après", "SAY", "indirect", "les camps manquent d'eau potable"),
    ),
    (
        "Pour Laurent Berger, cette loi est une erreur.",
        ("Laurent Berger", "pour", "SAY", "indirect", "cette loi est une erreur"),
    ),
    (
        "Le gouvernement a annoncé suspendre la livraison des armes.",
        ("Le gouvernement", "annoncer", "ANNOUNCE", "indirect", "suspendre la livraison des armes"),
    ),
    (
        "La banque reconnaît que ses systèmes ont été piratés.",
        ("La banque", "reconnaître", "ADMIT", "indirect", "ses systèmes ont été piratés"),
    ),
    (
        "Le ministre dément que des policiers aient été blessés.",
        ("Le ministre", "démentir", "DENY", "indirect", "des policiers aient été blessés"),
    ),
    (
        "Les enquêteurs ont découvert que les comptes avaient été falsifiés.",
        ("Les enquêteurs", "découvrir", "REPORT", "indirect", "les comptes avaient été falsifiés"),
    ),
    # mixed: a reported clause with a quoted part keeps its closing mark
    (
        "Le maire souligne que la ville « ne paiera pas les dettes de l'État ».",
        ("Le maire", "souligner", "SAY", "mixed", "la ville « ne paiera pas les dettes de l'État »"),
    ),
    # de + infinitive entirely quoted: direct
    (
        "Les syndicats accusent la direction de « mépriser les salariés ».",
        ("Les syndicats", "accuser", "ACCUSE", "direct", "mépriser les salariés"),
    ),
    # incise with no quote: the content comes first
    (
        "Les émissions de méthane ont doublé en dix ans, révèle le Giec dans son dernier rapport.",
        ("Giec", "révéler", "REPORT", "indirect", "Les émissions de méthane ont doublé en dix ans"),
    ),
]


SOURCES = [
    # a title set off before the name: the person
    (
        "Le maire de Lyon, Grégory Doucet, a regretté que l'État n'ait pas consulté les élus.",
        ("Grégory Doucet", "regretter", "SAY", "indirect", "l'État n'ait pas consulté les élus"),
    ),
    # a time word between the incise verb and its subject
    (
        "« Je ne me représenterai pas », a annoncé mardi le président du département, Jean Dupuis.",
        ("Jean Dupuis", "annoncer", "ANNOUNCE", "direct", "Je ne me représenterai pas"),
    ),
    # a pronoun with no named antecedent goes on with the previous speaker
    (
        "Le Premier ministre a assuré que les impôts resteraient stables. Il a aussi promis de baisser les charges.",
        ("Le Premier ministre", "promettre", "ANNOUNCE", "indirect", "baisser les charges"),
    ),
    # a pronoun in a subordinate clause is bound to the main subject
    (
        "Les riverains dénoncent des travaux qu'ils estiment menacer leur sécurité.",
        ("Les riverains", "estimer", "SAY", "indirect", "menacer leur sécurité"),
    ),
    # a past infinitive after a participle: the act of the person described
    (
        "Le blogueur Li Wei, condamné pour avoir critiqué la censure, reste en prison.",
        ("Li Wei", "critiquer", "ACCUSE", "indirect", "la censure"),
    ),
    # a purpose quoted after a gathering: the subject of the clause
    (
        "Des agriculteurs se sont rassemblés devant la préfecture « pour dénoncer la baisse des prix du lait ».",
        ("Des agriculteurs", "dénoncer", "ACCUSE", "direct", "la baisse des prix du lait"),
    ),
    # a group with examples: the group phrase
    (
        "Plusieurs pays, dont l'Italie, s'opposent à une taxe sur le kérosène.",
        ("Plusieurs pays", "s'opposer", "DENY", "indirect", "une taxe sur le kérosène"),
    ),
    # selon at the end, with or without a comma
    (
        "Les prix de l'énergie ont augmenté de 12 % selon l'Insee.",
        ("Insee", "selon", "SAY", "indirect", "Les prix de l'énergie ont augmenté de 12 %"),
    ),
    (
        "Ils étaient dix mille dans la rue, selon les organisateurs.",
        ("les organisateurs", "selon", "SAY", "indirect", "Ils étaient dix mille dans la rue"),
    ),
    (
        "Pour les écologistes, ce projet est « climaticide ».",
        ("les écologistes", "pour", "SAY", "mixed", "ce projet est « climaticide »"),
    ),
    (
        "L'entreprise Orange a démenti avoir licencié des salariés grévistes.",
        ("Orange", "démentir", "DENY", "indirect", "avoir licencié des salariés grévistes"),
    ),
]


def _check(claims: list[ClaimFact], expected: tuple) -> None:
    source, cue, category, mode, content = expected
    match = [c for c in claims if c.object == content]
    assert match, f"no claim with content {content!r} in {[c.object for c in claims]}"
    claim = match[0]
    assert (claim.subject, claim.predicate, claim.category, claim.mode) == (source, cue, category, mode)
    assert claim.text == claim.object


@pytest.mark.parametrize(("text", "expected"), DIRECT)
def test_direct_quotes(claims_nlp, text, expected):
    _check(claims_of(claims_nlp, text), expected)


@pytest.mark.parametrize(("text", "expected"), INDIRECT)
def test_indirect_speech(claims_nlp, text, expected):
    _check(claims_of(claims_nlp, text), expected)


@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_sources(claims_nlp, text, expected):
    _check(claims_of(claims_nlp, text), expected)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a pronoun takes the subject of the sentence before when gender and number agree
        (
            "La mairie se défend. Selon elle, la baisse démographique rend ces fermetures inévitables.",
            "La mairie",
        ),
        (
            "Les syndicats d'enseignants ont manifesté devant le rectorat. Ils exigent le maintien des postes.",
            "Les syndicats d'enseignants",
        ),
        # a title with its own complement, then the name
        (
            "L'adjoint chargé de l'éducation, Patrick Bloche, assure que chaque enfant aura une place.",
            "Patrick Bloche",
        ),
        # a plural description with its own complement is a new group, not an antecedent
        (
            "Amnesty International a publié un rapport. Les associations de défense des migrants "
            "estiment que le texte est contraire à la Constitution.",
            "Les associations de défense des migrants",
        ),
        # a leading adjective before the title
        (
            "L'ancien président François Hollande a écrit que la République ne peut pas se renier.",
            "François Hollande",
        ),
        # an incise inside the marks
        (
            "Marie Curie a quitté la salle. « Nous partons, dit-elle. Le laboratoire restera fermé. »",
            "Marie Curie",
        ),
    ],
)
def test_pronouns_titles_and_inner_incises(claims_nlp, text, source):
    claims = claims_of(claims_nlp, text)
    assert claims, f"no claim in {text!r}"
    assert claims[-1].subject == source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an infinitive cue after the incise has the subject of the claim before
        (
            "« Nous avons gagné », a déclaré Laurent Berger, avant d'ajouter : « Mais le combat continue. »",
            [
                ("Laurent Berger", "déclarer", "Nous avons gagné"),
                ("Laurent Berger", "ajouter", "Mais le combat continue."),
            ],
        ),
        # a short quote that is a full sentence, after another one
        (
            "Le ministre a déclaré : « Nous allons agir. » « Les résultats viendront. »",
            [
                ("Le ministre", "déclarer", "Nous allons agir."),
                ("Le ministre", None, "Les résultats viendront."),
            ],
        ),
        # two coordinated cues, the second read as a noun by the tagger
        (
            "Dans un communiqué, la FNSEA estime que « les agriculteurs sont à bout » et demande « des mesures d'urgence ».",
            [
                ("FNSEA", "estimer", "les agriculteurs sont à bout"),
                ("FNSEA", "demander", "des mesures d'urgence"),
            ],
        ),
    ],
)
def test_claims_that_follow_each_other(claims_nlp, text, expected):
    assert [(c.subject, c.predicate, c.object) for c in claims_of(claims_nlp, text)] == expected


def test_selon_with_a_relative_pronoun_reports_the_noun_before(claims_nlp):
    claims = claims_of(claims_nlp, "Le ministre a démenti une rumeur selon laquelle il aurait démissionné.")
    assert ("une rumeur", "selon", "il aurait démissionné") in [
        (c.subject, c.predicate, c.object) for c in claims
    ]


def test_a_relative_clause_set_off_by_commas_ends_the_content(claims_nlp):
    text = "Le rapport, qui affirme que la pollution tue 40 000 personnes par an, sera publié jeudi."
    (claim,) = claims_of(claims_nlp, text)
    assert (claim.subject, claim.object) == ("Le rapport", "la pollution tue 40 000 personnes par an")


def test_document_speaks_for_its_author(claims_nlp):
    (claim,) = claims_of(claims_nlp, "Le rapport de la Cour des comptes pointe les dérives du dispositif.")
    assert (claim.subject, claim.category, claim.object) == (
        "Cour des comptes",
        "REPORT",
        "les dérives du dispositif",
    )
    (claim,) = claims_of(claims_nlp, "Les chiffres de l'Insee montrent que le chômage baisse.")
    assert (claim.subject, claim.category, claim.object) == ("Insee", "REPORT", "le chômage baisse")


def test_quotes_listed_after_a_colon_share_source_and_cue(claims_nlp):
    text = "Des milliers d'internautes ont tweeté : « Rendez-nous nos trains de nuit », « Le rail est un service public »."
    claims = claims_of(claims_nlp, text)
    assert [(c.subject, c.predicate, c.object) for c in claims] == [
        ("Des milliers d'internautes", "tweeter", "Rendez-nous nos trains de nuit"),
        ("Des milliers d'internautes", "tweeter", "Le rail est un service public"),
    ]


def test_cue_inside_the_marks_starts_the_content_after_it(claims_nlp):
    text = "Lundi, Google a annoncé suspendre le projet et s'est «opposé à toute utilisation militaire de ses logiciels»."
    claims = claims_of(claims_nlp, text)
    assert [(c.subject, c.predicate, c.category, c.mode, c.object) for c in claims] == [
        ("Google", "annoncer", "ANNOUNCE", "indirect", "suspendre le projet"),
        ("Google", "s'opposer", "DENY", "direct", "à toute utilisation militaire de ses logiciels"),
    ]


def test_long_quotation_woven_into_the_article_has_no_source(claims_nlp):
    text = (
        "Ce corps d'armée joue un rôle « dans la défense des frontières, le maintien de l'ordre dans la région "
        "et la lutte contre les trafics de toute nature »."
    )
    (claim,) = claims_of(claims_nlp, text)
    assert (claim.subject, claim.predicate, claim.mode) == (None, None, "direct")


def test_passive_accusation_takes_its_agent_as_source_and_subject_as_target(claims_nlp):
    claims = claims_of(
        claims_nlp, "Le préfet est accusé par la Ligue des droits de l'homme de couvrir les violences."
    )
    assert [(c.subject, c.category, c.target, c.object) for c in claims] == [
        ("Ligue des droits de l'homme", "ACCUSE", "Le préfet", "couvrir les violences")
    ]


def test_target_of_a_demand(claims_nlp):
    (claim,) = claims_of(claims_nlp, "Les ONG exhortent Google à cesser toute collecte de données.")
    assert claim.target == "Google"


def test_quote_split_by_an_incise_gives_two_claims_with_the_same_source(claims_nlp):
    text = "« Nous ne partirons pas », a déclaré Marie Curie. « Le laboratoire restera ouvert tout l'été. »"
    claims = claims_of(claims_nlp, text)
    assert [(c.subject, c.object) for c in claims] == [
        ("Marie Curie", "Nous ne partirons pas"),
        ("Marie Curie", "Le laboratoire restera ouvert tout l'été."),
    ]


def test_description_resolved_to_the_organisation(claims_nlp):
    text = (
        "Amnesty International a publié un rapport sur la Syrie. L'ONG affirme que des civils ont été visés."
    )
    claims = claims_of(claims_nlp, text)
    assert [(c.subject, c.object) for c in claims] == [("Amnesty International", "des civils ont été visés")]


def test_coordinated_cues_share_their_subject_and_split_the_content(claims_nlp):
    text = (
        "Airbus a reconnu que les livraisons seraient retardées et assuré que les emplois seraient maintenus."
    )
    claims = claims_of(claims_nlp, text)
    assert [(c.subject, c.predicate, c.object) for c in claims] == [
        ("Airbus", "reconnaître", "les livraisons seraient retardées"),
        ("Airbus", "assurer", "les emplois seraient maintenus"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # scare quotes and quoted terms
        "Le gouvernement parle d'une « réforme ambitieuse » pour les lycées professionnels.",
        "Les détenus sont envoyés dans des camps de « rééducation » depuis 2017.",
        # quoted titles and names
        "Le programme « Horizon Europe » finance des laboratoires dans toute l'Union.",
        # negated cue
        "Le ministère n'a pas confirmé que le site serait fermé.",
        # impersonal source
        "On savait déjà que le barrage était fragile.",
        # a cue with no proposition as content
        "La Commission a dévoilé une stratégie pour les batteries.",
        # the article's own voice
        "Les ventes de voitures électriques ont progressé de 20 % en 2023.",
        # a sentence, not a statement
        "Le tribunal a condamné l'homme à deux ans de prison.",
        # a fact as subject of a finding verb
        "Cette décision montre que la justice reste indépendante.",
        # pour + a phrase that is no point of view
        "Pour la première fois, le fleuve a débordé en hiver.",
        # selon a rule, not a speaker
        "Les élus doivent voter selon les règles du conseil.",
        # a refusal to speak is not negated speech turned into a claim
        "L'entreprise n'a pas souhaité réagir.",
        # verbs of saying about things, not statements
        "Le panneau indique la direction de la gare.",
        "La carte montre que les zones inondables ont doublé.",
        "Le film raconte l'histoire d'une famille ouvrière.",
        # the newspaper's own information
        "D'après nos informations, le préfet devrait être remplacé.",
    ],
)
def test_not_claims(claims_nlp, text):
    assert claims_of(claims_nlp, text) == []


def test_speech_inside_a_quote_belongs_to_the_quote(claims_nlp):
    text = "« Le directeur nous a dit que l'usine fermerait en mars », raconte Paul Martin, ouvrier."
    claims = claims_of(claims_nlp, text)
    assert [(c.subject, c.predicate, c.object) for c in claims] == [
        ("Paul Martin", "raconter", "Le directeur nous a dit que l'usine fermerait en mars")
    ]


def test_quote_over_paragraphs_is_one_claim(claims_nlp):
    text = (
        "Anne Hidalgo a présenté son plan : « Nous allons planter cent mille arbres.\n\n"
        "« Chaque quartier aura son jardin partagé. »\n\nLe conseil votera en juin."
    )
    claims = claims_of(claims_nlp, text)
    assert len(claims) == 1
    assert claims[0].object.startswith("Nous allons planter") and claims[0].object.endswith("jardin partagé.")
    assert claims[0].subject == "Anne Hidalgo"


@pytest.mark.parametrize(
    ("text", "contents", "n_warnings"),
    [
        ("Il a dit : « A et « B » puis C ».", ["A et « B » puis C"], 0),
        ("Elle a écrit : « Nous partons.\n\nLa suite.", ["Nous partons."], 1),
        ("Un » seul mark.", [], 1),
        ('Il a dit : "Nous partons" puis "rien".', ["Nous partons", "rien"], 0),
        ("« Une phrase coupée\n\nen deux paragraphes. »", ["Une phrase coupée\n\nen deux paragraphes."], 0),
    ],
)
def test_quote_marks(text, contents, n_warnings):
    quotes, warnings = find_quotes(text)
    assert [q.text(text) for q in quotes] == contents
    assert len(warnings) == n_warnings


def test_unbalanced_quote_never_crashes_and_is_still_a_claim(claims_nlp):
    text = "Le porte-parole Gabriel Attal a déclaré : « Nous ne reculerons pas sur ce texte.\n\nLa séance est levée."
    claims = claims_of(claims_nlp, text)
    assert [(c.subject, c.object) for c in claims] == [
        ("Gabriel Attal", "Nous ne reculerons pas sur ce texte.")
    ]
    assert any("never closed" in w for w in claims_nlp(text)._.warnings)


def test_any_spacy_user_can_add_the_component_and_ship_the_doc():
    """``nlp.add_pipe("extract_claims")`` on the bare model; the results survive ``to_bytes``."""
    import spacy
    from spacy.tokens import Doc

    import extract.claims  # noqa: F401  (registers the factory)

    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("extract_claims")
    doc = nlp("« Le projet est abandonné », a déclaré Élisabeth Borne.")
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [(s._.claim_source, s._.claim_cue, s._.claim_mode, s.text) for s in copy.spans["claims"]] == [
        ("Élisabeth Borne", "déclarer", "direct", "Le projet est abandonné")
    ]

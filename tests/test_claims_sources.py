"""Sources resolved to the person or organisation they name (FACTS.md §2.2), on the real model.

Titles before or around a name, descriptions and pronouns that point back, and words
of the cue clause that are not part of the source. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from extract.records import ClaimFact


@pytest.fixture(scope="session")
def claims_nlp():
    from extract.pipeline import build_pipeline

    return build_pipeline(components=("extract_entities", "extract_claims"))


def claims_of(nlp, text: str) -> list[ClaimFact]:
    from extract.claims.facts import facts

    doc = nlp(text)
    doc._.doc_id = "t"
    return facts(doc)


def _source_of(nlp, text: str, content: str) -> str | None:
    claims = claims_of(nlp, text)
    match = [c for c in claims if c.object == content]
    assert match, f"no claim with content {content!r} in {[c.object for c in claims]}"
    return match[0].subject


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a title, then the name set off by commas, with its own article and title
        (
            "Son président, le docteur Marc Riou, accuse l'agence de « fermer les yeux ».",
            "fermer les yeux",
            "Marc Riou",
        ),
        (
            "Son avocat, Jean-Paul Morin, a affirmé que son client était innocent.",
            "son client était innocent",
            "Jean-Paul Morin",
        ),
        # a nationality noun before the name in the apposition
        (
            "Son porte-parole, l'Allemand Markus Feldmann, a dénoncé « une bureaucratie supplémentaire ».",
            "une bureaucratie supplémentaire",
            "Markus Feldmann",
        ),
        # title and adjectives right before the name
        (
            "« Le texte est mauvais », a estimé l'eurodéputé polonais Tomasz Nowak.",
            "Le texte est mauvais",
            "Tomasz Nowak",
        ),
        (
            "« Les flammes montaient très vite », a expliqué le commandant Éric Lemaire.",
            "Les flammes montaient très vite",
            "Éric Lemaire",
        ),
        # an incise title followed by the name in apposition
        (
            "« C'est une victoire », s'est félicitée la rapporteure, l'eurodéputée néerlandaise Anke de Vries.",
            "C'est une victoire",
            "Anke de Vries",
        ),
        # an adjunct between the incise verb and its subject is not part of the source
        (
            "« Il faut agir », a prévenu à l'ouverture le président de l'Union africaine, "
            "le Sénégalais Moussa Diallo.",
            "Il faut agir",
            "Moussa Diallo",
        ),
        (
            "« Nous ne céderons pas », a déclaré à la presse Jean Morel.",
            "Nous ne céderons pas",
            "Jean Morel",
        ),
        # selon + a new clause after the comma: the name there is not an apposition
        (
            "Selon le syndicat, Pierre Durand a menti aux salariés.",
            "Pierre Durand a menti aux salariés",
            "le syndicat",
        ),
    ],
)
def test_titles_and_apposed_names(claims_nlp, text, content, source):
    assert _source_of(claims_nlp, text, content) == source


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # an occupation noun points back to the person named before
        (
            "La réalisatrice Awa Sarr a reçu le prix. « Je le dédie à ma mère », a déclaré la cinéaste.",
            "Je le dédie à ma mère",
            "Awa Sarr",
        ),
        (
            "Sophie Marchal siège dans l'opposition. « Le projet est bâclé », a dénoncé l'élue.",
            "Le projet est bâclé",
            "Sophie Marchal",
        ),
        # an institution noun points back only to an entity whose name holds it
        (
            "Le ministère de la Culture a réagi. « Nous suivons le dossier », a annoncé le ministère.",
            "Nous suivons le dossier",
            "ministère de la Culture",
        ),
        (
            "Greenpeace a manifesté devant les grilles. Les négociations reprendront lundi, a annoncé le ministère.",
            "Les négociations reprendront lundi",
            "le ministère",
        ),
        # a pronoun never goes back to a subject that cannot speak
        (
            "Le maire Paul Girard était présent. Le barrage a tenu toute la nuit. "
            "« Nous avons eu de la chance », a-t-il ajouté.",
            "Nous avons eu de la chance",
            "Paul Girard",
        ),
        # nor to the subject of the content it follows
        (
            "Le ministre Karim Sefiane a reçu ses homologues. La France accueille chaque année "
            "des milliers d'étudiants, a-t-il rappelé.",
            "La France accueille chaque année des milliers d'étudiants",
            "Karim Sefiane",
        ),
        # the same title noun set next to a name earlier, over a nearer person
        (
            "Le groupe Rouen Avenir, mené par l'élue Sophie Marchal, a voté contre. Le maire, "
            "Thierry Lenormand, a défendu le projet. « Le tracé est absurde », a dénoncé l'élue.",
            "Le tracé est absurde",
            "Sophie Marchal",
        ),
        # the gender of a title next to a name rules out a pronoun of the other gender
        (
            "Le maire, Thierry Lenormand, a défendu le projet. Selon la vice-présidente chargée des "
            "transports, Claire Dubosc, « le tracé est le bon ». Elle a assuré que les commerces seraient aidés.",
            "les commerces seraient aidés",
            "Claire Dubosc",
        ),
        # the speaker of the quote before goes on in the next incise
        (
            "« Ce procès est historique », a lancé Léa Fontaine, porte-parole de Terre Vive. "
            "« Une major devra répondre de ses actes », a-t-elle ajouté.",
            "Une major devra répondre de ses actes",
            "Léa Fontaine",
        ),
        # a relative ``qui`` whose noun the parser lost
        (
            "Sophie Marchal siège dans l'opposition. « Le tracé est absurde », a dénoncé l'élue, "
            "qui exhorte la majorité à « écouter les commerçants ».",
            "écouter les commerçants",
            "Sophie Marchal",
        ),
        # a pronoun skips the subject of the clause reported in the sentence before
        (
            "Son directeur juridique, Paul Arnaud, a estimé que la plainte était « sans fondement ». "
            "D'après lui, le groupe investit deux milliards d'euros par an.",
            "le groupe investit deux milliards d'euros par an",
            "Paul Arnaud",
        ),
        # the article of an epicene title gives the person's gender
        (
            "Le directeur du musée, Nicolas Girard, a annoncé une exposition. La ministre de la Culture, "
            "Élise Moreau, a salué un festival « devenu incontournable ». Selon elle, la culture "
            "« doit rester un service public ».",
            "la culture « doit rester un service public »",
            "Élise Moreau",
        ),
        # demonstrative pronouns and a demonym description
        (
            "La députée Anne Morel a été entendue. Celle-ci a affirmé qu'elle n'avait rien reçu.",
            "elle n'avait rien reçu",
            "Anne Morel",
        ),
        (
            "Le ministre Paul Aubry a reçu les élus. Ce dernier a assuré que les travaux reprendraient.",
            "les travaux reprendraient",
            "Paul Aubry",
        ),
        (
            "Jeanne Le Guen est arrivée de Quimper. « Je n'ai pas peur », a déclaré la Bretonne.",
            "Je n'ai pas peur",
            "Jeanne Le Guen",
        ),
        (
            "Karim Sadi est jugé depuis lundi. « Je regrette », a dit le prévenu.",
            "Je regrette",
            "Karim Sadi",
        ),
        # an organisation description: the name opening the paragraph before is its topic
        (
            "« Une major devra répondre de ses actes », a ajouté Léa Fontaine, de l'association Terre Vive."
            "\n\nVeralis, dont le siège est à Lyon, rejette ces accusations. La société affirme qu'elle "
            "a réduit ses émissions.",
            "elle a réduit ses émissions",
            "Veralis",
        ),
        # adjuncts between an incise verb and its subject
        (
            "« Nous allons réformer », a déclaré mardi soir sur France 2 le Premier ministre, Michel Barnier.",
            "Nous allons réformer",
            "Michel Barnier",
        ),
        # a feminine title form tells the gender the tagger got wrong
        (
            "Le tribunal a jugé mardi Yann Le Bihan. Son avocate, Maître Claire Nédélec, a plaidé la "
            "relaxe. Selon elle, son client « n'a jamais voulu nuire ».",
            "son client « n'a jamais voulu nuire »",
            "Claire Nédélec",
        ),
        # an abbreviation in brackets and emphasis marks between the title and the name
        (
            "Pour la présidente de l'Union régionale des médecins (URPS), Anne Kervella, les cabinets "
            "« ne pourront pas tenir ».",
            "les cabinets « ne pourront pas tenir »",
            "Anne Kervella",
        ),
        (
            "L'avocat des livreurs, **Maître Karim Benali**, basé à Nantes, salue une décision « exemplaire ».",
            "une décision « exemplaire »",
            "Karim Benali",
        ),
    ],
)
def test_descriptions_and_pronouns(claims_nlp, text, content, source):
    assert _source_of(claims_nlp, text, content) == source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title and its apposed name after selon: the content starts after the name
        (
            "Selon la directrice de l'hôpital, Claire Martin, les urgences rouvriront en juin.",
            ("Claire Martin", "selon", "indirect", "les urgences rouvriront en juin"),
        ),
        (
            "Pour la présidente du conseil régional, Anne Kervran, « la ligne doit être sauvée ».",
            ("Anne Kervran", "pour", "direct", "la ligne doit être sauvée"),
        ),
        # a party in brackets after the name
        (
            "Pour le député Julien Marceau (Renaissance), « le budget est tenu ».",
            ("Julien Marceau", "pour", "direct", "le budget est tenu"),
        ),
        # a participle after the title, then the apposed name
        (
            "Selon la vice-présidente chargée des transports, Claire Dubosc, « le tracé est le bon ».",
            ("Claire Dubosc", "selon", "direct", "le tracé est le bon"),
        ),
        # a description apposed to the named source
        (
            "Pour l'analyste Marc Lefebvre, de la banque Oddo BHF, “le prix est généreux”.",
            ("Marc Lefebvre", "pour", "direct", "le prix est généreux"),
        ),
        # several asides after the name: an age, a relative clause
        (
            "Pour Marc, 67 ans, qui habite le quartier depuis quarante ans, « le bruit sera insupportable ».",
            ("Marc", "pour", "direct", "le bruit sera insupportable"),
        ),
        # a definite phrase after the name opens the content, asides and all
        (
            "Selon l'Insee, le chômage, qui avait augmenté, a baissé de 2 %.",
            ("Insee", "selon", "indirect", "le chômage, qui avait augmenté, a baissé de 2 %"),
        ),
        # a name the parser cut off from its description
        (
            "D'après la société Vinci Autoroutes, la circulation était perturbée sur dix kilomètres.",
            ("Vinci Autoroutes", "d'après", "indirect", "la circulation était perturbée sur dix kilomètres"),
        ),
        # selon opening a clause after a colon
        (
            "Le ministre a tranché : selon lui, la réforme entrera en vigueur en septembre.",
            ("Le ministre", "selon", "indirect", "la réforme entrera en vigueur en septembre"),
        ),
    ],
)
def test_prepositional_cue_with_an_apposed_name(claims_nlp, text, expected):
    source, cue, mode, content = expected
    claims = claims_of(claims_nlp, text)
    match = [c for c in claims if c.object == content]
    assert match, f"no claim with content {content!r} in {[c.object for c in claims]}"
    assert (match[0].subject, match[0].predicate, match[0].mode) == (source, cue, mode)


@pytest.mark.parametrize(
    ("text", "content", "source", "target"),
    [
        # a description target is someone other than the source and the names coordinated with it
        (
            "Trois ONG attaquent l'entreprise Amazon. Les associations Attac et Oxfam "
            "accusent l'entreprise de « mentir sur ses émissions ».",
            "mentir sur ses émissions",
            "Attac",
            "Amazon",
        ),
        # the agent's name right after its title, whatever the parse cut
        (
            "Le festival est accusé par le collectif Écrans libres de privilégier les productions européennes.",
            "privilégier les productions européennes",
            "Écrans libres",
            "Le festival",
        ),
    ],
)
def test_targets_and_agents(claims_nlp, text, content, source, target):
    claims = [c for c in claims_of(claims_nlp, text) if c.object == content]
    assert claims, f"no claim with content {content!r}"
    assert (claims[0].subject, claims[0].target) == (source, target)

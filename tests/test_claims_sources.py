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


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a description whose complement is a place still points back to the person
        (
            "La présidente du groupe écologiste, Léa Fontaine, a pris la parole. La députée de la Gironde "
            "a ensuite accusé le ministre de « mentir aux Français ».",
            "mentir aux Français",
            "Léa Fontaine",
        ),
        # a description with a bare common-noun complement
        (
            "Le président de l'association Familles Rurales, Hervé Gantier, a été reçu. "
            "L'association de consommateurs réclame le gel des tarifs de l'électricité.",
            "le gel des tarifs de l'électricité",
            "Familles Rurales",
        ),
        # a possessive before an organisation noun
        (
            "Le fondateur de l'association Terre Vive, Paul Dumas, était présent. Son association, "
            "créée en 2010, réclame l'arrêt des forages.",
            "l'arrêt des forages",
            "Terre Vive",
        ),
        # a stressed pronoun repeats the noun phrase set off before it
        (
            "La société Vantex affirme que le site restera ouvert. Les associations de riverains, elles, "
            "dénoncent un projet dangereux.",
            "un projet dangereux",
            "Les associations de riverains",
        ),
        # a dislocated subject is the topic a later ``-il`` points back to
        (
            "Le ministre de l'Intérieur, Paul Vernier, a défendu le texte. Marc Delorme, lui, se montre "
            "prudent. « Nous attendrons la fin des débats », a-t-il déclaré jeudi.",
            "Nous attendrons la fin des débats",
            "Marc Delorme",
        ),
        # ``celui-ci`` is the last one named, not the subject of the sentence before
        (
            "Le club est critiqué par son ancien entraîneur, Jacques Berlioz. Dans un entretien, "
            "celui-ci affirme que la direction n'a aucun projet.",
            "la direction n'a aucun projet",
            "Jacques Berlioz",
        ),
        # a document speaks for the organisation its complement describes
        (
            "L'ONG Eau Vive a saisi la justice mardi. D'après les analyses de l'ONG, "
            "les nappes contiennent des pesticides interdits.",
            "les nappes contiennent des pesticides interdits",
            "Eau Vive",
        ),
        (
            "Selon un décompte de Reuters, au moins 40 personnes ont été arrêtées.",
            "au moins 40 personnes ont été arrêtées",
            "Reuters",
        ),
        # a document that names its topic, not its author, is kept as written
        (
            "La société Vantex a publié ses comptes. D'après l'enquête de voisinage, "
            "les deux hommes se disputaient souvent.",
            "les deux hommes se disputaient souvent",
            "l'enquête de voisinage",
        ),
        # ``l'un des ...`` in apposition after the name the parser missed
        (
            "Me Pierre Lantier, l'un des avocats de la famille, conteste toute responsabilité "
            "et affirme que son client a été trompé.",
            "son client a été trompé",
            "Pierre Lantier",
        ),
        # the same title with the same complement, named earlier in an apposition
        (
            "« Nous restons confiants », a déclaré le président du club, Alain Ferrat. L'ancien "
            "entraîneur, Marc Ribot, est parti à Lyon. Le président du club assure que le budget est bouclé.",
            "le budget est bouclé",
            "Alain Ferrat",
        ),
    ],
)
def test_descriptions_pronouns_and_documents(claims_nlp, text, content, source):
    assert _source_of(claims_nlp, text, content) == source


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # the passive agent stops before the infinitive complement
        (
            "Le ministre est accusé par l'opposition d'avoir « caché » les chiffres du chômage.",
            "avoir « caché » les chiffres du chômage",
            "l'opposition",
        ),
    ],
)
def test_source_phrase_as_written(claims_nlp, text, content, source):
    assert _source_of(claims_nlp, text, content) == source


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a title in apposition after the name, taken by the parser as the subject
        (
            "Le marché recule, selon Julien Morel, le PDG de Cartex, qui évoque une demande « en berne ».",
            "une demande « en berne »",
            "Julien Morel",
        ),
        # a title with a bare complement and adjectives before the name
        (
            "Le fabricant allemand de petit outillage Velkor a annoncé la fermeture de son usine de Metz.",
            "la fermeture de son usine de Metz",
            "Velkor",
        ),
        # an organisation set in apposition with an indefinite noun, taken up by that noun
        (
            "L'attaque a été revendiquée par Black Lynx, un groupe de pirates déjà connu. Sur son site, "
            "le groupe affirme détenir « des milliers de dossiers ».",
            "détenir « des milliers de dossiers »",
            "Black Lynx",
        ),
        # an organisation named in apposition after a title that is no person's
        (
            "Le nouveau propriétaire du club, le fonds britannique Stone Capital, affirme que "
            "l'entraîneur restera en poste.",
            "l'entraîneur restera en poste",
            "Stone Capital",
        ),
        # an unnamed collective is what a later ``elle`` points back to, kept as written
        (
            "La société Ferval a confirmé la fermeture. L'intersyndicale réclame un plan de reprise. "
            "Elle accuse Ferval d'avoir « trahi » les salariés.",
            "avoir « trahi » les salariés",
            "L'intersyndicale",
        ),
        # the article of a title tells the gender the tagger may miss
        (
            "Le président de la chambre, Paul Saury, ne décolère pas. La ministre de l'Agriculture, "
            "Claire Vasseur, est attendue lundi. Elle a affirmé que l'aide serait versée en mai.",
            "l'aide serait versée en mai",
            "Claire Vasseur",
        ),
        # coordinated names: the first one, even when the relative hangs on the last
        (
            "Le texte a été présenté par la Norvège et le Ghana, qui réclamaient une trêve immédiate.",
            "une trêve immédiate",
            "Norvège",
        ),
        # ``les deux syndicats`` takes up the names coordinated just before
        (
            "À l'appel de la CFDT et de la CFTC, les agents de la RATP ont cessé le travail lundi. "
            "Les deux syndicats réclament une prime exceptionnelle.",
            "une prime exceptionnelle",
            "CFDT",
        ),
    ],
)
def test_appositions_collectives_and_coordinations(claims_nlp, text, content, source):
    assert _source_of(claims_nlp, text, content) == source


def test_quote_in_a_paragraph_after_a_colon(claims_nlp):
    # ``X, déléguée syndicale, raconte :`` with the quote in a paragraph of its own
    text = (
        "Sophie Ardant, déléguée syndicale, raconte :\n\n"
        "« On nous a promis des embauches pendant dix ans. Personne ne nous a rien dit. »"
    )
    assert (
        _source_of(
            claims_nlp, text, "On nous a promis des embauches pendant dix ans. Personne ne nous a rien dit."
        )
        == "Sophie Ardant"
    )


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # ``l'un des`` after a name tells that the person is a man: ``-elle`` is someone else
        (
            "Me Pierre Lantier, l'un des avocats de la famille, a plaidé longuement. L'autre avocate, "
            "Me Anne Dorval, a pris la parole ensuite. « Ce dossier est vide », a-t-elle lancé.",
            "Ce dossier est vide",
            "Anne Dorval",
        ),
    ],
)
def test_gender_and_incise_words(claims_nlp, text, content, source):
    assert _source_of(claims_nlp, text, content) == source


def test_incise_verb_is_no_part_of_the_source_phrase(claims_nlp):
    # ``..., constatent les auteurs, qui appellent à ...``: a phrase read from the incise verb
    from extract.claims.phrases import as_written

    doc = claims_nlp("Les enfants lisent moins, constatent les auteurs de l'étude.")
    start = next(t.i for t in doc if t.text == "constatent")
    assert doc[start].pos_ == "VERB"
    assert as_written(doc[start : start + 3]) == "les auteurs"


def test_quote_after_a_sentence_about_a_person(claims_nlp):
    # a quote that opens a sentence right after one whose subject is a person described
    text = (
        "Sur la fermeture de la piscine, la maire ne cache pas sa colère. « Nous avons été trahis par "
        "l'État. Les familles vont payer le prix fort. »"
    )
    content = "Nous avons été trahis par l'État. Les familles vont payer le prix fort."
    assert _source_of(claims_nlp, text, content) == "la maire"


def test_incise_with_an_inverted_pronoun_splits_the_quote(claims_nlp):
    """``« A, a-t-elle lancé. B »``: one claim per part, both the person's."""
    text = (
        "Au micro, la sénatrice Anne Roux a pris la parole. « Cette loi est une honte pour tous "
        "les salariés du pays, a-t-elle lancé devant ses collègues. Vous sacrifiez les plus fragiles. »"
    )
    claims = {c.object: c for c in claims_of(claims_nlp, text)}
    first = claims["Cette loi est une honte pour tous les salariés du pays,"]
    second = claims["Vous sacrifiez les plus fragiles."]
    assert (first.subject, first.predicate) == ("Anne Roux", "lancer")
    assert (second.subject, second.predicate) == ("Anne Roux", "lancer")


@pytest.mark.parametrize(
    ("text", "content", "target"),
    [
        (
            "La déléguée syndicale, Julie Perrin, a dénoncé les licenciements. "
            "Le syndicat exhorte l'État à reprendre le site.",
            "reprendre le site",
            "l'État",
        ),
        (
            "La députée Claire Nodier a pris la parole. "
            "Le collectif accuse l'État d'avoir « oublié » les campagnes.",
            "avoir « oublié » les campagnes",
            "l'État",
        ),
    ],
)
def test_the_state_is_no_person(claims_nlp, text, content, target):
    match = [c for c in claims_of(claims_nlp, text) if c.object == content]
    assert match and match[0].target == target


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # an institution as subject stays as written, not the last person named
        (
            "Le maire, Paul Girard, est furieux. L'État a promis que les crédits seraient versés.",
            "les crédits seraient versés",
            "L'État",
        ),
        # ``Pour X, A : « B »``: the quote after the colon is a claim of its own
        (
            "Pour Jeanne Morel, analyste chez Oddo, la fusion était « inévitable » : "
            "« Le marché ne laissait aucun choix aux deux groupes. »",
            "la fusion était « inévitable »",
            "Jeanne Morel",
        ),
        (
            "Pour Jeanne Morel, analyste chez Oddo, la fusion était « inévitable » : "
            "« Le marché ne laissait aucun choix aux deux groupes. »",
            "Le marché ne laissait aucun choix aux deux groupes.",
            "Jeanne Morel",
        ),
        # ``..., selon <a study> <its description>``: the words after the source describe it
        (
            "Les salariés dorment moins que les autres, selon une vaste étude menée par l'Institut "
            "Pasteur et l'université de Lille, publiée mardi dans la revue Nature.",
            "Les salariés dorment moins que les autres",
            "Institut Pasteur",
        ),
        (
            "Le chômage a baissé de 2 %, selon l'Insee et la Dares, qui publient mardi leurs chiffres.",
            "Le chômage a baissé de 2 %",
            "Insee",
        ),
        # a title line with no final stop
        (
            "Télétravail : les salariés dorment moins, selon une étude de l'Insee\n\nLe texte commence ici.",
            "les salariés dorment moins",
            "Insee",
        ),
        (
            "Selon l'association de consommateurs Familles Rurales, les prix ont bondi de 12 %.",
            "les prix ont bondi de 12 %",
            "Familles Rurales",
        ),
    ],
)
def test_institutions_and_prepositional_sources(claims_nlp, text, content, source):
    assert _source_of(claims_nlp, text, content) == source


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # the parser misses the subject of the cue: the phrase before the verb is it
        (
            "Le maire Jean Dubois a parlé. Sa directrice générale, Hélène Garnier, juge qu'ils "
            "« confortent » les recommandations.",
            "ils « confortent » les recommandations",
            "Hélène Garnier",
        ),
        (
            "Le maire Jean Dubois a parlé. L'Association des petites villes de France (APVF) "
            "juge le rapport « hors-sol ».",
            "le rapport « hors-sol »",
            "Association des petites villes de France",
        ),
        (
            "Le syndicat Force Rurale dénonce la réforme. Interrogé par la presse, le ministre de "
            "l'Agriculture, Luc Fabre, a reconnu que l'État « n'avait pas assez soutenu les éleveurs ».",
            "l'État « n'avait pas assez soutenu les éleveurs »",
            "Luc Fabre",
        ),
        # inverted incises after a closing mark, whatever the tagger made of the verb
        (
            "Le ministre Paul Roche a parlé. Chez les écologistes, on votera pour. « Voter ce texte, "
            "c'est trahir nos électeurs », juge leur présidente de groupe à l'Assemblée, Claire Vidal.",
            "Voter ce texte, c'est trahir nos électeurs",
            "Claire Vidal",
        ),
        (
            "Le préfet Paul Roche a parlé. « Si rien ne change, nous allons perdre des exploitations », "
            "s'inquiète Josette Armand, présidente de la chambre d'agriculture.",
            "Si rien ne change, nous allons perdre des exploitations",
            "Josette Armand",
        ),
        # ``M.`` is a form of address: the source is the person named before
        (
            "Le président de l'association Vélo Libre, Thomas Le Goff, salue le projet. La ville "
            "réclame un plan. « La ville avait déjà promis des pistes. Depuis, rien n'a bougé », "
            "regrette M. Le Goff.",
            "La ville avait déjà promis des pistes. Depuis, rien n'a bougé",
            "Thomas Le Goff",
        ),
    ],
)
def test_missed_subjects_and_inverted_incises(claims_nlp, text, content, source):
    assert _source_of(claims_nlp, text, content) == source


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "La Cour des comptes publie un rapport sévère sur les cantines. "
            "La juridiction financière estime que les communes gaspillent trop.",
            "les communes gaspillent trop",
            "Cour des comptes",
        ),
        (
            "Le Conseil d'État a rendu sa décision. L'instance estime que le décret est illégal.",
            "le décret est illégal",
            "Conseil d'État",
        ),
    ],
)
def test_bodies_described_as_a_jurisdiction_or_an_instance(claims_nlp, text, content, source):
    assert _source_of(claims_nlp, text, content) == source


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # A demonym noun with its article, as incise or subject, is a description: the
        # last named person of its gender before it (FACTS.md §2.2).
        (
            "Léonie Brun a gagné dimanche. « C'était dur », a confié la Savoyarde.",
            "C'était dur",
            "Léonie Brun",
        ),
        (
            "Camille Roux a signé un record. La Française estime que la piste était rapide.",
            "la piste était rapide",
            "Camille Roux",
        ),
        (
            "Mathieu Etcheverry a fini troisième. « Je suis content », a dit le Basque.",
            "Je suis content",
            "Mathieu Etcheverry",
        ),
        (
            "Lucie Arnaud a gagné. « Je suis fière », a confié la Provençale.",
            "Je suis fière",
            "Lucie Arnaud",
        ),
        (
            "Sarah Petit a gagné. « Je suis fière », a confié la Francilienne.",
            "Je suis fière",
            "Sarah Petit",
        ),
        (
            "Inès Blanc a gagné. La Montluçonnaise a affirmé qu'elle était prête.",
            "elle était prête",
            "Inès Blanc",
        ),
        # the article or the ending gives the gender
        (
            "Le skieur Paul Morel et la skieuse Julie Vidal ont fini sur le podium. "
            "La Savoyarde a estimé que la neige était lourde.",
            "la neige était lourde",
            "Julie Vidal",
        ),
        (
            "La skieuse Julie Vidal a fini devant le skieur Paul Morel. « J'étais bien », a confié l'Alsacien.",
            "J'étais bien",
            "Paul Morel",
        ),
        (
            "Le skieur Paul Morel a fini devant la skieuse Julie Vidal. « J'étais bien », a confié l'Italienne.",
            "J'étais bien",
            "Julie Vidal",
        ),
        # a sports description resolves the same way
        (
            "Léonie Brun a gagné dimanche. « C'était dur », a confié la championne.",
            "C'était dur",
            "Léonie Brun",
        ),
        # no one named before, or a plural: the phrase as written
        ("« C'était dur », a confié la Savoyarde.", "C'était dur", "la Savoyarde"),
        ("Les Tricolores ont affirmé qu'ils étaient prêts.", "ils étaient prêts", "Les Tricolores"),
        # a named source with a demonym adjective keeps its name
        ("Selon la Gazette savoyarde, le col restera fermé.", "le col restera fermé", "Gazette savoyarde"),
    ],
)
def test_demonym_nouns_as_sources(claims_nlp, text, content, source):
    assert _source_of(claims_nlp, text, content) == source


_CENSURE = (
    "Les députés examinent la motion de censure déposée par {org} ({acronym}) contre le "
    "gouvernement du Premier ministre Paul Mercier, qui a engagé lundi sa responsabilité. "
    "Le scrutin est attendu vers 20 heures.\n\n"
    "À la tribune, {title} du groupe {acronym}, {name}, a ouvert les hostilités. "
    "« Ce budget est une provocation pour les millions de Français qui ne se soignent plus, "
    "a-t-{pronoun} lancé sous les applaudissements de la gauche. Vous demandez aux malades "
    "de payer l'addition. »"
)


@pytest.mark.parametrize(
    ("org", "acronym", "title", "name", "pronoun"),
    [
        ("la Gauche unie", "GU", "la présidente", "Mathilde Garnier", "elle"),
        ("Europe solidaire", "ES", "la présidente", "Mathilde Garnier", "elle"),
        ("la Nouvelle Alliance", "NA", "la présidente", "Hélène Vasseur", "elle"),
        ("le Parti écologiste", "PE", "le président", "Mathieu Garnier", "il"),
        ("le Parti écologiste", "PE", "le président", "Julien Lambert", "il"),
    ],
)
def test_incise_clitic_prefers_the_person_named_after_an_organisation(
    claims_nlp, org, acronym, title, name, pronoun
):
    text = _CENSURE.format(org=org, acronym=acronym, title=title, name=name, pronoun=pronoun)
    quoted = [c for c in claims_of(claims_nlp, text) if c.predicate == "lancer"]
    assert len(quoted) == 2
    assert {c.subject for c in quoted} == {name}


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # the place and time phrases before the clause's subject are no source
        (
            "Au piquet de grève de la gare du Nord, à Lille, le secrétaire général de la CFDT, "
            "Paul Mercier, se montrait déterminé : « Nous ne reprendrons pas le travail sans un "
            "accord signé par la direction. »",
            "Nous ne reprendrons pas le travail sans un accord signé par la direction.",
            "Paul Mercier",
        ),
        (
            "Mardi soir, la présidente de l'association, Claire Dumont, ne décolérait pas : "
            "« On nous a menti depuis le début de cette affaire. »",
            "On nous a menti depuis le début de cette affaire.",
            "Claire Dumont",
        ),
        (
            "Devant l'usine, le délégué syndical, Karim Haddad, ne décolère pas : "
            "« La direction nous a trahis après vingt ans de loyaux services. »",
            "La direction nous a trahis après vingt ans de loyaux services.",
            "Karim Haddad",
        ),
        # with no introduction, the name opening the sentence as before
        (
            "Lau Barrios, directrice : « Nous attendons des réponses claires de la part du ministère. »",
            "Nous attendons des réponses claires de la part du ministère.",
            "Lau Barrios",
        ),
    ],
)
def test_colon_quote_after_an_introductory_phrase(claims_nlp, text, content, source):
    assert _source_of(claims_nlp, text, content) == source


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a relative clause set off by commas between the subject and the quote's own verb
        (
            "Côté compagnies, l'inquiétude monte. La compagnie Air Liberté, qui prévoit de "
            "transporter plus de 300 000 passagers sur ces trois jours, « appelle à la "
            "responsabilité de chacun ».",
            "à la responsabilité de chacun",
            "Air Liberté",
        ),
        (
            "Le groupe Vendôme, qui emploie près de 2 000 salariés dans la région, « regrette une décision brutale ».",
            "une décision brutale",
            "Vendôme",
        ),
        (
            "L'association Terres vivantes, qui revendique quelque 300 adhérents dans le département, "
            "a annoncé le dépôt d'un recours devant le tribunal administratif.",
            "le dépôt d'un recours devant le tribunal administratif",
            "Terres vivantes",
        ),
        # a participle clause likewise: the name before it speaks
        (
            "« Nous avons tremblé jusqu'au bout », a admis le capitaine Lucas Ferrand. L'ailier "
            "Théo Marchand, arrivé en août de Bordeaux, estime que l'équipe a manqué de lucidité.",
            "l'équipe a manqué de lucidité",
            "Théo Marchand",
        ),
    ],
)
def test_subject_before_a_relative_or_participle_clause(claims_nlp, text, content, source):
    assert _source_of(claims_nlp, text, content) == source


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a role of several words resolves like a one-word description
        (
            "« On a manqué de rigueur », a reconnu le défenseur Paul Mercier après le match. "
            "Le milieu de terrain, formé au club, assure que l'équipe va se relever.",
            "l'équipe va se relever",
            "Paul Mercier",
        ),
        (
            "Le président Marc Lefort a reçu les syndicats mardi. Le chef de l'État a promis que la réforme serait juste.",
            "la réforme serait juste",
            "Marc Lefort",
        ),
        (
            "« Nous avons eu de la chance », a reconnu le buteur Hugo Ferrer. Le demi d'ouverture "
            "a ajouté que l'équipe devait progresser.",
            "l'équipe devait progresser",
            "Hugo Ferrer",
        ),
        # no person of its gender named before: as written
        (
            "La ministre Claire Dumont a reçu les agriculteurs. Le porte-parole du gouvernement, "
            "présent à ses côtés, a assuré que des aides seraient versées.",
            "des aides seraient versées",
            "Le porte-parole du gouvernement",
        ),
    ],
)
def test_roles_of_several_words_as_descriptions(claims_nlp, text, content, source):
    assert _source_of(claims_nlp, text, content) == source

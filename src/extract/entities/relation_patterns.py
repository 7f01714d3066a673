"""Data of the relation rules: word lists and cues, general French, no article's names.

>>> "chargée" in TITLE_PARTICIPLES
True
>>> bool(OWNED_BY_CUES.match(", propriété du groupe "))
True
"""

from __future__ import annotations

import re

# Participles that continue a title before its portfolio (`ministre déléguée chargée du
# Numérique`, `vice-présidente chargée de l'économie`): the parser tags them as verbs.
TITLE_PARTICIPLES = {
    "chargé", "chargée", "chargés", "chargées", "délégué", "déléguée", "délégués", "déléguées",
    "adjoint", "adjointe", "adjoints", "adjointes",
}  # fmt: skip

# Prepositions that give the scope of a title, not its organisation: `directrice pour
# l'Afrique de l'Est`, `directeur des opérations de X en France`, `ambassadeur auprès des
# Nations unies` (an ambassador is sent to the body, not a member of it).
SCOPE_PREPOSITIONS = {"pour", "en", "auprès"}
# Prepositions that link a title to the organisation the person belongs to:
# `présidente de groupe à l'Assemblée`, `secrétaire général de la CGT`.
MEMBER_PREPOSITIONS = {"de", "du", "des", "d'", "d’", "à", "au", "aux"}

# Titles whose `de` complement is the place they cover, never an employer, even when the
# place is taken for an organisation (`maire de Douai`, `préfète de la Seine-Maritime`).
JURISDICTION_TITLES = {
    "maire", "maires", "préfet", "préfète", "préfets", "sous-préfet", "sous-préfète", "député", "députée",
    "députés", "sénateur", "sénatrice", "sénateurs", "gouverneur", "gouverneure", "bourgmestre",
    "évêque", "archevêque", "procureur", "procureure",
}  # fmt: skip

# Organisation -> owner, after the child name (`X, propriété du groupe Y`).
OWNED_BY_CUES = re.compile(
    r"^\s*,?\s*(?:(?:qui\s+)?(?:est|était)\s+)?(?:(?:la\s+)?propriété|(?:une?\s+)?(?:filiale|branche))"
    r"(?:\s+depuis\s+\d{4})?\s*(?:de|du|des|d['’])\s*",
    re.IGNORECASE,
)

# Premises where a company produces, not where it is based: `son usine de Douai` gives no
# `located_in` (a campus, headquarters or the company's `site` does: `son campus de Redmond`,
# `son site de Roubaix`; docs/annotation.md, "A company's premises in a city").
PRODUCTION_SITES = {"usine", "usines", "laboratoire", "entrepôt", "entrepôts", "atelier"}

# Memberships that are no title on their own: `X, membre des Verts` gives member_of only
# (`membre du bureau` stays a role).
BARE_MEMBERSHIP = {
    "membre",
    "adhérent",
    "adhérente",
    "militant",
    "militante",
    "sympathisant",
    "sympathisante",
}

# Nouns that stand for an organisation named before, beside the ORG descriptors of
# entity_heads.json: `l'établissement public, basé à Vannes` (a hospital, a school).
ANAPHORIC_ORG_NOUNS = {"établissement", "structure", "entité"}

# Institutions housed in one building, whose `, à <Ville>` says where they sit: `la cour
# d'appel de Douai, à Douai`, `le tribunal administratif, à Nantes`. A company `, à Lyon`
# may be an event's place, not its seat.
SEATED_INSTITUTIONS = {
    "cour", "tribunal", "conseil", "préfecture", "sous-préfecture", "mairie", "hôpital", "chu", "chr",
    "clinique", "université", "lycée", "collège", "école", "musée", "théâtre", "opéra", "rectorat",
    "parquet", "centre", "institut", "bibliothèque", "conservatoire", "observatoire",
}  # fmt: skip
# `le siège de la Région, à Lille`: the organisation sits in the place after the comma.
SEAT_NOUNS = {"siège", "sièges"}

# Words of an age group inside a title: `entraîneur des moins de 19 ans`.
AGE_GROUP_WORDS = {"moins", "plus"}

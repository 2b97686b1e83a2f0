"""Word lists for the person and place recognizers, loaded once at import.

Every list here is the sardoc developers' own compilation (see each module's
docstring), released under the project's MIT licence; no third-party name data
is shipped. Lists are lower case; look words up with :func:`norm`.
"""

from __future__ import annotations

from functools import lru_cache

from . import frequency
from .first_names import FIRST_NAMES
from .stoplists import (
    FESTIVALS,
    GENERIC_SETTING,
    LEGISLATION_WORDS,
    MEDICAL_WORDS,
    MONTHS,
    ORG_WORDS,
    PLACES,
    ROLES,
    SAINTLY,
    STARTERS,
    SYSTEMS,
    TITLES,
    WEEKDAYS,
)
from .surnames import SURNAMES
from .words import COMMON_WORDS

LICENCE = (
    "Name and word lists compiled by hand by the sardoc developers for this project; "
    "MIT licence, like the rest of sardoc. No third-party name data is included."
)


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


@lru_cache(maxsize=65536)
def norm(token: str) -> str:
    """Lower case, curly apostrophe made straight, possessive ``'s`` dropped."""
    t = token.lower().replace("’", "'")
    if t.endswith("'s"):
        t = t[:-2]
    elif t.endswith("s'"):
        t = t[:-1]
    return t


COMMON = _set(COMMON_WORDS)
FIRST = _set(FIRST_NAMES)
SURNAME = _set(SURNAMES)
ORG = _set(ORG_WORDS)
LEGISLATION = _set(LEGISLATION_WORDS)
CALENDAR = _set(MONTHS) | _set(WEEKDAYS) | _set(FESTIVALS)
MEDICAL = _set(MEDICAL_WORDS)
TITLE = _set(TITLES)
SAINT = _set(SAINTLY)
#: Lower-case particles inside a family name: "Grace de Souza", "Owain ap Rhys",
#: "Tobias van der Berg", "Siobhan Ni Bhriain". Never a name of their own.
PARTICLES = _set(
    "de da di dos das du del della van von der den ter ten ap ab bin binti la le ní ni nic"
)
STARTER = _set(STARTERS)
GENERIC = _set(GENERIC_SETTING)
PLACE = _set(PLACES) | _set(SYSTEMS)
#: Roles as plain lower-case phrases ("social worker"), for a trie regex.
ROLE_PHRASES: tuple[str, ...] = tuple(r.replace("_", " ") for r in ROLES.split())

#: Single words of roles ("manager", "worker", "officer"): never part of a name.
_ROLE_SINGLE = frozenset(
    w
    for r in ROLES.split()
    for w in r.split("_")
    if w not in FIRST and w not in SURNAME and "-" not in w
) | frozenset(
    {
        "principal",
        "station",
        "head",
        "acting",
        "interim",
        "duty",
        "named",
        "liaison",
        "deputy",
        "superintendent",
        # Heads of job titles written in capitals ("Nurse Specialist", "Legal Adviser").
        "specialist",
        "specialists",
        "adviser",
        "advisor",
        "administrator",
        "inspector",
        "governance",
        # Civic offices after a title: "the Lord Mayor", "the Lord Lieutenant".
        "mayor",
        "mayoress",
        "lieutenant",
        "chancellor",
        "sheriff",
    }
)
ROLE_WORDS = _ROLE_SINGLE | frozenset(w + "s" for w in _ROLE_SINGLE)

#: Never part of a person's name.
NOT_NAME = ORG | LEGISLATION | CALENDAR | MEDICAL | PLACE | STARTER | TITLE | ROLE_WORDS

#: Given names that are also ordinary words ("May", "Will", "Hope", "Grace"): each
#: use is decided by its context (person.word_name_here), never by the word alone.
WORD_NAMES = FIRST & (COMMON | CALENDAR)

#: Names that are also ordinary words or places: they count only beside another name.
WEAK_FIRST = (FIRST & (COMMON | CALENDAR | PLACE)) | frozenset({"christian", "india"})
STRONG_FIRST = FIRST - WEAK_FIRST
WEAK_SURNAME = SURNAME & (COMMON | CALENDAR | PLACE)
STRONG_SURNAME = SURNAME - WEAK_SURNAME


@lru_cache(maxsize=16384)
def ordinary(w: str) -> bool:
    """Whether a normalised word is an ordinary English word rather than a name: on the
    hand list of common words, or on no name list and frequent in English
    (:mod:`.frequency`, loaded on first use)."""
    if w in COMMON:
        return True
    if w in FIRST or w in SURNAME or not w.isalpha():
        return False
    return frequency.frequent(w, _NAMES)


_NAMES = FIRST | SURNAME

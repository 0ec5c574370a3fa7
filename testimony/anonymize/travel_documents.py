"""Names in the forms travel documents print them: a passport's or a visa's machine-readable
zone (KIM<<CHOL<MIN, after the document's code and the issuing state: P<PRK, VNRUS) and an
airline booking's passenger (KIM/CHOLUNG MR, JUNG/SEOYEON). A case file copies them from the
data page, the visa or the e-ticket; whoever the field names is a person, registered or not.

A machine-readable name is the surname, two fillers and the given names joined by one: only
letters and fillers, and the line's digits never inside it. A booking's name is a surname, a
slash and the given names; since "RU/EN", "USD/KRW" or "AND/OR" are written the same way, it
counts before a title of the booking (MR, MRS, MS, MSTR, MISS, CHD, INF) or when its surname is
a Korean one and its given names read as romanized Korean syllables.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The document's code and issuing state before the name (P<PRK, PSPRK, VNRUS, I<KOR), then the
# surname, the two fillers and the given names.
_MRZ_NAME_RE = re.compile(
    r"(?m)(?:^|(?<=[\s:>|]))(?:[PVIAC][A-Z<][A-Z]{3})?"
    r"(?P<name>[A-Z]+(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*)(?=<|\s|$)"
)
_TITLES = "(?:MRS|MR|MS|MISS|MSTR|DR|CHD|INF)"
_BOOKING_NAME_RE = re.compile(
    r"(?<![A-Za-z/])(?P<name>(?P<surname>[A-Z]{2,}(?:[ -][A-Z]{2,})?)/"
    r"(?P<given>[A-Z]{2,}(?:[ -](?!" + _TITLES + r"\b)[A-Z]{2,})?))(?![A-Za-z/])"
    r"(?P<title>[ \t]+" + _TITLES + r"\b)?"
)


def travel_document_names(folded: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, reason) of each name written as above."""
    from testimony.anonymize.detect.words import REASON_TRAVEL_DOCUMENT

    for start, end, _surname, _given, a_person in name_parts(folded):
        if a_person:
            yield start, end, REASON_TRAVEL_DOCUMENT


def name_parts(folded: str) -> Iterable[tuple[int, int, str, str, bool]]:
    """(start, end, surname, given names joined, whether the form alone says it is a person) of
    each machine-readable or booking name; a booking's only says so before its title or when it
    reads as a Korean name. `redact.written_forms` looks the others up among registered names."""
    if "<<" in folded:
        for match in _MRZ_NAME_RE.finditer(folded):
            surname, _fillers, given = match.group("name").partition("<<")
            yield match.start("name"), match.end("name"), surname, given.replace("<", ""), True
    if "/" in folded:
        for match in _BOOKING_NAME_RE.finditer(folded):
            surname, given = match.group("surname"), match.group("given")
            a_person = bool(match.group("title")) or _korean_name(surname, given)
            yield (
                match.start("name"),
                match.end("name"),
                surname,
                re.sub(r"[ -]", "", given),
                a_person,
            )


def _korean_name(surname: str, given: str) -> bool:
    from testimony.anonymize.names import ROMANIZED_SURNAMES, syllabify

    joined = re.sub(r"[ -]", "", given).lower()
    return (
        surname.lower() in ROMANIZED_SURNAMES
        and len(joined) >= 4
        and any(len(reading) >= 2 for reading in syllabify(joined))
    )

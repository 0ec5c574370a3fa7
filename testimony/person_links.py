"""Persons across testimonies: "a person with this name is registered in N other testimonies".

Matched only through the keyed blind index (`PersonNameIndex`): the digests of this testimony's
persons are compared with the digests of every other person, in the database. No person row is
read, so nothing is decrypted: not this testimony's persons, not the others'. Only testimonies
the user may see are counted (`workflow.visible_testimonies`), and which ones they are (case
codes) is said only while this testimony's identities are revealed (`reveal.py`): the link is
derived from this testimony's names. The other testimonies' names are never shown here.

Two queries, whatever the number of persons and matches.
"""

from dataclasses import dataclass, field

from django.contrib.auth.base_user import AbstractBaseUser

from testimony.models import PersonNameIndex, Testimony
from testimony.workflow import visible_testimonies


@dataclass
class PersonLinks:
    """For each person of the testimony (by primary key), the other testimonies naming a
    person with one of their names (primary keys), among those the user may see."""

    by_person: dict[int, set[int]] = field(default_factory=dict)

    def count(self, person_id: int) -> int:
        return len(self.by_person.get(person_id, ()))

    @property
    def testimony_ids(self) -> set[int]:
        return {pk for found in self.by_person.values() for pk in found}

    def counts(self) -> dict[int, int]:
        return {person_id: len(found) for person_id, found in self.by_person.items() if found}


def person_links(testimony: Testimony, user: AbstractBaseUser) -> PersonLinks:
    """Which other visible testimonies register a person whose name variant (North/South
    romanization, Hangul, reversed order: what `name_digests` indexes) is one of this
    testimony's persons'. Hash equality only; no person is loaded or decrypted."""
    own = list(
        PersonNameIndex.objects.filter(person__testimony=testimony).values_list(
            "person_id", "digest"
        )
    )
    links = PersonLinks({person_id: set() for person_id, _digest in own})
    if not own:
        return links
    persons_by_digest: dict[str, list[int]] = {}
    for person_id, digest in own:
        persons_by_digest.setdefault(digest, []).append(person_id)
    matches = (
        PersonNameIndex.objects.filter(digest__in=list(persons_by_digest))
        .exclude(person__testimony=testimony)
        .filter(person__testimony__in=visible_testimonies(user).values("pk"))
        .values_list("digest", "person__testimony_id")
        .distinct()
    )
    for digest, other_testimony in matches:
        for person_id in persons_by_digest[digest]:
            links.by_person[person_id].add(other_testimony)
    return links


def annotate_persons(
    persons: list, testimony: Testimony, user: AbstractBaseUser, *, revealed: bool
) -> None:
    """Give each person of `testimony` `other_testimonies` (how many other visible testimonies
    register a person of the same name) and `other_cases` ((case code, uuid) of those, only if
    `revealed`: the caller passes `reveal.identities_for(...).revealed`). At most three
    queries."""
    links = person_links(testimony, user)
    cases: dict[int, tuple[str, str]] = {}
    if revealed and links.testimony_ids:
        cases = {
            pk: (case_code, uuid)
            for pk, case_code, uuid in Testimony.objects.filter(
                pk__in=links.testimony_ids
            ).values_list("pk", "case_code", "uuid")
        }
    for person in persons:
        found = links.by_person.get(person.pk, set())
        person.other_testimonies = len(found)
        person.other_cases = sorted(cases[pk] for pk in found if pk in cases)

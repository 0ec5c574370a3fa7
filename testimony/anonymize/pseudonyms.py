"""Pseudonyms that stay stable across the whole collection ("Witness A", "Supervisor 2").

A person who appears in two testimonies (the blind index finds the same name) gets the same
pseudonym in both. The labels are configurable (settings.TESTIMONY_PSEUDONYM_LABELS); witnesses
are lettered, everyone else numbered per role.
"""

from string import ascii_uppercase

from django.conf import settings

from testimony.models import Person, PersonNameIndex

DEFAULT_LABELS = {
    "witness": "Witness",
    "relative": "Relative",
    "coworker": "Co-worker",
    "supervisor": "Supervisor",
    "official": "Official",
    "other": "Person",
}


def _labels() -> dict[str, str]:
    return {**DEFAULT_LABELS, **getattr(settings, "TESTIMONY_PSEUDONYM_LABELS", {})}


def letters(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: spreadsheet-style column letters."""
    name = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        name = ascii_uppercase[remainder] + name
    return name


def _next_free(prefix: str, lettered: bool) -> str:
    taken = set(
        Person.objects.filter(pseudonym__startswith=f"{prefix} ").values_list(
            "pseudonym", flat=True
        )
    )
    index = 0
    while True:
        candidate = f"{prefix} {letters(index) if lettered else index + 1}"
        if candidate not in taken:
            return candidate
        index += 1


def pseudonym_for(person: Person) -> str:
    """The person's pseudonym: their own, the one they carry elsewhere, or the next free one."""
    if person.pseudonym:
        return person.pseudonym
    digests = PersonNameIndex.objects.filter(person=person).values("digest")
    elsewhere = (
        Person.objects.filter(name_index__digest__in=digests)
        .exclude(pk=person.pk)
        .exclude(pseudonym="")
        .values_list("pseudonym", flat=True)
        .first()
    )
    if elsewhere:
        return elsewhere
    label = _labels().get(person.role, _labels()["other"])
    return _next_free(label, lettered=person.role == Person.Role.WITNESS)


def pseudonyms_assign(persons: list[Person]) -> None:
    """Give every person without a pseudonym one, saving it."""
    for person in persons:
        if not person.pseudonym:
            person.pseudonym = pseudonym_for(person)
            person.save(update_fields=["pseudonym"])

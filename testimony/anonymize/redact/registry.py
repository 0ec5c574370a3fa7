"""Pseudonyms for persons given as plain dicts (the command line's JSON), in order of
appearance. The application's own pseudonyms are collection-wide: see `pseudonyms.py`."""

from string import ascii_uppercase

from testimony.anonymize.spans import RegisteredPerson


def letters(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    name = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        name = ascii_uppercase[remainder] + name
    return name


_ROLE_LABELS = {
    "witness": "Witness",
    "supervisor": "Supervisor",
    "minder": "Supervisor",
    "coworker": "Co-worker",
    "co-worker": "Co-worker",
    "co worker": "Co-worker",
    "relative": "Relative",
    "official": "Official",
}


def assign_pseudonyms(persons: list[dict]) -> list[RegisteredPerson]:
    """Registered persons from plain dicts (command-line input), pseudonyms in order of
    appearance: witnesses lettered (Witness A, Witness B), other roles numbered (Supervisor 1,
    Co-worker 1, Relative 1, Official 1), anyone else "Person 1"."""
    counters: dict[str, int] = {}
    registered = []
    for index, person in enumerate(persons, start=1):
        role = str(person.get("role") or "").strip().lower().replace("_", "-")
        label = _ROLE_LABELS.get(role, "Person")
        counters[label] = counters.get(label, 0) + 1
        number = counters[label]
        pseudonym = f"Witness {letters(number - 1)}" if label == "Witness" else f"{label} {number}"
        registered.append(
            RegisteredPerson(
                key=f"person-{index}",
                name=str(person.get("name") or ""),
                pseudonym=pseudonym,
                hangul=str(person.get("hangul") or ""),
                aliases=tuple(str(alias) for alias in person.get("aliases") or ()),
                role=role,
            )
        )
    return registered

"""Distinct pseudonyms for distinct victims within one bundle.

Witnesses' pseudonyms are stored on the person ("Witness A"), and many records carry the same
one: the entry form and the import suggest "Witness A", the demo and the synthetic data use it
for every witness. A bundle where three victims are "Witness A" reads as one victim. So each
bundle gives the witness of each of its testimonies a label of its own:

- in the bundle's order (case codes), a witness keeps its stored pseudonym if no earlier
  testimony of the bundle has taken it and no later one holds it as its own;
- otherwise it gets the next free "Witness <letters>" that no witness of the bundle holds,
  sounding the same at its end in Korean as the stored one (A, B, C ... for an open "A"; L, R
  for a rieul), so the particles the anonymizer fitted after it ("Witness A는") stay right.

Stable: the same selection gives the same labels. The released texts (narratives and indicator
passages) say the bundle's label where they said the stored pseudonym (`relabel`); one
pseudonym becomes another, nothing else in the reviewed text changes.
"""

import re
from collections.abc import Sequence

from django.conf import settings

from testimony.anonymize.fit import last_sound
from testimony.anonymize.pseudonyms import DEFAULT_LABELS, letters
from testimony.models import Person

# Witnesses are read this many testimonies at a time.
CHUNK = 500
# A label is tried at most this far (26 + 26 * 26 letters): then the bundle gives up matching
# the Korean sound of the stored pseudonym.
_SEARCH = 26 + 26 * 26


def _stored_pseudonyms(keys: Sequence[int]) -> dict[int, str]:
    """testimony pk -> its witness's stored pseudonym ("" when it has none or no witness)."""
    stored: dict[int, str] = {}
    for start in range(0, len(keys), CHUNK):
        rows = (
            Person.objects.filter(testimony_id__in=keys[start : start + CHUNK])
            .filter(role=Person.Role.WITNESS)
            .order_by("pk")
            .values_list("testimony_id", "pseudonym")
        )
        for testimony_id, pseudonym in rows:
            stored.setdefault(testimony_id, (pseudonym or "").strip())
    return stored


def _candidates(prefix: str, sound: str | None) -> list[str]:
    labels = [f"{prefix} {letters(index)}" for index in range(_SEARCH)]
    if sound is None:
        return labels
    same = [label for label in labels if last_sound(label) == sound]
    return same + [label for label in labels if label not in same]


def bundle_pseudonyms(keys: Sequence[int]) -> dict[int, str]:
    """testimony pk -> the label of its witness in this bundle, every one different.

    `keys` are the bundle's testimonies in the bundle's order."""
    stored = _stored_pseudonyms(keys)
    configured = getattr(settings, "TESTIMONY_PSEUDONYM_LABELS", {})
    prefix = configured.get(Person.Role.WITNESS) or DEFAULT_LABELS["witness"]
    held = {pseudonym for pseudonym in stored.values() if pseudonym}
    taken: set[str] = set()
    labels: dict[int, str] = {}
    for key in keys:
        own = stored.get(key, "")
        if own and own not in taken:
            label = own
        else:
            sound = last_sound(own) if own else None
            free = (c for c in _candidates(prefix, sound) if c not in taken and c not in held)
            label = next(free, "")
            index = _SEARCH
            while not label:  # more witnesses than two letters name: three letters on
                candidate = f"{prefix} {letters(index)}"
                if candidate not in taken and candidate not in held:
                    label = candidate
                index += 1
        taken.add(label)
        labels[key] = label
    return labels


def _label_shaped(pseudonym: str) -> bool:
    """ "Witness A", "Witness 12", "증인 가": a label and a short mark, as pseudonyms are made.
    A pseudonym typed as one word ("Kim", "A") could be an ordinary word of the text too."""
    head, _space, tail = pseudonym.strip().rpartition(" ")
    return bool(head.strip()) and 0 < len(tail) <= 3 and tail.isalnum()


def relabel(text: str, stored: str, label: str) -> str:
    """The text with the stored pseudonym as a whole word replaced by the bundle's label:
    "Witness A는" becomes "Witness C는", "Witness AB" is left alone. Only a pseudonym shaped
    like a label ("Witness A") is replaced: a one-word one ("Kim") is left as the text has it,
    since the same word may mean something else there."""
    if not text or not stored or stored == label or not _label_shaped(stored):
        return text
    pattern = re.compile(rf"(?<![A-Za-z0-9]){re.escape(stored)}(?![A-Za-z0-9])")
    return pattern.sub(lambda _match: label, text)

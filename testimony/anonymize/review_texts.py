"""The texts a redaction review covers: the two narratives and every indicator's supporting
passage.

A passage quotes or retells the narrative and is released in the bundle beside each indicator
(case document, data files), so it is reviewed like the narratives: its proposals, the
reviewer's own redactions and its unresolved items are decided on the same page, approval
waits for them, and the bundle releases the approved text, never a machine redaction made at
export time. Each text has a field name that the decisions' keys ("<field>:<start>:<end>")
use: "original", "english", and "passage-<indicator>-<phase>" for a passage (a testimony tags
an indicator once per phase, so the name stays the same from one version to the next and the
decisions carry, carry.py).

On approval each passage's anonymized text is stored in `Anonymization.passages` with a keyed
digest of the passage it was made from (`passage_digest`): a bundle releases it only while the
passage is still that text. An approval made before passages were reviewed holds none, and a
bundle withholds them (`passage_release` says so before building) until they are reviewed
alone (review.py, `passages_only`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from django.utils.translation import gettext as _

from testimony.anonymize import names
from testimony.crypto import blind_index
from testimony.models import Anonymization, IndicatorTag, Language, Narrative, Testimony

NARRATIVE_FIELDS = ("original", "english")
PASSAGE_PREFIX = "passage-"
# original, english, or passage-<indicator code>-<phase code> (codes are lower case and _).
FIELD_NAME_RE = re.compile(r"original|english|passage-[a-z_]+-[a-z_]+")


@dataclass(frozen=True)
class ReviewedText:
    """One text of the review: its field name, the text as stored, a label saying what it is,
    and the language the page declares for it."""

    name: str
    text: str
    label: str
    language: str


def passage_field(tag: IndicatorTag) -> str:
    return f"{PASSAGE_PREFIX}{tag.indicator}-{tag.phase}"


def is_passage_field(name: str) -> bool:
    return name.startswith(PASSAGE_PREFIX)


def passage_label(tag: IndicatorTag) -> str:
    return _("Passage: %(indicator)s (%(phase)s)") % {
        "indicator": tag.get_indicator_display(),
        "phase": tag.get_phase_display(),
    }


def passage_digest(text: str) -> str:
    """A keyed digest of a passage as it was reviewed: the bundle compares it with the passage
    as stored now. Keyed, so that the digest of a short passage cannot be tested against
    guesses of its words by someone holding only the database."""
    return blind_index("indicator passage\n" + text)


def approved_passage_text(anonymization: Anonymization | None, tag: IndicatorTag) -> str | None:
    """The passage of `tag` as `anonymization` approved it, or None when it holds none for the
    passage stored now: approved before passages were reviewed, or the passage changed since."""
    if anonymization is None or anonymization.passages is None:
        return None
    approved = anonymization.passages.get(passage_field(tag))
    if approved is None or approved.get("digest") != passage_digest(tag.passage):
        return None
    return approved.get("text", "")


# What a bundle does with a testimony's passages (passage_release): "withheld", every passage
# left out (an approval made before passages were reviewed); "changed", the build fails (a
# passage differs from the one approved); "" released as approved, or nothing to release.
PassageRelease = Literal["withheld", "changed", ""]


def passage_release(
    anonymization: Anonymization | None, tags: Iterable[IndicatorTag]
) -> PassageRelease:
    """What a bundle will do with the passages of `tags` under `anonymization`, the approved
    anonymization of the current version (the same rule as `bundle.release.approved_passage`,
    said before building)."""
    passages = [tag for tag in tags if tag.passage.strip()]
    if anonymization is None or not passages:
        return ""
    if anonymization.passages is None:
        return "withheld"
    if any(approved_passage_text(anonymization, tag) is None for tag in passages):
        return "changed"
    return ""


def reviewed_texts(testimony: Testimony, narrative: Narrative | None = None) -> list[ReviewedText]:
    """The narratives (those that are not empty), then every passage that is not empty, in the
    order of the indicators' list."""
    if narrative is None:
        narrative = Narrative.objects.filter(testimony=testimony).first()
    found: list[ReviewedText] = []
    if narrative is not None:
        if narrative.original:
            found.append(
                ReviewedText(
                    "original",
                    narrative.original,
                    _("Original narrative"),
                    narrative.language,
                )
            )
        if narrative.english:
            found.append(ReviewedText("english", narrative.english, _("English translation"), "en"))
    for tag in IndicatorTag.objects.filter(testimony=testimony).order_by("indicator", "phase"):
        if not tag.passage.strip():
            continue
        language = Language.KOREAN if names.contains_hangul(tag.passage) else Language.ENGLISH
        found.append(ReviewedText(passage_field(tag), tag.passage, passage_label(tag), language))
    return found


def texts_by_field(testimony: Testimony) -> dict[str, str]:
    """Every text of the review as stored now, by field name (empty narratives included)."""
    narrative = Narrative.objects.filter(testimony=testimony).first()
    texts = {name: getattr(narrative, name, "") or "" for name in NARRATIVE_FIELDS}
    texts.update(
        (text.name, text.text)
        for text in reviewed_texts(testimony, narrative)
        if is_passage_field(text.name)
    )
    return texts

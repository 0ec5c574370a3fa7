"""The redaction review of a testimony: proposals, the reviewer's decisions, approval.

Proposals are recomputed from the current version's narrative each time (they are
deterministic for a text and a registry), and a decision is keyed by where its span is:
"<field>:<start>:<end>". Approval applies the accepted proposals and the reviewer's own
redactions, and stores the result as the anonymized text of that version.
"""

import json
from dataclasses import dataclass, field

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from testimony.anonymize.pseudonyms import pseudonyms_assign
from testimony.anonymize.redact import anonymize
from testimony.anonymize.spans import RegisteredPerson, Span
from testimony.audit import audit_record
from testimony.models import Anonymization, AuditEvent, Narrative, PublicFigure, Testimony

FIELDS = ("original", "english")
MANUAL_REPLACEMENT = "[redacted]"


class RedactionError(Exception):
    """A redaction the reviewer asked for cannot be made; the message says why."""


@dataclass
class Proposal:
    span: Span
    accepted: bool
    manual: bool = False

    @property
    def key(self) -> str:
        return f"{self.span.start}:{self.span.end}"


@dataclass
class FieldReview:
    name: str
    text: str
    proposals: list[Proposal] = field(default_factory=list)

    def segments(self) -> list[tuple[str, Proposal | None]]:
        """The text cut into plain pieces and proposals, in order, for display."""
        pieces: list[tuple[str, Proposal | None]] = []
        position = 0
        for proposal in sorted(self.proposals, key=lambda p: p.span.start):
            if proposal.span.start < position:
                continue
            pieces.append((self.text[position : proposal.span.start], None))
            pieces.append((self.text[proposal.span.start : proposal.span.end], proposal))
            position = proposal.span.end
        pieces.append((self.text[position:], None))
        return [(text, proposal) for text, proposal in pieces if text or proposal]

    def redacted(self) -> str:
        """The text with every accepted proposal replaced, right to left."""
        result = self.text
        accepted = sorted(
            (p for p in self.proposals if p.accepted), key=lambda p: p.span.start, reverse=True
        )
        end_of_previous = len(result) + 1
        for proposal in accepted:
            if proposal.span.end > end_of_previous:
                continue  # overlaps a later replacement already made
            result = (
                result[: proposal.span.start]
                + proposal.span.replacement
                + result[proposal.span.end :]
            )
            end_of_previous = proposal.span.start
        return result


def registry_for(testimony: Testimony) -> list[RegisteredPerson]:
    persons = list(testimony.persons.all())
    pseudonyms_assign(persons)
    return [
        RegisteredPerson(
            key=str(person.uuid),
            name=person.name_romanized,
            pseudonym=person.pseudonym,
            hangul=person.name_hangul,
            aliases=tuple(person.alias_list()),
            role=person.role,
        )
        for person in persons
        if person.all_names()
    ]


def public_figure_spellings() -> list[str]:
    spellings: list[str] = []
    for figure in PublicFigure.objects.filter(is_active=True):
        spellings.extend(figure.spellings())
    return spellings


def anonymization_current(testimony: Testimony) -> Anonymization:
    anonymization, _created = Anonymization.objects.get_or_create(
        testimony=testimony, version_number=testimony.revision
    )
    return anonymization


def _decisions(anonymization: Anonymization) -> dict:
    if not anonymization.decisions:
        return {"rejected": [], "manual": []}
    return json.loads(anonymization.decisions)


def field_reviews(testimony: Testimony, anonymization: Anonymization) -> list[FieldReview]:
    """Each narrative field with its proposals, marked accepted or not by the decisions."""
    narrative = Narrative.objects.filter(testimony=testimony).first()
    if narrative is None:
        return []
    registry = registry_for(testimony)
    figures = public_figure_spellings()
    decisions = _decisions(anonymization)
    rejected = set(decisions["rejected"])
    reviews = []
    for name in FIELDS:
        text = getattr(narrative, name)
        if not text:
            continue
        result = anonymize(text, registry, public_figures=figures, detect=True)
        proposals = [
            Proposal(span, accepted=f"{name}:{span.start}:{span.end}" not in rejected)
            for span in result.spans
        ]
        for manual in decisions["manual"]:
            if manual["field"] != name:
                continue
            start, end = manual["start"], manual["end"]
            span = Span(
                start, end, text[start:end], MANUAL_REPLACEMENT, "detected", "added by a reviewer"
            )
            proposals.append(Proposal(span, accepted=True, manual=True))
        reviews.append(FieldReview(name, text, proposals))
    return reviews


@transaction.atomic
def redaction_decide(
    *,
    testimony: Testimony,
    by: AbstractBaseUser,
    field_name: str,
    start: int,
    end: int,
    accept: bool,
) -> None:
    """Accept or reject one proposal (or remove a reviewer's own redaction)."""
    anonymization = anonymization_current(testimony)
    if anonymization.is_approved:
        raise RedactionError(_("This version's anonymized text is already approved."))
    decisions = _decisions(anonymization)
    key = f"{field_name}:{start}:{end}"
    rejected = set(decisions["rejected"])
    manual = [
        m
        for m in decisions["manual"]
        if (m["field"], m["start"], m["end"]) != (field_name, start, end)
    ]
    if accept:
        rejected.discard(key)
    elif len(manual) == len(decisions["manual"]):
        rejected.add(key)
    decisions = {"rejected": sorted(rejected), "manual": manual}
    anonymization.decisions = json.dumps(decisions)
    anonymization.save(update_fields=["decisions"])
    audit_record(
        actor=by,
        action=AuditEvent.Action.REDACTION_CHANGED,
        testimony=testimony,
        changed_fields=[f"narrative.{field_name}"],
        detail={"decision": "accepted" if accept else "rejected"},
    )


@transaction.atomic
def redaction_add(
    *, testimony: Testimony, by: AbstractBaseUser, field_name: str, start: int, end: int
) -> None:
    """Redact a stretch the reviewer selected."""
    if field_name not in FIELDS:
        raise RedactionError(_("Select text inside one of the two narratives."))
    narrative = Narrative.objects.filter(testimony=testimony).first()
    text = getattr(narrative, field_name, "") if narrative else ""
    if not (0 <= start < end <= len(text)) or not text[start:end].strip():
        raise RedactionError(_("Select the words to redact inside the narrative, then try again."))
    anonymization = anonymization_current(testimony)
    if anonymization.is_approved:
        raise RedactionError(_("This version's anonymized text is already approved."))
    decisions = _decisions(anonymization)
    decisions["manual"].append({"field": field_name, "start": start, "end": end})
    anonymization.decisions = json.dumps(decisions)
    anonymization.save(update_fields=["decisions"])
    audit_record(
        actor=by,
        action=AuditEvent.Action.REDACTION_CHANGED,
        testimony=testimony,
        changed_fields=[f"narrative.{field_name}"],
        detail={"decision": "added"},
    )


@transaction.atomic
def anonymization_approve(*, testimony: Testimony, by: AbstractBaseUser) -> Anonymization:
    """Store the anonymized texts of the current version as approved."""
    if by.pk in (testimony.created_by_id, testimony.updated_by_id):
        raise RedactionError(
            _(
                "You entered or last edited this testimony; another coordinator must approve "
                "its anonymized text."
            )
        )
    anonymization = anonymization_current(testimony)
    if anonymization.is_approved:
        raise RedactionError(_("This version's anonymized text is already approved."))
    texts = {review.name: review.redacted() for review in field_reviews(testimony, anonymization)}
    anonymization.original = texts.get("original", "")
    anonymization.english = texts.get("english", "")
    anonymization.approved_by = by
    anonymization.approved_at = timezone.now()
    anonymization.save()
    audit_record(actor=by, action=AuditEvent.Action.ANONYMIZATION_APPROVED, testimony=testimony)
    return anonymization

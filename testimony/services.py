"""Writes that span several models: creating and editing a testimony with its parts."""

from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.db.models import F
from django.forms import BaseForm, BaseInlineFormSet
from django.utils import timezone

from testimony.anonymize.names import looks_like_a_name
from testimony.audit import audit_record
from testimony.crypto import name_digests
from testimony.models import AuditEvent, Person, PersonNameIndex, Testimony
from testimony.versions import version_record

if TYPE_CHECKING:
    from testimony.forms import TestimonyEntry


class EditConflict(Exception):
    """Someone else saved the testimony after the editor loaded it."""


def next_case_code(year: int) -> str:
    prefix = f"{settings.TESTIMONY_CASE_CODE_PREFIX}-{year}-"
    last = (
        Testimony.objects.filter(case_code__startswith=prefix)
        .order_by("-case_code")
        .values_list("case_code", flat=True)
        .first()
    )
    number = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{number:04d}"


def testimony_insert_with_case_code(testimony: Testimony) -> None:
    """Insert with the next free case code; retry when a concurrent entry took it."""
    for _attempt in range(20):
        testimony.case_code = next_case_code(timezone.now().year)
        try:
            with transaction.atomic():
                testimony.save(force_insert=True)
            return
        except IntegrityError:
            testimony.pk = None
            if not Testimony.objects.filter(case_code=testimony.case_code).exists():
                raise
    raise IntegrityError("Could not assign a free case code after 20 attempts.")


def changed_field_names(*forms: BaseForm | BaseInlineFormSet) -> list[str]:
    """Names, never values, of the fields that a form and its formsets changed."""
    changed: list[str] = []
    for form in forms:
        if isinstance(form, BaseInlineFormSet):
            prefix = form.prefix
            for sub in form.forms:
                if sub.has_changed():
                    changed.extend(f"{prefix}.{name}" for name in sub.changed_data)
            if form.deleted_forms:
                changed.append(f"{prefix}.deleted")
        elif form.prefix:
            changed.extend(f"{form.prefix}.{name}" for name in form.changed_data)
        else:
            changed.extend(form.changed_data)
    return sorted(set(changed))


def _save_parts(testimony: Testimony, entry: "TestimonyEntry") -> None:
    narrative = entry.narrative.save(commit=False)
    narrative.testimony = testimony
    narrative.save()
    entry.persons.instance = testimony
    for person in entry.persons.save():
        person.reindex_names()
    consent = entry.consent.save(commit=False)
    consent.testimony = testimony
    consent.save()
    entry.indicators.instance = testimony
    entry.indicators.save()


@transaction.atomic
def testimony_create(
    *,
    entry: "TestimonyEntry",
    by: AbstractBaseUser,
    audit_detail: dict | None = None,  # noqa: PT028
) -> Testimony:
    """Save a new testimony with its narrative, persons, consent and indicators; audit it
    (`audit_detail`: where it came from, e.g. the import it belongs to)."""
    testimony = entry.testimony.save(commit=False)
    testimony.created_by = by
    testimony.updated_by = by
    testimony_insert_with_case_code(testimony)
    _save_parts(testimony, entry)
    version_record(testimony=testimony, by=by)
    audit_record(
        actor=by, action=AuditEvent.Action.CREATED, testimony=testimony, detail=audit_detail
    )
    return testimony


@transaction.atomic
def testimony_update(
    *, entry: "TestimonyEntry", by: AbstractBaseUser, expected_revision: int
) -> Testimony:
    """Save an edit unless someone else saved since `expected_revision` was loaded.

    The revision is raised by a conditional UPDATE, so of two concurrent editors exactly one
    succeeds and the other gets `EditConflict`, on SQLite and PostgreSQL alike.
    """
    testimony = entry.testimony.instance
    now = timezone.now()
    claimed = Testimony.objects.filter(pk=testimony.pk, revision=expected_revision).update(
        revision=F("revision") + 1, updated_by=by, updated_at=now
    )
    if not claimed:
        raise EditConflict
    changed = changed_field_names(*entry.all())
    testimony = entry.testimony.save(commit=False)
    testimony.revision = expected_revision + 1
    testimony.updated_by = by
    testimony.updated_at = now
    testimony.save()
    _save_parts(testimony, entry)
    version_record(testimony=testimony, by=by)
    audit_record(
        actor=by, action=AuditEvent.Action.EDITED, testimony=testimony, changed_fields=changed
    )
    return testimony


def persons_matching_name(name: str) -> list[Person]:
    """Persons whose registered names include `name` (exact, after normalization)."""
    digests = name_digests([name])
    return list(Person.objects.filter(name_index__digest__in=digests).distinct())


def name_search_record(
    *, actor: AbstractBaseUser, query: str, found: int, more: bool = False, where: str = "list"
) -> None:
    """Record a search by name: who, when, how many testimonies it found, whether a registered
    name matched through the blind index, and where. Never the text typed, not even a keyed
    hash of it: whoever holds the key could test guesses against the trail.

    A search counts as by name when the blind index matched a person (in any testimony, seen
    or not: trying is the fact) or when the text looks like a name, since a look-up that finds
    nobody also tells the searcher something."""
    registered = PersonNameIndex.objects.filter(digest__in=name_digests([query])).exists()
    if not registered and not looks_like_a_name(query):
        return
    audit_record(
        actor=actor,
        action=AuditEvent.Action.NAME_SEARCHED,
        detail={"found": found, "more": more, "registered_name": registered, "where": where},
    )

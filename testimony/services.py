"""Writes that span several models: creating and editing a testimony with its parts."""

from datetime import datetime
from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.db.models import F
from django.db.models.functions import Length
from django.forms import BaseForm, BaseInlineFormSet
from django.utils import timezone

from testimony.anonymize.carry import decisions_carry, narrative_texts, registered_names
from testimony.anonymize.names import contains_hangul, looks_like_a_name
from testimony.anonymize.pseudonyms import pseudonyms_assign
from testimony.audit import audit_record
from testimony.crypto import name_digests
from testimony.models import (
    AuditEvent,
    Entity,
    EntityDistinct,
    Person,
    PersonNameIndex,
    Posting,
    Testimony,
    TestimonyEntity,
    entity_key,
    latest_day,
)
from testimony.versions import version_record

if TYPE_CHECKING:
    from testimony.forms import TestimonyEntry


class EditConflict(Exception):
    """Someone else saved the testimony after the editor loaded it."""


def next_case_codes(year: int, count: int) -> list[str]:
    """The next `count` free case codes of `year`, in order. The highest number is found by
    length, then text: "-10000" sorts before "-9999" as text alone, which handed out 10000 again
    once a year passed 9,999 testimonies (an import of 10,000 rows does)."""
    prefix = f"{settings.TESTIMONY_CASE_CODE_PREFIX}-{year}-"
    last = (
        Testimony.objects.filter(case_code__startswith=prefix)
        .order_by(Length("case_code").desc(), "-case_code")
        .values_list("case_code", flat=True)
        .first()
    )
    first = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return [f"{prefix}{number:04d}" for number in range(first, first + count)]


def next_case_code(year: int) -> str:
    return next_case_codes(year, 1)[0]


def testimonies_insert_with_case_codes(testimonies: list[Testimony]) -> None:
    """Insert many new testimonies at once, with a block of consecutive free case codes; if a
    concurrent entry took one of them, allocate the block again (as the single insert does)."""
    for _attempt in range(20):
        codes = next_case_codes(timezone.now().year, len(testimonies))
        for testimony, code in zip(testimonies, codes, strict=True):
            testimony.case_code = code
        try:
            with transaction.atomic():
                Testimony.objects.bulk_create(testimonies)
            return
        except IntegrityError:
            for testimony in testimonies:
                testimony.pk = None
            if not Testimony.objects.filter(case_code__in=codes).exists():
                raise
    raise IntegrityError("Could not assign free case codes after 20 attempts.")


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


def entity_for_name(
    *,
    name: str,
    kind: str,
    found: Entity | None,
    by: AbstractBaseUser,
    distinct: list[Entity] | None = None,
) -> Entity:
    """The entity a form resolved `name` to, or a new one of `kind` under that name (a
    concurrent entry of the same name finds the one it created). `distinct`: entities the
    user said it is not, recorded as such (EntityDistinct)."""
    if found is not None:
        entity = found
    else:
        entity, _created = Entity.objects.get_or_create(
            kind=kind, match_key=entity_key(name), defaults={"name": name, "created_by": by}
        )
    for other in distinct or []:
        EntityDistinct.mark(entity, other, by)
    return entity


def postings_summary(testimony: Testimony, postings: list[dict]) -> None:
    """Write on the testimony what lists, filters and the re-identification check read: the
    first posting's country, site, sector and recruitment, the whole period (earliest start to
    latest end) and how the last posting ended. `postings`: cleaned rows, in order."""
    first, last = postings[0], postings[-1]
    testimony.country = first["country"]
    testimony.sector = first["sector"]
    testimony.work_site = first.get("work_site", "")
    testimony.recruitment = first.get("recruitment") or testimony.recruitment
    testimony.ending = last.get("ending") or testimony.ending
    starts = [row["period_start"] for row in postings if row.get("period_start")]
    ends = [row["period_end"] for row in postings if row.get("period_end")]
    testimony.period_start = min(starts) if starts else ""
    testimony.period_end = max(ends, key=latest_day) if ends else ""
    if (
        testimony.period_start
        and testimony.period_end
        and latest_day(testimony.period_end) < testimony.period_start
    ):
        testimony.period_end = ""  # postings with only a start after another's only end


def _save_postings(testimony: Testimony, entry: "TestimonyEntry", by: AbstractBaseUser) -> None:
    formset = entry.postings
    formset.instance = testimony
    for form in formset.deleted_forms:
        if form.instance.pk:
            form.instance.delete()
    for order, form in enumerate(formset.kept_forms(), start=1):
        posting: Posting = form.save(commit=False)
        posting.testimony = testimony
        posting.order = order
        data = form.cleaned_data
        posting.employer = (
            entity_for_name(
                name=data["employer_name"],
                kind=Entity.Kind.COMPANY,
                found=data["employer_entity"],
                by=by,
                distinct=data.get("employer_distinct"),
            )
            if data.get("employer_name")
            else None
        )
        posting.site = (
            entity_for_name(
                name=data["site_name"],
                kind=Entity.Kind.SITE,
                found=data["site_entity"],
                by=by,
                distinct=data.get("site_distinct"),
            )
            if data.get("site_name")
            else None
        )
        posting.save()


def _save_entity_links(testimony: Testimony, entry: "TestimonyEntry", by: AbstractBaseUser) -> None:
    formset = entry.entities
    formset.instance = testimony
    for form in formset.deleted_forms:
        if form.instance.pk:
            form.instance.delete()
    for form in formset.forms:
        data = form.cleaned_data
        if not data or data.get("DELETE") or form in formset.deleted_forms:
            continue
        if not form.has_changed() and form.instance.pk:
            continue
        link: TestimonyEntity = form.save(commit=False)
        link.testimony = testimony
        link.entity = entity_for_name(
            name=data["entity_name"],
            kind=data["entity_kind"],
            found=data["entity"],
            by=by,
            distinct=data.get("entity_distinct"),
        )
        link.save()


def _save_parts(testimony: Testimony, entry: "TestimonyEntry", by: AbstractBaseUser) -> None:
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
    _save_postings(testimony, entry, by)
    _save_entity_links(testimony, entry, by)
    notes = entry.notes.save(commit=False)
    if notes.pk or notes.domestic_steps or notes.internal_notes:
        notes.testimony = testimony
        notes.save()


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
    postings_summary(testimony, [form.cleaned_data for form in entry.postings.kept_forms()])
    testimony_insert_with_case_code(testimony)
    _save_parts(testimony, entry, by)
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
    _revision_claim(testimony, expected_revision, by, now)
    # What the redaction review's decisions were made on, to carry them to the new version.
    old_texts, old_names = narrative_texts(testimony), registered_names(testimony)
    changed = changed_field_names(*entry.all())
    testimony = entry.testimony.save(commit=False)
    testimony.revision = expected_revision + 1
    testimony.updated_by = by
    testimony.updated_at = now
    postings_summary(testimony, [form.cleaned_data for form in entry.postings.kept_forms()])
    testimony.save()
    _save_parts(testimony, entry, by)
    _edit_recorded(testimony, by, expected_revision, (old_texts, old_names), changed)
    return testimony


def _revision_claim(
    testimony: Testimony, expected_revision: int, by: AbstractBaseUser, now: datetime
) -> None:
    """Raise the revision by a conditional UPDATE, so of two concurrent editors exactly one
    succeeds and the other gets `EditConflict`, on SQLite and PostgreSQL alike."""
    claimed = Testimony.objects.filter(pk=testimony.pk, revision=expected_revision).update(
        revision=F("revision") + 1, updated_by=by, updated_at=now
    )
    if not claimed:
        raise EditConflict


@transaction.atomic
def person_register(
    *,
    testimony: Testimony,
    by: AbstractBaseUser,
    expected_revision: int,
    names: list[str],
    role: str = "",
    person: Person | None = None,
) -> Person:
    """Register a person the redaction review found named in the statement, or give a
    registered person further names (as aliases), as an edit: a new version, its decisions
    carried over (carry.py), audited. The finders then look for every mention of the person
    (surname alone, given name alone, other romanizations and script) in both narratives."""
    old_texts, old_names = narrative_texts(testimony), registered_names(testimony)
    now = timezone.now()
    _revision_claim(testimony, expected_revision, by, now)
    testimony.revision = expected_revision + 1
    testimony.updated_by = by
    testimony.updated_at = now
    if person is None:
        romanized = [name for name in names if not contains_hangul(name)]
        hangul = [name for name in names if contains_hangul(name)]
        person = Person(
            testimony=testimony,
            role=role,
            name_romanized=romanized[0] if romanized else "",
            name_hangul=hangul[0] if hangul else "",
            aliases="\n".join(romanized[1:] + hangul[1:]),
        )
    else:
        known = set(person.all_names())
        added = [name for name in names if name not in known]
        person.aliases = "\n".join([*person.alias_list(), *added])
    person.save()
    person.reindex_names()
    pseudonyms_assign([person])
    _edit_recorded(
        testimony,
        by,
        expected_revision,
        (old_texts, old_names),
        ["persons"],
        detail={"from": "redaction review"},
    )
    return person


def _edit_recorded(
    testimony: Testimony,
    by: AbstractBaseUser,
    expected_revision: int,
    before: tuple[dict[str, str], set[str]],
    changed: list[str],
    detail: dict | None = None,
) -> None:
    """An edit saved: its version, the redaction review's decisions carried to it from the
    version before (`before`: that version's narratives and registered names), its audit."""
    version_record(testimony=testimony, by=by)
    old_texts, old_names = before
    decisions_carry(
        testimony=testimony,
        from_revision=expected_revision,
        old_texts=old_texts,
        old_names=old_names,
    )
    audit_record(
        actor=by,
        action=AuditEvent.Action.EDITED,
        testimony=testimony,
        changed_fields=changed,
        detail=detail,
    )


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

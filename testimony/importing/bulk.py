"""Writing many imported testimonies at once, inside the import's one transaction.

What `services.testimony_create` does for one testimony, done for a batch with a handful of
queries: a block of consecutive case codes (`services.testimonies_insert_with_case_codes`,
which allocates again if a concurrent entry took one), each model's rows in one
`bulk_create` (the encrypted fields encrypt in `get_prep_value`, which `bulk_create` calls like
`save`), the blind index of every person's names, version 1 of each testimony (the snapshot
`versions.testimony_snapshot` would read back, built from the rows just written) and one audit
event per testimony, chained under one lock (`audit.audit_record_many`).
"""

import json

from django.contrib.auth.base_user import AbstractBaseUser

from testimony.audit import audit_record_many
from testimony.crypto import name_digests
from testimony.forms import FACT_FIELDS, ConsentForm, IndicatorTagForm, NarrativeForm, PersonForm
from testimony.importing.build import Parts
from testimony.models import (
    AuditEvent,
    Consent,
    IndicatorTag,
    Narrative,
    Person,
    PersonNameIndex,
    Posting,
    TestimonyVersion,
)
from testimony.services import testimonies_insert_with_case_codes
from testimony.versions import _plain_fields, _posting_snapshot

BATCH_SIZE = 500


def snapshot_of(parts: Parts) -> dict:
    """The snapshot `versions.testimony_snapshot` reads from the database, from the saved
    instances of one new testimony (no entity links, no case notes)."""
    indicators = [_plain_fields(tag, IndicatorTagForm.Meta.fields) for tag in parts.indicators]
    return {
        "facts": _plain_fields(parts.testimony, FACT_FIELDS),
        "narrative": _plain_fields(parts.narrative, NarrativeForm.Meta.fields),
        "persons": [
            {"uuid": str(person.uuid), **_plain_fields(person, PersonForm.Meta.fields)}
            for person in parts.persons
        ],
        "consent": _plain_fields(parts.consent, ConsentForm.Meta.fields),
        "indicators": sorted(indicators, key=lambda tag: json.dumps(tag, sort_keys=True)),
        "postings": [_posting_snapshot(posting) for posting in parts.postings],
        "entities": [],
        "notes": None,
    }


def testimonies_create_many(
    batch: list[tuple[Parts, str]], *, by: AbstractBaseUser, audit_detail: dict
) -> list[str]:
    """Save each (parts, imported extra note) of `batch` as a new draft; the case codes, in
    order. Call inside a transaction: nothing here stands on its own."""
    testimonies = []
    for parts, extra in batch:
        parts.testimony.imported_extra = extra
        testimonies.append(parts.testimony)
    testimonies_insert_with_case_codes(testimonies)
    narratives, persons, consents, postings, tags = [], [], [], [], []
    for parts, _extra in batch:
        testimony = parts.testimony
        parts.narrative.testimony = testimony
        parts.consent.testimony = testimony
        narratives.append(parts.narrative)
        consents.append(parts.consent)
        for person in parts.persons:
            person.testimony = testimony
            persons.append(person)
        for posting in parts.postings:
            posting.testimony = testimony
            postings.append(posting)
        for tag in parts.indicators:
            tag.testimony = testimony
            tags.append(tag)
    Narrative.objects.bulk_create(narratives, batch_size=BATCH_SIZE)
    Person.objects.bulk_create(persons, batch_size=BATCH_SIZE)
    PersonNameIndex.objects.bulk_create(
        (
            PersonNameIndex(person=person, digest=digest)
            for person in persons
            for digest in sorted(name_digests(person.all_names()))
        ),
        batch_size=BATCH_SIZE,
    )
    Consent.objects.bulk_create(consents, batch_size=BATCH_SIZE)
    Posting.objects.bulk_create(postings, batch_size=BATCH_SIZE)
    IndicatorTag.objects.bulk_create(tags, batch_size=BATCH_SIZE)
    TestimonyVersion.objects.bulk_create(
        (
            TestimonyVersion(
                testimony=parts.testimony,
                number=1,
                created_by=by,
                snapshot=json.dumps(snapshot_of(parts), ensure_ascii=False, sort_keys=True),
            )
            for parts, _extra in batch
        ),
        batch_size=BATCH_SIZE,
    )
    audit_record_many(
        [
            AuditEvent(
                actor=by if by.is_authenticated else None,
                action=AuditEvent.Action.CREATED,
                testimony=testimony,
                detail=dict(audit_detail),
            )
            for testimony in testimonies
        ]
    )
    return [testimony.case_code for testimony in testimonies]

"""Writing and verifying the audit trail: append-only and hash-chained.

Each event's hash is SHA-256 over its content and the previous event's hash, so changing,
removing or reordering any row breaks every hash after it. Appends are serialized (an advisory
lock on PostgreSQL; SQLite transactions begin IMMEDIATE, see settings) so that two requests never
chain onto the same predecessor. Events name fields, never their values.
"""

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import connection, transaction
from django.utils import timezone

from testimony.models import AuditEvent, Testimony

GENESIS_HASH = "0" * 64
# An arbitrary constant: the key of the PostgreSQL advisory lock that serializes appends.
AUDIT_LOCK_KEY = 7_211_094_457


def event_hash(event: AuditEvent) -> str:
    """The hash of an event's content and its predecessor's hash. Its format is frozen."""
    content = {
        "sequence": event.sequence,
        "at": event.at.astimezone(UTC).isoformat(timespec="microseconds"),
        "actor": event.actor_id,
        "action": event.action,
        "testimony": event.testimony_id,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "changed_fields": event.changed_fields,
        "detail": event.detail,
        "prev_hash": event.prev_hash,
    }
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _lock_chain() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [AUDIT_LOCK_KEY])


@transaction.atomic
def audit_record(
    *,
    actor: AbstractBaseUser | None,
    action: str,
    testimony: Testimony | None = None,
    changed_fields: list[str] | None = None,
    object_type: str = "",
    object_id: str = "",
    detail: dict | None = None,
) -> AuditEvent:
    """Append one event to the chain."""
    _lock_chain()
    last = AuditEvent.objects.order_by("-sequence").values("sequence", "hash").first()
    event = AuditEvent(
        at=timezone.now(),
        actor=actor if actor is not None and actor.is_authenticated else None,
        action=action,
        testimony=testimony,
        changed_fields=sorted(changed_fields or []),
        object_type=object_type,
        object_id=str(object_id),
        detail=detail or {},
        sequence=last["sequence"] + 1 if last else 1,
        prev_hash=last["hash"] if last else GENESIS_HASH,
    )
    event.hash = event_hash(event)
    event.save(force_insert=True)
    return event


def audit_record_many(events: list[AuditEvent]) -> list[AuditEvent]:
    """Append many events to the chain under one lock and one read of its end (an import's
    event per testimony): each is chained and hashed exactly as `audit_record` would, in the
    order given, then inserted in batches. The caller sets what each event says (actor,
    action, testimony, detail ...); sequence, time and hashes are set here."""
    if not events:
        return events
    with transaction.atomic():
        _lock_chain()
        last = AuditEvent.objects.order_by("-sequence").values("sequence", "hash").first()
        sequence = last["sequence"] if last else 0
        prev_hash = last["hash"] if last else GENESIS_HASH
        for event in events:
            sequence += 1
            event.at = timezone.now()
            event.sequence = sequence
            event.prev_hash = prev_hash
            event.changed_fields = sorted(event.changed_fields or [])
            event.object_id = str(event.object_id)
            event.detail = event.detail or {}
            event.hash = prev_hash = event_hash(event)
        AuditEvent.objects.bulk_create(events, batch_size=500)
    return events


@dataclass
class ChainBreak:
    sequence: int
    event_id: int
    reason: str


def audit_verify() -> tuple[int, ChainBreak | None]:
    """Walk the chain in order; return how many events were checked and the first break."""
    expected_prev = GENESIS_HASH
    expected_sequence = 1
    checked = 0
    for event in AuditEvent.objects.order_by("sequence").iterator(chunk_size=2000):
        if event.sequence != expected_sequence:
            return checked, ChainBreak(
                event.sequence,
                event.pk,
                f"event {expected_sequence} is missing (the next one found is {event.sequence})",
            )
        if event.prev_hash != expected_prev:
            return checked, ChainBreak(
                event.sequence, event.pk, "it does not follow the event before it"
            )
        if event_hash(event) != event.hash:
            return checked, ChainBreak(
                event.sequence, event.pk, "its content no longer matches its hash"
            )
        expected_prev = event.hash
        expected_sequence += 1
        checked += 1
    return checked, None

"""Partial dates saved before the forms asked for the digits 0-9 (issue #15) are rewritten in
them: "٢٠١٥" (Arabic-Indic), "２０１４-０６" (fullwidth), "२०१६" (Devanagari) become 2015,
2014-06, 2016. Stored, "٢٠١٥" sorts after "2099", so the list's period filter and the
statistics misplaced such a case.

Each digit with a decimal value in Unicode becomes that value (`unicodedata.decimal`); nothing
else in the value changes. A value that is then a possible partial date (a year from 1945 to
today, a real month and day, not in the future: `validate_partial_date`) is saved, and the
change is appended to the audit trail ("testimony.edited", by no user, with the value before
and after) and printed. A value that would still be impossible (٢٠٩٩) is left as it is and
printed: the re-identification page lists it under "Data problems" for someone to correct.

Saved versions keep what was saved then: the next saved version shows the change.
"""

import unicodedata

from django.core.exceptions import ValidationError
from django.db import migrations
from django.db.models import Q
from django.utils import timezone

MIGRATION = "0019_ascii_digits"
REASON = "digits of another script written as 0-9 (issue #15)"
FIELDS = ("period_start", "period_end")


def ascii_digits(value: str) -> str:
    """`value` with every decimal digit of another script written as 0-9."""
    return "".join(
        str(unicodedata.decimal(char))
        if not "0" <= char <= "9" and unicodedata.decimal(char, None) is not None
        else char
        for char in value
    )


def _possible(value: str) -> bool:
    from testimony.models.testimony import validate_partial_date

    try:
        validate_partial_date(value)
    except ValidationError:
        return False
    return True


def _audit(apps, connection, **fields) -> None:
    """Append one event to the hash chain as audit.audit_record does (it needs the app's own
    models, which a migration must not use): under the same lock, with the same hash."""
    from testimony.audit import AUDIT_LOCK_KEY, GENESIS_HASH, event_hash

    AuditEvent = apps.get_model("testimony", "AuditEvent")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [AUDIT_LOCK_KEY])
    last = AuditEvent.objects.order_by("-sequence").values("sequence", "hash").first()
    event = AuditEvent(
        at=timezone.now(),
        actor=None,
        object_type="",
        object_id="",
        sequence=last["sequence"] + 1 if last else 1,
        prev_hash=last["hash"] if last else GENESIS_HASH,
        **fields,
    )
    event.hash = event_hash(event)
    event.save(force_insert=True)


def rewrite_digits(apps, schema_editor) -> list[str]:
    """Rewrite, audit and print; returns the printed lines (for the tests)."""
    Testimony = apps.get_model("testimony", "Testimony")
    lines = []
    ascii_only = r"^[0-9-]*$"
    candidates = Testimony.objects.exclude(
        Q(period_start__regex=ascii_only) & Q(period_end__regex=ascii_only)
    )
    for testimony in candidates.order_by("pk").iterator():
        changes = {}
        for name in FIELDS:
            before = getattr(testimony, name) or ""
            after = ascii_digits(before)
            if after == before:
                continue
            if not _possible(after):
                lines.append(
                    f"{testimony.case_code} {name}: {before!r} left as it is ({after!r} is not "
                    "a possible date; listed under Data problems on the re-identification page)"
                )
                continue
            changes[name] = (before, after)
            lines.append(f"{testimony.case_code} {name}: {before!r} -> {after!r}")
        if not changes:
            continue
        Testimony.objects.filter(pk=testimony.pk).update(
            **{name: after for name, (_before, after) in changes.items()}
        )
        _audit(
            apps,
            schema_editor.connection,
            action="testimony.edited",
            testimony=testimony,
            changed_fields=sorted(changes),
            detail={
                "before": {name: before for name, (before, _after) in changes.items()},
                "after": {name: after for name, (_before, after) in changes.items()},
                "reason": REASON,
                "migration": MIGRATION,
            },
        )
    if lines:
        print(f"\n  {MIGRATION}: partial dates in other digits:")  # noqa: T201
        for line in lines:
            print(f"    {line}")  # noqa: T201
    return lines


def forwards(apps, schema_editor) -> None:
    rewrite_digits(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("testimony", "0018_consent_encrypted"),
    ]

    operations = [
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]

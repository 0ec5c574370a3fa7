"""One text at the door (issue #13): the free-text fields become normalizing fields, and every
stored free text is normalized (testimony/text.py: LF line breaks, no C0 controls but TAB, NFC).

The field classes change only in Django's state: the columns are the same, so nothing is
rebuilt on SQLite or altered on PostgreSQL.

Offsets into the narratives move with their text:
- a rejected proposal's key ("<field>:<start>:<end>") was computed by the server on the stored
  text, so it is mapped through that version's old-to-normalized offset map;
- a reviewer's own redaction was computed by the browser on the text as the page showed it:
  line breaks already LF (the HTML parser drops the CR), offsets in UTF-16 units. It is mapped
  from there, so it now covers what the reviewer selected;
- an approved anonymized text is kept (its line breaks normalized) when every reviewer's
  redaction it applied covered what the reviewer selected. Otherwise the server redacted other
  characters than the ones selected (the bug of issue #13): the approval is revoked, the
  anonymized texts are emptied (they may hold a name the reviewer meant to redact) and the
  decisions, now mapped, wait for a coordinator to approve again. An approved testimony whose
  current version loses its approval goes back to "verified", where the redactions can be
  reviewed again and it can be approved again; it is no longer exportable meanwhile. Both are
  appended to the audit trail, by no user, with the reason.

Versions keep what was saved, normalized: every string inside each snapshot.
"""

import json

import testimony.crypto
import testimony.text
from django.db import migrations
from django.utils import timezone

REASON = "line endings normalized (issue #13): a reviewer's redaction covered other characters"
MIGRATION = "0016_normalized_text"


def _in_batches(queryset, size: int = 500):
    """The rows in primary-key order, a batch per query: nothing stays open while rows are
    updated."""
    last = None
    while True:
        batch = queryset.order_by("pk")
        if last is not None:
            batch = batch.filter(pk__gt=last)
        rows = list(batch[:size])
        if not rows:
            return
        yield from rows
        last = rows[-1].pk if hasattr(rows[-1], "pk") else rows[-1][0]


def _rendered(text: str) -> str:
    """The text as the redaction page showed it: the HTML parser turns CRLF and CR into LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _normalize_json(value: object) -> object:
    from testimony.text import normalize_text

    if isinstance(value, str):
        return normalize_text(value)
    if isinstance(value, list):
        return [_normalize_json(item) for item in value]
    if isinstance(value, dict):
        return {key: _normalize_json(item) for key, item in value.items()}
    return value


def _version_texts(apps, anonymization) -> dict[str, str] | None:
    """The narrative fields of the version the anonymization belongs to, as stored then."""
    TestimonyVersion = apps.get_model("testimony", "TestimonyVersion")
    Narrative = apps.get_model("testimony", "Narrative")
    version = TestimonyVersion.objects.filter(
        testimony_id=anonymization.testimony_id, number=anonymization.version_number
    ).first()
    if version is not None:
        narrative = json.loads(version.snapshot).get("narrative") or {}
        return {name: narrative.get(name) or "" for name in ("original", "english")}
    if anonymization.version_number == anonymization.testimony.revision:
        narrative = Narrative.objects.filter(testimony_id=anonymization.testimony_id).first()
        if narrative is not None:
            return {"original": narrative.original, "english": narrative.english}
    return None


def _remap_decisions(decisions: dict, texts: dict[str, str] | None) -> tuple[dict, bool]:
    """The decisions with offsets into the normalized texts, and whether every reviewer's
    redaction was applied by the server to the characters the reviewer selected."""
    from testimony.text import code_point_offset, normalize_with_offsets

    if texts is None:
        # No text to map against: keep the offsets; applied rightly only if none was manual.
        return decisions, not decisions.get("manual")
    maps = {}
    for name, text in texts.items():
        normalized, stored_map = normalize_with_offsets(text)
        rendered = _rendered(text)
        rendered_normalized, rendered_map = normalize_with_offsets(rendered)
        maps[name] = (text, stored_map, rendered, rendered_map, rendered_normalized == normalized)
    rejected = []
    for key in decisions.get("rejected", []):
        name, start, end = key.rsplit(":", 2)
        start, end = int(start), int(end)
        if name in maps and 0 <= start <= end <= len(maps[name][0]):
            start, end = maps[name][1].span(start, end)
        rejected.append(f"{name}:{start}:{end}")
    manual = []
    applied_as_selected = True
    for item in decisions.get("manual", []):
        name, start, end = item["field"], item["start"], item["end"]
        if name not in maps:
            manual.append(item)
            applied_as_selected = False
            continue
        text, stored_map, rendered, rendered_map, same = maps[name]
        if not (0 <= start <= end) or not same:
            manual.append(item)
            applied_as_selected = False
            continue
        selected = rendered_map.span(
            code_point_offset(rendered, start), code_point_offset(rendered, end)
        )
        # What approval redacted: the stored text's code points start..end.
        applied = stored_map.span(min(start, len(text)), min(end, len(text)))
        if selected != applied:
            applied_as_selected = False
        manual.append({"field": name, "start": selected[0], "end": selected[1]})
    return {"rejected": sorted(set(rejected)), "manual": manual}, applied_as_selected


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


def remap_anonymizations(apps, schema_editor) -> None:
    Anonymization = apps.get_model("testimony", "Anonymization")
    Testimony = apps.get_model("testimony", "Testimony")
    connection = schema_editor.connection
    for anonymization in _in_batches(Anonymization.objects.select_related("testimony")):
        if not anonymization.decisions and anonymization.approved_at is None:
            continue
        decisions = (
            json.loads(anonymization.decisions)
            if anonymization.decisions
            else {"rejected": [], "manual": []}
        )
        texts = _version_texts(apps, anonymization)
        remapped, applied_as_selected = _remap_decisions(decisions, texts)
        changes = {}
        if anonymization.decisions and remapped != decisions:
            changes["decisions"] = json.dumps(remapped)
        revoke = anonymization.approved_at is not None and not applied_as_selected
        if revoke:
            changes.update(approved_by=None, approved_at=None, original="", english="")
        if changes:
            Anonymization.objects.filter(pk=anonymization.pk).update(**changes)
        if not revoke:
            continue
        testimony = anonymization.testimony
        _audit(
            apps,
            connection,
            action="anonymization.changed",
            testimony=testimony,
            changed_fields=["narrative.english", "narrative.original"],
            detail={
                "decision": "approval_revoked",
                "version": anonymization.version_number,
                "reason": REASON,
                "migration": MIGRATION,
            },
        )
        if anonymization.version_number == testimony.revision and testimony.status == "approved":
            moved = Testimony.objects.filter(pk=testimony.pk, status="approved").update(
                status="verified"
            )
            if moved:
                _audit(
                    apps,
                    connection,
                    action="testimony.status_changed",
                    testimony=testimony,
                    changed_fields=[],
                    detail={
                        "from": "approved",
                        "to": "verified",
                        "rule": "approval_revoked",
                        "reason": REASON,
                        "migration": MIGRATION,
                    },
                )


def normalize_snapshots(apps, schema_editor) -> None:
    TestimonyVersion = apps.get_model("testimony", "TestimonyVersion")
    for version in _in_batches(TestimonyVersion.objects.all(), size=200):
        snapshot = json.loads(version.snapshot)
        normalized = _normalize_json(snapshot)
        if isinstance(normalized, dict) and isinstance(normalized.get("indicators"), list):
            # versions.testimony_snapshot's order, which a normalized passage can change.
            normalized["indicators"] = sorted(
                normalized["indicators"], key=lambda tag: json.dumps(tag, sort_keys=True)
            )
        if normalized != snapshot:
            text = json.dumps(normalized, ensure_ascii=False, sort_keys=True)
            TestimonyVersion.objects.filter(pk=version.pk).update(snapshot=text)


def normalize_fields(apps, schema_editor) -> None:
    """Every normalizing field of every model of the app, decrypted and re-encrypted by the
    field itself where it is encrypted; only rows that change are written."""
    from testimony.text import NormalizedTextMixin, normalize_text

    for model in apps.get_app_config("testimony").get_models():
        names = [
            field.attname
            for field in model._meta.concrete_fields
            if isinstance(field, NormalizedTextMixin) and field.normalize
        ]
        if not names:
            continue
        for row in _in_batches(model.objects.values_list("pk", *names)):
            changes = {
                name: normalize_text(value)
                for name, value in zip(names, row[1:], strict=True)
                if isinstance(value, str) and normalize_text(value) != value
            }
            if changes:
                model.objects.filter(pk=row[0]).update(**changes)


def normalize_stored_text(apps, schema_editor) -> None:
    # Decisions first: their offsets are mapped from the texts as they were stored.
    remap_anonymizations(apps, schema_editor)
    normalize_snapshots(apps, schema_editor)
    normalize_fields(apps, schema_editor)


class Migration(migrations.Migration):

    dependencies = [
        ('testimony', '0015_search_words_on_testimony'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='anonymization',
                    name='decisions',
                    field=testimony.crypto.EncryptedTextField(blank=True, normalize=False, verbose_name='decisions'),
                ),
                migrations.AlterField(
                    model_name='anonymization',
                    name='english',
                    field=testimony.text.NormalizedTextField(blank=True, verbose_name='anonymized English'),
                ),
                migrations.AlterField(
                    model_name='anonymization',
                    name='original',
                    field=testimony.text.NormalizedTextField(blank=True, verbose_name='anonymized original'),
                ),
                migrations.AlterField(
                    model_name='attachment',
                    name='data_key',
                    field=testimony.crypto.EncryptedTextField(blank=True, normalize=False, verbose_name='file key'),
                ),
                migrations.AlterField(
                    model_name='consent',
                    name='notes',
                    field=testimony.text.NormalizedTextField(blank=True, verbose_name='notes'),
                ),
                migrations.AlterField(
                    model_name='consent',
                    name='witnessed_by',
                    field=testimony.text.NormalizedCharField(blank=True, max_length=200, verbose_name='witnessed by'),
                ),
                migrations.AlterField(
                    model_name='country',
                    name='name',
                    field=testimony.text.NormalizedCharField(max_length=120, verbose_name='name (English)'),
                ),
                migrations.AlterField(
                    model_name='country',
                    name='name_ko',
                    field=testimony.text.NormalizedCharField(blank=True, max_length=120, verbose_name='name (Korean)'),
                ),
                migrations.AlterField(
                    model_name='mandate',
                    name='address',
                    field=testimony.text.NormalizedTextField(blank=True, verbose_name='postal or e-mail address'),
                ),
                migrations.AlterField(
                    model_name='mandate',
                    name='name',
                    field=testimony.text.NormalizedCharField(max_length=120, verbose_name='name (English)'),
                ),
                migrations.AlterField(
                    model_name='mandate',
                    name='name_ko',
                    field=testimony.text.NormalizedCharField(blank=True, max_length=120, verbose_name='name (Korean)'),
                ),
                migrations.AlterField(
                    model_name='person',
                    name='pseudonym',
                    field=testimony.text.NormalizedCharField(blank=True, help_text="How exports will name this person, e.g. 'Witness A'.", max_length=60, verbose_name='pseudonym'),
                ),
                migrations.AlterField(
                    model_name='petition',
                    name='confidentiality',
                    field=testimony.text.NormalizedTextField(default='The identity of the submitting organisation and of every witness is to be kept confidential. Witnesses are named by pseudonym or initials only, as each consented.', verbose_name='confidentiality'),
                ),
                migrations.AlterField(
                    model_name='petition',
                    name='contact',
                    field=testimony.text.NormalizedTextField(blank=True, help_text='How the mandate reaches the organisation. The UN keeps it confidential.', verbose_name='contact for the mandate'),
                ),
                migrations.AlterField(
                    model_name='petition',
                    name='government_reply',
                    field=testimony.text.NormalizedTextField(blank=True, verbose_name='government reply'),
                ),
                migrations.AlterField(
                    model_name='petition',
                    name='published_in',
                    field=testimony.text.NormalizedCharField(blank=True, max_length=200, verbose_name='published in the communications report'),
                ),
                migrations.AlterField(
                    model_name='petition',
                    name='summary',
                    field=testimony.text.NormalizedTextField(help_text="The cover letter's own words: what the petition is about and what it asks.", verbose_name='opening paragraph'),
                ),
                migrations.AlterField(
                    model_name='petition',
                    name='title',
                    field=testimony.text.NormalizedCharField(max_length=200, verbose_name='title'),
                ),
                migrations.AlterField(
                    model_name='petition',
                    name='un_reference',
                    field=testimony.text.NormalizedCharField(blank=True, max_length=100, verbose_name='UN reference'),
                ),
                migrations.AlterField(
                    model_name='province',
                    name='name',
                    field=testimony.text.NormalizedCharField(max_length=120, verbose_name='name (English)'),
                ),
                migrations.AlterField(
                    model_name='province',
                    name='name_ko',
                    field=testimony.text.NormalizedCharField(blank=True, max_length=120, verbose_name='name (Korean)'),
                ),
                migrations.AlterField(
                    model_name='publicfigure',
                    name='hangul',
                    field=testimony.text.NormalizedCharField(blank=True, max_length=60, verbose_name='name (Hangul)'),
                ),
                migrations.AlterField(
                    model_name='publicfigure',
                    name='name',
                    field=testimony.text.NormalizedCharField(max_length=120, unique=True, verbose_name='name (romanized)'),
                ),
                migrations.AlterField(
                    model_name='publicfigure',
                    name='variants',
                    field=testimony.text.NormalizedTextField(blank=True, help_text='One spelling per line.', verbose_name='other spellings'),
                ),
                migrations.AlterField(
                    model_name='sector',
                    name='name',
                    field=testimony.text.NormalizedCharField(max_length=120, verbose_name='name (English)'),
                ),
                migrations.AlterField(
                    model_name='sector',
                    name='name_ko',
                    field=testimony.text.NormalizedCharField(blank=True, max_length=120, verbose_name='name (Korean)'),
                ),
                migrations.AlterField(
                    model_name='testimony',
                    name='interpreter',
                    field=testimony.text.NormalizedCharField(blank=True, max_length=200, verbose_name='interpreter'),
                ),
                migrations.AlterField(
                    model_name='testimony',
                    name='interview_place',
                    field=testimony.text.NormalizedCharField(max_length=200, verbose_name='interview place'),
                ),
                migrations.AlterField(
                    model_name='testimony',
                    name='work_site',
                    field=testimony.text.NormalizedCharField(blank=True, help_text='Camp, factory, vessel or city, as the witness describes it.', max_length=200, verbose_name='site of work'),
                ),
                migrations.AlterField(
                    model_name='testimonyversion',
                    name='snapshot',
                    field=testimony.crypto.EncryptedTextField(normalize=False, verbose_name='snapshot'),
                ),
            ],
        ),
        migrations.RunPython(normalize_stored_text, migrations.RunPython.noop),
    ]

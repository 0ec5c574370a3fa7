"""One text at the door: normalize_text, its offset map, and every door free text comes in by."""

import importlib
import json
import unicodedata
from collections.abc import Callable
from io import StringIO
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import connection, models, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from testimony.audit import audit_verify
from testimony.crypto import EncryptedTextField, encrypt
from testimony.models import (
    Anonymization,
    AuditEvent,
    IndicatorTag,
    Mandate,
    Narrative,
    Person,
    PublicFigure,
    ReviewComment,
    Status,
    Testimony,
    TestimonyVersion,
)
from testimony.tests.test_testimony_create import entry  # noqa: F401 (a fixture, used by name)
from testimony.text import code_point_offset, normalize_text, normalize_with_offsets
from testimony.versions import version_record

NFD_NAME = unicodedata.normalize("NFD", "박철민")  # Hangul as conjoining jamo, as macOS types it
EMOJI = "\U0001f600"  # 😀, two UTF-16 units
ASTRAL_HAN = "\U00020000"  # 𠀀, a CJK Extension B ideograph, two UTF-16 units


# normalize_text


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("one\r\ntwo", "one\ntwo"),
        ("one\rtwo", "one\ntwo"),
        ("one\r\n\r\ntwo\rthree\nfour", "one\n\ntwo\nthree\nfour"),
        ("one\r\r\ntwo", "one\n\ntwo"),
        ("one\u2028two\u2029three\x85four", "one\ntwo\nthree\nfour"),
        ("page\x0cbreak\x0bline", "page\nbreak\nline"),
        ("nul\x00here\x07\x1b", "nulhere"),
        ("tab\tkept", "tab\tkept"),
    ],
)
def test_line_breaks_become_lf_and_controls_go(typed: str, stored: str) -> None:
    assert normalize_text(typed) == stored


def test_decomposed_hangul_jamo_become_syllables() -> None:
    assert len(NFD_NAME) == 9
    assert normalize_text(NFD_NAME) == "박철민"


def test_a_combining_accent_joins_its_letter() -> None:
    assert normalize_text("Cho\u0306ng") == "Ch\u014fng"
    assert normalize_text("e\u0301") == "\u00e9"


def test_emoji_and_astral_characters_are_kept_as_they_are() -> None:
    text = f"{EMOJI} {ASTRAL_HAN} 👍🏽 👨‍👩‍👧"
    assert normalize_text(text) == text


def test_fullwidth_and_zero_width_characters_are_kept_as_typed() -> None:
    """Folding them is the matcher's work on a copy; the stored text keeps what was typed."""
    text = "Ｐａｋ\u200b Chol\u200d-su\ufeff ＡＢ！"
    assert normalize_text(text) == text


def test_normalizing_twice_changes_nothing() -> None:
    text = f"a\r\nb\u2028{NFD_NAME}\x00"
    assert normalize_text(normalize_text(text)) == normalize_text(text)


# The offset map

MESSY = st.lists(
    st.sampled_from(
        [
            "a",
            "P",
            " ",
            "\r",
            "\n",
            "\r\n",
            "\x00",
            "\u2028",
            "\u1100",  # choseong kiyeok
            "\u1161",  # jungseong a
            "\u11a8",  # jongseong kiyeok
            "\u0301",
            "\u0323",
            "\u0306",
            "e",
            "박",
            EMOJI,
            "\u212b",  # angstrom sign, a singleton
        ]
    ),
    max_size=30,
).map("".join)


@given(MESSY)
def test_the_offset_map_lands_every_offset_in_the_normalized_text(text: str) -> None:
    normalized, offsets = normalize_with_offsets(text)
    assert normalized == normalize_text(text)
    assert offsets.start(0) == 0
    assert offsets.end(len(text)) == len(normalized)
    for i in range(len(text)):
        assert offsets.start(i) <= offsets.start(i + 1)
        assert offsets.end(i) <= offsets.end(i + 1)
        assert offsets.start(i) <= offsets.end(i) <= len(normalized)


def test_a_span_after_crlf_and_jamo_maps_onto_the_same_words() -> None:
    text = f"One.\r\n\r\n{NFD_NAME} met Pak.\r\nEnd"
    normalized, offsets = normalize_with_offsets(text)
    start = text.index("Pak")
    new_start, new_end = offsets.span(start, start + 3)
    assert normalized[new_start:new_end] == "Pak"
    name_start = text.index(NFD_NAME)
    new_start, new_end = offsets.span(name_start, name_start + len(NFD_NAME))
    assert normalized[new_start:new_end] == "박철민"


def test_utf16_offsets_become_code_point_offsets() -> None:
    text = f"{EMOJI}{ASTRAL_HAN} Pak"
    utf16 = len(f"{EMOJI}{ASTRAL_HAN} ".encode("utf-16-le")) // 2
    assert utf16 == 5
    assert code_point_offset(text, utf16) == 3
    assert text[code_point_offset(text, utf16) :] == "Pak"


# The ORM door

pytestmark = pytest.mark.django_db


def _from_database(instance: models.Model, name: str) -> object:
    return type(instance).objects.filter(pk=instance.pk).values_list(name, flat=True).get()


def test_every_free_text_saved_through_the_orm_is_stored_normalized(
    make_testimony: Callable[..., Testimony], carol: User
) -> None:
    testimony = make_testimony(interview_place="Seoul\r\noffice", work_site=f"Camp\u2028{NFD_NAME}")
    narrative = testimony.narrative
    narrative.original = f"First.\r\n\r\n{NFD_NAME} said.\rEnd"
    narrative.save()
    person = Person.objects.create(
        testimony=testimony, role=Person.Role.SUPERVISOR, aliases="Pak\r\nMr. Pak"
    )
    tag = IndicatorTag.objects.create(
        testimony=testimony, indicator="isolation", phase="employment", passage="We\r\nwere"
    )
    comment = ReviewComment.objects.create(testimony=testimony, author=carol, body="Check\r\nit")

    assert narrative.original == "First.\n\n박철민 said.\nEnd"  # the instance agrees
    assert _from_database(narrative, "original") == "First.\n\n박철민 said.\nEnd"
    assert _from_database(testimony, "interview_place") == "Seoul\noffice"
    assert _from_database(testimony, "work_site") == "Camp\n박철민"
    assert _from_database(person, "aliases") == "Pak\nMr. Pak"
    assert person.alias_list() == ["Pak", "Mr. Pak"]
    assert _from_database(tag, "passage") == "We\nwere"
    assert _from_database(comment, "body") == "Check\nit"


def test_an_update_and_a_lookup_are_normalized_too(
    make_testimony: Callable[..., Testimony],
) -> None:
    testimony = make_testimony()
    Testimony.objects.filter(pk=testimony.pk).update(interpreter="Kim\r\nLee")
    assert _from_database(testimony, "interpreter") == "Kim\nLee"
    assert Testimony.objects.filter(interpreter="Kim\r\nLee").exists()


def test_json_and_keys_in_encrypted_fields_are_not_rewritten(
    make_testimony: Callable[..., Testimony], alice: User
) -> None:
    """A snapshot is a JSON document, not free text: a raw U+2028 inside it stays valid JSON."""
    testimony = make_testimony()
    document = json.dumps({"note": "a\u2028b"}, ensure_ascii=False)
    version = TestimonyVersion.objects.create(
        testimony=testimony, number=9, created_by=alice, snapshot=document
    )
    assert json.loads(_from_database(version, "snapshot")) == {"note": "a\u2028b"}


# The form door


def test_the_entry_form_stores_what_the_browser_sent_normalized(
    client: Client,
    alice: User,
    entry: Callable[..., dict[str, str]],  # noqa: F811
) -> None:
    """Browsers send textareas with CRLF: the narrative, aliases and passages are stored LF."""
    client.force_login(alice)
    response = client.post(
        reverse("testimony:create"),
        entry(
            **{
                "narrative-original": f"첫째.\r\n\r\n둘째 {NFD_NAME}.\r\n",
                "narrative-english": "One.\r\n\r\nTwo.\r\n\r\nThree: Pak.",
                "persons-0-aliases": "Lim Myeong-cheol\r\nMr. Rim",
                "indicators-0-passage": "The minder\r\ntook it.",
                "interview_place": "Seoul\u2028office",
            }
        ),
    )
    assert response.status_code == 302
    testimony = Testimony.objects.get()
    narrative = Narrative.objects.get(testimony=testimony)
    assert narrative.original == "첫째.\n\n둘째 박철민."
    assert narrative.english == "One.\n\nTwo.\n\nThree: Pak."
    assert testimony.interview_place == "Seoul\noffice"
    assert testimony.persons.get(role="witness").aliases == "Lim Myeong-cheol\nMr. Rim"
    assert testimony.indicators.get().passage == "The minder\ntook it."
    version = testimony.versions.get()
    assert json.loads(version.snapshot)["narrative"]["english"] == narrative.english


def test_a_form_shown_again_after_an_error_shows_the_normalized_text(
    client: Client,
    alice: User,
    entry: Callable[..., dict[str, str]],  # noqa: F811
) -> None:
    client.force_login(alice)
    response = client.post(
        reverse("testimony:create"),
        entry(**{"interview_date": "2999-01-01", "narrative-original": f"저는 {NFD_NAME}입니다."}),
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "저는 박철민입니다." in page
    assert NFD_NAME not in page
    assert not Testimony.objects.exists()


# The admin door


def test_the_admin_stores_normalized_text(client: Client, dave: User) -> None:
    client.force_login(dave)
    figure = PublicFigure.objects.create(name="Test Figure", hangul="김일성")
    url = reverse("admin:testimony_publicfigure_change", args=[figure.pk])
    response = client.post(
        url,
        {
            "name": "Test Figure",
            "hangul": unicodedata.normalize("NFD", "김일성"),
            "variants": "Kim Il Sung\r\nKim Ilsung\r\n",
            "is_active": "on",
            "_save": "Save",
        },
    )
    assert response.status_code == 302
    figure.refresh_from_db()
    assert figure.variants == "Kim Il Sung\nKim Ilsung"
    assert figure.hangul == "김일성"
    mandate = Mandate.objects.create(code="slavery", name="Slavery")
    response = client.post(
        reverse("admin:testimony_mandate_change", args=[mandate.pk]),
        {
            "code": "slavery",
            "name": "Special Rapporteur\r\non slavery",
            "name_ko": "",
            "address": "Palais des Nations\r\nGeneva",
            "is_active": "on",
            "_save": "Save",
        },
    )
    assert response.status_code == 302
    mandate.refresh_from_db()
    assert mandate.address == "Palais des Nations\nGeneva"


# The command-line door


def test_the_command_line_anonymizes_the_normalized_text(tmp_path: Path) -> None:
    """Offsets in the JSON output index the LF, NFC text the command normalized."""
    text = f"First.\r\n\r\n{EMOJI} Second.\r\n\r\n{ASTRAL_HAN} Then Pak Chol-su came.\r\n"
    source = tmp_path / "testimony.txt"
    source.write_bytes(text.encode("utf-8"))
    persons = tmp_path / "persons.json"
    persons.write_text(json.dumps([{"name": "Pak Chol-su", "role": "minder"}]), "utf-8")
    out = StringIO()
    call_command("anonymize_text", str(source), "--persons", str(persons), stdout=out)
    result = json.loads(out.getvalue())
    normalized = normalize_text(text)
    assert "\r" not in result["text"]
    assert "Pak" not in result["text"]
    [span] = [span for span in result["spans"] if span["text"] == "Pak Chol-su"]
    assert normalized[span["start"] : span["end"]] == "Pak Chol-su"


# The migration


MIGRATION = importlib.import_module("testimony.migrations.0016_normalized_text")


def _store_raw(instance: models.Model, **values: str) -> None:
    """Write values as an older version stored them, past the normalizing fields."""
    model = type(instance)
    table = connection.ops.quote_name(model._meta.db_table)
    pk_column = connection.ops.quote_name(model._meta.pk.column)
    with connection.cursor() as cursor:
        for name, value in values.items():
            field = model._meta.get_field(name)
            stored = encrypt(value) if isinstance(field, EncryptedTextField) and value else value
            column = connection.ops.quote_name(field.column)
            cursor.execute(
                f"UPDATE {table} SET {column} = %s WHERE {pk_column} = %s",  # noqa: S608
                [stored, instance.pk],
            )


def _utf16(text: str, offset: int) -> int:
    return len(text[:offset].encode("utf-16-le")) // 2


def _migrate() -> None:
    with transaction.atomic():
        MIGRATION.normalize_stored_text(apps, SimpleNamespace(connection=connection))


STORED_ENGLISH = (
    f"First paragraph.\r\n\r\nSecond {EMOJI} paragraph {ASTRAL_HAN}.\r\n\r\n"
    "Then Pak Chol-su took the passports in Kuwait."
)


@pytest.fixture
def approved(make_testimony: Callable[..., Testimony], alice: User) -> Testimony:
    """An approved testimony whose narrative and version were stored with CRLF."""
    testimony = make_testimony(status=Status.APPROVED)
    with transaction.atomic():
        version = version_record(testimony=testimony, by=alice)
    snapshot = json.loads(version.snapshot)
    snapshot["narrative"]["english"] = STORED_ENGLISH
    TestimonyVersion.objects.filter(pk=version.pk).update(
        snapshot=json.dumps(snapshot, ensure_ascii=False, sort_keys=True)
    )
    _store_raw(testimony.narrative, english=STORED_ENGLISH)
    _store_raw(testimony, interview_place="Seoul\r\noffice")
    return testimony


def _anonymization(testimony: Testimony, carol: User, decisions: dict) -> Anonymization:
    anonymization = Anonymization.objects.create(
        testimony=testimony,
        version_number=testimony.revision,
        decisions=json.dumps(decisions),
        approved_by=carol,
        approved_at=timezone.now(),
    )
    _store_raw(anonymization, english="as approved\r\nthen", original="원문\r\n")
    return anonymization


def test_the_migration_revokes_an_approval_whose_selection_was_misplaced(
    approved: Testimony, carol: User
) -> None:
    """The browser counted "Pak" on the LF text in UTF-16 units; the server redacted other
    characters of the CRLF text. The approval is revoked, its texts emptied, the selection
    mapped onto the normalized text, the testimony sent back to verified, all audited."""
    rendered = STORED_ENGLISH.replace("\r\n", "\n")
    browser_start = _utf16(rendered, rendered.index("Pak"))
    kuwait = STORED_ENGLISH.index("Kuwait")
    anonymization = _anonymization(
        approved,
        carol,
        {
            "rejected": [f"english:{kuwait}:{kuwait + 6}"],
            "manual": [{"field": "english", "start": browser_start, "end": browser_start + 3}],
        },
    )
    assert STORED_ENGLISH[browser_start : browser_start + 3] != "Pak"  # the bug
    events_before = AuditEvent.objects.count()

    _migrate()

    anonymization.refresh_from_db()
    approved.refresh_from_db()
    english = Narrative.objects.get(testimony=approved).english
    assert english == rendered
    decisions = json.loads(anonymization.decisions)
    [manual] = decisions["manual"]
    assert english[manual["start"] : manual["end"]] == "Pak"
    [rejected] = decisions["rejected"]
    _field, start, end = rejected.split(":")
    assert english[int(start) : int(end)] == "Kuwait"
    assert anonymization.approved_at is None
    assert anonymization.approved_by is None
    assert anonymization.english == anonymization.original == ""
    assert approved.status == Status.VERIFIED
    assert approved.interview_place == "Seoul\noffice"
    events = list(AuditEvent.objects.order_by("sequence")[events_before:])
    assert [event.action for event in events] == [
        AuditEvent.Action.REDACTION_CHANGED,
        AuditEvent.Action.STATUS_CHANGED,
    ]
    assert events[1].detail["from"] == "approved"
    assert events[1].detail["to"] == "verified"
    assert events[0].actor is None
    assert audit_verify()[1] is None
    snapshot = json.loads(TestimonyVersion.objects.get(testimony=approved).snapshot)
    assert snapshot["narrative"]["english"] == rendered


def test_the_migration_keeps_an_approval_made_without_misplaced_selections(
    approved: Testimony, carol: User
) -> None:
    """Proposals were computed on the stored text, so the approved text was right: only its
    line breaks change, and the rejected proposal's key follows its words."""
    kuwait = STORED_ENGLISH.index("Kuwait")
    first = STORED_ENGLISH.index("paragraph")  # before any CRLF: browser offsets were right
    anonymization = _anonymization(
        approved,
        carol,
        {
            "rejected": [f"english:{kuwait}:{kuwait + 6}"],
            "manual": [{"field": "english", "start": first, "end": first + 9}],
        },
    )
    events_before = AuditEvent.objects.count()

    _migrate()

    anonymization.refresh_from_db()
    approved.refresh_from_db()
    assert anonymization.approved_at is not None
    assert anonymization.english == "as approved\nthen"
    assert anonymization.original == "원문\n"
    assert approved.status == Status.APPROVED
    english = Narrative.objects.get(testimony=approved).english
    _field, start, end = json.loads(anonymization.decisions)["rejected"][0].split(":")
    assert english[int(start) : int(end)] == "Kuwait"
    assert AuditEvent.objects.count() == events_before


def test_the_migration_maps_an_unapproved_selection_onto_the_normalized_text(
    approved: Testimony,
) -> None:
    """Not yet approved: nothing to revoke; the selection now covers what was selected."""
    rendered = STORED_ENGLISH.replace("\r\n", "\n")
    browser_start = _utf16(rendered, rendered.index("Pak"))
    anonymization = Anonymization.objects.create(
        testimony=approved,
        version_number=approved.revision,
        decisions=json.dumps(
            {
                "rejected": [],
                "manual": [{"field": "english", "start": browser_start, "end": browser_start + 3}],
            }
        ),
    )
    _migrate()
    anonymization.refresh_from_db()
    [manual] = json.loads(anonymization.decisions)["manual"]
    english = Narrative.objects.get(testimony=approved).english
    assert english[manual["start"] : manual["end"]] == "Pak"


def test_the_migration_normalizes_encrypted_names_and_leaves_normal_rows_alone(
    make_testimony: Callable[..., Testimony],
) -> None:
    testimony = make_testimony()
    witness = testimony.persons.get()
    _store_raw(witness, name_hangul=NFD_NAME, aliases="Pak\r\nMr. Pak")
    untouched = make_testimony(witness_name="Kim Chol", witness_hangul="김철")
    before = _token(untouched.narrative, "original")
    _migrate()
    witness.refresh_from_db()
    assert witness.name_hangul == "박철민"
    assert witness.aliases == "Pak\nMr. Pak"
    # Rows already normalized are not rewritten: a new encryption would give a new token.
    assert _token(untouched.narrative, "original") == before


def _token(instance: models.Model, name: str) -> str:
    model = type(instance)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {connection.ops.quote_name(model._meta.get_field(name).column)} "  # noqa: S608
            f"FROM {connection.ops.quote_name(model._meta.db_table)} "
            f"WHERE {connection.ops.quote_name(model._meta.pk.column)} = %s",
            [instance.pk],
        )
        return cursor.fetchone()[0]

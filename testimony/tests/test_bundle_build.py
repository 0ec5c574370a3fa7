"""Building a bundle end to end: only released data leaves, and the manifest proves it."""

import io
import json
import uuid
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from pypdf import PdfReader

from testimony import versions
from testimony.anonymize.review import anonymization_approve
from testimony.bundle import manifest
from testimony.bundle.build import BundleRefused, bundle_build
from testimony.models import AuditEvent, Bundle, IndicatorTag, Mandate, Petition, Testimony
from testimony.workflow import consent_withdraw

pytestmark = pytest.mark.django_db


def _hangul(seed: str) -> str:
    return "".join(chr(0xAC00 + int(seed[i : i + 2], 16) * 40) for i in range(0, 8, 2))


@pytest.fixture
def bundle_dir(settings: object, tmp_path: Path) -> Path:
    settings.BUNDLE_DIR = tmp_path / "bundles"
    return settings.BUNDLE_DIR


@pytest.fixture
def released(
    make_testimony: Callable[..., Testimony], carol: User, bundle_dir: Path
) -> tuple[Petition, list[str]]:
    """A petition with two approved testimonies whose witnesses have names seen nowhere else."""
    names: list[str] = []
    petition = Petition.objects.create(
        slug="kuwait-2026",
        title="Forced labour of North Korean workers in Kuwait",
        mandate=Mandate.objects.get(code="sr_slavery"),
        summary="We submit the testimonies of workers sent to Kuwait's construction sites.",
        created_by=carol,
    )
    for _ in range(2):
        marker = uuid.uuid4().hex
        romanized = f"Rim Unique{marker[:10]}"
        hangul = "림" + _hangul(marker)
        testimony = make_testimony(witness_name=romanized, witness_hangul=hangul, status="approved")
        witness = testimony.witness()
        witness.aliases = f"Lim Alias{marker[10:20]}"
        witness.save()
        witness.reindex_names()
        IndicatorTag.objects.create(
            testimony=testimony,
            indicator="retention_of_documents",
            phase="employment",
            passage=f"The minder took the passport of {romanized}.",
        )
        versions.version_record(testimony=testimony, by=testimony.created_by)
        anonymization_approve(testimony=testimony, by=carol)
        petition.testimonies.add(testimony)
        names += [romanized, hangul, f"Lim Alias{marker[10:20]}"]
    return petition, names


def _all_text(path: Path) -> dict[str, str]:
    """Every file of the ZIP as text: PDF text extracted, DOCX/XLSX XML, the rest decoded."""
    texts = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            body = archive.read(name)
            if name.endswith(".pdf"):
                reader = PdfReader(io.BytesIO(body))
                texts[name] = "\n".join(page.extract_text() or "" for page in reader.pages)
            elif name.endswith((".docx", ".xlsx")):
                with zipfile.ZipFile(io.BytesIO(body)) as inner:
                    texts[name] = "\n".join(
                        inner.read(part).decode("utf-8", "replace")
                        for part in inner.namelist()
                        if part.endswith(".xml")
                    )
            else:
                texts[name] = body.decode("utf-8", "replace")
    return texts


def _build(petition: Petition, user: User) -> tuple[Bundle, Path]:
    bundle = Bundle.objects.create(
        petition=petition,
        created_by=user,
        selection={t.case_code: t.revision for t in petition.testimonies.all()},
    )
    return bundle, bundle_build(bundle)


def test_no_registered_name_leaves_in_any_file(
    released: tuple[Petition, list[str]], carol: User
) -> None:
    """Unzipped, with PDF text extracted and DOCX/XLSX XML read, no file holds a real name."""
    petition, names = released
    bundle, path = _build(petition, carol)
    texts = _all_text(path)
    expected = {"cover_letter.pdf", "cover_letter.docx", "summary.pdf", "manifest.json"}
    assert expected <= set(texts)
    assert any(name.startswith("data/") for name in texts)
    for file_name, text in texts.items():
        for name in names:
            assert name not in text, f"{name} found in {file_name}"
    assert "Witness A" in texts["summary.pdf"] or any(
        "Witness A" in text for name, text in texts.items() if name.startswith("cases/")
    )
    bundle.refresh_from_db()
    assert bundle.state == Bundle.State.DONE
    assert AuditEvent.objects.filter(action=AuditEvent.Action.BUNDLE_BUILT).exists()


def test_the_bundle_verifies_and_one_changed_byte_is_named(
    released: tuple[Petition, list[str]], carol: User, tmp_path: Path
) -> None:
    """verify_bundle passes on the built ZIP and fails, naming the file, after one byte changes."""
    petition, _names = released
    _bundle, path = _build(petition, carol)
    assert manifest.verify_bundle(path).ok
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(tampered, "w") as target:
        for item in source.infolist():
            body = source.read(item.filename)
            if item.filename == "data/cases.csv":
                body = body[:-1] + bytes([body[-1] ^ 1])
            target.writestr(item, body)
    result = manifest.verify_bundle(tampered)
    assert not result.ok
    assert "data/cases.csv" in result.message


def test_a_withdrawal_after_selection_stops_the_build(
    released: tuple[Petition, list[str]], carol: User, alice: User
) -> None:
    """A testimony withdrawn after it was selected is refused by the builder, with a reason."""
    petition, _names = released
    testimony = petition.testimonies.first()
    bundle = Bundle.objects.create(
        petition=petition,
        created_by=carol,
        selection={t.case_code: t.revision for t in petition.testimonies.all()},
    )
    consent_withdraw(testimony=testimony, by=alice, withdrawn_on=date(2026, 1, 5), how="message")
    with pytest.raises(BundleRefused, match="withdrew consent"):
        bundle_build(bundle)
    bundle.refresh_from_db()
    assert bundle.state == Bundle.State.FAILED


def test_the_command_line_builds_the_same_bundle(
    released: tuple[Petition, list[str]], tmp_path: Path
) -> None:
    """build_bundle writes a ZIP that verify_bundle accepts."""
    out = tmp_path / "out.zip"
    call_command("build_bundle", "--petition", "kuwait-2026", "--out", str(out))
    assert manifest.verify_bundle(out).ok
    listed = json.loads(zipfile.ZipFile(out).read("manifest.json"))
    assert len(listed["testimonies"]) == 2


def test_a_download_needs_a_recent_password_and_is_audited(
    client: Client, released: tuple[Petition, list[str]], carol: User
) -> None:
    """The first download asks for the password; after it, the ZIP comes as an attachment."""
    petition, _names = released
    bundle, _path = _build(petition, carol)
    client.force_login(carol)
    url = reverse("testimony:bundle_download", args=[bundle.uuid])
    response = client.get(url)
    assert response.status_code == 302
    assert reverse("testimony:reauthenticate") in response["Location"]
    reauth = reverse("testimony:reauthenticate")
    wrong = client.post(reauth, {"password": "nope", "next": url})
    assert "That is not your password." in wrong.content.decode()
    client.post(reauth, {"password": "correct horse battery staple", "next": url})
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert AuditEvent.objects.filter(action=AuditEvent.Action.BUNDLE_DOWNLOADED).exists()


def test_the_petition_page_does_not_query_once_per_candidate(
    client: Client,
    released: tuple[Petition, list[str]],
    carol: User,
    make_testimony: Callable[..., Testimony],
) -> None:
    """Eligibility of every candidate is decided in one query, however many there are."""
    petition, _names = released
    client.force_login(carol)
    url = petition.get_absolute_url()
    counts = []
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
        for _ in range(3):
            make_testimony(status="approved")
    assert counts[0] == counts[1]

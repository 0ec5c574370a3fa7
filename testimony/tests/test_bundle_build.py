"""Building a bundle end to end: only released data leaves, and the manifest proves it."""

import gc
import io
import json
import logging
import os
import time
import uuid
import zipfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from testimony import versions
from testimony.anonymize.review import anonymization_approve
from testimony.bundle import documents, manifest
from testimony.bundle.build import BundleRefused, bundle_build, bundle_path
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
    released: tuple[Petition, list[str]], carol: User, alice: User, bundle_dir: Path
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
    assert "withdrew consent" in bundle.error
    assert not any(bundle_dir.iterdir())


def _queued(petition: Petition, user: User, **fields: object) -> Bundle:
    return Bundle.objects.create(
        petition=petition,
        created_by=user,
        selection={t.case_code: t.revision for t in petition.testimonies.all()},
        **fields,
    )


def _claimed_by_another_run(bundle_dir: Path, bundle: Bundle, silent: timedelta) -> Path:
    """The bundle as another run left it: claimed, its temporary ZIP last written `silent` ago."""
    bundle_dir.mkdir(parents=True, exist_ok=True)
    partial = bundle_dir / f".{bundle.uuid}.other.part"
    partial.write_bytes(b"PK half a zip")
    then = time.time() - silent.total_seconds()
    os.utime(partial, (then, then))
    Bundle.objects.filter(pk=bundle.pk).update(
        state=Bundle.State.RUNNING, file_name=partial.name, progress=3, total=11
    )
    return partial


def test_a_second_run_finds_the_bundle_done_and_leaves_it(
    released: tuple[Petition, list[str]],
    carol: User,
    bundle_dir: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The task run twice in a row: the second run sees the first's ZIP and changes nothing."""
    petition, _names = released
    bundle, path = _build(petition, carol)
    built = Bundle.objects.get(pk=bundle.pk)
    with caplog.at_level(logging.INFO, logger="testimony.bundle.build"):
        assert bundle_build(bundle) == path
    [line] = caplog.records
    assert "done already" in line.getMessage()
    again = Bundle.objects.get(pk=bundle.pk)
    assert again.state == Bundle.State.DONE
    assert (again.sha256, again.finished_at, again.error) == (built.sha256, built.finished_at, "")
    assert [p.name for p in bundle_dir.iterdir()] == [path.name]
    assert manifest.verify_bundle(path).ok
    assert AuditEvent.objects.filter(action=AuditEvent.Action.BUNDLE_BUILT).count() == 1


def test_a_run_finding_the_bundle_claimed_by_a_live_run_leaves_it(
    released: tuple[Petition, list[str]],
    carol: User,
    bundle_dir: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Two workers at once: the claim is taken (the bundle in hand still says QUEUED), so this
    run writes nothing, neither to the bundle nor to the other run's file."""
    petition, _names = released
    bundle = _queued(petition, carol)
    partial = _claimed_by_another_run(bundle_dir, bundle, silent=timedelta(minutes=14))
    assert bundle.state == Bundle.State.QUEUED
    with caplog.at_level(logging.INFO, logger="testimony.bundle.build"):
        assert bundle_build(bundle) is None
    [line] = caplog.records
    assert "being built by another run" in line.getMessage()
    bundle.refresh_from_db()
    assert (bundle.state, bundle.file_name, bundle.progress) == (
        Bundle.State.RUNNING,
        partial.name,
        3,
    )
    assert [p.name for p in bundle_dir.iterdir()] == [partial.name]
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.BUNDLE_BUILT).exists()


def test_a_failed_bundle_is_not_built_again(
    released: tuple[Petition, list[str]], carol: User, bundle_dir: Path
) -> None:
    petition, _names = released
    bundle = _queued(petition, carol, state=Bundle.State.FAILED, error="Refused.")
    assert bundle_build(bundle) is None
    bundle.refresh_from_db()
    assert (bundle.state, bundle.error) == (Bundle.State.FAILED, "Refused.")
    assert not any(bundle_dir.iterdir())


def test_a_build_silent_past_the_stale_time_is_taken_over(
    released: tuple[Petition, list[str]],
    carol: User,
    bundle_dir: Path,
    settings: object,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Its worker died: the next run claims the bundle, builds it and removes the dead run's
    half-written file."""
    settings.BUNDLE_STALE_AFTER = 5 * 60
    petition, _names = released
    bundle = _queued(petition, carol)
    dead = _claimed_by_another_run(bundle_dir, bundle, silent=timedelta(minutes=6))
    with caplog.at_level(logging.WARNING, logger="testimony.bundle.build"):
        path = bundle_build(bundle)
    assert "takes it over" in caplog.records[0].getMessage()
    bundle.refresh_from_db()
    assert bundle.state == Bundle.State.DONE
    assert path == bundle_path(bundle)
    assert not dead.exists()
    assert [p.name for p in bundle_dir.iterdir()] == [path.name]
    assert manifest.verify_bundle(path).ok


def test_a_build_claimed_before_the_upgrade_is_taken_over_when_old_enough(
    released: tuple[Petition, list[str]], carol: User, bundle_dir: Path
) -> None:
    """No temporary ZIP named: the bundle's age stands for the last sign of life."""
    petition, _names = released
    bundle = _queued(
        petition,
        carol,
        state=Bundle.State.RUNNING,
        created_at=timezone.now() - timedelta(minutes=16),
    )
    assert bundle_build(bundle) == bundle_path(bundle)
    bundle.refresh_from_db()
    assert bundle.state == Bundle.State.DONE


# openpyxl complains, when collected, of a write-only workbook closed half written: collected
# within the test (gc.collect) so that the complaint is filtered here rather than at exit.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_failure_after_the_claim_marks_the_bundle_failed_and_leaves_no_file(
    released: tuple[Petition, list[str]],
    carol: User,
    bundle_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    petition, _names = released
    bundle = _queued(petition, carol)

    def broken(*args: object) -> bytes:
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(documents, "render_summary_pdf", broken)
    with pytest.raises(RuntimeError, match="the disk is full"):
        bundle_build(bundle)
    bundle.refresh_from_db()
    assert bundle.state == Bundle.State.FAILED
    assert bundle.error == "The build failed unexpectedly; the server log has the details."
    assert bundle.file_name == ""
    assert not any(bundle_dir.iterdir())
    gc.collect()


# openpyxl complains, when collected, of a write-only workbook closed half written: collected
# within the test (gc.collect) so that the complaint is filtered here rather than at exit.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_run_taken_over_while_it_builds_stops_and_touches_nothing(
    released: tuple[Petition, list[str]],
    carol: User,
    bundle_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A run thought dead that was only slow: the run that took over owns the bundle, so
    this one neither finishes it nor marks it FAILED."""
    petition, _names = released
    bundle = _queued(petition, carol)
    render = documents.render_cover_letter_pdf

    def taken_over(*args: object) -> bytes:
        Bundle.objects.filter(pk=bundle.pk).update(file_name=".another-run.part")
        return render(*args)

    monkeypatch.setattr(documents, "render_cover_letter_pdf", taken_over)
    assert bundle_build(bundle) is None
    bundle.refresh_from_db()
    assert (bundle.state, bundle.file_name, bundle.error) == (
        Bundle.State.RUNNING,
        ".another-run.part",
        "",
    )
    assert not any(bundle_dir.iterdir())
    gc.collect()


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


# openpyxl complains, when collected, of a write-only workbook closed half written: collected
# within the test (gc.collect) so that the complaint is filtered here rather than at exit.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_character_no_font_has_fails_the_build_with_a_message_naming_it(
    released: tuple[Petition, list[str]], carol: User, bundle_dir: Path
) -> None:
    """A private-use character typed into the petition's summary cannot be drawn: the build
    fails, and the bundle says which character, its code point and where, for the coordinator
    to fix, rather than sending a letter with the character silently dropped."""
    petition, _names = released
    petition.summary = "We submit these testimonies \ue000 to the Special Rapporteur."
    petition.save()
    bundle = _queued(petition, carol)
    with pytest.raises(documents.UnrenderableText):
        bundle_build(bundle)
    bundle.refresh_from_db()
    assert bundle.state == Bundle.State.FAILED
    assert bundle.error.startswith("The cover letter cannot be drawn")
    assert "U+E000" in bundle.error
    assert not any(bundle_dir.iterdir())
    gc.collect()

"""Internal notes and the details of steps taken never leave the office; the companies, state
bodies, postings and States concerned do, in the data files, with entity ids a recipient can
cross-reference."""

import csv
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from django.contrib.auth.models import User

from testimony import versions
from testimony.anonymize.review import anonymization_approve
from testimony.bundle.build import bundle_build
from testimony.models import (
    Bundle,
    CaseNotes,
    Country,
    Entity,
    EntityRole,
    Mandate,
    Petition,
    Posting,
    Sector,
    Testimony,
    TestimonyEntity,
)
from testimony.tests.test_bundle_build import _all_text

pytestmark = pytest.mark.django_db

INTERNAL_NOTE = "Interviewer note q7zk: the witness's cousin Ri Kwang-ho still works at Camp 12."
DOMESTIC_DETAILS = "Complained w9xq to the site manager Jo Yong-su; nothing came of it."


@pytest.fixture
def bundle_dir(settings: object, tmp_path: Path) -> Path:
    settings.BUNDLE_DIR = tmp_path / "bundles"
    return settings.BUNDLE_DIR


@pytest.fixture
def approved_with_notes(
    make_testimony: Callable[..., Testimony], carol: User, kuwait: Country, bundle_dir: Path
) -> tuple[Petition, Testimony, Entity]:
    petition = Petition.objects.create(
        slug="notes-2026",
        title="Forced labour in Kuwait",
        mandate=Mandate.objects.get(code="sr_slavery"),
        created_by=carol,
    )
    testimony = make_testimony(status="approved", domestic_remedies="none_possible")
    CaseNotes.objects.create(
        testimony=testimony, domestic_steps=DOMESTIC_DETAILS, internal_notes=INTERNAL_NOTE
    )
    russia = Country.objects.get(code="russia")
    company = Entity.objects.create(kind=Entity.Kind.COMPANY, name="Namgang Construction")
    body = Entity.objects.create(
        kind=Entity.Kind.STATE_BODY, name="Korea Namsan General Trading Corporation"
    )
    construction = Sector.objects.get(code="construction")
    Posting.objects.create(
        testimony=testimony,
        order=1,
        country=russia,
        sector=construction,
        period_start="2011",
        period_end="2012",
    )
    Posting.objects.create(
        testimony=testimony,
        order=2,
        country=kuwait,
        sector=construction,
        period_start="2014-06",
        period_end="2016",
        employer=company,
    )
    TestimonyEntity.objects.create(
        testimony=testimony,
        entity=body,
        role=EntityRole.SENDING_BODY,
        passage="Rim Myong-chol was sent by the Namsan corporation.",
    )
    versions.version_record(testimony=testimony, by=testimony.created_by)
    anonymization_approve(testimony=testimony, by=carol)
    petition.testimonies.add(testimony)
    return petition, testimony, company


def _build(petition: Petition, user: User) -> Path:
    bundle = Bundle.objects.create(
        petition=petition,
        created_by=user,
        selection={t.case_code: t.revision for t in petition.testimonies.all()},
    )
    return bundle_build(bundle)


def test_internal_notes_are_in_no_file_of_the_bundle(
    approved_with_notes: tuple[Petition, Testimony, Entity], carol: User
) -> None:
    """Every file, PDF text extracted and DOCX/XLSX XML read, raw bytes too: neither the
    internal note nor the free-text details of the steps taken appear, in whole or in part."""
    petition, _testimony, _company = approved_with_notes
    path = _build(petition, carol)
    texts = _all_text(path)
    with zipfile.ZipFile(path) as archive:
        raw = {name: archive.read(name) for name in archive.namelist()}
    for name, text in texts.items():
        for secret in (INTERNAL_NOTE, DOMESTIC_DETAILS, "q7zk", "w9xq", "Jo Yong-su"):
            assert secret not in text, f"{secret!r} found in {name}"
            assert secret.encode() not in raw[name], f"{secret!r} found in the bytes of {name}"


def test_the_data_files_carry_postings_entities_and_states(
    approved_with_notes: tuple[Petition, Testimony, Entity], carol: User
) -> None:
    petition, testimony, company = approved_with_notes
    path = _build(petition, carol)
    with zipfile.ZipFile(path) as archive:
        cases = json.loads(archive.read("data/cases.json"))["cases"]
        rows = list(csv.DictReader(io.StringIO(archive.read("data/cases.csv").decode("utf-8-sig"))))
    (case,) = cases
    assert case["countries"] == ["Russia", "Kuwait"]
    assert case["states_concerned"] == [
        "Sending State: Democratic People's Republic of Korea",
        "Receiving State: Russia",
        "Receiving State: Kuwait",
    ]
    assert str(company.uuid) in case["entity_ids"]
    assert "Namgang Construction, employer" in case["entities"]
    assert any("employer: Namgang Construction" in line for line in case["postings"])
    assert "Korea Namsan General Trading Corporation (sending body" in "; ".join(
        case["perpetrators"]
    )
    assert case["domestic_remedies"].startswith("None possible")
    assert rows[0]["case_code"] == testimony.case_code
    assert "Namgang Construction" in rows[0]["entities"]
    # The link's passage names the witness: it is not in the data files at all.
    assert "Rim Myong-chol" not in json.dumps(cases)

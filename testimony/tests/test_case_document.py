"""The case documents, cover letter and summary carry what a UN desk officer needs to act on a
case, read from real testimonies through release.py: the victim (with nationality and how it
ended), the perpetrators by name or pseudonym, the States concerned, each posting, the facts with
a structured summary, the steps taken domestically, the statement's language; each victim of a
bundle with a label of their own; the Organisation record on the letter; "Page N of M"."""

import csv
import io
import json
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from testimony import versions
from testimony.anonymize.review import anonymization_approve
from testimony.bundle.build import bundle_build
from testimony.bundle.documents import (
    render_case_docx,
    render_case_pdf,
    render_cover_letter_docx,
    render_cover_letter_pdf,
    render_summary_pdf,
)
from testimony.bundle.release import bundle_content
from testimony.bundle.victims import bundle_pseudonyms, relabel
from testimony.models import (
    Bundle,
    CaseNotes,
    Consent,
    Country,
    Entity,
    EntityRole,
    IndicatorTag,
    Mandate,
    Organisation,
    Petition,
    Posting,
    Province,
    Sector,
    Testimony,
    TestimonyEntity,
)
from testimony.tests.test_bundle_build import _all_text
from testimony.tests.test_bundle_data import schema_errors

pytestmark = pytest.mark.django_db

INTERNAL_NOTE = "Interviewer note qzkx: the cousin still works at the tower."
DOMESTIC_DETAILS = "Complained wqvz to the foreman; nothing came of it."
KOREAN_STATEMENT = (
    "저는 {name}입니다.\r\n\r\n감독원이 여권을 빼앗았습니다. 매일 14시간 일했습니다 🙏."
)
ENGLISH_STATEMENT = (
    "I am {name}.\r\n\r\nThe minder took our passports. We worked 14 hours a day 🙏; the "
    "sign on the gate said ＴＯＷＥＲ."
)
CHINESE_SITE = "東方装 Tower site"


@pytest.fixture
def bundle_dir(settings: object, tmp_path: Path) -> Path:
    settings.BUNDLE_DIR = tmp_path / "bundles"
    return settings.BUNDLE_DIR


@pytest.fixture
def organisation(db: None) -> Organisation:
    return Organisation.objects.create(
        name="Citizens' Alliance for North Korean Workers",
        postal_address="12 Hangang-daero\r\nYongsan-gu, Seoul 04386\r\nRepublic of Korea",
        email="un@alliance.example",
        phone="+82 2 555 0100",
        signatory_name="Park Ji-won",
        signatory_title="Director",
    )


def _approve(testimony: Testimony, carol: User) -> None:
    versions.version_record(testimony=testimony, by=testimony.created_by)
    anonymization_approve(testimony=testimony, by=carol)


@pytest.fixture
def petition(
    make_testimony: Callable[..., Testimony],
    carol: User,
    kuwait: Country,
    construction: Sector,
    bundle_dir: Path,
    organisation: Organisation,
) -> Petition:
    """Three approved testimonies whose witnesses all carry the stored pseudonym "Witness A"
    and consented to no name. The first was posted to Russia then Kuwait, names an employer and
    a state body, says no domestic remedy was possible and was given in Korean; the third was
    given in English. Every one names Namgang Construction as employer."""
    petition = Petition.objects.create(
        slug="alliance-2026",
        title="North Korean workers in Russia and Kuwait",
        mandate=Mandate.objects.get(code="sr_slavery"),
        summary="We submit the testimonies of three workers.",
        contact="Through the Geneva office only",
        created_by=carol,
    )
    russia = Country.objects.get(code="russia")
    employer = Entity.objects.create(
        kind=Entity.Kind.COMPANY, name="Namgang Construction", name_ko="남강건설"
    )
    body = Entity.objects.create(
        kind=Entity.Kind.STATE_BODY, name="Korea Namsan General Trading Corporation"
    )
    site = Entity.objects.create(kind=Entity.Kind.SITE, name=CHINESE_SITE)
    witnesses = [
        ("Rim Myong-chol", "림명철"),
        ("Kang Sun-hui", "강순희"),
        ("Pak Yong-il", "박영일"),
    ]
    for index, (name, hangul) in enumerate(witnesses):
        english_given = index == 2
        testimony = make_testimony(
            witness_name=name,
            witness_hangul=hangul,
            status="approved",
            domestic_remedies="none_possible" if index == 0 else "",
            ending="escaped",
            promised_wage_amount=Decimal("120"),
            promised_wage_currency="USD",
            promised_wage_period="month",
            received_wage_amount=Decimal("12"),
            received_wage_currency="USD",
            received_wage_period="month",
            hours_per_day=14,
            days_off_per_month=1,
            passport_confiscated=True,
            movement_restricted=True,
            surveillance=True,
            violence=False,
        )
        testimony.consent.public_name = Consent.PublicName.NONE
        testimony.consent.save()
        witness = testimony.witness()
        witness.sex = "female" if index == 1 else "male"
        witness.birth_year = 1978
        witness.home_province = Province.objects.get(code="north_hamgyong")
        witness.save()
        narrative = testimony.narrative
        if english_given:
            narrative.language = "en"
            narrative.original = ENGLISH_STATEMENT.format(name=name)
            narrative.english = ""
        else:
            narrative.original = KOREAN_STATEMENT.format(name=hangul)
            narrative.english = ENGLISH_STATEMENT.format(name=name)
        narrative.save()
        if index == 0:
            Posting.objects.create(
                testimony=testimony,
                order=1,
                country=russia,
                sector=construction,
                period_start="2011",
                period_end="2012",
            )
            TestimonyEntity.objects.create(
                testimony=testimony,
                entity=body,
                role=EntityRole.SENDING_BODY,
                passage=f"{name} was sent by the Namsan corporation.",
            )
            CaseNotes.objects.create(
                testimony=testimony, domestic_steps=DOMESTIC_DETAILS, internal_notes=INTERNAL_NOTE
            )
        Posting.objects.create(
            testimony=testimony,
            order=2,
            country=kuwait,
            sector=construction,
            period_start="2014-06",
            period_end="2016",
            employer=employer,
            site=site if index == 0 else None,
            work_site="" if index == 0 else "The tower by the port",
        )
        IndicatorTag.objects.create(
            testimony=testimony,
            indicator="retention_of_documents",
            phase="employment",
            passage=f"The minder took the passport of {name}.",
        )
        _approve(testimony, carol)
        petition.testimonies.add(testimony)
    return petition


def _testimonies(petition: Petition) -> list[Testimony]:
    return list(petition.testimonies.order_by("case_code"))


def _bundle(petition: Petition, user: User) -> Bundle:
    return Bundle.objects.create(
        petition=petition,
        created_by=user,
        selection={t.case_code: t.revision for t in petition.testimonies.all()},
    )


def _flat(text: str) -> str:
    return " ".join(text.split())


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def pdf_text(data: bytes) -> str:
    return _flat("\n".join(pdf_pages(data)))


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    return _flat("\n".join(paragraph.text for paragraph in document.paragraphs))


def test_the_case_document_carries_every_item_a_special_procedure_asks_for(
    petition: Petition, carol: User
) -> None:
    testimonies = _testimonies(petition)
    content = bundle_content(_bundle(petition, carol), testimonies)
    case = content.cases[0]
    pdf = render_case_pdf(case, content.petition)
    for text in (pdf_text(pdf), docx_text(render_case_docx(case, content.petition))):
        expected = [
            # 1. The victim
            "Witness A",
            "Male",
            "40-49",
            "North Hamgyong",
            "Nationality",
            "Democratic People's Republic of Korea",
            "How the situation ended",
            "Escaped from the worksite",
            # 2. Perpetrators: companies and state bodies by name and role
            "Namgang Construction (남강건설) (employer)",
            "Korea Namsan General Trading Corporation (sending body",
            f"{CHINESE_SITE} (work site or camp)",
            # 3. States concerned, from the postings
            "Sending State: Democratic People's Republic of Korea",
            "Receiving State: Russia",
            "Receiving State: Kuwait",
            # 4. Dates and places: each posting
            "Posting 1 of 2",
            "2011-2012",
            "Posting 2 of 2",
            "2014-2016",
            "Employer or contractor",
            CHINESE_SITE,
            # 5. The facts: statement, structured summary, indicators with their passage
            "Statement given in Korean; the English text is a translation.",
            "The minder took our passports.",
            "감독원이 여권을 빼앗았습니다.",
            "Summary of the facts",
            "120.00 USD per month",
            "12.00 USD per month",
            "Hours worked per day",
            "Passport or identity documents confiscated",
            "Retention of identity documents",
            "The minder took the passport of Witness A.",
            # 6. Steps taken domestically: the choice only
            "6. Steps taken domestically",
            "None possible (no access to any authority or remedy)",
            "7. Consent",
            "8. Source",
        ]
        for item in expected:
            assert _flat(item) in text, item
        for secret in ("Rim Myong-chol", "림명철", "qzkx", "wqvz", INTERNAL_NOTE):
            assert secret not in text
        # Fullwidth letters are kept as typed (the text is normalized only to NFC).
        assert "ＴＯＷＥＲ" in text
    # The victim, perpetrators and States are all known for this case: no "Not stated".
    assert "Not stated" not in pdf_text(pdf).split("4. Dates and places")[0]
    # The Russian posting names no employer: that one is not stated.
    assert "Period 2011-2012" in pdf_text(pdf)
    pages = pdf_pages(pdf)
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert "🙏" in docx_text(render_case_docx(case, content.petition))


def test_a_statement_given_in_english_is_its_own_english_text(
    petition: Petition, carol: User
) -> None:
    """The English original is the description of the facts, not "Not stated", and no
    translation is claimed; a recorded free-text place is "Not released", not "Not stated"."""
    testimonies = _testimonies(petition)
    content = bundle_content(_bundle(petition, carol), testimonies)
    case = content.cases[2]
    text = pdf_text(render_case_pdf(case, content.petition))
    assert "Statement given in English." in text
    assert "translation" not in text
    assert "The minder took our passports." in text
    assert "Original statement" not in text
    assert "Site Not released" in text
    # Steps taken domestically were not recorded for it: that is what "Not stated" is for.
    assert "6. Steps taken domestically Not stated" in text


def test_the_data_files_say_which_language_each_statement_was_given_in(
    petition: Petition, carol: User
) -> None:
    """The case documents say it and so do the data files, in every format: Korean with an
    English translation, English as given; the JSON still validates against its schema. The
    family's yes/no fact is a boolean too (empty when not stated), not the words."""
    testimonies = _testimonies(petition)
    for testimony, family in zip(testimonies[1:], (None, False), strict=True):
        witness = testimony.witness()
        witness.family_in_north_korea = family
        witness.save()
    path = bundle_build(_bundle(petition, carol))
    with zipfile.ZipFile(path) as archive:
        document = json.loads(archive.read("data/cases.json"))
        schema = json.loads(archive.read("data/cases.schema.json"))
        rows = list(csv.DictReader(io.StringIO(archive.read("data/cases.csv").decode("utf-8-sig"))))
        workbook = load_workbook(io.BytesIO(archive.read("data/cases.xlsx")))
    assert schema_errors(document, schema) == []
    expected = [("Korean", True), ("Korean", True), ("English", False)]
    cases = document["cases"]
    assert [(c["statement_language"], c["english_is_translation"]) for c in cases] == expected
    assert [(r["statement_language"], r["english_is_translation"]) for r in rows] == [
        ("Korean", "Yes"),
        ("Korean", "Yes"),
        ("English", "No"),
    ]
    sheet = workbook["cases"]
    header = [cell.value for cell in sheet[1]]
    column = header.index("english_is_translation") + 1
    # Boolean cells a spreadsheet filters on, not the words "Yes" and "No".
    assert [sheet.cell(row, column).value for row in (2, 3, 4)] == [True, True, False]
    language = header.index("statement_language") + 1
    assert [sheet.cell(row, language).value for row in (2, 3, 4)] == ["Korean", "Korean", "English"]
    family = header.index("family_in_north_korea") + 1
    assert [sheet.cell(row, family).value for row in (2, 3, 4)] == [True, None, False]
    assert [case["family_in_north_korea"] for case in cases] == [True, None, False]
    assert [row["family_in_north_korea"] for row in rows] == ["Yes", "", "No"]


def test_three_no_name_victims_of_one_bundle_get_three_labels(
    petition: Petition, carol: User
) -> None:
    """All three witnesses are stored as "Witness A": the bundle calls them A, B and C in the
    case documents, in the data files and in their own statements, and nothing else changes."""
    path = bundle_build(_bundle(petition, carol))
    codes = [t.case_code for t in _testimonies(petition)]
    texts = _all_text(path)
    with zipfile.ZipFile(path) as archive:
        cases = json.loads(archive.read("data/cases.json"))["cases"]
        rows = list(csv.DictReader(io.StringIO(archive.read("data/cases.csv").decode("utf-8-sig"))))
        docx_texts = {code: docx_text(archive.read(f"cases/{code}.docx")) for code in codes}
    labels = ["Witness A", "Witness B", "Witness C"]
    assert [case["victim"] for case in cases] == labels
    assert [row["victim"] for row in rows] == labels
    for code, label in zip(codes, labels, strict=True):
        pdf = _flat(texts[f"cases/{code}.pdf"])
        for text in (pdf, docx_texts[code]):
            assert f"Victim {label}" in text or f"Victim: {label}" in text
            assert f"I am {label}." in text
            assert f"The minder took the passport of {label}." in text
            others = [other for other in labels if other != label]
            assert not any(other in text for other in others)
    # Korean particles after the label still read: "Witness B입니다".
    assert "Witness B입니다" in _flat(texts[f"cases/{codes[1]}.pdf"])
    # The internal notes and the details of the steps taken are in no file of the bundle.
    for name, text in texts.items():
        for secret in ("qzkx", "wqvz", "the cousin still works", "the foreman"):
            assert secret not in text, f"{secret!r} found in {name}"


def test_bundle_pseudonyms_keep_what_is_free_and_sound_alike(
    make_testimony: Callable[..., Testimony],
) -> None:
    """A stored pseudonym is kept when no other victim of the bundle has it; a duplicate gets a
    free letter no witness of the bundle holds, ending in the same Korean sound."""
    stored = ["Witness A", "Witness A", "Witness B", "Witness L", "Witness L", ""]
    testimonies = []
    for index, pseudonym in enumerate(stored):
        testimony = make_testimony(witness_name=f"Kim Test{index}")
        witness = testimony.witness()
        witness.pseudonym = pseudonym
        witness.save()
        testimonies.append(testimony)
    keys = [t.pk for t in testimonies]
    labels = [bundle_pseudonyms(keys)[key] for key in keys]
    assert labels == ["Witness A", "Witness C", "Witness B", "Witness L", "Witness R", "Witness D"]
    assert len(set(labels)) == len(labels)
    assert bundle_pseudonyms(keys) == bundle_pseudonyms(keys)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Witness A said", "Witness C said"),
        ("Witness A는 말했다", "Witness C는 말했다"),
        ("Witness AB and Witness A1 stay", "Witness AB and Witness A1 stay"),
        ("(Witness A), Witness A.", "(Witness C), Witness C."),
    ],
)
def test_relabel_replaces_only_the_whole_pseudonym(text: str, expected: str) -> None:
    assert relabel(text, "Witness A", "Witness C") == expected


def test_a_one_word_pseudonym_is_not_replaced_in_the_text() -> None:
    """A pseudonym typed as an ordinary word would replace that word everywhere: it is left."""
    assert relabel("A minder came. A said so.", "A", "Witness B") == "A minder came. A said so."
    assert relabel("Kim said so.", "Kim", "Witness B") == "Kim said so."
    assert relabel("증인 가는 말했다", "증인 가", "Witness B") == "Witness B는 말했다"


def test_the_cover_letter_carries_the_organisation_states_and_patterns(
    petition: Petition, carol: User
) -> None:
    content = bundle_content(_bundle(petition, carol), _testimonies(petition))
    codes = ", ".join(t.case_code for t in _testimonies(petition))
    pdf = render_cover_letter_pdf(content)
    for text in (pdf_text(pdf), docx_text(render_cover_letter_docx(content))):
        for expected in (
            # Letterhead: name, address lines (typed with CRLF), e-mail and phone
            "Citizens' Alliance for North Korean Workers",
            "12 Hangang-daero",
            "Yongsan-gu, Seoul 04386",
            "E-mail: un@alliance.example",
            "Phone: +82 2 555 0100",
            # Counts by country use every posting's country
            "two countries (Kuwait (3), Russia (1); a case with postings in several countries "
            "counts in each)",
            "Sending State: Democratic People's Republic of Korea",
            "Receiving States: Russia and Kuwait",
            "Patterns across the cases",
            f"3 testimonies from 2014-2016 name Namgang Construction (남강건설) as employer "
            f"({codes}).",
            # Signature block
            "Yours faithfully,",
            "Park Ji-won",
            "Director",
            "Contact (confidential): Through the Geneva office only",
        ):
            assert _flat(expected) in text, expected
        # Named by one case only: no pattern; persons are never counted across cases.
        assert "name Korea Namsan" not in text
        assert "as work site" not in text
        assert "\r" not in text
    pages = pdf_pages(pdf)
    assert f"Page 1 of {len(pages)}" in pages[0]
    docx_file = docx.Document(io.BytesIO(render_cover_letter_docx(content)))
    assert docx_file.core_properties.author == "Citizens' Alliance for North Korean Workers"


def test_the_summary_counts_every_posting_country_and_numbers_its_pages(
    petition: Petition, carol: User
) -> None:
    content = bundle_content(_bundle(petition, carol), _testimonies(petition))
    pdf = render_summary_pdf(content)
    text = pdf_text(pdf)
    assert "Countries Kuwait (3), Russia (1)" in text
    assert "A testimony with postings in several countries counts in each." in text
    pages = pdf_pages(pdf)
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1))


def test_without_a_record_the_organisation_is_the_settings_name(settings: object, db: None) -> None:
    settings.TESTIMONY_ORGANISATION = "Demo NGO (settings)"
    organisation = Organisation.current()
    assert organisation.pk is None
    assert organisation.name == "Demo NGO (settings)"
    assert organisation.address_lines() == []


def test_the_data_files_carry_the_entity_ids_of_every_entity_column(
    petition: Petition, carol: User
) -> None:
    content = bundle_content(_bundle(petition, carol), _testimonies(petition))
    case = content.cases[0]
    employer = Entity.objects.get(name="Namgang Construction")
    body = Entity.objects.get(name="Korea Namsan General Trading Corporation")
    assert case.perpetrator_entity_ids == [str(body.uuid), str(employer.uuid)]
    assert any(
        f"Namgang Construction (남강건설) (id {employer.uuid})" in line
        for line in case.posting_lines
    )
    assert str(employer.uuid) in case.entity_ids


@pytest.fixture
def admin_client(client: Client, dave: User) -> Client:
    client.force_login(dave)
    return client


def test_an_admin_records_the_organisation_once_and_changes_it(admin_client: Client) -> None:
    add = reverse("admin:testimony_organisation_add")
    assert admin_client.get(add).status_code == 200
    response = admin_client.post(
        add,
        {
            "name": "Ｃｉｔｉｚｅｎｓ' Alliance 🕊",
            "postal_address": "12 Hangang-daero\r\nSeoul",
            "email": "un@alliance.example",
            "phone": "+82 2 555 0100",
            "signatory_name": "박지원",
            "signatory_title": "Director",
        },
    )
    assert response.status_code == 302
    organisation = Organisation.current()
    assert organisation.pk == 1
    assert organisation.address_lines() == ["12 Hangang-daero", "Seoul"]
    assert organisation.name == "Ｃｉｔｉｚｅｎｓ' Alliance 🕊"
    # One record: a second cannot be added, the first is changed.
    assert admin_client.get(add).status_code == 403
    change = reverse("admin:testimony_organisation_change", args=[organisation.pk])
    page = admin_client.get(change)
    assert page.status_code == 200
    assert "Hangang-daero" in page.content.decode()
    response = admin_client.post(
        change,
        {
            "name": "Citizens' Alliance",
            "postal_address": "",
            "email": "not an address",
            "phone": "",
            "signatory_name": "",
            "signatory_title": "",
        },
    )
    assert response.status_code == 200
    assert "Enter a valid email address." in response.content.decode()
    assert Organisation.objects.get().email == "un@alliance.example"


def test_what_an_admin_changes_in_the_organisation_is_on_the_next_cover_letter(
    admin_client: Client, petition: Petition, carol: User
) -> None:
    """Letterhead, contact and signature block come from the record as admin last saved it:
    the address line by line (CRLF as typed), a Korean signatory's name drawn as written."""
    organisation = Organisation.current()
    change = reverse("admin:testimony_organisation_change", args=[organisation.pk])
    response = admin_client.post(
        change,
        {
            "name": "Alliance for Workers Abroad",
            "postal_address": "Rue de Lausanne 45\r\n1202 Geneva\r\nSwitzerland",
            "email": "geneva@alliance.example",
            "phone": "+41 22 555 01 00",
            "signatory_name": "박지원 (Park Ji-won)",
            "signatory_title": "Executive Director",
        },
    )
    assert response.status_code == 302
    content = bundle_content(_bundle(petition, carol), _testimonies(petition))
    pdf = render_cover_letter_pdf(content)
    first_page = _flat(pdf_pages(pdf)[0])
    # After the running header (the petition's title), the letterhead.
    assert first_page.startswith(
        "North Korean workers in Russia and Kuwait Alliance for Workers Abroad Rue de Lausanne 45 "
        "1202 Geneva Switzerland E-mail: geneva@alliance.example · Phone: +41 22 555 01 00"
    )
    for text in (pdf_text(pdf), docx_text(render_cover_letter_docx(content))):
        assert "Yours faithfully, 박지원 (Park Ji-won) Executive Director" in text
        assert "Citizens' Alliance" not in text
    case_text = pdf_text(render_case_pdf(content.cases[0], content.petition))
    assert "Interview conducted by Alliance for Workers Abroad" in case_text

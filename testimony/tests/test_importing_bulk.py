"""The import's own path (no entry forms, writes in batches) keeps every promise of the entry
page: the same rules in the same words, names encrypted and indexed, versions and an audit
trail that verifies, all or nothing."""

import json
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.db import connection
from django.utils import timezone

from testimony import versions
from testimony.audit import audit_verify
from testimony.forms import ConsentForm, PersonFormSet
from testimony.importing.columns import propose
from testimony.importing.readers import open_sheet
from testimony.importing.run import sheet_import
from testimony.models import AuditEvent, Person, Testimony, TestimonyVersion
from testimony.services import next_case_codes, persons_matching_name

pytestmark = pytest.mark.django_db

HEADERS = [
    "Interview date",
    "Interview place",
    "Country",
    "Sector",
    "Narrative",
    "Name",
    "Consent",
    "Consent date",
    "Consent method",
]


def _row(number: int, **changes: str) -> list[str]:
    row = dict(
        zip(
            HEADERS,
            [
                "2019-03-21",
                "Seoul",
                "Russia",
                "Logging",
                "We worked sixteen hours a day.",
                f"Witness Number{number}",
                "yes",
                "2019-03-21",
                "written",
            ],
            strict=True,
        )
    )
    row.update(changes)
    return list(row.values())


def _csv(path: Path, rows: list[list[str]]) -> Path:
    def quoted(cell: str) -> str:
        return '"' + cell.replace('"', '""') + '"'

    path.write_bytes(
        ("\r\n".join(",".join(quoted(cell) for cell in row) for row in rows) + "\r\n").encode()
    )
    return path


def _import(path: Path, user: User):
    with open_sheet(path) as sheet:
        mapping = propose(sheet.headers)
    return sheet_import(path, mapping, by=user, accept_warnings=True)


def _messages(report) -> str:
    return "\n".join(str(problem) for problem in report.problems)


def test_the_form_and_the_import_refuse_the_same_rows_in_the_same_words(
    tmp_path: Path, carol: User
) -> None:
    # Consent given without its date, and a full public name while the family is in North Korea.
    headers = [*HEADERS, "Family in North Korea", "Public name"]
    no_date = [*_row(1, **{"Consent date": ""}), "no", "none"]
    full_name = [*_row(2), "yes", "full"]
    report = _import(_csv(tmp_path / "c.csv", [headers, no_date, full_name]), carol)
    assert not report.imported
    text = _messages(report)

    consent = ConsentForm(
        {
            "consent-un_submission": "on",
            "consent-public_name": "full",
            "consent-recipients": "un_only",
            "consent-method": "written",
        },
        prefix="consent",
    )
    assert not consent.is_valid()
    [date_message] = consent.errors["given_on"]
    assert f"row 2, column 'Consent date': {date_message}" in text

    persons = PersonFormSet(
        {
            "persons-TOTAL_FORMS": "1",
            "persons-INITIAL_FORMS": "0",
            "persons-0-role": "witness",
            "persons-0-sex": "unknown",
            "persons-0-family_in_north_korea": "true",
        },
        instance=Testimony(),
        prefix="persons",
    )
    assert persons.is_valid()
    consent = ConsentForm(
        {
            "consent-un_submission": "on",
            "consent-public_name": "full",
            "consent-recipients": "un_only",
            "consent-method": "written",
            "consent-given_on": "2019-03-21",
        },
        prefix="consent",
    )
    assert consent.is_valid()
    consent.check_against_persons(persons)
    [name_message] = consent.errors["public_name"]
    assert "never the full name" in name_message
    assert f"row 3, column 'Public name': {name_message}" in text
    assert Testimony.objects.count() == 0


def test_minders_supervisors_and_recruiters_are_persons_encrypted_and_found_by_name(
    tmp_path: Path, carol: User
) -> None:
    headers = [*HEADERS, "Minder name", "감독 이름", "Recruiter name"]
    row = [*_row(1), "Ri Myongsu;\r\n박감시 🙂", "Choe Kwangil", "모름"]
    report = _import(_csv(tmp_path / "c.csv", [headers, row]), carol)
    assert report.imported, _messages(report)
    testimony = Testimony.objects.get()
    others = {
        (person.role, person.name_romanized, person.name_hangul)
        for person in testimony.persons.exclude(role=Person.Role.WITNESS)
    }
    assert others == {
        ("supervisor", "Ri Myongsu", ""),
        ("supervisor", "", "박감시 🙂"),
        ("supervisor", "Choe Kwangil", ""),
    }
    # Search by name finds them through the blind index, in either order of the words.
    [minder] = persons_matching_name("Myongsu Ri")
    assert minder.testimony == testimony
    assert minder.role == "supervisor"
    assert persons_matching_name("Choe Kwangil")
    with connection.cursor() as cursor:
        cursor.execute("SELECT name_romanized, name_hangul FROM testimony_person")
        stored = " ".join(value for row in cursor.fetchall() for value in row)
    for name in ("Myongsu", "박감시", "Kwangil", "Number1"):
        assert name not in stored


def test_postings_two_and_three_come_in_order_and_the_summary_spans_them(
    tmp_path: Path, carol: User
) -> None:
    headers = [
        *HEADERS,
        "Period from",
        "Period to",
        "How it ended",
        "Country 2",
        "Sector 2",
        "period 2 from",
        "period 2 to",
        "파견 국가 3",
        "업종 3",
        "근무지 3",
        "근무 시작 3",
    ]
    row = [
        *_row(1),
        "2012",
        "2014",
        "escaped",
        "China",
        "manufacturing",
        "2015-03",
        "2016",
        "쿠웨이트",
        "건설",
        "Ｋｕｗａｉｔ Ｃｉｔｙ",
        "2017",
    ]
    report = _import(_csv(tmp_path / "c.csv", [headers, row]), carol)
    assert report.imported, _messages(report)
    testimony = Testimony.objects.get()
    postings = list(testimony.postings.order_by("order").select_related("country"))
    assert [(p.order, p.country.code, p.period_start) for p in postings] == [
        (1, "russia", "2012"),
        (2, "china", "2015-03"),
        (3, "kuwait", "2017"),
    ]
    assert postings[2].work_site == "Ｋｕｗａｉｔ Ｃｉｔｙ"  # as written (NFC keeps fullwidth)
    # How it ended closes the last posting; the testimony spans them all.
    assert [p.ending for p in postings] == ["unknown", "unknown", "escaped"]
    assert testimony.country.code == "russia"
    assert (testimony.period_start, testimony.period_end, testimony.ending) == (
        "2012",
        "2016",
        "escaped",
    )
    # A second posting without its sector is refused with a sentence, importing nothing.
    row[HEADERS.index("Name")] = "Someone Else"
    row[len(HEADERS) + 4] = ""
    report = _import(_csv(tmp_path / "c.csv", [headers, row]), carol)
    assert not report.imported
    assert "column 'Sector 2': This field is required." in _messages(report)


def test_an_indicator_column_gives_its_passage_or_says_where_the_sheet_marked_it(
    tmp_path: Path, carol: User
) -> None:
    headers = [*HEADERS, "Deception", "retention_of_documents", "Isolation", "Indicators"]
    row = [
        *_row(1),
        "They said 300 dollars.\r\nWe got none.",
        "예",
        "no",
        "Excessive overtime; deception",
    ]
    report = _import(_csv(tmp_path / "c.csv", [headers, row]), carol)
    assert report.imported, _messages(report)
    passages = {tag.indicator: tag.passage for tag in Testimony.objects.get().indicators.all()}
    assert set(passages) == {"deception", "retention_of_documents", "excessive_overtime"}
    assert passages["deception"] == "They said 300 dollars.\nWe got none."
    assert (
        "marks this indicator in its column 'retention_of_documents'"
        in (passages["retention_of_documents"])
    )
    assert "column 'Indicators'" in passages["excessive_overtime"]


def test_three_hundred_rows_import_with_versions_and_an_audit_chain_that_verifies(
    tmp_path: Path, carol: User
) -> None:
    path = _csv(tmp_path / "c.csv", [HEADERS, *(_row(number) for number in range(300))])
    report = _import(path, carol)
    assert report.imported, _messages(report)
    assert len(report.created) == 300 == Testimony.objects.count()
    checked, chain_break = audit_verify()
    assert chain_break is None
    assert checked == AuditEvent.objects.count()
    # One event per testimony, one for the file.
    assert AuditEvent.objects.filter(action=AuditEvent.Action.CREATED).count() == 300
    assert AuditEvent.objects.filter(action=AuditEvent.Action.IMPORTED).count() == 1
    # Case codes in one block, in the order of the rows.
    year = timezone.now().year
    prefix = settings.TESTIMONY_CASE_CODE_PREFIX
    assert report.created[0] == f"{prefix}-{year}-0001"
    assert report.created[-1] == f"{prefix}-{year}-0300"
    # Version 1 of each is what the entry page's path would have recorded.
    for testimony in Testimony.objects.order_by("?")[:5]:
        version = TestimonyVersion.objects.get(testimony=testimony)
        assert version.number == 1
        assert versions.version_snapshot(version) == json.loads(
            json.dumps(versions.testimony_snapshot(testimony), ensure_ascii=False, sort_keys=True)
        )
    assert len(persons_matching_name("Witness Number299")) == 1


def test_row_250_of_300_bad_imports_nothing(tmp_path: Path, carol: User) -> None:
    rows = [_row(number) for number in range(300)]
    rows[248] = _row(248, Country="Atlantis")  # row 250 of the sheet (the header is row 1)
    report = _import(_csv(tmp_path / "c.csv", [HEADERS, *rows]), carol)
    assert not report.imported
    assert report.ready == 299
    assert "row 250, column 'Country': unknown country 'Atlantis'." in _messages(report)
    assert Testimony.objects.count() == 0
    assert Person.objects.count() == 0
    assert not AuditEvent.objects.filter(
        action__in=[AuditEvent.Action.CREATED, AuditEvent.Action.IMPORTED]
    ).exists()


def test_crlf_fullwidth_emoji_and_an_80000_character_narrative_in_one_row(
    tmp_path: Path, carol: User
) -> None:
    narrative = ("첫 줄입니다.\r\n둘째 줄 🙂 ＡＢＣ " * 4000)[:80_000]
    row = _row(1, Narrative=narrative, **{"Interview place": "Ｓｅｏｕｌ 🙂"})
    report = _import(_csv(tmp_path / "c.csv", [HEADERS, row]), carol)
    assert report.imported, _messages(report)
    testimony = Testimony.objects.get()
    assert testimony.narrative.original == narrative.replace("\r\n", "\n").strip()
    assert testimony.interview_place == "Ｓｅｏｕｌ 🙂"


def test_case_codes_past_9999_keep_counting(carol: User) -> None:
    prefix = f"{settings.TESTIMONY_CASE_CODE_PREFIX}-{timezone.now().year}-"
    assert next_case_codes(timezone.now().year, 2) == [f"{prefix}0001", f"{prefix}0002"]
    from testimony.models import Country, Sector

    for code in ("9999", "10000"):
        Testimony.objects.create(
            case_code=prefix + code,
            interview_date="2019-03-21",
            interview_place="Seoul",
            interviewer=carol,
            country=Country.objects.first(),
            sector=Sector.objects.first(),
            created_by=carol,
            updated_by=carol,
        )
    assert next_case_codes(timezone.now().year, 2) == [f"{prefix}10001", f"{prefix}10002"]


@pytest.mark.parametrize(
    ("language", "header"), [("en", "Country of work 2"), ("ko", "파견 국가 2")]
)
def test_the_template_in_either_language_maps_every_column_and_imports(
    tmp_path: Path, carol: User, language: str, header: str
) -> None:
    from django.utils import translation

    from testimony.importing.template import template_write

    path = tmp_path / "양식.xlsx"
    with translation.override(language):
        template_write(path)
    with open_sheet(path) as sheet:
        headers = sheet.headers
        mapping = propose(headers)
    assert header in headers
    # Every column of the template is proposed for its own field.
    assert [key for key in mapping if key.startswith("_")] == []
    report = sheet_import(path, mapping, by=carol)
    assert report.imported, _messages(report)
    assert report.problems == []
    assert Testimony.objects.count() == 2

"""Every form under generated input: Hangul, mixed scripts, control characters (NUL too), very
long text, markup and spreadsheet formulas.

Whatever is typed, a page answers with a form error (200), a redirect or a 4xx, never a 500; on
a form error the page shows again what was typed. Examples are derived from each test's name
(derandomize), so every run and CI try the same ones; the counts are kept small for speed.
"""

from collections.abc import Callable
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpResponse
from django.test import Client
from django.urls import reverse
from django.utils.html import escape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from testimony.models import Country, Mandate, Petition, Sector, Status, Testimony
from testimony.tests.conftest import PASSWORD
from testimony.tests.test_testimony_edit import edit_data
from testimony.text import normalize_text

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=20,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)

MARKUP = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    '=HYPERLINK("http://example.org","click")',
    "=1+1",
    "+cmd|' /C calc'!A0",
    "@SUM(A1:A9)",
    "-2+3",
    "{{ request.user }}{% debug %}",
    "'; DROP TABLE testimony_testimony; --",
    "\u202eexe.pdf",
    "\ufeff\u200b\u200d",
    "%s %(name)s {0}",
    "../../etc/passwd",
    "NaN",
    "1e309",
    "-0",
    "９９",
]
characters = st.one_of(
    st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),  # Hangul syllables
    st.characters(min_codepoint=0x0000, max_codepoint=0x001F),  # control characters, NUL too
    st.characters(min_codepoint=0x0020, max_codepoint=0x024F),  # Latin with accents
    st.characters(min_codepoint=0x0400, max_codepoint=0x04FF),  # Cyrillic
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF),  # CJK
    st.characters(codec="utf-8", exclude_categories=["Cs"]),
)
texts = st.one_of(
    st.text(characters, max_size=40),
    st.sampled_from(MARKUP),
    st.sampled_from(["림명철", "Rim Myong-chol 림명철 Рим", "김 철", "  ", ""]),
    # Very long: tens of thousands of characters.
    st.builds(
        lambda piece, times: piece * times,
        st.text(characters, min_size=1, max_size=10),
        st.integers(200, 1500),
    ),
)


def assert_answered(response: HttpResponse) -> None:
    """A form error, a redirect or a refusal: never a server error."""
    assert response.status_code in (200, 301, 302, 303) or 400 <= response.status_code < 500, (
        response.status_code
    )


def assert_shown_again(response: HttpResponse, typed: dict[str, str]) -> None:
    """On a form error, every typed value is on the page again (escaped), as it is stored:
    normalized at the door (LF line breaks, no control characters, NFC)."""
    if response.status_code != 200:
        return
    content = response.content.decode()
    for name, value in typed.items():
        shown = normalize_text(value)
        if shown.strip():
            assert escape(shown) in content, f"{name} was not shown again"


def formset_management(prefix: str, total: int, initial: int = 0) -> dict[str, str]:
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def new_entry(alice: User, country: Country, sector: Sector) -> dict[str, str]:
    return {
        "interview_date": "2025-04-02",
        "interview_place": "Seoul",
        "interviewer": str(alice.pk),
        "interview_language": "ko",
        "knowledge": "eyewitness",
        "domestic_remedies": "unknown",
        "narrative-language": "ko",
        "narrative-original": "저는 림명철입니다.",
        "narrative-english": "I am Rim Myong-chol.",
        **formset_management("postings", 1),
        "postings-0-country": str(country.pk),
        "postings-0-sector": str(sector.pk),
        "postings-0-recruitment": "unknown",
        "postings-0-ending": "unknown",
        **formset_management("entities", 1),
        "entities-0-role": "employer",
        "entities-0-entity_name": "Namgang Construction",
        **formset_management("persons", 1),
        "persons-0-role": "witness",
        "persons-0-sex": "unknown",
        "persons-0-family_in_north_korea": "unknown",
        "consent-public_name": "none",
        "consent-recipients": "un_only",
        **formset_management("indicators", 1),
        "indicators-0-indicator": "deception",
        "indicators-0-phase": "recruitment",
        "indicators-0-passage": "They lied.",
    }


# Free-text fields of the entry page, and fields whose values the server must check itself.
ENTRY_TEXT = [
    "interview_place",
    "interpreter",
    "postings-0-work_site",
    "postings-0-employer_name",
    "postings-0-site_name",
    "entities-0-entity_name",
    "entities-0-passage",
    "notes-domestic_steps",
    "notes-internal_notes",
    "narrative-original",
    "narrative-english",
    "persons-0-pseudonym",
    "persons-0-name_romanized",
    "persons-0-name_hangul",
    "persons-0-aliases",
    "persons-0-contact_details",
    "consent-witnessed_by",
    "consent-notes",
    "indicators-0-passage",
]
ENTRY_CHECKED = [
    "interview_date",
    "interviewer",
    "postings-0-country",
    "postings-0-sector",
    "postings-0-period_start",
    "postings-0-period_end",
    "entities-0-role",
    "promised_wage_amount",
    "promised_wage_currency",
    "received_wage_currency",
    "domestic_remedies",
    "hours_per_day",
    "persons-0-birth_year",
    "persons-0-role",
    "persons-0-home_province",
    "consent-given_on",
    "indicators-0-indicator",
    "narrative-language",
    "bribe_paid",
]


class EntryTests:
    @FUZZ
    @given(
        st.dictionaries(st.sampled_from(ENTRY_TEXT), texts, min_size=1),
        st.dictionaries(st.sampled_from(ENTRY_CHECKED), texts),
    )
    def test_the_entry_page_answers_and_keeps_what_was_typed(
        self,
        client: Client,
        alice: User,
        kuwait: Country,
        construction: Sector,
        typed: dict[str, str],
        checked: dict[str, str],
    ) -> None:
        client.force_login(alice)
        data = {**new_entry(alice, kuwait, construction), **checked, **typed}

        response = client.post(reverse("testimony:create"), data)

        assert_answered(response)
        assert_shown_again(response, typed)

    @FUZZ
    @given(
        st.dictionaries(st.sampled_from(ENTRY_TEXT), texts, min_size=1),
        st.dictionaries(
            st.sampled_from([*ENTRY_CHECKED, "revision", "persons-0-id", "persons-0-DELETE"]),
            texts,
        ),
    )
    def test_the_edit_page_answers_and_keeps_what_was_typed(
        self,
        client: Client,
        alice: User,
        make_testimony: Callable[..., Testimony],
        typed: dict[str, str],
        checked: dict[str, str],
    ) -> None:
        testimony = make_testimony()
        client.force_login(alice)
        indicator = {
            **formset_management("indicators", 1),
            "indicators-0-indicator": "deception",
            "indicators-0-phase": "recruitment",
            "indicators-0-passage": "They lied.",
            **formset_management("entities", 1),
            "entities-0-role": "employer",
            "entities-0-entity_name": "Namgang Construction",
        }
        data = {**edit_data(testimony), **indicator, **checked, **typed}

        response = client.post(reverse("testimony:edit", args=[testimony.uuid]), data)

        assert_answered(response)
        assert_shown_again(response, typed)


@pytest.fixture
def in_review(make_testimony: Callable[..., Testimony]) -> Testimony:
    return make_testimony(status=Status.IN_REVIEW)


class ModerationTests:
    @FUZZ
    @given(field=texts, body=texts)
    def test_a_comment_answers(
        self, client: Client, bob: User, in_review: Testimony, field: str, body: str
    ) -> None:
        client.force_login(bob)
        response = client.post(
            reverse("testimony:comment", args=[in_review.uuid]), {"field": field, "body": body}
        )
        assert_answered(response)

    @FUZZ
    @given(
        reviewer=texts, rule=st.sampled_from(["request_changes", "reject", "verify"]), note=texts
    )
    def test_assigning_and_deciding_answer(
        self, client: Client, bob: User, in_review: Testimony, reviewer: str, rule: str, note: str
    ) -> None:
        client.force_login(bob)
        assign = client.post(
            reverse("testimony:assign", args=[in_review.uuid]), {"reviewer": reviewer}
        )
        decide = client.post(
            reverse("testimony:transition", args=[in_review.uuid, rule]), {"note": note}
        )
        assert_answered(assign)
        assert_answered(decide)

    @FUZZ
    @given(st.dictionaries(st.sampled_from(["withdrawn_on", "how", "note", "confirm"]), texts))
    def test_the_withdrawal_form_answers_and_keeps_the_note(
        self, client: Client, carol: User, in_review: Testimony, data: dict[str, str]
    ) -> None:
        client.force_login(carol)
        response = client.post(reverse("testimony:withdraw", args=[in_review.uuid]), data)

        assert_answered(response)
        assert_shown_again(response, {"note": data.get("note", "")})

    @FUZZ
    @given(
        action=st.sampled_from(["add", "accept", "reject"]),
        data=st.dictionaries(
            st.sampled_from(["field", "start", "end"]),
            st.one_of(texts, st.integers(-(2**70), 2**70).map(str)),
        ),
    )
    def test_redaction_changes_answer(
        self, client: Client, bob: User, in_review: Testimony, action: str, data: dict[str, str]
    ) -> None:
        client.force_login(bob)
        url = reverse("testimony:redaction_change", args=[in_review.uuid, action])
        assert_answered(client.post(url, data))

    def test_approving_redactions_answers(
        self, client: Client, carol: User, in_review: Testimony
    ) -> None:
        client.force_login(carol)
        url = reverse("testimony:redaction_approve", args=[in_review.uuid])
        assert_answered(client.post(url, {"anything": "\x00"}))

    @FUZZ
    @given(old=texts, new=texts)
    def test_comparing_versions_answers(
        self, client: Client, alice: User, in_review: Testimony, old: str, new: str
    ) -> None:
        client.force_login(alice)
        url = reverse("testimony:versions", args=[in_review.uuid])
        assert_answered(client.get(url, {"old": old, "new": new}))


PETITION_TEXT = ["title", "summary", "contact", "confidentiality"]


class CoordinatorTests:
    @FUZZ
    @given(
        st.dictionaries(st.sampled_from(PETITION_TEXT), texts, min_size=1),
        st.dictionaries(st.sampled_from(["slug", "mandate"]), texts),
    )
    def test_a_new_petition_answers_and_keeps_what_was_typed(
        self, client: Client, carol: User, typed: dict[str, str], checked: dict[str, str]
    ) -> None:
        client.force_login(carol)
        mandate = Mandate.objects.get(code="sr_slavery")
        data = {"slug": "kuwait", "mandate": str(mandate.pk), **checked, **typed}

        response = client.post(reverse("testimony:petition_create"), data)

        assert_answered(response)
        assert_shown_again(response, typed)

    @FUZZ
    @given(
        st.dictionaries(
            st.sampled_from(
                ["sent_on", "un_reference", "reply_on", "government_reply", "published_in"]
            ),
            texts,
        ),
        st.lists(texts, max_size=3),
    )
    def test_a_petitions_follow_up_and_selection_answer(
        self, client: Client, carol: User, data: dict[str, str], selection: list[str]
    ) -> None:
        petition, _created = Petition.objects.get_or_create(
            slug="fuzz",
            defaults={
                "title": "Fuzz",
                "mandate": Mandate.objects.get(code="sr_slavery"),
                "summary": "s",
                "created_by": carol,
            },
        )
        client.force_login(carol)
        url = reverse("testimony:petition", args=[petition.slug])
        assert_answered(client.post(url, {"follow_up": "1", **data}))
        assert_answered(client.post(url, {"select": "1", "testimonies": selection}))

    @FUZZ
    @given(
        st.dictionaries(
            st.sampled_from(
                ["date_precision", "age_width", "petition", "year_from", "year_to", "q"]
            ),
            texts,
        )
    )
    def test_reidentification_statistics_and_list_filters_answer(
        self, client: Client, carol: User, params: dict[str, str]
    ) -> None:
        client.force_login(carol)
        assert_answered(client.get(reverse("testimony:reidentification"), params))
        assert_answered(client.get(reverse("testimony:dashboard"), params))

    @FUZZ
    @given(
        st.dictionaries(
            st.sampled_from(
                [
                    "q",
                    "status",
                    "country",
                    "sector",
                    "indicator",
                    "interviewer",
                    "year_from",
                    "page",
                ]
            ),
            texts,
        )
    )
    def test_the_list_filters_answer(
        self, client: Client, alice: User, params: dict[str, str]
    ) -> None:
        client.force_login(alice)
        assert_answered(client.get(reverse("testimony:list"), params))


@pytest.fixture
def attachment_dir(settings: object, tmp_path: Path) -> Path:
    settings.STORAGES = {
        **django_settings.STORAGES,
        "attachments": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "attachments"},
        },
    }
    return tmp_path / "attachments"


class AttachmentTests:
    @FUZZ
    @given(
        content=st.one_of(
            st.binary(max_size=300),
            st.sampled_from(
                [b"%PDF-1.7\n", b"\xff\xd8\xff", b"PK\x03\x04", b"RIFF\0\0\0\0WAVE"]
            ).flatmap(lambda head: st.binary(max_size=200).map(lambda tail: head + tail)),
        ),
        name=texts,
        category=texts,
    )
    def test_an_upload_answers_whatever_the_file_and_its_name(
        self,
        client: Client,
        alice: User,
        make_testimony: Callable[..., Testimony],
        attachment_dir: Path,
        content: bytes,
        name: str,
        category: str,
    ) -> None:
        testimony = make_testimony()
        client.force_login(alice)
        upload = SimpleUploadedFile(name[:200] or "f", content)

        response = client.post(
            reverse("testimony:attachment_add", args=[testimony.uuid]),
            {"category": category, "file": upload},
        )

        assert_answered(response)


class LoginTests:
    @FUZZ
    @given(username=texts, password=texts)
    def test_the_login_form_answers(
        self, client: Client, alice: User, username: str, password: str
    ) -> None:
        response = client.post(reverse("login"), {"username": username, "password": password})

        assert_answered(response)

    def test_the_reauthentication_form_answers(self, client: Client, alice: User) -> None:
        client.force_login(alice)
        for password in ["\x00", "림" * 5000, "<script>", PASSWORD]:
            assert_answered(
                client.post(reverse("testimony:reauthenticate"), {"password": password})
            )

"""A petition's own words (title, opening paragraph, contact, confidentiality) go into the cover
letter as the coordinator typed them, with no redaction review: a name of a person recorded in
any testimony is refused there, on the application's form, in Django admin, and at build time
for a petition saved before the check."""

from collections.abc import Callable
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from testimony.anonymize.recorded_names import recorded_names
from testimony.bundle.build import BundleRefused
from testimony.models import Bundle, Mandate, Person, Petition, PublicFigure, Testimony
from testimony.tests.test_bundle_build import _build

pytestmark = pytest.mark.django_db


def _form(summary: str, **fields: str) -> dict[str, object]:
    return {
        "title": "Workers sent to Kuwait",
        "slug": "kuwait",
        "mandate": Mandate.objects.get(code="sr_slavery").pk,
        "summary": summary,
        "contact": "The organisation's desk",
        "confidentiality": "Witnesses are named by pseudonym only.",
        **fields,
    }


@pytest.fixture
def recorded(make_testimony: Callable[..., Testimony]) -> Testimony:
    """Rim Myong-chol (림명철) is the witness; Pak Song-il, nicknamed Bear, his minder."""
    testimony = make_testimony()
    minder = Person.objects.create(
        testimony=testimony,
        role=Person.Role.SUPERVISOR,
        name_romanized="Pak Song-il",
        name_hangul="박성일",
        aliases="Bear",
        pseudonym="Supervisor 1",
    )
    minder.reindex_names()
    return testimony


@pytest.mark.parametrize(
    ("summary", "named"),
    [
        ("Seven testimonies; Rim Myong-chol's is the first.", "Rim Myong-chol"),
        # Words reversed, capitals, a hyphen left out, fullwidth letters, a line break before.
        ("We ask for help.\r\nMYONG-CHOL RIM lost two fingers.", "MYONG-CHOL RIM"),
        ("Ｐａｋ Ｓｏｎｇ－ｉｌ took the passports.", "Pak Song-il"),
        ("감독 박성일은 여권을 가져갔다 😞", "박성일은"),
        ("His minder Pak Song\u200bil hit him.", "Pak Songil"),
    ],
)
def test_the_form_refuses_a_recorded_name_and_says_which(
    client: Client, carol: User, recorded: Testimony, summary: str, named: str
) -> None:
    client.force_login(carol)
    response = client.post(reverse("testimony:petition_create"), _form(summary))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["summary"]
    assert "names a person recorded in a testimony" in errors["summary"][0]
    assert not Petition.objects.exists()


def test_words_that_are_no_recorded_full_name_pass(
    client: Client, carol: User, recorded: Testimony
) -> None:
    """A nickname or a surname alone is an ordinary word too often ("bear witness", "Pak" as
    a surname shared by thousands); a public figure is public; a pseudonym is what to write."""
    client.force_login(carol)
    PublicFigure.objects.create(name="Rim Myong Chol", hangul="", is_active=True)
    summary = (
        "We bear witness for Supervisor 1's victims; Pak is a common surname; "
        "Kim Jong-un is named as head of State; Rim Myong Chol the official is public."
    )
    response = client.post(reverse("testimony:petition_create"), _form(summary))
    assert response.status_code == 302, response.context["form"].errors
    assert recorded_names("Rim Myong Chol and Pak Song-il", ["Rim Myong Chol"]) == ["Pak Song-il"]


def test_admin_refuses_it_too(client: Client, admin_user: User, recorded: Testimony) -> None:
    client.force_login(admin_user)
    data = _form("Fine words.", confidentiality="Keep Pak Song-il's name confidential.")
    data["created_by"] = admin_user.pk
    data["created_at_0"], data["created_at_1"] = "2026-12-01", "10:00:00"
    response = client.post(reverse("admin:testimony_petition_add"), data)
    assert response.status_code == 200
    assert "names a person recorded in a testimony" in response.content.decode()
    assert not Petition.objects.exists()


def test_a_petition_saved_with_a_name_before_the_check_is_not_built(
    client: Client, carol: User, recorded: Testimony, settings: object, tmp_path: Path
) -> None:
    """The build refuses, naming the field and never the name (the refusal is stored)."""
    settings.BUNDLE_DIR = tmp_path
    petition = Petition.objects.create(
        slug="old",
        title="For 림명철",
        mandate=Mandate.objects.get(code="sr_slavery"),
        summary="Saved before the check.",
        created_by=carol,
    )
    client.force_login(carol)
    page = client.post(reverse("testimony:bundle_start", args=[petition.slug]), follow=True)
    assert "name a person recorded in a testimony (title)" in page.content.decode()
    assert not Bundle.objects.exists()
    with pytest.raises(BundleRefused, match=r"\(title\)"):
        _build(petition, carol)
    bundle = Bundle.objects.get()
    assert bundle.state == Bundle.State.FAILED
    assert "림명철" not in bundle.error

# ruff: noqa: F811 (the entry fixture is imported, then named as a parameter)
"""A form over the upload limits comes back with a sentence saying what is too large and the
limit, never a bare 400; the browser is told the limits so that it can warn before sending."""

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from testimony.models import Testimony
from testimony.tests.test_testimony_create import entry  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

CREATE = reverse("testimony:create")


@pytest.fixture
def one_megabyte_limit(settings: object) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024


def test_the_default_limits_hold_a_long_transcript_and_a_thousand_persons(
    settings: object,
) -> None:
    """20 MB of form and 20,000 fields unless the deployment says otherwise."""
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE >= 20 * 1024 * 1024
    assert settings.DATA_UPLOAD_MAX_NUMBER_FIELDS >= 1000 * 13


def test_a_narrative_over_the_limit_comes_back_with_the_form_and_a_sentence(
    client: Client, alice: User, entry: Callable[..., dict[str, str]], one_megabyte_limit: None
) -> None:
    """413, the entry page itself, and how much was sent against the limit; nothing saved."""
    client.force_login(alice)
    response = client.post(CREATE, entry(**{"narrative-english": "forced labour " * 100_000}))
    page = response.content.decode()
    assert response.status_code == 413
    assert "This form is too large to save: 1." in page
    assert "MB sent, the limit is 1 MB." in page
    assert 'name="interview_date"' in page
    assert "Bad request" not in page
    assert not Testimony.objects.exists()


def test_too_many_persons_come_back_with_the_form_and_a_sentence(
    client: Client, alice: User, entry: Callable[..., dict[str, str]], settings: object
) -> None:
    """Past the number of fields, the sentence names that limit."""
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 60
    client.force_login(alice)
    response = client.post(CREATE, entry())
    page = response.content.decode()
    assert response.status_code == 413
    assert "This form is too large to save: it has more than 60 fields" in page
    assert not Testimony.objects.exists()


def test_the_edit_form_over_the_limit_shows_the_saved_testimony_again(
    client: Client,
    alice: User,
    make_testimony: Callable[..., Testimony],
    one_megabyte_limit: None,
) -> None:
    """Nothing changes; the page shows what is saved, with the sentence."""
    testimony = make_testimony()
    client.force_login(alice)
    url = reverse("testimony:edit", kwargs={"uuid": testimony.uuid})
    response = client.post(url, {"narrative-english": "x" * (2 * 1024 * 1024)})
    page = response.content.decode()
    assert response.status_code == 413
    assert "the limit is 1 MB" in page
    assert testimony.case_code in page
    testimony.refresh_from_db()
    assert testimony.revision == 1


def test_an_anonymous_post_over_the_limit_still_goes_to_the_login(
    client: Client, one_megabyte_limit: None
) -> None:
    """The sentence is for those who may see the form, not a way around signing in."""
    response = client.post(CREATE, {"narrative-english": "x" * (2 * 1024 * 1024)})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_the_entry_form_tells_the_browser_its_limits(
    client: Client, alice: User, one_megabyte_limit: None
) -> None:
    """static/js/form_size.js reads the limits from the form and warns before sending."""
    client.force_login(alice)
    page = client.get(CREATE).content.decode()
    assert 'data-max-bytes="1048576"' in page
    assert "js/form_size.js" in page


def test_the_sentence_is_in_korean_too(
    client: Client, alice: User, entry: Callable[..., dict[str, str]], one_megabyte_limit: None
) -> None:
    """A Korean interface says what is too large in Korean."""
    client.force_login(alice)
    client.cookies["django_language"] = "ko"
    response = client.post(CREATE, entry(**{"narrative-english": "x" * (2 * 1024 * 1024)}))
    assert "한도는 1 MB입니다" in response.content.decode()

# ruff: noqa: F811 (the entry fixture is imported, then named as a parameter)
"""A finder that raises on some text costs that text its proposals, never the page: the review
shows the text as failed and refuses approval, a masked page withholds the text, the import and
the entity form say so in words, and the log names where it failed but never the text."""

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.db import transaction
from django.test import Client
from django.urls import reverse

from testimony.anonymize import detect
from testimony.models import Anonymization, Entity, Status, Testimony
from testimony.reveal import DETECTION_FAILED
from testimony.tests.test_importing import _csv, _import, _messages
from testimony.tests.test_importing_transcripts import _docx, _read
from testimony.tests.test_redactions import approve, change, review_redactions
from testimony.tests.test_testimony_create import (  # noqa: F401 (entry is a fixture)
    URL,
    entry,
    formset_management,
)
from testimony.versions import version_record
from testimony.workflow import transition

pytestmark = pytest.mark.django_db

# What the broken finder's exception says: a name, as a KeyError's message would hold one.
SECRET = "Rim Myong-chol"


@pytest.fixture
def broken_finder(monkeypatch: pytest.MonkeyPatch) -> None:
    """One rule of the detector raises on every text, quoting a name, as a bug in a rule
    would on a text nobody foresaw."""

    def raises(*_args: object, **_kwargs: object) -> list:
        raise KeyError(SECRET)

    monkeypatch.setattr(detect, "_korean_full_names", raises)


@pytest.fixture
def verified(make_testimony: Callable[..., Testimony], bob: User) -> Testimony:
    testimony = make_testimony(status=Status.IN_REVIEW)
    testimony.narrative.english += "\r\n\r\nLater Pak Chol-min told us to keep quiet."
    testimony.narrative.save()
    return transition(testimony, Status.VERIFIED, by=bob)


def test_the_review_shows_a_failed_text_and_refuses_approval_in_words(
    client: Client,
    carol: User,
    verified: Testimony,
    broken_finder: None,
    caplog: pytest.LogCaptureFixture,
) -> None:
    review_redactions(client, carol, verified)
    url = reverse("testimony:redactions", args=[verified.uuid])
    with caplog.at_level(logging.ERROR, logger="testimony.anonymize"):
        response = client.get(url)
    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="detection-failed-english"' in page
    assert 'id="detection-failed-original"' in page
    assert "Automatic name detection failed on 2 texts" in page  # said before approving
    # Nothing was checked, so nothing claims the text is clear.
    assert "Nothing left to resolve before approval" not in page
    assert "No names found in this text." not in page
    assert "Not checked: automatic name detection failed" in page

    refused = approve(client, verified)
    assert "cannot be approved until detection works" in refused
    assert not Anonymization.objects.filter(approved_at__isnull=False).exists()

    # The log says which finder and where, never the text nor the exception's words.
    logged = caplog.text
    assert "Name detection failed" in logged
    assert "KeyError" in logged
    assert "detect/__init__.py" in logged  # where: the package and the file of each frame
    assert SECRET not in logged
    assert "Pak" not in logged
    assert "림명철" not in logged


def test_a_hand_redaction_is_kept_while_detection_fails_and_approval_follows_the_fix(
    client: Client,
    carol: User,
    verified: Testimony,
    broken_finder: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The reviewer can go on redacting by hand; once the finder works again, the same
    decisions stand and the texts can be approved without any name."""
    review_redactions(client, carol, verified)
    english = verified.narrative.english
    start = english.index("Pak Chol-min")
    page = change(
        client,
        verified,
        "add",
        field="english",
        start=start,
        end=start + 12,
        selected=english[start : start + 12],
    )
    assert "Pak Chol-min</mark>" in page or "Pak Chol-min" in page
    assert "cannot be approved until detection works" in approve(client, verified)

    monkeypatch.undo()  # the finder is fixed
    review_redactions(client, carol, verified)
    approve(client, verified)
    anonymization = Anonymization.objects.get(testimony=verified, approved_at__isnull=False)
    assert "Pak Chol-min" not in anonymization.english
    assert SECRET not in anonymization.english
    assert "림명철" not in anonymization.original


def test_a_masked_page_withholds_the_text_and_shows_it_masked_once_detection_works(
    client: Client, alice: User, verified: Testimony, monkeypatch: pytest.MonkeyPatch
) -> None:
    client.force_login(alice)
    url = reverse("testimony:detail", args=[verified.uuid])
    monkeypatch.setattr(detect, "_korean_full_names", lambda *_a, **_k: 1 / 0)
    response = client.get(url)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Pak Chol-min" not in page
    assert SECRET not in page
    assert str(DETECTION_FAILED).replace("'", "&#x27;") in page

    monkeypatch.undo()  # the failure was not kept in the cache of masked texts
    page = client.get(url).content.decode()
    assert str(DETECTION_FAILED) not in page
    assert "Pak Chol-min" not in page
    assert "Witness A" in page


def test_the_versions_page_withholds_a_changed_passage_it_cannot_mask(
    client: Client, bob: User, verified: Testimony, alice: User, broken_finder: None
) -> None:
    old = verified.narrative.english
    new = old.replace("keep quiet", "say nothing to Kim Yong-su")
    for english in (old, new):
        with transaction.atomic():
            verified.narrative.english = english
            verified.narrative.save()
            version_record(testimony=verified, by=alice)
    client.force_login(bob)
    response = client.get(reverse("testimony:versions", args=[verified.uuid]))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Pak Chol-min" not in page
    assert "Kim Yong-su" not in page
    assert str(DETECTION_FAILED).replace("'", "&#x27;") in page


def test_an_import_cell_that_cannot_be_checked_is_a_warning_that_does_not_repeat_it(
    tmp_path: Path, carol: User, broken_finder: None
) -> None:
    headers = ["Interview date", "Interview place", "Country", "Sector", "Narrative", "Site"]
    row = ["2019-03-21", "Seoul", "Kuwait", "Construction", "We worked.", "the camp of Kang Chol"]
    report = _import(_csv(tmp_path / "cases.csv", [headers, row]), carol, accept=False)
    text = _messages(report)
    assert "row 2, column 'Site': automatic name detection failed on this cell" in text
    assert "Kang Chol" not in text


def test_a_transcript_the_detector_fails_on_is_read_with_a_note(
    tmp_path: Path, broken_finder: None
) -> None:
    (transcript,) = _read(tmp_path, "interview.docx", _docx(["Pak Chol-min took our passports."]))
    assert not transcript.refused
    assert transcript.names == []
    assert any("Automatic name detection failed" in note for note in transcript.notes)


def test_a_new_entity_that_cannot_be_checked_is_refused_and_nothing_is_lost(
    client: Client, alice: User, entry: Callable[..., dict[str, str]], broken_finder: None
) -> None:
    client.force_login(alice)
    response = client.post(URL, entry(**{"postings-0-employer_name": "Namgang Construction"}))
    assert response.status_code == 200
    page = response.content.decode()
    assert "This name could not be checked" in page
    assert "Namgang Construction" in page  # what was typed is shown again
    assert not Testimony.objects.exists()
    assert not Entity.objects.exists()


def test_the_command_stops_with_a_sentence(tmp_path: Path, broken_finder: None) -> None:
    path = tmp_path / "text.txt"
    path.write_text("Pak Chol-min took our passports.", encoding="utf-8")
    persons = tmp_path / "persons.json"
    persons.write_text("[]", encoding="utf-8")
    with pytest.raises(CommandError, match="Automatic name detection failed"):
        call_command("anonymize_text", str(path), persons=str(persons))

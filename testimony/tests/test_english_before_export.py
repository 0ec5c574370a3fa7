"""English before export (issue #17): no testimony is approved or exported without English.

A special procedure reads English. The English text is the original narrative when the witness
spoke English, and otherwise the English translation, anonymized and approved with the original.
Whitespace, zero-width characters and placeholders ("TBD") are no English text.
"""

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from docx import Document

from testimony.anonymize.review import RedactionError, anonymization_approve
from testimony.bundle.build import bundle_build
from testimony.bundle.release import case_release, eligible
from testimony.models import Anonymization, Bundle, Mandate, Narrative, Petition, Status, Testimony
from testimony.tests.test_load_demo import load_demo
from testimony.tests.test_redactions import approve, review_redactions
from testimony.workflow import (
    TransitionRefused,
    exportable_testimonies,
    is_english_text,
    transition,
)

pytestmark = pytest.mark.django_db

KOREAN_ONLY = "저는 림명철입니다. 쿠웨이트 건설 현장에서 일했습니다. 감독원이 여권을 가져갔습니다."
ENGLISH_ORIGINAL = (
    "I am Rim Myong-chol. I worked on a construction site in Kuwait.\r\n"
    "The minder took our passports on the first day."
)
NO_TRANSLATION_SENTENCE = (
    "This testimony was given in Korean and has no English translation yet. Add the English "
    "translation on the edit page, then review its anonymization."
)


def _narrative(testimony: Testimony, *, language: str, original: str, english: str) -> None:
    Narrative.objects.filter(testimony=testimony).update(language=language)
    narrative = Narrative.objects.get(testimony=testimony)
    narrative.original = original
    narrative.english = english
    narrative.save()


@pytest.fixture
def verified(make_testimony: Callable[..., Testimony], bob: User) -> Callable[..., Testimony]:
    """A testimony verified by Bob, whose narrative is given; Carol may approve it."""

    def make(*, language: str = "ko", original: str = KOREAN_ONLY, english: str = "") -> Testimony:
        testimony = make_testimony(status=Status.IN_REVIEW)
        _narrative(testimony, language=language, original=original, english=english)
        return transition(Testimony.objects.get(pk=testimony.pk), Status.VERIFIED, by=bob)

    return make


def _approved_for_export(testimony: Testimony, carol: User) -> Testimony:
    anonymization_approve(testimony=testimony, by=carol)
    return transition(testimony, Status.APPROVED, by=carol)


# --- The rule in words --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \u200b ",
        "\u200b\u200c\u2060\ufeff",
        "TBD",
        "-",
        "N/A",
        "tbd.",
        "  Translation to follow…  ",
        "(translation pending)",
        "See the original.",
        "번역 예정입니다. 나중에 추가하겠습니다.",
        "I am ok",  # three words, but six letters: no sentence
        "Ｉ ａｍ Ｗｉｔｎｅｓｓ Ａ．",  # fullwidth letters are not the English a reader gets
    ],
)
def test_what_is_no_english_text(text: str) -> None:
    assert not is_english_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "I am Witness A.",
        "The minder took our passports.",
        "저는 증인 A입니다.\nI am Witness A, and I worked in Kuwait. 😢",
        "We worked fourteen hours a day.\r\n" * 5000,  # 80,000 characters and more
    ],
)
def test_what_is_an_english_text(text: str) -> None:
    assert is_english_text(text)


# --- Approving the anonymized text ------------------------------------------------------------


def test_a_korean_testimony_without_translation_is_refused_with_the_sentence(
    client: Client, carol: User, verified: Callable[..., Testimony]
) -> None:
    """The approval of the anonymized texts is refused in words; nothing is approved; the page
    says so before anyone presses the button, and the button is disabled."""
    testimony = verified()
    review_redactions(client, carol, testimony)
    page = client.get(reverse("testimony:redactions", args=[testimony.uuid]))
    assert page.status_code == 200
    content = page.content.decode()
    assert "Statement given in: Korean." in content
    assert NO_TRANSLATION_SENTENCE in content
    assert 'aria-describedby="approval-blocked">Approve the anonymized text' in content

    url = reverse("testimony:redaction_approve", args=[testimony.uuid])
    response = client.post(url, follow=True)
    assert response.status_code == 200
    assert NO_TRANSLATION_SENTENCE in response.content.decode()
    assert not Anonymization.objects.filter(testimony=testimony, approved_at__isnull=False).exists()
    with pytest.raises(TransitionRefused):
        transition(testimony, Status.APPROVED, by=carol)


def test_the_refusal_reads_in_korean(
    client: Client, carol: User, verified: Callable[..., Testimony]
) -> None:
    testimony = verified()
    review_redactions(client, carol, testimony)
    url = reverse("testimony:redaction_approve", args=[testimony.uuid])
    content = client.post(url, follow=True, HTTP_ACCEPT_LANGUAGE="ko").content.decode()
    assert "아직 영어 번역이 없습니다" in content
    assert "한국어" in content


@pytest.mark.parametrize("placeholder", ["   \u200b ", "TBD", "-", "Translation to follow."])
def test_a_blank_or_placeholder_translation_is_refused(
    carol: User, verified: Callable[..., Testimony], placeholder: str
) -> None:
    testimony = verified(english=placeholder)
    with pytest.raises(RedactionError) as refused:
        anonymization_approve(testimony=testimony, by=carol)
    assert "English translation" in str(refused.value)
    assert "edit page" in str(refused.value)
    assert not Anonymization.objects.filter(testimony=testimony, approved_at__isnull=False).exists()


def test_a_verified_testimony_says_changes_must_be_requested_to_edit_it(
    carol: User, verified: Callable[..., Testimony]
) -> None:
    """The edit page is closed to a verified testimony: the refusal says how to open it."""
    testimony = verified()
    with pytest.raises(RedactionError) as refused:
        anonymization_approve(testimony=testimony, by=carol)
    assert str(refused.value).startswith(NO_TRANSLATION_SENTENCE)
    assert "a reviewer must first request changes" in str(refused.value)


def test_with_a_translation_the_bundle_case_text_carries_the_anonymized_english(
    client: Client,
    carol: User,
    verified: Callable[..., Testimony],
    settings: object,
    tmp_path: Path,
) -> None:
    """Korean original plus translation: approved, exportable, and the case DOCX carries the
    anonymized English (pseudonym in, name out) and the anonymized Korean."""
    settings.BUNDLE_DIR = tmp_path / "bundles"
    testimony = verified(
        english="I am Rim Myong-chol. I worked on a construction site in Kuwait.\r\n"
        "The minder took our passports."
    )
    review_redactions(client, carol, testimony)
    content = client.get(reverse("testimony:redactions", args=[testimony.uuid])).content.decode()
    assert 'id="review-english"' in content  # the translation is reviewed beside the original
    assert "Rim Myong-chol</mark>" in content
    assert "is approved" in approve(client, testimony)
    anonymization = Anonymization.objects.get(testimony=testimony, approved_at__isnull=False)
    assert "Witness A" in anonymization.english
    transition(testimony, Status.APPROVED, by=carol)
    assert list(exportable_testimonies()) == [testimony]

    petition = Petition.objects.create(
        slug="kuwait",
        title="Workers in Kuwait",
        mandate=Mandate.objects.get(code="sr_slavery"),
        created_by=carol,
    )
    petition.testimonies.add(testimony)
    bundle = Bundle.objects.create(
        petition=petition, created_by=carol, selection={testimony.case_code: testimony.revision}
    )
    path = bundle_build(bundle)
    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if n.startswith("cases/") and n.endswith("docx"))
        document = Document(io.BytesIO(archive.read(name)))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "The minder took our passports." in text
    assert "I am Witness A." in text
    assert "Rim Myong-chol" not in text
    assert "림명철" not in text


def test_an_english_original_needs_no_translation_and_is_released_as_english(
    client: Client, carol: User, verified: Callable[..., Testimony]
) -> None:
    """Given in English: approved without a translation; the release's English description is
    the anonymized original, never "Not stated", and no "original" is released twice."""
    testimony = verified(language="en", original=ENGLISH_ORIGINAL, english="")
    review_redactions(client, carol, testimony)
    content = client.get(reverse("testimony:redactions", args=[testimony.uuid])).content.decode()
    assert "Statement given in: English." in content
    assert "no translation is needed" in content
    assert 'id="english-missing"' not in content
    assert "is approved" in approve(client, testimony)
    anonymization = Anonymization.objects.get(testimony=testimony, approved_at__isnull=False)
    assert anonymization.english == anonymization.original
    transition(testimony, Status.APPROVED, by=carol)
    release = case_release(testimony)
    assert release.description_en == anonymization.original
    assert "I am Witness A." in release.description_en
    assert "The minder took our passports" in release.description_en
    assert "Rim Myong-chol" not in release.description_en
    assert release.description_original == ""


def test_an_english_original_approved_before_the_rule_is_still_released_as_english(
    carol: User, verified: Callable[..., Testimony]
) -> None:
    """Older approvals of English testimonies left `english` blank: export reads the original."""
    testimony = _approved_for_export(
        verified(language="en", original=ENGLISH_ORIGINAL, english=""), carol
    )
    Anonymization.objects.filter(testimony=testimony).update(english="")
    assert list(exportable_testimonies()) == [testimony]
    release = case_release(testimony)
    assert "I am Witness A." in release.description_en


def test_an_english_original_that_is_not_english_is_refused(
    carol: User, verified: Callable[..., Testimony]
) -> None:
    testimony = verified(language="en", original=KOREAN_ONLY)
    with pytest.raises(RedactionError) as refused:
        anonymization_approve(testimony=testimony, by=carol)
    assert "recorded as given in English" in str(refused.value)


# --- Export reads only testimonies with English -----------------------------------------------


@pytest.fixture
def approved_then_blanked(carol: User, verified: Callable[..., Testimony]) -> Testimony:
    """Approved with a translation, then its anonymized English blanked in the database, as
    an approval made before the rule would have left it."""
    testimony = _approved_for_export(
        verified(english="I am Rim Myong-chol. I worked in Kuwait for two years."), carol
    )
    assert list(exportable_testimonies()) == [testimony]
    Anonymization.objects.filter(testimony=testimony).update(english="  \u200b ")
    return testimony


def test_exportable_testimonies_leave_out_an_approved_one_without_english(
    approved_then_blanked: Testimony, carol: User, verified: Callable[..., Testimony]
) -> None:
    other = _approved_for_export(verified(english="I worked in Kuwait for two long years."), carol)
    assert list(exportable_testimonies()) == [other]
    Anonymization.objects.filter(testimony=other).update(english="TBD")
    assert list(exportable_testimonies()) == []
    allowed, refused = eligible([approved_then_blanked, other])
    assert allowed == []
    assert set(refused) == {approved_then_blanked.case_code, other.case_code}
    assert all("no English text" in reason for reason in refused.values())


def test_the_petition_page_lists_the_reason(
    client: Client, carol: User, approved_then_blanked: Testimony
) -> None:
    petition = Petition.objects.create(
        slug="kuwait",
        title="Workers in Kuwait",
        mandate=Mandate.objects.get(code="sr_slavery"),
        created_by=carol,
    )
    client.force_login(carol)
    response = client.get(reverse("testimony:petition", kwargs={"slug": petition.slug}))
    assert response.status_code == 200
    candidates = {t: reason for t, reason, _passages in response.context["candidates"]}
    assert "It has no English text" in candidates[approved_then_blanked]
    assert "It has no English text" in response.content.decode()


def test_approving_for_export_an_older_approval_without_english_is_refused(
    carol: User, dave: User, verified: Callable[..., Testimony]
) -> None:
    """The workflow's own approval checks the approved anonymized text, not only the review."""
    testimony = verified(english="I am Rim Myong-chol. I worked in Kuwait for two years.")
    anonymization_approve(testimony=testimony, by=carol)
    Anonymization.objects.filter(testimony=testimony).update(english="")
    Narrative.objects.filter(testimony=testimony).update(english="")
    testimony.refresh_from_db()
    with pytest.raises(TransitionRefused) as refused:
        transition(testimony, Status.APPROVED, by=carol)
    assert NO_TRANSLATION_SENTENCE in str(refused.value)
    assert testimony.status == Status.VERIFIED


# --- The demo -----------------------------------------------------------------------------------


def test_the_demo_exports_every_approved_testimony_in_english() -> None:
    """Every demo testimony given in another language has an English translation, and each
    approved one (one given in Korean, one in English) is exportable with English facts."""
    load_demo()
    for narrative in Narrative.objects.exclude(language="en"):
        assert is_english_text(narrative.english), narrative.testimony.case_code
    approved = list(Testimony.objects.filter(status=Status.APPROVED).order_by("case_code"))
    assert {t.narrative.language for t in approved} == {"ko", "en"}
    assert sorted(exportable_testimonies(), key=lambda t: t.case_code) == approved
    for testimony in approved:
        release = case_release(testimony)
        assert is_english_text(release.description_en), testimony.case_code
        assert testimony.witness().name_romanized not in release.description_en


def test_the_testimony_page_says_why_it_cannot_be_approved_for_export(
    client: Client, carol: User, verified: Callable[..., Testimony]
) -> None:
    """Beside *Approve for export*, the coordinator reads the missing English and what to do."""
    testimony = verified(english="I am Rim Myong-chol. I worked in Kuwait for two years.")
    anonymization_approve(testimony=testimony, by=carol)
    Anonymization.objects.filter(testimony=testimony).update(english="")
    Narrative.objects.filter(testimony=testimony).update(english="")
    client.force_login(carol)
    response = client.get(testimony.get_absolute_url())
    assert response.status_code == 200
    actions = {rule.name: reason for rule, reason in response.context["actions"]}
    assert actions["approve"].startswith(NO_TRANSLATION_SENTENCE)
    assert "has no English translation yet" in response.content.decode()

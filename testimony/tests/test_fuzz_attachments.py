"""Attachment uploads under hostile input (testimony/tests/hostile.py): file names with NUL,
lone surrogates, invalid UTF-8, right-to-left overrides, paths and thousands of characters;
empty files, files of random bytes, files past the size limit; hostile categories.

Every upload is answered without a server error: stored (encrypted, its original name kept
clean) or refused on the upload page with the reason in words.
"""

from collections.abc import Callable
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import User
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from testimony.models import Attachment, Testimony
from testimony.tests import hostile
from testimony.tests.hostile import FUZZ, Value

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
HOSTILE_NAMES: list[Value] = [
    "consent.pdf\x00.exe",
    f"{hostile.RTL_OVERRIDE}fdp.exe",
    "../../../etc/passwd",
    "C:\\Windows\\system32\\consent.pdf",
    f"림명철{hostile.LONE_SURROGATE}.pdf",
    hostile.NOT_UTF8 + b".pdf",
    f"Kim{hostile.ZERO_WIDTH}Chol.pdf",
    "ｃｏｎｓｅｎｔ．ｐｄｆ",
    "림" * 80 + ".pdf",  # 244 bytes: about the longest name a file system allows
    "",
    ".",
    "\r\nContent-Type: text/html\r\n\r\n<script>.pdf",
]


@pytest.fixture(autouse=True)
def attachment_dir(settings: object, tmp_path: Path) -> Path:
    settings.STORAGES = {
        **django_settings.STORAGES,
        "attachments": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "attachments"},
        },
    }
    return tmp_path / "attachments"


def upload(user: User, testimony: Testimony, name: Value, content: bytes, category: Value):
    client = hostile.hostile_client()
    client.force_login(user)
    url = reverse("testimony:attachment_add", args=[testimony.uuid])
    return hostile.post_multipart(client, url, [("category", category)], [("file", name, content)])


def assert_stored_or_refused_in_words(response, count_before: int) -> None:
    if response.status_code == 302:
        attachment = Attachment.objects.latest("pk")
        assert hostile.no_controls(attachment.original_name)
        assert "/" not in attachment.original_name
        assert attachment.download_name().isascii()
    else:
        assert response.status_code == 200, response.status_code
        hostile.assert_error_in_words(response)
        assert Attachment.objects.count() == count_before


class UploadTests:
    @FUZZ
    @given(
        name=st.one_of(st.sampled_from(HOSTILE_NAMES), hostile.texts),
        content=st.one_of(
            st.just(PDF), st.just(b""), st.binary(max_size=100).map(lambda tail: PDF + tail)
        ),
        category=st.one_of(st.just("consent_form"), hostile.texts),
    )
    @example(name=HOSTILE_NAMES[0], content=PDF, category="consent_form")
    @example(name=HOSTILE_NAMES[5], content=PDF, category="consent_form")
    @example(name="empty.pdf", content=b"", category="consent_form")
    @example(name="consent.pdf", content=PDF, category=["consent_form", hostile.NUL])
    def test_an_upload_is_stored_clean_or_refused_in_words(
        self,
        alice: User,
        make_testimony: Callable[..., Testimony],
        name: Value,
        content: bytes,
        category: Value | list,
    ) -> None:
        testimony = make_testimony()
        before = Attachment.objects.count()
        client = hostile.hostile_client()
        client.force_login(alice)
        url = reverse("testimony:attachment_add", args=[testimony.uuid])
        categories = category if isinstance(category, list) else [category]

        response = hostile.post_multipart(
            client, url, [("category", c) for c in categories], [("file", name, content)]
        )

        assert_stored_or_refused_in_words(response, before)

    @pytest.mark.parametrize("name", HOSTILE_NAMES, ids=range(len(HOSTILE_NAMES)))
    def test_every_hostile_file_name_is_answered(
        self, alice: User, make_testimony: Callable[..., Testimony], name: Value
    ) -> None:
        response = upload(alice, make_testimony(), name, PDF, "consent_form")

        assert_stored_or_refused_in_words(response, 0)

    def test_a_name_longer_than_any_file_system_allows_is_refused_in_words(
        self, alice: User, make_testimony: Callable[..., Testimony]
    ) -> None:
        """Django refuses a part whose headers pass 1 KB (no browser sends one): the error
        page says in words that the request could not be read."""
        response = upload(alice, make_testimony(), "x" * 5000 + ".pdf", PDF, "consent_form")

        assert response.status_code in (200, 400)
        assert "could not be read" in response.content.decode() or (
            "invalid-feedback" in response.content.decode()
        )
        assert not Attachment.objects.exists()

    def test_a_file_past_the_limit_is_refused_in_words(
        self, alice: User, make_testimony: Callable[..., Testimony], settings: object
    ) -> None:
        settings.ATTACHMENT_MAX_BYTES = 64 * 1024
        content = PDF + b"\0" * (128 * 1024)

        response = upload(alice, make_testimony(), "big.pdf", content, "consent_form")

        assert response.status_code == 200
        hostile.assert_error_in_words(response)
        assert "64.0" in response.content.decode()
        assert not Attachment.objects.exists()

    def test_an_upload_without_a_file_is_refused_in_words(
        self, alice: User, make_testimony: Callable[..., Testimony]
    ) -> None:
        client = hostile.hostile_client()
        client.force_login(alice)
        url = reverse("testimony:attachment_add", args=[make_testimony().uuid])

        response = hostile.post(client, url, {"category": "consent_form", "file": "x"})

        assert response.status_code == 200
        hostile.assert_error_in_words(response)

"""Object-level access: changing an id in a URL or a form never reaches what a user may not see.

Alice entered the testimony; Erin is another interviewer who may not see it. Bob reviews and
Carol coordinates (both see every testimony); only coordinators handle bundles.
"""

from collections.abc import Callable
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from testimony.attachments import attachment_upload
from testimony.models import (
    Attachment,
    AuditEvent,
    Bundle,
    CustodyEvent,
    IndicatorTag,
    Mandate,
    Person,
    Petition,
    Status,
    Testimony,
)
from testimony.tests.test_testimony_edit import edit_data

pytestmark = pytest.mark.django_db


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


@pytest.fixture
def alices(make_testimony: Callable[..., Testimony]) -> Testimony:
    return make_testimony()


@pytest.fixture
def erins(make_testimony: Callable[..., Testimony], erin: User) -> Testimony:
    return make_testimony(
        witness_name="Pak Yong-ho",
        witness_hangul="박영호",
        interviewer=erin,
        created_by=erin,
        updated_by=erin,
    )


@pytest.fixture
def alices_scan(alices: Testimony, alice: User) -> Attachment:
    return attachment_upload(
        testimony=alices,
        by=alice,
        upload=SimpleUploadedFile("Rim consent.pdf", b"%PDF-1.7\nRim Myong-chol"),
        category=Attachment.Category.CONSENT_SCAN,
    )


def pages_of(testimony: Testimony) -> list[tuple[str, str]]:
    """(method, url) of every page about one testimony."""
    uuid = testimony.uuid
    return [
        ("get", reverse("testimony:detail", args=[uuid])),
        ("get", reverse("testimony:edit", args=[uuid])),
        ("post", reverse("testimony:edit", args=[uuid])),
        ("post", reverse("testimony:identities", args=[uuid])),
        ("get", reverse("testimony:versions", args=[uuid])),
        ("post", reverse("testimony:transition", args=[uuid, "submit"])),
        ("get", reverse("testimony:attachment_add", args=[uuid])),
        ("post", reverse("testimony:attachment_add", args=[uuid])),
    ]


class AnotherInterviewerTests:
    def test_every_page_of_alices_testimony_is_a_404_for_erin(
        self, client: Client, erin: User, alices: Testimony
    ) -> None:
        client.force_login(erin)
        for method, url in pages_of(alices):
            response = getattr(client, method)(url)
            assert response.status_code == 404, f"{method.upper()} {url}"

    def test_erin_leaves_no_trace_on_alices_testimony(
        self, client: Client, erin: User, alices: Testimony
    ) -> None:
        client.force_login(erin)
        for method, url in pages_of(alices):
            getattr(client, method)(url)

        alices.refresh_from_db()
        assert alices.status == Status.DRAFT
        assert alices.revision == 1
        assert not AuditEvent.objects.filter(testimony=alices, actor=erin).exists()

    def test_review_and_consent_pages_refuse_erin(
        self, client: Client, erin: User, alices: Testimony
    ) -> None:
        client.force_login(erin)
        uuid = alices.uuid
        refused = [
            client.post(reverse("testimony:comment", args=[uuid]), {"body": "x"}),
            client.post(reverse("testimony:assign", args=[uuid]), {"reviewer": erin.pk}),
            client.get(reverse("testimony:withdraw", args=[uuid])),
            client.get(reverse("testimony:redactions", args=[uuid])),
            client.post(reverse("testimony:redaction_approve", args=[uuid])),
        ]
        # 403 where erin lacks the role, 404 where she has it but not for this testimony.
        assert all(response.status_code in (403, 404) for response in refused)
        assert not AuditEvent.objects.filter(testimony=alices, actor=erin).exists()
        assert not alices.comments.exists()

    def test_alices_attachment_is_a_404_for_erin(
        self, client: Client, erin: User, alices_scan: Attachment
    ) -> None:
        client.force_login(erin)
        uuid, attachment = alices_scan.testimony.uuid, alices_scan.uuid

        download = client.get(reverse("testimony:attachment_download", args=[uuid, attachment]))
        delete = client.post(reverse("testimony:attachment_delete", args=[uuid, attachment]))

        assert (download.status_code, delete.status_code) == (404, 404)
        assert list(alices_scan.custody.values_list("action", flat=True)) == [
            CustodyEvent.Action.UPLOADED
        ]

    def test_a_testimony_shared_with_erin_opens(
        self, client: Client, erin: User, alices: Testimony
    ) -> None:
        alices.shared_with.add(erin)
        client.force_login(erin)
        assert client.get(alices.get_absolute_url()).status_code == 200


class UrlSwapTests:
    def test_an_attachment_under_another_testimonys_url_is_a_404(
        self, client: Client, alice: User, alices_scan: Attachment, make_testimony: Callable
    ) -> None:
        """Alice may see both testimonies, but the attachment belongs to only one of them."""
        other = make_testimony()
        client.force_login(alice)
        url = reverse("testimony:attachment_download", args=[other.uuid, alices_scan.uuid])

        assert client.get(url).status_code == 404
        delete = reverse("testimony:attachment_delete", args=[other.uuid, alices_scan.uuid])
        assert client.post(delete).status_code == 404
        assert not Attachment.objects.get().is_deleted

    def test_erin_cannot_fetch_alices_attachment_through_her_own_testimony(
        self, client: Client, erin: User, erins: Testimony, alices_scan: Attachment
    ) -> None:
        client.force_login(erin)
        url = reverse("testimony:attachment_download", args=[erins.uuid, alices_scan.uuid])
        assert client.get(url).status_code == 404


class FormFieldSwapTests:
    def test_a_person_id_of_another_testimony_does_not_alter_that_person(
        self, client: Client, erin: User, erins: Testimony, alices: Testimony
    ) -> None:
        """Erin edits her own testimony but posts the id of Alice's witness."""
        alices_witness = alices.witness()
        client.force_login(erin)
        data = edit_data(
            erins,
            **{
                "persons-0-id": str(alices_witness.pk),
                "persons-0-name_romanized": "Overwritten Name",
                "persons-0-pseudonym": "Hijacked",
            },
        )

        response = client.post(reverse("testimony:edit", args=[erins.uuid]), data)

        assert response.status_code in (200, 302)
        alices_witness.refresh_from_db()
        assert alices_witness.name_romanized == "Rim Myong-chol"
        assert alices_witness.pseudonym == "Witness A"
        assert alices_witness.testimony_id == alices.pk
        assert not Person.objects.filter(pseudonym="Hijacked").exists()

    def test_a_person_id_of_another_testimony_cannot_be_deleted(
        self, client: Client, erin: User, erins: Testimony, alices: Testimony
    ) -> None:
        alices_witness = alices.witness()
        erins_witness = erins.witness()
        client.force_login(erin)
        data = edit_data(erins)
        # Erin's own witness stays, plus a second row pointing at Alice's witness, marked deleted.
        data.update(
            {
                "persons-TOTAL_FORMS": "2",
                "persons-INITIAL_FORMS": "2",
                "persons-1-id": str(alices_witness.pk),
                "persons-1-testimony": str(alices.pk),
                "persons-1-role": "coworker",
                "persons-1-sex": "unknown",
                "persons-1-family_in_north_korea": "unknown",
                "persons-1-DELETE": "on",
            }
        )

        client.post(reverse("testimony:edit", args=[erins.uuid]), data)

        assert Person.objects.filter(pk=alices_witness.pk, testimony=alices).exists()
        assert Person.objects.filter(pk=erins_witness.pk, testimony=erins).exists()

    def test_a_person_cannot_be_moved_into_another_testimony(
        self, client: Client, erin: User, erins: Testimony, alices: Testimony
    ) -> None:
        client.force_login(erin)
        data = edit_data(erins, **{"persons-0-testimony": str(alices.pk)})

        client.post(reverse("testimony:edit", args=[erins.uuid]), data)

        assert list(alices.persons.values_list("pseudonym", flat=True)) == ["Witness A"]
        assert erins.persons.count() == 1

    def test_an_indicator_id_of_another_testimony_does_not_alter_it(
        self, client: Client, erin: User, erins: Testimony, alices: Testimony
    ) -> None:
        tag = IndicatorTag.objects.create(
            testimony=alices, indicator="deception", phase="recruitment", passage="Rim was lied to."
        )
        client.force_login(erin)
        data = edit_data(erins)
        data.update(
            {
                "indicators-TOTAL_FORMS": "1",
                "indicators-INITIAL_FORMS": "1",
                "indicators-0-id": str(tag.pk),
                "indicators-0-testimony": str(erins.pk),
                "indicators-0-indicator": "isolation",
                "indicators-0-phase": "employment",
                "indicators-0-passage": "Overwritten",
            }
        )

        client.post(reverse("testimony:edit", args=[erins.uuid]), data)

        tag.refresh_from_db()
        assert (tag.testimony_id, tag.indicator, tag.passage) == (
            alices.pk,
            "deception",
            "Rim was lied to.",
        )

    def test_a_reviewer_cannot_be_assigned_who_does_not_review(
        self, client: Client, bob: User, erin: User, alices: Testimony
    ) -> None:
        alices.status = Status.SUBMITTED
        alices.save()
        client.force_login(bob)

        client.post(reverse("testimony:assign", args=[alices.uuid]), {"reviewer": erin.pk})

        alices.refresh_from_db()
        assert alices.assigned_reviewer is None


@pytest.fixture
def bundle(carol: User, settings: object, tmp_path: Path) -> Bundle:
    settings.BUNDLE_DIR = tmp_path / "bundles"
    petition = Petition.objects.create(
        slug="kuwait-2026",
        title="Kuwait",
        mandate=Mandate.objects.get(code="sr_slavery"),
        summary="Workers in Kuwait.",
        created_by=carol,
    )
    built = Bundle.objects.create(petition=petition, created_by=carol, state=Bundle.State.DONE)
    settings.BUNDLE_DIR.mkdir()
    (settings.BUNDLE_DIR / f"{built.uuid}.zip").write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    return built


class BundleTests:
    @pytest.mark.parametrize("who", ["alice", "erin", "bob", "charlie"])
    def test_only_coordinators_see_bundle_progress_or_download(
        self, client: Client, bundle: Bundle, who: str, request: pytest.FixtureRequest
    ) -> None:
        client.force_login(request.getfixturevalue(who))
        progress = client.get(reverse("testimony:bundle_progress", args=[bundle.uuid]))
        download = client.get(reverse("testimony:bundle_download", args=[bundle.uuid]))

        assert (progress.status_code, download.status_code) == (403, 403)
        assert not AuditEvent.objects.filter(action=AuditEvent.Action.BUNDLE_DOWNLOADED).exists()

    def test_a_coordinator_sees_the_progress(
        self, client: Client, carol: User, bundle: Bundle
    ) -> None:
        client.force_login(carol)
        assert (
            client.get(reverse("testimony:bundle_progress", args=[bundle.uuid])).status_code == 200
        )

    @pytest.mark.parametrize("who", ["alice", "bob", "charlie"])
    def test_petitions_are_for_coordinators_only(
        self, client: Client, bundle: Bundle, who: str, request: pytest.FixtureRequest
    ) -> None:
        client.force_login(request.getfixturevalue(who))
        slug = bundle.petition.slug
        responses = [
            client.get(reverse("testimony:petition", args=[slug])),
            client.post(reverse("testimony:bundle_start", args=[slug])),
        ]
        assert [response.status_code for response in responses] == [403, 403]
        assert Bundle.objects.count() == 1

    def test_a_testimony_that_cannot_be_exported_is_not_selected_by_posting_its_id(
        self, client: Client, carol: User, bundle: Bundle, alices: Testimony
    ) -> None:
        """Alice's draft is not exportable: posting its id into the selection is ignored."""
        client.force_login(carol)
        client.post(
            reverse("testimony:petition", args=[bundle.petition.slug]),
            {"select": "1", "testimonies": [str(alices.pk)]},
        )

        assert not bundle.petition.testimonies.exists()

from collections.abc import Callable

import pytest
from django.contrib.admin import site as admin_site
from django.contrib.auth.models import User
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.urls import reverse

from testimony import models
from testimony.audit import audit_record
from testimony.models import AuditEvent
from testimony.services import persons_matching_name

pytestmark = pytest.mark.django_db

ROMANIZED = "Rim Myong-chol"
HANGUL = "림명철"


@pytest.fixture
def admin(client: Client, dave: User) -> Client:
    client.force_login(dave)
    return client


@pytest.fixture
def testimony(make_testimony: Callable[..., models.Testimony], alice: User) -> models.Testimony:
    testimony = make_testimony(work_site="Camp 7, Kuwait City")
    audit_record(actor=alice, action=AuditEvent.Action.CREATED, testimony=testimony)
    return testimony


def _changelist(admin: Client, model: str, **query: str) -> HttpResponse:
    return admin.get(reverse(f"admin:testimony_{model}_changelist"), query)


@pytest.mark.parametrize(
    "model",
    [
        "testimony",
        "person",
        "auditevent",
        "country",
        "sector",
        "province",
        "mandate",
        "publicfigure",
        "anonymization",
        "petition",
        "bundle",
        "attachment",
    ],
)
def test_every_admin_list_opens_without_showing_a_real_name(
    admin: Client, testimony: models.Testimony, model: str
) -> None:
    """Each changelist answers 200 and shows neither spelling of the witness's name."""
    response = _changelist(admin, model)

    assert response.status_code == 200
    page = response.content.decode()
    assert ROMANIZED not in page
    assert HANGUL not in page


def test_the_testimony_list_shows_case_data(admin: Client, testimony: models.Testimony) -> None:
    """The testimony list shows the case code, country and period, so the list is not empty."""
    response = _changelist(admin, "testimony")

    assert response.context["cl"].result_count == 1
    assert testimony.case_code in response.content.decode()
    assert "2014-06 \u2013 2016" in response.content.decode()


def test_the_person_list_shows_pseudonyms(admin: Client, testimony: models.Testimony) -> None:
    """Persons are listed by pseudonym with their testimony's case code."""
    response = _changelist(admin, "person")

    assert response.context["cl"].result_count == 1
    assert "Witness A" in response.content.decode()
    assert testimony.case_code in response.content.decode()


@pytest.mark.parametrize(
    "spelling", [ROMANIZED, HANGUL, "Myong-chol Rim", "RIM MYONGCHOL", "rim myong chol"]
)
def test_searching_persons_by_exact_name_finds_the_witness(
    admin: Client, testimony: models.Testimony, spelling: str
) -> None:
    """Any registered spelling or word order of the full name finds the person by blind index."""
    response = _changelist(admin, "person", q=spelling)

    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [testimony.witness()]
    assert "Witness A" in response.content.decode()


@pytest.mark.parametrize("fragment", ["Myong", "Rim", "림", "myong-cho"])
def test_searching_persons_by_part_of_a_name_finds_nothing(
    admin: Client, testimony: models.Testimony, fragment: str
) -> None:
    """Part of a name matches nothing: no LIKE runs on names, and no name appears in the page."""
    response = _changelist(admin, "person", q=fragment)

    assert response.status_code == 200
    assert response.context["cl"].result_count == 0
    page = response.content.decode()
    assert "Witness A" not in page
    assert ROMANIZED not in page
    assert HANGUL not in page


def test_searching_persons_by_pseudonym_finds_them(
    admin: Client, testimony: models.Testimony
) -> None:
    """Part of a pseudonym finds the person."""
    response = _changelist(admin, "person", q="witness")

    assert list(response.context["cl"].result_list) == [testimony.witness()]


def test_searching_testimonies_by_case_code_finds_only_that_one(
    admin: Client, make_testimony: Callable[..., models.Testimony], testimony: models.Testimony
) -> None:
    """The testimony search box finds a testimony by its case code."""
    other = make_testimony(witness_name="Pak Chol", witness_hangul="박철")

    response = _changelist(admin, "testimony", q=testimony.case_code)

    assert list(response.context["cl"].result_list) == [testimony]
    assert other.case_code not in response.content.decode()


def test_searching_testimonies_by_a_name_finds_nothing(
    admin: Client, testimony: models.Testimony
) -> None:
    """The testimony search covers no identity field, so a witness's name matches nothing."""
    response = _changelist(admin, "testimony", q=ROMANIZED)

    assert response.context["cl"].result_count == 0


def test_the_audit_trail_cannot_be_added_to_in_admin(admin: Client) -> None:
    """The add page of audit events is forbidden, even to a superuser."""
    response = admin.get(reverse("admin:testimony_auditevent_add"))

    assert response.status_code == 403


def test_the_audit_trail_cannot_be_changed_in_admin(
    admin: Client, testimony: models.Testimony
) -> None:
    """An audit event opens read-only, and a POST to it is refused and changes nothing."""
    event = AuditEvent.objects.get(testimony=testimony)
    url = reverse("admin:testimony_auditevent_change", args=[event.pk])

    page = admin.get(url)
    response = admin.post(url, {"action": AuditEvent.Action.VIEWED, "at_0": "2020-01-01"})

    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()
    assert response.status_code == 403
    event.refresh_from_db()
    assert event.action == AuditEvent.Action.CREATED


def test_the_audit_trail_cannot_be_deleted_in_admin(
    admin: Client, testimony: models.Testimony
) -> None:
    """Deleting an audit event, singly or as a bulk action, is refused."""
    event = AuditEvent.objects.get(testimony=testimony)

    single = admin.post(
        reverse("admin:testimony_auditevent_delete", args=[event.pk]), {"post": "yes"}
    )
    bulk = admin.post(
        reverse("admin:testimony_auditevent_changelist"),
        {"action": "delete_selected", "_selected_action": [event.pk], "post": "yes"},
    )

    assert single.status_code == 403
    assert bulk.status_code in (200, 302)
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_a_person_cannot_be_renamed_in_admin(
    admin: Client, testimony: models.Testimony, dave: User
) -> None:
    """Names change on the application's edit page, which makes a version; admin refuses the
    POST, and the blind index, the versions and the audit trail stay as they were."""
    witness = testimony.witness()
    url = reverse("admin:testimony_person_change", args=[witness.pk])

    response = admin.post(url, {"name_romanized": "Kim Song-min", "name_hangul": "김성민"})

    assert response.status_code == 403
    assert persons_matching_name(ROMANIZED) == [witness]
    assert persons_matching_name("Kim Song-min") == []
    assert not models.TestimonyVersion.objects.exists()
    assert not AuditEvent.objects.filter(actor=dave, action=AuditEvent.Action.EDITED).exists()


def test_the_testimony_change_page_has_no_form_and_refuses_a_post(
    admin: Client, testimony: models.Testimony
) -> None:
    """A status, a place or a person's name posted to the testimony's page changes nothing."""
    url = reverse("admin:testimony_testimony_change", args=[testimony.pk])
    page = admin.get(url).content.decode()

    response = admin.post(
        url,
        {"status": "approved", "interview_place": "Elsewhere", "persons-0-name_romanized": "Kim"},
    )

    assert 'name="interview_place"' not in page
    assert 'name="_save"' not in page
    assert response.status_code == 403
    testimony.refresh_from_db()
    assert (testimony.status, testimony.interview_place, testimony.revision) == (
        "draft",
        "Seoul",
        1,
    )
    assert persons_matching_name(ROMANIZED) == [testimony.witness()]


def test_testimonies_cannot_be_added_in_admin(admin: Client) -> None:
    """New testimonies come from the entry page, which assigns the case code and a version."""
    assert admin.get(reverse("admin:testimony_testimony_add")).status_code == 403
    assert admin.get(reverse("admin:testimony_person_add")).status_code == 403
    assert not models.Testimony.objects.exists()


def test_the_testimony_page_masks_the_narrative_and_the_persons(
    admin: Client, testimony: models.Testimony
) -> None:
    """Structured facts show; the narrative, names and passages are dots with a link to the
    testimony's page in the application, where revealing them is audited."""
    page = admin.get(
        reverse("admin:testimony_testimony_change", args=[testimony.pk])
    ).content.decode()

    assert "Camp 7, Kuwait City" in page
    assert "Witness A (Witness)" in page
    assert "reveal in the application" in page
    assert testimony.get_absolute_url() in page
    assert ROMANIZED not in page
    assert HANGUL not in page
    assert "construction site" not in page


def test_a_petition_s_testimonies_are_chosen_in_the_application_only(
    admin: Client, testimony: models.Testimony, dave: User
) -> None:
    """Admin edits a petition's words, never its selection (the application admits only
    exportable testimonies), and the change is audited by field name."""
    petition = models.Petition.objects.create(
        slug="kuwait",
        title="Kuwait",
        mandate=models.Mandate.objects.first(),
        summary="Forced labour.",
        created_by=dave,
    )
    url = reverse("admin:testimony_petition_change", args=[petition.pk])
    form = admin.get(url).context["adminform"].form
    assert "testimonies" not in form.fields
    data = {name: form[name].value() or "" for name in form.fields}
    data.update(title="Kuwait 2026", testimonies=[testimony.pk])

    response = admin.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    petition.refresh_from_db()
    assert petition.title == "Kuwait 2026"
    assert not petition.testimonies.exists()
    event = AuditEvent.objects.get(action=AuditEvent.Action.PETITION_CHANGED)
    assert (event.actor, event.object_id, event.changed_fields) == (dave, "kuwait", ["title"])


def test_a_petition_sent_to_the_un_cannot_be_deleted_in_admin(admin: Client, dave: User) -> None:
    """What was sent stays on record; a petition never sent nor built can still go."""
    mandate = models.Mandate.objects.first()
    sent = models.Petition.objects.create(
        slug="sent", title="Sent", mandate=mandate, summary="x", created_by=dave
    )
    models.Petition.objects.filter(pk=sent.pk).update(sent_on="2026-01-05")
    draft = models.Petition.objects.create(
        slug="draft", title="Draft", mandate=mandate, summary="x", created_by=dave
    )

    refused = admin.post(
        reverse("admin:testimony_petition_delete", args=[sent.pk]), {"post": "yes"}
    )
    deleted = admin.post(
        reverse("admin:testimony_petition_delete", args=[draft.pk]), {"post": "yes"}
    )

    assert refused.status_code == 403
    assert deleted.status_code == 302
    assert list(models.Petition.objects.values_list("slug", flat=True)) == ["sent"]
    event = AuditEvent.objects.get(action=AuditEvent.Action.PETITION_CHANGED)
    assert (event.object_id, event.changed_fields) == ("draft", ["deleted"])


@pytest.mark.parametrize(
    "model",
    [
        models.Testimony,
        models.Person,
        models.AuditEvent,
        models.Attachment,
        models.Anonymization,
        models.Bundle,
    ],
)
def test_rows_the_application_writes_are_view_only_in_admin(
    rf: RequestFactory, dave: User, model: type
) -> None:
    """Even a superuser only reads them here, and deletes none: each is testimony content or
    evidence (an approval, an export, a file, the audit trail) the application keeps."""
    request = rf.get("/admin/")
    request.user = dave
    model_admin = admin_site._registry[model]
    assert model_admin.has_view_permission(request)
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request)
    assert not model_admin.has_delete_permission(request)

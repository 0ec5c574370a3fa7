from collections.abc import Callable

import pytest
from django import forms
from django.contrib.admin import site as admin_site
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import User
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.urls import reverse

from testimony import models
from testimony.audit import audit_record
from testimony.models import AuditEvent, Country, Sector
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


def _form_data(response: HttpResponse) -> dict[str, object]:
    """The POST data an admin change form would send back unchanged, inlines included."""
    forms_on_page = [response.context["adminform"].form]
    data: dict[str, object] = {}
    for inline in response.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        for name in management.fields:
            data[management[name].html_name] = management[name].value()
        forms_on_page.extend(inline.formset.forms)
    for form in forms_on_page:
        for name, field in form.fields.items():
            value = form[name].value()
            if isinstance(field, forms.NullBooleanField):
                data[form[name].html_name] = {True: "true", False: "false"}.get(value, "unknown")
            elif isinstance(field, forms.BooleanField):
                if value:
                    data[form[name].html_name] = "on"
            elif isinstance(field, forms.ModelMultipleChoiceField):
                data[form[name].html_name] = value or []
            else:
                data[form[name].html_name] = "" if value is None else value
    return data


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


def test_saving_a_person_with_a_new_name_reindexes_it(
    admin: Client, testimony: models.Testimony
) -> None:
    """After an admin renames a person, the blind index finds the new name and not the old one."""
    witness = testimony.witness()
    url = reverse("admin:testimony_person_change", args=[witness.pk])
    data = _form_data(admin.get(url))
    data.update(name_romanized="Kim Song-min", name_hangul="김성민")

    response = admin.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    assert persons_matching_name("Kim Songmin") == [witness]
    assert persons_matching_name("김성민") == [witness]
    assert persons_matching_name(ROMANIZED) == []
    assert persons_matching_name(HANGUL) == []


def test_renaming_a_person_is_audited_by_field_name_only(
    admin: Client, testimony: models.Testimony, dave: User
) -> None:
    """The audit event and the admin history name the changed fields, never the new value."""
    witness = testimony.witness()
    url = reverse("admin:testimony_person_change", args=[witness.pk])
    data = _form_data(admin.get(url))
    data.update(name_romanized="Kim Song-min")

    admin.post(url, data)

    event = AuditEvent.objects.get(actor=dave, action=AuditEvent.Action.EDITED)
    assert event.action == AuditEvent.Action.EDITED
    assert event.testimony == testimony
    assert event.changed_fields == ["persons.name_romanized"]
    history = " ".join(f"{e.object_repr} {e.change_message}" for e in LogEntry.objects.all())
    assert "Kim" not in history
    assert "Witness A" in history


def test_saving_a_testimony_with_a_renamed_person_inline_reindexes_it(
    admin: Client, testimony: models.Testimony, dave: User
) -> None:
    """Renaming the witness in the testimony's inline updates the index and raises the revision."""
    witness = testimony.witness()
    url = reverse("admin:testimony_testimony_change", args=[testimony.pk])
    data = _form_data(admin.get(url))
    data["persons-0-name_romanized"] = "Kim Song-min"

    response = admin.post(url, data)

    assert response.status_code == 302, response.context["errors"]
    assert persons_matching_name("Kim Song-min") == [witness]
    assert persons_matching_name(ROMANIZED) == []
    assert persons_matching_name(HANGUL) == [witness]
    testimony.refresh_from_db()
    assert testimony.revision == 2
    assert testimony.updated_by == dave
    event = AuditEvent.objects.get(actor=dave, action=AuditEvent.Action.EDITED)
    assert event.changed_fields == ["persons.name_romanized"]


def test_the_testimony_status_is_not_editable_in_admin(
    admin: Client, testimony: models.Testimony
) -> None:
    """Only the workflow changes a status, so a posted status is ignored."""
    url = reverse("admin:testimony_testimony_change", args=[testimony.pk])
    data = _form_data(admin.get(url))
    data["status"] = "approved"

    admin.post(url, data)

    testimony.refresh_from_db()
    assert testimony.status == "draft"


def test_adding_a_testimony_in_admin_assigns_a_case_code_and_its_author(
    admin: Client, dave: User, alice: User, kuwait: Country, construction: Sector
) -> None:
    """A testimony added in admin gets the next case code, dave as author, and an audit event."""
    url = reverse("admin:testimony_testimony_add")
    data = _form_data(admin.get(url))
    data.update(
        interview_date="2025-04-01",
        interview_place="Seoul",
        interviewer=alice.pk,
        country=kuwait.pk,
        sector=construction.pk,
    )

    response = admin.post(url, data)

    assert response.status_code == 302, response.context["errors"]
    testimony = models.Testimony.objects.get()
    assert testimony.case_code.startswith("TST-")
    assert testimony.created_by == dave
    assert testimony.updated_by == dave
    assert testimony.status == "draft"
    assert AuditEvent.objects.get(testimony=testimony).action == AuditEvent.Action.CREATED


def test_a_withdrawn_testimony_is_read_only_in_admin(
    admin: Client, make_testimony: Callable[..., models.Testimony]
) -> None:
    """After a withdrawal of consent, even admins can look but not change."""
    testimony = make_testimony(status="withdrawn")
    url = reverse("admin:testimony_testimony_change", args=[testimony.pk])
    response = admin.get(url)
    assert response.status_code == 200
    assert b'name="interview_place"' not in response.content
    assert admin.post(url, {"interview_place": "Elsewhere"}).status_code == 403


@pytest.mark.parametrize(
    ("model", "deletable"),
    [
        (models.AuditEvent, False),
        (models.Attachment, False),
        (models.Anonymization, True),
        (models.Bundle, True),
    ],
)
def test_rows_the_application_writes_are_view_only_in_admin(
    rf: RequestFactory, dave: User, model: type, deletable: bool
) -> None:
    """Even a superuser only reads them here; the audit trail and attachments (whose deletion
    is recorded on the testimony page) cannot be deleted either."""
    request = rf.get("/admin/")
    request.user = dave
    model_admin = admin_site._registry[model]
    assert model_admin.has_view_permission(request)
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request)
    assert model_admin.has_delete_permission(request) is deletable

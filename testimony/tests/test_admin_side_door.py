"""Django admin is no side door to identities (issue 14, DESIGN.md principle 9).

A superuser walks every admin page of every registered model over a collection whose every
identity-bearing place holds a distinctive name, and finds none of them decrypted; content is
read-only there, and each admin page of a testimony or person is an audit event. Searches by
name, in the list and in admin, are recorded without the text typed.
"""

import json
import re
import uuid
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.admin import site as admin_site
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import Model
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from testimony.audit import audit_record
from testimony.bundle.build import build_bundle_task
from testimony.crypto import EncryptedTextField, name_digests
from testimony.models import (
    Anonymization,
    Attachment,
    AuditEvent,
    Bundle,
    ConsentWithdrawal,
    IndicatorTag,
    Mandate,
    Person,
    Petition,
    ReviewComment,
    Testimony,
    TestimonyVersion,
)
from testimony.versions import version_record

pytestmark = pytest.mark.django_db

NAME = "Pak Chol-min"
HANGUL = "박철민"
ALIAS = "Chol-min the Welder"
CONTACT = "+82 10 1234 5678"
RELATIVE = "Pak Yong-ae"
RELATIVE_HANGUL = "박영애"
IDENTITIES = [NAME, HANGUL, ALIAS, CONTACT, RELATIVE, RELATIVE_HANGUL]


def _forms_of(text: str) -> set[str]:
    """The text as HTML or JSON may carry it: as is, escaped to ASCII, or with escaped HTML."""
    return {text, json.dumps(text)[1:-1], text.replace("+", "&#x2B;")}


def assert_no_identity(page: str, where: str) -> None:
    for identity in IDENTITIES:
        for form in _forms_of(identity):
            assert form not in page, f"{identity!r} is shown on {where}"


@pytest.fixture
def admin(client: Client, dave: User) -> Client:
    client.force_login(dave)
    return client


@pytest.fixture
def collection(
    make_testimony: Callable[..., Testimony], alice: User, bob: User, carol: User
) -> Testimony:
    """A testimony whose every identity-bearing place names Pak Chol-min or his sister, and
    every other kind of row admin shows: a withdrawal, a petition, a bundle, an attachment,
    a queued task, a second-factor device, the audit trail."""
    testimony = make_testimony(witness_name=NAME, witness_hangul=HANGUL, work_site="Camp 9")
    witness = testimony.witness()
    witness.aliases = ALIAS
    witness.contact_details = CONTACT
    witness.save()
    witness.reindex_names()
    sister = Person.objects.create(
        testimony=testimony,
        role=Person.Role.RELATIVE,
        name_romanized=RELATIVE,
        name_hangul=RELATIVE_HANGUL,
        contact_details=CONTACT,
    )
    sister.reindex_names()
    testimony.narrative.english += f" My sister {RELATIVE} ({RELATIVE_HANGUL}) stayed behind."
    testimony.narrative.save()
    testimony.consent.witnessed_by = RELATIVE
    testimony.consent.notes = f"Reach {NAME} through {CONTACT}."
    testimony.consent.save()
    IndicatorTag.objects.create(
        testimony=testimony,
        indicator="retention_of_documents",
        phase="employment",
        passage=f"The minder took {NAME}'s passport ({ALIAS}).",
    )
    ReviewComment.objects.create(
        testimony=testimony, author=bob, body=f"Is '{HANGUL}' spelled as the witness wrote it?"
    )
    with transaction.atomic():
        version_record(testimony=testimony, by=alice)
    Anonymization.objects.create(
        testimony=testimony,
        version_number=1,
        decisions=json.dumps({"added": [NAME, HANGUL, ALIAS]}, ensure_ascii=False),
        original="저는 [증인 A]입니다.",
        english="I am [Witness A].",
        approved_by=carol,
        approved_at=timezone.now(),
    )
    audit_record(actor=alice, action=AuditEvent.Action.CREATED, testimony=testimony)

    withdrawn = make_testimony(witness_name=RELATIVE, witness_hangul=RELATIVE_HANGUL)
    ConsentWithdrawal.objects.create(
        testimony=withdrawn,
        withdrawn_on=date(2025, 5, 1),
        how="message",
        note=f"{NAME} called on behalf of his sister.",
        recorded_by=carol,
        status_before="draft",
    )
    Testimony.objects.filter(pk=withdrawn.pk).update(status="withdrawn")

    attachment = Attachment.objects.create(
        testimony=testimony,
        category=Attachment.Category.choices[0][0],
        kind="pdf",
        content_type="application/pdf",
        size=10,
        sha256="0" * 64,
        original_name=f"{NAME} passport.pdf",
        data_key="not a real key",
        storage_name=uuid.uuid4().hex,
        uploaded_by=alice,
    )
    attachment.custody.create(action=attachment.custody.model.Action.choices[0][0], actor=alice)
    petition = Petition.objects.create(
        slug="kuwait-2026",
        title="Construction in Kuwait",
        mandate=Mandate.objects.first(),
        summary="Forced labour on construction sites.",
        created_by=carol,
    )
    petition.testimonies.add(testimony)
    bundle = Bundle.objects.create(
        petition=petition, created_by=carol, selection={testimony.case_code: 1}
    )
    build_bundle_task.enqueue(bundle.pk)
    StaticDevice.objects.create(user=carol, name="backup")
    for log in (AccessAttempt, AccessLog, AccessFailureLog):
        extra = {"failures_since_start": 1} if log is AccessAttempt else {}
        log.objects.create(user_agent="test", ip_address="127.0.0.1", username="carol", **extra)
    return testimony


def _admin_urls() -> Iterator[tuple[type[Model], str, str]]:
    """(model, kind, URL) of every page admin has for every registered model and its objects."""
    yield Model, "index", reverse("admin:index")
    for model, model_admin in admin_site._registry.items():
        info = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        yield model, "app index", reverse("admin:app_list", args=[model._meta.app_label])
        yield model, "changelist", reverse(f"{info}_changelist")
        yield model, "add", reverse(f"{info}_add")
        content_type = ContentType.objects.get_for_model(model)
        for obj in model._default_manager.all()[:10]:
            for kind in ("change", "history", "delete"):
                yield model, kind, reverse(f"{info}_{kind}", args=[obj.pk])
            if model_admin.get_view_on_site_url(obj):
                yield (
                    model,
                    "view on site",
                    reverse("admin:view_on_site", args=[content_type.pk, obj.pk]),
                )
        for field in model._meta.get_fields():
            if field.is_relation and field.many_to_one and field.related_model:
                try:
                    url = reverse("admin:autocomplete")
                except NoReverseMatch:  # pragma: no cover - every Django has it
                    continue
                yield (
                    model,
                    "autocomplete",
                    f"{url}?term=Pak&app_label={model._meta.app_label}"
                    f"&model_name={model._meta.model_name}&field_name={field.name}",
                )


def test_no_admin_page_shows_a_decrypted_identity(admin: Client, collection: Testimony) -> None:
    """Every changelist, add, change, history, delete, view-on-site and autocomplete page of
    every registered model answers without an error and without any name, alias or contact."""
    visited = 0
    for model, kind, url in _admin_urls():
        response = admin.get(url)
        assert response.status_code in (200, 302, 403), f"{kind} of {model.__name__}: {url}"
        assert_no_identity(response.content.decode(), f"the {kind} page of {model.__name__}")
        if response.status_code == 302:
            assert_no_identity(response["Location"], f"the redirect of {url}")
        visited += 1
    assert visited > 100


def test_the_walk_reaches_every_model_that_holds_testimony_content(
    admin: Client, collection: Testimony
) -> None:
    """The fixture gave each admin with testimony content an object, and its page opens."""
    for model in (Testimony, Person, Anonymization, Attachment, Bundle, Petition, AuditEvent):
        obj = model._default_manager.first()
        info = f"admin:testimony_{model._meta.model_name}"
        assert admin.get(reverse(f"{info}_change", args=[obj.pk])).status_code == 200
        assert admin.get(reverse(f"{info}_history", args=[obj.pk])).status_code == 200


def test_searching_a_changelist_by_a_name_shows_no_identity(
    admin: Client, collection: Testimony
) -> None:
    """A search by the witness's name finds him among persons by pseudonym only, and finds
    nothing in the lists that hold no names."""
    for model in admin_site._registry:
        if not admin_site._registry[model].search_fields:
            continue
        url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        page = admin.get(url, {"q": NAME}).content.decode()
        # The search box repeats what was typed; nothing else on the page may.
        assert_no_identity(page.replace(f'value="{NAME}"', ""), f"a search of {model.__name__}")


@pytest.mark.parametrize("model", [Testimony, Person])
def test_testimony_content_cannot_be_added_changed_or_deleted_in_admin(
    admin: Client, collection: Testimony, model: type[Model]
) -> None:
    """Add, change and delete pages of testimonies and persons are refused, even to a
    superuser, and a posted change leaves the database as it was."""
    obj = model._default_manager.first()
    info = f"admin:testimony_{model._meta.model_name}"
    before = {
        "revision": Testimony.objects.get(pk=collection.pk).revision,
        "versions": TestimonyVersion.objects.count(),
        "names": sorted(n for p in Person.objects.all() for n in p.all_names()),
        "log": LogEntry.objects.count(),
    }
    change = reverse(f"{info}_change", args=[obj.pk])

    added = admin.post(reverse(f"{info}_add"), {"name_romanized": "Kim Song-min"})
    changed = admin.post(
        change,
        {"name_romanized": "Kim Song-min", "interview_place": "Elsewhere", "status": "approved"},
    )
    deleted = admin.post(reverse(f"{info}_delete", args=[obj.pk]), {"post": "yes"})
    bulk = admin.post(
        reverse(f"{info}_changelist"),
        {"action": "delete_selected", "_selected_action": [obj.pk], "post": "yes"},
    )

    assert (added.status_code, changed.status_code, deleted.status_code) == (403, 403, 403)
    assert bulk.status_code in (200, 302)
    assert model._default_manager.filter(pk=obj.pk).exists()
    testimony = Testimony.objects.get(pk=collection.pk)
    assert testimony.status == "draft"
    assert testimony.interview_place == "Seoul"
    assert before == {
        "revision": testimony.revision,
        "versions": TestimonyVersion.objects.count(),
        "names": sorted(n for p in Person.objects.all() for n in p.all_names()),
        "log": LogEntry.objects.count(),
    }
    assert 'name="_save"' not in admin.get(change).content.decode()


@pytest.mark.parametrize(
    "model", [Testimony, Person, Anonymization, Bundle, Attachment, AuditEvent]
)
def test_rows_with_testimony_content_or_evidence_are_read_only_for_a_superuser(
    admin: Client, collection: Testimony, dave: User, model: type[Model]
) -> None:
    """Neither adding, changing nor deleting is offered, so no bulk action deletes either."""
    model_admin = admin_site._registry[model]
    request = admin.get(reverse("admin:index")).wsgi_request
    obj = model._default_manager.first()
    assert model_admin.has_view_permission(request, obj)
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request, obj)
    assert not model_admin.has_delete_permission(request, obj)
    assert "delete_selected" not in model_admin.get_actions(request)


def _admin_views() -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action=AuditEvent.Action.ADMIN_VIEWED))


def test_opening_a_testimony_in_admin_is_audited_once(
    admin: Client, collection: Testimony, dave: User
) -> None:
    """One event per page: who, which testimony; its history and the list are no views of it."""
    admin.get(reverse("admin:testimony_testimony_changelist"))
    admin.get(reverse("admin:testimony_testimony_history", args=[collection.pk]))
    assert _admin_views() == []

    admin.get(reverse("admin:testimony_testimony_change", args=[collection.pk]))

    [event] = _admin_views()
    assert (event.actor, event.testimony) == (dave, collection)
    assert (event.object_type, event.object_id) == ("testimony", str(collection.uuid))
    assert event.get_action_display() == "opened it in the administration"


def test_opening_a_person_in_admin_is_audited_once_on_their_testimony(
    admin: Client, collection: Testimony, dave: User
) -> None:
    witness = collection.witness()

    admin.get(reverse("admin:testimony_person_change", args=[witness.pk]))

    [event] = _admin_views()
    assert (event.actor, event.testimony) == (dave, collection)
    assert (event.object_type, event.object_id) == ("person", str(witness.uuid))


def test_a_refused_change_is_not_a_view(admin: Client, collection: Testimony) -> None:
    admin.post(reverse("admin:testimony_testimony_change", args=[collection.pk]), {})
    assert _admin_views() == []


@pytest.mark.parametrize("model", [Testimony, Person])
def test_the_change_page_says_content_is_read_only_and_links_to_the_application(
    admin: Client, collection: Testimony, model: type[Model]
) -> None:
    obj = model._default_manager.first()
    page = admin.get(
        reverse(f"admin:testimony_{model._meta.model_name}_change", args=[obj.pk])
    ).content.decode()

    testimony = obj if isinstance(obj, Testimony) else obj.testimony
    assert "Testimony content is read-only here. Edit it in the application" in page
    assert "every change makes a version and goes through review." in page
    assert f'href="{testimony.get_absolute_url()}"' in page
    assert "reveal in the application" in page


def test_the_testimony_page_shows_masks_with_the_length_of_texts_only(
    admin: Client, collection: Testimony
) -> None:
    """A narrative shows its length; a name is dots, since its length would narrow it down."""
    page = admin.get(
        reverse("admin:testimony_testimony_change", args=[collection.pk])
    ).content.decode()
    english = len(collection.narrative.english)
    assert f"••••• ({english} characters)" in page
    witness = admin.get(
        reverse("admin:testimony_person_change", args=[collection.witness().pk])
    ).content.decode()
    assert "••••• - " in witness
    assert f"({len(NAME)} characters)" not in witness


def test_no_admin_searches_an_encrypted_column(admin: Client, collection: Testimony) -> None:
    """No search field of any admin reaches an encrypted field, and the person search by name
    runs no LIKE on a name column."""
    for model, model_admin in admin_site._registry.items():
        for lookup in model_admin.search_fields:
            field_model, field = model, None
            for part in lookup.lstrip("^=@").split("__"):
                field = field_model._meta.get_field(part)
                field_model = field.related_model or field_model
            assert not isinstance(field, EncryptedTextField), f"{model.__name__}: {lookup}"

    with CaptureQueriesContext(connection) as queries:
        admin.get(reverse("admin:testimony_person_changelist"), {"q": NAME})
    for query in queries.captured_queries:
        for column in ("name_romanized", "name_hangul", "aliases", "contact_details"):
            assert not re.search(rf'"{column}"\s+like', query["sql"], re.IGNORECASE), query


def _raw_row(event: AuditEvent) -> str:
    """Every column of the event's row as the database holds it."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM testimony_auditevent WHERE id = %s", [event.pk])
        return " ".join(str(value) for value in cursor.fetchone())


def _name_searches() -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action=AuditEvent.Action.NAME_SEARCHED))


def _assert_keeps_nothing_typed(event: AuditEvent, typed: str) -> None:
    row = _raw_row(event).lower()
    for form in (typed, typed.lower(), typed.replace("-", ""), typed.replace("-", " ")):
        assert form.lower() not in row
    for digest in name_digests([typed]):
        assert digest not in row


@pytest.mark.parametrize("typed", [NAME, HANGUL, "chol-min pak"])
def test_a_name_search_in_the_list_is_recorded_without_the_text(
    client: Client, carol: User, collection: Testimony, typed: str
) -> None:
    """Who and when, how many testimonies it found and that a registered name matched:
    never the text, nor its keyed hash."""
    client.force_login(carol)

    client.get(reverse("testimony:list"), {"q": typed})

    [event] = _name_searches()
    assert event.actor == carol
    assert event.testimony is None
    assert event.detail == {"found": 1, "more": False, "registered_name": True, "where": "list"}
    _assert_keeps_nothing_typed(event, typed)


def test_a_search_shaped_like_a_name_that_finds_nobody_is_recorded(
    client: Client, carol: User, collection: Testimony
) -> None:
    """Learning that someone is not in the collection is learning something too."""
    client.force_login(carol)

    client.get(reverse("testimony:list"), {"q": "Kim Ok-sun"})
    client.get(reverse("testimony:list"), {"q": "김옥순"})

    events = _name_searches()
    assert [event.detail["registered_name"] for event in events] == [False, False]
    assert [event.detail["found"] for event in events] == [0, 0]
    for event in events:
        _assert_keeps_nothing_typed(event, "Kim Ok-sun")
        assert "김옥순" not in _raw_row(event)


@pytest.mark.parametrize("typed", ["Camp 9", "Kuwait", "passport", "Witness A", "여권"])
def test_a_search_for_anything_but_a_name_is_not_recorded(
    client: Client, carol: User, collection: Testimony, typed: str
) -> None:
    client.force_login(carol)
    client.get(reverse("testimony:list"), {"q": typed})
    assert _name_searches() == []


def test_a_name_search_in_admin_is_recorded_without_the_text(
    admin: Client, dave: User, collection: Testimony
) -> None:
    response = admin.get(reverse("admin:testimony_person_changelist"), {"q": HANGUL})

    assert [str(person) for person in response.context["cl"].result_list] == ["Witness A"]
    [event] = _name_searches()
    assert event.actor == dave
    assert event.detail == {"found": 1, "more": False, "registered_name": True, "where": "admin"}
    _assert_keeps_nothing_typed(event, HANGUL)


def test_the_audit_trail_shows_a_name_search_in_words_in_english_and_korean(
    admin: Client, carol: User, collection: Testimony
) -> None:
    """The audit trail names the search and what it found, in the reader's language."""
    coordinator = Client()
    coordinator.force_login(carol)
    coordinator.get(reverse("testimony:list"), {"q": NAME})
    url = reverse("admin:testimony_auditevent_changelist")

    english = admin.get(url, {"action__exact": AuditEvent.Action.NAME_SEARCHED})
    korean = admin.get(
        url, {"action__exact": AuditEvent.Action.NAME_SEARCHED}, headers={"accept-language": "ko"}
    )

    page = english.content.decode()
    assert "searched by name" in page
    assert "1 testimony found; a registered name matched; in the testimony list" in page
    assert_no_identity(page, "the audit trail")
    page = korean.content.decode()
    assert "이름으로 검색" in page
    assert "증언 1건 검색됨" in page
    assert_no_identity(page, "the audit trail in Korean")


def test_an_admin_cannot_give_another_user_a_second_factor(
    admin: Client, carol: User, collection: Testimony
) -> None:
    """An authenticator app whose key the admin typed, with a password the admin set, would let
    the admin sign in as a coordinator and reveal names as her: devices are never added or
    changed in admin, each user enrols their own."""
    before = TOTPDevice.objects.count(), StaticDevice.objects.count()
    for model in ("otp_totp_totpdevice", "otp_static_staticdevice"):
        assert admin.get(reverse(f"admin:{model}_add")).status_code == 403
        added = admin.post(
            reverse(f"admin:{model}_add"), {"user": carol.pk, "name": "mine", "key": "00" * 20}
        )
        assert added.status_code == 403
    device = StaticDevice.objects.get(user=carol)
    changed = admin.post(
        reverse("admin:otp_static_staticdevice_change", args=[device.pk]),
        {"user": carol.pk, "name": "mine", "confirmed": "on"},
    )
    assert changed.status_code == 403
    assert (TOTPDevice.objects.count(), StaticDevice.objects.count()) == before


def test_removing_a_user_s_device_in_admin_is_audited(
    admin: Client, dave: User, carol: User, collection: Testimony
) -> None:
    """A lost device is removed here; the event names the account it belonged to."""
    device = StaticDevice.objects.get(user=carol)

    response = admin.post(
        reverse("admin:otp_static_staticdevice_delete", args=[device.pk]), {"post": "yes"}
    )

    assert response.status_code == 302
    event = AuditEvent.objects.get(action=AuditEvent.Action.DEVICE_REMOVED)
    assert (event.actor, event.object_type, event.object_id) == (dave, "user", str(carol.pk))


def test_setting_another_user_s_password_in_admin_is_audited(
    admin: Client, dave: User, carol: User
) -> None:
    new = "a new and long enough passphrase 42"

    response = admin.post(
        reverse("admin:auth_user_password_change", args=[carol.pk]),
        {"password1": new, "password2": new, "usable_password": "true"},
    )

    assert response.status_code == 302
    event = AuditEvent.objects.get(action=AuditEvent.Action.PASSWORD_SET)
    assert (event.actor, event.object_type, event.object_id) == (dave, "user", str(carol.pk))
    assert event.get_action_display() == "set the password of another account"

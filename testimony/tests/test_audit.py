import importlib
import io
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import pairwise

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction
from django.test import Client
from django.urls import reverse
from django.utils import translation

from testimony.audit import GENESIS_HASH, audit_record, audit_verify, event_hash
from testimony.models import AuditEvent, Testimony
from testimony.tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

TRIGGER = importlib.import_module("testimony.migrations.0006_audit_append_only").TRIGGER

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the trigger and shared threads need PostgreSQL"
)


@pytest.fixture
def chain(alice: User, make_testimony: Callable[..., Testimony]) -> list[AuditEvent]:
    """Five events by alice on one testimony, appended after whatever the fixtures recorded."""
    testimony = make_testimony()
    return [
        audit_record(actor=alice, action=AuditEvent.Action.VIEWED, testimony=testimony)
        for _ in range(5)
    ]


@contextmanager
def _tampering() -> Iterator[object]:
    """A cursor that bypasses the append-only trigger, as the table's owner could."""
    postgresql = connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        if postgresql:
            # ALTER TABLE refuses to run while deferred foreign-key checks are pending.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute(f"ALTER TABLE testimony_auditevent DISABLE TRIGGER {TRIGGER}")
        try:
            yield cursor
        finally:
            if postgresql:
                cursor.execute(f"ALTER TABLE testimony_auditevent ENABLE TRIGGER {TRIGGER}")
                cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def _verify_audit() -> tuple[int, str, str]:
    """Run `manage.py verify_audit`; return its exit code, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("verify_audit", stdout=out, stderr=err)
    except SystemExit as exit_:
        return int(exit_.code), out.getvalue(), err.getvalue()
    return 0, out.getvalue(), err.getvalue()


def test_appending_builds_a_contiguous_chain(chain: list[AuditEvent]) -> None:
    """Sequences run 1..n without a gap, and each event names its predecessor's hash."""
    events = list(AuditEvent.objects.order_by("sequence"))
    assert [event.sequence for event in events] == list(range(1, len(events) + 1))
    assert events[0].prev_hash == GENESIS_HASH
    for previous, event in pairwise(events):
        assert event.prev_hash == previous.hash
        assert event.hash == event_hash(event)


def test_an_intact_chain_verifies(chain: list[AuditEvent]) -> None:
    """audit_verify checks every event and finds no break."""
    assert audit_verify() == (AuditEvent.objects.count(), None)


def test_verify_audit_reports_an_intact_chain(chain: list[AuditEvent]) -> None:
    """The command exits 0 and says how many events it checked."""
    code, out, err = _verify_audit()

    assert code == 0
    assert out.strip() == f"Audit trail intact: {AuditEvent.objects.count()} events checked."
    assert err == ""


def test_verify_audit_accepts_an_empty_trail() -> None:
    """With no event at all there is nothing to break: exit 0, zero checked."""
    assert not AuditEvent.objects.exists()

    code, out, _ = _verify_audit()

    assert code == 0
    assert out.strip() == "Audit trail intact: 0 events checked."


def test_verify_audit_names_an_altered_event(chain: list[AuditEvent]) -> None:
    """Changing an event's content in the database breaks the chain at that event."""
    altered = chain[2]
    with _tampering() as cursor:
        cursor.execute(
            "UPDATE testimony_auditevent SET action = %s WHERE id = %s",
            [AuditEvent.Action.EDITED, altered.pk],
        )

    code, _, err = _verify_audit()

    assert code == 1
    assert f"broken at event {altered.sequence} (id {altered.pk})" in err
    assert "its content no longer matches its hash" in err


def test_verify_audit_names_an_altered_event_even_when_its_hash_was_recomputed(
    chain: list[AuditEvent],
) -> None:
    """Rehashing an altered event leaves the next one pointing at the old hash."""
    altered, following = chain[1], chain[2]
    altered.changed_fields = ["persons.name_romanized"]
    with _tampering() as cursor:
        cursor.execute(
            "UPDATE testimony_auditevent SET changed_fields = %s, hash = %s WHERE id = %s",
            ['["persons.name_romanized"]', event_hash(altered), altered.pk],
        )

    code, _, err = _verify_audit()

    assert code == 1
    assert f"broken at event {following.sequence} (id {following.pk})" in err
    assert "it does not follow the event before it" in err


def test_verify_audit_names_the_event_after_a_deleted_one(chain: list[AuditEvent]) -> None:
    """Removing an event from the middle of the chain leaves a gap in the sequence."""
    deleted, following = chain[2], chain[3]
    with _tampering() as cursor:
        cursor.execute("DELETE FROM testimony_auditevent WHERE id = %s", [deleted.pk])

    code, _, err = _verify_audit()

    assert code == 1
    assert f"broken at event {following.sequence} (id {following.pk})" in err
    assert f"event {deleted.sequence} is missing" in err


def test_verify_audit_names_a_reordered_event(chain: list[AuditEvent]) -> None:
    """Swapping the sequence numbers of two events breaks the chain at the first of them."""
    first, second = chain[1], chain[2]
    with _tampering() as cursor:
        update = "UPDATE testimony_auditevent SET sequence = %s WHERE id = %s"
        cursor.execute(update, [10**9, first.pk])
        cursor.execute(update, [first.sequence, second.pk])
        cursor.execute(update, [second.sequence, first.pk])

    code, _, err = _verify_audit()

    assert code == 1
    assert f"broken at event {first.sequence} (id {second.pk})" in err
    assert "it does not follow the event before it" in err


@postgresql_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_verify_audit_sets_the_exit_code_of_its_process() -> None:
    """Run as a separate process, the command exits 0 on an intact chain and 1 on a broken one."""
    events = [audit_record(actor=None, action=AuditEvent.Action.DEMO_LOADED) for _ in range(3)]
    db = connection.settings_dict
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
    }

    def run() -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "manage.py", "verify_audit"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )

    intact = run()
    with _tampering() as cursor:
        cursor.execute("DELETE FROM testimony_auditevent WHERE id = %s", [events[1].pk])
    broken = run()

    assert (intact.returncode, intact.stdout) == (0, "Audit trail intact: 3 events checked.\n")
    assert broken.returncode == 1
    assert f"broken at event 3 (id {events[2].pk}): event 2 is missing" in broken.stderr


@postgresql_only
def test_the_database_refuses_to_update_an_audit_event(chain: list[AuditEvent]) -> None:
    """A raw UPDATE is stopped by the append-only trigger, and the row is unchanged."""
    event = chain[0]
    with (
        pytest.raises(DatabaseError, match="append-only: UPDATE"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(
            "UPDATE testimony_auditevent SET action = %s WHERE id = %s",
            [AuditEvent.Action.EDITED, event.pk],
        )

    event.refresh_from_db()
    assert event.action == AuditEvent.Action.VIEWED


@postgresql_only
def test_the_database_refuses_to_delete_an_audit_event(chain: list[AuditEvent]) -> None:
    """A raw DELETE is stopped by the append-only trigger, and the row stays."""
    event = chain[0]
    with (
        pytest.raises(DatabaseError, match="append-only: DELETE"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("DELETE FROM testimony_auditevent WHERE id = %s", [event.pk])

    assert AuditEvent.objects.filter(pk=event.pk).exists()


@postgresql_only
def test_the_orm_cannot_delete_audit_events_either(chain: list[AuditEvent]) -> None:
    """QuerySet.delete() goes through the same trigger."""
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        AuditEvent.objects.all().delete()

    assert AuditEvent.objects.count() >= len(chain)


@postgresql_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_appends_do_not_fork_the_chain() -> None:
    """Four threads appending at once still yield one unbroken chain, sequences 1..40."""
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def append_ten() -> None:
        try:
            start.wait()
            for _ in range(10):
                audit_record(actor=None, action=AuditEvent.Action.DEMO_LOADED)
        except BaseException as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=append_ten) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert audit_verify() == (40, None)
    sequences = list(AuditEvent.objects.order_by("sequence").values_list("sequence", flat=True))
    assert sequences == list(range(1, 41))


def _events(action: str) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action=action).order_by("sequence"))


def test_logging_in_is_audited(client: Client, alice: User) -> None:
    """A successful login through the login page records the user as actor."""
    response = client.post(reverse("login"), {"username": "alice", "password": PASSWORD})

    assert response.status_code == 302
    [event] = _events(AuditEvent.Action.LOGIN)
    assert event.actor == alice


def test_logging_out_is_audited(client: Client, alice: User) -> None:
    """Logging out records the user who left."""
    client.force_login(alice)

    client.post(reverse("logout"))

    [event] = _events(AuditEvent.Action.LOGOUT)
    assert event.actor == alice


def test_logging_out_without_a_session_records_nothing(client: Client) -> None:
    """An anonymous visitor's logout is not an event."""
    client.post(reverse("logout"))

    assert not AuditEvent.objects.filter(action=AuditEvent.Action.LOGOUT).exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_failed_login_is_audited_without_username_or_password(client: Client) -> None:
    """The event is committed with the page's request and holds no submitted credential."""
    User.objects.create_user("alice", password=PASSWORD)

    response = client.post(
        reverse("login"), {"username": "alice", "password": "hunter2-not-the-password"}
    )

    assert response.status_code == 200
    assert response.context["form"].errors
    # transaction=True: the request's own transaction (ATOMIC_REQUESTS) has really committed.
    [event] = _events(AuditEvent.Action.LOGIN_FAILED)
    assert event.actor is None
    assert event.object_type == ""
    assert event.object_id == ""
    assert event.detail == {"page": "site"}
    stored = " ".join(
        str(value) for value in AuditEvent.objects.filter(pk=event.pk).values().get().values()
    )
    assert "alice" not in stored
    assert "hunter2" not in stored
    assert audit_verify()[1] is None


def test_a_failed_admin_login_is_audited_as_such(client: Client, dave: User) -> None:
    """The admin login page is named, and the attempted username is not."""
    client.post(reverse("admin:login"), {"username": "dave", "password": "wrong"})

    [event] = _events(AuditEvent.Action.LOGIN_FAILED)
    assert event.detail == {"page": "admin"}
    assert "dave" not in str(event.detail)


def test_a_failed_login_for_an_unknown_username_is_audited_the_same(client: Client) -> None:
    """Whether the account exists or not, the event is the same."""
    client.post(reverse("login"), {"username": "nobody", "password": "wrong"})

    [event] = _events(AuditEvent.Action.LOGIN_FAILED)
    assert (event.actor, event.object_id, event.detail) == (None, "", {"page": "site"})


def test_giving_a_user_a_group_is_audited(charlie: User) -> None:
    """Adding groups records the user and the names of the groups added."""
    charlie.groups.add(*Group.objects.filter(name__in=["reviewer", "interviewer"]))

    [event] = _events(AuditEvent.Action.ROLES_CHANGED)
    assert event.actor is None
    assert (event.object_type, event.object_id) == ("user", str(charlie.pk))
    assert event.detail == {"added": ["interviewer", "reviewer"], "removed": []}


def test_adding_a_group_a_user_already_has_records_nothing(alice: User) -> None:
    """Only real changes of role are events."""
    before = AuditEvent.objects.count()

    alice.groups.add(Group.objects.get(name="interviewer"))

    assert AuditEvent.objects.count() == before


def test_taking_a_group_away_is_audited(alice: User) -> None:
    """Removing names only the groups the user actually had."""
    alice.groups.remove(*Group.objects.filter(name__in=["interviewer", "coordinator"]))

    event = _events(AuditEvent.Action.ROLES_CHANGED)[-1]
    assert (event.object_id, event.detail) == (
        str(alice.pk),
        {"added": [], "removed": ["interviewer"]},
    )


def test_clearing_and_setting_groups_are_audited(alice: User) -> None:
    """clear() names every group lost; set() records what it added and removed."""
    alice.groups.clear()
    alice.groups.set(Group.objects.filter(name__in=["reviewer"]))

    details = [event.detail for event in _events(AuditEvent.Action.ROLES_CHANGED)][-2:]
    assert details == [
        {"added": [], "removed": ["interviewer"]},
        {"added": ["reviewer"], "removed": []},
    ]


def test_adding_users_to_a_group_is_audited_per_user(alice: User, charlie: User) -> None:
    """group.user_set.add() records one event for each user who gained the role."""
    group = Group.objects.get(name="coordinator")

    group.user_set.add(alice, charlie)

    events = _events(AuditEvent.Action.ROLES_CHANGED)[-2:]
    assert [(event.object_id, event.detail) for event in events] == [
        (str(alice.pk), {"added": ["coordinator"], "removed": []}),
        (str(charlie.pk), {"added": ["coordinator"], "removed": []}),
    ]


def test_changing_groups_in_admin_is_audited(client: Client, dave: User, charlie: User) -> None:
    """The admin's user form changes groups through the same signal."""
    client.force_login(dave)
    url = reverse("admin:auth_user_change", args=[charlie.pk])
    form = client.get(url).context["adminform"].form
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data.pop("password", None)
    data.update(groups=[Group.objects.get(name="reviewer").pk], is_active="on")
    data.update(date_joined_0="2025-01-01", date_joined_1="00:00:00")

    response = client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    [event] = [
        e for e in _events(AuditEvent.Action.ROLES_CHANGED) if e.object_id == str(charlie.pk)
    ]
    assert event.detail == {"added": ["reviewer"], "removed": []}


def test_making_a_user_superuser_or_staff_is_audited(
    client: Client, dave: User, charlie: User
) -> None:
    """A superuser holds every permission without any group: the flag is a role change too."""
    client.force_login(dave)
    url = reverse("admin:auth_user_change", args=[charlie.pk])
    form = client.get(url).context["adminform"].form
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data.pop("password", None)
    data.update(is_superuser="on", is_staff="on", is_active="on")
    data.update(date_joined_0="2025-01-01", date_joined_1="00:00:00")

    response = client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    [event] = [
        e for e in _events(AuditEvent.Action.ROLES_CHANGED) if e.object_id == str(charlie.pk)
    ]
    assert event.detail == {
        "added": [],
        "removed": [],
        "flags": {"is_superuser": True, "is_staff": True},
    }


def test_deactivating_and_demoting_are_audited_and_saving_unchanged_records_nothing(
    dave: User,
) -> None:
    before = AuditEvent.objects.count()
    dave.first_name = "Dave"
    dave.save()
    assert AuditEvent.objects.count() == before

    dave.is_superuser = False
    dave.is_active = False
    dave.save()

    event = _events(AuditEvent.Action.ROLES_CHANGED)[-1]
    assert event.detail["flags"] == {"is_superuser": False, "is_active": False}


def test_a_new_superuser_is_audited_and_a_plain_new_account_is_not() -> None:
    User.objects.create_user("plain", password="x-long-password-1")
    assert not _events(AuditEvent.Action.ROLES_CHANGED)

    admin = User.objects.create_superuser("root2", password="x-long-password-2")

    [event] = _events(AuditEvent.Action.ROLES_CHANGED)
    assert event.object_id == str(admin.pk)
    assert event.detail["flags"] == {"is_superuser": True, "is_staff": True}


def test_the_audit_trail_admin_lists_searches_and_filters(
    client: Client, dave: User, chain: list[AuditEvent]
) -> None:
    """The changelist shows the chain newest first and finds events by case code or actor."""
    client.force_login(dave)
    url = reverse("admin:testimony_auditevent_changelist")
    case_code = chain[0].testimony.case_code

    newest_first = client.get(url).context["cl"].result_list
    by_case = client.get(url, {"q": case_code}).context["cl"].result_list
    by_actor = client.get(url, {"actor__id__exact": chain[0].actor_id}).context["cl"].result_list

    sequences = [event.sequence for event in newest_first]
    assert sequences == sorted(sequences, reverse=True)
    assert set(by_case) == set(chain)
    assert set(chain) <= set(by_actor)
    assert all(event.actor_id == chain[0].actor_id for event in by_actor)


def test_actions_are_named_in_the_reader_s_language_and_unknown_ones_as_stored() -> None:
    """The history and the dashboard name each event in words; an action this version does not
    know (written by a newer one) is shown as stored rather than hidden."""
    viewed = AuditEvent(action=AuditEvent.Action.VIEWED)
    assert viewed.get_action_display() == "opened the testimony"
    with translation.override("ko"):
        assert viewed.get_action_display() == str(AuditEvent.Action.VIEWED.label)
        assert viewed.get_action_display() != "opened the testimony"
    assert AuditEvent(action="future.action").get_action_display() == "future.action"

"""/healthz and /readyz: what a load balancer or orchestrator asks, and all it learns (issue 6,
item 13)."""

import json
from datetime import timedelta
from unittest import mock

import pytest
from django.db import connections
from django.db.utils import OperationalError
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from testimony.bundle.build import build_bundle_task

pytestmark = pytest.mark.django_db


def _ready(client: Client) -> tuple[int, dict]:
    response = client.get("/readyz")
    assert response["Content-Type"] == "application/json"
    return response.status_code, json.loads(response.content)


def _enqueue(*, waited: timedelta) -> DBTaskResult:
    """A bundle build that has waited `waited` for a worker (the row as db_worker finds it)."""
    build_bundle_task.enqueue(0)
    task = DBTaskResult.objects.latest("enqueued_at")
    DBTaskResult.objects.filter(pk=task.pk).update(enqueued_at=timezone.now() - waited)
    return task


class HealthzTests:
    def test_it_answers_ok_to_anyone(self, client: Client) -> None:
        """No login, no second factor: a probe has neither."""
        response = client.get("/healthz")
        assert response.status_code == 200
        assert response.content == b"ok"
        assert response["Cache-Control"] == "no-store"

    def test_it_does_not_touch_the_database(self, client: Client) -> None:
        """A database outage must not make every web process look dead and get restarted."""
        with mock.patch.object(
            connections["default"], "cursor", side_effect=OperationalError("down")
        ) as cursor:
            response = client.get("/healthz")
        assert response.status_code == 200
        cursor.assert_not_called()

    def test_it_is_served_over_plain_http_even_with_the_ssl_redirect_on(
        self, client: Client, settings: object
    ) -> None:
        """Load balancers probe inside the network; every other page redirects to HTTPS."""
        settings.SECURE_SSL_REDIRECT = True
        assert client.get("/healthz").status_code == 200
        assert client.get("/readyz").status_code == 200
        assert client.get("/accounts/login/").status_code == 301

    def test_it_refuses_to_change_anything(self, client: Client) -> None:
        assert client.post("/healthz").status_code == 405


class ReadyzTests:
    def test_it_is_ready_with_the_database_migrated_and_no_work_waiting(
        self, client: Client
    ) -> None:
        status, body = _ready(client)
        assert status == 200
        assert body == {
            "status": "ready",
            "checks": {"database": "ok", "migrations": "ok", "worker": "ok"},
        }

    def test_it_reveals_no_version_host_or_error_text(self, client: Client) -> None:
        """Only check names and ok/fail: nothing an outsider could aim with."""
        refused = OperationalError('could not connect to server at "db.internal" (10.0.0.5)')
        with mock.patch.object(connections["default"], "cursor", side_effect=refused):
            response = client.get("/readyz")
        text = response.content.decode()
        assert response.status_code == 503
        for leak in ("db.internal", "10.0.0.5", "6.1", "Django", "sqlite", "postgres"):
            assert leak not in text
        assert "Server" not in response.headers or "Django" not in response["Server"]

    def test_it_is_not_ready_when_the_database_is_unreachable(self, client: Client) -> None:
        """The other checks need the database, so they fail with it."""
        refused = OperationalError("connection refused")
        with mock.patch.object(connections["default"], "cursor", side_effect=refused):
            status, body = _ready(client)
        assert status == 503
        assert body == {
            "status": "not ready",
            "checks": {"database": "fail", "migrations": "fail", "worker": "fail"},
        }

    def test_it_is_not_ready_while_a_migration_is_unapplied(self, client: Client) -> None:
        """A process of a new release that started before `migrate` ran takes no traffic."""
        with mock.patch(
            "django.db.migrations.executor.MigrationExecutor.migration_plan",
            return_value=[("a migration", False)],
        ):
            status, body = _ready(client)
        assert status == 503
        assert body["checks"] == {"database": "ok", "migrations": "fail", "worker": "ok"}

    def test_work_waiting_briefly_does_not_count_against_the_worker(self, client: Client) -> None:
        _enqueue(waited=timedelta(seconds=30))
        status, body = _ready(client)
        assert status == 200
        assert body["checks"]["worker"] == "ok"

    def test_it_is_not_ready_when_work_waits_and_no_worker_takes_any(self, client: Client) -> None:
        """A bundle build that has waited past TESTIMONY_WORKER_MAX_WAIT means no worker runs."""
        _enqueue(waited=timedelta(minutes=6))
        status, body = _ready(client)
        assert status == 503
        assert body["checks"] == {"database": "ok", "migrations": "ok", "worker": "fail"}

    def test_a_worker_busy_with_a_recent_task_counts_as_seen(self, client: Client) -> None:
        """A long build keeps others waiting; the worker that started it is alive."""
        _enqueue(waited=timedelta(minutes=6))
        running = _enqueue(waited=timedelta(minutes=7))
        DBTaskResult.objects.filter(pk=running.pk).update(
            status="RUNNING", started_at=timezone.now() - timedelta(minutes=1)
        )
        status, body = _ready(client)
        assert status == 200
        assert body["checks"]["worker"] == "ok"

    def test_the_worker_check_can_be_switched_off(self, client: Client, settings: object) -> None:
        """Deployments without a worker set TESTIMONY_READYZ_WORKER=false."""
        settings.TESTIMONY_READYZ_WORKER = False
        _enqueue(waited=timedelta(hours=1))
        status, body = _ready(client)
        assert status == 200
        assert body["checks"]["worker"] == "skipped"

    def test_the_wait_allowed_is_a_setting(self, client: Client, settings: object) -> None:
        settings.TESTIMONY_WORKER_MAX_WAIT = 10
        _enqueue(waited=timedelta(seconds=30))
        status, _body = _ready(client)
        assert status == 503

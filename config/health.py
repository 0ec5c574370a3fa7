"""Probes for load balancers and orchestrators: is the process alive, may it take traffic.

Both are open to anonymous callers over plain HTTP (settings.SECURE_REDIRECT_EXEMPT) and say
nothing an outsider could use: no version, no database host, no error text, only which check
failed. The reason for a failure goes to the log.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.models import Q
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_safe
from django_tasks_db.models import DBTaskResult, get_date_max

logger = logging.getLogger(__name__)

OK = "ok"
FAIL = "fail"
SKIPPED = "skipped"


@require_safe
@transaction.non_atomic_requests
def healthz(request: HttpRequest) -> HttpResponse:
    """The process answers. Touches no database, so a database outage does not get every
    web process restarted."""
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")


def _database() -> str:
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return OK


def _migrations() -> str:
    """Every migration this code knows is applied (a process of a newer release started
    before `migrate` ran is not ready)."""
    executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return FAIL if plan else OK


def _worker() -> str:
    """A task worker takes work: no task has waited for one longer than
    TESTIMONY_WORKER_MAX_WAIT seconds while none started.

    django-tasks-db keeps no heartbeat of its workers, only task rows, so a worker is judged
    by what it does: an idle queue counts as served, a task left waiting does not, unless the
    worker is busy with another it started within that time (a long bundle build).
    """
    if not settings.TESTIMONY_READYZ_WORKER:
        return SKIPPED
    cutoff = timezone.now() - timedelta(seconds=settings.TESTIMONY_WORKER_MAX_WAIT)
    waiting_since_before_cutoff = (
        DBTaskResult.objects.ready()
        .filter(enqueued_at__lt=cutoff)
        .filter(Q(run_after=get_date_max()) | Q(run_after__lt=cutoff))
    )
    if not waiting_since_before_cutoff.exists():
        return OK
    if DBTaskResult.objects.filter(started_at__gte=cutoff).exists():
        return OK
    return FAIL


CHECKS = {"database": _database, "migrations": _migrations, "worker": _worker}


@require_safe
@transaction.non_atomic_requests
def readyz(request: HttpRequest) -> JsonResponse:
    """200 when every check passes, 503 naming the ones that failed."""
    results: dict[str, str] = {}
    for name, check in CHECKS.items():
        if results.get("database") == FAIL:
            # Nothing else can be checked without the database.
            results[name] = FAIL
            continue
        try:
            results[name] = check()
        except Exception:
            # Whatever the cause (connection refused, missing table), the probe answers.
            logger.warning("Readiness check %s failed", name, exc_info=True)
            results[name] = FAIL
    ready = FAIL not in results.values()
    return JsonResponse(
        {"status": "ready" if ready else "not ready", "checks": results},
        status=200 if ready else 503,
    )

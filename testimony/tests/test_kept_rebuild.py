"""The corroboration pages' kept data is rebuilt by the task worker after the writes that make
all of it stale (a migration, a restore, an import), and the task leaves nothing stale: the
figures it writes are those computed from the links, postings and persons themselves. Pages
shown before the worker runs are exact all the same (they refresh what is stale)."""

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.core.management.sql import emit_post_migrate_signal
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from testimony import person_clusters
from testimony.attachments import TXT
from testimony.importing.transcripts import Transcript, transcripts_import
from testimony.kept_rebuild import refresh_kept_task
from testimony.models import (
    Country,
    Entity,
    EntityRole,
    EntityStatsStale,
    PersonGroupKept,
    PersonGroupStale,
    Posting,
    Testimony,
    TestimonyEntity,
)
from testimony.models.entity_stats import (
    EntityBreakdownStale,
    EntityMention,
    EntityMentionStale,
    EntityPageStale,
    EntityViewerStats,
    ExportableStale,
    ExportableTestimony,
)
from testimony.tests.test_backup import (  # noqa: F401 (fixtures)
    backup,
    backup_settings,
    collection,
    start_afresh,
)
from testimony.tests.test_entity_pages import _approve
from testimony.tests.test_entity_persons import _person
from testimony.tests.test_entity_stats import LIST, _assert_exact, _exact, _figures
from testimony.tests.test_import_transcripts_command import (  # noqa: F401 (a fixture)
    FACTS,
    _run,
    store,
)
from testimony.tests.test_importing_bulk import HEADERS, _csv, _import, _row
from testimony.tests.test_importing_transcripts import STORY, _blank_pdf, _docx
from testimony.tests.test_importing_transcripts import _facts as _transcript_facts
from testimony.views.entities import (
    _entities,
    _exact_counts,
    _filtered_testimonies,
    _mentions,
    _summaries,
)
from testimony.workflow import exportable_testimonies

pytestmark = pytest.mark.django_db

TASK = refresh_kept_task.module_path
QUEUES = [
    EntityStatsStale,
    EntityBreakdownStale,
    EntityMentionStale,
    ExportableStale,
    EntityPageStale,
    PersonGroupStale,
]


def _queued() -> int:
    return DBTaskResult.objects.filter(task_path=TASK).count()


def _mark_everything_stale() -> None:
    """What a migration of the kept tables or a restore leaves: a rebuild marker in each queue."""
    EntityStatsStale.objects.create(entity_id=None, testimony_id=None)
    ExportableStale.objects.create(testimony_id=None)
    PersonGroupStale.objects.create()


@pytest.fixture
def collection_linked(make_testimony: Callable[..., Testimony], carol: User) -> list[Testimony]:
    """Three testimonies naming two entities (a link, a posting's employer and site), one
    approved, with one minder named in two of them."""
    russia = Country.objects.get(code="russia")
    company = Entity.objects.create(name="Namgang Construction", kind=Entity.Kind.COMPANY)
    site = Entity.objects.create(name="Camp 7", kind=Entity.Kind.SITE)
    first = make_testimony(period_start="2012", period_end="2014")
    second = make_testimony(witness_name="Ri Song-hui", witness_hangul="리성희", country=russia)
    third = make_testimony(period_start="2019", period_end="")
    for testimony in (first, second):
        TestimonyEntity.objects.create(testimony=testimony, entity=company, role="employer")
    Posting.objects.create(
        testimony=third, country=russia, sector=third.sector, employer=company, site=site
    )
    _person(first, "Minder 1", name_romanized="Pak Chol-min")
    _person(third, "Supervisor B", name_romanized="Pak Chol-min")
    _approve(second, carol)
    return [first, second, third]


def test_a_migration_queues_the_rebuild_when_testimonies_exist_and_data_is_stale(
    django_capture_on_commit_callbacks: Callable, collection_linked: list[Testimony]
) -> None:
    _mark_everything_stale()
    with django_capture_on_commit_callbacks(execute=True):
        emit_post_migrate_signal(0, False, "default")
    assert _queued() == 1


def test_a_migration_queues_nothing_when_nothing_is_stale_or_no_testimony_exists(
    django_capture_on_commit_callbacks: Callable, make_testimony: Callable[..., Testimony]
) -> None:
    """A new installation (the tests' own database too) has nothing to count, and a task
    queued there would make `restore` refuse the database as not empty."""
    _mark_everything_stale()
    with django_capture_on_commit_callbacks(execute=True):
        emit_post_migrate_signal(0, False, "default")
    assert _queued() == 0
    make_testimony()
    refresh_kept_task.call()
    with django_capture_on_commit_callbacks(execute=True):
        emit_post_migrate_signal(0, False, "default")
    assert _queued() == 0


def test_a_restore_queues_the_rebuild(
    django_capture_on_commit_callbacks: Callable,
    collection: Testimony,  # noqa: F811 (the fixture imported above)
    backup_settings: Path,  # noqa: F811
) -> None:
    archive = backup_settings / "backup.tar.enc"
    backup(archive)
    start_afresh(backup_settings)
    assert _queued() == 0
    with django_capture_on_commit_callbacks(execute=True):
        call_command("restore", archive, stdout=io.StringIO())
    assert _queued() == 1
    refresh_kept_task.call()
    assert not any(queue.objects.exists() for queue in QUEUES)


def test_an_import_queues_the_rebuild_once_it_commits(
    django_capture_on_commit_callbacks: Callable, tmp_path: Path, carol: User
) -> None:
    sheet = _csv(tmp_path / "sheet.csv", [HEADERS, _row(1), _row(2)])
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        report = _import(sheet, carol)
    assert report.imported, report.problems
    assert _queued() == 0  # not before the rows it must see are committed
    for callback in callbacks:
        callback()
    assert _queued() == 1


def test_a_refused_import_queues_nothing(
    django_capture_on_commit_callbacks: Callable, tmp_path: Path, carol: User
) -> None:
    sheet = _csv(tmp_path / "sheet.csv", [HEADERS, _row(1, Country="Atlantis")])
    with django_capture_on_commit_callbacks(execute=True):
        report = _import(sheet, carol)
    assert not report.imported
    assert _queued() == 0


def test_a_transcript_import_queues_the_rebuild_once_it_commits(
    django_capture_on_commit_callbacks: Callable,
    tmp_path: Path,
    carol: User,
    store: Path,  # noqa: F811
) -> None:
    """`manage.py import_transcripts` (the page calls the same `transcripts_import`)."""
    text = tmp_path / "witness.txt"
    text.write_text("The minder Kang Chol took our passports.", encoding="utf-8")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        _run(str(text), "--as", "carol", *FACTS)
    assert Testimony.objects.count() == 1
    assert _queued() == 0  # not before the testimony it must see is committed
    for callback in callbacks:
        callback()
    assert _queued() == 1


def test_the_transcripts_page_queues_the_rebuild(
    django_capture_on_commit_callbacks: Callable,
    client: Client,
    carol: User,
    store: Path,  # noqa: F811
) -> None:
    client.force_login(carol)
    started = client.post(
        reverse("testimony:transcripts_start"),
        {**_transcript_facts(carol), "files": [SimpleUploadedFile("a.docx", _docx(STORY))]},
    )
    assert started.status_code == 302
    assert _queued() == 0
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(started.url, {})
    assert "1 draft testimony was created" in done.content.decode()
    assert _queued() == 1


def test_a_refused_or_dry_run_transcript_import_queues_nothing(
    django_capture_on_commit_callbacks: Callable,
    tmp_path: Path,
    carol: User,
    store: Path,  # noqa: F811
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("The minder Kang Chol took our passports.", encoding="utf-8")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(_blank_pdf())
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(CommandError):
            _run(str(good), str(scan), "--as", "carol", *FACTS)
        _run(str(good), "--as", "carol", "--dry-run", *FACTS)
    assert not Testimony.objects.exists()
    assert _queued() == 0


def test_a_transcript_refused_by_the_entry_form_rolls_back_and_queues_nothing(
    django_capture_on_commit_callbacks: Callable,
    carol: User,
    store: Path,  # noqa: F811
) -> None:
    """One transcript the entry form refuses (here: an empty narrative) imports none, also the
    one before it: nothing is queued for the rolled-back testimonies."""
    readable = Transcript(number=1, name="a.txt", kind=TXT, data=b"x", text=STORY[0])
    empty = Transcript(number=2, name="b.txt", kind=TXT, data=b"x", text="")
    with django_capture_on_commit_callbacks(execute=True):
        result = transcripts_import(
            [readable, empty], by=carol, facts=_transcript_facts(carol), roles={}, source="test"
        )
    assert result.problems
    assert not result.created
    assert not Testimony.objects.exists()
    assert _queued() == 0


def test_the_task_leaves_nothing_stale_and_every_kept_table_exact(
    client: Client,
    alice: User,
    carol: User,
    collection_linked: list[Testimony],
) -> None:
    _mark_everything_stale()
    refresh_kept_task.call()

    assert not any(queue.objects.exists() for queue in QUEUES)
    # Figures over everyone and per user (alice entered the testimonies), as computed directly.
    exact = _exact()
    assert exact
    assert _assert_exact(client, carol) == exact
    testimonies, _restricted = _filtered_testimonies(alice, {})
    direct = _summaries(_exact_counts(testimonies, _entities({})), testimonies, direct=True)
    kept = {
        row.entity_id: row.testimonies for row in EntityViewerStats.objects.filter(user_id=alice.pk)
    }
    assert {summary.entity.pk: summary.testimonies for summary in direct} == kept
    assert set(ExportableTestimony.objects.values_list("testimony_id", flat=True)) == set(
        exportable_testimonies().values_list("pk", flat=True)
    )
    # The kept mention rows (the period filter's): each pair once, with the testimony's period.
    mentions, params = _mentions(None, None)
    with connection.cursor() as cursor:
        cursor.execute(
            f"{mentions} SELECT m.entity_id, m.testimony_id, t.period_start, t.period_end "  # noqa: S608
            "FROM mention m JOIN testimony_testimony t ON t.id = m.testimony_id",
            params,
        )
        pairs = sorted(cursor.fetchall())
    kept_pairs = EntityMention.objects.values_list(
        "entity_id", "testimony_id", "period_start", "period_end"
    )
    assert pairs
    assert sorted(kept_pairs) == pairs
    kept_groups = [(row.first_person, row.testimonies) for row in PersonGroupKept.objects.all()]
    live = [(group.person_ids[0], group.testimonies) for group in person_clusters.groups(None)]
    assert kept_groups == live == [(live[0][0], 2)]


def test_a_page_after_the_task_recomputes_nothing(
    client: Client, carol: User, collection_linked: list[Testimony]
) -> None:
    """Once the worker has run, the first list costs what any later list costs."""
    _mark_everything_stale()
    refresh_kept_task.call()
    client.force_login(carol)
    with CaptureQueriesContext(connection) as first:
        shown = client.get(LIST).context["summaries"]
    with CaptureQueriesContext(connection) as second:
        client.get(LIST)
    assert len(first) == len(second)
    assert _figures(shown) == _exact()


def test_a_page_before_the_task_runs_is_exact_all_the_same(
    client: Client, carol: User, collection_linked: list[Testimony]
) -> None:
    _mark_everything_stale()
    client.force_login(carol)
    assert _figures(client.get(LIST).context["summaries"]) == _exact()
    refresh_kept_task.call()  # finds the queues emptied by the page: nothing to do
    assert not any(queue.objects.exists() for queue in QUEUES)
    assert _figures(client.get(LIST).context["summaries"]) == _exact()


def test_running_the_task_on_a_new_link_counts_it(
    collection_linked: list[Testimony], make_testimony: Callable[..., Testimony]
) -> None:
    refresh_kept_task.call()
    company = Entity.objects.get(name="Namgang Construction")
    TestimonyEntity.objects.create(
        testimony=make_testimony(), entity=company, role=EntityRole.EMPLOYER
    )
    refresh_kept_task.call()
    assert not any(queue.objects.exists() for queue in QUEUES)
    assert company.stats.testimonies == 4


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_task_run_by_the_worker_outside_a_transaction_empties_and_vacuums_the_queues(
    collection_linked: list[Testimony],
) -> None:
    """As `db_worker` runs it (autocommit, no transaction around the task): on PostgreSQL the
    emptied queues are vacuumed too, which needs to be outside a transaction."""
    _mark_everything_stale()
    refresh_kept_task.call()
    assert not any(queue.objects.exists() for queue in QUEUES)
    assert Entity.objects.get(name="Namgang Construction").stats.testimonies == 3

"""How the corroboration pages behave with many testimonies and entity links: time and SQL
queries of the entity list (default and filtered), of the most-linked entity's page, and of the
persons' list and largest group (minders, supervisors and officials sharing a name digest).

Usage (from the repository root):

    .venv/bin/python bench/entities_at_scale.py --count 20000 --links 60000 --entities 2000
    .venv/bin/python bench/entities_at_scale.py --count 100000 --links 300000 --workdir DIR
    .venv/bin/python bench/entities_at_scale.py ... --database-url postgres://...  # empty database

It migrates the database (SQLite in a temporary folder unless --database-url is given) and, when
it holds no testimony yet, seeds
COUNT testimonies with `seed_synthetic` (every status, persons with blind-index digests,
postings), then ENTITIES companies, state bodies, sites and vessels and LINKS testimony-entity
links spread unevenly (a few entities named in many testimonies, most in few, as in real
collections), plus an employer on one posting in ten. It requests each page RUNS times through
Django's test client, signed in with a second factor as the test suite signs in, as a
coordinator (sees every testimony) and as an interviewer (sees their own), and prints p50, p95
and the number of SQL queries. One process, no HTTP server, no concurrency. Not run by CI.

A database that already holds testimonies is reused as it is (no seeding): keep it with
--workdir (SQLite) or --database-url (PostgreSQL), and pass the same --workdir every time, since
the keys that encrypt the seeded names live there (`dev-secrets.json`):

    createdb -h 127.0.0.1 -U postgres bench_entities
    .venv/bin/python bench/entities_at_scale.py --count 100000 --links 300000 \
        --database-url postgres://postgres@127.0.0.1:5432/bench_entities \
        --workdir var/bench-entities

Seeding writes through bulk inserts, so the triggers of migrations 0027 and 0029 mark every
entity's kept figures (`EntityStats`, per user, per filter, per testimony, the exportable set)
stale: the first refresh rebuilds them all, timed and printed apart (`--stale` marks them all
stale again on a reused database, then also times the rebuild task the worker runs after a
migration, a restore or an import, and the first list after it). The
rows "... after a shell write" ("list", "list 2010-2012", "list sector construction", "entity
(most linked)") add a link to the most-named entity before each request (outside the timing),
as the shell, the worker or an import writes: that request also brings that entity's kept
figures (and, under the period filter, its kept mention rows; on its page, its kept timeline and
pages; for an interviewer under the sector filter, the kept mention rows under each country
and sector) up to date, as the first page after such a write does; "persons after a shell
write" registers a minder again (what a run adds, it takes away when it ends, so a kept
database measures the same next time). The rows "... after a write" make the same writes as the
application makes them: each followed, outside the timing, by the refresh that the request
which wrote runs once it has committed (`kept_rebuild.refresh_kept_after_write`, called by
`testimony.middleware`); the rows "writer's refresh after a link" and "after a minder" time
that refresh (the cost moved into the request that writes), "writer's refresh after an edit of
the narrative" the same after an edit of a testimony naming the most-named entity that changes
only its English narrative (through `services.testimony_update`, with the data the edit form
posts back), and "writer's check, nothing queued" what it adds to a request that queued nothing.
"""

import argparse
import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KINDS = ["company", "company", "state_body", "site", "site", "vessel"]
# The pseudonym of the minders the runs register again (taken away when the run ends).
BENCH_MINDER = "Minder Z"
ROLE_OF_KIND = {
    "company": ["employer", "contractor", "recruiter"],
    "state_body": ["sending_body", "state_agency"],
    "site": ["site"],
    "vessel": ["vessel"],
}


def configure(database_url: str | None, workdir: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ["DJANGO_DEBUG"] = "true"
    os.environ["DJANGO_VAR_DIR"] = workdir
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"
    os.environ["DATABASE_URL"] = database_url or f"sqlite:///{workdir}/bench.sqlite3"
    import django

    django.setup()


def seed_entities(entities: int, links: int) -> None:
    """ENTITIES entities and about LINKS links; entity i is chosen with weight 1/(i+1)^0.8."""
    from testimony.models import Country, Entity, Posting, Testimony, TestimonyEntity

    rng = random.Random(2026)
    countries = list(Country.objects.all())
    created = Entity.objects.bulk_create(
        Entity(
            kind=(kind := KINDS[number % len(KINDS)]),
            name=f"Bench {kind.replace('_', ' ')} {number:05d}",
            name_ko=f"벤치 {number:05d}",
            match_key=f"bench{kind}{number:05d}",
            country=rng.choice(countries) if kind != "state_body" else None,
        )
        for number in range(entities)
    )
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(created))]
    testimony_ids = list(Testimony.objects.values_list("pk", flat=True))
    per_testimony = links / len(testimony_ids)
    batch: list[TestimonyEntity] = []
    made = 0
    for testimony_id in testimony_ids:
        wanted = int(per_testimony) + (rng.random() < per_testimony % 1)
        chosen = {id(entity): entity for entity in rng.choices(created, weights, k=wanted)}
        for entity in chosen.values():
            batch.append(
                TestimonyEntity(
                    testimony_id=testimony_id,
                    entity=entity,
                    role=rng.choice(ROLE_OF_KIND[entity.kind]),
                )
            )
        if len(batch) >= 20_000:
            made += len(TestimonyEntity.objects.bulk_create(batch))
            batch = []
            print(f"  linked {made:,}", end="\r", flush=True)
    made += len(TestimonyEntity.objects.bulk_create(batch))
    companies = [entity for entity in created if entity.kind == "company"]
    postings = list(Posting.objects.only("pk").order_by("pk")[::10])
    for posting in postings:
        posting.employer = rng.choice(companies)
    Posting.objects.bulk_update(postings, ["employer"], batch_size=2000)
    print(f"  {len(created):,} entities, {made:,} links, {len(postings):,} posting employers")


def signed_in_client(username: str) -> object:
    """A test client signed in with a verified second factor (as testimony/tests/conftest.py
    does), so the pages render instead of redirecting to the second-factor gate."""
    from django.contrib.auth.models import User

    from bench.clients import verified_client

    return verified_client(User.objects.get(username=username))


def bench_users() -> tuple[str, str]:
    """A coordinator and the interviewer with the most testimonies."""
    from django.contrib.auth.models import Group, User
    from django.db.models import Count

    coordinator, _created = User.objects.get_or_create(username="bench-coordinator")
    coordinator.groups.add(Group.objects.get(name="coordinator"))
    interviewer = (
        User.objects.filter(groups__name="interviewer")
        .annotate(n=Count("interviews"))
        .order_by("-n")
        .first()
    )
    return coordinator.username, interviewer.username


FOUND = re.compile(
    r"([\d,]+) (?:entity found|entities found|persons? named in several|testimon(?:y|ies)\s*·)"
)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def mark_everything_stale() -> None:
    """What a migration of the kept tables or a restore leaves: a rebuild marker in every
    queue."""
    from testimony.models import EntityStatsStale, PersonGroupStale
    from testimony.models.entity_stats import ExportableStale

    EntityStatsStale.objects.create(entity_id=None, testimony_id=None)
    ExportableStale.objects.create(testimony_id=None)
    PersonGroupStale.objects.create()


def measure(
    runs: int, stale: bool = False, only: str = ""
) -> list[tuple[str, str, float, float, int, int]]:
    from django.db import connection
    from django.db.models import Count
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from testimony import person_clusters
    from testimony.models import Entity, Person

    top = Entity.objects.annotate(n=Count("links")).order_by("-n").first()
    site = Entity.objects.filter(kind="site").annotate(n=Count("links")).order_by("-n").first()
    pages = {
        "list": reverse("testimony:entities"),
        "list page 20": reverse("testimony:entities") + "?page=20",
        "list >=50, Russia": reverse("testimony:entities") + "?minimum=50&country=russia",
        "list 2010-2012, sites": reverse("testimony:entities")
        + "?year_from=2010&year_to=2012&kind=site",
        "list 2010-2012": reverse("testimony:entities") + "?year_from=2010&year_to=2012",
        "list from 2015": reverse("testimony:entities") + "?year_from=2015",
        "list Russia, construction": reverse("testimony:entities")
        + "?country=russia&sector=construction",
        "list sector construction": reverse("testimony:entities") + "?sector=construction",
        "list name 'bench site 0'": reverse("testimony:entities") + "?q=bench+site+0",
        "entity (most linked)": reverse("testimony:entity_detail", args=[top.uuid]),
        "entity (top site)": reverse("testimony:entity_detail", args=[site.uuid]),
        "persons": reverse("testimony:entity_persons"),
        "persons >=3, Russia": reverse("testimony:entity_persons") + "?minimum=3&country=russia",
    }
    from testimony import entity_stats
    from testimony.kept_rebuild import refresh_kept, refresh_kept_after_write, refresh_kept_task
    from testimony.models import Testimony, TestimonyEntity

    if stale:
        mark_everything_stale()
    started = time.perf_counter()
    entity_stats.refresh()
    entity_stats.refresh_breakdowns()
    entity_stats.refresh_mentions()
    entity_stats.refresh_exportable()
    entity_stats.refresh_entity_pages()
    print(
        f"First refresh of the kept figures (all entities): {time.perf_counter() - started:.1f} s"
    )
    started = time.perf_counter()
    person_clusters.refresh()
    print(f"First computation of the persons' groups: {time.perf_counter() - started:.1f} s")
    if stale:
        # As after a migration or a restore, this time rebuilt by the worker's task before
        # any page asks: the first list then costs what any list costs.
        mark_everything_stale()
        started = time.perf_counter()
        refresh_kept_task.call()
        print(
            f"The rebuild task (run as the worker runs it): {time.perf_counter() - started:.1f} s"
        )
        client = signed_in_client(bench_users()[0])
        for attempt in ("first", "second"):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                assert client.get(pages["list"]).status_code == 200
            elapsed = (time.perf_counter() - started) * 1000
            print(f"  then the {attempt} list: {elapsed:.0f} ms, {len(queries)} queries")
    if connection.vendor == "postgresql":
        # What autovacuum would do after the rebuild (it is off on the bench's server), and
        # what the rebuild task does for the queues (`kept_rebuild.vacuum_queues`): without it
        # every refresh's DELETE of an empty queue reads the 300,000 rows' pages.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM (INDEX_CLEANUP ON, ANALYZE)")
    # The largest group whose first person both users may see (the runs' added minders grow
    # one group with persons of every interviewer's testimonies).
    from django.contrib.auth.models import User

    from testimony.workflow import visible_testimonies

    visible = visible_testimonies(User.objects.get(username=bench_users()[1]))
    for group in person_clusters.kept_groups()[:500]:
        first = Person.objects.filter(pk=group.first_person, testimony__in=visible)
        if (uuid := first.values_list("uuid", flat=True).first()) is not None:
            pages["persons group (largest)"] = reverse("testimony:entity_person", args=[uuid])
            break
    # What the runs add is taken away at the end (below), so that a database kept with
    # `--workdir` measures the same groups next time; minders left by a run that stopped
    # half-way are taken away here.
    if Person.objects.filter(pseudonym=BENCH_MINDER).delete()[0]:
        refresh_kept()
    added_minders: list[int] = []
    added_links: list[int] = []
    minders = iter(
        Person.objects.filter(role=Person.Role.SUPERVISOR)
        .exclude(name_index=None)
        .values_list("testimony_id", flat=True)
    )
    unlinked = iter(
        Testimony.objects.exclude(entity_links__entity=top).values_list("pk", flat=True)
    )

    def write() -> None:
        link = TestimonyEntity.objects.create(
            testimony_id=next(unlinked), entity=top, role="employer"
        )
        added_links.append(link.pk)

    def add_minder() -> None:
        """A minder registered again in another testimony, as the entry form saves one."""
        from testimony.models import PersonNameIndex

        person = Person.objects.create(
            testimony_id=next(minders), role=Person.Role.SUPERVISOR, pseudonym=BENCH_MINDER
        )
        added_minders.append(person.pk)
        digests = PersonNameIndex.objects.filter(person__role=Person.Role.SUPERVISOR).values_list(
            "digest", flat=True
        )[:1]
        PersonNameIndex.objects.create(person=person, digest=digests[0])

    from testimony.workflow import EDITABLE_STATES

    # One the edit view lets a coordinator edit (`EDITABLE_STATES`: not yet approved).
    edited = (
        Testimony.objects.filter(
            entity_links__entity=top, postings__isnull=False, status__in=EDITABLE_STATES
        )
        .order_by("pk")
        .first()
    )
    coordinator = User.objects.get(username=bench_users()[0])

    def edit_narrative() -> None:
        """An edit of the most-named entity's testimony that changes only its English
        narrative, saved by the service the edit view calls, from the data the edit form
        posts back (shown with identities revealed), as the tests post it."""
        from django.http import QueryDict

        from testimony.forms import TestimonyEntry
        from testimony.services import testimony_update
        from testimony.tests.test_testimony_edit import edit_data

        testimony = Testimony.objects.get(pk=edited.pk)
        data = QueryDict(mutable=True)
        changed = f"{testimony.narrative.english.split(' [edit')[0]} [edit {time.time_ns()}]"
        data.update(edit_data(testimony, **{"narrative-english": changed}))
        entry = TestimonyEntry.for_testimony(testimony, data)
        assert entry.is_valid(), [form.errors for form in entry.all()]
        testimony_update(entry=entry, by=coordinator, expected_revision=testimony.revision)

    # Each page after a write, twice. "After a write": as the application writes, a request
    # whose refresh (`kept_rebuild.refresh_kept_after_write`, the middleware's) runs once it
    # has committed, outside the page's timing (the writer's rows below time it). "After a
    # shell write": a write outside any request (the shell, the worker, an import), whose
    # refresh the page pays:
    # - the first list, which brings the entity's figures up to date;
    # - the first period-filtered list, which also brings its kept mention rows
    #   (`EntityMention` ...) up to date;
    # - the first sector-filtered list, which for an interviewer also brings the entity's kept
    #   rows under each country and sector (`EntityMentionFilter`) up to date;
    # - the first entity page after a new link to it, which also brings the entity's kept
    #   timeline and pages (`EntityPageStale`) up to date.
    for written in ("after a write", "after a shell write"):
        for page in ("list", "list 2010-2012", "list sector construction"):
            pages[f"{page} {written}"] = pages[page]
        pages[f"entity (most linked) {written}"] = pages["entity (most linked)"]
        pages[f"persons {written}"] = pages["persons"]
    if only:
        pages = {name: url for name, url in pages.items() if re.search(only, name)}
    results = []
    for label, username in zip(("coordinator", "interviewer"), bench_users(), strict=True):
        client = signed_in_client(username)
        for name, url in pages.items():
            timings, rows = [], 0
            client.get(url)  # warm: templates compiled, statements prepared
            for _ in range(runs):
                if name.endswith(("after a write", "after a shell write")):
                    add_minder() if name.startswith("persons") else write()
                if name.endswith("after a write"):
                    refresh_kept_after_write()
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    response = client.get(url)
                    timings.append(time.perf_counter() - started)
                assert response.status_code == 200, (name, response.status_code)
            # What the page says it found: entities listed, or testimonies naming the entity.
            found = FOUND.search(response.content.decode())
            rows = int(found.group(1).replace(",", "")) if found else 0
            results.append(
                (
                    label,
                    name,
                    statistics.median(timings),
                    percentile(timings, 0.95),
                    len(queries),
                    rows,
                )
            )
    # The cost moved into the request that writes: its refresh after a new link to the
    # most-named entity and after a minder registered again (what the page after a shell write
    # pays, all queues at once), and after a request that queued nothing (every POST's one
    # statement).
    writes = {
        "writer's refresh after a link": write,
        "writer's refresh after a minder": add_minder,
        "writer's refresh after an edit of the narrative": edit_narrative,
        "writer's check, nothing queued": refresh_kept,
    }
    for name, make in writes.items():
        if only and not re.search(only, name):
            continue
        if make is edit_narrative:
            # The first edit of a seeded testimony may write what its postings say on the
            # testimony itself (`postings_summary`): a change, refreshed before timing.
            make()
        refresh_kept()
        timings = []
        for _ in range(runs):
            make()
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                refresh_kept_after_write()
                timings.append(time.perf_counter() - started)
        results.append(
            (
                "writer",
                name,
                statistics.median(timings),
                percentile(timings, 0.95),
                len(queries),
                0,
            )
        )
    Person.objects.filter(pk__in=added_minders).delete()
    TestimonyEntity.objects.filter(pk__in=added_links).delete()
    refresh_kept()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20_000, help="testimonies")
    parser.add_argument("--links", type=int, default=60_000, help="testimony-entity links")
    parser.add_argument("--entities", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--database-url", default=None)
    parser.add_argument(
        "--stale",
        action="store_true",
        help="mark every kept table stale first (as a migration or a restore does), and time "
        "the rebuild task and the first list after it",
    )
    parser.add_argument(
        "--only", default="", help="measure only the pages whose row name matches this pattern"
    )
    parser.add_argument(
        "--workdir", default=None, help="keep the SQLite database here and reuse it next time"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or tmp
        # Settings write new keys into the workdir when it has none: look before they do.
        had_keys = (Path(workdir) / "dev-secrets.json").exists()
        configure(args.database_url, workdir)
        from django.core.management import call_command
        from django.db import connection

        from testimony.management.commands.seed_synthetic import seed_synthetic
        from testimony.models import Testimony

        call_command("migrate", verbosity=0)
        seeded = Testimony.objects.exists()
        if seeded and not had_keys:
            sys.exit(
                "This database is seeded already, but --workdir holds no dev-secrets.json: pass "
                "the --workdir of the run that seeded it (its keys decrypt the seeded names)."
            )
        if seeded:
            print(f"Reusing the seeded database: {Testimony.objects.count():,} testimonies")
        else:
            started = time.perf_counter()
            seed_synthetic(args.count, progress=lambda done: print(f"  seeded {done:,}", end="\r"))
            print(f"Seeded {args.count:,} testimonies in {time.perf_counter() - started:.0f} s")
            started = time.perf_counter()
            seed_entities(args.entities, args.links)
            print(f"Linked entities in {time.perf_counter() - started:.0f} s")
            with connection.cursor() as cursor:
                # Fresh statistics for both planners; on PostgreSQL also the visibility map,
                # which index-only scans need (autovacuum would set it later in real use).
                cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
        header = f"{'as':<12} {'page':<36} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8} {'rows':>8}"
        print(header)
        for label, name, p50, p95, queries, rows in measure(args.runs, args.stale, args.only):
            times = f"{p50 * 1000:>8.1f} {p95 * 1000:>8.1f}"
            print(f"{label:<12} {name:<36} {times} {queries:>8} {rows:>8}")


if __name__ == "__main__":
    main()

"""How long a petition bundle takes to build, and how much memory the build needs.

Usage (from the repository root, after `make test` has installed the tools):

    .venv/bin/python bench/bundle_build.py [--counts 100,300,1000] [--database-url postgres://...]

It builds a fresh database (SQLite in a temporary folder unless --database-url is given), inserts
max(COUNTS) approved, exportable testimonies in bulk (a 3 KB Korean and a 3 KB English narrative,
a named witness and a supervisor, consent to UN submission, two or three indicator tags, version 1
and its approved anonymization), then, for each count, builds a bundle of the first COUNT
testimonies with `bundle_build()` in a fresh Python process and prints:

- seconds: wall time of `bundle_build()` alone (not Django's start-up);
- peak tree MB: the highest sum of the proportional set size (PSS: RSS with copy-on-write pages
  shared between the forked processes counted once) of the build process and its worker
  processes, sampled every 50 ms from /proc: what the machine must have free;
- peak main MB / peak worker MB: the build process's own peak RSS (VmHWM in /proc: unlike
  getrusage's ru_maxrss, which Linux keeps across exec, it does not include the benchmark's
  parent process), and getrusage's ru_maxrss of its largest worker (exact peaks, per process);
- base MB: the build process's RSS before the build (Python, Django, reportlab loaded);
- traced MB (with --tracemalloc only): the peak of Python allocations in the build process. The
  forked workers inherit the tracing, so the build is several times slower: use those runs for
  this column only.

Not run by CI; the targets are in docs/BENCHMARKS.md.
"""

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Each narrative is about 3 KB: Korean (3 bytes a character) and English.
NARRATIVE_KO = (
    "우리는 새벽 여섯 시부터 밤 열 시까지 일했습니다. 감독원이 여권을 가져갔고 "
    "월급의 대부분은 충성자금으로 떼어 갔습니다. 한 달에 하루도 쉬지 못했습니다. "
) * 8
NARRATIVE_EN = (
    "We worked from six in the morning until ten at night. The minder took our passports "
    "and most of the wage went to loyalty funds. We did not have a single day off a month. "
) * 18
PASSAGES = {
    "retention_of_documents": "The minder took our passports on the first day.",
    "withholding_of_wages": "Most of the wage went to loyalty funds; we were paid nothing.",
    "excessive_overtime": "We worked from six in the morning until ten at night.",
    "restriction_of_movement": "We could not leave the dormitory without the minder.",
}


def configure(database_url: str | None, workdir: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ["DJANGO_DEBUG"] = "true"
    os.environ["DJANGO_VAR_DIR"] = workdir
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"
    os.environ["DATABASE_URL"] = database_url or f"sqlite:///{workdir}/bench.sqlite3"
    import django

    django.setup()


def seed(count: int) -> None:
    """COUNT approved, exportable testimonies, inserted in bulk (no anonymize() run)."""
    from django.contrib.auth.models import Group, User
    from django.utils import timezone

    from testimony.models import (
        Anonymization,
        Consent,
        Country,
        IndicatorTag,
        Narrative,
        Person,
        Sector,
        Testimony,
        TestimonyVersion,
    )

    rng = random.Random(2026)
    # No password: nobody logs in, and hashing one (Argon2: 100 MB) would only slow the seeding.
    user = User.objects.create_user("bench")
    user.groups.add(Group.objects.get(name="interviewer"))
    countries = list(Country.objects.all())
    sectors = list(Sector.objects.all())
    now = timezone.now()
    batch = 500
    for start in range(0, count, batch):
        size = min(batch, count - start)
        testimonies = []
        for offset in range(size):
            number = start + offset + 1
            year = rng.randint(2005, 2022)
            testimonies.append(
                Testimony(
                    case_code=f"BEN-{number:07d}",
                    status="approved",
                    interview_date=date(2024, rng.randint(1, 12), rng.randint(1, 28)),
                    interview_place="Seoul",
                    interviewer=user,
                    country=rng.choice(countries),
                    sector=rng.choice(sectors),
                    work_site=f"Site {number % 500}",
                    period_start=f"{year}-{rng.randint(1, 12):02d}",
                    period_end=str(year + rng.randint(0, 4)),
                    hours_per_day=rng.randint(10, 21),
                    days_off_per_month=rng.randint(0, 2),
                    promised_wage_amount=rng.choice([100, 120, 150, 200]),
                    promised_wage_currency="USD",
                    promised_wage_period="month",
                    received_wage_amount=rng.choice([0, 10, 20, 30]),
                    received_wage_currency="USD",
                    received_wage_period="month",
                    passport_confiscated=True,
                    created_by=user,
                    updated_by=user,
                )
            )
        Testimony.objects.bulk_create(testimonies)
        saved = list(
            Testimony.objects.filter(case_code__in=[t.case_code for t in testimonies]).only(
                "id", "case_code", "revision"
            )
        )
        narratives, persons, consents, tags, versions, anonymizations = [], [], [], [], [], []
        for testimony in saved:
            narratives.append(
                Narrative(testimony=testimony, original=NARRATIVE_KO, english=NARRATIVE_EN)
            )
            consents.append(
                Consent(
                    testimony=testimony,
                    un_submission=True,
                    given_on=date(2024, 1, 15),
                    method=Consent.Method.WRITTEN,
                    public_name=rng.choice(Consent.PublicName.values),
                )
            )
            persons.append(
                Person(
                    testimony=testimony,
                    role=Person.Role.WITNESS,
                    name_romanized=f"Rim Witness{testimony.case_code[-7:]}",
                    pseudonym="Witness A",
                    birth_year=rng.randint(1960, 1995),
                    sex=rng.choice([Person.Sex.MALE, Person.Sex.FEMALE]),
                )
            )
            persons.append(
                Person(testimony=testimony, role=Person.Role.SUPERVISOR, pseudonym="Supervisor 1")
            )
            for indicator in rng.sample(sorted(PASSAGES), rng.randint(2, 3)):
                tags.append(
                    IndicatorTag(
                        testimony=testimony,
                        indicator=indicator,
                        phase="employment",
                        passage=PASSAGES[indicator],
                    )
                )
            versions.append(
                TestimonyVersion(
                    testimony=testimony, number=testimony.revision, created_by=user, snapshot="{}"
                )
            )
            anonymizations.append(
                Anonymization(
                    testimony=testimony,
                    version_number=testimony.revision,
                    original=NARRATIVE_KO,
                    english=NARRATIVE_EN,
                    approved_by=user,
                    approved_at=now,
                )
            )
        Narrative.objects.bulk_create(narratives)
        Person.objects.bulk_create(persons)
        Consent.objects.bulk_create(consents)
        IndicatorTag.objects.bulk_create(tags)
        TestimonyVersion.objects.bulk_create(versions)
        Anonymization.objects.bulk_create(anonymizations)
        print(f"  seeded {start + size:,} / {count:,}", end="\r", flush=True)
    print()


def make_bundle(count: int) -> int:
    """A petition of the first COUNT testimonies and a queued bundle of it; the bundle's id."""
    from django.contrib.auth.models import User

    from testimony.models import Bundle, Mandate, Petition, Testimony

    user = User.objects.get(username="bench")
    testimonies = list(Testimony.objects.order_by("case_code")[:count])
    petition = Petition.objects.create(
        slug=f"bench-{count}-{int(time.time() * 1000)}",
        title=f"Forced labour of North Korean workers abroad ({count} testimonies)",
        mandate=Mandate.objects.order_by("pk").first(),
        summary="We submit the testimonies of workers sent abroad by the state.",
        contact="bench@example.org",
        created_by=user,
    )
    petition.testimonies.add(*testimonies)
    bundle = Bundle.objects.create(
        petition=petition,
        created_by=user,
        selection={t.case_code: t.revision for t in testimonies},
    )
    return bundle.pk


def _status_kb(field: str) -> int:
    """A memory figure of this process from /proc/self/status, in kB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field):
            return int(line.split()[1])
    raise ValueError(f"{field} is not in /proc/self/status")


def _rss_kb(pid: int, field: str = "Rss:") -> int:
    """A process's resident memory in KB; field "Pss:" shares copy-on-write pages out."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith(field):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{current}/task/{task}/children") as children:
                    kids = [int(kid) for kid in children.read().split()]
            except OSError:
                continue
            found += kids
            queue += kids
    return found


def run_build(args: argparse.Namespace, workdir: str, bundle_id: int) -> dict[str, float]:
    """Run one build in a fresh interpreter and sample its process tree's RSS."""
    command = [sys.executable, __file__, "--child", str(bundle_id), "--workdir", workdir]
    if args.database_url:
        command += ["--database-url", args.database_url]
    if args.tracemalloc:
        command.append("--tracemalloc")
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    peak_tree = 0
    rusage = None
    while rusage is None:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            rusage = usage
            break
        pids = [process.pid, *_descendants(process.pid)]
        peak_tree = max(peak_tree, sum(_rss_kb(p, "Pss:") for p in pids))
        time.sleep(0.05)
    process.returncode = os.waitstatus_to_exitcode(status)
    output = process.stdout.read() if process.stdout else ""
    if process.returncode != 0:
        raise SystemExit(f"The build of bundle {bundle_id} failed:\n{output}")
    result = json.loads(output.strip().splitlines()[-1])
    result["peak_tree_mb"] = peak_tree / 1024
    result["peak_process_mb"] = rusage.ru_maxrss / 1024  # the largest process of the tree
    return result


def child(args: argparse.Namespace) -> None:
    """In the fresh process: build one bundle and print the figures as JSON."""
    import tracemalloc

    configure(args.database_url, args.workdir)
    # Import what the build imports before measuring the base.
    from testimony.bundle.build import bundle_build
    from testimony.models import Bundle

    bundle = Bundle.objects.select_related("petition__mandate", "created_by").get(pk=args.child)
    base = _rss_kb(os.getpid())
    if args.tracemalloc:
        tracemalloc.start()
    started = time.perf_counter()
    path = bundle_build(bundle)
    seconds = time.perf_counter() - started
    traced = tracemalloc.get_traced_memory()[1] if args.tracemalloc else 0
    tracemalloc.stop()
    result = {
        "seconds": seconds,
        "base_mb": base / 1024,
        "peak_main_mb": _status_kb("VmHWM:") / 1024,
        "peak_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "traced_mb": traced / (1 << 20),
        "zip_mb": path.stat().st_size / (1 << 20),
    }
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", default="100,300,1000", help="comma-separated bundle sizes")
    parser.add_argument("--database-url", default=None)
    parser.add_argument(
        "--workdir", default=None, help="keep the SQLite database here and reuse it next time"
    )
    parser.add_argument(
        "--tracemalloc", action="store_true", help="also trace Python allocations (slower)"
    )
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args)
        return
    counts = [int(count) for count in args.counts.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or tmp
        configure(args.database_url, workdir)
        from django.core.management import call_command
        from django.db import connection, connections

        from testimony.models import Testimony

        call_command("migrate", verbosity=0)
        have = Testimony.objects.count()
        if have < max(counts):
            if have:
                raise SystemExit(f"The database holds {have} testimonies, fewer than needed.")
            started = time.perf_counter()
            seed(max(counts))
            print(f"Seeded {max(counts):,} testimonies in {time.perf_counter() - started:.0f} s")
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        print(f"{os.cpu_count()} CPUs")
        header = (
            f"{'testimonies':>11} {'seconds':>8} {'peak tree MB':>13} {'peak main MB':>13} "
            f"{'peak worker MB':>15} {'base MB':>8} {'ZIP MB':>7}"
        )
        if args.tracemalloc:
            header += f" {'traced MB':>10}"
        print(header)
        for count in counts:
            bundle_id = make_bundle(count)
            connections.close_all()
            result = run_build(args, workdir, bundle_id)
            line = (
                f"{count:>11,} {result['seconds']:>8.1f} {result['peak_tree_mb']:>13.0f} "
                f"{result['peak_main_mb']:>13.0f} {result['peak_worker_mb']:>15.0f} "
                f"{result['base_mb']:>8.0f} {result['zip_mb']:>7.1f}"
            )
            if args.tracemalloc:
                line += f" {result['traced_mb']:>10.1f}"
            print(line, flush=True)


if __name__ == "__main__":
    main()

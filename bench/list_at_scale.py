"""How the staff pages behave with many testimonies: time and SQL queries per page.

Usage (from the repository root, after `make test` has installed the tools):

    .venv/bin/python bench/list_at_scale.py --count 100000 [--database-url postgres://...]

It builds a fresh database (SQLite in a temporary folder unless --database-url is given),
inserts COUNT synthetic testimonies with two persons each, then requests every page through
Django's test client several times and prints the median and worst time and the number of SQL
queries. It measures the application alone (no HTTP server, no network); the load benchmark of
the deployment is separate. Not run by CI.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


# Real narratives run to several kilobytes; each synthetic one is about 4 KB of text.
NARRATIVE_KO = (
    "우리는 새벽 여섯 시부터 밤 열 시까지 일했습니다. 감독원이 여권을 가져갔고 "
    "월급의 대부분은 충성자금으로 떼어 갔습니다. 한 달에 하루도 쉬지 못했습니다. "
)
NARRATIVE_EN = (
    "We worked from six in the morning until ten at night. The minder took our passports "
    "and most of the wage went to loyalty funds. We did not have a single day off a month. "
)


def configure(database_url: str | None, workdir: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ["DJANGO_DEBUG"] = "true"
    os.environ["DJANGO_VAR_DIR"] = workdir
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"
    os.environ["DATABASE_URL"] = database_url or f"sqlite:///{workdir}/bench.sqlite3"
    import django

    django.setup()


def seed(count: int) -> None:
    from django.contrib.auth.models import Group, User

    from testimony.crypto import name_digests
    from testimony.models import (
        Consent,
        Country,
        Indicator,
        IndicatorTag,
        Narrative,
        Person,
        PersonNameIndex,
        Posting,
        Sector,
        Status,
        Testimony,
    )

    rng = random.Random(2026)
    user = User.objects.create_user("bench", password="bench-password-2026")
    user.groups.add(Group.objects.get(name="interviewer"))
    countries = list(Country.objects.all())
    sectors = list(Sector.objects.all())
    statuses = Status.values
    batch = 2000
    for start in range(0, count, batch):
        size = min(batch, count - start)
        testimonies = []
        for offset in range(size):
            number = start + offset + 1
            year = rng.randint(2005, 2022)
            testimonies.append(
                Testimony(
                    case_code=f"BEN-{number:07d}",
                    status=rng.choice(statuses),
                    interview_date=date(2024, rng.randint(1, 12), rng.randint(1, 28)),
                    interview_place="Seoul",
                    interviewer=user,
                    country=rng.choice(countries),
                    sector=rng.choice(sectors),
                    work_site=f"Site {number % 500}",
                    period_start=f"{year}-{rng.randint(1, 12):02d}",
                    period_end=str(year + rng.randint(0, 4)),
                    hours_per_day=rng.randint(10, 21),
                    created_by=user,
                    updated_by=user,
                )
            )
        Testimony.objects.bulk_create(testimonies)
        saved = Testimony.objects.filter(case_code__in=[t.case_code for t in testimonies]).only(
            "id", "case_code"
        )
        narratives, persons, consents, tags, postings = [], [], [], [], []
        by_code = {t.case_code: t for t in testimonies}
        for testimony in saved:
            # Each testimony's first posting holds its own columns; one in ten has a second
            # posting in another country, which the country filter must find too.
            facts = by_code[testimony.case_code]
            postings.append(
                Posting(
                    testimony=testimony,
                    order=1,
                    country=facts.country,
                    sector=facts.sector,
                    work_site=facts.work_site,
                    period_start=facts.period_start,
                    period_end=facts.period_end,
                )
            )
            if rng.random() < 0.1:
                postings.append(
                    Posting(
                        testimony=testimony,
                        order=2,
                        country=rng.choice(countries),
                        sector=facts.sector,
                        period_start=facts.period_end,
                    )
                )
            narratives.append(
                Narrative(
                    testimony=testimony,
                    original=NARRATIVE_KO * 8,
                    english=NARRATIVE_EN * 8,
                )
            )
            consents.append(Consent(testimony=testimony, un_submission=True))
            persons.append(
                Person(
                    testimony=testimony,
                    role=Person.Role.WITNESS,
                    name_romanized=f"Rim Witness{testimony.case_code[-7:]}",
                    pseudonym="Witness A",
                )
            )
            persons.append(
                Person(testimony=testimony, role=Person.Role.SUPERVISOR, pseudonym="Supervisor 1")
            )
            tags.append(
                IndicatorTag(
                    testimony=testimony,
                    indicator=rng.choice(Indicator.values),
                    phase="employment",
                    passage="We were not paid.",
                )
            )
        Narrative.objects.bulk_create(narratives)
        Person.objects.bulk_create(persons)
        Consent.objects.bulk_create(consents)
        IndicatorTag.objects.bulk_create(tags)
        Posting.objects.bulk_create(postings)
        named = Person.objects.filter(
            testimony__case_code__in=[t.case_code for t in testimonies], role="witness"
        )
        PersonNameIndex.objects.bulk_create(
            PersonNameIndex(person=person, digest=digest)
            for person in named
            for digest in name_digests([person.name_romanized])
        )
        print(f"  seeded {start + size:,} / {count:,}", end="\r", flush=True)
    print()


def measure(repeat: int) -> list[tuple[str, float, float, int]]:
    from django.contrib.auth.models import User
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from bench.clients import verified_client
    from testimony.models import Testimony

    client = verified_client(User.objects.get(username="bench"))
    sample = Testimony.objects.order_by("id")[Testimony.objects.count() // 2]
    pages = {
        "dashboard": "/",
        "list page 1": "/testimonies/",
        "list page 200": "/testimonies/?page=200",
        "list filtered": "/testimonies/?status=approved&country=kuwait&sector=construction",
        "list by country (any posting)": "/testimonies/?country=kuwait",
        "list by indicator": "/testimonies/?indicator=withholding_of_wages",
        "list by period": "/testimonies/?year_from=2010&year_to=2012",
        "search text": "/testimonies/?q=Site+42",
        "search exact name": f"/testimonies/?q=Rim+Witness{sample.case_code[-7:]}",
        "detail": f"/testimonies/{sample.uuid}/",
    }
    results = []
    for name, url in pages.items():
        timings = []
        for _ in range(repeat):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(url)
                timings.append(time.perf_counter() - started)
            assert response.status_code == 200, (name, response.status_code)
        results.append((name, statistics.median(timings), max(timings), len(queries)))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--database-url", default=None)
    parser.add_argument(
        "--workdir", default=None, help="keep the SQLite database here and reuse it next time"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or tmp
        configure(args.database_url, workdir)
        from django.core.management import call_command
        from django.db import connection

        from testimony.models import Testimony

        call_command("migrate", verbosity=0)
        if not Testimony.objects.exists():
            started = time.perf_counter()
            seed(args.count)
            print(f"Seeded {args.count:,} testimonies in {time.perf_counter() - started:.0f} s")
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")  # both databases plan better with fresh statistics
        print(f"{'page':<20} {'median ms':>10} {'worst ms':>10} {'queries':>8}")
        for name, median, worst, queries in measure(args.repeat):
            print(f"{name:<20} {median * 1000:>10.1f} {worst * 1000:>10.1f} {queries:>8}")


if __name__ == "__main__":
    main()

"""How long a sheet of many testimonies takes to preview and import, and the memory it needs.

Usage (from the repository root):

    .venv/bin/python bench/import_at_scale.py --rows 10000 [--database-url postgres://...]

It builds a fresh database (SQLite in a temporary folder unless --database-url is given), writes
a CSV of ROWS invented testimonies (Korean headers, every row valid, each witness a different
invented Hangul name), then times `sheet_preview` and `sheet_import` (the functions behind the
page, the task and the command; wall time and this process's CPU time, which on a shared machine
says what the code costs apart from the wait for a core), verifies the audit chain the import
extended, and measures the peak of traced Python memory (tracemalloc) of a preview of the first
tenth of the rows and of all of them: flat memory means both peaks are close. Not run by CI;
figures go to docs/BENCHMARKS.md. `--preview-only` times the preview alone (its first run in
the process, so one-time costs such as loading the Korean analyser count); `--profile PATH`
writes its cProfile statistics. The database given with --database-url must be empty (it is
migrated here): `createdb -h 127.0.0.1 -U postgres bench_import`.
"""

import argparse
import cProfile
import csv
import os
import random
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HEADERS = [
    "면담일",
    "면담 장소",
    "파견 국가",
    "업종",
    "근무 시작",
    "근무 종료",
    "하루 노동시간",
    "여권 압수",
    "진술",
    "이름",
    "성별",
    "출생연도",
    "동의",
    "동의일",
    "동의 방법",
    "비고",
]
NARRATIVE = (
    "우리는 새벽 여섯 시부터 밤 열 시까지 일했습니다. 감독원이 여권을 가져갔고 "
    "월급의 대부분은 충성자금으로 떼어 갔습니다. 한 달에 하루도 쉬지 못했습니다. "
) * 6
SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
SYLLABLES = "영철순희명수성일광남혜정은경민준호진숙미"


def configure(database_url: str | None, workdir: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ["DJANGO_DEBUG"] = "true"
    os.environ["DJANGO_VAR_DIR"] = workdir
    os.environ["DATABASE_URL"] = database_url or f"sqlite:///{workdir}/bench.sqlite3"
    import django

    django.setup()


def write_sheet(path: Path, rows: int) -> None:
    generator = random.Random(16)
    names: set[str] = set()
    with open(path, "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(HEADERS)
        for number in range(rows):
            while True:
                name = (
                    generator.choice(SURNAMES)
                    + generator.choice(SYLLABLES)
                    + generator.choice(SYLLABLES)
                    + str(number)
                )
                if name not in names:
                    names.add(name)
                    break
            day = date(2015, 1, 1) + timedelta(days=generator.randrange(3000))
            writer.writerow(
                [
                    day.isoformat(),
                    "서울",
                    generator.choice(["러시아", "쿠웨이트", "중국"]),
                    generator.choice(["건설", "벌목"]),
                    "2012-03",
                    "2014",
                    "16",
                    "예",
                    NARRATIVE,
                    name,
                    generator.choice(["남", "여"]),
                    "1975",
                    "예",
                    day.isoformat(),
                    "written",
                    f"원본 파일 {number}행",
                ]
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--database-url", default=None)
    parser.add_argument(
        "--preview-only",
        action="store_true",
        help="time the preview only (no memory passes, no import)",
    )
    parser.add_argument(
        "--profile",
        metavar="PATH",
        help="write cProfile statistics of the timed preview to PATH (read with pstats)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        configure(args.database_url, workdir)
        from django.contrib.auth.models import Group, User
        from django.core.management import call_command
        from django.db import reset_queries

        from testimony.audit import audit_verify
        from testimony.importing.columns import propose
        from testimony.importing.readers import open_sheet
        from testimony.importing.run import sheet_import, sheet_preview

        call_command("migrate", verbosity=0)
        carol = User.objects.create_user("carol")
        carol.groups.add(Group.objects.get(name="coordinator"))
        sheet_path = Path(workdir) / "cases.csv"
        write_sheet(sheet_path, args.rows)
        small_path = Path(workdir) / "small.csv"
        write_sheet(small_path, max(args.rows // 10, 1))
        print(f"{args.rows:,} rows, {sheet_path.stat().st_size / 1e6:.1f} MB of CSV")
        with open_sheet(sheet_path) as sheet:
            mapping = propose(sheet.headers)

        def progress(_rows: int) -> None:
            reset_queries()  # DEBUG keeps a log of queries; not part of what is measured

        for label, path in (
            () if args.preview_only else (("tenth", small_path), ("all", sheet_path))
        ):
            tracemalloc.start()
            sheet_preview(path, mapping, by=carol, progress=progress)
            _current, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(f"preview peak traced memory ({label} of the rows): {peak / 1e6:.1f} MB")

        profiler = cProfile.Profile() if args.profile else None
        load_before = os.getloadavg()[0]
        started, cpu = time.perf_counter(), time.process_time()
        if profiler is not None:
            profiler.enable()
        report = sheet_preview(sheet_path, mapping, by=carol, progress=progress)
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(args.profile)
        print(f"preview: {time.perf_counter() - started:.1f} s "
              f"({time.process_time() - cpu:.1f} s of this process's CPU), "
              f"{report.ready:,} ready, {len(report.problems)} problems; "
              f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after")  # fmt: skip
        if args.preview_only:
            return
        started, cpu = time.perf_counter(), time.process_time()
        report = sheet_import(sheet_path, mapping, by=carol, progress=progress)
        print(f"import: {time.perf_counter() - started:.1f} s "
              f"({time.process_time() - cpu:.1f} s of this process's CPU), "
              f"{len(report.created):,} created, imported={report.imported}")  # fmt: skip
        checked, chain_break = audit_verify()
        print(f"audit chain: {checked:,} events checked, break: {chain_break}")


if __name__ == "__main__":
    main()

"""Previewing and importing a sheet: all or nothing, in one transaction.

`sheet_preview` checks every row by the entry page's rules (build.py, without building the forms)
and lists every problem without writing anything. `sheet_import` does the same inside one
transaction and writes the valid rows in batches (bulk.py: encryption, blind index, a block of
case codes, version, audit event per testimony); any blocking problem, or a warning not
accepted, rolls everything back. The file
itself gets one audit event (its SHA-256, never its name or content). Both read the sheet from
its path (the command) or its bytes (the pages and the background task, which decrypt the upload
into memory only).
"""

import hashlib
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils.translation import gettext as _

from testimony.audit import audit_record
from testimony.importing.bulk import testimonies_create_many
from testimony.importing.readers import Sheet, Source, as_source, open_sheet, source_open
from testimony.importing.validate import Problem, RowReader, RowResult, file_problems
from testimony.kept_rebuild import refresh_kept_soon
from testimony.models import AuditEvent, Testimony

# Problems kept for the report; past it, only counted.
MAX_LISTED_PROBLEMS = 1000

Progress = Callable[[int], None]


@dataclass
class ImportReport:
    kind: str = ""
    headers: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unlisted_blocking: int = 0
    unlisted_warnings: int = 0
    rows: int = 0
    ready: int = 0
    created: list[str] = field(default_factory=list)  # case codes
    imported: bool = False

    def add(self, problem: Problem) -> None:
        if len(self.problems) < MAX_LISTED_PROBLEMS:
            self.problems.append(problem)
        elif problem.blocking:
            self.unlisted_blocking += 1
        else:
            self.unlisted_warnings += 1

    def to_json(self) -> str:
        data = asdict(self)
        data["problems"] = [asdict(problem) for problem in self.problems]
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "ImportReport":
        data = json.loads(text)
        data["problems"] = [Problem(**problem) for problem in data["problems"]]
        return cls(**data)

    @property
    def blocking(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.blocking]

    @property
    def warnings(self) -> list[Problem]:
        return [problem for problem in self.problems if not problem.blocking]

    @property
    def has_blocking(self) -> bool:
        return bool(self.blocking) or self.unlisted_blocking > 0

    @property
    def has_warnings(self) -> bool:
        return bool(self.warnings) or self.unlisted_warnings > 0


class ImportAborted(Exception):
    """Raised inside the import's transaction to roll it back."""


def file_sha256(path: Source) -> str:
    digest = hashlib.sha256()
    with source_open(as_source(path)) as file:
        for chunk in iter(lambda: file.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# Rows read, checked against recorded testimonies and (on import) written together.
BATCH_ROWS = 500


def _rows(
    sheet: Sheet,
    mapping: list[str],
    by: AbstractBaseUser,
    report: ImportReport,
    progress: Progress | None,
    create: Callable[[list[RowResult]], None] | None,
) -> None:
    reader = RowReader(sheet.headers, mapping, by)
    for problem in file_problems(reader.mapping):
        report.add(problem)
    batch: list[RowResult] = []

    def flush() -> None:
        reader.check_recorded(batch)
        ready = []
        for result in batch:
            for problem in result.problems:
                report.add(problem)
            if not result.blocked:
                report.ready += 1
                ready.append(result)
        if create is not None and ready and not report.has_blocking:
            create(ready)
        batch.clear()

    for number, cells in sheet.rows():
        report.rows += 1
        batch.append(reader.validate(reader.read(number, cells)))
        if len(batch) >= BATCH_ROWS:
            flush()
        if progress is not None and report.rows % 100 == 0:
            progress(report.rows)
    flush()
    if progress is not None:
        progress(report.rows)
    report.notes = list(sheet.notes)
    if reader.indicators_without_passage:
        report.notes.append(
            _(
                "Indicators the sheet only marks or lists are tagged for the phase 'work and "
                "life under duress' with a sentence saying where the sheet marked them: quote "
                "the passage of the narrative that shows each before review."
            )
        )


def sheet_preview(
    path: Source, mapping: list[str], *, by: AbstractBaseUser, progress: Progress | None = None
) -> ImportReport:
    """Every problem of the sheet under `mapping` (`path`: its path or its bytes); nothing is
    written."""
    report = ImportReport()
    with open_sheet(path) as sheet:
        report.kind = sheet.kind
        report.headers = sheet.headers
        _rows(sheet, mapping, by, report, progress, None)
    return report


def sheet_import(
    path: Source,
    mapping: list[str],
    *,
    by: AbstractBaseUser,
    accept_warnings: bool = False,
    source: str = "",
    progress: Progress | None = None,
) -> ImportReport:
    """Import every row or none: a blocking problem, or a warning not accepted, rolls back."""
    report = ImportReport()
    path = as_source(path)
    sha256 = file_sha256(path)
    try:
        with transaction.atomic(), open_sheet(path) as sheet:
            report.kind = sheet.kind
            report.headers = sheet.headers
            import_id = source or sha256[:16]
            detail = {"import": import_id}

            def create(results: list[RowResult]) -> None:
                report.created.extend(
                    testimonies_create_many(
                        [(result.parts, "\n".join(result.extra)) for result in results],
                        by=by,
                        audit_detail=detail,
                    )
                )

            _rows(sheet, mapping, by, report, progress, create)
            if report.has_blocking or (report.has_warnings and not accept_warnings):
                raise ImportAborted
            if not report.created:
                report.add(Problem(None, "", _("The sheet has no rows to import."), True))
                raise ImportAborted
            audit_record(
                actor=by,
                action=AuditEvent.Action.IMPORTED,
                object_type="import",
                object_id=import_id,
                detail={
                    "kind": sheet.kind,
                    "sha256": sha256,
                    "rows": report.rows,
                    "created": len(report.created),
                    "first": report.created[0],
                    "last": report.created[-1],
                },
            )
            # New testimonies make the corroboration figures stale (thousands of them: every
            # one): the worker recomputes them once this commits, not the first page.
            refresh_kept_soon()
    except ImportAborted:
        report.created = []
        return report
    report.imported = True
    return report


def imported_testimonies(case_codes: list[str]) -> list[Testimony]:
    return list(Testimony.objects.filter(case_code__in=case_codes).order_by("case_code"))

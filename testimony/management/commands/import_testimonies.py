"""Import testimonies from a sheet (CSV, XLSX, ODS), or write the import template.

    manage.py import_testimonies PATH --as USERNAME [--dry-run] [--mapping NAME] [--accept-warnings]
    manage.py import_testimonies --template PATH.xlsx
    manage.py import_testimonies --discard-uploads-older-than 24

All or nothing: a blocking problem, or a warning not accepted, imports nothing (exit status 1).
"""

from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from testimony.importing.columns import propose
from testimony.importing.readers import ImportRefused, open_sheet
from testimony.importing.run import ImportReport, sheet_import, sheet_preview
from testimony.importing.template import template_write
from testimony.importing.uploads import upload_discard
from testimony.models import ImportMapping, ImportUpload


class Command(BaseCommand):
    help = "Import testimonies from a CSV, XLSX or ODS sheet as drafts, or write the template."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", nargs="?", help="The sheet to import.")
        parser.add_argument("--as", dest="username", help="The user who imports (required).")
        parser.add_argument("--dry-run", action="store_true", help="Check only; write nothing.")
        parser.add_argument("--mapping", help="The name of a mapping saved on the import page.")
        parser.add_argument(
            "--accept-warnings", action="store_true", help="Import despite warnings."
        )
        parser.add_argument("--template", metavar="PATH.xlsx", help="Write the template here.")
        parser.add_argument(
            "--discard-uploads-older-than",
            type=int,
            metavar="HOURS",
            help="Delete the encrypted uploads left on the import pages for longer (cron).",
        )

    def handle(self, *args: object, **options: object) -> None:
        if options["discard_uploads_older_than"] is not None:
            cutoff = timezone.now() - timedelta(hours=options["discard_uploads_older_than"])
            stale = list(ImportUpload.objects.filter(uploaded_at__lt=cutoff))
            for record in stale:
                upload_discard(record)
            self.stdout.write(f"Deleted {len(stale)} uploads not imported.")
            return
        if options["template"]:
            template_write(Path(options["template"]))
            self.stdout.write(f"Template written to {options['template']}.")
            return
        if not options["path"] or not options["username"]:
            raise CommandError("Give the file to import and --as USERNAME (or --template PATH).")
        user = get_user_model().objects.filter(username=options["username"], is_active=True).first()
        if user is None:
            raise CommandError(f"No active user named {options['username']!r}.")
        if not user.has_perm("testimony.import_testimonies"):
            raise CommandError(f"{user.username} may not import testimonies.")
        saved = None
        if options["mapping"]:
            mapping_row = ImportMapping.objects.filter(name=options["mapping"]).first()
            if mapping_row is None:
                raise CommandError(f"No saved mapping named {options['mapping']!r}.")
            saved = mapping_row.columns
        path = Path(options["path"])
        if not path.is_file():
            raise CommandError(f"{path} is not a file.")
        try:
            with open_sheet(path) as sheet:
                mapping = propose(sheet.headers, saved)
            for header, key in zip(sheet.headers, mapping, strict=True):
                self.stdout.write(f"  {header!r} -> {key}")
            if options["dry_run"]:
                report = sheet_preview(path, mapping, by=user)
            else:
                report = sheet_import(
                    path,
                    mapping,
                    by=user,
                    accept_warnings=bool(options["accept_warnings"]),
                )
        except ImportRefused as refused:
            raise CommandError(str(refused)) from None
        self._report(report, dry_run=bool(options["dry_run"]))

    def _report(self, report: ImportReport, *, dry_run: bool) -> None:
        for note in report.notes:
            self.stdout.write(note)
        for problem in report.problems:
            label = "ERROR" if problem.blocking else "warning"
            self.stdout.write(f"{label}: {problem}")
        if report.unlisted_blocking or report.unlisted_warnings:
            self.stdout.write(
                f"... and {report.unlisted_blocking} more errors, "
                f"{report.unlisted_warnings} more warnings."
            )
        rows = "1 row" if report.rows == 1 else f"{report.rows} rows"
        self.stdout.write(f"{rows} read, {report.ready} ready to import.")
        if dry_run:
            if report.has_blocking:
                raise CommandError("Nothing would be imported: correct the errors above.")
            self.stdout.write("Dry run: nothing written.")
            return
        if not report.imported:
            if report.has_blocking:
                raise CommandError("Nothing imported: correct the errors above.")
            raise CommandError("Nothing imported: there are warnings; add --accept-warnings.")
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported 1 testimony as a draft: {report.created[0]}."
                if len(report.created) == 1
                else f"Imported {len(report.created)} testimonies as drafts: "
                f"{report.created[0]} to {report.created[-1]}."
            )
        )

"""Previews and imports of large sheets as background tasks (`manage.py db_worker`), with their
progress in a small file beside the bundles. The task decrypts the upload into its own memory
(`upload_bytes`) and reads the sheet from those bytes: no clear copy of the sheet is ever made
outside the process's memory, not even a temporary file. Progress goes to a file because the
import's own transaction holds its rows until the end, so progress written to the database would
not be seen by the page polling it."""

import logging
from pathlib import Path

from django.conf import settings
from django.tasks import task
from django.utils.translation import gettext as _

from testimony.importing.readers import ImportRefused
from testimony.importing.run import ImportReport, sheet_import, sheet_preview
from testimony.importing.uploads import upload_bytes, upload_file_discard
from testimony.importing.validate import Problem
from testimony.models import ImportUpload

logger = logging.getLogger(__name__)
PREVIEW = "preview"
IMPORT = "import"


def progress_path(record: ImportUpload) -> Path:
    return Path(settings.BUNDLE_DIR).parent / "imports" / f"{record.uuid.hex}.progress"


def progress_read(record: ImportUpload) -> int:
    try:
        return int(progress_path(record).read_text() or 0)
    except (OSError, ValueError):
        return 0


def _progress_writer(record: ImportUpload):
    path = progress_path(record)
    path.parent.mkdir(parents=True, exist_ok=True)

    def write(rows: int) -> None:
        path.write_text(str(rows))

    return write


def import_run(record: ImportUpload, action: str, *, accept_warnings: bool = False) -> ImportReport:
    """Preview or import `record` now; keep its report and state on the row."""
    mapping = record.mapping.get("columns") or []
    try:
        content = upload_bytes(record)  # decrypted into this process's memory only
        if action == PREVIEW:
            report = sheet_preview(
                content, mapping, by=record.uploaded_by, progress=_progress_writer(record)
            )
        else:
            report = sheet_import(
                content,
                mapping,
                by=record.uploaded_by,
                accept_warnings=accept_warnings,
                source=record.uuid.hex,
                progress=_progress_writer(record),
            )
    except ImportRefused as refused:
        report = ImportReport(problems=[Problem(None, "", str(refused), True)])
    record.report = report.to_json()
    record.state = ImportUpload.State.IMPORTED if report.imported else ImportUpload.State.PREVIEWED
    record.save(update_fields=["report", "state"])
    if report.imported:
        upload_file_discard(record)
    progress_path(record).unlink(missing_ok=True)
    return report


@task()
def import_sheet_task(upload_id: int, action: str, accept_warnings: bool = False) -> None:
    """The background task: claims the upload (QUEUED to RUNNING) so a second run does nothing."""
    if not ImportUpload.objects.filter(pk=upload_id, state=ImportUpload.State.QUEUED).update(
        state=ImportUpload.State.RUNNING
    ):
        return
    record = ImportUpload.objects.select_related("uploaded_by").get(pk=upload_id)
    try:
        import_run(record, action, accept_warnings=accept_warnings)
    except Exception:
        logger.exception("Import task failed for upload %s", record.uuid)
        failed = ImportReport(
            problems=[
                Problem(
                    None,
                    "",
                    _("The import stopped on an unexpected error; nothing was imported."),
                    True,
                )
            ]
        )
        ImportUpload.objects.filter(pk=upload_id).update(
            state=ImportUpload.State.FAILED, report=failed.to_json()
        )
        raise

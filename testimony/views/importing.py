"""Importing testimonies from a sheet: upload, mapping, preview, import (coordinators)."""

import io
from uuid import UUID

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from testimony.importing.columns import FIELDS, IGNORE, KEEP_AS_EXTRA, header_key, propose
from testimony.importing.readers import ImportRefused, max_bytes, open_sheet
from testimony.importing.run import ImportReport
from testimony.importing.tasks import IMPORT, PREVIEW, import_run, import_sheet_task, progress_read
from testimony.importing.template import template_write
from testimony.importing.uploads import (
    memory_uploads,
    upload_bytes,
    upload_discard,
    upload_store,
)
from testimony.models import ImportMapping, ImportUpload

PERMISSION = "testimony.import_testimonies"


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Sheet"),
        help_text=gettext_lazy(
            "CSV, XLSX or ODS, one testimony per row, the first row naming the columns."
        ),
    )
    saved_mapping = forms.ModelChoiceField(
        label=gettext_lazy("Saved mapping"),
        queryset=ImportMapping.objects.all(),
        required=False,
        empty_label=gettext_lazy("(propose one from the headers)"),
    )


def _field_choices() -> list[tuple[str, str]]:
    return [
        (KEEP_AS_EXTRA, _("(keep in the imported-extra note)")),
        (IGNORE, _("(ignore this column)")),
        *((item.key, str(item.label)) for item in FIELDS),
    ]


class MappingForm(forms.Form):
    save_as = forms.CharField(
        label=gettext_lazy("Save this mapping as"),
        max_length=80,
        required=False,
        help_text=gettext_lazy("Optional: a name, to use the same mapping next time."),
    )

    def __init__(self, *args: object, headers: list[str], proposed: list[str], **kwargs: object):
        super().__init__(*args, **kwargs)
        choices = _field_choices()
        self.headers = headers
        for index, header in enumerate(headers):
            self.fields[f"column_{index}"] = forms.ChoiceField(
                label=header or _("column %(n)s") % {"n": index + 1},
                choices=choices,
                initial=proposed[index],
            )

    def mapping(self) -> list[str]:
        return [self.cleaned_data[f"column_{index}"] for index in range(len(self.headers))]

    def column_fields(self) -> list[forms.BoundField]:
        return [self[f"column_{index}"] for index in range(len(self.headers))]


def _get_upload_for_user(request: HttpRequest, uuid: UUID) -> ImportUpload:
    return get_object_or_404(ImportUpload, uuid=uuid, uploaded_by=request.user)


@memory_uploads  # the sheet is received in memory only, never in a temporary file
@login_required
@permission_required(PERMISSION, raise_exception=True)
def import_start(request: HttpRequest) -> HttpResponse:
    posted = request.method == "POST"
    form = UploadForm(request.POST if posted else None, request.FILES if posted else None)
    # Read after the body: the upload handler marks a file cut off while it arrived.
    too_large = getattr(request, "upload_too_large", False)
    if request.method == "POST":
        if too_large:
            form.is_valid()  # the other fields' errors too; the file field only says "missing"
            form.errors.pop("file", None)
            form.errors.pop("files", None)
            form.add_error(
                None,
                _("The file is larger than %(limit)s, the largest accepted.")
                % {"limit": filesizeformat(max_bytes())},
            )
        elif form.is_valid():
            try:
                record = upload_store(upload=form.cleaned_data["file"], by=request.user)
            except ImportRefused as refused:
                form.add_error("file", str(refused))
            else:
                saved = form.cleaned_data["saved_mapping"]
                if saved is not None:
                    record.mapping = {"saved": saved.pk}
                    record.save(update_fields=["mapping"])
                return redirect("testimony:import_mapping", uuid=record.uuid)
    ctx = {
        "form": form,
        "pending": ImportUpload.objects.filter(uploaded_by=request.user)
        .exclude(mapping__has_key="batch")
        .exclude(state=ImportUpload.State.IMPORTED)
        .order_by("-uploaded_at"),
        "limit": filesizeformat(max_bytes()),
    }
    return render(request, "testimony/import_start.html", ctx, status=413 if too_large else 200)


@login_required
@permission_required(PERMISSION, raise_exception=True)
def import_template(request: HttpRequest) -> FileResponse:
    buffer = io.BytesIO()
    template_write(buffer)
    buffer.seek(0)
    return FileResponse(buffer, as_attachment=True, filename="testimonies-import-template.xlsx")


@login_required
@permission_required(PERMISSION, raise_exception=True)
def import_mapping(request: HttpRequest, uuid: UUID) -> HttpResponse:
    record = _get_upload_for_user(request, uuid)
    if "batch" in record.mapping:  # a transcript, not a sheet
        return redirect("testimony:transcripts_preview", batch=UUID(record.mapping["batch"]))
    try:
        with open_sheet(upload_bytes(record)) as sheet:
            headers = sheet.headers
    except ImportRefused as refused:
        messages.error(request, str(refused))
        upload_discard(record)
        return redirect("testimony:import_start")
    if record.mapping.get("columns"):
        proposed = record.mapping["columns"]
    else:
        saved = ImportMapping.objects.filter(pk=record.mapping.get("saved")).first()
        proposed = propose(headers, saved.columns if saved else None)
    form = MappingForm(request.POST or None, headers=headers, proposed=proposed)
    if request.method == "POST" and form.is_valid():
        mapping = form.mapping()
        record.mapping = {"columns": mapping}
        record.state = ""
        record.report = ""
        record.save(update_fields=["mapping", "state", "report"])
        if form.cleaned_data["save_as"]:
            ImportMapping.objects.update_or_create(
                name=form.cleaned_data["save_as"],
                defaults={
                    "columns": {
                        header_key(header): key
                        for header, key in zip(headers, mapping, strict=True)
                        if header_key(header)
                    },
                    "created_by": request.user,
                    "updated_at": timezone.now(),
                },
            )
        return redirect("testimony:import_preview", uuid=record.uuid)
    return render(request, "testimony/import_mapping.html", {"form": form, "upload": record})


def _finished(request: HttpRequest, record: ImportUpload, report: ImportReport) -> HttpResponse:
    """The done page after an import (the upload's file already destroyed), else the preview."""
    if report.imported:
        if record.pk is not None:
            upload_discard(record)
        return render(request, "testimony/import_done.html", {"report": report})
    ctx = {
        "upload": record,
        "report": report,
        "tried": request.method == "POST",
        "accept": request.POST.get("accept_warnings") == "on",
    }
    return render(request, "testimony/import_preview.html", ctx)


def _queue(record: ImportUpload, action: str, accept: bool) -> None:
    record.state = ImportUpload.State.QUEUED
    record.report = ""
    record.save(update_fields=["state", "report"])
    import_sheet_task.enqueue(record.pk, action, accept)


@login_required
@permission_required(PERMISSION, raise_exception=True)
def import_preview(request: HttpRequest, uuid: UUID) -> HttpResponse:
    record = _get_upload_for_user(request, uuid)
    if not record.mapping.get("columns"):
        return redirect("testimony:import_mapping", uuid=record.uuid)
    states = ImportUpload.State
    if record.state in (states.QUEUED, states.RUNNING):
        return render(request, "testimony/import_progress.html", _progress_ctx(record))
    finished = (states.PREVIEWED, states.IMPORTED, states.FAILED)
    if request.method == "GET" and record.state in finished:
        return _finished(request, record, ImportReport.from_json(record.report))
    accept = request.method == "POST" and request.POST.get("accept_warnings") == "on"
    action = IMPORT if request.method == "POST" else PREVIEW
    if record.size > settings.IMPORT_SYNC_MAX_BYTES:
        _queue(record, action, accept)
        return render(request, "testimony/import_progress.html", _progress_ctx(record))
    report = import_run(record, action, accept_warnings=accept)
    return _finished(request, record, report)


def _progress_ctx(record: ImportUpload) -> dict:
    return {"upload": record, "rows": progress_read(record)}


@login_required
@permission_required(PERMISSION, raise_exception=True)
def import_progress(request: HttpRequest, uuid: UUID) -> HttpResponse:
    """The progress bar's refresh (htmx); when the task has finished, the browser goes to the
    preview or the done page."""
    record = _get_upload_for_user(request, uuid)
    if record.state not in (ImportUpload.State.QUEUED, ImportUpload.State.RUNNING):
        response = HttpResponse(status=204)
        response["HX-Redirect"] = reverse("testimony:import_preview", args=[record.uuid])
        return response
    return render(request, "testimony/_import_progress.html", _progress_ctx(record))


@login_required
@permission_required(PERMISSION, raise_exception=True)
@require_POST
def import_cancel(request: HttpRequest, uuid: UUID) -> HttpResponse:
    upload_discard(_get_upload_for_user(request, uuid))
    messages.info(request, _("The uploaded file was deleted; nothing was imported."))
    return redirect("testimony:import_start")

"""An uploaded sheet or transcript between the import's steps: encrypted as attachments are,
never in clear on disk.

The import pages receive the upload in memory only (`memory_uploads`, bounded by
TESTIMONY_IMPORT_MAX_MB: past it the file is dropped while it arrives and the page says so). The
file is sealed with a key of its own (attachments.encrypt_file) into the attachments storage;
the key lives encrypted in the `ImportUpload` row. Each step decrypts it into memory
(`upload_bytes`), pages and background task alike, and the readers read those bytes: no clear
copy of the file is ever made outside the process's memory. The import deletes the upload.
"""

import base64
import io
import os
import uuid
from collections.abc import Callable
from functools import wraps

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.files import File
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import MemoryFileUploadHandler, SkipFile
from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from testimony.attachments import _new_key, attachment_storage, decrypt_chunks, encrypt_file
from testimony.importing.readers import Source, check_size, max_bytes, open_sheet
from testimony.models import ImportUpload


class MemoryOnlyUploadHandler(MemoryFileUploadHandler):
    """Keep the files of an import request in memory, whatever their size, up to
    TESTIMONY_IMPORT_MAX_MB for all files of the request together; past that the file is
    dropped as it arrives (nothing kept, nothing written to disk) and `request.upload_too_large`
    tells the page to say so. No other handler follows, so no temporary file is ever made."""

    def handle_raw_input(self, *args: object, **kwargs: object) -> None:
        self.activated = True
        self.received = 0
        return None

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes | None:
        self.received += len(raw_data)
        if self.received > max_bytes():
            self.request.upload_too_large = True
            self.file = io.BytesIO()  # what was kept of this file is let go
            raise SkipFile
        return super().receive_data_chunk(raw_data, start)


def memory_uploads(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Receive the view's uploads with `MemoryOnlyUploadHandler` only.

    The handlers must be set before the body is read, and the CSRF check reads it: so the view
    is exempted from the middleware's check and protected again inside, after the handlers are
    set (Django's documented way of modifying upload handlers on the fly)."""
    protected = csrf_protect(view)

    @wraps(view)
    def wrapped(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        request.upload_handlers = [MemoryOnlyUploadHandler(request)]
        return protected(request, *args, **kwargs)

    return csrf_exempt(wrapped)


def _sheet_kind(source: Source) -> str:
    with open_sheet(source) as sheet:
        return sheet.kind


def _content(upload: UploadedFile) -> bytes:
    """The upload's bytes (an in-memory upload's buffer, without copying when possible)."""
    inner = getattr(upload, "file", None)
    if isinstance(inner, io.BytesIO):
        return inner.getvalue()
    upload.seek(0)
    return upload.read()


def upload_store(
    *,
    upload: UploadedFile,
    by: AbstractBaseUser,
    kind_of: Callable[[Source], str] = _sheet_kind,
    mapping: dict | None = None,
) -> ImportUpload:
    """Check that the file is one this import reads (`kind_of` says its kind from the file's
    bytes, or raises ImportRefused), then keep it encrypted. Nothing clear reaches the disk."""
    check_size(upload.size or 0)
    content = _content(upload)
    check_size(len(content))
    kind = kind_of(content)
    key = _new_key()
    record = ImportUpload(
        uuid=uuid.uuid4(),
        uploaded_by=by,
        kind=kind,
        size=len(content),
        original_name=os.path.basename(upload.name or "")[:255],
        data_key=base64.urlsafe_b64encode(key).decode("ascii"),
        mapping=mapping or {},
    )
    storage = attachment_storage()
    name = f"imports/{uuid.uuid4().hex}.bin"
    with io.BytesIO(content) as clear, io.BytesIO() as sealed:
        record.sha256 = encrypt_file(clear, sealed, key, record.uuid.bytes)
        sealed.seek(0)
        record.storage_name = storage.save(name, File(sealed, name=name))
    try:
        record.save(force_insert=True)
    except BaseException:
        storage.delete(record.storage_name)
        raise
    return record


def upload_bytes(record: ImportUpload) -> bytes:
    """The uploaded file decrypted, in memory (at most TESTIMONY_IMPORT_MAX_MB)."""
    key = base64.urlsafe_b64decode(record.data_key)
    with attachment_storage().open(record.storage_name, "rb") as sealed:
        return b"".join(decrypt_chunks(sealed, key, record.uuid.bytes))


def upload_discard(record: ImportUpload) -> None:
    """Delete the encrypted file and its row (and so its key)."""
    attachment_storage().delete(record.storage_name)
    record.delete()


def upload_file_discard(record: ImportUpload) -> None:
    """Delete the encrypted file and its key; keep the row (its state and report)."""
    attachment_storage().delete(record.storage_name)
    ImportUpload.objects.filter(pk=record.pk).update(
        data_key="", storage_name=f"deleted/{record.uuid.hex}"
    )

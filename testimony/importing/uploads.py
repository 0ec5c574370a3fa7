"""An uploaded sheet between the import's steps: encrypted as attachments are, never in clear.

The file is sealed with a key of its own (attachments.encrypt_file) into the attachments
storage; the key lives encrypted in the `ImportUpload` row. Each step decrypts it into a
private temporary file that is deleted as soon as the step ends; the import deletes the upload.
"""

import base64
import os
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.files import File
from django.core.files.uploadedfile import UploadedFile

from testimony.attachments import _new_key, attachment_storage, decrypt_chunks, encrypt_file
from testimony.importing.readers import check_size, open_sheet
from testimony.models import ImportUpload


@contextmanager
def _private_copy(chunks: Iterator[bytes]) -> Iterator[Path]:
    handle, name = tempfile.mkstemp(prefix="import-")
    path = Path(name)
    try:
        with os.fdopen(handle, "wb") as file:
            for chunk in chunks:
                file.write(chunk)
        yield path
    finally:
        path.unlink(missing_ok=True)


def _sheet_kind(path: Path) -> str:
    with open_sheet(path) as sheet:
        return sheet.kind


def upload_store(
    *,
    upload: UploadedFile,
    by: AbstractBaseUser,
    kind_of: Callable[[Path], str] = _sheet_kind,
    mapping: dict | None = None,
) -> ImportUpload:
    """Check that the file is one this import reads (`kind_of` says its kind or raises
    ImportRefused), then keep it encrypted."""
    check_size(upload.size or 0)
    upload.seek(0)
    with _private_copy(iter(lambda: upload.read(1 << 16), b"")) as path:
        kind = kind_of(path)
    key = _new_key()
    record = ImportUpload(
        uuid=uuid.uuid4(),
        uploaded_by=by,
        kind=kind,
        size=upload.size or 0,
        original_name=os.path.basename(upload.name or "")[:255],
        data_key=base64.urlsafe_b64encode(key).decode("ascii"),
        mapping=mapping or {},
    )
    upload.seek(0)
    storage = attachment_storage()
    name = f"imports/{uuid.uuid4().hex}.bin"
    with tempfile.TemporaryFile() as sealed:
        record.sha256 = encrypt_file(upload, sealed, key, record.uuid.bytes)
        sealed.seek(0)
        record.storage_name = storage.save(name, File(sealed, name=name))
    try:
        record.save(force_insert=True)
    except BaseException:
        storage.delete(record.storage_name)
        raise
    return record


@contextmanager
def upload_plaintext(record: ImportUpload) -> Iterator[Path]:
    """The uploaded file decrypted into a private temporary file, deleted on leaving."""
    key = base64.urlsafe_b64decode(record.data_key)
    with (
        attachment_storage().open(record.storage_name, "rb") as sealed,
        _private_copy(decrypt_chunks(sealed, key, record.uuid.bytes)) as path,
    ):
        yield path


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

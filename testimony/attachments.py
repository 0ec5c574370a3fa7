"""Attachments of a testimony: what is accepted, how it is encrypted and stored, who touched it.

Accepted by content only. The first bytes of the file are read and compared with the signatures
of an allowlist (PDF, JPEG, PNG, WebP, MP3, MP4/M4A audio, Ogg/Opus, WAV, DOCX); the browser's
content type and the file name's extension are ignored, and anything else is refused in words.

Encrypted under a key of its own. Each file gets 32 random bytes as an AES-256-GCM key; the file
is cut into 64 KiB chunks, each sealed with a nonce made of a random per-file prefix, the chunk's
number and a flag on the last chunk (the STREAM construction), with the attachment's UUID as
associated data. So a 25 MB file is encrypted and served chunk by chunk in bounded memory, a
chunk cannot be altered, reordered, dropped or moved to another attachment unnoticed, and a
truncated file fails. The per-file key is stored in the Attachment row, itself encrypted with the
field-encryption keys (crypto.py): rotating those keys (manage.py rotate_keys) re-wraps the
per-file keys without rewriting any file, and deleting an attachment destroys its key, so even a
backup copy of the file stays unreadable.

Stored through Django's storage API under a random name (the storage called "attachments" in
settings.STORAGES): a directory outside the web root by default, an S3-compatible bucket when
configured. No URL of the storage is ever handed out; files leave only through the permission-
checked download view.
"""

import base64
import hashlib
import os
import secrets
import struct
import tempfile
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from crispy_forms.helper import FormHelper
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django import forms
from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.files import File
from django.core.files.storage import Storage, storages
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from testimony.audit import audit_record
from testimony.models import Attachment, AuditEvent, CustodyEvent, Testimony

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
MAGIC = b"TSTATT1"
NONCE_PREFIX_SIZE = 7
HEADER_SIZE = len(MAGIC) + NONCE_PREFIX_SIZE
# How many bytes of a file the signatures are looked for in.
SNIFF_SIZE = 64


class AttachmentRefused(Exception):
    """The file cannot be accepted; the message says why, for the person uploading it."""


class AttachmentDamaged(Exception):
    """A stored file does not decrypt: altered, truncated, or its key destroyed."""


@dataclass(frozen=True)
class FileKind:
    extension: str
    content_type: str
    label: str


PDF = FileKind("pdf", "application/pdf", "PDF")
JPEG = FileKind("jpg", "image/jpeg", "JPEG")
PNG = FileKind("png", "image/png", "PNG")
WEBP = FileKind("webp", "image/webp", "WebP")
MP3 = FileKind("mp3", "audio/mpeg", "MP3")
M4A = FileKind("m4a", "audio/mp4", "MP4 audio (M4A)")
OGG = FileKind("ogg", "audio/ogg", "Ogg audio")
OPUS = FileKind("opus", "audio/ogg", "Opus audio")
WAV = FileKind("wav", "audio/wav", "WAV audio")
DOCX = FileKind(
    "docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "Word document (DOCX)",
)
KINDS = {kind.extension: kind for kind in (PDF, JPEG, PNG, WEBP, MP3, M4A, OGG, OPUS, WAV, DOCX)}
# Kept only from the transcript import, which reads them: not offered on the upload form.
ODT = FileKind("odt", "application/vnd.oasis.opendocument.text", "OpenDocument text (ODT)")
TXT = FileKind("txt", "text/plain", "Plain text")
ACCEPTED_LABELS = "PDF, JPEG, PNG, WebP, MP3, M4A, Ogg/Opus, WAV, DOCX"

# ISO base media brands of audio recorders and phones: M4A/M4B are audio by definition; the
# generic ones are what many phone recorders write into .m4a files.
MP4_AUDIO_BRANDS = {b"M4A ", b"M4B ", b"mp42", b"mp41", b"isom", b"iso2", b"dash"}


def _is_mp3_frame(head: bytes) -> bool:
    """An MPEG audio layer III frame header: sync bits, a known version, a usable bitrate."""
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version = (head[1] >> 3) & 0x3
    layer = (head[1] >> 1) & 0x3
    bitrate = head[2] >> 4
    sample_rate = (head[2] >> 2) & 0x3
    return version != 1 and layer == 1 and bitrate not in (0, 0xF) and sample_rate != 3


def _docx(file: IO[bytes]) -> FileKind:
    try:
        with zipfile.ZipFile(file) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, EOFError, ValueError, OSError, NotImplementedError):
        raise AttachmentRefused(
            _("This file starts like a ZIP archive but cannot be read as one.")
        ) from None
    if "word/document.xml" not in names or "[Content_Types].xml" not in names:
        raise AttachmentRefused(
            _(
                "This is a ZIP archive, not a Word document. Archives are not accepted: "
                "upload each file on its own."
            )
        )
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        raise AttachmentRefused(
            _("This Word document contains macros. Save it as a plain .docx and upload that.")
        )
    return DOCX


def sniff(file: IO[bytes]) -> FileKind:
    """The kind of file by its content, or AttachmentRefused saying why it is not accepted."""
    file.seek(0)
    head = file.read(SNIFF_SIZE)
    file.seek(0)
    if not head:
        raise AttachmentRefused(_("The file is empty."))
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return WAV
    if head.startswith(b"ID3") or _is_mp3_frame(head):
        return MP3
    if head[4:8] == b"ftyp" and head[8:12] in MP4_AUDIO_BRANDS:
        return M4A
    if head.startswith(b"OggS"):
        return OPUS if b"OpusHead" in head else OGG
    if head.startswith(b"PK\x03\x04"):
        kind = _docx(file)
        file.seek(0)
        return kind
    raise AttachmentRefused(
        _("This type of file is not accepted. Accepted are: %(kinds)s.")
        % {"kinds": ACCEPTED_LABELS}
    )


def max_bytes() -> int:
    return settings.ATTACHMENT_MAX_BYTES


def check_size(size: int) -> None:
    if size > max_bytes():
        raise AttachmentRefused(
            _("The file is %(size)s; the largest accepted is %(limit)s.")
            % {"size": filesizeformat(size), "limit": filesizeformat(max_bytes())}
        )


class UploadSizeLimitHandler(FileUploadHandler):
    """Stop receiving a file as soon as it passes ATTACHMENT_MAX_BYTES.

    Without it Django would write a file of any size to a temporary file before a view could
    look at it (the CSRF check reads the request body first). The request is marked so the form
    can say why the file is missing.
    """

    def new_file(self, *args: object, **kwargs: object) -> None:
        super().new_file(*args, **kwargs)
        self.received = 0

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes | None:
        self.received += len(raw_data)
        if self.received > max_bytes():
            self.request.upload_too_large = True
            raise SkipFile
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None


class AttachmentForm(forms.Form):
    """One file and what it is. Validation reads the file's content; it never stores anything."""

    category = forms.ChoiceField(
        label=gettext_lazy("What it is"), choices=Attachment.Category.choices
    )
    file = forms.FileField(
        label=gettext_lazy("File"),
        help_text=gettext_lazy(
            "PDF, JPEG, PNG, WebP, MP3, M4A, Ogg/Opus, WAV or DOCX. Stored encrypted."
        ),
    )

    def __init__(self, *args: object, request_too_large: bool = False, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.request_too_large = request_too_large
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True

    def clean_file(self) -> UploadedFile:
        upload = self.cleaned_data["file"]
        try:
            check_size(upload.size or 0)
            self.cleaned_data["kind"] = sniff(upload)
        except AttachmentRefused as refused:
            raise forms.ValidationError(str(refused)) from None
        return upload

    def clean(self) -> dict:
        cleaned = super().clean()
        if self.request_too_large:
            # The file was cut off while it arrived, so the field only knows it is missing.
            self.errors.pop("file", None)
            self.add_error(
                "file",
                _("The file is larger than %(limit)s, the largest accepted.")
                % {"limit": filesizeformat(max_bytes())},
            )
        return cleaned


def attachment_storage() -> Storage:
    return storages["attachments"]


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", counter, 1 if last else 0)


def encrypt_file(source: IO[bytes], target: IO[bytes], key: bytes, associated: bytes) -> str:
    """Write `source` encrypted to `target`; return the SHA-256 (hex) of the plaintext."""
    aead = AESGCM(key)
    prefix = secrets.token_bytes(NONCE_PREFIX_SIZE)
    header = MAGIC + prefix
    target.write(header)
    digest = hashlib.sha256()
    counter = 0
    piece = source.read(CHUNK_SIZE)
    while True:
        following = source.read(CHUNK_SIZE) if len(piece) == CHUNK_SIZE else b""
        last = not following
        digest.update(piece)
        target.write(aead.encrypt(_nonce(prefix, counter, last), piece, header + associated))
        if last:
            return digest.hexdigest()
        counter += 1
        piece = following


def _read_exactly(source: IO[bytes], size: int) -> bytes:
    """Read `size` bytes unless the end comes first (some storages return short reads)."""
    parts = []
    remaining = size
    while remaining:
        part = source.read(remaining)
        if not part:
            break
        parts.append(part)
        remaining -= len(part)
    return b"".join(parts)


def decrypt_chunks(source: IO[bytes], key: bytes, associated: bytes) -> Iterator[bytes]:
    """The plaintext of an encrypted file, chunk by chunk, each checked before it is given out."""
    aead = AESGCM(key)
    header = _read_exactly(source, HEADER_SIZE)
    if len(header) != HEADER_SIZE or not header.startswith(MAGIC):
        raise AttachmentDamaged("The stored file is not an encrypted attachment.")
    prefix = header[len(MAGIC) :]
    counter = 0
    sealed = _read_exactly(source, CHUNK_SIZE + TAG_SIZE)
    while True:
        following = _read_exactly(source, CHUNK_SIZE + TAG_SIZE)
        last = not following
        try:
            yield aead.decrypt(_nonce(prefix, counter, last), sealed, header + associated)
        except InvalidTag:
            raise AttachmentDamaged(
                "A chunk of the stored file does not decrypt: altered or truncated."
            ) from None
        if last:
            return
        counter += 1
        sealed = following


def _new_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def _key_of(attachment: Attachment) -> bytes:
    if not attachment.data_key:
        raise AttachmentDamaged("The key of this attachment was destroyed when it was deleted.")
    return base64.urlsafe_b64decode(attachment.data_key)


def _custody(attachment: Attachment, action: str, by: AbstractBaseUser, audit: str) -> None:
    CustodyEvent.objects.create(attachment=attachment, action=action, actor=by)
    audit_record(
        actor=by,
        action=audit,
        testimony=attachment.testimony,
        object_type="attachment",
        object_id=str(attachment.uuid),
        detail={"category": attachment.category, "sha256": attachment.sha256},
    )


@transaction.atomic
def attachment_upload(
    *, testimony: Testimony, by: AbstractBaseUser, upload: UploadedFile, category: str
) -> Attachment:
    """Check, encrypt and store an uploaded file; record who uploaded it."""
    check_size(upload.size or 0)
    kind = sniff(upload)
    return attachment_store(
        testimony=testimony,
        by=by,
        source=upload,
        size=upload.size or 0,
        name=upload.name or "",
        kind=kind,
        category=category,
    )


@transaction.atomic
def attachment_store(
    *,
    testimony: Testimony,
    by: AbstractBaseUser,
    source: IO[bytes],
    size: int,
    name: str,
    kind: FileKind,
    category: str,
) -> Attachment:
    """Encrypt and store a file whose kind the caller found from its content (the upload form
    through `sniff`, the transcript import through its readers); record who added it."""
    key = _new_key()
    attachment = Attachment(
        uuid=uuid.uuid4(),
        testimony=testimony,
        category=category,
        kind=kind.extension,
        content_type=kind.content_type,
        size=size,
        original_name=os.path.basename(name)[:255],
        data_key=base64.urlsafe_b64encode(key).decode("ascii"),
        uploaded_by=by,
    )
    source.seek(0)
    storage = attachment_storage()
    stored_as = f"{uuid.uuid4().hex[:2]}/{uuid.uuid4().hex}.bin"
    with tempfile.TemporaryFile() as sealed:
        attachment.sha256 = encrypt_file(source, sealed, key, attachment.uuid.bytes)
        sealed.seek(0)
        attachment.storage_name = storage.save(stored_as, File(sealed, name=stored_as))
    try:
        attachment.save(force_insert=True)
        _custody(
            attachment, CustodyEvent.Action.UPLOADED, by, AuditEvent.Action.ATTACHMENT_UPLOADED
        )
    except BaseException:
        storage.delete(attachment.storage_name)
        raise
    return attachment


def attachment_open(attachment: Attachment, *, by: AbstractBaseUser) -> Iterator[bytes]:
    """Record the download and return the decrypted content as an iterator of chunks.

    The first chunk is decrypted and checked before anything is recorded or sent, so a damaged
    file (every file under 64 KiB entirely) is refused before the response starts; later chunks
    are checked as they are sent. The stored file is closed with the iterator.
    """
    key = _key_of(attachment)
    storage_file = attachment_storage().open(attachment.storage_name, "rb")
    chunks = decrypt_chunks(storage_file, key, attachment.uuid.bytes)
    try:
        first = next(chunks)
    except BaseException:
        storage_file.close()
        raise
    _custody(
        attachment, CustodyEvent.Action.DOWNLOADED, by, AuditEvent.Action.ATTACHMENT_DOWNLOADED
    )

    def stream() -> Iterator[bytes]:
        try:
            yield first
            yield from chunks
        finally:
            storage_file.close()

    return stream()


@transaction.atomic
def attachment_delete(*, attachment: Attachment, by: AbstractBaseUser) -> None:
    """Destroy the file and its key; keep the row (what it was, its hash) and its custody."""
    locked = Attachment.objects.select_for_update().get(pk=attachment.pk)
    if locked.deleted_at is not None:
        return
    name = locked.storage_name
    Attachment.objects.filter(pk=locked.pk).update(
        deleted_at=timezone.now(), deleted_by=by, data_key=""
    )
    attachment.refresh_from_db()
    _custody(attachment, CustodyEvent.Action.DELETED, by, AuditEvent.Action.ATTACHMENT_DELETED)
    transaction.on_commit(lambda: attachment_storage().delete(name))

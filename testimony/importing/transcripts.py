"""Transcripts (DOCX, ODT, TXT, PDF with a text layer; one by one or in a ZIP) as draft
testimonies: the document's text becomes the narrative, paragraphs kept and line endings
normalized (text.normalize_text); the names the detector finds are proposed as persons to
register; the document itself is kept as an encrypted attachment (attachments.attachment_store).

Read with python-docx, odfpy and pypdf; plain text in UTF-8, UTF-16 or CP949 as for CSV.
All or nothing: the transcripts of one import become testimonies in one transaction.

Everything is read in memory: a document, and each document of a ZIP, is held as bytes and read
through BytesIO, so no clear copy is written to disk (an unpacked ZIP is bounded by
MAX_UNPACKED_BYTES). `manage.py import_transcripts` reads files the same way as the page.
"""

import io
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from testimony.anonymize.detect import detect_names
from testimony.anonymize.failure import DetectionFailed
from testimony.attachments import DOCX, ODT, PDF, TXT, FileKind, attachment_storage
from testimony.attachments import attachment_store as _attachment_store
from testimony.audit import audit_record
from testimony.forms import POSTING_SUMMARY_FIELDS, TestimonyEntry
from testimony.importing.readers import (
    ImportRefused,
    Source,
    as_source,
    check_size,
    detect_encoding,
    max_bytes,
    sniff_kind,
    source_size,
)
from testimony.kept_rebuild import refresh_kept_soon
from testimony.models import Attachment, AuditEvent, Person, Testimony
from testimony.services import testimony_create
from testimony.text import normalize_text

KINDS: dict[str, FileKind] = {"docx": DOCX, "odt": ODT, "pdf": PDF, "text": TXT}
# Members of one ZIP read at most, and names proposed per transcript at most.
MAX_FILES_IN_ZIP = 200
MAX_PROPOSED_NAMES = 60


def max_unpacked_bytes() -> int:
    """The documents of one ZIP together, unpacked (in memory): three times the largest file
    accepted. Documents compress little (DOCX, ODT and PDF are compressed already); past this it
    is an archive built to fill memory, or too much for one import."""
    return 3 * max_bytes()


HANGUL = re.compile(r"[\uac00-\ud7a3]")


@dataclass
class ProposedName:
    text: str
    reason: str
    count: int = 1

    @property
    def is_hangul(self) -> bool:
        return bool(HANGUL.search(self.text))


@dataclass
class Transcript:
    number: int  # 1, 2, ... in the order read; the page names documents by it, not by file name
    name: str  # the file name (it can name the witness: never shown, kept encrypted)
    kind: FileKind
    data: bytes  # the document's content, in memory only
    text: str = ""
    paragraphs: int = 0
    notes: list[str] = field(default_factory=list)
    names: list[ProposedName] = field(default_factory=list)
    refused: str = ""


def _docx_text(data: bytes, notes: list[str]) -> list[str]:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises many kinds on damaged or macro files
        raise ImportRefused(
            _("The Word document is damaged or contains macros, and cannot be read.")
        ) from None
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if any(name.startswith("word/embeddings/") for name in archive.namelist()):
            notes.append(_("Embedded objects in the document are ignored."))
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            paragraphs.append("\t".join(cell.text for cell in row.cells))
    return paragraphs


def _odt_text(data: bytes, notes: list[str]) -> list[str]:
    from odf import teletype
    from odf.namespaces import TEXTNS
    from odf.opendocument import load

    try:
        document = load(io.BytesIO(data))
    except Exception:  # odfpy raises many kinds on damaged files
        raise ImportRefused(_("The ODT document is damaged and cannot be read.")) from None
    paragraphs: list[str] = []

    def walk(node) -> None:
        for child in node.childNodes:
            if getattr(child, "qname", None) in ((TEXTNS, "p"), (TEXTNS, "h")):
                paragraphs.append(teletype.extractText(child))
            elif getattr(child, "childNodes", None):
                walk(child)

    walk(document.text)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if any(name.startswith("Object") for name in archive.namelist()):
            notes.append(_("Embedded objects in the document are ignored."))
    return paragraphs


def _pdf_text(data: bytes, notes: list[str]) -> list[str]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ImportRefused(
                _("The PDF is password-protected. Remove the password and import it again.")
            )
        pages = [page.extract_text() or "" for page in reader.pages]
    except ImportRefused:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError):
        raise ImportRefused(_("The PDF is damaged and cannot be read.")) from None
    except Exception:  # pypdf raises further kinds on unusual files
        raise ImportRefused(_("The PDF is damaged and cannot be read.")) from None
    if not "".join(pages).strip():
        raise ImportRefused(
            _(
                "The PDF has no text layer (it is a scan or a picture). Run text recognition "
                "(OCR) on it, or import the typed transcript instead."
            )
        )
    return [paragraph for page in pages for paragraph in [*page.split("\n"), ""]]


def _plain_text(data: bytes, notes: list[str]) -> list[str]:
    encoding = detect_encoding(data)
    return data.decode(encoding).split("\n")


READERS = {"docx": _docx_text, "odt": _odt_text, "pdf": _pdf_text, "text": _plain_text}


def transcript_read(transcript: Transcript, kind: str) -> Transcript:
    """Fill in the text and the proposed names; `refused` says why a file cannot be read."""
    try:
        paragraphs = READERS[kind](transcript.data, transcript.notes)
    except ImportRefused as refused:
        transcript.refused = str(refused)
        return transcript
    text = normalize_text("\n".join(paragraphs))
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if not text:
        transcript.refused = _("The document holds no text.")
        return transcript
    transcript.text = text
    transcript.paragraphs = sum(1 for line in text.split("\n") if line.strip())
    found: dict[str, ProposedName] = {}
    try:
        spans = detect_names(text)
    except DetectionFailed:
        spans = []
        transcript.notes.append(
            _(
                "Automatic name detection failed on this document (the failure is logged): no "
                "name is proposed. Register its persons by hand on the draft's edit page."
            )
        )
    for span in spans:
        key = span.text.casefold()
        if key in found:
            found[key].count += 1
        elif len(found) < MAX_PROPOSED_NAMES:
            found[key] = ProposedName(span.text, span.reason)
    transcript.names = sorted(found.values(), key=lambda name: -name.count)
    return transcript


@contextmanager
def transcripts_open(path: Source, name: str) -> Iterator[list[Transcript]]:
    """The transcripts in the file at `path` (or whose content `path` is): itself, or each
    document of a ZIP archive, unpacked in memory. ImportRefused if the file as a whole is too
    large or an archive unpacks to too much; a document that cannot be read is a transcript
    whose `refused` says why."""
    source = as_source(path)
    check_size(source_size(source))
    data = source if isinstance(source, bytes) else source.read_bytes()
    yield _transcripts(data, name)


def transcript_kind(path: Source) -> str:
    data = as_source(path)
    try:
        kind = sniff_kind(data)
    except ImportRefused as refused:
        if zipfile.is_zipfile(io.BytesIO(data) if isinstance(data, bytes) else data):
            return "zip"
        raise refused from None
    if kind not in READERS:
        raise ImportRefused(
            _(
                "This is a spreadsheet, not a transcript. Import sheets with 'Import "
                "testimonies'; transcripts are DOCX, ODT, TXT or PDF."
            )
        )
    return kind


def _transcripts(data: bytes, name: str) -> list[Transcript]:
    try:
        kind = transcript_kind(data)
    except ImportRefused as refused:
        return [Transcript(1, name, TXT, data, refused=str(refused))]
    if kind != "zip":
        return [transcript_read(Transcript(1, name, KINDS[kind], data), kind)]
    transcripts: list[Transcript] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = [
            info
            for info in archive.infolist()
            if not info.is_dir() and not info.filename.startswith(("__MACOSX/", "."))
        ]
        if len(members) > MAX_FILES_IN_ZIP:
            raise ImportRefused(
                _("The archive holds %(count)s files; at most %(limit)s are read at once.")
                % {"count": len(members), "limit": MAX_FILES_IN_ZIP}
            )
        unpacked = sum(info.file_size for info in members)
        if unpacked > max_unpacked_bytes():
            raise ImportRefused(
                _(
                    "The archive unpacks to %(size)s; at most %(limit)s are read at once. "
                    "Split it into smaller archives."
                )
                % {
                    "size": filesizeformat(unpacked),
                    "limit": filesizeformat(max_unpacked_bytes()),
                }
            )
        for number, info in enumerate(members, start=1):
            member_name = Path(info.filename).name
            if info.flag_bits & 0x1:
                transcripts.append(
                    Transcript(number, member_name, TXT, b"", refused=_("Password-protected."))
                )
                continue
            content = b""
            try:
                check_size(info.file_size)
                # Never more than the size the archive declares (zipfile stops there).
                with archive.open(info) as source:
                    content = source.read(max_bytes() + 1)
                check_size(len(content))
                member_kind = transcript_kind(content)
                if member_kind == "zip":
                    raise ImportRefused(_("An archive inside the archive is not read."))
            except (
                ImportRefused,
                zipfile.BadZipFile,
                OSError,
                EOFError,
                NotImplementedError,
            ) as refused:
                transcripts.append(
                    Transcript(number, member_name, TXT, content, refused=str(refused))
                )
                continue
            transcripts.append(
                transcript_read(
                    Transcript(number, member_name, KINDS[member_kind], content), member_kind
                )
            )
    return transcripts


@dataclass
class TranscriptImport:
    created: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    ready: int = 0  # transcripts that passed the entry form's checks (what a dry run reports)


def transcripts_import(
    transcripts: list[Transcript],
    *,
    by: AbstractBaseUser,
    facts: dict[str, str],
    roles: dict[tuple[int, int], str],
    source: str,
    dry_run: bool = False,
) -> TranscriptImport:
    """Create one draft testimony per readable transcript, all or none (`dry_run`: check each
    against the entry form as an import would, and write nothing).

    `facts`: the entry page's data for what every transcript shares (interview date, place,
    country, sector, language...). `roles`: (transcript number, name index) -> the role to
    register that proposed name as; names without a role are not registered.
    """
    result = TranscriptImport()
    readable = [transcript for transcript in transcripts if not transcript.refused]
    result.problems = [
        _("Document %(number)s: %(reason)s") % {"number": t.number, "reason": t.refused}
        for t in transcripts
        if t.refused
    ]
    if result.problems or not readable:
        if not readable and not result.problems:
            result.problems.append(_("There is no transcript to import."))
        return result
    stored: list[str] = []
    try:
        with transaction.atomic():
            for transcript in readable:
                entry = TestimonyEntry.for_testimony(
                    Testimony(), _entry_data(transcript, facts, roles)
                )
                if not entry.is_valid():
                    result.problems.extend(
                        _("Document %(number)s: %(reason)s")
                        % {"number": transcript.number, "reason": message}
                        for message in _messages(entry)
                    )
                    continue
                if result.problems:
                    continue
                result.ready += 1
                if dry_run:
                    continue
                testimony = testimony_create(entry=entry, by=by, audit_detail={"import": source})
                with io.BytesIO(transcript.data) as file:
                    attachment = _attachment_store(
                        testimony=testimony,
                        by=by,
                        source=file,
                        size=len(transcript.data),
                        name=transcript.name,
                        kind=transcript.kind,
                        category=Attachment.Category.DOCUMENT,
                    )
                stored.append(attachment.storage_name)
                audit_record(
                    actor=by,
                    action=AuditEvent.Action.IMPORTED,
                    testimony=testimony,
                    object_type="transcript",
                    object_id=source,
                    detail={"kind": transcript.kind.extension, "sha256": attachment.sha256},
                )
                result.created.append(testimony.case_code)
            if result.problems:
                raise _RollBack
            if result.created:
                # As the sheet import: new testimonies make the corroboration figures stale;
                # the worker recomputes them once this commits (a rolled-back import queues
                # nothing: the callback goes with the transaction).
                refresh_kept_soon()
    except _RollBack:
        result.created = []
    except BaseException:
        _delete(stored)
        raise
    if not result.created:
        _delete(stored)
    return result


class _RollBack(Exception):
    pass


def _delete(storage_names: list[str]) -> None:
    storage = attachment_storage()
    for name in storage_names:
        storage.delete(name)


def _entry_data(
    transcript: Transcript, facts: dict[str, str], roles: dict[tuple[int, int], str]
) -> dict[str, str]:
    from testimony.importing.validate import DEFAULTS

    data = {**DEFAULTS, **facts}
    # What the batch says of the work (country, sector ...) is the testimony's one posting.
    for key in POSTING_SUMMARY_FIELDS:
        if key in data:
            data[f"postings-0-{key}"] = data.pop(key)
    data["narrative-original"] = transcript.text
    data["narrative-language"] = facts.get("interview_language", "ko")
    persons: list[dict[str, str]] = []
    for index, name in enumerate(transcript.names):
        role = roles.get((transcript.number, index))
        if not role:
            continue
        field_name = "name_hangul" if name.is_hangul else "name_romanized"
        persons.append({"role": role, field_name: name.text})
    if not any(person["role"] == Person.Role.WITNESS for person in persons):
        persons.insert(0, {"role": Person.Role.WITNESS})
    for key in [key for key in data if key.startswith("persons-0-")]:
        del data[key]
    for position, person in enumerate(persons):
        data[f"persons-{position}-sex"] = Person.Sex.UNKNOWN
        data[f"persons-{position}-family_in_north_korea"] = "unknown"
        for key, value in person.items():
            data[f"persons-{position}-{key}"] = value
    data["persons-TOTAL_FORMS"] = str(len(persons))
    data["indicators-TOTAL_FORMS"] = "0"
    return data


def _messages(entry: TestimonyEntry) -> list[str]:
    from testimony.importing.validate import _form_errors

    messages = []
    for target, errors in _form_errors(entry):
        label = target.split("-")[-1].replace("_", " ") if target else ""
        messages.extend(f"{label}: {error}" if label else error for error in errors)
    return messages

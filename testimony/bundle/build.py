"""Build a bundle's ZIP: the background task and the function the command line shares with it.

The build reads testimonies only through release.py (exportable, approved anonymized texts),
writes each file, then the manifest with every file's SHA-256 and its detached signature. It
records progress as files are done (at most twice a second) so the page can show a live bar.

Case documents (most of the work) are rendered by worker processes from plain data while the
build reads the next cases; each file is hashed as it is written and then dropped, so memory does
not grow with the number of files (docs/BENCHMARKS.md, "Bundle builds").

A task may run twice (two workers, a retry): a run first claims the bundle with a conditional
UPDATE, and only the run holding the claim writes to it. The claim is the name of the run's
temporary ZIP, kept in `file_name` while the bundle is RUNNING; that file's modification time is
the run's sign of life. A run that finds the bundle claimed leaves it alone, unless the claimant
has been silent for BUNDLE_STALE_AFTER seconds (its worker died): then it takes the claim over.
"""

import contextlib
import hashlib
import logging
import multiprocessing
import os
import tempfile
import time
import zipfile
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from django.conf import settings
from django.db import connections, transaction
from django.db.models import QuerySet
from django.tasks import task
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from testimony.audit import audit_record
from testimony.bundle import data, documents, manifest
from testimony.bundle.case_facts import RELEASE_PREFETCH
from testimony.bundle.content import CaseRelease, PetitionRelease
from testimony.bundle.release import NotExportable, bundle_content, case_release, eligible
from testimony.bundle.victims import bundle_pseudonyms
from testimony.models import AuditEvent, Bundle, Petition, Testimony

logger = logging.getLogger(__name__)

# Case documents are rendered by this many worker processes (at most one per CPU): the build is
# CPU-bound, and each worker costs about 100 MB.
MAX_WORKERS = 2
# Cases are read this many at a time, and at most IN_FLIGHT wait for or are in a worker.
CHUNK = 50
IN_FLIGHT = 2 * CHUNK
# Progress is written at most this often (seconds): a write per file slowed large builds.
PROGRESS_INTERVAL = 0.5
STORED_SUFFIXES = (".pdf", ".docx", ".xlsx")
# Files are copied through the spool this much at a time.
BLOCK = 1 << 20


class BundleRefused(Exception):
    """The bundle cannot be built; the message says why, for the coordinator."""


class ClaimLost(Exception):
    """Another run took the bundle over (this one was silent too long): stop, touch nothing."""


@dataclass(frozen=True)
class _Claim:
    """This run's hold on a bundle: the temporary ZIP it writes, whose name is in `file_name`."""

    bundle_pk: int
    partial: Path

    def rows(self) -> QuerySet[Bundle]:
        """The bundle, if this run still holds it: every write of the run goes through here."""
        return Bundle.objects.filter(
            pk=self.bundle_pk, state=Bundle.State.RUNNING, file_name=self.partial.name
        )

    def beat(self, **progress: int) -> None:
        """A sign of life (and progress) for a run that may have to prove it is still alive."""
        try:
            os.utime(self.partial)
        except FileNotFoundError:  # removed by the run that took over
            raise ClaimLost from None
        # Outside any transaction, so that the page polling for progress sees it at once.
        if progress and not self.rows().update(**progress):
            raise ClaimLost


def bundle_path(bundle: Bundle) -> Path:
    return Path(settings.BUNDLE_DIR) / f"{bundle.uuid}.zip"


def _selected_testimonies(bundle: Bundle, claim: _Claim) -> list[int]:
    """The primary keys of the selected testimonies, in case-code order, once every one is
    checked: still there, still exportable, unchanged since it was selected.

    They are checked CHUNK at a time and only their keys kept: a list of model instances grew
    with the size of the bundle.
    """
    codes = sorted(bundle.selection)
    keys: list[int] = []
    missing: set[str] = set(codes)
    refused: dict[str, str] = {}
    changed: list[str] = []
    for start in range(0, len(codes), CHUNK):
        claim.beat()
        chunk = list(
            Testimony.objects.filter(case_code__in=codes[start : start + CHUNK])
            .select_related("consent")
            .order_by("case_code")
        )
        missing -= {t.case_code for t in chunk}
        allowed, chunk_refused = eligible(chunk)
        refused.update(chunk_refused)
        changed += [t.case_code for t in allowed if t.revision != bundle.selection[t.case_code]]
        keys += [t.pk for t in allowed]
    if missing:
        raise BundleRefused(
            _("Testimonies no longer found: %(codes)s.") % {"codes": ", ".join(sorted(missing))}
        )
    if refused:
        reasons = "; ".join(f"{code}: {reason}" for code, reason in sorted(refused.items()))
        raise BundleRefused(
            _("Some testimonies may not be exported: %(reasons)s") % {"reasons": reasons}
        )
    if changed:
        raise BundleRefused(
            _("These testimonies changed after they were selected; select them again: %(codes)s.")
            % {"codes": ", ".join(changed)}
        )
    return keys


def _last_sign_of_life(bundle: Bundle) -> float:
    """When the run building `bundle` last showed progress (a timestamp): its temporary ZIP's
    modification time, or the bundle's creation when no such file is there."""
    if bundle.file_name:
        with contextlib.suppress(OSError):
            return (Path(settings.BUNDLE_DIR) / bundle.file_name).stat().st_mtime
    return bundle.created_at.timestamp()


def _bundle_claim(bundle: Bundle) -> _Claim | None:
    """Claim the bundle for this run, or None when another run has it (or had it: DONE, FAILED).

    The temporary ZIP exists before the claim is made, so a claimed bundle always has a sign of
    life to look at.
    """
    directory = Path(settings.BUNDLE_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{bundle.uuid}.", suffix=".part", dir=directory)
    os.close(handle)
    claim = _Claim(bundle.pk, Path(name))
    try:
        taken = _claim_take(bundle, claim)
    except BaseException:
        claim.partial.unlink(missing_ok=True)
        raise
    if not taken:
        claim.partial.unlink()
        return None
    return claim


def _claim_take(bundle: Bundle, claim: _Claim) -> bool:
    """Either UPDATE succeeds for one run only, whatever the timing: a queued bundle, or one
    whose build has been silent for BUNDLE_STALE_AFTER seconds (its worker died)."""
    fresh = {"file_name": claim.partial.name, "error": "", "progress": 0, "finished_at": None}
    if Bundle.objects.filter(pk=bundle.pk, state=Bundle.State.QUEUED).update(
        state=Bundle.State.RUNNING, **fresh
    ):
        return True
    current = Bundle.objects.get(pk=bundle.pk)
    silent = time.time() - _last_sign_of_life(current)
    if current.state != Bundle.State.RUNNING:
        logger.warning("Bundle %s is %s already; this run stops", bundle.uuid, current.state)
        return False
    if silent < settings.BUNDLE_STALE_AFTER or not Bundle.objects.filter(
        pk=bundle.pk, state=Bundle.State.RUNNING, file_name=current.file_name
    ).update(**fresh):
        logger.warning(
            "Bundle %s is being built by another run (last progress %d s ago); this run stops",
            bundle.uuid,
            silent,
        )
        return False
    logger.warning(
        "Bundle %s: its build was silent for %d s; this run takes it over", bundle.uuid, silent
    )
    if current.file_name:
        (Path(settings.BUNDLE_DIR) / current.file_name).unlink(missing_ok=True)
    return True


def _bundle_fail(claim: _Claim, error: str) -> None:
    """Record why the build failed, if this run still holds the bundle, and drop its file."""
    claim.rows().update(
        state=Bundle.State.FAILED, error=error, file_name="", finished_at=timezone.now()
    )
    claim.partial.unlink(missing_ok=True)


def bundle_build(bundle: Bundle) -> Path | None:
    """Build the bundle's ZIP and return its path; on failure record why and re-raise.

    A run that finds the bundle claimed by a live run, or finished, leaves it as it is and
    returns the ZIP's path if there is one (None otherwise).
    """
    claim = _bundle_claim(bundle)
    if claim is None:
        done = Bundle.objects.filter(pk=bundle.pk, state=Bundle.State.DONE).exists()
        return bundle_path(bundle) if done else None
    try:
        # The bundle goes to the UN in English whatever language the requester reads.
        with translation.override("en"):
            return _build(bundle, claim)
    except ClaimLost:
        logger.warning("Bundle %s was taken over by another run; this run stops", bundle.uuid)
        claim.partial.unlink(missing_ok=True)
        return None
    except (BundleRefused, NotExportable, documents.UnrenderableText) as refused:
        _bundle_fail(claim, str(refused))
        raise
    except Exception:
        logger.exception("Bundle %s failed", bundle.uuid)
        _bundle_fail(claim, _("The build failed unexpectedly; the server log has the details."))
        raise


def _render_case(case: CaseRelease, petition: PetitionRelease) -> list[tuple[str, bytes]]:
    """In a worker process: one case's PDF and DOCX. Plain data in and out, never the database."""
    return [
        (f"cases/{case.case_code}.pdf", documents.render_case_pdf(case, petition)),
        (f"cases/{case.case_code}.docx", documents.render_case_docx(case, petition)),
    ]


def _worker_count(cases: int) -> int:
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cpus = os.cpu_count() or 1
    return max(1, min(MAX_WORKERS, cpus, cases))


def _start_pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes forked now, before the build reads more: they inherit Django's setup.

    A database connection must not be shared with a child. Outside a transaction every
    connection is closed first (and reopens on the next query); inside one (tests) it cannot be,
    and the workers never touch it: they get plain data only.
    """
    if not any(connections[alias].in_atomic_block for alias in connections):
        connections.close_all()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
    # With "fork" every worker starts at the first submission: make that now.
    pool.submit(int).result()
    return pool


def _compression(name: str) -> int:
    """PDF, DOCX and XLSX files are compressed already: deflating them again gains a few
    percent of size for a few milliseconds of the build's one busy process a file."""
    return zipfile.ZIP_STORED if name.endswith(STORED_SUFFIXES) else zipfile.ZIP_DEFLATED


class _Writer:
    """Writes files to the ZIP (or to a spool for later), keeping only each one's SHA-256 and size.

    Case files arrive from the workers before the cover letter, which needs every case, can be
    written; they wait in a temporary file so that the ZIP keeps its order without holding them
    in memory.
    """

    def __init__(self, claim: _Claim, archive: zipfile.ZipFile, spool: IO[bytes], total: int):
        self.claim, self.archive, self.spool, self.total = claim, archive, spool, total
        self.digests: dict[str, tuple[str, int]] = {}
        self.spooled: dict[str, tuple[int, int]] = {}  # name: (offset, size)
        self.done = 0
        self.reported = 0.0

    def _count(self, name: str, body: bytes) -> None:
        self._counted(name, hashlib.sha256(body).hexdigest(), len(body))

    def _counted(self, name: str, sha256: str, size: int) -> None:
        self.digests[name] = (sha256, size)
        self.done += 1
        now = time.monotonic()
        if now - self.reported >= PROGRESS_INTERVAL or self.done == self.total:
            self.claim.beat(progress=self.done, total=self.total)
            self.reported = now

    def write(self, name: str, body: bytes) -> None:
        self.archive.writestr(name, body, compress_type=_compression(name))
        self._count(name, body)

    def spool_file(self, name: str, body: bytes) -> None:
        self.spooled[name] = (self.spool.tell(), len(body))
        self.spool.write(body)
        self._count(name, body)

    def spool_stream(self, name: str, file: IO[bytes]) -> None:
        """Spool a file read from its current position to its end, a block at a time."""
        offset, sha256, size = self.spool.tell(), hashlib.sha256(), 0
        for block in iter(lambda: file.read(BLOCK), b""):
            sha256.update(block)
            self.spool.write(block)
            size += len(block)
        self.spooled[name] = (offset, size)
        self._counted(name, sha256.hexdigest(), size)

    def write_spooled(self, order: list[str]) -> None:
        """Copy the spooled files to the ZIP, in this order, a block at a time."""
        for name in order:
            offset, size = self.spooled.pop(name)
            self.spool.seek(offset)
            info = zipfile.ZipInfo(name, date_time=time.localtime(time.time())[:6])
            info.compress_type = _compression(name)
            info.external_attr = 0o600 << 16  # as writestr() sets it
            info.file_size = size  # so that files over 2 GiB would get ZIP64 headers
            with self.archive.open(info, "w") as member:
                left = size
                while left:
                    block = self.spool.read(min(BLOCK, left))
                    member.write(block)
                    left -= len(block)


def recorded_names_refusal(petition: Petition) -> str:
    """Why the petition cannot be built while its own words name a person recorded in a
    testimony, naming the fields, never the names (a refusal is stored and shown in lists);
    "" when they name nobody."""
    fields = petition.recorded_names()
    if not fields:
        return ""
    labels = ", ".join(str(Petition._meta.get_field(name).verbose_name) for name in fields)
    return _(
        "The petition's own words name a person recorded in a testimony (%(fields)s). Edit "
        "the petition, which shows the name, and write the person's pseudonym instead."
    ) % {"fields": labels}


def _build(bundle: Bundle, claim: _Claim) -> Path:
    if refusal := recorded_names_refusal(bundle.petition):
        raise BundleRefused(refusal)
    keys = _selected_testimonies(bundle, claim)
    # The cover letter, summary and data files describe every case, but nothing keeps the
    # cases: each is counted into the tally and written to the data files as it is released,
    # and the rendered files (about 90 KB a case) are hashed and spooled. What stays is a case
    # code, version and digest a case: memory does not grow with the bundle.
    content = bundle_content(bundle, [])
    petition = content.petition
    tally = documents.SummaryTally()
    released: list[dict[str, object]] = []
    total = 4 + 2 * len(keys) + 4 + 1
    path = bundle_path(bundle)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = claim.partial
    # Every victim of the bundle gets a label of their own, read before the first case.
    victim_labels = bundle_pseudonyms(keys)
    pool = _start_pool(_worker_count(len(keys)))
    try:
        with (
            zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive,
            tempfile.TemporaryFile(dir=path.parent) as spool,
            data.DataFileWriter(content, directory=str(path.parent)) as data_files,
        ):
            writer = _Writer(claim, archive, spool, total)
            pending: deque[Future[list[tuple[str, bytes]]]] = deque()
            for start in range(0, len(keys), CHUNK):
                # Each chunk is read with what its release needs, then let go.
                chunk = (
                    Testimony.objects.filter(pk__in=keys[start : start + CHUNK])
                    .select_related("country", "sector", "narrative", "consent")
                    # Only the anonymized texts are released: the narratives' own are neither
                    # needed nor worth decrypting.
                    .defer("narrative__original", "narrative__english")
                    .prefetch_related(
                        "persons__home_province",
                        "indicators",
                        "anonymizations",
                        *RELEASE_PREFETCH,
                    )
                    .order_by("case_code")
                )
                for testimony in chunk:
                    case = case_release(
                        testimony, victim_pseudonym=victim_labels.get(testimony.pk, "")
                    )
                    tally.add(case)
                    data_files.add(case)
                    released.append({"case_code": case.case_code, "version": case.version})
                    pending.append(pool.submit(_render_case, case, petition))
                # At most IN_FLIGHT cases wait or are rendered at once: memory stays flat.
                while pending and (len(pending) > IN_FLIGHT or pending[0].done()):
                    for name, body in pending.popleft().result():
                        writer.spool_file(name, body)
            # The workers go on with the cases while these are made here.
            writer.write("cover_letter.pdf", documents.render_cover_letter_pdf(content, tally))
            writer.write("cover_letter.docx", documents.render_cover_letter_docx(content, tally))
            writer.write("summary.pdf", documents.render_summary_pdf(content, tally))
            writer.write(
                manifest.README_PATH, manifest.readme_bytes(content, cases=len(tally.case_codes))
            )
            # The data files come after the cases in the ZIP, but are finished now, while the
            # workers finish, and wait in the spool.
            finished_data = data_files.files()
            for name, file in finished_data:
                writer.spool_stream(name, file)
            while pending:
                for name, body in pending.popleft().result():
                    writer.spool_file(name, body)
            writer.write_spooled(
                [f"cases/{code}.{kind}" for code in tally.case_codes for kind in ("pdf", "docx")]
                + [name for name, _file in finished_data]
            )
            listed = manifest.build_manifest_from_digests(
                writer.digests, content=content, testimonies=released
            )
            for name, body in manifest.signed_manifest_files(listed).items():
                archive.writestr(name, body)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    sha256 = hashlib.sha256()
    with partial.open("rb") as file:
        for chunk in iter(lambda: file.read(1 << 20), b""):
            sha256.update(chunk)
    placed = False
    try:
        with transaction.atomic():
            # Only the run holding the claim finishes; the row stays locked until the commit.
            if not claim.rows().update(
                state=Bundle.State.DONE,
                progress=total,
                total=total,
                file_name=path.name,
                sha256=sha256.hexdigest(),
                size=partial.stat().st_size,
                finished_at=timezone.now(),
            ):
                raise ClaimLost
            audit_record(
                actor=bundle.created_by,
                action=AuditEvent.Action.BUNDLE_BUILT,
                object_type="bundle",
                object_id=str(bundle.uuid),
                detail={"testimonies": len(released), "files": len(writer.digests)},
            )
            # Complete, and in place only now: a half-written ZIP is never under its own name.
            partial.replace(path)
            placed = True
    except BaseException:
        if placed:  # the commit failed after the rename
            path.unlink(missing_ok=True)
        raise
    return path


@task()
def build_bundle_task(bundle_id: int) -> None:
    """The background task: `manage.py db_worker` runs it."""
    bundle = Bundle.objects.select_related("petition__mandate", "created_by").get(pk=bundle_id)
    # A refusal is recorded on the bundle for the coordinator to read; nothing more to do.
    with contextlib.suppress(BundleRefused, NotExportable, documents.UnrenderableText):
        bundle_build(bundle)

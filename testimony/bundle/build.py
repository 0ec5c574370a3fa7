"""Build a bundle's ZIP: the background task and the function the command line shares with it.

The build reads testimonies only through release.py (exportable, approved anonymized texts),
writes each file, then the manifest with every file's SHA-256 and its detached signature. It
records progress after every file so the page can show a live bar.
"""

import contextlib
import hashlib
import logging
import zipfile
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.tasks import task
from django.utils import timezone
from django.utils.translation import gettext as _

from testimony.audit import audit_record
from testimony.bundle import data, documents, manifest
from testimony.bundle.release import NotExportable, bundle_content, eligible
from testimony.models import AuditEvent, Bundle, Testimony

logger = logging.getLogger(__name__)


class BundleRefused(Exception):
    """The bundle cannot be built; the message says why, for the coordinator."""


def bundle_path(bundle: Bundle) -> Path:
    return Path(settings.BUNDLE_DIR) / f"{bundle.uuid}.zip"


def _selected_testimonies(bundle: Bundle) -> list[Testimony]:
    testimonies = list(
        Testimony.objects.filter(case_code__in=list(bundle.selection))
        .select_related("country", "sector", "narrative", "consent")
        .order_by("case_code")
    )
    missing = set(bundle.selection) - {t.case_code for t in testimonies}
    if missing:
        raise BundleRefused(
            _("Testimonies no longer found: %(codes)s.") % {"codes": ", ".join(sorted(missing))}
        )
    allowed, refused = eligible(testimonies)
    if refused:
        reasons = "; ".join(f"{code}: {reason}" for code, reason in sorted(refused.items()))
        raise BundleRefused(
            _("Some testimonies may not be exported: %(reasons)s") % {"reasons": reasons}
        )
    changed = [t.case_code for t in allowed if t.revision != bundle.selection[t.case_code]]
    if changed:
        raise BundleRefused(
            _("These testimonies changed after they were selected; select them again: %(codes)s.")
            % {"codes": ", ".join(changed)}
        )
    return allowed


def _progress(bundle: Bundle, done: int, total: int) -> None:
    # Outside any transaction, so that the page polling for progress sees it at once.
    Bundle.objects.filter(pk=bundle.pk).update(progress=done, total=total)


def bundle_build(bundle: Bundle) -> Path:
    """Build the bundle's ZIP and return its path; on failure record why and re-raise."""
    Bundle.objects.filter(pk=bundle.pk).update(state=Bundle.State.RUNNING, error="")
    try:
        path = _build(bundle)
    except (BundleRefused, NotExportable) as refused:
        Bundle.objects.filter(pk=bundle.pk).update(
            state=Bundle.State.FAILED, error=str(refused), finished_at=timezone.now()
        )
        raise
    except Exception:
        logger.exception("Bundle %s failed", bundle.uuid)
        Bundle.objects.filter(pk=bundle.pk).update(
            state=Bundle.State.FAILED,
            error=_("The build failed unexpectedly; the server log has the details."),
            finished_at=timezone.now(),
        )
        raise
    return path


def _build(bundle: Bundle) -> Path:
    testimonies = _selected_testimonies(bundle)
    content = bundle_content(bundle, testimonies)
    makers = [
        ("cover_letter.pdf", lambda: documents.render_cover_letter_pdf(content)),
        ("cover_letter.docx", lambda: documents.render_cover_letter_docx(content)),
        ("summary.pdf", lambda: documents.render_summary_pdf(content)),
    ]
    for case in content.cases:
        makers.append(
            (
                f"cases/{case.case_code}.pdf",
                lambda c=case: documents.render_case_pdf(c, content.petition),
            )
        )
        makers.append(
            (
                f"cases/{case.case_code}.docx",
                lambda c=case: documents.render_case_docx(c, content.petition),
            )
        )
    makers += [
        ("data/cases.csv", lambda: data.render_csv(content)),
        ("data/cases.xlsx", lambda: data.render_xlsx(content)),
        ("data/cases.json", lambda: data.render_json(content)),
        ("data/cases.schema.json", data.render_json_schema),
    ]
    total = len(makers) + 1
    path = bundle_path(bundle)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    digests: dict[str, bytes] = {}
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for done, (name, make) in enumerate(makers, start=1):
            body = make()
            archive.writestr(name, body)
            digests[name] = body
            _progress(bundle, done, total)
        released = [{"case_code": c.case_code, "version": c.version} for c in content.cases]
        listed = manifest.build_manifest(digests, content=content, testimonies=released)
        for name, body in manifest.signed_manifest_files(listed).items():
            archive.writestr(name, body)
    partial.replace(path)
    sha256 = hashlib.sha256()
    with path.open("rb") as file:
        for chunk in iter(lambda: file.read(1 << 20), b""):
            sha256.update(chunk)
    with transaction.atomic():
        Bundle.objects.filter(pk=bundle.pk).update(
            state=Bundle.State.DONE,
            progress=total,
            total=total,
            file_name=path.name,
            sha256=sha256.hexdigest(),
            size=path.stat().st_size,
            finished_at=timezone.now(),
        )
        audit_record(
            actor=bundle.created_by,
            action=AuditEvent.Action.BUNDLE_BUILT,
            object_type="bundle",
            object_id=str(bundle.uuid),
            detail={"testimonies": len(content.cases), "files": len(digests)},
        )
    return path


@task()
def build_bundle_task(bundle_id: int) -> None:
    """The background task: `manage.py db_worker` runs it."""
    bundle = Bundle.objects.select_related("petition__mandate", "created_by").get(pk=bundle_id)
    # A refusal is recorded on the bundle for the coordinator to read; nothing more to do.
    with contextlib.suppress(BundleRefused, NotExportable):
        bundle_build(bundle)

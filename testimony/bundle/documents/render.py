"""The public renderers: each document in each format."""

from testimony.bundle.content import (
    BundleContent,
    CaseRelease,
    PetitionRelease,
)
from testimony.bundle.documents.case import _case_blocks
from testimony.bundle.documents.cover_letter import _cover_letter_blocks
from testimony.bundle.documents.docx import _render_docx
from testimony.bundle.documents.pdf import _render_pdf
from testimony.bundle.documents.statistics import SummaryTally, summary_statistics
from testimony.bundle.documents.summary import _summary_blocks

# The cover letter and the summary describe every case. A build that does not keep its cases
# passes the tally it counted them into; otherwise they are counted from content.cases.


def render_cover_letter_pdf(content: BundleContent, tally: SummaryTally | None = None) -> bytes:
    petition = content.petition
    blocks = _cover_letter_blocks(content, tally)
    return _render_pdf(
        blocks, title=petition.title, footer=petition.title, where="The cover letter"
    )


def render_cover_letter_docx(content: BundleContent, tally: SummaryTally | None = None) -> bytes:
    petition = content.petition
    blocks = _cover_letter_blocks(content, tally)
    return _render_docx(
        blocks,
        title=petition.title,
        on=petition.date,
        header=petition.title,
        organisation=petition.organisation,
    )


def render_case_pdf(case: CaseRelease, petition: PetitionRelease) -> bytes:
    return _render_pdf(
        _case_blocks(case, petition),
        title=f"{case.case_code}: {petition.title}",
        footer=f"Case {case.case_code} · {petition.title}",
        where=f"Case {case.case_code}",
    )


def render_case_docx(case: CaseRelease, petition: PetitionRelease) -> bytes:
    return _render_docx(
        _case_blocks(case, petition),
        title=f"{case.case_code}: {petition.title}",
        on=petition.date,
        header=f"Case {case.case_code} · {petition.title}",
        organisation=petition.organisation,
    )


def render_summary_pdf(content: BundleContent, tally: SummaryTally | None = None) -> bytes:
    petition = content.petition
    stats = tally.statistics() if tally else summary_statistics(content.cases)
    blocks = _summary_blocks(content, stats)
    return _render_pdf(
        blocks,
        title=f"Cross-case summary: {petition.title}",
        footer=f"Cross-case summary · {petition.title}",
        where="The cross-case summary",
    )

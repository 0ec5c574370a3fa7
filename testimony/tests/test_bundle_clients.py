"""Real clients open the bundle's documents: LibreOffice converts every DOCX and XLSX (and the
text comes out whole, Hangul, Chinese, Cyrillic and diacritics included), python-docx and
openpyxl load them. The LibreOffice checks are skipped where it is not installed (`make office`
installs it; CI does not, it is some 300 MB of packages)."""

import io
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook

from testimony.bundle.content import BundleContent
from testimony.bundle.data import render_xlsx
from testimony.bundle.documents import render_case_docx, render_cover_letter_docx
from testimony.tests.test_bundle_documents import PETITION, _case, _indicator
from testimony.tests.test_bundle_fonts import SENTENCES

LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")
PDFTOTEXT = shutil.which("pdftotext")
needs_libreoffice = pytest.mark.skipif(
    LIBREOFFICE is None or PDFTOTEXT is None,
    reason="LibreOffice (make office) and pdftotext (make test) are not installed",
)


def _content() -> BundleContent:
    cases = [
        _case(
            "TST-0001",
            description_en="\n\n".join(SENTENCES.values()) + "\n\n" + "Long statement. " * 900,
            indicators=[_indicator("Withholding of wages", "=1+1 they said")],
            passport_confiscated=True,
            violence=False,
            hours_per_day=14,
            promised_wage_amount=120.0,
        ),
        _case("TST-0002", victim="증인 나", country="Россия"),
    ]
    return BundleContent(
        petition=PETITION,
        cases=cases,
        bundle_id="b-0001",
        created_by="carol",
        created_at="2025-03-14T09:00:00Z",
        software_version="0.1.0",
    )


def _files(content: BundleContent) -> dict[str, bytes]:
    return {
        "cover_letter.docx": render_cover_letter_docx(content),
        "TST-0001.docx": render_case_docx(content.cases[0], content.petition),
        "TST-0002.docx": render_case_docx(content.cases[1], content.petition),
        "cases.xlsx": render_xlsx(content),
    }


def _convert(tmp_path: Path, files: dict[str, bytes], target: str) -> dict[str, Path]:
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    out = tmp_path / "out"
    subprocess.run(
        [
            LIBREOFFICE,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(out),
            *(str(tmp_path / name) for name in files),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    extension = target.split(":")[0]
    return {name: out / f"{Path(name).stem}.{extension}" for name in files}


def _pdf_text(path: Path) -> str:
    result = subprocess.run(
        [PDFTOTEXT, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return " ".join(result.stdout.decode().split())


def test_python_docx_and_openpyxl_load_every_file() -> None:
    files = _files(_content())
    for name, data in files.items():
        if name.endswith(".docx"):
            assert docx.Document(io.BytesIO(data)).paragraphs
        else:
            assert load_workbook(io.BytesIO(data)).sheetnames == ["cases", "indicators"]


@needs_libreoffice
def test_libreoffice_converts_every_docx_and_xlsx_with_its_text_whole(tmp_path: Path) -> None:
    converted = _convert(tmp_path, _files(_content()), "pdf")
    texts = {name: _pdf_text(path) for name, path in converted.items()}

    case = texts["TST-0001.docx"]
    for script, sentence in SENTENCES.items():
        if script != "emoji":  # LibreOffice's own font choice; the PDFs are checked elsewhere
            assert sentence in case, script
    assert "Case TST-0001 · Forced labour" in case  # the header
    # The footer's fields, filled in by LibreOffice: "Page 1 of N" ... "Page N of N".
    pages = re.search(r"Page 1 of (\d+)", case)
    assert pages is not None
    assert int(pages[1]) >= 2
    assert f"Page {pages[1]} of {pages[1]}" in case
    assert "증인 나" in texts["TST-0002.docx"]
    assert PETITION.title in texts["cover_letter.docx"]
    assert "TST-0002" in texts["cases.xlsx"]


@needs_libreoffice
def test_libreoffice_reads_the_xlsx_types(tmp_path: Path) -> None:
    """Calc sees booleans as TRUE/FALSE, numbers as numbers and formula-like text as text."""
    converted = _convert(tmp_path, {"cases.xlsx": render_xlsx(_content())}, "csv")
    rows = converted["cases.xlsx"].read_text(encoding="utf-8", errors="replace").splitlines()
    header = rows[0].split(",")
    first = rows[1]
    assert header[0] == "case_code"
    assert "TRUE" in first
    assert "FALSE" in first
    assert ",14," in first
    assert ",120," in first

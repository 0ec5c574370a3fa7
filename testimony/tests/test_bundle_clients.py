"""Real clients open the bundle's documents: LibreOffice converts every DOCX and XLSX (and the
text comes out whole, Hangul, Chinese, Cyrillic and diacritics included), those of a bundle built
from the database included; python-docx and openpyxl load them. The LibreOffice checks are
skipped where it is not installed (`make libreoffice` installs it), except in CI: `.ci/run`
installs it and sets CI=true, and there a missing LibreOffice fails these tests instead of
skipping them unnoticed."""

import io
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook

from testimony.bundle.build import bundle_build
from testimony.bundle.content import BundleContent
from testimony.bundle.data import render_xlsx
from testimony.bundle.documents import render_case_docx, render_cover_letter_docx
from testimony.tests.test_bundle_documents import PETITION, _case, _indicator
from testimony.tests.test_bundle_fonts import SENTENCES
from testimony.tests.test_case_document import (  # noqa: F401 (fixtures)
    _bundle,
    bundle_dir,
    organisation,
    petition,
)

LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")
PDFTOTEXT = shutil.which("pdftotext")
MISSING_CLIENTS = (
    "LibreOffice (soffice) and pdftotext are needed to open bundle documents as a real client"
    " would; install them with `make libreoffice pdftools` (on Debian/Ubuntu: sudo apt-get"
    " install --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui"
    " poppler-utils)"
)


def in_ci(environ: dict[str, str] | os._Environ = os.environ) -> bool:
    """CI services set CI=true (and .ci/run sets it): there a missing tool is a failure."""
    return environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def require_libreoffice(soffice: str | None, pdftotext: str | None) -> str:
    """soffice's path; skips the test where it (or pdftotext) is missing, fails it in CI."""
    if soffice is None or pdftotext is None:
        if in_ci():
            pytest.fail(f"CI=true and a client is missing. {MISSING_CLIENTS}.", pytrace=False)
        pytest.skip(MISSING_CLIENTS)
    return soffice


@pytest.fixture
def libreoffice() -> str:
    return require_libreoffice(LIBREOFFICE, PDFTOTEXT)


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


def _convert(
    libreoffice: str, tmp_path: Path, files: dict[str, bytes], target: str
) -> dict[str, Path]:
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    out = tmp_path / "out"
    subprocess.run(
        [
            libreoffice,
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


def test_libreoffice_converts_every_docx_and_xlsx_with_its_text_whole(
    libreoffice: str, tmp_path: Path
) -> None:
    converted = _convert(libreoffice, tmp_path, _files(_content()), "pdf")
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


def test_libreoffice_reads_the_xlsx_types(libreoffice: str, tmp_path: Path) -> None:
    """Calc sees booleans as TRUE/FALSE, numbers as numbers and formula-like text as text."""
    converted = _convert(libreoffice, tmp_path, {"cases.xlsx": render_xlsx(_content())}, "csv")
    rows = converted["cases.xlsx"].read_text(encoding="utf-8", errors="replace").splitlines()
    header = rows[0].split(",")
    first = rows[1]
    assert header[0] == "case_code"
    assert "TRUE" in first
    assert "FALSE" in first
    assert ",14," in first
    assert ",120," in first


@pytest.mark.django_db
def test_libreoffice_converts_every_docx_and_xlsx_of_a_built_bundle(
    libreoffice: str,
    tmp_path: Path,
    petition: object,  # noqa: F811 (the fixture imported above)
    carol: object,
) -> None:
    """A bundle built from testimonies in the database (two postings, Korean and English
    statements, the Organisation record): every DOCX and XLSX in its ZIP opens and converts,
    and what it says comes out."""
    path = bundle_build(_bundle(petition, carol))
    with zipfile.ZipFile(path) as archive:
        files = {
            Path(name).name: archive.read(name)
            for name in archive.namelist()
            if name.endswith((".docx", ".xlsx"))
        }
    codes = sorted(name.removesuffix(".docx") for name in files if name.startswith("TST-"))
    assert len(codes) == 3
    assert {"cover_letter.docx", "cases.xlsx"} <= set(files)
    texts = {
        name: _pdf_text(converted)
        for name, converted in _convert(libreoffice, tmp_path, files, "pdf").items()
    }
    assert "Receiving States: Russia and Kuwait" in texts["cover_letter.docx"]
    assert "Yours faithfully, Park Ji-won Director" in texts["cover_letter.docx"]
    first = texts[f"{codes[0]}.docx"]
    for expected in ("Posting 1 of 2", "Receiving State: Russia", "감독원이 여권을 빼앗았습니다"):
        assert expected in first
    assert "Statement given in English." in texts[f"{codes[2]}.docx"]
    assert all(code in texts["cases.xlsx"] for code in codes)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("true", True), ("TRUE", True), ("1", True), ("yes", True), ("", False), ("false", False)],
)
def test_ci_is_recognised_as_ci_services_set_it(value: str, expected: bool) -> None:
    """A missing LibreOffice fails in CI (CI=true) and is only skipped elsewhere."""
    assert in_ci({"CI": value}) is expected
    assert in_ci({}) is False


def test_a_missing_libreoffice_fails_in_ci_and_is_skipped_elsewhere_saying_how_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="make libreoffice"):
        require_libreoffice(None, "/usr/bin/pdftotext")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        require_libreoffice("/usr/bin/soffice", None)

    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="libreoffice-writer-nogui"):
        require_libreoffice(None, "/usr/bin/pdftotext")
    assert require_libreoffice("/usr/bin/soffice", "/usr/bin/pdftotext") == "/usr/bin/soffice"

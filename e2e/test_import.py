"""Bringing existing testimonies in: the coordinator downloads the template, uploads its example
sheet, maps the columns, previews and imports it; then uploads one TXT transcript, previews it
(names hidden) and imports it. The pages are checked with axe-core, and pictured for the user
guide (docs/USER_GUIDE.md, section 11) when `make screenshots` asks."""

import re
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import expect

from e2e.conftest import People
from e2e.helpers import press

TRANSCRIPT = (
    "2016년 3월 러시아 아무르주 벌목장에 파견되었습니다.\r\n"
    "\r\n"
    "감독관 박철수가 첫날 여권을 모두 가져갔습니다. 하루 14시간씩 일했습니다 😔\r\n"
)


def test_the_import_pages_and_the_template_speak_korean(
    people: People,
    check_accessibility: Callable,
    shoot: Callable,
    tmp_path: Path,
) -> None:
    """A coordinator working in Korean gets the template with Korean headers, and the mapping
    and preview pages in Korean; nothing is imported here (the next test imports the same
    example rows)."""
    carol = people.as_user("carol")
    carol.goto("/import/")
    carol.get_by_label("Language").select_option("ko")
    with carol.expect_navigation():
        carol.get_by_role("button", name="Change").click()
    expect(carol.locator("html")).to_have_attribute("lang", "ko")
    with carol.expect_download() as download_info:
        carol.get_by_role("link", name="양식 내려받기(XLSX)").click()
    template = tmp_path / "template-ko.xlsx"
    download_info.value.save_as(template)

    carol.get_by_label("시트").set_input_files(template)
    press(carol, "올리고 열 연결하기")
    expect(carol.locator("h1")).to_have_text("열 연결하기")
    selects = carol.locator("table select")
    assert selects.count() > 10
    for index in range(selects.count()):
        assert selects.nth(index).input_value() not in ("", "_extra", "_ignore")
    check_accessibility(carol, "import: map the columns (Korean)")
    shoot(carol, "ko-06-import-mapping")

    press(carol, "가져오기 미리 보기")
    expect(carol.locator("h1")).to_have_text("가져오기 미리 보기")
    check_accessibility(carol, "import: preview (Korean)")
    shoot(carol, "ko-07-import-preview", full_page=True)

    # Back to English, for the tests that follow.
    carol.get_by_label("언어").select_option("en")
    with carol.expect_navigation():
        carol.get_by_role("button", name="변경").click()
    expect(carol.locator("html")).to_have_attribute("lang", "en")


def test_a_coordinator_imports_the_template_sheet_and_a_transcript(
    people: People,
    check_accessibility: Callable,
    shoot: Callable,
    tmp_path: Path,
) -> None:
    carol = people.as_user("carol")
    carol.goto("/import/")
    expect(carol.locator("h1")).to_have_text("Import testimonies")
    check_accessibility(carol, "import page")
    with carol.expect_download() as download_info:
        carol.get_by_role("link", name="Download the template (XLSX)").click()
    template = tmp_path / "testimonies-import-template.xlsx"
    download_info.value.save_as(template)

    carol.get_by_label("Sheet").set_input_files(template)
    press(carol, "Upload and map the columns")
    expect(carol.locator("h1")).to_have_text("Map the columns")
    # Every header of the template is proposed its own field, none left to the extra note.
    selects = carol.locator("table select")
    assert selects.count() > 10
    for index in range(selects.count()):
        assert selects.nth(index).input_value() not in ("", "_extra", "_ignore")
    check_accessibility(carol, "import: map the columns")
    shoot(carol, "16-import-mapping")

    press(carol, "Preview the import")
    expect(carol.locator("h1")).to_have_text("Preview of the import")
    expect(carol.get_by_text(re.compile(r"2 rows read; 2 ready"))).to_be_visible()
    check_accessibility(carol, "import: preview")
    shoot(carol, "17-import-preview", full_page=True)
    accept = carol.get_by_label("I have read the warnings; import anyway.")
    if accept.count():
        accept.check()
    press(carol, "Import all rows as drafts")
    expect(carol.locator("h1")).to_have_text("Import finished")
    expect(carol.get_by_text("2 draft testimonies were created.", exact=False)).to_be_visible()
    check_accessibility(carol, "import: finished")

    # One transcript, Korean, with CRLF line endings as Windows Notepad writes them.
    transcript = tmp_path / "interview.txt"
    transcript.write_bytes(TRANSCRIPT.encode("utf-8"))
    carol.goto("/import/transcripts/")
    expect(carol.locator("h1")).to_have_text("Import transcripts")
    carol.get_by_label("Transcripts").set_input_files(transcript)
    carol.get_by_label("Interview date").fill("2019-11-04")
    carol.get_by_label("Interview place").fill("Seoul")
    carol.get_by_label("Interview language").select_option("ko")
    carol.get_by_label("Country of work").select_option(label="Russia")
    carol.get_by_label("Sector").select_option(index=1)
    check_accessibility(carol, "import transcripts: the form")
    press(carol, "Upload and preview")

    expect(carol.locator("h1")).to_have_text("Preview of the transcripts")
    expect(carol.get_by_role("heading", name=re.compile(r"Document 1 \("))).to_be_visible()
    expect(carol.get_by_text("Names found in the transcripts are hidden.")).to_be_visible()
    # The detector's names are masked until revealed; the file name is never shown.
    assert "박철수" not in carol.content()
    assert "interview.txt" not in carol.content()
    check_accessibility(carol, "import transcripts: preview")
    shoot(carol, "18-transcript-preview", full_page=True)
    press(carol, "Import every transcript as a draft")
    expect(carol.locator("h1")).to_have_text("Import finished")
    expect(carol.get_by_text("1 draft testimony was created.", exact=False)).to_be_visible()

"""Round 43, from the misses of heldout47, measured blind on heldout48, heldout49 and heldout50:
logins a work log, a list or a Korean label gives, a transcript's speaker labels made of the
initials its header gives, and initials with the Hangul name they stand for in brackets."""

from testimony.anonymize.detect import detect_names


def _detected(text: str) -> list[str]:
    return [span.text for span in detect_names(text)]


def test_the_authors_of_a_work_log_wherever_it_writes_them() -> None:
    text = (
        "OSINT WORKLOG - vessel tracking\r\n\r\n"
        "2025-01-08 09:12 [ahmed.r] Pulled AIS history for the Wise Honest.\r\n"
        "2025-01-09 10:05 [lena_k] No match in MarineTraffic.\r\n"
        "[14:02] <mseo2> 확인했습니다 👍\r\n"
        "Ask lena_k before you publish.\r\n"
    )
    found = _detected(text)
    assert found.count("ahmed.r") == 1
    assert found.count("lena_k") == 2
    assert "mseo2" in found
    # A program's log: its levels are nobody, and one author is no thread.
    program = "09:12 [INFO] started\n09:13 [WARN] disk 91%\n09:14 [ERROR] backup failed\n"
    assert _detected(program) == []
    assert _detected("09:12 [jkim] started the backup\n") == []
    # A phone's backup: a contact saved with a title, and the phone's own label, are not taken
    # whole as handles.
    backup = "09:12 [나] 소식 있어요?\n11:40 [김사장] 아직 연락없음\n11:42 [Web발신] 광고\n"
    assert not {"김사장", "Web발신"} & set(_detected(backup))


def test_logins_a_label_lists_or_names() -> None:
    text = (
        "2. Logins for the new case database: tbielecki, nykwon, mseo, tyoh. Admin stays with IT.\n"
        "4. 보도자료 초안 담당 (사내 계정 jiwon.park).\n"
        "USER NAMES (shared drive): hjkim_2, mchoi\n"
    )
    found = _detected(text)
    for login in ("tbielecki", "nykwon", "mseo", "tyoh", "jiwon.park", "hjkim_2", "mchoi"):
        assert login in found, login
    # A list of words or of system accounts is no list of persons' logins.
    for line in (
        "Accounts for the budget: savings, current, reserve.\n",
        "Logins: admin, guest, root\n",
        "계정 관리: 매주 월요일\n",
    ):
        assert _detected(line) == [], line


def test_a_transcripts_speaker_labels_from_the_initials_its_header_gives() -> None:
    text = (
        "Q&A TRANSCRIPT (excerpt)\r\n"
        "Interviewer: S.K.L. | Interviewee: C.M.G. | 15 Jan 2025\r\n\r\n"
        "SKL: How many North Koreans were on the boat?\r\n"
        "CMG: Nine. The rest were Chinese.\r\n"
        "SKL: Thank you.\r\n"
        "Translation: T.B.\r\n"
    )
    found = _detected(text)
    assert found.count("SKL") == 2
    assert found.count("CMG") == 1
    for initials in ("S.K.L.", "C.M.G.", "T.B."):
        assert initials in found, initials
    # Initials no one has given stay letters: "UN:" or "AIS:" labels nothing here.
    assert _detected("UN: statement\nAIS: gap near Nampo\nAIS: none\n") == []


def test_initials_with_the_hangul_name_they_stand_for_in_brackets() -> None:
    text = (
        "[검토 의견] 증언 초안 T-131\n"
        "검토자: KNY(권나연), SM(서민지)\n\n"
        "KNY-1) 1쪽: 표기 통일.\n"
        "SM-2) 2쪽: 출처 표시.\n"
    )
    found = _detected(text)
    assert found.count("KNY") == 2
    assert found.count("SM") == 2
    # Letters whose bracket holds no name they could stand for are left.
    assert "AB" not in _detected("AB(회의록) 참고\nAB 항목 확인\n")

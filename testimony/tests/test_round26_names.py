"""Round 26: names written short, as courts, police reports, research files and e-mail headers
write them (initials with full stops after a role, a given name with its surname cut to a
letter, a surname with an initial after a rank, an e-mail address's local part), and a
foreign name in Hangul before a word of address (류다 할머니, 비시니에프스키 씨)."""

import pytest

from testimony.anonymize.redact import anonymize
from testimony.anonymize.unresolved import unresolved_tokens


def _found(text: str) -> list[str]:
    return [text[span.start : span.end] for span in anonymize(text, []).spans]


def _listed(text: str) -> list[str]:
    covered = [(span.start, span.end) for span in anonymize(text, []).spans]
    return [text[item.start : item.end] for item in unresolved_tokens(text, covered)]


def test_a_judgment_s_initials_and_cut_surnames_leave_no_letter_behind() -> None:
    text = (
        'JUDGMENT (excerpt)\r\n\r\n14. The accused Zbigniew K. (hereinafter "Z.K.") was the '
        "managing director.\r\n\r\n20. The Court does not find the explanations of Z.K. "
        "credible. The witness J.-H.P. added that Chol-ho was the only worker who spoke. 🙏\r\n"
        "21. Her daughter, the witness Julia W., described her as afraid of Ｚ.Ｋ."
    )
    result = anonymize(text, [])
    found = [text[span.start : span.end] for span in result.spans]
    assert "Zbigniew K." in found
    assert found.count("Z.K.") == 2
    assert "J.-H.P." in found
    assert "Julia W." in found
    assert "Ｚ.Ｋ." in found  # fullwidth letters, folded for matching
    for leaked in ("Zbigniew", "Z.K.", "J.-H.P.", "Julia W", "Ｚ.Ｋ."):
        assert leaked not in result.text


def test_initials_signing_a_note_or_after_by_are_found() -> None:
    text = (
        "[Voice memo, auto-transcribed, corrected by R.T., fillers kept]\n"
        "Interviewer: J.S.; interpreter: H.K.\n"
        "[English summary for the case file, M.K.]\n"
        "[번역자 주 / 옮긴이 K.M.] 申玉珠 = 신옥주."
    )
    found = _found(text)
    for initials in ("R.T.", "J.S.", "H.K.", "M.K.", "K.M."):
        assert initials in found


@pytest.mark.parametrize(
    "text",
    [
        "The shift began at 9 a.m. and the witness saw U.S. and U.N. officials.",
        "Interviewer: Ph.D. candidate at the university.",
        "By 6 P.M. the accused had left for the D.P.R.K. embassy.",
        "Al Sadd Engineering W.L.L. employed him.",
    ],
)
def test_hours_countries_degrees_and_company_forms_are_no_initials(text: str) -> None:
    found = _found(text)
    assert not any("." in span for span in found), found


def test_a_surname_with_an_initial_after_a_rank_and_the_rank_stays_out() -> None:
    text = (
        "Citizen Petrenko I.N. states that he heard shouting.\n"
        "Inspector Belousov A.\n"
        "After the explanation, U asked the interpreter Tsoi V. whether Chon would be told.\n"
        "Received by: duty officer, Major Khodakovsky D. [Ходаковский Д.]"
    )
    found = _found(text)
    assert "Petrenko I.N." in found
    assert "Belousov A." in found
    assert "Tsoi V." in found
    assert "Khodakovsky D." in found
    assert not any(span.startswith(("Citizen", "Major", "Inspector")) for span in found)


def test_a_two_letter_surname_ending_a_sentence_keeps_its_full_stop_out() -> None:
    """Only the one letter of a cut surname takes the full stop: "I only know Ri." does not."""
    text = "The minder was Mr. Ri. I only know Ri. Choe Il. Pang Un came later."
    for span in _found(text):
        assert not span.endswith("."), span


def test_an_e_mail_address_s_local_part_is_found_unless_it_names_a_desk() -> None:
    text = (
        "From: Tom Hargreaves <t.hargreaves@example-news.com>\r\n"
        "To: Nadia Rahman <nrahman@example-ngo.org>\r\n"
        "Cc: casework@ngo.example, press@example.org, info2@example.org\r\n"
        "> On Wed, 8 Feb 2023, Nadia Rahman <nrahman@example-ngo.org> wrote:"
    )
    result = anonymize(text, [])
    found = [text[span.start : span.end] for span in result.spans]
    assert found.count("nrahman") == 2
    assert "t.hargreaves" in found
    for desk in ("casework", "press", "info2"):
        assert desk not in found
    assert "nrahman" not in result.text


def test_a_foreign_name_in_hangul_before_a_word_of_address_reaches_the_reviewer() -> None:
    text = (
        "관리인 비시니에프스키 씨가 왔다.\r\n즈비그니에프 아저씨는 이 배의 감독이야. "
        "러시아 반장 나타샤아줌마는 좋아 🍞\r\n"
        "류다 할머니는 우리말을 조금 하셨어요. 갈랴 아줌마도 왔다. 난다 아주머니가 밥을 줬다."
    )
    found = _found(text)
    assert "비시니에프스키" in found
    assert "즈비그니에프" in found
    assert "나타샤" in found  # without the glued 아줌마
    covered = [(span.start, span.end) for span in anonymize(text, []).spans]
    listed = [text[item.start : item.end] for item in unresolved_tokens(text, covered)]
    for name in ("류다", "갈랴", "난다"):
        assert name in listed or name in found


@pytest.mark.parametrize(
    "text",
    [
        "옆집 아주머니가 왔다. 주인 아줌마도 왔다. 식당 아줌마가 밥을 줬다.",
        "러시아 할머니가 왔다. 중국인 아저씨도 왔다. 조선족 아줌마가 통역했다.",
        "착한 아저씨가 집에 와서 아저씨가 말했다. 우리 할머니, 어떤 아줌마, 그냥 아저씨.",
        "블라디보스또크의 조선 식당에서 일했다. 시엠레아프에도 갔었다고 했죠?",
    ],
)
def test_ordinary_words_places_and_peoples_before_a_word_of_address_are_left(text: str) -> None:
    found = _found(text)
    assert found == [], found
    for word in ("옆집", "주인", "식당", "러시아", "중국인", "조선족", "착한", "와서", "우리"):
        assert word not in _listed(text)


def test_a_long_foreign_name_with_a_particle_is_a_place_more_often_than_a_person() -> None:
    text = "처음엔 블라디보스또크의 조선 식당, 평양관에서 일했어요."
    assert "블라디보스또크" not in _found(text)


CREW_LIST = (
    "No. | Family name | Given names | Rank or rating | Nationality | Date and place of birth\r\n"
    "01 | RI | SONG HO | MASTER | DPRK | 03.05.1969 WONSAN\r\n"
    "02 | KIM | CHOL NAM | CHIEF OFFICER | DPRK | 21.11.1974 CHONGJIN\r\n"
    "05 | NAM | IL HO | 2ND ENGINEER | DPRK | 30.09.1977 SINPO\r\n"
    "12 | O | SONG MI | OS | DPRK | 01.10.1994 KILJU\r\n"
    "16 | TO | KWANG NAM | MOTORMAN | DPRK | 28.12.1979 SINPO\r\n"
)


def test_a_crew_list_s_columns_of_surnames_and_given_names_are_names() -> None:
    result = anonymize(CREW_LIST, [])
    found = [CREW_LIST[span.start : span.end] for span in result.spans]
    for cell in ("NAM", "IL HO", "O", "SONG MI", "TO", "KWANG NAM"):
        assert cell in found, cell
    # Ranks, the flag state and the places of birth are columns of no names.
    for cell in ("MASTER", "OS", "DPRK", "WONSAN", "SINPO"):
        assert cell not in found, cell
    assert "| O |" not in result.text
    assert "| TO |" not in result.text


def test_a_column_of_one_repeated_answer_is_no_column_of_names() -> None:
    text = (
        "NO. | FAMILY NAME, GIVEN NAME | RANK | REMARKS\n"
        "01 | KWAK YONG SU | MASTER | NO\n02 | RI CHOL HO | CHIEF OFFICER | NO\n"
        "03 | KIM KWANG JIN | 2ND OFFICER | NO\n04 | PAK UN CHOL | ENGINEER | NO\n"
    )
    found = _found(text)
    assert "NO" not in found
    assert "KWAK YONG SU" in found


def test_a_roster_s_cells_of_given_names_are_names() -> None:
    text = (
        "Ca | Thứ 2-6 | Thứ 7 | CN\n"
        "Sáng | SU RYON, HYANG, UN HUI | SU RYON, MI GYONG | nghỉ (họp)\n"
        "Chiều | MI GYONG, OK SIM | HYANG, OK SIM, UN HUI | HYANG\n"
        "Tối (biểu diễn) | tất cả 8 người | tất cả | tất cả\n"
    )
    found = _found(text)
    for name in ("SU RYON", "UN HUI", "MI GYONG", "OK SIM"):
        assert name in found, name


def test_a_handle_is_found_with_its_at_and_without_it() -> None:
    text = (
        "[Forwarded from Lee Jae-hoon (@jhlee_seoul)]\r\n"
        "댓글 1 | sky_walker88\r\n박 반장 키 작고 안경 쓴 사람 맞나요? 😢\r\n"
        "@sky_walker88 맞습니다!! Write to ab.cd@ngo.example, or see @UN.\r\n"
        "The file jhlee_seoul.txt is attached."
    )
    result = anonymize(text, [])
    found = [text[span.start : span.end] for span in result.spans]
    assert found.count("sky_walker88") == 2
    assert "jhlee_seoul" in found
    assert "UN" not in found
    assert "sky_walker88" not in result.text


def test_church_titles_and_a_column_gap_end_a_name() -> None:
    text = (
        "Scripture reading: Elder Song Ki-ho       Prayer: Deaconess Grace Oh\n"
        "Greeters: Sam Cho, Julia Han     Kitchen: Esther, Grace, Mrs. Kang     Parking: Peter\n"
        "- Please pray for Elder Song's knee surgery. Meal sign-up with Deaconess Oh."
    )
    found = _found(text)
    assert "Song Ki-ho" in found
    assert "Grace Oh" in found
    assert "Julia Han" in found
    assert not any(word in span for span in found for word in ("Prayer", "Kitchen", "Parking"))
    assert "Elder" not in " ".join(found)


def test_a_scanned_letter_s_digits_for_letters_do_not_hide_a_registered_name() -> None:
    from testimony.anonymize.spans import RegisteredPerson

    person = RegisteredPerson(
        key="w1", name="Kim Sol-hyang", hangul="김설향", role="witness", pseudonym="Witness A"
    )
    text = "Her full name is Kim Sol-hyang.\r\nSo1-hyang was 22. S0l-hyang told me. Mrs. 0k-hui"
    result = anonymize(text, [person])
    assert "So1-hyang" not in result.text
    assert "S0l-hyang" not in result.text
    # Numbers, flights and years are left as they are.
    plain = "At 10am flight MH17 left; COVID-19 in 2010s, room 101, No. 14, form B1."
    assert anonymize(plain, []).text == plain


def test_a_police_report_s_name_again_in_cyrillic_in_square_brackets() -> None:
    text = (
        "the security guard of the site, citizen Petrenko Igor Nikolayevich [Петренко Игорь "
        "Николаевич], born 1961. Through an interpreter, Tsoi Vladimir [Цой Владимир]."
    )
    result = anonymize(text, [])
    assert "Петренко" not in result.text
    assert "Цой" not in result.text


def test_a_login_after_by_or_a_record_s_field_is_found_with_its_other_mentions() -> None:
    text = (
        "=== NGO intake records | exported 2024-01-09 09:12 KST by hjlee ===\r\n"
        "created_by: ysong\r\nname_en: BANG Hae-sun\r\nintake_officer: Song Ye-jin (ysong)\r\n"
        "Last edited by dhlim. Sent by email, signed by hand, heard by video link.\r\n"
        "[Post edited by admin] 🙏"
    )
    found = _found(text)
    assert "hjlee" in found
    assert found.count("ysong") == 2
    assert "dhlim" in found
    for word in ("email", "hand", "video", "admin"):
        assert word not in found, word


def test_a_hangul_handle_after_its_at_is_found_where_it_signs_a_comment() -> None:
    text = (
        "ㄴ 순영맘 🌸: 저희 남편도 쿠웨이트 갔었어요.\r\n"
        "ㄴ manho_j: @순영맘 네 저희도 남강건설이었어요! 순영맘님 감사해요."
    )
    result = anonymize(text, [])
    assert "순영맘" not in result.text
    assert "남강건설" in result.text


def test_a_mongolian_name_after_the_father_s_initial() -> None:
    text = (
        "BATBOLD: Batbold, father's name Byambaa, so B.Batbold. Г.Батбаяр wrote; "
        "Ts.Oyunbileg agreed. We went to St.Petersburg, Ул.Ленина and No.14."
    )
    found = _found(text)
    for name in ("B.Batbold", "Г.Батбаяр", "Ts.Oyunbileg"):
        assert name in found, name
    assert not any(span.startswith(("St.", "Ул.", "No.")) for span in found)


def test_a_public_figure_s_name_that_a_speaker_calls_our_own_is_listed() -> None:
    text = (
        "My director, Sükhbaatar, said it is not our business. Not Sükhbaatar the hero, our "
        "Sükhbaatar. The statue of Sükhbaatar stands in the square."
    )
    listed = _listed(text)
    assert listed.count("Sükhbaatar") == 2  # the director's, not the statue's


def test_a_script_s_speakers_in_capitals_and_their_names_in_the_lines() -> None:
    text = (
        "DANA: Welcome back to Borderlines. I'm Dana Whitfield.\r\n"
        "JAE: And I'm Jae. Before we start.\r\nCHOL-MIN: Thank you. Hello.\r\n"
        "JAE: What was the work?\r\nCHOL-MIN: Finishing. 🏗️\r\nDANA: How did you leave?\r\n"
        "SFX: door\r\nSFX: wind\r\nIP: yes\r\nIP: no\r\nITP: he says\r\nITP: he means\r\n"
        "NGO: thanks\r\nNGO: noted\r\n"
    )
    found = _found(text)
    assert found.count("DANA") == 2
    assert "Dana" in found
    assert found.count("JAE") == 2
    assert "Jae" in found
    assert found.count("CHOL-MIN") == 2
    for label in ("SFX", "IP", "ITP", "NGO"):
        assert label not in found, label


def test_a_title_after_a_name_is_not_taken_for_its_initial() -> None:
    text = "I gave it to Belousov Mr. Lee, and Inspector Belousov A. signed."
    found = _found(text)
    assert "Belousov A." in found
    assert not any(span.endswith(("Mr.", "Mr")) for span in found)


def test_a_country_heading_its_section_is_no_speaker() -> None:
    text = (
        "RUSSIA: 40 workers at the stadium.\nCHINA: 12 in Dandong.\nRUSSIA: more later.\n"
        "CHINA: none. Russia and China signed it.\nDANA: thanks\nDANA: bye"
    )
    found = _found(text)
    assert "DANA" in found
    for place in ("RUSSIA", "CHINA", "Russia", "China"):
        assert place not in found, place


def test_a_time_sheet_s_timekeepers_are_found_by_the_legend_that_spells_them() -> None:
    text = (
        "Date       TK    Hrs   Narrative\r\n"
        "02/10/23   JRP   1.20  Call with client re draft witness statement.\r\n"
        "02/10/23   MK    0.40  Update chronology; correct spelling.\r\n"
        "Total hours: 14.40           Timekeepers: JRP = J.R. Pemberton (partner); "
        "MK = Mira Kaur (associate)\r\n"
        "WF = Walk Free. DS = Daewoo Shipbuilding. DS paid nothing."
    )
    found = _found(text)
    assert found.count("JRP") == 2
    assert found.count("MK") == 2
    assert "WF" not in found
    assert "DS" not in found


def test_an_80000_character_export_finds_short_names_at_its_end() -> None:
    """Past the first paragraph, after CRLF, emoji and a zero-width space: the rules of this
    round read a long export to its end, and the spans cut the original text exactly."""
    filler = "09:12 ok 😴 the night shift went on and on at the yard\r\n" * 1500
    tail = (
        "Last edited by dhlim.\r\nThe witness G.B. saw it; corrected by J.S.\r\n"
        "@sky_walker88 yes. sky_walker88 again. Write to nrahman@example-ngo.org\r\n"
        "So1-hyang left with Zbigniew K. and Pa\u200bk Chol-min.\r\n"
    )
    text = "[export]\r\n\r\n" + filler + tail
    assert len(text) > 80_000
    result = anonymize(text, [])
    found = [text[span.start : span.end] for span in result.spans]
    for name in ("dhlim", "G.B.", "J.S.", "nrahman", "Zbigniew K.", "Pa\u200bk Chol-min"):
        assert name in found, name
    assert found.count("sky_walker88") == 2
    assert all(span.text == text[span.start : span.end] for span in result.spans)


def test_spaced_initials_that_spell_a_role_elsewhere_still_name_a_person() -> None:
    """The staff-initials list (TV, NA, TR ...) once shadowed the list for a surname with
    initials, so "T. V. Belova" and "N.A. Hassan" were skipped; "S. A. Voronin" still counts."""
    text = "Report signed by Dr T. V. Belova.\r\nCase officer N.A. Hassan. Witness S. A. Voronin."
    found = _found(text)
    assert "T. V. Belova" in found
    assert "N.A. Hassan" in found
    assert "S. A. Voronin" in found

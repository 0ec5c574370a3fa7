"""Round 33: a name found in two pieces reads as one replacement. A registered person's login
or address ("jiwon.bae@...", "PAEK_NamIl") was replaced piece by piece ("Person 2.Person 2@"),
and a detected name the finders cut in two ("Bozena" "Kaczmarek", "올레그" "페트로비치") read as
two withheld names. The pieces are now one span; two names a sentence, a comma or a line keeps
apart stay two, and so do Korean names listed with spaces alone."""

from testimony.anonymize.redact import anonymize
from testimony.anonymize.spans import RegisteredPerson

BAE = RegisteredPerson("p1", "Jiwon Bae", "Person 2", "배지원", (), "other")
SIM = RegisteredPerson("p2", "Sim Chol-min", "Co-worker 1", "심철민", ("꼬마",), "coworker")
PAEK = RegisteredPerson("p3", "Paek Nam-il", "Witness A", "백남일", (), "witness")
KIM = RegisteredPerson("p4", "Kim Song-hui", "Witness B", "김송희", (), "witness")


def _spans(text: str, persons: list[RegisteredPerson]) -> list[str]:
    return [span.text for span in anonymize(text, persons).spans]


def test_a_registered_person_s_address_and_login_are_one_replacement() -> None:
    text = (
        "Corrections to jiwon.bae@bridges.example by Monday.\r\n"
        "Ask ｊｉｗｏｎ.ｂａｅ or jiwon\u200b.bae 🙂 again; the log shows PAEK_NamIl."
    )
    result = anonymize(text, [BAE, PAEK])
    assert [span.text for span in result.spans] == [
        "jiwon.bae",
        "ｊｉｗｏｎ.ｂａｅ",
        "jiwon\u200b.bae",
        "PAEK_NamIl",
    ]
    assert result.text == (
        "Corrections to Person 2@bridges.example by Monday.\r\n"
        "Ask Person 2 or Person 2 🙂 again; the log shows Witness A."
    )


def test_a_name_written_with_underscores_in_a_file_s_name_is_found_whole() -> None:
    result = anonymize("user PAEK_NamIl exported witness_KIM_Song_Hui_role.docx", [PAEK, KIM])
    assert "Song" not in result.text
    assert "Hui" not in result.text
    assert result.text == "user Witness A exported witness_Witness B_role.docx"


def test_a_registered_alias_before_the_name_reads_as_one_person() -> None:
    result = anonymize("동료 꼬마 심철민이 다쳤다.\r\n꼬마는 열아홉이었다.", [SIM])
    assert result.text == "동료 Co-worker 1이 다쳤다.\r\nCo-worker 1은 열아홉이었다."


def test_a_detected_name_cut_in_two_is_one_withheld_name() -> None:
    result = anonymize(
        "The foreman was Bożena Kaczmarek. Then R. Ramdin came.\r\n감독은 올레그 페트로비치였다.",
        [],
    )
    assert [span.text for span in result.spans] == [
        "Bożena Kaczmarek",
        "R. Ramdin",
        "올레그 페트로비치",
    ]
    assert result.text.count("[name withheld]") == 3


def test_names_a_sentence_comma_or_line_keeps_apart_stay_two() -> None:
    text = "She met Agus Setiawan. Agus left.\nAL-NAIMI, KHALID signed.\r\nPak Chol\nKim Yong-su"
    found = _spans(text, [])
    assert "Agus Setiawan" in found
    assert "Agus" in found
    assert not any("Setiawan. Agus" in span for span in found)
    assert not any("\n" in span for span in found)


def test_korean_names_listed_with_spaces_stay_apart() -> None:
    persons = [
        RegisteredPerson("a", "Ri Chol-su", "Co-worker 1", "리철수", ("철수",), "coworker"),
        RegisteredPerson("b", "Kim Yong-hui", "Co-worker 2", "김영희", ("영희",), "coworker"),
    ]
    result = anonymize("같은 조에 철수 영희가 있었다.", persons)
    assert result.text == "같은 조에 Co-worker 1 Co-worker 2가 있었다."


def test_a_name_written_in_two_scripts_side_by_side_stays_two_writings() -> None:
    song = RegisteredPerson("s", "Song Yong-chan", "Witness A", "송영찬", (), "witness")
    result = anonymize("증언자 송영찬 Song Yong-chan (b. 1979) 진술", [song])
    assert [span.text for span in result.spans] == ["송영찬", "Song Yong-chan"]


def test_a_surname_with_ga_before_a_quotative_or_copula_is_listed() -> None:
    from testimony.anonymize.unresolved import REASON_SURNAME_GA, unresolved_tokens

    text = (
        "러시아 현장 반장은 리가로만 기억.\r\n거기 반장이 변가라는 놈인데, 니 반장이 곽가라고 "
        "했지. 성만 탁가예요. 그래서 나가라고 했다. 국가로 보면 평가라는 말도 있다."
    )
    listed = [item.text for item in unresolved_tokens(text, []) if item.reason == REASON_SURNAME_GA]
    assert listed == ["리가", "변가", "곽가", "탁가"]


def test_a_given_name_wrapped_at_its_hyphen_is_found_whole() -> None:
    text = (
        "Our leader was Kim Yong-\nchol, a hard man.\r\nRi Kwang-\r\n chol left first. "
        "Ev-\ngeny Morozov drove. A well-\nknown place."
    )
    found = _spans(text, [])
    assert "Kim Yong-\nchol" in found
    assert "Ri Kwang-\r\n chol" in found
    assert any(span.startswith("Ev-\ngeny") for span in found)
    assert not any("known" in span for span in found)


O_KWANG_MIN = RegisteredPerson("o", "O Kwang-min", "Supervisor 1", "오광민", (), "supervisor")
JO_HYON_CHOL = RegisteredPerson("j", "Jo Hyon-chol", "Co-worker 1", "조현철", (), "coworker")


def test_a_surname_english_hardly_writes_alone_counts_after_the_full_name() -> None:
    text = (
        "In charge of our team was O Kwang-min. Only a fool would cross O. He kept our "
        "passports.\r\nThe company paid our wages to O. O handed each man an envelope.\r\n\r\n"
        "O repeated twice that the money went away. friend Jo Hyon-chol. Jo. he cannot swim.\n"
        "sleeping. Jo 👍"
    )
    result = anonymize(text, [O_KWANG_MIN, JO_HYON_CHOL])
    assert result.text == (
        "In charge of our team was Supervisor 1. Only a fool would cross Supervisor 1. He kept "
        "our passports.\r\nThe company paid our wages to Supervisor 1. Supervisor 1 handed each "
        "man an envelope.\r\n\r\nSupervisor 1 repeated twice that the money went away. friend "
        "Co-worker 1. Co-worker 1. he cannot swim.\nsleeping. Co-worker 1 👍"
    )


def test_the_letter_o_and_the_interjection_stay() -> None:
    text = (
        "O Kwang-min ran it. O, and one more thing: his blood type was O. "
        "O'Brien came with an O-ring and said O.K.; c/O the office; O Lord; O my mother."
    )
    spans = anonymize(text, [O_KWANG_MIN]).spans
    assert not any("rarely an English word" in span.reason for span in spans)
    covered = {position for span in spans for position in range(span.start, span.end)}
    for piece in ("O, and", "was O.", "O'Brien", "c/O", "O Lord", "O my"):
        at = text.index(piece) + piece.index("O")
        assert at not in covered, piece


def test_without_the_full_name_o_alone_needs_a_person_s_grammar() -> None:
    result = anonymize("O repeated twice that the money went away.", [O_KWANG_MIN])
    assert result.spans == []
    result = anonymize(
        "O Kwang-min ran it.\nO repeated twice that the money went away.", [O_KWANG_MIN]
    )
    assert (
        result.text == "Supervisor 1 ran it.\nSupervisor 1 repeated twice that the money went away."
    )


CHOE = RegisteredPerson("c", "Choe Myong-gil", "Supervisor 1", "최명길", (), "supervisor")
U = RegisteredPerson("u", "U Chol-nam", "Witness A", "우철남", (), "witness")
PAK = RegisteredPerson("p", "Pak Chang-su", "Co-worker 1", "박창수", (), "coworker")
PAE = RegisteredPerson("b", "Pae Kwang-song", "Co-worker 2", "배광성", (), "coworker")
SIN = RegisteredPerson("s", "Sin Hye-ok", "Witness B", "신혜옥", (), "witness")


def test_a_registered_surname_with_the_suffix_ga_reads_as_the_pseudonym() -> None:
    text = (
        "어 최명길이.\r\n우리는 그냥 최가라고 불렀다. 형은 최가가 시키는 대로 한 거지. "
        "돈은 최가한테 다 줬어. 국가가 시켰다."
    )
    assert anonymize(text, [CHOE]).text == (
        "어 Supervisor 1이.\r\n우리는 그냥 Supervisor 1이라고 불렀다. 형은 Supervisor 1이 "
        "시키는 대로 한 거지. 돈은 Supervisor 1한테 다 줬어. 국가가 시켰다."
    )


def test_a_word_made_with_ga_after_a_registered_surname_stays() -> None:
    no = RegisteredPerson("n", "No Chol-su", "Co-worker 1", "노철수", (), "coworker")
    text = "노철수와 나는 노가다 일을 했다. 노가다로 먹고살았다.\r\n다들 노가라고 불렀다."
    assert anonymize(text, [no]).text == (
        "Co-worker 1과 나는 노가다 일을 했다. 노가다로 먹고살았다.\r\n"
        "다들 Co-worker 1이라고 불렀다."
    )


def test_a_surname_in_quotation_marks_as_what_someone_was_called() -> None:
    text = (
        '우철남이 있었어요. 러시아 사람들은 그냥 "우"라고 불렀어요. "우! 우!" 부르면 웃었다. '
        "우리는 울었다. 이하 '우'로 적음.\n신혜옥 씨. [TN: \"신\" here = shoes.]"
    )
    assert anonymize(text, [U, SIN]).text == (
        'Witness A가 있었어요. 러시아 사람들은 그냥 "Witness A"라고 불렀어요. "Witness A! 우!" '
        "부르면 웃었다. 우리는 울었다. 이하 'Witness A'로 적음.\nWitness B. "
        '[TN: "신" here = shoes.]'
    )


def test_big_and_little_with_a_surname_that_is_a_word() -> None:
    text = "미장을 하던 박창수는 작은 박이라고 불렀지요.\r\n배광성이 왔다. 큰 배가 들어왔다."
    assert anonymize(text, [PAK, PAE]).text == (
        "미장을 하던 Co-worker 1은 작은 Co-worker 1이라고 불렀지요.\r\n"
        "Co-worker 2가 왔다. 큰 배가 들어왔다."
    )

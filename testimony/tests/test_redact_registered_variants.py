"""Round 6 of registered names: ways of writing a KNOWN name that the matcher did not generate.

Each rule is a general rule about how a registered name can be written (an alias in another
script, a name broken at a line's end, Koryo-saram Cyrillic, initials beside the surname, an
English-word surname before a verb), tested in realistic text: CRLF line ends, the mention
beyond the first paragraph, fullwidth letters, zero-width characters, Korean particles. Each has
a counterpart that must stay untouched. The names are fictional."""

import pytest

from testimony.anonymize.redact import anonymize
from testimony.anonymize.spans import RegisteredPerson


def _texts(text: str, persons: list[RegisteredPerson]) -> list[str]:
    result = anonymize(text, persons, detect=False)
    for span in result.spans:
        assert text[span.start : span.end] == span.text
    return [span.text for span in result.spans]


def _person(key: str, name: str, pseudonym: str, hangul: str, *aliases: str) -> RegisteredPerson:
    return RegisteredPerson(key, name, pseudonym, hangul, tuple(aliases), "coworker")


# --- Aliases in any script ---------------------------------------------------------------------


def test_an_alias_in_chinese_characters_and_its_surname_alone_after_it() -> None:
    liu = _person("p1", "Liu Jianguo", "Supervisor 1", "류젠궈", "刘建国", "老刘")
    text = (
        "Intro.\r\n\r\nThe manager was Liu Jianguo (刘建国).\r\n"
        'The workers called him 老刘 among themselves; once 刘 "also hates" the minders.'
    )
    assert _texts(text, [liu]) == ["Liu Jianguo", "刘建国", "老刘", "刘"]


def test_a_cyrillic_alias_and_an_arabic_alias_as_registered() -> None:
    kim = _person("p1", "Kim Chol-nam", "Witness A", "김철남", "Ким Чер Нам")
    nasser = _person("p2", "Nasser Al-Kaabi", "Employer 1", "나세르 알카비", "ناصر الكعبي")
    text = (
        "Contract no. 117.\r\n\r\nработник КИМ ЧЕР НАМ = 김철남.\r\n"
        "대표 Nasser Al-Kaabi (ناصر الكعبي)."
    )
    assert _texts(text, [kim, nasser]) == [
        "КИМ ЧЕР НАМ",
        "김철남",
        "Nasser Al-Kaabi",
        "ناصر الكعبي",
    ]


def test_a_cyrillic_alias_inside_a_longer_cyrillic_word_is_not_it() -> None:
    kim = _person("p1", "Kim Chol-nam", "Witness A", "김철남", "Нам")
    assert _texts("Наметили план на среду.", [kim]) == []


def test_a_hangul_name_of_two_words_with_a_particle() -> None:
    zaitsev = _person("p1", "Mikhail Zaitsev", "Employer 1", "미하일 자이체프")
    text = "신고서.\n\n신고인: 고용주 미하일 자이체프, 대표.\n미하일\u200b 자이체프는 서명했다."
    assert _texts(text, [zaitsev]) == ["미하일 자이체프", "미하일\u200b 자이체프"]


def test_hangul_initials_before_a_particle() -> None:
    kim = _person("p1", "Kim Chol-mu", "Witness A", "김철무")
    text = "철무: 알았어.\r\n근데 상담사 선생님이 ㄱㅊㅁ로 적자고 했어. ㄱㅊㅁ는 나야."
    assert _texts(text, [kim]) == ["철무", "ㄱㅊㅁ", "ㄱㅊㅁ"]
    assert _texts("ㄱㅊㅁ했어", [kim]) == []  # the initials glued to a verb


# --- Latin letters -----------------------------------------------------------------------------


def test_a_given_name_hyphenated_across_a_line_break() -> None:
    ri = _person("p1", "Ri Jong-ae", "Relative 1", "리정애")
    text = "My sister.\r\n\r\nIf anyone reads this who knows Ri Jong-\r\nae, tell her."
    assert _texts(text, [ri]) == ["Ri Jong-\r\nae"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("On Sundays Moon held a life review.", "Moon"),
        ("That night Song knows nothing yet.", "Song"),
        ("Consent: Moon consents to submission.", "Moon"),
        ("After that Jo made the women write it.", "Jo"),
        ("- Yu insists there were two of them.", "Yu"),
        ("We saw the envelopes. O opened them and took the money.", "O"),
        ("The Chinese owner came. O bowed so low.", "O"),
        ("His gang was large. An describes Ri as ordinary.", "An"),
    ],
)
def test_an_english_word_surname_before_a_verb_of_the_lexicon(text: str, mention: str) -> None:
    """After the full name earlier in the text, beyond the first paragraph, with CRLF."""
    persons = [
        _person("p1", "Moon Chang-su", "Supervisor 1", "문창수"),
        _person("p2", "Song Hye-ran", "Witness A", "송혜란"),
        _person("p3", "Jo Myong-hui", "Supervisor 2", "조명희"),
        _person("p4", "Yu Chol-jin", "Witness B", "유철진"),
        _person("p5", "O Kum-sil", "Co-worker 1", "오금실"),
        _person("p6", "An Yong-chol", "Witness C", "안영철"),
    ]
    names = "Moon Chang-su, Song Hye-ran, Jo Myong-hui, Yu Chol-jin, O Kum-sil, An Yong-chol."
    found = _texts(f"Present: {names}\r\n\r\n{text}", persons)
    assert found[6:] == [mention]


@pytest.mark.parametrize(
    "text",
    [
        "An armed guard stood there.",
        "No guards came that night.",
        "In turns we slept.",
        "So tired, we slept.",
        "A song played. The moon rose.",
    ],
)
def test_english_words_before_a_verb_form_stay_words(text: str) -> None:
    persons = [
        _person("p1", "An Yong-chol", "Witness C", "안영철"),
        _person("p2", "No Chol-u", "Witness D", "노철우"),
        _person("p3", "In Song-il", "Witness E", "인성일"),
        _person("p4", "So Myong-ho", "Witness F", "소명호"),
        _person("p5", "Song Hye-ran", "Witness A", "송혜란"),
    ]
    names = "An Yong-chol, No Chol-u, In Song-il, So Myong-ho, Song Hye-ran."
    assert _texts(f"{names}\n\n{text}", persons)[5:] == []


def test_a_surname_glued_to_an_emoji_before_its_verb() -> None:
    jo = _person("p1", "Jo Kyong-hui", "Supervisor 1", "조경희")
    text = "The team leader was Jo\u200b Kyong-hui. Jo\U0001f47f was the one who hit her."
    assert _texts(text, [jo]) == ["Jo\u200b Kyong-hui", "Jo"]


def test_a_surname_after_a_date_a_nationality_or_a_day() -> None:
    kong = _person("p1", "Kong Yong-chol", "Co-worker 1", "공영철")
    yu = _person("p2", "Yu Jong-chol", "Relative 1", "유정철")
    text = (
        "Kong Yong-chol and Yu Jong-chol.\n2012-08 Kong injured; co-worker helped.\n"
        "Not the Chinese one, the Korean Yu (유).\nThe Yu siblings met once."
    )
    assert _texts(text, [kong, yu]) == [
        "Kong Yong-chol",
        "Yu Jong-chol",
        "Kong",
        "Yu",
        "유",
        "Yu",
    ]


def test_a_surname_with_its_other_spelling_in_brackets() -> None:
    rim = _person("p1", "Rim Hak-song", "Witness A", "림학송", "Lim Hak-song")
    text = "Rim Hak-song, 52.\r\nNote: Rim (SK spelling Lim Hak-song) said so."
    assert _texts(text, [rim]) == ["Rim Hak-song", "Rim", "Lim Hak-song"]
    assert _texts("Note: the rim (of the pot) broke.", [rim]) == []


def test_the_initial_of_the_surname_as_a_subject_or_explained() -> None:
    hong = _person("p1", "Hong Sung-chol", "Witness A", "홍성철", "H.S.C.")
    ryu = _person("p2", "Ryu Kwang-nam", "Supervisor 1", "류광남")
    text = (
        "HSC notes\r\n- H. = Hong Sung-chol, 44\r\n- boss Ryu Kwang-nam. R. had 2 deputies\r\n"
        "- 50°C; H. saw a Nepali man collapse"
    )
    assert _texts(text, [hong, ryu]) == ["H.", "Hong Sung-chol", "Ryu Kwang-nam", "R.", "H."]
    # Not a run of initials, not before the full name, not before a noun.
    assert _texts(
        "The U.S. said no. R. had left. Hong Sung-chol. Plan H. project.", [hong, ryu]
    ) == ["Hong Sung-chol"]


def test_initials_of_the_given_name_beside_the_surname() -> None:
    lee = _person("p1", "Lee Myung-hee", "Witness A", "이명희")
    kim = _person("p2", "Kim Chol-min", "Witness B", "김철민")
    text = "she signs as M.H. Lee.\nKim C.-M. and Ｋｉｍ C. M. came."
    assert _texts(text, [lee, kim]) == ["M.H. Lee", "Kim C.-M.", "Ｋｉｍ C. M."]


def test_cyrillic_in_koryo_saram_spelling_and_with_initials() -> None:
    ho = _person("p1", "Ho Chol-nam", "Supervisor 1", "허철남")
    ro = _person("p2", "Ro Tae-song", "Supervisor 2", "로태성")
    text = '작업반장: 허철남 (Хо Чер Нам in Russian documents).\r\n수령인: "Ро Т. С.".'
    assert _texts(text, [ho, ro]) == ["허철남", "Хо Чер Нам", "Ро Т. С."]


# --- Hangul ------------------------------------------------------------------------------------


def test_a_hangul_surname_alone_as_a_word_after_the_full_name() -> None:
    choe = _person("p1", "Choe Kum-chol", "Supervisor 1", "최금철")
    text = (
        "가. 여권은 최금철이 보관.\r\n나. 임금은 최 명의 계좌로 입금.\r\n"
        "다. 반드시 최 또는 부관과 동행."
    )
    assert _texts(text, [choe]) == ["최금철", "최", "최"]
    # Not before the full name; not a particle after a quotation ("부주의"로).
    assert _texts("임금은 최 명의 계좌로. 최금철.", [choe]) == ["최금철"]
    ro = _person("p2", "Ro Chol-jin", "Co-worker 1", "로철진")
    assert _texts('로철진이 다쳤다. "본인 부주의"로 보고.', [ro]) == ["로철진"]


def test_a_hangul_surname_before_a_spaced_title_and_the_full_name_after() -> None:
    han = _person("p1", "Han Myong-gil", "Supervisor 1", "한명길")
    won = _person("p2", "Won Kil-nam", "Supervisor 2", "원길남")
    text = "그리고 한 반장, 한명길.\n관리자는 원길남. 원 관리자는 임금을 가져갔다."
    assert _texts(text, [han, won]) == ["한", "한명길", "원길남", "원"]
    assert _texts("한 반장이 두 명 있었다.", [han]) == []  # "one foreman", no full name


def test_a_hangul_surname_named_as_the_persons_and_after_ssi_with_the_copula() -> None:
    sung = _person("p1", "Sung Kwang-il", "Supervisor 1", "성광일")
    pang = _person("p2", "Pang Myong-suk", "Witness A", "방명숙")
    text = '책임자: 성은 성, 이름은 광일.\n"방 하나에 열 명이 잤어요. 방씨라서 놀림 받았어요."'
    assert _texts(text, [sung, pang]) == ["성", "광일", "방"]


def test_a_letter_signed_with_the_initial_of_the_given_name() -> None:
    sun = _person("p1", "Kang Sun-hui", "Witness A", "강순희")
    text = (
        "Dear Myong-chol,\r\n\r\nI, Kang Sun-hui, am well since Sinuiju.\r\n\r\n"
        "Your sister,\r\nS. [signed with the initial only]"
    )
    assert _texts(text, [sun]) == ["Kang Sun-hui", "S."]
    # Not without the full name before it, not inside a sentence.
    assert _texts("Your sister,\nS.", [sun]) == []
    assert _texts("Kang Sun-hui.\nWe met, as planned.\nS. was late.", [sun])[1:] == []


def test_a_capitalised_cyrillic_alias_written_in_lower_case_is_a_word() -> None:
    nam = _person("p1", "Kim Chol-nam", "Witness A", "김철남", "Нам")
    assert _texts("Нам сказал: нам не платят.", [nam]) == ["Нам"]


def test_a_one_syllable_given_name_that_is_a_word_before_a_verb_of_the_lexicon() -> None:
    sun = _person("p1", "Kang Sun", "Witness A", "강순")
    text = "Kang Sun, 34, from Hyesan.\r\n\r\nIn the dormitory Sun held the baby all night."
    assert _texts(text, [sun]) == ["Kang Sun", "Sun"]
    assert _texts("Kang Sun, 34.\nThe sun rose. Sun rose early.", [sun]) == ["Kang Sun"]

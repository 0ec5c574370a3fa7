"""Round 37, from heldout40 once it had measured round 36 blind, and from the registered
mentions every read set still missed: a registered name in katakana and its parts, a Hangul
full name with its syllables apart, cut by a line break or masked, a surname with initials in
a login or after it in capitals, a Chinese form of address, a given name alone in Chinese
characters, a Polish case ending, and a scan's "rn" for "m", "ll" for "Il" and a zero for O."""

from testimony.anonymize.folding import fold_text
from testimony.anonymize.redact import anonymize
from testimony.anonymize.spans import RegisteredPerson
from testimony.tests.test_round35_names import _found


def _person(name: str, hangul: str, *aliases: str, key: str = "p1") -> RegisteredPerson:
    return RegisteredPerson(
        key=key, name=name, pseudonym=f"Witness {key}", hangul=hangul, aliases=aliases
    )


HYOK = _person("Namgung Hyok", "남궁혁", "ナムグン・ヒョク")
YONGSIL = _person("Han Yong-sil", "한영실", "영실")
UNJONG = _person("Hong Un-jong", "홍은정", "韩光日")
NAMIL = _person("Paek Nam-il", "백남일", "李明顺", key="p2")
SONGGUK = _person("Rim Song-guk", "림성국")


def test_a_name_registered_in_katakana_and_each_of_its_parts_in_japanese() -> None:
    text = (
        "日: ロシア・アムール州の伐採場でナムグン・ヒョクさんが８年間使った斧。\r\n"
        "左からウィさん、ナムグンさん、チェさん。ナムグンさんの顔のみ公開。😊"
    )
    result = anonymize(text, [HYOK])
    registered = [span.text for span in result.spans if span.source == "registered"]
    assert registered == ["ナムグン・ヒョク", "ナムグン", "ナムグン"]
    # The other workers in the photograph, named in katakana before さん, are proposed since
    # round 45.
    assert {"ウィ", "チェ"} <= {span.text for span in result.spans if span.source == "detected"}
    assert "ナムグン" not in result.text
    assert "ロシア・アムール州" in result.text
    # A part inside a longer word in katakana is not the name.
    assert _found("ナムグンーさん", (HYOK,)) == []


def test_a_hangul_full_name_with_its_syllables_apart_or_cut_by_a_line_break() -> None:
    text = (
        "1. 대상자 인적사항\r\n  성    명: 한 영 실 (한자: 韓英實)\r\n"
        "반장은 한영\r\n실이였다. 진술인  한　영　실  (서명)"
    )
    result = anonymize(text, [YONGSIL])
    found = [span.text for span in result.spans]
    assert {"한 영 실", "한영\r\n실", "한　영　실"} <= set(found)
    assert "실이" not in result.text
    assert "반장은 Witness p1이었다" in result.text
    # Three one-syllable words that spell no registered name stay.
    assert _found("그 한 영 수 씨", (YONGSIL,)) == []


def test_a_hangul_full_name_masked_in_its_middle_syllable() -> None:
    text = "문서에는 한○실, 한*실님, 한ㅇ실이 등 가명 표기 요청. 한○○ 또는 한영○은 누구인지 모름."
    result = anonymize(text, [YONGSIL])
    masked = [span.text for span in result.spans if "syllable masked" in span.reason]
    assert masked == ["한○실", "한*실", "한ㅇ실"]
    assert "실님" not in result.text
    # Masked at its end, or twice, it says no registered name: the detector's own reason then.
    assert all(span.source == "detected" for span in result.spans if span.text.startswith("한영"))


def test_a_surname_and_initials_in_a_login_or_a_file_name() -> None:
    text = (
        "The file on the shared drive changed from HongUJ_testimony_v4.docx to W7.docx.\r\n"
        "e-mail nipaek@ (official address); KakaoTalk ID: hong_uj1977, ＨｏｎｇＵＪ.\r\n"
        "Signed: HONG UJ. Checked: Hong EJ, 홍UJ."
    )
    found = _found(text, (UNJONG, NAMIL))
    assert found.count("HongUJ") == 1
    assert "nipaek" in found
    assert "hong_uj" in found
    assert "ＨｏｎｇＵＪ" in found
    assert {"HONG UJ", "Hong EJ", "홍UJ"} <= set(found)
    # The digits of a login stay; so does what is no one's initials.
    result = anonymize(text, [UNJONG, NAMIL])
    assert "1977" in result.text
    other = anonymize("See HongKJ_v2.docx and Hong KJ, a handle: hong_2020", [UNJONG])
    assert not [span for span in other.spans if "initials" in span.reason]
    # The surname alone, a piece of a file's name, is still his (round 38).
    assert "KJ_v2.docx" in other.text


def test_a_given_name_joined_in_a_login() -> None:
    person = _person("Choe Kum-ok", "최금옥")
    found = _found('P1\'s ID "kumok1988" is known to former colleagues.', (person,))
    assert found == ["kumok"]
    assert "1988" in anonymize('ID "kumok1988"', [person]).text


def test_chinese_forms_of_address_and_a_given_name_alone_in_chinese_characters() -> None:
    text = "2019-09-03 | 小韩手受伤\r\n起网机故障，老韩修理。小金库里没有钱。帮明顺说说话。李明顺。"
    result = anonymize(text, [UNJONG, NAMIL])
    found = [span.text for span in result.spans]
    assert found[:3] == ["小韩", "老韩", "明顺"]
    assert "小金库" in result.text
    # A given name that is also a word, before a word it begins: a holiday's wishes.
    holiday = _person("Zhao Guoqing", "자오궈칭", "赵国庆")
    assert _found("原文: 国庆快乐🇨🇳 70周年！", (holiday,)) == []
    assert "国庆" in _found("刘波: 国庆哥生日快乐🎂", (holiday,))


def test_a_registered_surname_declined_in_polish() -> None:
    text = (
        "Przesłuchanie prowadzono przez tłumacza, pana Rima.\r\n"
        "Świadek widział go z panem Pakiem i u pana Paka, nie u Rimowi."
    )
    pak = _person("Pak Hyon-u", "박현우", key="p2")
    found = _found(text, (SONGGUK, pak))
    assert found == ["Rima", "Pakiem", "Paka", "Rimowi"]
    # Outside Polish the same word is left alone.
    assert _found("Rima is a river. Paka was the word.", (SONGGUK, pak)) == []


def test_a_scan_s_rn_for_m_ll_for_il_and_zero_for_o_in_a_korean_name() -> None:
    folded = fold_text("Kirn Chol-su says 0 Yong-narn inspects thern. Kirn Jong ll.")
    assert folded.text == "Kim Chol-su says O Yong-nam inspects thern. Kim Jong Il."
    # The folded "m" maps back onto both letters it was read from.
    start = folded.text.index("nam")
    assert folded.original_span(start, start + 3) == (
        folded.original.index("narn"),
        folded.original.index("narn") + 4,
    )
    persons = [
        _person("Kim Chol-su", "김철수"),
        _person("O Yong-nam", "오영남", key="p2"),
    ]
    result = anonymize("Kirn Chol-su says 0 Yong-narn inspects. Kirn is 41.", persons)
    assert [span.text for span in result.spans] == ["Kirn Chol-su", "0 Yong-narn", "Kirn"]
    assert "Kirn" not in result.text
    assert "narn" not in result.text
    # English words, a score and a lone zero stay as written.
    for text in (
        "Born in Lantern, an Intern in Kern",
        "He was Re-born; a Born-again believer after the Down-turn",
        "scored 0 Points",
        "the 0 took",
        "we ll go",
    ):
        assert fold_text(text).text == text
    assert _found("He was Re-born in faith, a Born-again believer.") == []
    # Kim Jong Il read through the scan is the public figure, not a private Kim.
    assert _found("the portraits of Kirn ll Sung and Kirn Jong ll", persons) == []

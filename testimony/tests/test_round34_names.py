"""Round 34: a registered person's login or e-mail address read whole. The finders took the
given name inside "moon.youngae@..." but not the surname beside it, which they take alone in
small letters only where the grammar says person: the address read "moon.Witness A@...".
Now the person's own surname, in any romanization, joins the given name inside a login."""

from testimony.anonymize.redact import anonymize
from testimony.anonymize.spans import RegisteredPerson

MUN = RegisteredPerson("p1", "Mun Yong-ae", "Witness A", "문영애", (), "witness")
# Registered in Hangul only: the address spells the southern romanization of both parts.
LEE = RegisteredPerson("p2", "", "Co-worker 1", "이성철", (), "coworker")
BAE = RegisteredPerson("p3", "Jiwon Bae", "Person 2", "배지원", (), "other")


def _anonymized(text: str, persons: list[RegisteredPerson]) -> str:
    return anonymize(text, persons).text


def test_a_surname_beside_the_given_name_in_an_address_goes_with_it() -> None:
    text = (
        "Write to moon.youngae@mail.example or yongae_moon,\r\n"
        "and ask lee.sungchul@mail.example (kakao: sungchul.lee) 🙂"
    )
    assert _anonymized(text, [MUN, LEE]) == (
        "Write to Witness A@mail.example or Witness A,\r\n"
        "and ask Co-worker 1@mail.example (kakao: Co-worker 1) 🙂"
    )


def test_fullwidth_letters_and_invisible_characters_in_an_address() -> None:
    text = "Ｍｏｏｎ．ｙｏｕｎｇａｅ wrote, then moon.you\u200bngae@mail.example again."
    result = anonymize(text, [MUN])
    assert [span.text for span in result.spans] == [
        "Ｍｏｏｎ．ｙｏｕｎｇａｅ",
        "moon.you\u200bngae",
    ]
    assert result.text == "Witness A wrote, then Witness A@mail.example again."


def test_only_the_letters_of_the_person_s_own_surname_join() -> None:
    """The digits of a login stay; another surname is another person's (or a shared inbox's)
    and is left to the review; a surname that is a word outside a login stays a word."""
    text = "youngae.moon77 and jiwon.kim@mail.example; the moon rose over Yong-ae's room."
    assert _anonymized(text, [MUN, BAE]) == (
        "Witness A77 and Person 2.kim@mail.example; the moon rose over Witness A's room."
    )


HONG = RegisteredPerson("p4", "Hong Tae-ryong", "Supervisor 1", "홍태룡", ("洪泰龙",), "supervisor")
PYO = RegisteredPerson("p5", "Pyo Mi-ok", "Witness A", "표미옥", (), "witness")


def test_a_registered_hanja_surname_before_a_chinese_title() -> None:
    """A Chinese factory's report names the Korean minder by surname and title (洪班长), in a
    sentence of Chinese; a surname character that ends a word with the one before it (代表班长:
    the team leader's representative) is no surname."""
    text = (
        "工人报告朝方带队洪泰龙。\r\n洪班长到场后表示“不要紧”😞，朝方洪指导员负责。\r\n"
        "他是代表班长的人。"
    )
    result = anonymize(text, [HONG, PYO])
    assert [span.text for span in result.spans] == ["洪泰龙", "洪", "洪"]
    assert "代表班长" in result.text
    assert "洪" not in result.text


def test_members_a_kakaotalk_export_says_joined_or_were_invited() -> None:
    """A notice line names the member by display name, even one that is a word (물고기);
    a title goes (박반장: 박), a role does not count, and the same words inside a sentence are
    no notice."""
    text = (
        "[여우] [오후 8:09] 전화기 어디 갔어? 🙂\r\n"
        "빈성호님이 들어왔습니다.\r\n"
        "2019년 3월 12일 오후 8:10, 박반장님이 김철수님과 물고기님을 초대했습니다.\r\n"
        "면담자님이 나갔습니다.\r\n"
        "Ｍｉｎｊｉ Park님이 들어왔습니다\r\n"
        "그 사람은 선생님이 나갔습니다 하고 말했다."
    )
    spans = [span.text for span in anonymize(text, []).spans]
    assert spans == ["빈성호", "박", "김철수", "물고기", "Ｍｉｎｊｉ Park"]


def test_a_name_in_katakana_is_listed_for_review() -> None:
    """Japanese writes a foreign name, and a Japanese name's reading, in Katakana: listed,
    whole, with a space or a middle dot between its words, halfwidth forms too."""
    from testimony.anonymize.unresolved import unresolved_tokens

    text = "001\t田中 由美\tタナカ ユミ\r\n005\tjohn o'neill\tジョン・オニール\r\nﾊﾟｸ ﾐｮﾝｽ came."
    listed = [text[item.start : item.end] for item in unresolved_tokens(text, [])]
    assert {"タナカ ユミ", "ジョン・オニール", "ﾊﾟｸ ﾐｮﾝｽ"} <= set(listed)


def test_a_diary_s_sentence_like_a_notice_is_no_notice() -> None:
    """Outside a KakaoTalk export the same words are a sentence: the teacher came in."""
    text = "3월 5일\r\n그때 선생님이 들어왔습니다.\r\n철이는 울었다."
    assert "그때" not in " ".join(span.text for span in anonymize(text, []).spans)

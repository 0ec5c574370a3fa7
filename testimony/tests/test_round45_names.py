"""Round 45, from the misses of heldout49, measured blind on heldout50, heldout51 and heldout52:
initials in capitals without full stops after what a staff member did to a file or signing a
note, Japanese forms of address after a foreigner's name in katakana or a surname character, a
Japanese surname found once with the given name written to it, a four-syllable name with a
surname of two and a note in brackets, and words in brackets that are roles, not names."""

from testimony.anonymize.detect import detect_names


def _detected(text: str) -> list[str]:
    return [span.text for span in detect_names(text)]


def test_initials_after_what_staff_did_to_a_file_or_signing_a_note() -> None:
    text = (
        "Summary: CD / checked: KSB\r\n"
        "- Proofreading: DW\r\n"
        'Only "Ok-hwa" is used in this file. (EL)\r\n'
        "[Police report to be discussed with her on Friday. - MK]\r\n"
        "For office use: checked by YK / criminal record certificate received: Y\r\n"
        "CD and DW to follow up.\r\n"
    )
    found = _detected(text)
    for initials in ("KSB", "DW", "EL", "MK", "YK"):
        assert initials in found, initials
    assert found.count("CD") == 2
    # Not a heading in capitals, a language, a body or an English word.
    for line in (
        "SUMMARY OF EVIDENCE\nPREPARED FOR THE PANEL\n",
        "Translated by UN staff. Reviewed by HR.\n",
        "The answer is in English. (EN)\n",
        "checked by IOM\n",
    ):
        assert _detected(line) == [], line


def test_japanese_forms_of_address_after_a_foreigners_name() -> None:
    text = (
        "From: 佐々木由美 <office@press.example.jp>\r\n"
        "フリーランス記者の佐々木です。\r\n"
        "シン・ドンホさんの件ですが、通訳の朴さんによると、シンさんは班長の名前を言っていた。"
        "韓国で申さんにもう一度お会いできれば幸いです。\r\n\r\n"
        "佐々木由美\r\n"
    )
    found = _detected(text)
    assert found.count("佐々木由美") == 2
    for name in ("シン・ドンホ", "シン", "朴", "申"):
        assert name in found, name
    # Korea in Japanese is no surname and given name; nor is what 皆さん and お母さん address.
    assert "韓国" not in found
    assert _detected("お母さんと皆さんによろしく。") == []
    # A Chinese company named after its owner is no form of address.
    assert _detected("刘氏水产 and 王氏集团") == []


def test_a_double_surname_with_a_note_and_roles_in_brackets() -> None:
    found = _detected("심사위원: 남궁민호(위원장), 제갈솔, Ruth Kim\r\n")
    assert "남궁민호" in found
    assert "위원장" not in found
    found = _detected("Kim Eun-jung(면담자)와 Pak Chol(진술인), Seo Ha-eun(상담팀)이 왔다.")
    assert not {"면담자", "진술인", "상담팀"} & set(found)

"""Korean name knowledge: romanization of Hangul, surname spellings, given-name variants."""

import pytest

from testimony.anonymize.names import (
    SURNAMES,
    decompose,
    given_variants,
    hangul_given_forms,
    hangul_initial_variants,
    name_forms,
    name_variants,
    romanize,
    split_hangul_name,
    split_romanized_name,
    surname_spellings,
    syllabify,
)
from testimony.anonymize.spans import RegisteredPerson


def _person(name: str, hangul: str = "", aliases: tuple[str, ...] = ()) -> RegisteredPerson:
    return RegisteredPerson("person-1", name, "Witness A", hangul, aliases, "witness")


def _joined(given: str = "", hangul: str = "") -> set[str]:
    return {variant.joined for variant in given_variants(given, hangul)}


def test_a_hangul_syllable_decomposes_into_its_jamo() -> None:
    """명 is ㅁ + ㅕ + ㅇ."""
    assert decompose("명") == (6, 6, 21)


def test_a_hangul_name_is_romanized_in_revised_and_mccune_reischauer() -> None:
    """명철 is myeong-cheol (Revised Romanization) and myong-chol (McCune-Reischauer)."""
    assert romanize("명철", "rr") == ["myeong", "cheol"]
    assert romanize("명철", "mr") == ["myong", "chol"]


def test_mccune_reischauer_voices_plain_stops_between_voiced_sounds() -> None:
    """영구 is Yong-gu once voiced, Yong-ku syllable by syllable."""
    assert romanize("영구", "mr") == ["yong", "ku"]
    assert romanize("영구", "mr", voicing=True) == ["yong", "gu"]


def test_common_spellings_of_a_hangul_given_name_are_produced() -> None:
    """철수 is also written Chulsoo."""
    assert ["chul", "soo"] in hangul_given_forms("철수")


def test_usual_sound_changes_at_the_syllable_boundary_are_produced() -> None:
    """석우 is heard Seo-gu, 석민 Seong-min."""
    assert ["seo", "gu"] in hangul_given_forms("석우")
    assert ["seong", "min"] in hangul_given_forms("석민")


def test_every_spelling_of_myeongcheol_comes_from_the_hangul() -> None:
    """Myeongcheol, Myongchol, Myeong-chul, Myungchul: one name."""
    assert {"myeongcheol", "myongchol", "myeongchul", "myungchul", "myongchul"} <= _joined(
        hangul="명철"
    )


def test_every_spelling_of_a_romanized_given_name_is_produced() -> None:
    """Myeong-chul registered without Hangul still finds Myong Chol and Myongchol."""
    assert {"myeongchul", "myongchol", "myeongcheol"} <= _joined("Myeong-chul")


def test_given_name_variants_are_capped() -> None:
    """The number of spellings per name stays bounded, so a large registry stays fast."""
    assert len(given_variants("Kwang-chol", "광철")) <= 64


def test_given_name_variants_remember_where_syllables_meet() -> None:
    """Myong Chol splits after "myong", so the matcher accepts it spaced or hyphenated."""
    variant = next(v for v in given_variants("Myong-chol") if v.joined == "myongchol")
    assert variant.boundaries == frozenset({5})


@pytest.mark.parametrize(
    ("surname", "spellings"),
    [
        ("림", {"rim", "lim", "im", "yim", "leem"}),
        ("이", {"lee", "yi", "ri", "rhee", "i"}),
        ("박", {"park", "pak", "bak"}),
        ("최", {"choi", "choe"}),
        ("정", {"jung", "jeong", "chung", "chong", "jong"}),
        ("류", {"ryu", "yu", "yoo"}),
        ("노", {"roh", "noh", "ro", "no"}),
    ],
)
def test_every_common_romanization_of_a_surname_is_known(surname: str, spellings: set[str]) -> None:
    """Each family of DOMAIN.md is in the table."""
    assert spellings <= surname_spellings(surname)


def test_north_and_south_forms_of_a_surname_share_their_romanizations() -> None:
    """리 and 이 are one surname; so are 림 and 임."""
    assert SURNAMES["리"] == SURNAMES["이"]
    assert SURNAMES["림"] == SURNAMES["임"]


def test_a_romanized_surname_brings_all_its_spellings() -> None:
    """A person registered as Rim is also Lim, Im and Yim."""
    assert {"lim", "im", "yim"} <= surname_spellings("Rim")


def test_diacritics_are_folded_in_surnames() -> None:
    """Chŏng is Chong, and so Jung and Jeong."""
    assert {"jung", "jeong"} <= surname_spellings("Chŏng")


def test_a_romanized_name_is_split_in_either_order() -> None:
    """The surname is found first or last."""
    assert split_romanized_name("Rim Myong-chol") == ("Rim", "Myong-chol")
    assert split_romanized_name("Myong-chol Rim") == ("Rim", "Myong-chol")


def test_a_hangul_name_is_split_after_its_surname() -> None:
    """Two-syllable surnames are recognised."""
    assert split_hangul_name("림명철") == ("림", "명철")
    assert split_hangul_name("남궁민수") == ("남궁", "민수")


def test_a_joined_romanized_word_is_split_into_syllables() -> None:
    """Myeongchul is myeong-chul, never mye-ong-chul."""
    assert syllabify("myeongchul") == [["myeong", "chul"]]


def test_an_initial_rieul_is_given_in_north_and_south_forms() -> None:
    """룡남 is 용남 in South Korean spelling."""
    assert hangul_initial_variants("룡남") == {"룡남", "용남"}


def test_name_variants_hold_the_full_name_in_both_orders() -> None:
    """Rim Myong-chol, Lim Myeongchul and Myong Chol Rim are all looked for."""
    variants = name_variants(_person("Rim Myong-chol", "림명철"))
    assert {"rim myong-chol", "lim myeongchul", "myong chol rim", "yim myong chol"} <= variants


def test_name_variants_hold_the_given_name_alone_only_with_two_syllables() -> None:
    """Myong-chol alone counts; Il alone would hit everywhere."""
    assert "myong-chol" in name_variants(_person("Rim Myong-chol"))
    variants = name_variants(_person("Rim Il", "림일"))
    assert "il" not in variants
    assert "rim il" in variants


def test_name_variants_hold_the_surname_alone_only_after_a_title() -> None:
    """Mr. Rim and Comrade Pak, never Rim alone."""
    assert {"mr. rim", "comrade lim", "rim-dongmu"} <= name_variants(_person("Rim Il"))
    assert "rim" not in name_variants(_person("Rim Il"))
    assert "comrade pak" in name_variants(_person("Pak Yong-ho"))


def test_name_variants_hold_the_hangul_names() -> None:
    """림명철, 임명철 (South Korean spelling), 명철 alone and 림씨."""
    variants = name_variants(_person("Rim Myong-chol", "림명철"))
    assert {"림명철", "임명철", "명철", "림씨", "림동무"} <= variants


def test_name_variants_hold_the_aliases_and_their_spellings() -> None:
    """An alias that looks Korean is spelled every way too."""
    variants = name_variants(_person("Rim Il", aliases=("Chol-i", "The Tiger")))
    assert {"chol-i", "cheol-i", "thetiger"} <= variants


def test_name_forms_are_built_from_romanized_and_hangul_names() -> None:
    """The Hangul surname adds spellings the romanized one lacks."""
    forms = name_forms(_person("Ri Myong-chol", "리명철"))
    assert {"ri", "lee", "yi", "rhee"} <= forms.surnames
    assert forms.given_syllables == 2


def test_hanja_surnames_read_as_their_hangul_forms() -> None:
    from testimony.anonymize.names import HANJA_SURNAMES, hanja_surnames_of

    assert HANJA_SURNAMES["李"] == {"이", "리"}
    assert hanja_surnames_of("리") == {"李"}
    assert {"林", "任"} <= hanja_surnames_of("임")
    assert hanja_surnames_of("없") == frozenset()


def test_cyrillic_keys_ignore_aspiration_voicing_and_soft_signs() -> None:
    from testimony.anonymize.names import (
        cyrillic_given_key,
        cyrillic_key,
        cyrillic_surname_keys,
        kontsevich,
    )

    assert kontsevich("박철민") == "пакчхольмин"
    assert cyrillic_given_key("철민") == cyrillic_key("Чол") + cyrillic_key("Мин")
    assert cyrillic_key("Чжон") == cyrillic_key("Чон")
    assert {cyrillic_key("Цой"), cyrillic_key("Чхве")} <= cyrillic_surname_keys("최")
    assert {cyrillic_key("Ли"), cyrillic_key("Ри")} <= cyrillic_surname_keys("이")

"""Korean names in Cyrillic: the Kontsevich system and a loose key for matching."""

import re

from testimony.anonymize.names.hangul import decompose, is_hangul_syllable
from testimony.anonymize.names.surnames import surname_hangul_forms

# Korean names in Russian texts: the Kontsevich system (Концевич), from the Hangul, and the
# spellings seen in practice (Цой for 최, Ли for 이, Чжон for 정). Names are matched on a loose
# key (`cyrillic_key`) that ignores aspiration and voicing, so "Чол", "Чхоль" and "Чоль" are
# one syllable.
_KONTSEVICH_INITIALS = [
    "к",
    "кк",
    "н",
    "т",
    "тт",
    "р",
    "м",
    "п",
    "пп",
    "с",
    "сс",
    "",
    "ч",
    "чч",
    "чх",
    "кх",
    "тх",
    "пх",
    "х",
]
_KONTSEVICH_VOWELS = [
    "а",
    "э",
    "я",
    "йя",
    "о",
    "е",
    "ё",
    "йе",
    "о",
    "ва",
    "вэ",
    "вэ",
    "ё",
    "у",
    "во",
    "ве",
    "ви",
    "ю",
    "ы",
    "ый",
    "и",
]
_KONTSEVICH_FINALS = [
    "",
    "к",
    "кк",
    "кс",
    "н",
    "нч",
    "нх",
    "т",
    "ль",
    "льк",
    "льм",
    "льп",
    "льс",
    "льтх",
    "льпх",
    "льх",
    "м",
    "п",
    "пс",
    "т",
    "т",
    "н",
    "т",
    "т",
    "к",
    "т",
    "п",
    "т",
]
# Usual Russian spellings of surnames, beyond the Kontsevich reading of the syllable.
CYRILLIC_SURNAMES: dict[str, tuple[str, ...]] = {
    "김": ("Ким",),
    "이": ("Ли", "Ри", "И"),
    "리": ("Ли", "Ри"),
    "박": ("Пак",),
    "최": ("Чхве", "Цой", "Чой", "Чве"),
    "정": ("Чон", "Чжон", "Джон", "Тен"),
    "임": ("Лим", "Рим", "Им"),
    "림": ("Лим", "Рим", "Им"),
    "노": ("Ро", "Но"),
    "로": ("Ро", "Но"),
    "류": ("Рю", "Ю", "Лю"),
    "유": ("Ю", "Рю"),
    "문": ("Мун",),
    "백": ("Пэк", "Пак", "Пек"),
    "한": ("Хан",),
    "강": ("Кан",),
    "윤": ("Юн",),
    "조": ("Чо", "Чжо", "Тё"),
    "장": ("Чан", "Чжан", "Тян"),
    "전": ("Чон", "Чжон", "Тён"),
    "신": ("Син", "Шин"),
    "오": ("О",),
    "양": ("Ян",),
    "량": ("Рян", "Лян", "Ян"),
}


def cyrillic_key(word: str) -> str:
    """A loose key of a Cyrillic spelling: lowercase, aspiration (kh, th, ph, chh), soft and
    hard signs, voicing (g, d, b, dzh) and the vowels yo, e, ye folded. The Koryo-saram
    spellings of Soviet documents are folded onto Kontsevich's too: ㅓ and ㅕ written with
    Cyrillic ye or o (Cher, Yen for 철, 영), a final ㄹ written with er (Cher): "Ким Чер Нам"
    is "Ким Чхоль Нам"."""
    key = word.lower().replace("ё", "о").replace("э", "о").replace("е", "о")
    key = key.replace("дж", "ч").replace("чж", "ч").replace("ь", "").replace("ъ", "")
    key = re.sub(r"([кптч])х", r"\1", key)
    # The glide of 계 and 혜 after their consonant is written or left out in Russian texts:
    # one key for both spellings.
    key = re.sub(r"([бвгджзклмнпрстфхцчшщ])й(?=[аоуыяюи])", r"\1", key)
    return key.translate(str.maketrans("гдбжцр", "ктпччл"))


def kontsevich(hangul: str) -> str:
    """The Kontsevich reading of Hangul syllables, each on its own (no sound changes)."""
    out = []
    for char in hangul:
        if not is_hangul_syllable(char):
            out.append(char)
            continue
        initial, vowel, final = decompose(char)
        out.append(
            _KONTSEVICH_INITIALS[initial] + _KONTSEVICH_VOWELS[vowel] + _KONTSEVICH_FINALS[final]
        )
    return "".join(out)


def cyrillic_surname_keys(hangul_surname: str) -> frozenset[str]:
    """Loose keys of the Russian spellings of a Hangul surname (박 -> пак; 최 -> чве, чой ...)."""
    keys = {cyrillic_key(kontsevich(form)) for form in surname_hangul_forms(hangul_surname)}
    keys.add(cyrillic_key(kontsevich(hangul_surname)))
    for form in surname_hangul_forms(hangul_surname) | {hangul_surname}:
        keys.update(cyrillic_key(spelling) for spelling in CYRILLIC_SURNAMES.get(form, ()))
    return frozenset(key for key in keys if key)


def cyrillic_given_key(hangul_given: str) -> str:
    """The loose key of the Kontsevich reading of a Hangul given name (철민 -> чолмин)."""
    return cyrillic_key(kontsevich(hangul_given))

"""The case forms of a non-Korean name: Polish, Russian and Czech (in Latin letters) and
Russian (in Cyrillic) add an ending to a name wherever grammar asks for it, and the testimonies
quote them.

"Jerzy Malinowski" is "Malinowskiego" (of him), "Malinowskiemu" (to him) and "Malinowskim"
(with him); "Jurek" is "Jurkiem"; "Sergei Ivanov" is "Sergeya Ivanova"; "Novák" is "Novákovi".
A foreman, a broker or a doctor registered under such a name is identified by these forms as
much as by the name itself. They are written from the grammars of the three languages, not
from the evaluation texts, and only the endings those grammars give names are added, so a form
is a word no one writes for anything else.
"""

import re
import unicodedata

# Letters that end a name in a vowel: such a name takes its own endings (Anna, Sergei) or none
# (Hugo, Rene).
_VOWELS = "aeiouy"
# Polish and Russian adjectival surnames in their masculine form (Malinowski, Zielinski,
# Dostoevsky, Tolstoy is not one) and their endings: genitive, dative, instrumental and
# locative, plural genitive; the feminine (Malinowska) names the same family.
_ADJECTIVAL_MASCULINE_RE = re.compile(r"(?P<stem>.+[sc]k|.+dzk)(?:i|y|iy|ii|ij)$", re.IGNORECASE)
_ADJECTIVAL_ENDINGS = ("iego", "iemu", "im", "ich", "a", "ogo", "omu", "ym", "ého", "ému", "ém")
_ADJECTIVAL_FEMININE_RE = re.compile(r"(?P<stem>.+[sc]k|.+dzk)a$", re.IGNORECASE)
_ADJECTIVAL_FEMININE_ENDINGS = ("iej", "ą", "oy", "oi", "oj", "uyu", "ou", "é")
# A given name ending in a consonant and "y" (Jerzy, Antoni is a vowel): Jerzego, Jerzemu.
_SOFT_Y_ENDINGS = ("ego", "emu", "ym")
# Sergei, Sergey, Andrij, Nikolai: the last letter gives way to j or y and an ending.
_JOT_RE = re.compile(r"(?P<stem>.+[aeiou])(?:i|y|j)$", re.IGNORECASE)
_JOT_ENDINGS = ("ya", "yu", "em", "ye", "ja", "ju", "jem", "jowi", "eya", "eyu")
# A name ending in -a or -á (Anna, Olga, Kuba, Ivanova, Nováková): genitive, dative and locative,
# accusative and instrumental, in the three languages.
_A_ENDINGS = ("y", "i", "e", "ie", "u", "ę", "ą", "oy", "oi", "oj", "ou", "é")
# A name ending in a consonant (Nowak, Ivanov, Novák, Ahmed): genitive, dative, instrumental,
# locative and the plural of the family.
_CONSONANT_ENDINGS = ("a", "u", "owi", "ovi", "em", "om", "ym", "e", "ie", "owie", "ów", "ovy")
# Polish drops the e of -ek and -eł before an ending: Jurek, Jurka, Jurkiem; Paweł, Pawła.
_FLEETING_E_RE = re.compile(r"(?P<stem>.{2,})e(?P<last>[kł])$", re.IGNORECASE)
_FLEETING_E_ENDINGS = ("a", "u", "owi", "iem", "em", "i", "owie", "ów")
# A word in Latin letters, accented ones included (Wiśniewski, Novák, Paweł).
_LATIN_WORD_RE = re.compile(r"[A-Za-z\u00c0-\u024f]{4,}")


# Russian in Cyrillic: a surname in -ский/-цкий (-ская), a name in -ий (Дмитрий), in -ей, -ай
# or -ой (Сергей, Николай), in -ь (Игорь), in the vowels a or я (Наташа, Петрова, Таня), in a
# consonant (Тарасов, Мельников, Ким); a name in another vowel (Лысенко) does not decline.
_CYRILLIC_WORD_RE = re.compile(r"[А-ЯЁа-яё]{4,}")
_RU_ADJECTIVAL_RE = re.compile(r"(?P<stem>.+[сц]к)(?:ий|ой)$", re.IGNORECASE)
_RU_ADJECTIVAL_ENDINGS = ("ого", "ому", "им", "ом")
_RU_ADJECTIVAL_FEMININE_RE = re.compile(r"(?P<stem>.+[сц]к)ая$", re.IGNORECASE)
_RU_ADJECTIVAL_FEMININE_ENDINGS = ("ой", "ую")
_RU_IY_RE = re.compile(r"(?P<stem>.+)ий$", re.IGNORECASE)
_RU_IY_ENDINGS = ("ия", "ию", "ием", "ии")
_RU_JOT_RE = re.compile(r"(?P<stem>.+[аеоу])й$", re.IGNORECASE)
_RU_SOFT_ENDINGS = ("я", "ю", "ем", "е")
_RU_A_ENDINGS = ("ы", "и", "е", "у", "ой", "ей")
_RU_YA_ENDINGS = ("и", "е", "ю", "ей")
_RU_CONSONANT_ENDINGS = ("а", "у", "ом", "ым", "е", "ы")
_RU_VOWELS = "аеёиоуыэюя"


def _russian_forms(word: str) -> set[str]:
    lower = word.lower()
    if match := _RU_ADJECTIVAL_RE.match(word):
        return _with(match["stem"], _RU_ADJECTIVAL_ENDINGS)
    if match := _RU_ADJECTIVAL_FEMININE_RE.match(word):
        return _with(match["stem"], _RU_ADJECTIVAL_FEMININE_ENDINGS)
    if match := _RU_IY_RE.match(word):
        return _with(match["stem"], _RU_IY_ENDINGS)
    if match := _RU_JOT_RE.match(word):
        return _with(match["stem"], _RU_SOFT_ENDINGS)
    if lower.endswith("ь"):
        return _with(word[:-1], _RU_SOFT_ENDINGS)
    if lower.endswith("а"):
        return _with(word[:-1], _RU_A_ENDINGS)
    if lower.endswith("я"):
        return _with(word[:-1], _RU_YA_ENDINGS)
    if lower[-1] not in _RU_VOWELS:
        return _with(word, _RU_CONSONANT_ENDINGS)
    return set()


def _with(stem: str, endings: tuple[str, ...]) -> set[str]:
    return {stem + ending for ending in endings}


def declined_forms(word: str) -> frozenset[str]:
    """The case forms of one word of a foreign name in Latin or Cyrillic letters, as written (the
    stem's capitals and accents kept, the ending in small letters); empty for a word shorter
    than four letters ("Ali", "Li", "Ким": an ending would make another name) or in another
    script."""
    word = unicodedata.normalize("NFC", word)
    if _CYRILLIC_WORD_RE.fullmatch(word):
        forms = _russian_forms(word) - {word}
        return frozenset(form for form in forms if len(form) >= 4)
    if not _LATIN_WORD_RE.fullmatch(word):
        return frozenset()
    # The letters without their accents, one for one: Nováková ends in an a too.
    lower = "".join(
        char
        for char in unicodedata.normalize("NFD", word.lower())
        if not unicodedata.combining(char)
    )
    forms: set[str] = set()
    if match := _ADJECTIVAL_MASCULINE_RE.match(word):
        forms |= _with(match["stem"], _ADJECTIVAL_ENDINGS)
    elif match := _ADJECTIVAL_FEMININE_RE.match(word):
        forms |= _with(match["stem"], _ADJECTIVAL_FEMININE_ENDINGS)
    elif lower.endswith("y") and lower[-2] not in _VOWELS:
        forms |= _with(word[:-1], _SOFT_Y_ENDINGS)
    elif match := _JOT_RE.match(word):
        forms |= _with(match["stem"], _JOT_ENDINGS)
    elif lower.endswith("a"):
        forms |= _with(word[:-1], _A_ENDINGS)
    elif lower[-1] not in _VOWELS:
        forms |= _with(word, _CONSONANT_ENDINGS)
        if lower[-1] in "kg":
            forms.add(word + "iem")  # Nowakiem, Bergiem
        if match := _FLEETING_E_RE.match(word):
            forms |= _with(match["stem"] + match["last"], _FLEETING_E_ENDINGS)
    forms.discard(word)
    return frozenset(form for form in forms if len(form) >= 4)

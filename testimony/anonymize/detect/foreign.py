"""Non-Korean names (see __init__.py; word lists in foreign_names.py).

Foreign given names, Slavic, Vietnamese, Burmese and pinyin names in Latin letters; a Latin-letter
name before a Korean honorific (Ryu 반장, Han dongmu); names in Cyrillic; Chinese names in
characters; foreign and Chinese names in Hangul with their family names; a name after a
nationality and a noun for a person (인도네시아 선원 부디와).
"""

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache

from testimony.anonymize import foreign_names
from testimony.anonymize.detect.hangul import (
    _BRACKET_ROLES,
    _honorific_endings,
    _is_person_noun,
    _without_affectionate_i,
)
from testimony.anonymize.detect.words import (
    _CAPITALISED_STOPWORDS,
    _HANGUL_RE,
    _HANGUL_STOPWORDS,
    _HANGUL_SURNAMES,
    _HANGUL_WORD_RE,
    _KO_COPULA,
    _KO_HONORIFICS,
    _KO_NOT_SURNAME_ALONE,
    _KO_PARTICLES,
    _KO_PLACES,
    _KO_SURNAME_ALONE_HONORIFICS,
    _KO_TITLES_BEFORE,
    _ORG_WORDS,
    _PLACES,
    _TITLE_QUALIFIERS,
    _TITLES,
    _TITLES_ABROAD,
    REASON_ABBREVIATED_FIRST,
    REASON_BEFORE_HONORIFIC,
    REASON_BURMESE,
    REASON_CHINESE,
    REASON_CHINESE_ALONE,
    REASON_CHINESE_IN_SENTENCE,
    REASON_CHINESE_LABELLED,
    REASON_CYRILLIC,
    REASON_CYRILLIC_KOREAN,
    REASON_FATHERS_NAME,
    REASON_FILIPINO_PARTICLE,
    REASON_FOREIGN_GIVEN,
    REASON_HANGUL_APPOSED,
    REASON_JAPANESE,
    REASON_KUNYA,
    REASON_PATRONYMIC,
    REASON_SLAVIC_SURNAME,
    REASON_TITLE,
    REASON_VIETNAMESE_ADDRESSED,
    REASON_WITH_ITS_SCRIPT,
    _followed_by_org,
    _foreign_places,
    _is_capitalised_name_word,
    _is_given_part,
    _is_surname,
    _romanized_surnames,
    _Tokens,
    _words,
)
from testimony.anonymize.english import ENGLISH_WORDS
from testimony.anonymize.foreign_names import (
    BURMESE_DISTINCTIVE,
    BURMESE_ELEMENTS,
    BURMESE_HONORIFICS,
    CHINESE_HANGUL_GIVEN_MARKS,
    CHINESE_HANGUL_SURNAMES,
    CHINESE_NOT_NAMES,
    CHINESE_SURNAME_CHARS,
    CYRILLIC_KOREAN_SURNAMES,
    CYRILLIC_NOT_NAMES,
    CYRILLIC_PLACE_ENDINGS,
    GIVEN_CYRILLIC,
    GIVEN_HANGUL,
    GIVEN_LATIN,
    HANGUL_NOT_NAMES,
    HANGUL_NOT_NAMES_BARE,
    HANGUL_SURNAME_ENDINGS,
    PINYIN_AMBIGUOUS,
    PINYIN_SURNAMES,
)
from testimony.anonymize.names.hanja import HANJA_SURNAMES

# Non-Korean names (lists and their sources in foreign_names.py).
_ROMANIZED_HONORIFICS = frozenset(
    _words(
        """
            dongmu tongmu dongji tongji banjang panjang ajossi ajeossi ajumma ajumoni sonsaengnim
            seonsaengnim sonsaeng jojang chojang bunjojang ssi nim hyong hyeong onni eonni oppa
            nuna noona jibaein chibaein sajang bowiwon
        """
    )
)


_HANGUL_START_RE = re.compile(r"[ \t]?([가-힣]+)")
# A capitalised Cyrillic word, with a capitalised hyphenated second part ("Бат-Эрдэнэ"); the
# capital O alone, a Korean surname and a preposition, is read in `_cyrillic_names`; so are Yu
# and Yo alone (Ю, Ё) before a capitalised word: "Ю Чан Мин".
# A Mongolian word's letters (barred o, straight u) belong to it: "Баянзүрх" is one word.
_CYRILLIC_WORD_RE = re.compile(
    r"[А-ЯЁӨҮ][а-яёөү]+(?:-[А-ЯЁӨҮ][а-яёөү]+)?|(?<![А-Яа-яЁё])О(?= [А-ЯЁ])"
    # A surname in capitals before a capitalised given name: "КИМ Сон Ир" in a register.
    r"|(?<![А-Яа-яЁё])[А-ЯЁ]{2,5}(?= [А-ЯЁ][а-яё])"
    r"|(?<![А-Яа-яЁё])[ЮЁ](?= [А-ЯЁ][а-яё])"
)
# A Korean given name's second syllable after a hyphen, in small letters (Su-bin in Cyrillic).
_SMALL_SYLLABLE_RE = re.compile(r"-[а-яё]{2,6}(?![А-Яа-яЁё-])")
# A given name's last syllable of a vowel alone, one capital letter (애, 우, 이 ...), when the
# name closes a table's cell, an item of a list or a line: "Ли Сон Э | письмо".
_LAST_VOWEL_SYLLABLE_RE = re.compile(r" [АЕЁИОУЭЮЯ](?=[ \t]*(?:[|\t,;)]|\r?\n|$))")
_CYRILLIC_LETTER_RE = re.compile(r"[А-Яа-яЁё]")
_CJK_RUN_RE = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]+")
_MONGOLIAN_ENDINGS = (
    "baatar",
    "bayar",
    "erdene",
    "tsetseg",
    "jargal",
    "suren",
    "dorj",
    "khuu",
    "tuya",
    "zaya",
    "chimeg",
    "saikhan",
    "maa",  # a woman's name: Bayarmaa, Tsetsegmaa, Oyunmaa
)
_HANGUL_NUMBER_END = tuple("일이삼사오육칠팔구십백천만")


@cache
def _pinyin_re() -> re.Pattern[str]:

    return re.compile(rf"(?:{foreign_names.PINYIN_SYLLABLE}){{1,2}}")


def _is_foreign_given(word: str) -> bool:

    lower = word.lower()
    return word[:1].isupper() and (
        lower in GIVEN_LATIN
        or (
            len(lower) > 6
            and lower.endswith(_MONGOLIAN_ENDINGS)
            and lower not in _PLACES
            and lower not in _foreign_places()
        )
    )


# Capitalised words that make a place of the name after them (Arabic: port, cape, mountain,
# mother of, valley, city of; and English).
_PLACE_PREFIXES = frozenset(
    _words(
        "mina ras jebel jabal umm wadi madinat bandar port fort saint st université universite"
        " universidade universidad uniwersytet"
    )
)
_SLAVIC_LAST_LETTERS = tuple({ending[-1] for ending in foreign_names.SLAVIC_SURNAME_ENDINGS})
_ARABIC_ARTICLE_RE = re.compile(r"(?:[Aa]l|[Ee]l)-[A-Z]")
# A chapter and verse after a book of the Bible: " 1:16", " 3:16-17".
_BIBLE_VERSE_RE = re.compile(r"[ \t]+\d{1,3}:\d{1,3}\b")


def _is_slavic_surname(word: str) -> bool:
    """Smirnov, Sokolova, Kowalski: a capitalised word with a Russian, Polish or Czech surname
    ending, not a place."""
    if len(word) < 6 or not word.endswith(_SLAVIC_LAST_LETTERS) or not word[:1].isupper():
        return False
    lower = word.lower()
    return (
        word[1:].islower()
        and lower.endswith(foreign_names.SLAVIC_SURNAME_ENDINGS)
        and lower not in foreign_names.RUSSIAN_PLACES_LIKE_SURNAMES
        and lower not in _foreign_places()
        and lower not in _PLACES
        and lower not in _CAPITALISED_STOPWORDS
    )


# What a phone's contact list or a chat export writes after a given name instead of a surname
# ("Suresh Electrician", "Ahmed Taxi", "Bolat Broker"): jobs and services that are no common
# English surname (Baker, Mason, Porter, Cook, Carpenter, Fisher, Singer are left out).
_JOBS_AFTER_A_NAME = frozenset(
    _words(
        """
        accountant agent boss broker chef cleaner dentist doctor driver electrician embassy
        foreman guard interpreter landlady landlord lawyer manager mechanic nurse pharmacist
        plumber receptionist recruiter supervisor taxi technician translator tutor welder
        """
    )
)


def _is_plain_name_word(word: str) -> bool:
    """A capitalised word that may be a surname after a given name (not a place, not a title,
    not a job: "Suresh Electrician"); an Arabic family name with its article counts (al-Mutairi,
    Al-Kuwari, el-Sayed)."""
    if _ARABIC_ARTICLE_RE.match(word):
        word = word[3:]
    return (
        _is_capitalised_name_word(word)
        and word.lower() not in _foreign_places()
        and word.lower() not in _TITLE_QUALIFIERS
        and word.lower() not in _JOBS_AFTER_A_NAME
        and not _CONTRACTION_RE.search(word)
    )


# Verbs that open an English question or request before a surname: "Is Yermakova the same
# person?", "Ask Smirnov", not a given name before it.
_QUESTION_OPENERS = _words(
    "is was are were did does do has have had can could will would should ask call tell thank"
    " whether"
)


# An English contraction opening a sentence after a name ("Rekha Shrestha Isn't this ..."),
# not a name's part (O'Brien, D'Souza).
_CONTRACTION_RE = re.compile(r"['’](?:t|re|ll|ve|d|m)$", re.IGNORECASE)


# Polish letters: the text is Polish, or quotes it, and its names are declined.
_POLISH_LETTERS_RE = re.compile(r"[ąćęłńśźżĄĆĘŁŃŚŹŻ]")
# Polish cases of a given name, as the detector's folded copy writes them (ę as e): the
# ending, and what the name's own form ends with instead.
_POLISH_CASE_ENDINGS = (("owi", ""), ("em", ""), ("a", ""), ("e", "a"), ("y", "a"))
# "pan", "pani" and their cases: Mr and Mrs, before a name (panu Kimowi, pana Marka).
_POLISH_HONORIFICS = frozenset(_words("pan pana panu panem panie pani pania"))


def _polish_declined(word: str) -> bool:
    """Marka, Tadeusza, Pawla, Zbyszka, Agnieszke, Pawlowi: a listed given name in one of its
    Polish cases (genitive and accusative, dative, instrumental), a vowel of the last syllable
    dropped as Polish drops it (Marek, Marka; Pawel, Pawla)."""
    lower = word.lower()
    if not word[:1].isupper() or lower in GIVEN_LATIN or lower in ENGLISH_WORDS:
        return False
    for ending, restored in _POLISH_CASE_ENDINGS:
        stem = lower[: -len(ending)]
        if not lower.endswith(ending) or len(stem) < 3:
            continue
        forms = [stem + restored]
        if not restored:
            forms.append(stem[:-1] + "e" + stem[-1])
        if any(form in GIVEN_LATIN for form in forms):
            return True
    return False


def _polish_surname_after_pan(tokens: _Tokens, i: int) -> bool:
    """ "wyplacano panu Kimowi", "Panu Hamowi dalam": a Korean surname in the Polish dative (or
    instrumental) after pan, Mr.; or as it is written, after pan or pani ("koordynator, pan
    Ri.")."""
    lower = tokens.word(i).lower()
    ending = next((ending for ending in ("owi", "em") if lower.endswith(ending)), "")
    stem = lower[: -len(ending)] if ending else lower
    if not ending:
        return (
            tokens.word(i)[:1].isupper()
            and lower in _romanized_surnames()
            and i > 0
            and tokens.word(i - 1).lower() in ("pan", "pani")
            and tokens.adjacent(i - 1, i)
        )
    return (
        stem in _romanized_surnames()
        and i > 0
        and tokens.word(i - 1).lower() in _POLISH_HONORIFICS
        and tokens.adjacent(i - 1, i)
    )


_FIELD_OPENERS_RE = re.compile(r"(?:^|[,|;\t\n])[ \t\"]*$")


def _caps_surname_opens_field(tokens: _Tokens, i: int) -> bool:
    """Token i, a listed given name in capitals, follows a capitalised word in capitals that
    opens its field (a line, or after a comma, a bar, a semicolon or a tab): the surname of a
    name written surname first, as payrolls and crew lists write them ("DHAKAL KRISHNA")."""
    if i == 0 or not tokens.word(i).isupper() or not tokens.adjacent(i - 1, i):
        return False
    surname = tokens.word(i - 1)
    if (
        len(surname) < 2
        or not surname.isupper()
        or not surname.isalpha()
        or surname.lower() in GIVEN_LATIN
        or surname.lower() in ENGLISH_WORDS
        or not _is_plain_name_word(surname)
        or "\n" in tokens.text[tokens.items[i - 1][1] : tokens.items[i][0]]
    ):
        return False
    opening = tokens.items[i - 2][1] if i >= 2 else 0
    return bool(_FIELD_OPENERS_RE.search(tokens.text, opening, tokens.items[i - 1][0]))


# Vietnamese words that lose their marks to a listed given name: "Bên A" (party A of a
# contract, folded "Ben"), "Tìm" (to look for, folded "Tim").
_VIETNAMESE_WORDS_FOLDED_TO_NAMES = frozenset({"Bên", "Tìm"})
# The particles of an Arab name, capitalised as Gulf papers write them ("Rashid Obaid Bin
# Tamim", "Khalid Al Marri"): read with the family's name after them.
_ARABIC_PARTICLES = frozenset({"bin", "binti", "bint", "al", "el"})


def _word_given_before_family_name(tokens: _Tokens, i: int) -> bool:
    """Token i is an English given name that is also a word (Grace, Mark) and the next, on
    the same line, its family name: a Korean surname not in capitals (Grace Park), or a word
    of four letters or more that is no English word, place or given name (Mark Hollins, not
    Rose Hills); not before a third capitalised word or an organisation's."""
    items = tokens.items
    word = items[i][2]
    if not (
        word.lower() in foreign_names.GIVEN_LATIN_WORDS
        and word[1:].islower()
        and i + 1 < len(items)
        and tokens.adjacent(i, i + 1)
        and "\n" not in tokens.text[items[i][1] : items[i + 1][0]]
        and not (tokens.adjacent(i + 1, i + 2) and tokens.word(i + 2)[:1].isupper())
        and not _followed_by_org(tokens, i + 1)
    ):
        return False
    family = items[i + 1][2]
    if _is_surname(family):
        return not family.isupper()
    return (
        family[1:].islower()
        and len(family) >= 4
        and _is_plain_name_word(family)
        and family.lower() not in ENGLISH_WORDS
        and family.lower() not in _CAPITALISED_STOPWORDS
        and not _is_foreign_given(family)
    )


def _foreign_latin_names(
    tokens: _Tokens, polish: bool = False, text: str = ""
) -> Iterable[tuple[int, int, str]]:
    """Foreign names in Latin letters; `polish`: the original text has Polish letters, and its
    given names may be declined (`_polish_declined`); `text`: the original of the folded text
    the tokens read, for the marks folding erases."""
    items = tokens.items
    pinyin = _pinyin_re()
    i = 0
    while i < len(items):
        word = items[i][2]
        if not word[:1].isupper():
            i += 1
            continue
        lower = word.lower()
        found: tuple[int, str] | None = None
        if lower in foreign_names.BIBLE_BOOKS and _BIBLE_VERSE_RE.match(tokens.text, items[i][1]):
            # Ruth 1:16, John 3:16: a book of the Bible and its verse, read in church.
            i += 1
            continue
        if (
            i
            and items[i - 1][2].lower() in _PLACE_PREFIXES
            and items[i - 1][2][:1].isupper()
            and tokens.adjacent(i - 1, i)
        ):
            # Mina Abdullah, Port Harcourt, Ras Laffan: a place named with a name in it.
            i += 1
            continue
        if (
            i + 1 < len(items)
            and tokens.adjacent(i, i + 1)
            and _is_slavic_surname(items[i + 1][2])
            and word[1:].islower()
            and lower not in _QUESTION_OPENERS
            and _is_plain_name_word(word)
            and not _is_foreign_given(word)
        ):
            # Jan Kowalski: any capitalised word before a Slavic surname is its given name.
            found = i + 1, REASON_SLAVIC_SURNAME
        elif polish and _polish_surname_after_pan(tokens, i):
            found = i, REASON_FOREIGN_GIVEN
        elif (
            _is_foreign_given(word)
            and not (text and text[items[i][0] : items[i][1]] in _VIETNAMESE_WORDS_FOLDED_TO_NAMES)
        ) or (polish and _polish_declined(word)):
            # Olga Petrovna, Anna Kovaleva, Dmitri Volkov: up to two capitalised words after.
            last = i
            while (
                last + 1 < len(items)
                and last - i < 2
                and tokens.adjacent(last, last + 1)
                # a name wraps onto the next line after its first word, not after a whole one:
                # "adviser: Olumide Bankole" / "Abdul and ..." on the next line
                and not (last > i and "\n" in tokens.text[items[last][1] : items[last + 1][0]])
                and _is_plain_name_word(items[last + 1][2])
                # "Oleksandr Bondarenko UKR": a country's code after a name ("Olga PETROVA" is
                # a surname in capitals), or a language's ("notes (Karolina EN / 유다현 KR)")
                and not (
                    len(items[last + 1][2]) == 3
                    and items[last + 1][2].isupper() > word.isupper()
                    and not _is_surname(items[last + 1][2])
                )
                and items[last + 1][2] not in _LANGUAGE_CODES
                # "Al Noor Manpower Supply": a company named with a name in it
                and items[last + 1][2].lower() not in _ORG_WORDS
                # "Rashid Obaid Bin Tamim": the particle and the family's name are read below
                and items[last + 1][2].lower() not in _ARABIC_PARTICLES
            ):
                last += 1
            if (
                last == i
                and i + 1 < len(items)
                and tokens.adjacent(i, i + 1)
                and _is_surname(items[i + 1][2])
                and not items[i + 1][2].isupper()
                # "Daniel Park Hotel" is a hotel; "Daniel Park (DP)" is a name and its initials
                and not (tokens.adjacent(i + 1, i + 2) and tokens.word(i + 2)[:1].isupper())
            ):
                last = i + 1  # Daniel Park, Anna Han: a Korean surname after a foreign name
            if (
                last + 2 < len(items)
                and (
                    tokens.word(last + 1) in foreign_names.SURNAME_PARTICLES
                    or tokens.word(last + 1).lower() in _ARABIC_PARTICLES
                )
                and tokens.adjacent(last, last + 1)
                and tokens.adjacent(last + 1, last + 2)
                and not tokens.text[items[last + 1][1] : items[last + 2][0]].strip()
                and _is_plain_name_word(items[last + 2][2])
            ):
                last += 2  # Marlon dela Cruz, Joao da Silva: a family name with its particle
                if (
                    last + 1 < len(items)
                    and tokens.adjacent(last, last + 1)
                    and _is_plain_name_word(items[last + 1][2])
                    and items[last + 1][2].lower() not in foreign_names.SURNAME_PARTICLES
                ):
                    # Maria da Conceição Bento, Khalid bin Saeed Al-Marri: the mother's or the
                    # father's name, then the family's
                    last += 1
            if not _followed_by_org(tokens, last):
                found = last, REASON_FOREIGN_GIVEN
                if _caps_surname_opens_field(tokens, i):
                    # "DHAKAL KRISHNA", "MIAH ABDUL KARIM": a payroll's or crew list's field,
                    # surname first in capitals.
                    yield items[i - 1][0], items[last][1], REASON_FOREIGN_GIVEN
                    i = last + 1
                    continue
        elif (
            i + 1 < len(items)
            and tokens.word(i + 1).lower() in foreign_names.JAPANESE_SURNAMES
            and tokens.word(i + 1)[1:].islower()
            and tokens.adjacent(i, i + 1)
            and word[1:].islower()
            and lower not in ENGLISH_WORDS
            and (
                _is_given_part(word, two=True)
                or (
                    _is_plain_name_word(word)
                    and lower not in _CAPITALISED_STOPWORDS
                    and lower not in _TITLES
                    and lower not in _PLACES
                )
            )
        ):
            # Yuna Takeda, Minji Sato: a Korean given name in one word before a Japanese
            # family name (a listed given name is read above: Kenji Watanabe); Takumi Saito,
            # any capitalised word that is not an English one, a title or a place.
            found = i + 1, REASON_FOREIGN_GIVEN
        elif _word_given_before_family_name(tokens, i):
            # Grace Park, Mark Oh, Sunny Jeong, Mark Hollins: an English given name that is
            # also a word, and a family name after it.
            found = i + 1, REASON_FOREIGN_GIVEN
        elif (
            i + 1 < len(items)
            and tokens.word(i + 1).lower() in foreign_names.MIGRANT_SURNAMES
            and tokens.word(i + 1)[1:].islower()
            and tokens.adjacent(i, i + 1)
            and "\n" not in tokens.text[items[i][1] : items[i + 1][0]]
            and word[1:].islower()
            and (lower not in ENGLISH_WORDS or lower in foreign_names.GIVEN_LATIN_WORDS)
            and _is_plain_name_word(word)
            and lower not in _CAPITALISED_STOPWORDS
            and lower not in _TITLES
            and lower not in _PLACES
            and not _followed_by_org(tokens, i + 1)
        ):
            # Raj Patel, Joy Santos, Bimala Gurung: a given name before a migrant worker's or a
            # nurse's family name.
            found = i + 1, REASON_FOREIGN_GIVEN
        elif (
            lower in foreign_names.VIETNAMESE_SURNAMES
            and i + 1 < len(items)
            and tokens.adjacent(i, i + 1)
            and _is_capitalised_name_word(items[i + 1][2])
            and len(items[i + 1][2]) <= 5
        ):
            # Tran Van Minh, Pham Thu Ha: a Vietnamese family name, then one or two short words.
            last = i + 1
            if (
                last + 1 < len(items)
                and tokens.adjacent(last, last + 1)
                and _is_capitalised_name_word(items[last + 1][2])
                and len(items[last + 1][2]) <= 5
            ):
                last += 1
            if not _followed_by_org(tokens, last):
                found = last, REASON_FOREIGN_GIVEN
        elif _is_slavic_surname(word) and not _followed_by_org(tokens, i):
            # Smirnov was fair, Kowalski's farm: a Slavic family name alone.
            found = i, REASON_SLAVIC_SURNAME
        elif word[:1].isupper() and (lower in BURMESE_HONORIFICS or lower in BURMESE_ELEMENTS):
            # U Aung Kyaw, Daw Khin Myint, Aung Kyaw: Burmese name elements.
            last = i
            while (
                last + 1 < len(items)
                and tokens.adjacent(last, last + 1)
                and items[last + 1][2][:1].isupper()
                and items[last + 1][2].lower() in BURMESE_ELEMENTS
            ):
                last += 1
            elements = [items[k][2].lower() for k in range(i, last + 1)]
            start = i + 1 if lower in BURMESE_HONORIFICS and lower not in BURMESE_ELEMENTS else i
            first = i
            if (last > start or (last == start and start > i)) and (
                any(element in BURMESE_DISTINCTIVE for element in elements)
                and not _followed_by_org(tokens, last)
            ):
                yield items[first][0], items[last][1], REASON_BURMESE
                i = last + 1
                continue
        elif (
            lower in PINYIN_SURNAMES
            and word[:1].isupper()
            and i + 1 < len(items)
            and tokens.adjacent(i, i + 1)
        ):
            # Zhang Wei, Li Hongbin, Wang Xiaoming: a pinyin given name after the surname.
            given = items[i + 1][2]
            given_lower = given.lower()
            if (
                given[:1].isupper()
                and (given[1:].islower() or given.isupper())
                and pinyin.fullmatch(given_lower.replace("-", ""))
                and given_lower not in _CAPITALISED_STOPWORDS
                and given_lower not in _PLACES
                and given_lower not in _ORG_WORDS
                and given_lower not in _TITLES
                and (lower not in PINYIN_AMBIGUOUS or len(given_lower) >= 5)
                and not _followed_by_org(tokens, i + 1)
                # Đống Đa, a district of Hanoi: letters pinyin never writes, so Vietnamese
                and not _VIETNAMESE_MARKS_RE.search(text, items[i][0], items[i + 1][1])
            ):
                found = i + 1, REASON_CHINESE
        if found:
            last, reason = found
            yield items[i][0], items[last][1], reason
            i = last + 1
            continue
        i += 1


def _latin_before_honorific(tokens: _Tokens) -> Iterable[tuple[int, int, str]]:
    """Ryu 반장, LIU 과장, Han dongmu, Jang ajossi: a Latin-letter name before a Korean
    honorific, in Hangul or romanized."""
    text = tokens.text
    items = tokens.items
    # Only tokens before Hangul or before a romanized honorific: found by regex, not a loop.
    positions = []
    for match in _HANGUL_WORD_RE.finditer(text):
        position = match.start()
        if position and text[position - 1] in " \t":
            position -= 1
        positions.append(position)
    romanized = []
    lowered = text.lower()
    for honorific in _ROMANIZED_HONORIFICS:  # str.find: a regex alternation is slower here
        position = lowered.find(honorific)
        while position >= 0:
            if position and lowered[position - 1] in " \t":
                romanized.append(position)
            position = lowered.find(honorific, position + 1)
    if not positions and not romanized:
        return
    ends = [end for _start, end, _word in items]
    starts = [start for start, _end, _word in items]
    candidates = set()
    for position in positions:
        index = bisect_left(ends, position)
        if index < len(ends) and ends[index] == position:
            candidates.add(index)
    for position in romanized:
        index = bisect_left(starts, position)
        if 0 < index < len(starts) and starts[index] == position:
            candidates.add(index - 1)
    honorifics = _honorific_endings()
    for i in sorted(candidates):
        start, end, word = items[i]
        lower = word.lower()
        if (
            not word[:1].isupper()
            or len(word) < 2
            or lower in _CAPITALISED_STOPWORDS
            or lower in _PLACES
            or lower in _ORG_WORDS
            or lower in _TITLES
            or lower in _TITLE_QUALIFIERS
            or lower in _ROMANIZED_HONORIFICS
            or lower in ("ooo", "oo", "xxx", "xx")  # "OOO 씨": a name masked, written out
        ):
            continue
        after = _HANGUL_START_RE.match(text, end)
        if after and after.group(1) in honorifics:
            yield start, end, REASON_BEFORE_HONORIFIC
            continue
        if (
            i + 1 < len(items)
            and items[i + 1][2].lower() in _ROMANIZED_HONORIFICS
            and tokens.adjacent(i, i + 1)
            and (_is_surname(word) or _is_given_part(word, two=True))
        ):
            yield start, end, REASON_BEFORE_HONORIFIC


# Words after a Cyrillic word that make it a place: a Mongolian province, district or town, a
# Russian district or region ("Цогтцэций сум").
_CYRILLIC_PLACE_NOUNS = frozenset(
    {"аймаг", "сум", "хот", "дүүрэг", "район", "область", "край", "улус", "эмнэлэг", "сургууль"}
    # "Новосибирский областной диспансер": a region's or a city's adjective before an
    # institution's.
    | {"областной", "областная", "областное", "краевой", "краевая", "краевое", "городской"}
    | {"городская", "районный", "районная", "государственный", "государственная"}
    # A Mongolian square, street, subdistrict or centre ("Сүхбаатарын талбай").
    | {"талбай", "гудамж", "хороо", "төв"}
)
# A company's legal form (a Russian limited company, a Mongolian one ...): the capitalised words
# quoted beside it are its name, as in a Russian company "VostokStroyInvest" in guillemets.
_CYRILLIC_COMPANY_RE = re.compile(r"(?:ООО|ОАО|ЗАО|ПАО|АО|ИП|ХХК|ХК|ТОО)(?![А-Яа-яЁё])")
_QUOTES = "«»\"“”„'"


def _cyrillic_not_a_name(text: str, run: list[re.Match], k: int) -> bool:
    """Whether the mid-sentence capitalised word `run[k]` is no name: part of a word written
    in camel case (ВостокСтройИнвест), a table's cell after a column's gap of spaces (Огноо  Нэр),
    a place before its kind (Цогтцэций сум), or a company's quoted name."""
    start, end = run[k].start(), run[k].end()
    if start and text[start - 1].isalpha():
        return True
    gap = start
    while gap > 0 and start - gap < 3 and text[gap - 1] in " \t":
        gap -= 1
    if start - gap >= 2 or "\t" in text[gap:start]:
        return True
    following = re.match(r"[ \t]+([А-Яа-яЁёӨөҮү]+)", text[end : end + 12])
    if following and following.group(1) in _CYRILLIC_PLACE_NOUNS:
        return True
    if _CYRILLIC_COMPANY_RE.match(text, run[-1].end() + 1):
        return True  # a company's name before its legal form (a Mongolian LLC)
    first, last = run[0].start(), run[-1].end()
    opening = text[max(0, first - 1) : first]
    closing = text[last : last + 1]
    if not (opening and opening in _QUOTES and closing and closing in _QUOTES):
        return False
    after = last + 1 + (text[last + 1 : last + 2] == " ")
    return bool(
        _CYRILLIC_COMPANY_RE.search(text, max(0, first - 6), first)
        or _CYRILLIC_COMPANY_RE.match(text, after)
    )


# Given names that are also words, whose case forms are more often the word's (Vera's
# accusative is faith's, Slava's genitive glory's, Lev's a lion's).
_GIVEN_CYRILLIC_WORDS = frozenset(
    _words("Вера Надежда Любовь Слава Лев Нина Болд Эрдэнэ Цэцэг Туяа Оюна")
)


@cache
def _given_cyrillic_forms() -> frozenset[str]:
    """The case forms of the common Cyrillic given names (Наташи, Серёжи, Валеру, Рустему's
    kind for the names listed): the genitive, dative, accusative, instrumental and prepositional
    Russian gives them, `names.declension`; not a form that is a place or a capitalised word
    (CYRILLIC_NOT_NAMES)."""
    from testimony.anonymize.names.declension import declined_forms

    forms = {
        form for name in GIVEN_CYRILLIC - _GIVEN_CYRILLIC_WORDS for form in declined_forms(name)
    }
    return frozenset(forms - CYRILLIC_NOT_NAMES - GIVEN_CYRILLIC)


# Russian words that are also a syllable of a Korean given name after its surname (So Gwan Nam,
# Kim On Suk in Cyrillic): at a sentence's start they are "to us" and "he".
_SYLLABLE_WORDS = frozenset({"Нам", "Он"})


# The endings of Mongolian given names (Энхжаргал, Бат-Эрдэнэ, Сарантуяа, Оюунаа, Батболд):
# a capitalised Cyrillic word of five letters or more with one is a person wherever it stands, a
# table's cell too; not the capital, nor the hero and the district named after him, nor a word
# before a place noun (Баянзүрх дүүрэг).
_MONGOLIAN_GIVEN_ENDINGS = (
    "жаргал",
    "эрдэнэ",
    "туяа",
    "цэцэг",
    "болд",
    "баатар",
    "сүрэн",
    "дорж",
    "очир",
    "оюун",
    "оюунаа",
    "гэрэл",
    "түвшин",
    "наран",
    "заяа",
    "сайхан",
    "чимэг",
    "мандах",
    "маа",
    "зул",
    "гүл",
)
_MONGOLIAN_NOT_GIVEN = ("Улаанбаатар", "Сүхбаатар")
_CYRILLIC_NAME_WORD_RE = re.compile(
    r"(?<![А-Яа-яЁёӨөҮү-])[А-ЯЁӨҮ][а-яёөү]+(?:-[А-ЯЁӨҮ][а-яёөү]+)?(?![А-Яа-яЁёӨөҮү-])"
)
_NEXT_CYRILLIC_WORD_RE = re.compile(r"[ \t]+([а-яёөү]+)")


def _mongolian_given_names(text: str) -> Iterable[tuple[int, int, str]]:
    """Энхжаргал, Бат-Эрдэнэ: above."""
    for match in _CYRILLIC_NAME_WORD_RE.finditer(text):
        word = match.group()
        if (
            len(word) < 5
            or not word.lower().endswith(_MONGOLIAN_GIVEN_ENDINGS)
            or word.startswith(_MONGOLIAN_NOT_GIVEN)
            or word in CYRILLIC_NOT_NAMES
        ):
            continue
        following = _NEXT_CYRILLIC_WORD_RE.match(text, match.end())
        if following and following.group(1) in _CYRILLIC_PLACE_NOUNS:
            continue
        yield match.start(), match.end(), REASON_CYRILLIC


# Russian words for a post or a form of address before a surname ("Пастор Ли зайдёт",
# "руководитель Чо не разрешил", "товарищ Пак"), in any case.
_CYRILLIC_TITLE_BEFORE_RE = re.compile(
    r"(?<![А-Яа-яЁё])(?i:пастор|руководитель|бригадир|начальник|мастер|товарищ|господин|"
    r"госпожа|директор|прораб|доктор|врач|капитан|инспектор|переводчик|лейтенант|майор|"
    r"сержант|старший|бригадира|начальника|мастера|товарища|директора|прораба)"
    r"[ \t]+([А-ЯЁ][а-яё]{0,4})(?![А-Яа-яЁё])(?![ \t]+[А-ЯЁ])"
)


def _cyrillic_titled_surnames(text: str) -> Iterable[tuple[int, int, str]]:
    """A Korean surname in Cyrillic alone after a post or a form of address ("Пастор Ли",
    "руководитель Чо"), not before another capitalised word (the given name, read by
    `_cyrillic_names`)."""
    if not _CYRILLIC_LETTER_RE.search(text):
        return
    for match in _CYRILLIC_TITLE_BEFORE_RE.finditer(text):
        if match.group(1) in CYRILLIC_KOREAN_SURNAMES:
            yield match.start(1), match.end(1), REASON_CYRILLIC


# A Russian police or court paper names a person by гражданин (a citizen), mostly cut to its
# first two letters and a full stop, and the surname, in any case, with the initials after it
# when it gives them (Мельников пояснил, Мельниковым and two initials); never a country after
# гражданин.
_CYRILLIC_CITIZEN_RE = re.compile(
    r"(?<![А-Яа-яЁё])(?i:гр\.|гр-н|гр-ка|гражданин|гражданка|гражданина|гражданки|гражданину|"
    r"гражданкой|гражданином)[ \t\u00a0]*"
    r"(?!(?:Росси|Кита|Коре|КНДР|Узбек|Казах|Таджик|Кыргыз|Киргиз|Монгол|Вьетнам|Украин|Беларус|"
    r"Белорус|Туркмен|Арм|Азерб|Груз|Молдов|Иностран|Рф|РФ))"
    r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:[ \t\u00a0]+[А-ЯЁ]\.[ \t\u00a0]?[А-ЯЁ]\.)?)"
)


def _cyrillic_citizen_names(text: str) -> Iterable[tuple[int, int, str]]:
    """The person after гражданин, written out or cut short, in a Russian report: above."""
    if not _CYRILLIC_LETTER_RE.search(text):
        return
    for match in _CYRILLIC_CITIZEN_RE.finditer(text):
        surname = match.group(1).split()[0]
        if surname not in CYRILLIC_NOT_NAMES:
            yield match.start(1), match.end(1), REASON_CYRILLIC


def _cyrillic_names(text: str) -> Iterable[tuple[int, int, str]]:
    """Сергей Иванов, Виктор, Мун Кван Чхоль, and a capitalised Cyrillic word in mid-sentence."""
    if not _CYRILLIC_LETTER_RE.search(text):
        return
    yield from _mongolian_given_names(text)

    words = list(_CYRILLIC_WORD_RE.finditer(text))
    i = 0
    while i < len(words):
        # A run of capitalised Cyrillic words separated by single spaces.
        j = i
        while j + 1 < len(words) and text[words[j].end() : words[j + 1].start()] == " ":
            j += 1
        run = words[i : j + 1]
        i = j + 1
        k = 0
        while k < len(run):
            word = run[k].group()
            start = run[k].start()
            rest = run[k + 1 :]
            if word.isupper() and len(word) > 1:
                if word.title() not in CYRILLIC_KOREAN_SURNAMES:
                    k += 1
                    continue  # a company's OOO, a form's FIO in capitals: only a surname is read so
                word = word.title()
            if word in CYRILLIC_KOREAN_SURNAMES and rest and len(rest[0].group()) <= 7:
                count = 0
                for m in rest[:3]:
                    if len(m.group()) > 7 or (
                        m.group() in CYRILLIC_NOT_NAMES and m.group() not in _SYLLABLE_WORDS
                    ):
                        break
                    count += 1
                # "O Son Man" in Cyrillic: the surname O before two syllables written apart,
                # closing a cell or a phrase when one of them is a surname too; "O Moskve" is
                # about Moscow, "o Kim Chole on govoril" about Kim Chol.
                if word == "О" and (
                    count < 2
                    or (
                        any(m.group() in CYRILLIC_KOREAN_SURNAMES for m in rest[:count])
                        and re.match(r" [а-яё]", text[rest[count - 1].end() :])
                    )
                ):
                    count = 0
                if count:
                    end = rest[count - 1].end()
                    if syllable := _SMALL_SYLLABLE_RE.match(text, end):
                        end = syllable.end()  # An Su-bin in Cyrillic
                    elif count < 3 and (vowel := _LAST_VOWEL_SYLLABLE_RE.match(text, end)):
                        end = vowel.end()  # Ri Son E in Cyrillic, closing a cell or an item
                    yield start, end, REASON_CYRILLIC_KOREAN
                    k += count + 1
                    continue
            if len(word) == 1:
                k += 1
                continue
            if word in GIVEN_CYRILLIC or word in _given_cyrillic_forms():
                count = 0
                for m in rest[:2]:
                    if m.group() in CYRILLIC_NOT_NAMES:
                        break
                    count += 1
                end = rest[count - 1].end() if count else run[k].end()
                if (
                    k
                    and rest
                    and rest[0].group().endswith(_PATRONYMIC_ENDINGS)
                    and _plain_cyrillic(run[k - 1].group())
                ):
                    # "Дьяченко Алина Игоревна": a Russian paper's surname, name, patronymic
                    start = run[k - 1].start()
                yield start, end, REASON_CYRILLIC
                k += count + 1
                continue
            if _declined_korean_surname(word):
                # "Кима надо лечить", "бригады Пака": at a sentence's start too; with the
                # syllables of its given name after it ("so slov Kima Don Su" in Cyrillic).
                given = 0
                while (
                    given < min(len(rest), 2)
                    and len(rest[given].group()) <= 5
                    and (
                        rest[given].group() not in CYRILLIC_NOT_NAMES
                        or rest[given].group() in _SYLLABLE_WORDS
                    )
                ):
                    given += 1
                end = rest[given - 1].end() if given == 2 else run[k].end()
                yield start, end, REASON_CYRILLIC
                k += 1 + (given if given == 2 else 0)
                continue
            if (
                k + 1 < len(run)
                and len(word) > 4
                and word.lower().endswith(_RUSSIAN_SURNAME_ENDINGS)
                and _plain_cyrillic(word)
                and _plain_cyrillic(run[k + 1].group())
                and not _cyrillic_not_a_name(text, run, k + 1)
            ):
                # "Абдуллаев Шерзод", "Назарова Гульнара": a register's surname first, then
                # the given name (and a patronymic), at a cell's or a line's start too
                last = k + 1
                if last + 1 < len(run) and run[last + 1].group().endswith(_PATRONYMIC_ENDINGS):
                    last += 1
                yield start, run[last].end(), REASON_CYRILLIC
                k = last + 1
                continue
            before = text[max(0, start - 3) : start].rstrip(" \t")
            mid_sentence = bool(before) and (before[-1].isalnum() or before[-1] in ",;")
            if mid_sentence and _plain_cyrillic(word) and not _cyrillic_not_a_name(text, run, k):
                # Иваном Петровым: the next capitalised words of the run belong to the name.
                last = k
                while (
                    last + 1 < len(run)
                    and last - k < 2
                    and (
                        _plain_cyrillic(run[last + 1].group())
                        or run[last + 1].group() in CYRILLIC_KOREAN_SURNAMES  # Эмили Чо
                    )
                ):
                    last += 1
                yield start, run[last].end(), REASON_CYRILLIC
                k = last + 1
                continue
            k += 1


_PATRONYMIC_ENDINGS = ("овна", "евна", "ична", "ович", "евич", "ьич")
# The codes of the languages a bilingual note marks its writers by.
_LANGUAGE_CODES = _words("EN KR KO RU ZH CN JA JP AR MN VI PL PT ES FR DE")
# A Russian surname's endings, in either gender (Абдуллаев, Назарова).
# And the Ukrainian -енко, -ук, -юк ("Мартыненко Ольга", "Ковальчук Яна").
_RUSSIAN_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ова", "ева", "ёва", "енко", "ук", "юк")
# A Russian form's name fields (surname, name, patronymic, full name) and their value, one to
# three capitalised words, up to the field's end ("Фамилия: Ли", "Имя: ЧОЛ МИН   Surname").
_CYRILLIC_NAME_FIELD_RE = re.compile(
    r"(?<![А-Яа-яЁё])(?:Фамилия|Имя|Отчество|ФИО|Ф\.[ \t]?И\.[ \t]?О\.)[ \t]*:[ \t]*"
    r"([А-ЯЁ][А-ЯЁа-яё]*(?:[- ][А-ЯЁ][А-ЯЁа-яё]*){0,2})(?=[ \t]*(?:[/|,;]|\r?\n|$)|[ \t]{2})"
)


def _cyrillic_name_fields(text: str) -> Iterable[tuple[int, int, str]]:
    """The value of a Russian form's name field: a registration card's "Фамилия: Ли", "Имя:
    Гван Ир" (above); not a dash or a word the lists know."""
    if "Фамилия" not in text and "Имя" not in text and "ФИО" not in text and "Ф." not in text:
        return
    for match in _CYRILLIC_NAME_FIELD_RE.finditer(text):
        if any(word in CYRILLIC_NOT_NAMES for word in re.split(r"[- ]", match.group(1))):
            continue
        yield match.start(1), match.end(1), REASON_CYRILLIC


# Korean surnames in Cyrillic as Russian declines them ("Кима надо лечить", "бригады Пака",
# "Кимом"): a surname ending in a consonant, with the ending of the genitive or accusative,
# the dative, the instrumental or the prepositional. Not Рим, Лим, Мин, Шин, Ток, Им or Ом,
# whose forms are places and words (Рима, Лима, мина, шина, тока), nor Цой (Цоя, Цою).
_DECLINED_SURNAME_ENDINGS = ("а", "у", "ом", "е")
_DECLINABLE_SURNAMES = frozenset(
    surname
    for surname in CYRILLIC_KOREAN_SURNAMES
    if surname[-1] not in "аеёиоуыэюяй" and surname not in _words("Рим Лим Мин Шин Ток Им Ом")
)


def _declined_korean_surname(word: str) -> bool:
    if word in CYRILLIC_NOT_NAMES:
        return False
    return any(
        word.endswith(ending) and word[: -len(ending)] in _DECLINABLE_SURNAMES
        for ending in _DECLINED_SURNAME_ENDINGS
    )


# A Korean name in Cyrillic capitals, as a Russian roster or passport writes it: a surname and
# one to three syllables (`_cyrillic_capital_names`).
_CYRILLIC_CAPITALS_RE = re.compile(
    r"(?<![А-Яа-яЁё])[А-ЯЁ]{1,4}(?: [А-ЯЁЬ]{1,5}){1,3}(?![А-Яа-яЁё])"
)
# Russian words written in capitals that are no syllables of a name.
_CYRILLIC_CAPITAL_WORDS = _words(
    """
    И В С К О У А НА НЕ НО ПО ЗА ДО ОТ ИЗ ДЛЯ ПРИ БЕЗ ПОД НАД ЭТО ТО ВСЕ ЕГО ЕЁ ЕЕ ИХ ООО ОАО ЗАО
    ИП РФ КНДР СССР ФИО ДАТА НЕТ ДА
    """
)
_CYRILLIC_VOWELS = frozenset("АЕЁИОУЫЭЮЯ")
# Surname spellings a roster uses beside those of CYRILLIC_KOREAN_SURNAMES (Choe, Tyo, Ten), and
# those left out of it as Russian words (Do, To, Na, U), which take two syllables after them.
_CYRILLIC_CAPITAL_SURNAMES = _words("Чве Цой Тё Тен До То На Ма Мо Пё У")


def _cyrillic_capital_names(text: str) -> Iterable[tuple[int, int, str]]:
    """Korean names in Cyrillic capitals: a Korean surname, then syllables of a given name (Li
    Yen Su, Chve Men Gil, O Son Hi as a Russian roster writes them). A surname that is also a
    Russian word (O, a preposition) takes two syllables after it. A run that is no name is
    read again from its second word ("from Kim Yen Chol", Ot Kim Yen Chol, in capitals)."""
    position = 0
    while match := _CYRILLIC_CAPITALS_RE.search(text, position):
        words = match.group().split(" ")
        given = words[1:]
        checked = given
        if (
            len(given) >= 2
            and given[-1] in _CYRILLIC_VOWEL_SYLLABLES
            and _closes_a_cell(text, match.end())
        ):
            # No Gwan U in capitals, last in a roster's cell: 우 is written as the
            # preposition (U in Cyrillic), and is the given name's last syllable.
            checked = given[:-1]
        if _cyrillic_capital_name(words[0], checked, len(given)):
            yield match.start(), match.end(), REASON_CYRILLIC_KOREAN
            position = match.end()
        else:
            position = match.start() + len(words[0]) + 1


# Korean syllables of a vowel alone, written as a Russian one-letter word: 우, 오, 이, 아, 애.
_CYRILLIC_VOWEL_SYLLABLES = frozenset(["У", "О", "И", "А", "Э"])


def _closes_a_cell(text: str, end: int) -> bool:
    """Whether a table's cell ends at `end` (a bar or a tab), not a line that may run on."""
    return re.match(r"[ \t]*[|\t]", text[end:]) is not None


def _cyrillic_capital_name(surname: str, given: list[str], syllables: int | None = None) -> bool:
    """Whether capitals are a Korean name; `syllables`, how many words follow the surname
    (more than `given` when a last one-letter syllable was set aside)."""
    if (
        surname.capitalize() not in CYRILLIC_KOREAN_SURNAMES
        and surname.capitalize() not in _CYRILLIC_CAPITAL_SURNAMES
    ):
        return False
    if any(word in _CYRILLIC_CAPITAL_WORDS or not set(word) & _CYRILLIC_VOWELS for word in given):
        return False
    return surname not in _CYRILLIC_CAPITAL_WORDS or (syllables or len(given)) >= 2


# The parts Mongolian given names are made of: a word in Mongolian letters (with its barred o or
# straight u) is a name only with one of them (Munkhzul, Batsukh, Aigul, Munkh-Erdene), not a
# word of a medical form's cell ("healthy", "heart", "tuberculosis", "conclusion").
_MONGOLIAN_NAME_PARTS = (
    "мөнх",
    "сүх",
    "зул",
    "гүл",
    "эрдэнэ",
    "баатар",
    "цэцэг",
    "болд",
    "жаргал",
    "очир",
    "оюун",
    "дорж",
    "сүрэн",
    "түвшин",
    "өлзий",
    "төгс",
    "хүү",
    "гэрэл",
    "бат",
    "туяа",
)


def _plain_cyrillic(word: str) -> bool:
    """A capitalised Cyrillic word that is not a place, a month or a common word."""
    lower = word.lower()
    if ("ө" in lower or "ү" in lower) and not any(part in lower for part in _MONGOLIAN_NAME_PARTS):
        return False
    return (
        len(word) >= 3
        and word not in CYRILLIC_NOT_NAMES
        and not lower.endswith(CYRILLIC_PLACE_ENDINGS)
        and not lower.endswith(_CYRILLIC_ADJECTIVE_ENDINGS + _CYRILLIC_NOUN_ENDINGS)
        and not (len(lower) > 8 and any(part in lower for part in _CYRILLIC_AGENCY_PARTS))
    )


# An adjective's endings that no surname has (Генерального консульства, Центральной больницы).
_CYRILLIC_ADJECTIVE_ENDINGS = ("ного", "ному", "ьной", "ьная", "ьный", "ьное", "ьных")
# A Russian abstract noun's endings that no surname has (Управление, Наименование, Ведомость,
# Общество).
_CYRILLIC_NOUN_ENDINGS = ("ение", "ания", "ание", "ость", "ство")
# Parts of a Russian agency's or a company's compound name (Роспотребнадзор, Росреестр,
# Росгвардия, Приморнефтегаз, Дальморепродукт, ВостокСтройИнвест).
_CYRILLIC_AGENCY_PARTS = ("надзор", "реестр", "гвард", "нефт", "флот", "строй", "инвест", "продукт")


# The last character of a place's name: a city, a county, a province, a district, a town, a
# village, a port, a prefecture, an island, a bay, a road, a street (龙口市, 石岛, 辽宁省).
_CHINESE_PLACE_SUFFIXES = frozenset("市县省区镇村乡港州岛湾路街")


def _chinese_character_names(text: str) -> Iterable[tuple[int, int, str]]:
    """張偉, 李光日: a Chinese surname character and one or two more, standing alone in text
    that is not Chinese."""
    if not re.search(r"[\u4e00-\u9fff]", text):
        return

    for match in _CJK_RUN_RE.finditer(text):
        run = match.group()
        if len(run) >= 3:
            # 孙厂长 and longer runs: the surname, not the title; 小崔 and 金叔 whole.
            for at, end in _surnames_in_chinese_run(run):
                yield match.start() + at, match.start() + end, REASON_CHINESE_IN_SENTENCE
            if run[0] in CHINESE_SURNAME_CHARS and run[1:].startswith(_CHINESE_RUN_TITLES):
                continue
        if len(run) == 2 and run[0] in CHINESE_SURNAME_CHARS and run[1] in _JAPANESE_TITLE_CHARS:
            # 徐様, 金氏: a letter's "Mr" or "Ms" in Japanese after the surname.
            yield match.start(), match.start() + 1, REASON_CHINESE
        elif (
            2 <= len(run) <= 3
            and run[0] in CHINESE_SURNAME_CHARS
            and run[-1] not in _CHINESE_PLACE_SUFFIXES
            and run not in CHINESE_NOT_NAMES
            and run[:2] not in CHINESE_NOT_NAMES
            and run[1] != run[0]  # 谢谢, thank you: a doubled character is a word
        ):
            yield match.start(), match.end(), REASON_CHINESE
        elif len(run) == 2 and run[0] in "小老阿" and run[1] in CHINESE_SURNAME_CHARS:
            # 小刘, 老赵: "little" or "old" Liu, written as one word and said as one name
            yield match.start(), match.end(), REASON_CHINESE
        elif (
            len(run) == 1
            and run in CHINESE_SURNAME_CHARS
            and (_titled_in_korean(text, match.end()) or _glossed(text, match.start(), match.end()))
        ):
            # 于 사장은, 王이라는 젊은 남자, 刘사장이; Mr Chen (陈), 쑨 사장(孙)
            yield match.start(), match.end(), REASON_CHINESE_ALONE


_JAPANESE_TITLE_CHARS = frozenset("様氏殿君")


# In a run of Chinese: a surname and a title (孙厂长, 由崔组长统一领取), or "old" or "little"
# and a surname that ends the run or is followed by a particle, 叫 or a title (问老李, 老李叫
# 李国庆, 小桂吧). Not 总 (全总 is a trade-union federation), not 主席 or 委员长 (public).
_CHINESE_RUN_TITLES = (
    "厂长",
    "经理",
    "老板",
    "师傅",
    "主任",
    "队长",
    "班长",
    "组长",
    "科长",
    "会计",
    "司机",
    "翻译",
    "船长",
    "同志",
)
_CHINESE_AFTER_CALLED = frozenset("叫说的是在和跟也都吧吗呢啊呀了")
# Words that begin like "little" or "old" and a surname: less than, a slush fund, a novice.
_CHINESE_CALLED_WORDS = ("小于", "小金库", "小白")
# A word of kinship after a surname, as workers call an older colleague: 金叔, 柳姐, 王哥.
_CHINESE_KIN_AFTER = frozenset("叔姐哥姨嫂婶")


# A Chinese judgment's or record's parties, written right before the name (被告人刘建华,
# 证人高英男).
_CHINESE_PARTY_RE = re.compile(
    r"(?:被告人|犯罪嫌疑人|嫌疑人|被害人|受害人|证人|原告|被告|上诉人|申请人|当事人|报案人"
    # and the people a village's or a company's certificate names (本村村民李万福, 育有一女张美香)
    r"|村民|居民|员工|职工|工人|工友|同事|一女|一子|之女|之子|丈夫|妻子|邻居"
    # and a workplace's posts before the name, or "called" (车间主任孙丽萍, 负责人杨春生, 监察员
    # 宋建军, 一个叫韩英哲的)
    r"|主任|负责人|监察员|经理|厂长|队长|会计|老板|组长|班长|工头|管理人员|叫)"
    r"([\u4e00-\u9fff]{2,3})"
)
# What ends a name written without a space after it: a particle, a conjunction, a verb.
_CHINESE_NAME_STOPS = frozenset("、，。；：的等和与及犯被在于从因为伙同系于是称共说也都就(（,")
# Names of an enumeration joined by 、 (李香淑、朴银河、韩春花): each two or three characters.
_CHINESE_LIST_RE = re.compile(
    r"[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){2,}|(?<![\u4e00-\u9fff])"
    # two names and "and others" (李顺姬、车善玉 等8人)
    r"[\u4e00-\u9fff]{2,3}、[\u4e00-\u9fff]{2,3}(?=[ \t]?等)"
)


def _chinese_parties_and_lists(text: str) -> Iterable[tuple[int, int, str]]:
    """The parties of a Chinese judgment or record after their role (被告人刘建华; 崔某, a name
    the court withheld, gives its surname 崔), and the names of an enumeration joined by 、 when
    four in five of its items (three at least) open with a surname."""
    if not re.search(r"[\u4e00-\u9fff]", text):
        return
    for match in _CHINESE_PARTY_RE.finditer(text):
        name = match.group(1)
        start = match.start(1)
        if name[0] not in CHINESE_SURNAME_CHARS:
            continue
        if name[1] == "某":
            yield start, start + 1, REASON_CHINESE
            continue
        length = next((i for i, char in enumerate(name) if char in _CHINESE_NAME_STOPS), len(name))
        if length >= 2 and name[:length] not in CHINESE_NOT_NAMES:
            yield start, start + length, REASON_CHINESE
    for match in _CHINESE_LIST_RE.finditer(text):
        items = match.group().split("、")
        position = match.start()
        # The first item may carry a word's last character before it (人员李香、: 员李香).
        first = items[0]
        if (
            len(first) == 3
            and first[0] not in CHINESE_SURNAME_CHARS
            and first[1] in CHINESE_SURNAME_CHARS
        ):
            items[0] = first[1:]
            position += 1
        named = [item for item in items if item[0] in CHINESE_SURNAME_CHARS]
        if len(named) < max(min(3, len(items)), len(items) * 0.8):
            continue
        for item in items:
            # In a list of names, one whose surname is also a word (文成哲) is a name too.
            if item not in CHINESE_NOT_NAMES:
                yield position, position + len(item), REASON_CHINESE
            position += len(item) + 1


_HAN = "\u4e00-\u9fff\u3400-\u4dbf々"
_JAPANESE_SURNAME_PATTERN = "|".join(
    sorted(foreign_names.JAPANESE_SURNAME_CHARACTERS, key=len, reverse=True)
)
_JAPANESE_HONORIFICS = "さん|さま|様|先生|先輩|氏|君|くん|ちゃん|殿"
# A family name before its honorific, the given name between them if any (佐藤先生, 田中由紀さん,
# a list's 田中一郎 様);
# before a space and a given name of one to three characters (山田 恵子, 「新井 良子」); or
# introducing its bearer in a letter (山田です, 山田と申します, 山田より).
# A Korean note's 씨 or 님 after the family name counts too (佐藤 씨에게).
_JAPANESE_TITLED_RE = re.compile(
    rf"(?<![{_HAN}])({_JAPANESE_SURNAME_PATTERN})(?:[ \u3000]?([{_HAN}]{{1,2}}?))?"
    rf"(?=[ \u3000]?(?:{_JAPANESE_HONORIFICS}|씨|님))"
)
# A family name and a given name written together after a label's colon: a colophon's or a
# form's "訳者: 山本健一", "編集担当: 佐藤美穂" (with the fullwidth colon too).
_JAPANESE_LABELLED_RE = re.compile(
    rf"[{_HAN}ぁ-ゖァ-ヴー][ \u3000]?[：:][ \u3000]?"
    rf"({_JAPANESE_SURNAME_PATTERN})([{_HAN}]{{1,2}})(?![{_HAN}])"
)
_JAPANESE_FULL_RE = re.compile(
    rf"(?<![{_HAN}])({_JAPANESE_SURNAME_PATTERN})[ \u3000]([{_HAN}]{{1,3}})(?![{_HAN}])"
)
_JAPANESE_SELF_RE = re.compile(
    rf"(?<![{_HAN}])({_JAPANESE_SURNAME_PATTERN})(?=です|でした|と申します|と申し|でございます|より)"
)
# Before a Japanese honorific in a text written in Japanese, a name in katakana (シン・ドンホさん,
# シンさん: a foreigner's) or a Korean's or a Chinese's surname in one character (朴さん, 申さん).
_JAPANESE_OTHER_TITLED_RE = re.compile(
    rf"(?<![{_HAN}ァ-ヴー・])(?:([ァ-ヴ][ァ-ヴー・]{{1,14}})|([{_HAN}]))"
    rf"(?=(?:さん|さま|様|氏|くん|ちゃん|先生)(?![{_HAN}]))"
)
_SURNAME_CHARACTERS = CHINESE_SURNAME_CHARS | frozenset(HANJA_SURNAMES)
# Words after a family name that are its bearer's post, not a given name (山本 社長).
_JAPANESE_POSTS = _words(
    "社長 部長 課長 会長 店長 所長 教授 記者 議員 弁護士 先生 先輩 監督 係長 主任"
)
# A romanized Japanese family name before its honorific (Yamada-san, Sato sensei).
_JAPANESE_LATIN_RE = re.compile(
    r"(?<![\w-])([A-Z][a-z]{2,})(?:-|[ \t])(?:san|sama|sensei|kun|chan|shi)(?![\w-])"
)


def _japanese_names(text: str) -> Iterable[tuple[int, int, str]]:
    """Japanese names: a common family name (JAPANESE_SURNAME_CHARACTERS) in characters with a
    given name after a space or before an honorific, or before one alone (佐藤先生, 山田です);
    in letters before an honorific (Yamada-san); and the family name so found wherever it
    stands alone in the text."""
    found: list[tuple[int, int, str]] = []
    surnames: set[str] = set()
    if re.search(f"[{_HAN}]", text):
        for match in _JAPANESE_TITLED_RE.finditer(text):
            given = match.group(2)
            end = match.end(2) if given and given not in _JAPANESE_POSTS else match.end(1)
            found.append((match.start(1), end, REASON_JAPANESE))
            surnames.add(match.group(1))
        for match in _JAPANESE_FULL_RE.finditer(text):
            titled = match.group(2) in _JAPANESE_POSTS or match.group(2)[0] in _JAPANESE_TITLE_CHARS
            end = match.end(1) if titled else match.end(2)  # 山本 社長, 佐藤 様: the post apart
            found.append((match.start(1), end, REASON_JAPANESE))
            surnames.add(match.group(1))
        for match in _JAPANESE_LABELLED_RE.finditer(text):
            if match.group(2) not in _JAPANESE_POSTS:
                found.append((match.start(1), match.end(2), REASON_JAPANESE))
                surnames.add(match.group(1))
        for match in _JAPANESE_SELF_RE.finditer(text):
            found.append((match.start(1), match.end(1), REASON_JAPANESE))
            surnames.add(match.group(1))
        japanese = re.search("[ぁ-ゖ]", text) is not None  # hiragana: a text in Japanese
        for match in _JAPANESE_OTHER_TITLED_RE.finditer(text) if japanese else ():
            if match.group(1) or match.group(2) in _SURNAME_CHARACTERS:
                found.append((match.start(), match.end(), REASON_JAPANESE))
        for surname in surnames:
            # 佐々木由美 on its own line: the surname found, and the given name written to it;
            # not a title (佐藤先生, 山田様: the surname alone)
            pattern = rf"(?<![{_HAN}]){re.escape(surname)}([{_HAN}]{{1,2}})?(?![{_HAN}])"
            for match in re.finditer(pattern, text):
                given = match.group(1) or ""
                titled = given in _JAPANESE_POSTS or given[:1] in _JAPANESE_TITLE_CHARS
                end = match.start() + len(surname) if titled else match.end()
                found.append((match.start(), end, REASON_JAPANESE))
    latin = {
        match.group(1)
        for match in _JAPANESE_LATIN_RE.finditer(text)
        if match.group(1).lower() in foreign_names.JAPANESE_SURNAMES
    }
    for surname in latin:
        for match in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w])", text):
            found.append((match.start(), match.end(), REASON_JAPANESE))
    return found


# A form's label and a Chinese name after it alone on its line, the label's colon full width or
# not: a surname character by itself (门卫 李), or with the "little", "old" or "ah" of a
# nickname (批准人 老孟, "standing in" in brackets after it).
_CHINESE_LABELLED_RE = re.compile(
    rf"^[ \t]*[{_HAN}]{{1,6}}[ \t]*[：:][ \t\u3000]*([老小阿]?[{_HAN}])"
    r"[ \t\u3000]*(?:[（(][^）)\n]{1,8}[）)])?[ \t]*\r?$",
    re.MULTILINE,
)
# A chat's line spoken by a nickname: "ah" or "little" and a character (阿强: 你老公 ...); not a
# heading or a sum opening with 小 (小结 summary, 小计 subtotal, 小时 hours) or a title (小姐).
_CHINESE_SPEAKER_RE = re.compile(rf"^[ \t]*([阿小][{_HAN}])[ \t]*[：:]", re.MULTILINE)
_NOT_CHINESE_SPEAKERS = frozenset(
    ("小结", "小计", "小组", "小时", "小区", "小学", "小队", "小姐", "小说", "小费", "小票", "阿姨")
)
# What a form writes in one character after a label that is no one's surname: a level or a
# colour (风险 高, 颜色 白, 黄, with a colon between).
_NOT_LABELLED_NAMES = frozenset("高白黄")


def _chinese_labelled_names(text: str) -> Iterable[tuple[int, int, str]]:
    """A Chinese name after a form's label (门卫 李, 批准人 老孟, with a colon between) or
    speaking on a chat's line (阿强: 小金明天去饭店看看), and the same name wherever it stands
    alone."""
    if not re.search(f"[{_HAN}]", text):
        return []
    names: set[str] = set()
    for match in _CHINESE_LABELLED_RE.finditer(text):
        name = match.group(1)
        if name[-1] in CHINESE_SURNAME_CHARS and name not in _NOT_LABELLED_NAMES:
            names.add(name)
    for match in _CHINESE_SPEAKER_RE.finditer(text):
        if match.group(1) not in CHINESE_NOT_NAMES and match.group(1) not in _NOT_CHINESE_SPEAKERS:
            names.add(match.group(1))
    found = []
    for name in names:
        for match in re.finditer(rf"(?<![{_HAN}]){re.escape(name)}(?![{_HAN}])", text):
            found.append((match.start(), match.end(), REASON_CHINESE_LABELLED))
    return found


def _surnames_in_chinese_run(run: str) -> Iterable[tuple[int, int]]:
    """Where a run of Chinese names a person by surname (above): the surname before a title;
    "old" or "little" with the surname (小崔回朝鲜了, 问老李), and the surname with a word of
    kinship (谢谢金叔, 柳姐), whole, as they are said."""
    for at, char in enumerate(run):
        if char not in CHINESE_SURNAME_CHARS:
            continue
        after = run[at + 1 :]
        titled = after.startswith(_CHINESE_RUN_TITLES)
        called = at > 0 and run[at - 1] in "小老"
        if called:
            if run[at - 1 :].startswith(_CHINESE_CALLED_WORDS):
                continue
            # Opening the run, it is the sentence's subject: 小李签字, 小崔回朝鲜了.
            if at == 1 or not after or after[0] in _CHINESE_AFTER_CALLED or titled:
                yield at - 1, at + 1
        elif titled and (at == 0 or run[at - 1] not in CHINESE_SURNAME_CHARS):
            yield at, at + 1
        elif after[:1] in _CHINESE_KIN_AFTER and (at == 0 or run[at - 1] not in "表堂大小" + char):
            # 谢谢姐姐 is "thank you, sister": a doubled character is a word
            yield at, at + 2


# Abu Nasser, Umm Khalid: "father (mother) of", a name the Gulf uses for a man or a woman;
# after Mr, Dr or Sheikh a family name with its article (Mr al-Marri).
_KUNYA_RE = re.compile(r"\b(?:Abu|Abou|Umm)[ \t]+(?:(?:al|el|Al|El)-)?[A-Z][a-z]+")
# A first name written short, as Bangladeshi papers write Muhammad (Md., Mohd.) and Filipino ones
# Maria (Ma.), before the rest of the name: "MD. RUBEL HOSSAIN", "Ma. Cristina Reyes".
_ABBREVIATED_FIRST_RE = re.compile(
    r"(?<![\w.])(?:MD|Md|MOHD|Mohd|MA|Ma)\.[ \t]?((?:[A-Z][a-z]+|[A-Z]{2,})"
    r"(?:[ \t](?:[A-Z][a-z]+|[A-Z]{2,})){0,3})"
)
_ARTICLE_NAME_RE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sheikh|Haji|Hajji)\.?[ \t]+((?:al|el|Al|El)-[A-Z][a-z]+)"
)
# Russian patronymics: Petrovich, Faritovich, Ivanovna; a capitalised given name before one
# belongs to the same person (Rinat Faritovich, Vasily Petrovich).
_PATRONYMIC_RE = re.compile(
    r"\b(?:(?P<given>[A-Z][a-z]+)[ \t]+)?[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna)\b"
)
# A Filipino surname with its particle, and the given names a register writes after its comma
# ("DELA CRUZ, Romeo", "Ma. Cristina Dela Cruz", "Delos Santos").
_FILIPINO_PARTICLE_RE = re.compile(
    r"(?<![\w-])(?:DELA|Dela|DELOS|Delos|DE[ \t]LA|De[ \t]la|De[ \t]La|DE[ \t]LOS|De[ \t]los"
    r"|De[ \t]Los)[ \t]+(?P<surname>[A-Z][a-z]+|[A-Z]{2,})(?![\w-])"
    r"(?:,[ \t]*(?P<given>(?:[A-Z][a-z]+|[A-Z]{3,})(?:[ \t]+(?:[A-Z][a-z]+|[A-Z]{3,}))?)"
    r"(?![\w-]))?"
)
# A patronymic cut short, as Russians call an older man (Михалыч, Саныч; Sanych, Palych).
_SHORT_PATRONYMIC_RE = re.compile(r"(?<![\w-])(?:[А-ЯЁ][а-яё]{2,}ыч|[A-Z][a-z]{2,}ych)(?![\w-])")
# Places named Abu ...: the emirate, districts of Doha and Kuwait where the workers lived.
_ABU_PLACES = frozenset(
    _words("dhabi hamour sidra nakhla samra halifa fatira ghraib simbel kabir musa")
)
# After 아부 (Abu), the Arabic names that are Korean words when alone: 아부 하산, 아부 알리.
_KUNYA_HANGUL_NAMES = frozenset(
    _words("하산 알리 사이드 살렘 나세르 하니 자이드 칼리드 파이살 파이잘 라시드 아흐메드")
)
_KUNYA_HANGUL_RE = re.compile(r"(?<![가-힣])아부 ([가-힣]{2,})")


# A capitalised word with the same name in the script of the country it comes from in brackets
# after it, as a shelter's rota or a crew list writes a Thai, Lao, Cambodian or Burmese worker
# (Noi (น้อย), Bounmy (ບຸນມີ)); not a place, an English word, nor a feast's or a currency's
# name written both ways (Songkran, baht).
_SOUTHEAST_ASIAN_LETTERS = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"  # Thai, Lao, Burmese, Khmer
_WITH_ITS_SCRIPT_RE = re.compile(
    rf"(?<![\w'’-])([A-Z][a-z]{{1,14}})[ \t]?[(（]"
    rf"([{_SOUTHEAST_ASIAN_LETTERS}]+(?: [{_SOUTHEAST_ASIAN_LETTERS}]+){{0,3}})[)）]"
)
# Words of those countries written both ways that are no one's name: feasts, money, a temple.
_SCRIPT_TERMS = frozenset(
    _words("songkran krathong pchum thingyan baht kip kyat riel wat tuk thanaka longyi")
)


def _names_with_their_script(text: str) -> Iterable[tuple[int, int, str]]:
    """Noi (น้อย), Bounmy (ບຸນມີ): both the Latin word and its spelling in its own script."""
    if not re.search(f"[{_SOUTHEAST_ASIAN_LETTERS}]", text):
        return
    for match in _WITH_ITS_SCRIPT_RE.finditer(text):
        lower = match.group(1).lower()
        if (
            lower in ENGLISH_WORDS
            or lower in _SCRIPT_TERMS
            or lower in _CAPITALISED_STOPWORDS
            or lower in _TITLES
            or lower in _PLACES
            or lower in _foreign_places()
        ):
            continue
        yield match.start(1), match.end(1), REASON_WITH_ITS_SCRIPT
        yield match.start(2), match.end(2), REASON_WITH_ITS_SCRIPT


# Vietnamese words of address written with their marks (older sister, Mrs, Mr, Miss, uncle,
# aunt), capitalised or not: "Chị Ri" is someone called Ri (Chi without its mark is a Korean
# surname). `detect_names` leaves the word out of any proposal that opens with it.
_VIETNAMESE_ADDRESS = "|".join(
    f"[{word[0]}{word[0].lower()}]{word[1:]}"
    for word in ("Chị", "Bà", "Ông", "Cô", "Chú", "Bác", "Dì", "Cậu", "Mợ")
)
VIETNAMESE_ADDRESS_RE = re.compile(rf"(?:{_VIETNAMESE_ADDRESS})[ \t]+(?=\w)")
# The word of address, or Ong without its mark, before a capitalised given name or a Korean one
# ("chị Hà", "Ông Long", "Chị Kum-hyang"); the address stays out. A second capitalised word
# makes a place (Hà Nội) or a full name. "anh" and "em" (an elder brother, a younger sibling)
# only in small letters: capitalised, Anh is a given name too; "em" is Portuguese for "in"
# before a month or a place ("em Janeiro", "em Luanda").
_VIETNAMESE_ADDRESSED_RE = re.compile(
    rf"(?<![\w-])(?:{_VIETNAMESE_ADDRESS}|[Oo]ng|anh|em)[ \t]+"
    r"([A-ZÀ-Ỹ][a-zà-ỹ]+(?:-[a-zà-ỹ]+)?)(?![\w-]|[ \t][A-ZÀ-Ỹ])"
)
_PORTUGUESE_MONTHS = frozenset(
    _words(
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"
    )
)
_VIETNAMESE_MARKS_RE = re.compile(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơưăâêô]")


# A Vietnamese full name written with its marks, from a family name the folded lists leave out
# because unmarked it is an English or a Korean word (Lê, Đỗ, Vũ, Võ, Hồ, Lý): two or three
# capitalised words after it ("Lê Minh Châu", "Đỗ Thị Hồng Nhung"); one only is a street's or a
# king's (Lê Lợi). Not Hồ Chí Minh (also a city) nor a lake, Hồ Tây, Hồ Gươm.
_VIETNAMESE_MARKED_FULL_RE = re.compile(
    r"(?<![\w-])(?:Lê|Đỗ|Vũ|Võ|Hồ|Lý|Đặng|Bùi|Ngô|Dương|Đinh|Đào|Trịnh|Đoàn|Lương|Trương)"
    r"((?:[ \t][A-ZĐÀ-Ỹ][a-zđà-ỹ]+){1,3})(?![\w-])"
)
_VIETNAMESE_NOT_AFTER_HO = ("Chí", "Tây", "Gươm")


def _vietnamese_marked_names(text: str) -> Iterable[tuple[int, int, str]]:
    """ "Lê Minh Châu", "Đỗ Thị Hồng Nhung": above."""
    for match in _VIETNAMESE_MARKED_FULL_RE.finditer(text):
        words = match.group(1).split()
        if match.group().startswith("Hồ") and words[0] in _VIETNAMESE_NOT_AFTER_HO:
            continue
        if not all(word[0].isupper() for word in words):
            continue
        if len(words) >= 2 or words[0] in ("Thị", "Văn"):
            yield match.start(), match.end(), REASON_FOREIGN_GIVEN


def _vietnamese_addressed(text: str) -> Iterable[tuple[int, int, str]]:
    """ "chị Hà", "Ông Long": a name after a Vietnamese word of address, in a text that writes
    Vietnamese with its marks; and the same name capitalised elsewhere ("Hà called a taxi"),
    not before another capitalised word (Hà Nội) and not a Korean surname (found by its own
    rules) or an English word."""
    if not _VIETNAMESE_MARKS_RE.search(text):
        return
    yield from _vietnamese_marked_names(text)
    names: set[str] = set()
    for match in _VIETNAMESE_ADDRESSED_RE.finditer(text):
        name = match.group(1)
        if not name[0].isupper() or (
            match.group().startswith(("Ong", "ong")) and not name[1:].islower()
        ):
            continue
        if name.lower() in _CAPITALISED_STOPWORDS:
            continue
        if match.group().startswith("em") and (
            name.lower() in _PORTUGUESE_MONTHS
            or name.lower() in _PLACES
            or name.lower() in _foreign_places()
        ):
            continue
        yield match.start(1), match.end(1), REASON_VIETNAMESE_ADDRESSED
        if not _is_surname(name) and len(name) >= 2 and name.lower() not in ENGLISH_WORDS:
            names.add(name)
    for name in names:
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-]|[ \t][A-ZÀ-Ỹ])", text):
            yield match.start(), match.end(), REASON_VIETNAMESE_ADDRESSED


# A Malay or an Iban name joined to the father's: "Nor Azlina binti Ahmad", "Jugah anak
# Nyandang", "Mohd Faizal bin Abdullah"; capitalised words on both sides, no English word.
_NAME_PART = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?"
_FATHERS_NAME_RE = re.compile(
    rf"(?<![\w-])((?:{_NAME_PART}[ \t]){{0,2}}{_NAME_PART})[ \t](?:bin|binti|bte|anak)[ \t]"
    # the father's name may carry a family's: "Sultan bin Muhammad Al-Qasimi"
    rf"({_NAME_PART}(?:[ \t]{_NAME_PART}){{0,2}})(?![\w-])"
)


_MALAY_NAME_WORDS = frozenset({"nor", "nur"})


def _kunyas_and_patronymics(text: str) -> Iterable[tuple[int, int, str]]:
    """Abu Nasser, 아부 하산이라고, Mr al-Enezi, Petrovich, Rinat Faritovich, Siti binti Ahmad;
    a name after a first name written short, Md. Rubel Hossain, Ma. Cristina Reyes."""
    for match in _FATHERS_NAME_RE.finditer(text):
        if any(word.lower() in ENGLISH_WORDS for word in match.group(2).split()):
            continue
        # The words before the name: a sentence's or a title's ("Yesterday", "Cpl", "Kak"), not a
        # Malay name's own words that English has too (Nor, Nur).
        words = match.group(1).split()
        skip = 0
        while words and (
            words[0].lower() in _TITLES
            or words[0].lower() in _TITLES_ABROAD
            or (words[0].lower() in ENGLISH_WORDS and words[0].lower() not in _MALAY_NAME_WORDS)
        ):
            skip += len(words[0]) + 1
            words = words[1:]
        if words:
            yield match.start() + skip, match.end(), REASON_FATHERS_NAME
    for match in _ABBREVIATED_FIRST_RE.finditer(text):
        # The name's words up to the first English one: not "an MA. The thesis".
        words = match.group(1).split()
        kept = 0
        while kept < len(words) and words[kept].lower() not in ENGLISH_WORDS:
            kept += 1
        if kept:
            end = match.start(1) + len(" ".join(words[:kept]))
            yield match.start(), end, REASON_ABBREVIATED_FIRST
    for match in _KUNYA_RE.finditer(text):
        if match.group().split()[-1].lower() not in _ABU_PLACES:
            yield match.start(), match.end(), REASON_KUNYA
    for match in _ARTICLE_NAME_RE.finditer(text):
        yield match.start(1), match.end(1), REASON_TITLE
    for match in _PATRONYMIC_RE.finditer(text):
        given = match.group("given")
        start = match.start()
        if given and given.lower() in _CAPITALISED_STOPWORDS:
            start = match.end() - len(match.group().split()[-1])  # "When Petrovich came"
        yield start, match.end(), REASON_PATRONYMIC
    for match in _FILIPINO_PARTICLE_RE.finditer(text):
        surname = match.group("surname").lower()
        if surname in ENGLISH_WORDS or surname in _ORG_WORDS:
            continue  # "De La Salle University" is a school
        end = match.end("surname")
        given = match.group("given")
        if given and not any(word.lower() in ENGLISH_WORDS for word in given.split()):
            end = match.end("given")
        yield match.start(), end, REASON_FILIPINO_PARTICLE
    polish = bool(_POLISH_LETTERS_RE.search(text))
    for match in _SHORT_PATRONYMIC_RE.finditer(text):
        if match.group().isascii() and (
            polish or re.match(r"[ \t]+[A-Z]", text[match.end() : match.end() + 2])
        ):
            continue  # Polish adjectives end so too: "Zakładów Chemicznych Police"
        yield match.start(), match.end(), REASON_PATRONYMIC
    if "아부 " in text:
        for match in _KUNYA_HANGUL_RE.finditer(text):
            word = match.group(1)
            name = next(
                (
                    word[:length]
                    for length in range(len(word), 1, -1)
                    if (word[:length] in _KUNYA_HANGUL_NAMES or word[:length] in GIVEN_HANGUL)
                    and (length == len(word) or word[length:] in _foreign_tails())
                ),
                None,
            )
            if name:
                yield match.start(), match.start(1) + len(name), REASON_KUNYA


def _glossed(text: str, start: int, end: int) -> bool:
    """A surname character in brackets after a name: "Mr Chen (陈)", "류 씨(刘)", "쑨 사장"(孙),
    "[刘, 류]"; not after a common word ("gold (金)")."""
    if text[start - 1 : start] not in ("(", "[", "\uff08") or text[end : end + 1] not in (
        ")",
        "]",
        "\uff09",
        ",",
    ):
        return False
    # Only the few characters before the bracket: a whole text's prefix per character would
    # make a long narrative of glosses quadratic.
    before = text[max(0, start - 41) : start - 1].rstrip(" \t")
    if not before:
        return start == 1 and text[0] == "["
    if "\uac00" <= before[-1] <= "\ud7a3" or before[-1] in "\"'\u201d\u2019":
        return True
    word = re.search(r"[A-Za-z]+$", before)
    return word is not None and word.group()[0].isupper()


def _titled_in_korean(text: str, end: int) -> bool:
    """After a Chinese surname character: a Korean title (于 사장, 刘 주임) or 이라는 (王이라는)."""
    title = _HANGUL_WORD_RE.match(text, end + (text[end : end + 1] == " "))
    if title and any(
        title.group() == honorific or title.group().startswith(honorific)
        for honorific in _KO_HONORIFICS
        if len(honorific) >= 2
    ):
        return True
    return text.startswith(("이라는", "라는", "이라고", "씨", " 씨"), end)


def _ordinary_with_particle(word: str) -> bool:
    """A word of `HANGUL_NOT_NAMES` with particles after it (모레까지, 자칭은)."""
    from testimony.anonymize.redact.vocabulary import is_tail

    return any(
        word.startswith(ordinary) and is_tail(word[len(ordinary) :])
        for ordinary in HANGUL_NOT_NAMES
    )


def _foreign_hangul_names(text: str) -> Iterable[tuple[int, int, str]]:
    """세르게이, 올가는, 볼로댜가, 세르게이 이바노프, 아웅 초라는: foreign given names in Hangul."""

    tails = _foreign_tails()
    words = list(_HANGUL_WORD_RE.finditer(text))
    for index, match in enumerate(words):
        word = match.group()
        if word in HANGUL_NOT_NAMES or word in HANGUL_NOT_NAMES_BARE:
            continue
        name = next(
            (
                word[:length]
                for length in range(min(len(word), 6), 1, -1)
                if word[:length] in GIVEN_HANGUL and word[length:] in tails
            ),
            None,
        )
        reason = REASON_FOREIGN_GIVEN
        if name is None:
            if match.start() and text[match.start() - 1].isalnum():
                continue  # 3인칭으로: a word glued to a number is a counter, not a name
            name = _chinese_hangul_name(word, tails)
            reason = REASON_CHINESE
        if name is None or name in _KO_PLACES or name in HANGUL_NOT_NAMES:
            continue  # 허룽의, 훈춘에서: Chinese cities read like Chinese names
        if reason == REASON_CHINESE and _ordinary_with_particle(word):
            continue  # 모레까지, 자칭은
        previous = words[index - 1].group() if index else ""
        if name == "바트" and (
            previous.endswith(_HANGUL_NUMBER_END) or re.search(r"\d\s*$", text[: match.start()])
        ):
            continue  # 구백 바트: the Thai currency
        start, end = match.start(), match.start() + len(name)
        if name == word and _names_a_place(text, words, index):
            continue  # 셰이크 자이드 로드, 무함마드 이븐 압둘 와하브 모스크: a road, a mosque
        following = words[index + 1] if index + 1 < len(words) else None
        if following and name == word and text[end : following.start()] == " ":
            next_word = following.group()
            for length in range(1, len(next_word) + 1):
                head = next_word[:length]
                if next_word[length:] in tails and (
                    head.endswith(HANGUL_SURNAME_ENDINGS) or (name == "아웅" and length <= 2)
                ):
                    end = following.start() + length
                    break
        if name == "아웅" and end == match.start() + len(name):
            continue  # 아웅 alone is not enough
        if (
            reason == REASON_FOREIGN_GIVEN
            and following
            and name == word
            and end == match.start() + len(name)
            and text[end : following.start()] == " "
        ):
            end = _foreign_family_name_end(text, name, words, index + 1, tails) or end
        if (
            reason == REASON_FOREIGN_GIVEN
            and index
            and previous in _HANGUL_SURNAMES
            and previous not in _KO_NOT_SURNAME_ALONE
            and text[words[index - 1].end() : start] == " "
        ):
            start = words[index - 1].start()  # 김 빅토르, 최 알렉산드르: a Koryo-saram's name
        yield start, end, reason


# Words after a person's name that make it the name of a place: 셰이크 자이드 로드, 레닌 거리.
_KO_NAMED_PLACE_WORDS = frozenset(
    _words(
        """
        로드 스트리트 애비뉴 거리 대로 광장 공항 국제공항 항 항구 역 모스크 사원 성당 교회 대학
        대학교 병원 동상 기념관 박물관 공원 경기장 스타디움 호텔 궁전 운하
        """
    )
)
# Hangul endings of a word in a name that carries a particle or ends a clause: a name standing
# before a place word carries none (이븐, 압둘, 와하브 before 모스크; not 씨가 or 무함마드는).
_KO_WORD_ENDS_IN_PARTICLE_RE = re.compile(r"(?:은|는|이|가|을|를|의|에|도|와|과|께|한테|에게)$")


def _names_a_place(text: str, words: list[re.Match[str]], index: int) -> bool:
    """Whether the name at `words[index]` begins the name of a road, a square, a mosque or an
    airport: a place word follows within three more words, with only spaces between them and
    no word before it carrying a particle."""
    for ahead in range(index + 1, min(index + 5, len(words))):
        if text[words[ahead - 1].end() : words[ahead].start()] != " ":
            return False
        word = words[ahead].group()
        if word in _KO_NAMED_PLACE_WORDS or any(
            word.startswith(place) and len(word) - len(place) <= 2
            for place in _KO_NAMED_PLACE_WORDS
            if len(place) >= 2
        ):
            return True  # 로드, 거리에, 모스크에서; 역 and 항 alone only (not 역시, 항상)
        if _KO_WORD_ENDS_IN_PARTICLE_RE.search(word):
            return False
    return False


# Nouns for a foreigner met at the site, between a nationality and a name (필리핀 선원 마크).
_KO_APPOSITION_NOUNS = frozenset(
    _words(
        """
        선원 노동자 여성 남성 여자 남자 의사 간호사 통역 통역원 운전수 운전사 요리사 감독 감독관
        관리인 청년 소녀 소년 동료 상인 경비원 기술자 목수 용접공 손님 출신 집주인 주인 변호사
        기사 선교사 목사 브로커 직원 선장 사장 지배인 관리자 매니저 주방장 이웃 친구 교수 간병인
        운전기사 정비사 정비공 인부 일꾼 잡부 근로자 작업자 청소부 배달원 판매원 미장공 전기공
        """
    )
)


def _apposed_hangul(text: str) -> Iterable[tuple[int, int, str]]:
    """인도네시아 선원 부디와, 베트남인 요리사 투안은, 이라크 출신 기사 하산 알자부리가,
    한국인 선교사 최요한 도움: a name after a nationality (and 출신) and a noun for a person,
    with a particle, or bare before another word; a foreign name may take two words. Kept only
    when the analyser does not read it as a word of its dictionary (인도네시아 선원 숙소는)."""
    if not _HANGUL_RE.search(text):
        return
    words = list(_HANGUL_WORD_RE.finditer(text))
    for index in range(2, len(words)):
        noun, match = words[index - 1], words[index]
        if noun.group() not in _KO_APPOSITION_NOUNS or text[noun.end() : match.start()] != " ":
            continue
        nationality = words[index - 2]
        if nationality.group() == "출신" and index >= 3:
            nationality = words[index - 3]  # 이라크 출신 기사
        if (
            text[
                nationality.end() : words[index - 1 - (nationality is not words[index - 2])].start()
            ]
            != " "
        ):
            continue
        country = nationality.group()
        if country.endswith("인") and country[:-1] in _KO_PLACES:
            country = country[:-1]
        if country not in _KO_PLACES:
            continue
        found = _apposed_head(match.group())
        if found is not None:
            yield match.start(), match.start() + found, REASON_HANGUL_APPOSED
            continue
        word = match.group()
        following = words[index + 1] if index + 1 < len(words) else None
        if not 2 <= len(word) <= 5 or word in _HANGUL_STOPWORDS or _is_person_noun(word):
            continue
        if any(word[k:] in _KO_PARTICLES for k in range(1, len(word))):
            continue  # 아들이, 조직이: a word with its particle, not a bare name
        spaced = following is not None and text[match.end() : following.start()] == " "
        if spaced:
            second = _apposed_head(following.group())
            if second is not None and len(following.group()) > 2:
                # 하산 알자부리가: a given name and a family name, the particle on the second
                yield match.start(), following.start() + second, REASON_HANGUL_APPOSED
                continue
        if (
            len(word) == 3
            and word[0] in _HANGUL_SURNAMES
            and word[:2] not in _HANGUL_STOPWORDS
            and _apposable(word)
            and (spaced or re.match(r"[ \t]*(?:[,.;)]|\r?\n|$)", text[match.end() :]))
        ):
            yield match.start(), match.end(), REASON_HANGUL_APPOSED  # 최요한 도움


_SINO_NUMBER_SYLLABLES = frozenset("일이삼사오육륙칠팔구십백천만억")


def _apposable(head: str) -> bool:
    return (
        not all(syllable in _SINO_NUMBER_SYLLABLES for syllable in head)  # 삼백 명
        and head not in _HANGUL_STOPWORDS
        and head not in _KO_APPOSITION_NOUNS
        and head not in _KO_TITLES_BEFORE
        and head not in _KO_PLACES
        and not _is_person_noun(head)
    )


def _apposed_head(word: str) -> int | None:
    """The length of the name in `word` before a particle, the longest first (솜차이가 is
    솜차이 and 가), without the affectionate 이 (태성이가 is 태성)."""
    for length in range(min(len(word) - 1, 5), 1, -1):
        head, tail = word[:length], word[length:]
        if tail in _KO_PARTICLES and _apposable(head):
            return _without_affectionate_i(word, length)
    return None


def _foreign_family_name_end(
    text: str, given: str, words: list[re.Match[str]], index: int, tails: frozenset[str]
) -> int | None:
    """주앙 페레이라였고, 무함마드 알타니라는, 빅토르 김(Виктор Ким), 응우옌 반 훙도: the family
    name after a listed foreign given name. A word of two to five syllables before a particle or
    the copula that is not a title, a role or a common word; a Korean surname alone before a
    bracket or a particle (a Koryo-saram); after 응우옌 (Nguyễn), one or two short words."""
    word = words[index].group()
    if given == "응우옌":
        end = None
        for k in range(index, min(index + 2, len(words))):
            if k > index and text[words[k - 1].end() : words[k].start()] != " ":
                break
            part = words[k].group()
            head = next((part[:n] for n in (1, 2) if n <= len(part) and part[n:] in tails), None)
            if head is None or head in _KO_HONORIFICS or head in _KO_SURNAME_ALONE_HONORIFICS:
                break  # 응우옌 씨는: an honorific, not the family name
            end = words[k].start() + len(head)
            if len(head) < len(part):
                break
        return end
    if word[:1] in _HANGUL_SURNAMES and (
        word[1:] in tails - {""} or text[words[index].end() : words[index].end() + 1] in "(（"
    ):
        return words[index].start() + 1
    if any(
        word.startswith(title) and word[len(title) :].removeprefix("님") in tails
        for title in (*_KO_HONORIFICS, *_KO_SURNAME_ALONE_HONORIFICS)
    ):
        return None  # 세르게이 아저씨가, 이리나 자매님이: a title, not a family name
    for length in range(2, min(len(word) - 1, 5) + 1):  # the longest particle
        head, tail = word[:length], word[length:]
        if (
            tail
            and tail in tails
            and head not in _HANGUL_STOPWORDS
            and head not in _KO_TITLES_BEFORE
            and head not in _KO_SURNAME_ALONE_HONORIFICS
            and head not in _BRACKET_ROLES
            and head not in _KO_PLACES
            and not _is_person_noun(head)
            and not _compound_of_words(head)
        ):
            return words[index].start() + length
    return None


def _compound_of_words(word: str) -> bool:
    """창고장 (창고 + 장, a warehouse's chief): a role the Korean analyser reads as a compound of
    common nouns, after a foreign given name, not its family name."""
    from testimony.anonymize.detect.hangul import _korean_analyser_enabled

    if not _korean_analyser_enabled.get():
        return False
    from testimony.anonymize.korean import is_compound_noun

    # Only with a role's last syllable: Kiwi reads a foreign name it does not know (알타니) as
    # one noun too.
    return word[-1] in "장원사관" and len(word) >= 3 and is_compound_noun(word)


# Syllables that end a particle or the copula: a given name in Hangul does not end with them
# (장웨이라는 is 장웨이 + 라는, 장웨이가 is 장웨이 + 가).
_PARTICLE_SYLLABLES = frozenset("가는은을를의도라와과만고에서께랑")


def _chinese_hangul_name(word: str, tails: frozenset[str]) -> str | None:
    """장웨이, 왕샤오밍은: a Chinese surname in Hangul, then one to three syllables with one
    that never occurs in a Korean name (웨, 밍, 쥔 ...)."""

    for surname_length in (1, 2):
        if word[:surname_length] not in CHINESE_HANGUL_SURNAMES:
            continue
        for length in range(min(len(word), surname_length + 3), surname_length, -1):
            given = word[surname_length:length]
            if (
                word[length:] in tails
                and given[-1] not in _PARTICLE_SYLLABLES
                and not (len(given) > 1 and given[-1] == "이" and (ord(given[-2]) - 0xAC00) % 28)
                and any(s in CHINESE_HANGUL_GIVEN_MARKS for s in given)
            ):
                return word[:length]
    return None


@cache
def _foreign_tails() -> frozenset[str]:
    cues = ("라는", "이라는", "라고", "이라고", "라", "이라")
    return frozenset(("", *_KO_PARTICLES, *_KO_COPULA, *cues, "한테", "에게", "야", "아")) | (
        _honorific_endings()
    )

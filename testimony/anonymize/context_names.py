"""Latin-letter names found by the words around them (used by the `detect` package).

A name nobody registered and no list knows is still a name when the sentence says so:

- after a word for a person's job or relation, written in lower case ("accountant Yu", "the
  Thai buyer Somchai Wongsakul", "cooks Han and Ma", "his deputy was Tak.");
- before "the" and such a word ("Hyon the minder said", "Yun the team head");
- a title and a colon ("Captain: Wang.");
- a Korean surname alone that comes "from" somewhere ("Seo from the embassy");
- a Korean surname alone on a numbered line ("5. Baek (first name unknown) - team leader");
- a Korean name written in lower case, in notes typed without capitals ("boss is chang il
  bom", "my frend choe yong gil");
- three initials with full stops ("escaped with K. M. S.");
- a surname with initials before or after it, in Latin or Cyrillic letters ("A. P. Orlov",
  "Petrova E. V.", "Kim C.M.");
- a name in Arabic script after a title or a role word ("Foreman عبد الله الكعبي", "감독
  أحمد").

The role words are lower-case English nouns for jobs, ranks and relations that the workers'
testimonies use before a name, written from general knowledge (ILO occupation titles of the
sectors of DOMAIN.md, kinship and workplace relations); a capitalised "Cook" or "Guard" is a
name or a heading and is not taken as a role. The lower-case name rule accepts only a surname
from the Korean surname table that is no English word, then syllables of the romanization
grammar that are not English words of the short list below.
"""

import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from testimony.anonymize.names.hangul import initial_consonants
from testimony.anonymize.names.mentions import surname_glosses

if TYPE_CHECKING:
    from testimony.anonymize.detect import _Tokens


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ROLE_SINGULAR = _words(
    """
    accountant administrator assistant baker barber bookkeeper bricklayer broker builder buyer
    caretaker carpenter cashier chef cleaner clerk colleague cook coordinator cousin dancer
    dentist deputy dishwasher driver electrician employer fisher fisherman fitter foreman friend
    guard housekeeper husband janitor journalist labourer laborer landlady landlord lawyer
    loader logger machinist mason mechanic medic miner minder missionary nephew niece neighbour
    neighbor nurse operator owner painter pastor pharmacist plasterer plumber porter priest
    receptionist roommate bunkmate sailor seller singer sponsor steward stewardess storekeeper
    subcontractor supplier surgeon tailor technician trader translator treasurer truck-driver
    volunteer waiter waitress watchman welder wife
    """
)
# Plural role words ("cooks Han and Ma"): the names after them may be joined by "and".
ROLE_NOUNS = _ROLE_SINGULAR | frozenset(
    word + ("es" if word.endswith(("s", "sh", "ch")) else "s") for word in _ROLE_SINGULAR
)

# Before a role set off by commas after a name: "Moon, our chief, took".
_POSSESSIVES = _words("the our my his her their")
# "the team head", "the group leader": a role only after a qualifier.
_HEADS = _words("head leader")

# English words that fit the romanization grammar and are common in notes typed without
# capitals: never part of a lower-case name.
_ENGLISH_SYLLABLE_WORDS = _words(
    """
    a an and am as at be by do go he hi ho i if in is it me my no of oh ok on or so to up us we
    ye yo bag ban bang bed beg big bin bob bog bong bug bun bung but dam dog don dong dung
    gag gal gang gin gob gong gum gun hag ham hang hen him hip hob hog hom hop hub hug hum hung
    jam jog jug kin king lab lag lap leg let lid lip log long lung mad man map men mob mom mop
    mud mug mum nag nap neck nun nung pal pan pang pen pig pin pong pop pub pun pup ring sang
    sing son song sun sung tab tag tan ten tin tip ton tong top tub tug yang yen yes young
    """
)

_TITLE_COLON_RE = re.compile(r"(?:^|[\n.;])[ \t]*(?:[A-Z][a-z]+ )?[A-Z][a-z]+:[ \t]+$")
_NUMBERED_RE = re.compile(r"[ \t]*\d{1,3}[.)][ \t]+")
_AFTER_NUMBERED_RE = re.compile(r"[ \t]*(?:[-–—:(,]|\r?\n|$)")
_INITIALS_RE = re.compile(r"(?<![A-Za-z.])([A-Z])\.[ \t]?([A-Z])\.[ \t]?([A-Z])\.(?![ \t]?[A-Z]\.)")
# Three-letter abbreviations written with full stops that are not a person's initials.
_ABBREVIATIONS = _words(
    "USA USS ROK PRC UAE GDR FRG RSA NYC UNO ILO WHO WFP OHC NGO CEO USC CFR"
    # Company forms after a firm's name: "Al Sadd Engineering W.L.L.", "OOO", "S.P.A.".
    " WLL LLC SAL SPA SRL PTE LTD OOO ZAO OAO PLC BSC KSC QSC SAE"
    # A Thai law's year in the Buddhist Era: "Immigration Act B.E. 2522".
    " BE"
)
_PREDICATE_END_RE = re.compile(r"[ \t]*(?:[.,;!?)]|\r?\n|$)")


def role_named(tokens: "_Tokens") -> Iterable[tuple[int, int, str]]:
    """A capitalised name right after a lower-case role word: 'accountant Yu', 'the Thai buyer
    Somchai Wongsakul', 'cooks Han and Ma'; or after the role word and 'was': 'his deputy was
    Tak.'"""
    from testimony.anonymize.detect import REASON_ROLE_NOUN, _name_tokens_from

    items = tokens.items
    for i, (_start, _end, word) in enumerate(items[:-1]):
        if word not in ROLE_NOUNS:
            continue
        j = i + 1
        predicate = False
        if tokens.word(j) in ("was", "is") and tokens.adjacent(i, j):
            j += 1
            predicate = True
        if j >= len(items) or not tokens.adjacent(j - 1, j):
            continue
        last = _name_tokens_from(tokens, j)
        if last is None or items[j][2].isupper():
            continue
        if predicate and not _PREDICATE_END_RE.match(tokens.text, items[last][1]):
            continue  # "the driver was Korean-speaking": only a name closing the clause
        yield items[j][0], items[last][1], REASON_ROLE_NOUN
        # "cooks Han and Ma": the other names the plural role word governs.
        k = last + 1
        while word.endswith("s") and k + 1 < len(items) and not predicate:
            gap = tokens.text[items[k - 1][1] : items[k][0]]
            if gap == ", " and tokens.word(k) != "and":
                nxt = k
            elif gap == " " and tokens.word(k) == "and" and tokens.adjacent(k, k + 1):
                nxt = k + 1
            else:
                break
            other = _name_tokens_from(tokens, nxt, limit=2)
            if other is None:
                break
            yield items[nxt][0], items[other][1], REASON_ROLE_NOUN
            k = other + 1


def named_before_role(tokens: "_Tokens") -> Iterable[tuple[int, int, str]]:
    """'Hyon the minder said', 'Yun the team head': a name followed by 'the' and a role; or by
    a role set off by commas, 'Moon, our chief, took'."""
    from testimony.anonymize.detect import (
        _TITLE_QUALIFIERS,
        _TITLES,
        REASON_ROLE_NOUN,
        _is_capitalised_name_word,
        _is_foreign_given,
        _is_surname,
    )

    items = tokens.items
    text = tokens.text
    for i in range(len(items) - 2):
        apposed = (
            tokens.word(i + 1) in _POSSESSIVES
            and text[items[i][1] : items[i + 1][0]] == ", "
            and items[i][2][:1].isupper()
        )  # "Because Moon, our chief, took the money"
        if not apposed and (tokens.word(i + 1) != "the" or not tokens.adjacent(i, i + 1)):
            continue
        role = i + 2
        while tokens.word(role) in _TITLE_QUALIFIERS - _HEADS:
            role += 1
        if not (
            tokens.word(role) in ROLE_NOUNS
            or tokens.word(role) in _TITLES
            or (role > i + 2 and tokens.word(role) in _HEADS)
        ):
            continue
        if apposed and not re.match(r"[ \t]*,", text[items[role][1] :]):
            continue
        first = i
        while (
            first > i - 2
            and first > 0
            and tokens.adjacent(first - 1, first)
            and _is_capitalised_name_word(items[first - 1][2])
        ):
            first -= 1
        if not all(_is_capitalised_name_word(items[k][2]) for k in range(first, i + 1)):
            continue
        if items[i][2].isupper():
            continue
        opens = re.search(r"(?:^|[.!?:\n][\"'“”‘’]?)[ \t]*$", tokens.text[: items[first][0]])
        if opens and not (_is_surname(items[first][2]) or _is_foreign_given(items[first][2])):
            continue  # "Did the minder know": a sentence's first word only if a name's
        yield items[first][0], items[i][1], REASON_ROLE_NOUN


def titled_after_colon(tokens: "_Tokens") -> Iterable[tuple[int, int, str]]:
    """'Captain: Wang.', 'Minder: Pak': a title, a colon and a name closing the line or
    sentence."""
    from testimony.anonymize.detect import _TITLES, REASON_TITLE, _name_tokens_from

    items = tokens.items
    text = tokens.text
    for i, (_start, end, word) in enumerate(items[:-1]):
        if word.lower() not in _TITLES | ROLE_NOUNS or not word[:1].isupper():
            continue
        if not re.fullmatch(r":[ \t]+", text[end : items[i + 1][0]]):
            continue
        line_start = text.rfind("\n", 0, items[i][0]) + 1
        before = text[line_start : items[i][0]]
        if before.strip() and not re.search(r"[.;]\s*$", before):
            continue
        last = _name_tokens_from(tokens, i + 1)
        if last is None or items[i + 1][2].isupper():
            continue
        if _PREDICATE_END_RE.match(text, items[last][1]):
            yield items[i + 1][0], items[last][1], REASON_TITLE


def surname_from(tokens: "_Tokens") -> Iterable[tuple[int, int, str]]:
    """'Seo from the embassy and Baek from Ryugyong ... came': a Korean surname that is no
    English word, alone, coming from somewhere."""
    from testimony.anonymize.detect import REASON_SURNAME_CONTEXT, _ambiguous_surnames, _is_surname

    items = tokens.items
    for i in range(len(items) - 1):
        word = items[i][2]
        if (
            tokens.word(i + 1) != "from"
            or not tokens.adjacent(i, i + 1)
            or not _is_surname(word)
            or word.isupper()
            or word.lower() in _ambiguous_surnames()
        ):
            continue
        if i > 0 and tokens.adjacent(i - 1, i) and items[i - 1][2][:1].isupper():
            continue
        yield items[i][0], items[i][1], REASON_SURNAME_CONTEXT


def numbered_surname(tokens: "_Tokens") -> Iterable[tuple[int, int, str]]:
    """'5. Baek (first name unknown) - team leader': a Korean surname alone on a numbered
    line, before a bracket, a dash, a colon or the line's end."""
    from testimony.anonymize.detect import _VERY_COMMON_WORDS, REASON_SURNAME_CONTEXT, _is_surname

    text = tokens.text
    for start, end, word in tokens.items:
        line_start = text.rfind("\n", 0, start) + 1
        if (
            _is_surname(word)
            and len(word) > 1
            and word.lower() not in _VERY_COMMON_WORDS
            and _NUMBERED_RE.fullmatch(text[line_start:start])
            and _AFTER_NUMBERED_RE.match(text, end)
        ):
            yield start, end, REASON_SURNAME_CONTEXT


def lowercase_korean_names(tokens: "_Tokens", original: str) -> Iterable[tuple[int, int, str]]:
    """'boss is chang il bom', 'my frend choe yong gil': a Korean name typed in lower case,
    a surname that is no English word and given syllables that are none either; or the
    surname and a joined given name of two syllables ('jang ilbom'). Not in Vietnamese, which
    `original`, the text before folding, still writes with its marks ("cho đường": for the
    road)."""
    from testimony.anonymize.detect import (
        _ONE_OR_TWO_SYLLABLES_RE,
        _ONE_SYLLABLE_RE,
        REASON_LOWERCASE,
        _ambiguous_surnames,
        _romanized_surnames,
    )
    from testimony.anonymize.detect.foreign import _VIETNAMESE_MARKS_RE

    items = tokens.items

    def syllable(k: int, pattern: re.Pattern[str]) -> bool:
        word = tokens.word(k)
        return (
            word.islower()
            and word not in _ENGLISH_SYLLABLE_WORDS
            and bool(pattern.fullmatch(word.replace("-", "")))
        )

    i = 0
    while i < len(items) - 1:
        word = items[i][2]
        if (
            not word.islower()
            or word not in _romanized_surnames()
            or word in _ambiguous_surnames()
            or word in _ENGLISH_SYLLABLE_WORDS
            or not tokens.adjacent(i, i + 1)
        ):
            i += 1
            continue
        if _VIETNAMESE_MARKS_RE.search(original, items[i][0], items[min(i + 2, len(items) - 1)][1]):
            i += 1  # "mì gói cho đường về": Vietnamese in small letters, cho is "for"
            continue
        if (
            i + 2 < len(items)
            and tokens.adjacent(i + 1, i + 2)
            and syllable(i + 1, _ONE_SYLLABLE_RE)
            and syllable(i + 2, _ONE_SYLLABLE_RE)
        ):
            yield items[i][0], items[i + 2][1], REASON_LOWERCASE
            i += 3
            continue
        joined = tokens.word(i + 1)
        if (
            len(joined) >= 5
            and syllable(i + 1, _ONE_OR_TWO_SYLLABLES_RE)
            and not _ONE_SYLLABLE_RE.fullmatch(joined)
        ):
            yield items[i][0], items[i + 1][1], REASON_LOWERCASE
            i += 2
            continue
        i += 1


# Words of address typed after a name in lower case, in the chats of workers and of those who
# help them: "anjali didi", "shrestha uncle", "minho hyung".
_ADDRESS_AFTER = (
    "didi",
    "dai",
    "bhai",
    "bhaiya",
    "sir",
    "uncle",
    "aunty",
    "auntie",
    "madam",
    "maam",
    "ssi",
    "hyung",
    "hyeong",
    "noona",
    "nuna",
    "unnie",
    "eonni",
    "oppa",
    "ajumma",
    "ajusshi",
    "ajussi",
    "sunbae",
    "sunbaenim",
)
_ADDRESSED_LOWER_RE = re.compile(
    r"(?<![\w'’-])([a-z]{3,})[ \t]+(?:" + "|".join(_ADDRESS_AFTER) + r")(?![\w'’-])"
)
# Words a chat puts before "sir" or "didi" that are not names, and places and nouns that
# describe whom the word of address is for ("restaurant eonni", "hostel uncle").
_CHAT_WORDS = _words(
    "pls plz thx thanks thank sry sorry bro lol omg haha hehe yes yeah yep nope okay hello "
    "hii dear good nice restaurant kitchen shop company embassy hotel dorm market landlord "
    "neighbour neighbor taxi security hostel canteen factory office church hospital police "
    "korean chinese nepali indian russian"
)


def lowercase_addressed(folded: str) -> Iterable[tuple[int, int, str]]:
    """'i call anjali didi tomorow', 'shrestha uncle pay': a name typed in lower case before
    a word of address, when the name is no English word."""
    from testimony.anonymize.detect import _CAPITALISED_STOPWORDS, _TITLES, REASON_LOWER_ADDRESSED
    from testimony.anonymize.english import ENGLISH_WORDS

    for match in _ADDRESSED_LOWER_RE.finditer(folded):
        word = match.group(1)
        if (
            word in ENGLISH_WORDS
            or word in _CHAT_WORDS
            or word in _ADDRESS_AFTER
            or word in _NOT_SPEAKERS
            or word in ROLE_NOUNS
            or word in _TITLES
            or word in _CAPITALISED_STOPWORDS
            or word in _ENGLISH_SYLLABLE_WORDS
        ):
            continue
        yield match.start(1), match.end(1), REASON_LOWER_ADDRESSED


# A Korean news report's or a court's way of withholding a given name: the surname and circles,
# O's, X's or stars (전○○, 김OO 씨, 박** 씨), or the surname and 모, "a certain", before 씨 or a
# title (전 모 씨, 김모(45) 씨, 정 모 교수). The given name is hidden; the surname is still the
# person's.
_HANGUL_RUN_RE = re.compile(r"[가-힣]*")
_MASK_RE = r"[○◯●〇□☐OＯXＸ×*＊]{1,2}(?![A-Za-z0-9○◯●〇□☐Ｏ×*＊])"


@cache
def _masked_given_re() -> re.Pattern[str]:
    from testimony.anonymize.names import HANGUL_TITLES

    titles = "|".join(HANGUL_TITLES)  # longest first
    return re.compile(
        # Not after a mask: "○○로 ○○" is an address's road, 로 no surname.
        rf"(?<![가-힣○◯●〇□☐Ｏ×*＊])([가-힣])[ \t]?(?:{_MASK_RE}"
        rf"|(모)[ \t]?(?:\([^)\n]{{1,12}}\)[ \t]?)?(?:{titles}))"
    )


# Words that a surname's syllable and 모 spell together: 장모 (a wife's mother), 이모, 고모,
# 숙모, 백모 (aunts), 조모 (a grandmother), 계모, 노모, 부모, 유모, 추모, 규모, 외모.
_WORDS_IN_MO = _words("장모 이모 고모 숙모 백모 조모 계모 노모 부모 유모 추모 규모 외모")
_WITHHELD_NOTE_RE = re.compile(
    r"(?<![가-힣])([가-힣])[ \t]?[(（](?:이름|본명|성만|실명)[ \t]?"
    r"(?:모름|미상|비공개|불명|알려짐|밝히지)"
)


def masked_given_names(folded: str) -> Iterable[tuple[int, int, str]]:
    """'전○○', '김OO 씨', '전 모 씨', '정 모 교수', '황(이름 모름)': a Korean surname before a given
    name that the writer masked or withheld, or with a note that it is unknown. The span is the
    surname and the mask; before 모 or the note, the surname."""
    from testimony.anonymize.detect import REASON_MASKED_GIVEN
    from testimony.anonymize.detect.words import _HANGUL_SURNAMES

    if not any("가" <= char <= "힣" for char in folded):
        return
    from testimony.anonymize.redact.vocabulary import is_tail

    for match in _masked_given_re().finditer(folded):
        if match.group(1) not in _HANGUL_SURNAMES:
            continue
        # After the mask, a particle or a title (강○○가, 허○○의, 김○○ 씨), not more of a word.
        after = _HANGUL_RUN_RE.match(folded, match.end()).group()
        if match.group(2) is None and not is_tail(after):
            continue
        if (
            match.group(2)
            and folded[match.start(1) : match.end(2)] in _WORDS_IN_MO
            and not folded[match.end(2) : match.end(2) + 1].isspace()
            and "(" not in folded[match.end(2) : match.end()]
        ):
            continue  # 장모님, 이모님: a word with 모 (mother-in-law, aunt); not 이모(38)씨
        end = match.end(1) if match.group(2) else match.end()
        yield match.start(1), end, REASON_MASKED_GIVEN
    # "황(이름 모름)", "국 (이름 모름)", "한(성만 알려짐)": the surname alone, with a note that the
    # given name is unknown or withheld.
    for match in _WITHHELD_NOTE_RE.finditer(folded):
        # Not 모 of "도 모 (이름 모름)": "a certain", after the surname.
        if match.group(1) in _HANGUL_SURNAMES and match.group(1) != "모":
            yield match.start(1), match.end(1), REASON_MASKED_GIVEN


# A Hangul name with a syllable hidden: the middle one masked as lists of prize-winners and
# bank notices do (김*수, 박○자, 정*만님) or a worn plaque shows it (박☐호), or the given name
# cut to its initial consonants as a broker's ledger does (명ㅇㅎ, 김ㅊ). Not the laughter and
# the chat words written in consonants after a syllable (오ㅋㅋ, 고ㄱ, 오ㅇㅈ).
_MASKED_MIDDLE_RE = re.compile(
    r"(?<![가-힣ㄱ-ㅣ○◯●〇□☐*＊])([가-힣])(?:[○◯●〇□☐*＊]([가-힣])|([ㄱ-ㅎ]{1,2}))"
    r"(?![ㄱ-ㅣ○◯●〇□☐*＊])"
)
# Three initial consonants standing alone are a Korean name's, as notes and ledgers keep a
# name the speaker asked to withhold (ㄱㅁㅎ, 기록 ㅍㅈㅅ); a chat's consonant words are left
# (ㅋㅋㅋ, ㅎㄷㄷ), and no surname opens with ㅋ or a doubled consonant.
_JAMO_INITIALS_RE = re.compile(
    r"(?<![가-힣ㄱ-ㅣ])([ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅌㅍㅎ][ㄱ-ㅎ]{2})(?![ㄱ-ㅣ])"
)
_CHAT_CONSONANTS = _words(
    """
    ㅎㄷㄷ ㄷㄷㄷ ㅅㅌㅊ ㅎㅌㅊ ㅈㄱㄴ ㄱㅇㄷ ㅇㅈㄹ ㅈㄴㄱ ㅇㄷㅇ ㅁㅊㄴ ㄱㅅ ㅈㅅ ㅎㅇ
    ㅂㅇ ㄹㅇ ㅇㅈ ㅅㄱ ㅁㅊ ㅈㄹ ㅈㄴ ㄱㅊ ㅇ ㄴ ㄱ ㅎ ㄷ ㅂ
    """
)
_DOUBLED_CONSONANTS = frozenset("ㄲㄸㅃㅆㅉㅋ")


def masked_and_initialled_names(folded: str) -> Iterable[tuple[int, int, str]]:
    """'김*수', '명ㅇㅎ': a Hangul name with a syllable masked or cut to its consonant; 'ㄱㅁㅎ':
    a name's three initial consonants alone. Before a particle or a title, not inside a word
    (제○민사부, a court's division)."""
    from testimony.anonymize.detect import REASON_JAMO_INITIALS, REASON_MASKED_MIDDLE
    from testimony.anonymize.detect.words import _HANGUL_SURNAMES
    from testimony.anonymize.redact.vocabulary import is_tail

    if not re.search("[ㄱ-ㅎ○◯●〇□☐*＊]", folded) or not re.search("[가-힣ㄱ-ㅎ]", folded):
        return
    for match in _MASKED_MIDDLE_RE.finditer(folded):
        consonants = match.group(3)
        if match.group(1) not in _HANGUL_SURNAMES:
            continue
        if consonants and (
            set(consonants) & _DOUBLED_CONSONANTS
            or consonants in _CHAT_CONSONANTS
            or (len(consonants) == 2 and consonants[0] == consonants[1])
        ):
            continue
        if not is_tail(_HANGUL_RUN_RE.match(folded, match.end()).group()):
            continue
        yield match.start(), match.end(), REASON_MASKED_MIDDLE
    for match in _JAMO_INITIALS_RE.finditer(folded):
        letters = match.group(1)
        if letters in _CHAT_CONSONANTS or set(letters) & _DOUBLED_CONSONANTS:
            continue
        if not is_tail(_HANGUL_RUN_RE.match(folded, match.end()).group()):
            continue
        yield match.start(), match.end(), REASON_JAMO_INITIALS


def dotted_abbreviation(dotted: str) -> bool:
    """Whether capitals with full stops spell an abbreviation (U.S.C., W.L.L.), not initials."""
    return dotted.replace(".", "") in _ABBREVIATIONS


def dotted_initials(folded: str) -> Iterable[tuple[int, int, str]]:
    """'escaped with K. M. S.': three capitals each with a full stop, not an abbreviation."""
    from testimony.anonymize.detect import REASON_INITIALS

    for match in _INITIALS_RE.finditer(folded):
        if "".join(match.groups()) in _ABBREVIATIONS:
            continue
        yield match.start(), match.end(), REASON_INITIALS


# A surname with one to three initials, before it ("A. P. Orlov", "K.S. Ri", a Cyrillic
# "D. Smirnov", a Mongolian "D. Munkhbat" with its own letters) or after it ("Petrova E. V.",
# "Kim C.M.", a Cyrillic "Kuznetsova N.A."), as registers, letters and Russian and Mongolian
# papers write a person. After a Latin surname two initials at
# least: "Victim A." or "plan B." end a sentence. A given name before "V. Morozova" belongs to
# the name.
_LATIN_INITIALS = r"(?:[A-Z]\.[ \t]?)"
_CYRILLIC_INITIALS = r"(?:[А-ЯЁӨҮ]\.[ \t]?)"
_INITIALS_BEFORE_RE = re.compile(
    rf"(?<![\w.°])({_LATIN_INITIALS}{{1,3}})"
    r"([A-Z](?:[a-z]+(?:-[A-Za-z]+|['’](?!s\b)[A-Za-z]+)?|['’][A-Z][a-z]+))(?![\w-]|['’](?!s\b))"
)
_INITIALS_AFTER_RE = re.compile(
    r"(?<![\w.'’-])([A-Z][a-z]+(?:-[A-Za-z]+)?)[ \t]+"
    rf"({_LATIN_INITIALS}{{1,2}}[A-Z]\.)(?![ \t]?[A-Z]|\w)"
)
_CYRILLIC_INITIALS_BEFORE_RE = re.compile(
    rf"(?<![\w.])({_CYRILLIC_INITIALS}{{1,2}})([А-ЯЁӨҮ][а-яёөү]+(?:-[А-ЯЁӨҮа-яёөү]+)?)(?![\w-])"
)
_CYRILLIC_INITIALS_AFTER_RE = re.compile(
    r"(?<![\w.-])([А-ЯЁӨҮ][а-яёөү]+(?:-[А-ЯЁӨҮа-яёөү]+)?)[ \t]+"
    rf"({_CYRILLIC_INITIALS}?[А-ЯЁӨҮ]\.)(?![ \t]?[А-ЯЁӨҮ]|\w)"
)
_LINE_LETTER_RE = re.compile(r"(?:^|[;:])[ \t]*([A-Z])\.[ \t]", re.MULTILINE)
_ITEM_START_RE = re.compile(r"(?:^|[;:])[ \t]*$", re.MULTILINE)
_NAMED_AFTER_RE = re.compile(r"\bnamed[ \t]+after[ \t]+$")
_GIVEN_BEFORE_RE = re.compile(r"(?<![\w.'’-])([A-Z][a-z]+)[ \t]+$")
_WORD_AFTER_RE = re.compile(r"[ \t]+([A-Z][a-z]+)")
# Letters with full stops that are no one's initials: a postscript, the hours, countries,
# "N. Hamgyong". (Short: spaced initials "S. A. Voronin" are a person's more often than a
# company form's; `abbreviated.py` has the longer list for initials written together.)
_NOT_SPACED_INITIALS = _words("PS PPS AM PM US UK UN EU DC NB BC AD OK RE FW QA")
# And a bank written with its founder's initials.
_INITIALLED_FIRMS = _words("JP:Morgan")


def initialled_names(folded: str) -> Iterable[tuple[int, int, str]]:
    """'A. P. Orlov', 'Petrova E. V.', 'Kim C.M.', and the same in Cyrillic: a surname with
    initials. The surname is no common English word (unless it is also a known surname that
    opens no sentence: 'J. Song', not 'G. In'), verb, place or organisation word, nor followed
    by an organisation's word ('S. P. Botkin Hospital'), and nothing is 'named after' it. A
    single letter opening a line or an item of a list ('A. The', 'Q. Who', '; E. Jabu') is the
    list's or a transcript's label when the letter next to it labels another, unless a known
    surname follows it."""
    from testimony.anonymize.detect import REASON_INITIAL_SURNAME

    # The letters that open lines or run-on items, read once (a long list has thousands).
    opening = {match.group(1) for match in _LINE_LETTER_RE.finditer(folded)}
    for match in _INITIALS_BEFORE_RE.finditer(folded):
        letters = re.sub(r"[^A-Z]", "", match.group(1))
        word = match.group(2)
        if letters == word[0] and word[1:2] in "'’":
            continue  # "his blood type was O. O'Brien came": a sentence's end, then a name
        if (
            letters in _NOT_SPACED_INITIALS
            or f"{letters}:{word}" in _INITIALLED_FIRMS
            or not _surname_with_initials(word, folded, match.end())
            or _NAMED_AFTER_RE.search(folded, max(0, match.start() - 20), match.start())
        ):
            continue
        if (
            len(letters) == 1
            and _opens_item(folded, match.start())
            and _enumerates(opening, letters)
            and not _known_surname(word)
        ):
            continue
        start = match.start()
        before = _GIVEN_BEFORE_RE.search(folded, max(0, start - 30), start)
        if (
            before
            and _surname_with_initials(before.group(1), folded, start)
            and before.group(1).lower() not in ROLE_NOUNS
        ):
            start = before.start(1)
        yield start, match.end(), REASON_INITIAL_SURNAME
    for match in _INITIALS_AFTER_RE.finditer(folded):
        letters = re.sub(r"[^A-Z]", "", match.group(2))
        if letters in _NOT_SPACED_INITIALS or letters in _ABBREVIATIONS:
            continue
        if _surname_with_initials(match.group(1), folded, match.end()):
            yield match.start(), match.end(), REASON_INITIAL_SURNAME
    for pattern, group in ((_CYRILLIC_INITIALS_BEFORE_RE, 2), (_CYRILLIC_INITIALS_AFTER_RE, 1)):
        for match in pattern.finditer(folded):
            if _cyrillic_surname(match.group(group)):
                yield match.start(), match.end(), REASON_INITIAL_SURNAME


def _surname_with_initials(word: str, folded: str, end: int) -> bool:
    """Whether `word` can be the surname of 'A. P. Orlov': no common English word (unless a
    known surname too), verb, title, place or organisation word, and no organisation's word
    right after it."""
    from testimony.anonymize import names
    from testimony.anonymize.detect import _ORG_WORDS, _PLACES, _TITLES
    from testimony.anonymize.english import ENGLISH_WORDS
    from testimony.anonymize.foreign_names import PLACES_LATIN
    from testimony.anonymize.redact.vocabulary import PLACE_NAMES

    lower = word.lower()
    if (
        (lower in ENGLISH_WORDS and not _known_surname(word))
        or lower in names.VERB_FORMS
        or lower in _TITLES
        or lower in _PLACES
        or lower in PLACES_LATIN
        or lower in PLACE_NAMES
        or lower in _ORG_WORDS
    ):
        return False
    after = _WORD_AFTER_RE.match(folded, end)
    return after is None or after.group(1).lower() not in _ORG_WORDS


def _known_surname(word: str) -> bool:
    from testimony.anonymize import names
    from testimony.anonymize.detect import _is_surname
    from testimony.anonymize.foreign_names import SLAVIC_SURNAME_ENDINGS

    lower = word.lower()
    if lower in names.ENGLISH_FUNCTION_WORDS:
        return False  # "In", "No", "So" open sentences
    return _is_surname(word) or lower.endswith(SLAVIC_SURNAME_ENDINGS)


def _opens_item(folded: str, start: int) -> bool:
    """Whether `start` opens a line or an item of a list run on in a line ('C. ...; D. ...')."""
    return _ITEM_START_RE.search(folded, max(0, start - 20), start) is not None


def _enumerates(opening: set[str], letter: str) -> bool:
    """Whether lines or run-on items of the text open (`opening`) with the letter before or
    after `letter` ('A. ...', 'B. ...'), or with both 'Q.' and 'A.' (a transcript): a list's or
    a speaker's label."""
    neighbours = {chr(ord(letter) - 1), chr(ord(letter) + 1)}
    return bool(opening & neighbours) or (letter in "QA" and {"Q", "A"} <= opening)


def _cyrillic_surname(word: str) -> bool:
    """A capitalised Cyrillic word that is no place, month or sentence word (as
    `foreign_names` reads them)."""
    from testimony.anonymize.foreign_names import CYRILLIC_NOT_NAMES, CYRILLIC_PLACE_ENDINGS

    return word not in CYRILLIC_NOT_NAMES and not (
        len(word) > 4 and word.lower().endswith(CYRILLIC_PLACE_ENDINGS) and not word.endswith("ка")
    )


# Arabic letters; not its comma (،), semicolon (؛) or question mark (؟) between words.
_ARABIC_RUN_RE = re.compile(
    r"[\u0600-\u060b\u060d-\u061a\u061c-\u061e\u0620-\u06ff]+"
    r"(?:[ \t]+[\u0600-\u060b\u060d-\u061a\u061c-\u061e\u0620-\u06ff]+){0,3}"
)
_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+|[가-힣]+)[ \t]*:?[ \t]+$")


# A ship's officer after the log's short rank (C/O chief officer, 2/O second officer, 3/E third
# engineer): "2/O XU | Hauling line", "C/O TANG".
_SHIP_RANK_RE = re.compile(
    r"(?<![\w/])(?:[1-4]|C)/[OE](?:[ ]|[ \t]*\t[ \t]*)"
    r"([A-Z][A-Za-z]+(?:[ ][A-Z][A-Za-z]+)?)(?![\w.:])"
)


def ship_ranks(folded: str) -> Iterable[tuple[int, int, str]]:
    """The name after a ship's officer's short rank (above); not a company's ("c/o Hanil
    Shipping") nor an English word in capitals ("2/O ON WATCH")."""
    if "/" not in folded:
        return
    from testimony.anonymize.detect import _CAPITALISED_STOPWORDS, _ORG_WORDS, REASON_TITLE
    from testimony.anonymize.detect.words import _is_surname
    from testimony.anonymize.english import ENGLISH_WORDS

    for match in _SHIP_RANK_RE.finditer(folded):
        line_start = folded.rfind("\n", 0, match.start()) + 1
        if not folded[line_start : match.start()].strip():
            continue  # "C/O HANA GOLDEN TRADING" opening an address's line: care of
        words = match.group(1).split()
        after = re.match(r"[ \t]+([A-Za-z]+)", folded[match.end() :])
        if after and after.group(1).lower() in _ORG_WORDS:
            continue
        if any(
            word.lower() in _ORG_WORDS
            or word.lower() in _CAPITALISED_STOPWORDS
            or word.lower() in ("dprk", "rok", "prc")
            or (word.lower() in ENGLISH_WORDS and not _is_surname(word))
            for word in words
        ):
            continue
        yield match.start(1), match.end(1), REASON_TITLE


def arabic_after_title(folded: str) -> Iterable[tuple[int, int, str]]:
    """'Foreman عبد الله الكعبي', 'the driver محمد': up to four words in Arabic script after a
    title or a role word, in Latin or Hangul."""
    from testimony.anonymize.detect import _KO_TITLES_BEFORE, _TITLES, REASON_TITLE

    for match in _ARABIC_RUN_RE.finditer(folded):
        before = _WORD_BEFORE_RE.search(folded, max(0, match.start() - 30), match.start())
        if before is None:
            continue
        word = before.group(1)
        if word.lower() in _TITLES or word.lower() in ROLE_NOUNS or word in _KO_TITLES_BEFORE:
            yield match.start(), match.end(), REASON_TITLE


# A Thai name after its title, written on (Thai puts no space after a title): นาย, นาง,
# นางสาว (Mr, Mrs, Miss), คุณ (Khun), an elder's kinship word (ลุง, ป้า, พี่, ยาย: uncle, aunt,
# elder, grandmother), or a police or army rank in dotted letters (ร.ต.อ., ส.ต.ท.หญิง, ด.ต.);
# the given name, then the family name after one space, each ending where the Thai letters
# do. Thai writes words together, so a name that runs on into the next word cannot be cut out.
_THAI_TITLED_RE = re.compile(
    r"(?<![\u0e01-\u0e4e.])(?:(นางสาว|นาย|นาง|น\.ส\.|คุณ|ลุง|ป้า|พี่|ยาย|เฮีย|เจ๊)"
    r"|((?:[\u0e01-\u0e2e]{1,2}\.){2,4}(?:หญิง)?))[ \t]?"
    r"([\u0e01-\u0e4e]{3,12}(?:[ ][\u0e01-\u0e4e]{3,15})?)(?![\u0e01-\u0e4e])"
)
# What follows those titles as a word and is none: นายจ้าง (an employer), นายหน้า (a broker),
# นางพยาบาล (a nurse), คุณภาพ (quality), พี่น้อง (siblings).
_THAI_NOT_NAMES = _words(
    """
    จ้าง หน้า ทุน ทะเบียน ตรวจ ประกัน อำเภอ ช่าง ด่าน พยาบาล แบบ ภาพ ค่า สมบัติ ธรรม
    ประโยชน์ โทษ น้อง สาว ชาย
    """
)


def thai_titled_names(folded: str) -> Iterable[tuple[int, int, str]]:
    """'นายประเสริฐ วงศ์สุวรรณ', 'คุณคิม (ผู้จัดการ)', 'ร.ต.อ. กิตติพงษ์': a Thai name after a
    Thai title or rank, up to the end of its Thai letters; its family name only when it ends
    there too."""
    from testimony.anonymize.detect import REASON_TITLE

    if not re.search(r"[\u0e01-\u0e4e]", folded):
        return
    for match in _THAI_TITLED_RE.finditer(folded):
        name = match.group(3)
        given = name.split(" ")[0]
        if any(given.startswith(word) for word in _THAI_NOT_NAMES):
            continue
        yield match.start(3), match.end(3), REASON_TITLE


# Words that make a run of Arabic script something other than a person's name: particles and
# pronouns (a sentence), organisations, places, God (a blessing), and the words of a notice or
# an inspection's report (report, project, supervisors, shifts, morning, until, daily).
_ARABIC_NOT_NAME = _words(
    """
    في من على إلى الى عن مع و أو او هذا هذه ذلك التي الذي هو هي أنا انا نحن أنت انت لا لم لن ما
    كان كانت قال قالت يا شكرا جزيلا مرحبا السلام عليكم صباح مساء الخير نعم حبيبي يلا
    شركة مؤسسة وزارة مجموعة بنك مصرف جامعة مستشفى فندق سفارة مكتب دولة مدينة شارع منطقة
    محافظة مطار ميناء مصنع المحدودة ذ.م.م للمقاولات للتجارة للإنشاءات العامة الوطنية
    الكويت الدوحة قطر دبي أبوظبي ابوظبي الإمارات الامارات السعودية الرياض جدة البحرين عمان
    مسقط المنامة الشارقة العين عجمان الفجيرة كوريا الشمالية الجنوبية بيونغ يانغ الصين روسيا
    الله بسم الرحمن الرحيم الحمد لله إن شاء
    وين شو ليش كيف متى الحين لازم روح تعال اسمه اسمي السيد قول له لها يسلم عليه الله يشفيه
    بقالة محل مطعم سوق
    كشف قائمة جدول استلام تسليم بطاقة بطاقات مدنية رقم فرع خيمة إفطار افطار صائم عدد وجبات وجبة
    يومي توقيع تاريخ اسم مستلم ملاحظات هيئة معلومات
    جهراء أحمدي احمدي حولي فروانية ريان وكرة خور لوسيل
    المبنى مبنى الغرفة غرفة سكن عمال الموقع المخالفة
    كوري كورية شمالي شمالية جنوبي جنوبية يوجد منع سفر
    لجنة مسجد موقع عمل كيس أرز ارز كمية سكن مساعدة ممنوعة ممنوع زكاة الفطر توزيع
    تقرير تفتيش إدارة ادارة مشروع سكني سكنية جميع المشرفين مشرف مسؤولي مسؤول الورديات وردية
    صباحا صباحاً مساء مساءً حتى ساعات ساعة يوميا يومياً شهر تعميم داخلي قرار حظر العمل الوقت
    التاريخ المفتشون مفتش
    """
)


# Mr, Mrs, Dr, Engineer in Arabic, and the one or two words after them that are no particle.
_ARABIC_TITLED_RE = re.compile(
    r"(?<![\u0600-\u06ff])(?:السيد|السيدة|الدكتور|الدكتورة|المهندس|الأستاذ|الاستاذ)[ \t]+"
    r"([\u0621-\u064a]+(?:[ \t]+[\u0621-\u064a]+)?)"
)


def _arabic_not_name(word: str) -> bool:
    """A word of `_ARABIC_NOT_NAME`, with or without the article (المستشفى: the hospital), or
    a word ending a question (ري؟): a chat's sentence, not a name."""
    return (
        word in _ARABIC_NOT_NAME
        or (word.startswith("ال") and word[2:] in _ARABIC_NOT_NAME)
        or "\u061f" in word
    )


def arabic_names(folded: str) -> Iterable[tuple[int, int, str]]:
    """'خالد بن سعيد المري' on an ID card, 'سعد الكواري' on a board: two to four words in
    Arabic script standing apart from other Arabic words, none a particle, an organisation's
    or a place's word. In these testimonies Arabic script is almost always a Gulf sponsor's,
    foreman's or doctor's name as his papers wrote it."""
    from testimony.anonymize.detect import REASON_ARABIC_NAME, REASON_TITLE

    for match in _ARABIC_RUN_RE.finditer(folded):
        words = match.group(0).split()
        if titled := _ARABIC_TITLED_RE.search(match.group(0)):
            # وين السيد ري؟ ("where is Mr Ri?"): the words after the title, in any sentence.
            name = titled.group(1).split()
            if _arabic_not_name(name[0]):
                continue
            # A second word is the family name when it has the article (الكعبي, Al-Kaabi).
            end = (
                titled.end(1)
                if len(name) == 1 or (name[1].startswith("ال") and not _arabic_not_name(name[1]))
                else titled.start(1) + len(name[0])
            )
            yield match.start() + titled.start(1), match.start() + end, REASON_TITLE
            continue
        if not 2 <= len(words) <= 4 or any(_arabic_not_name(word) for word in words):
            continue
        # Part of a longer run (a sentence): the regex stops at four words.
        after = folded[match.end() : match.end() + 2]
        before = folded[max(0, match.start() - 2) : match.start()]
        if re.fullmatch(r"[ \t][\u0600-\u06ff]", after) or re.fullmatch(
            r"[\u0600-\u06ff][ \t]", before
        ):
            continue
        line_start = folded.rfind("\n", 0, match.start()) + 1
        opening = folded[line_start : match.start()]
        if _ARABIC_COLON_RE.match(folded, match.end()) and (
            not opening.strip()
            or (_ARABIC_FIELD_SEPARATOR_RE.search(opening) and not _TIME_RE.search(opening))
        ):
            continue  # "سبب الإبعاد: ..." a form's label opening its field (a chat's has a time)
        start = match.start()
        rank = _ARABIC_RANK_RE.match(folded, start, match.end())
        if rank and len(words) - len(rank.group().split()) >= 2:
            start = rank.end()  # "المقدم سالم عبدالله الرشيدي": the rank stays out
        yield start, match.end(), REASON_ARABIC_NAME


_ARABIC_COLON_RE = re.compile(r"[ \t]*:")
_ARABIC_FIELD_SEPARATOR_RE = re.compile(r"[-–|;،][ \t]*$")
_TIME_RE = re.compile(r"\d:\d\d")
# Ranks of a Gulf police or army officer before his name (lieutenant colonel, colonel, major,
# captain, lieutenant and first lieutenant, general, brigadier, sergeant, corporal).
_ARABIC_RANK_RE = re.compile(
    r"(?:المقدم|العقيد|الرائد|النقيب|الملازم|اللواء|العميد|الرقيب|العريف)"
    r"(?:[ \t]+(?:أول|اول|ثاني))?[ \t]+"
)


# "Interviewer: M. Lindqvist", "Translated by E. Harwood", "번역: 이하나": the case's own staff,
# named in a heading or a closing line; private persons like any other.
# The name stands alone: the line, a sentence, a list or a table's row goes on after it, not a
# speech ("면담자: 다친 사람은", "작성자: 경위 드미트리").
# A form's columns set apart by a run of spaces end it too ("Producer: Joon Baek      Engineer:").
_STAFF_NAME_ENDS = r"(?=[ \t]{3,}\S|[ \t]*(?:[.,;:/)\]\r\n(|]|$|and\b|&))"
# The labels both Latin rules read: a staff role before a colon, a verb of the case's work
# before "by".
_STAFF_ROLES = (
    r"Interviewer|Interpreter|Translator|Transcriber|Caseworker|Reviewer|Researcher|Note-taker|"
    r"Notetaker|Counsel|Analyst|Scorer|Host|Facilitator|Moderator|Coordinator|Assessor|Examiner|"
    r"Auditor|Contact person|[Cc]lerk|[Dd]river|Approved|[Vv]olunteers?|Producer|"
    r"Engineer|Assistant|Hosts|Case handler|Case officer|Representative|"
    # a day's or a group's helpers: "Volunteer lead: Joy Whitaker", "Organisers: Nadia Hussain"
    r"(?:Volunteer|Team|Project) lead|Organi[sz]ers?|Helpers?|"
    # a letter's addressee: "For the attention of: Debbie", "FAO: Dr Mills"
    r"(?:[Ff]or the )?[Aa]ttention of|FAO|Attn|"
    # a fishing trip's observer and debriefer, a supervision's pair, a lease's or a
    # complaint's parties: "Observer: Tekaie Bwebwe", "Landlord: Rashid Obaid"
    r"Observer|Debriefer|Supervisor|Supervisee|Landlord|Landlady|Tenant|Complainant|Claimant|"
    r"Respondent|Mentor|Tutor|"
    # an e-mail's sender and addressees, a newsroom's rundown: "From: Leo Liu (crewing agent)",
    # "Editor: Priyanka Dutta   Director: Leigh Evans"
    r"From|To|Cc|Bcc|Editor|Director|Presenters?|Reporter|Correspondent|Photographer"
)
_STAFF_BY = (
    r"[Tt]ranslated|[Tt]ranscribed|[Pp]repared|[Rr]eviewed|[Ww]ritten|[Cc]hecked|[Rr]ecorded|"
    r"[Cc]ompiled|[Ee]dited|[Ee]xported|[Cc]orroborated|[Ss]ubmitted|[Rr]equested|"
    # A till's or a shop's day: "Till opened by: Pat", "Closed by Pat / M.S. Yang".
    r"[Oo]pened|[Cc]losed|"
    # a delivery note's or a receipt's: "Delivered by: Tevita Fonua (driver)"
    # (not "received by" nor "issued by": an office more often than a person)
    r"[Dd]elivered|[Cc]ollected|[Ww]itnessed"
)
_STAFF_LATIN_RE = re.compile(
    rf"(?:\b(?:{_STAFF_ROLES}|Interviewers|Checked|Compiled|Edited|Transcription)[ \t]*:|"
    rf"\b(?:{_STAFF_BY}|[Ii]nterviewed)[ \t]+by[ \t]*:?)[ \t]+"
    # The title stays outside the name: "Interpreter: Ms Jeong Da-eun".
    r"(?:(?:Mr|Mrs|Ms|Mx|Miss|Dr)\.?[ \t]+)?(?!(?:Mr|Mrs|Ms|Mx|Miss|Dr)\b)"
    r"((?:[A-Z]\.[ \t]?){1,2}[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|[A-Z][a-zà-öø-ÿ]+(?:[ \t][A-Z]"
    r"[a-zà-öø-ÿ]+(?:-[a-z]+)?){1,2})(?![A-Za-z])" + _STAFF_NAME_ENDS
)
# One name alone after such a label, at the line's end or before a bracket or a comma:
# "Taken by: Hyunsoo", "Notes by Min", "translation notes by Yiting)", "Contact: Yerin (010-".
_STAFF_SINGLE_RE = re.compile(
    # "Contact on the day: Mehmet", "Code of conduct contact: Jae"
    rf"(?:\b(?:{_STAFF_ROLES}|[Cc]ontact(?:[ \t]on[ \t]the[ \t]day)?|Minutes)[ \t]*:|"
    rf"\b(?:{_STAFF_BY}|[Tt]aken|[Nn]otes|[Tt]yped)[ \t]+by[ \t]*:?)[ \t]+"
    r"([A-Z][a-z]+(?:-[a-z]+)?)(?![A-Za-z.@-])"
    # or a telephone's number: "Contact: Mehmet 07700 900 612"
    r"(?=[ \t]*(?:[,;)(|/\r\n]|$)|[ \t]+on[ \t]+\d|[ \t]{3,}\S|[ \t]+\+?\d[\d \t-]{6,})"
)
# A note's author in brackets before its colon, a name alone or with the occasion after a
# comma: "Volunteer notes (Soo-ah):", "Counsel's note (Ng):", "메모 (Yerin, 성진 씨 면담):",
# "Notes (채윤):".
# A full name too, and a remark's: "Caseworker notes (Latoya Green):", "Translator's notes
# (Kirsten Laird, for the case file of ...):", "Supervisor's remark (Lim Boon Huat):".
_NOTE_AUTHOR_RE = re.compile(
    r"(?:\b(?:[Nn]otes?|[Mm]emo|[Gg]loss|[Cc]omments?|[Rr]emarks?)|메모|노트)[ \t]*\("
    r"([A-Z][a-z]+(?:-[a-z]+)?(?:[ ][A-Z][a-z]+(?:-[A-Z]?[a-z]+)?){0,3}|[가-힣]{2,3})"
    r"(?:,[^)\n]{0,60})?\)[ \t]*:"
)
# The Hangul labels of the case's staff, before a colon or a bracketed name.
_STAFF_HANGUL_LABELS = (
    r"면담자|면담|조사자|조사원|번역|번역자|통역|통역자|통역사|녹취|작성자|작성|기록|기록자|확인|"
    r"검토|검토자|정리|전사|전사자|편집|자막|구성|받은 사람|건 사람|담당|담당자|진행"
)
_STAFF_HANGUL_RE = re.compile(
    rf"(?:{_STAFF_HANGUL_LABELS})[ \t]*:[ \t]*([가-힣]{{2,4}})(?![가-힣])" + _STAFF_NAME_ENDS
)
# A translator's or a person in charge's label, a full name right after it without a colon and
# a stop after the name ("옮긴이 주하은.", "담당 주하은, 검토 Layla"): three syllables, the
# first a surname (the analyser may read 주하은 as a verb, 주 + 하 + 은).
_STAFF_HANGUL_BARE_RE = re.compile(
    r"(?<![가-힣])(?:옮긴이|번역자|통역자|담당|담당자|검토자|작성자|기록자|편집|촬영|진행)[ \t]+"
    r"([가-힣]{3})(?![가-힣])" + _STAFF_NAME_ENDS
)


# A note's author in brackets before its colon: "상담 메모(최윤서):", "검토자 1 (한지우):",
# "담당자 메모(백승우):"; a full name of three syllables.
_STAFF_HANGUL_BRACKETED_RE = re.compile(
    rf"(?:{_STAFF_HANGUL_LABELS}|메모|상담사|상담원|상담|확인자|의견|코멘트|서명)[ \t]*"
    r"(?:\d+[ \t]*)?\(([가-힣]{3})\)[ \t]*:"
    # A note's heading with its date and author: "--- NGO 메모 (2024.3, 서지원) ---".
    # or its author, then the date: "원장 메모 (피경란, 2/19)".
    r"|메모[ \t]*\((?:[\d.\- ]+,[ \t]*)?([가-힣]{3})(?:,[ \t]*[\d./\- ]+)?\)[ \t]*"
    r"(?:-{2,}|\r?\n|$)"
)


def staff_names(folded: str) -> Iterable[tuple[int, int, str]]:
    """The interviewer's, interpreter's or translator's name after their label, in Latin
    letters (a capitalised name or initials and a surname) or in Hangul (two to four
    syllables opening with a surname); never a role, an organisation or a tool ('Interviewer:
    Witness', 'Reviewed by Legal Team', 'Translated by Google Translate'), nor a form's value
    ('확인: 완료', '번역: 진행중')."""
    from testimony.anonymize.detect import (
        _CAPITALISED_STOPWORDS,
        _ORG_WORDS,
        _PLACES,
        _TITLES,
        REASON_STAFF,
        _romanized_surnames,
    )
    from testimony.anonymize.detect.context import _foreign_places
    from testimony.anonymize.detect.words import _HANGUL_STOPWORDS, _HANGUL_SURNAMES
    from testimony.anonymize.english import ENGLISH_WORDS
    from testimony.anonymize.foreign_names import GIVEN_LATIN

    for match in _STAFF_LATIN_RE.finditer(folded):
        words = [word.lower() for word in re.split(r"[ \t.]+", match.group(1))]
        # An initial makes the rest a surname, whatever else it spells ("S. Park").
        initialled = re.match(r"[A-Z]\.", match.group(1)) is not None
        if (
            any(
                word in _CAPITALISED_STOPWORDS
                or word in ROLE_NOUNS
                or (not initialled and (word in _ORG_WORDS or word in _NOT_STAFF_WORDS))
                for word in words
                if len(word) > 1
            )
            or words[-1] in _NOT_SPEAKERS
            or words[0] in _TITLES  # "To: Captain Zhang": the title rule takes the name alone
        ):
            continue
        yield match.start(1), match.end(1), REASON_STAFF
    for match in _STAFF_SINGLE_RE.finditer(folded):
        word = match.group(1).lower()
        if _name_like(match.group(1)) and not (
            word in _CAPITALISED_STOPWORDS
            or word in ROLE_NOUNS
            or word in _ORG_WORDS
            or word in _NOT_STAFF_WORDS
            or word in _NOT_SPEAKERS
            or word in _PLACES
            or word in _foreign_places()
            # "Till opened by: Pat": a given name that is an English word too stands
            or (
                word in ENGLISH_WORDS
                and word not in _romanized_surnames()
                and word not in GIVEN_LATIN
            )
        ):
            yield match.start(1), match.end(1), REASON_STAFF
    for match in _NOTE_AUTHOR_RE.finditer(folded):
        name = match.group(1)
        if "가" <= name[0] <= "힣":
            named = (_bracketed_staff_name if len(name) == 3 else _hangul_staff_name)(name)
        else:
            words = name.split()
            # one word a name list holds, or a full name none of whose words is a common one
            named = (len(words) > 1 or _name_like(name)) and not any(
                lower in _CAPITALISED_STOPWORDS
                or lower in ROLE_NOUNS
                or lower in _NOT_STAFF_WORDS
                or lower in _NOT_SPEAKERS
                or lower in _ORG_WORDS
                or lower in _PLACES
                or (lower in ENGLISH_WORDS and lower not in _romanized_surnames())
                for lower in (word.lower() for word in words)
            )
        if named:
            yield match.start(1), match.end(1), REASON_STAFF
    for match in _STAFF_HANGUL_RE.finditer(folded):
        if _hangul_staff_name(match.group(1)):
            yield match.start(1), match.end(1), REASON_STAFF
    for match in _STAFF_HANGUL_BRACKETED_RE.finditer(folded):
        group = 1 if match.group(1) else 2
        if _bracketed_staff_name(match.group(group)):
            yield match.start(group), match.end(group), REASON_STAFF
    for match in _STAFF_HANGUL_BARE_RE.finditer(folded):
        name = match.group(1)
        if (
            name[0] in _HANGUL_SURNAMES
            and name not in NOT_HANGUL_SPEAKERS
            and name not in _HANGUL_STOPWORDS
        ):
            yield match.start(1), match.end(1), REASON_STAFF


# A meeting's minutes name their staff by initials: "Present: JHA (chair), SL, MK, TO (minutes)",
# "참석: KSY(사회), PJH, LMR", and spell them out: "PJH = 박지훈", "Tae-oh (TO)", "JHA (Jin-hee
# Ahn)". Initials so defined are that person wherever they stand in the text.
_ATTENDANCE_RE = re.compile(
    r"(?im)^[ \t]*(?:present|attendees|attendance|attending|in attendance|participants|"
    r"apologies|absent|minutes|minute-taker|note-taker|chair|참석|참석자|불참|배석|기록)"
    r"[ \t]*:[ \t]*([^\r\n]+)"
)
# A person's initials are two or three letters; four in a list of those present are a body's
# (NKHR, NKDB) more often than a person's.
_INITIALS_ITEM_RE = re.compile(r"(?<![A-Za-z])([A-Z]{2,3})(?![A-Za-z])")
_INITIALS_EQUALS_RE = re.compile(
    r"(?<![A-Za-z])([A-Z]{2,4})[ \t]*=[ \t]*"
    r"([가-힣]{2,4}(?![가-힣])|[A-Z][a-z]+(?:[- ][A-Za-z][a-z]+){1,2}"
    # "JRP = J.R. Pemberton": a time sheet's legend of its timekeepers
    r"|(?:[A-Z]\.[ \t]?){1,3}[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
)
_INITIALS_BRACKETED_RE = re.compile(
    r"([A-Z][a-z]+(?:[- ][A-Za-z][a-z]+){0,2})[ \t]*\((?:[A-Z]{2,4})\)"
    r"|(?<![A-Za-z])([A-Z]{2,4})[ \t]*\(([A-Z][a-z]+(?:[- ][A-Za-z][a-z]+){1,2})\)"
)
# A Hangul name with its initials in brackets ("서윤아 (SYA)"), and a login before a name in
# brackets ("hkwak (Kwak Hye-rin)", "dlee (Dana Lee)").
_HANGUL_BRACKETED_RE = re.compile(r"(?<![가-힣])([가-힣]{2,4})[ \t]*\(([A-Z]{2,4})\)")
# Initials with the Hangul name they stand for in brackets ("검토자: KNY(권나연), SM(서민지)"):
# all its syllables, or its surname and first given syllable.
_INITIALS_HANGUL_RE = re.compile(r"(?<![A-Za-z])([A-Z]{2,4})[ \t]*\(([가-힣]{2,4})\)")
_LOGIN_BRACKETED_RE = re.compile(
    r"(?<![\w.@-])([a-z][a-z0-9._-]{2,24})[ \t]*\(([A-Z][a-z]+(?:[- ][A-Za-z][a-z]+){1,2})\)"
)
# A legend of logins: "Logins: jkhan = me; mchoi = Choi Min-ho; ysong = Song Yu-jin".
_LOGIN_EQUALS_RE = re.compile(
    r"(?<![\w.@-])([a-z][a-z0-9._-]{2,24})[ \t]*=[ \t]*"
    r"([A-Z][a-z]+(?:[- ][A-Za-z][a-z]+){1,2})(?![A-Za-z])"
)
# Capitals that stand for bodies, currencies, roles and times, never for a staff member.
_NOT_STAFF_INITIALS = frozenset(
    _words(
        "UN NGO ILO IOM OHCHR UNHCR HRW AI DPRK ROK PRC USA US UK EU OK ID TV PDF MOU CEO HR IT "
        "RMB USD KRW EUR AM PM AOB CC BCC FYI NB PS RE FW FWD COI SOP QA ASAP TBC TBD NA "
        "INT WIT IP INTERP TL TR"
    )
)
# The Latin letters a Hangul syllable's romanization may open with, by its first consonant
# (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ); a syllable opening with a vowel (ㅇ)
# may be written A, E, I, O, U, W or Y, and 이, 리, 임 as L or R too (Lee, Rhee, Lim).
_HANGUL_INITIAL_LETTERS = (
    "GK", "GK", "NR", "DT", "DT", "RLNY", "M", "BP", "BP", "S", "S", "AEIOUWYLR", "JC", "JC",
    "CJ", "K", "T", "P", "H",
)  # fmt: skip


def _korean_given_initials(name: str) -> str:
    """The initials of a Korean name's hyphenated given name, which staff write for a colleague
    ("Park Ji-woo (JW)", "Ji-woo Park (JW)"); none for any other name."""
    from testimony.anonymize.detect import _romanized_surnames

    parts = name.split(" ")
    if len(parts) != 2:
        return ""
    for surname, given in (parts, parts[::-1]):
        pieces = given.split("-")
        if surname.lower() in _romanized_surnames() and len(pieces) == 2 and all(pieces):
            return (pieces[0][0] + pieces[1][0]).upper()
    return ""


def _initials_of(name: str) -> str:
    """The initials of a person's name written in Latin letters ("Jin-hee Ahn": JHA, "Tae-oh":
    TO); none for a name that does not read as a person's, with a Korean or Japanese surname, a
    hyphenated Korean given name or a common given name ("Walk Free (WF)", "Daewoo
    Shipbuilding (DS)")."""
    from testimony.anonymize.detect import _romanized_surnames
    from testimony.anonymize.english import ENGLISH_WORDS
    from testimony.anonymize.foreign_names import GIVEN_LATIN, JAPANESE_SURNAMES

    parts = [part for part in re.split(r"[ ]+", name) if part]
    if any(part.lower() in ENGLISH_WORDS for part in parts if len(part) > 2):
        return ""
    person = any(
        "-" in part
        or part.lower() in _romanized_surnames()
        or part.lower() in GIVEN_LATIN
        or part.lower() in JAPANESE_SURNAMES
        for part in parts
    )
    if not person:
        return ""
    return "".join(piece[0] for piece in re.split(r"[- ]+", name) if piece).upper()


def _spelled_out(initials: str, name: str) -> bool:
    """'JRP = J.R. Pemberton', 'MK = Mira Kaur': initials that a legend sets equal to a name of
    two or three capitalised words (or initials and a surname) whose first letters they are,
    none of them an English word, a title, a place or an organisation's word ('WF = Walk Free',
    'DS = Daewoo Shipbuilding' are bodies: a word of seven letters or more in -ing, -tion,
    -ment or -ship is a trade's)."""
    from testimony.anonymize.detect import _ORG_WORDS, _PLACES, _TITLES
    from testimony.anonymize.english import ENGLISH_WORDS

    words = [word for word in re.split(r"[ \t.]+", name) if word]
    # A hyphenated given name gives one letter or two: HY or HYN for Han Yu-na.
    by_parts = "".join(word[0] for word in re.split(r"[- \t.]+", name) if word)
    if initials not in (by_parts, "".join(word[0] for word in words)):
        return False
    full = [word for word in words if len(word) > 1]
    return bool(full) and not any(
        (len(word) >= 7 and word.lower().endswith(("ing", "tion", "ment", "ship", "ships")))
        or word.lower() in ENGLISH_WORDS
        or word.lower() in _TITLES
        or word.lower() in _PLACES
        or word.lower() in _ORG_WORDS
        for word in full
    )


def _spells(initials: str, hangul: str) -> bool:
    """Whether Latin initials may stand for a Hangul name (PJH for 박지훈, KSY for 김소연)."""
    if len(initials) != len(hangul):
        return False
    return all(
        letter in _HANGUL_INITIAL_LETTERS[(ord(syllable) - 0xAC00) // 588]
        for letter, syllable in zip(initials, hangul, strict=True)
    )


# One person of an attendance line, once its notes in brackets are set aside: a name of one to
# three capitalised words (a hyphenated given name, "Hye-won"), after a title or not ("Dr
# Aziz"); or a Hangul name of two to four syllables.
_ATTENDEE_TITLE_RE = re.compile(r"(?:Dr|Mr|Mrs|Ms|Miss|Prof|Rev)\.?[ \t]+")
_ATTENDEE_LATIN_RE = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?(?:[ \t]+[A-Z][a-z]+(?:-[a-z]+)?){0,2}")
_ATTENDEE_HANGUL_RE = re.compile(r"[가-힣]{2,4}")
_ATTENDEE_ITEM_RE = re.compile(r"[^,;、·/]+")
# Review comments exported with their authors' initials: "[JP] Para 1: ...", "→ [SK] ...",
# "[Comment 1] MK: ...", "Reply TS: ...". A bracket opening a line counts where two lines open
# so; after "Comment" or "Reply" the label counts once.
_BRACKETED_LABEL_RE = re.compile(r"(?m)^[ \t]*(?:[→↳└>-]+[ \t]*)?\[([A-Z]{2,3})\][ \t]")
_REPLY_LABEL_RE = re.compile(
    r"(?m)^[ \t]*(?:[→↳└>-]+[ \t]*)?(?:\[Comment[ \t]*\d+\]|Reply|Comment)[ \t]+"
    r"([A-Z]{2,3})[ \t]*:"
)
# Language and country codes a translator's note opens with ("[EN] ...", "[KO] ...").
_LANGUAGE_LABELS = _words("EN KO KR RU CN ZH JA AR VI TH MN NE PL UZ MS ID FR DE ES TR")


def attendance_names(folded: str) -> Iterable[tuple[int, int, str]]:
    """The names a meeting's minutes list among those present, absent or taking the minutes
    ("Present: Esther Lim, Tom Baker, Hye-won, Joon (by phone)", "Apologies: Dr Aziz",
    "참석: 김민지, 박하나"): every item that reads as a name, never a team, a body, a place or
    a role ("Present: Legal Team", "Apologies: none", "Chair: Board of Trustees")."""
    from testimony.anonymize.detect import (
        _CAPITALISED_STOPWORDS,
        _ORG_WORDS,
        _PLACES,
        _TITLES,
        REASON_ATTENDANCE,
    )

    for match in _ATTENDANCE_RE.finditer(folded):
        line = match.group(1)
        # Notes in brackets ("(by phone)", "(chair)") are blanked, keeping every offset.
        blanked = re.sub(r"\([^()]*\)", lambda note: " " * len(note.group()), line)
        for item in _ATTENDEE_ITEM_RE.finditer(blanked):
            at = item.start() + len(item.group()) - len(item.group().lstrip())
            value = item.group().strip()
            title = _ATTENDEE_TITLE_RE.match(value)
            if title:
                at, value = at + title.end(), value[title.end() :]
            start = match.start(1) + at
            if _ATTENDEE_HANGUL_RE.fullmatch(value):
                if _hangul_staff_name(value):
                    yield start, start + len(value), REASON_ATTENDANCE
                continue
            if not _ATTENDEE_LATIN_RE.fullmatch(value):
                continue
            words = [word.lower() for word in re.split(r"[ \t]+", value)]
            if any(
                word in _CAPITALISED_STOPWORDS
                or word in _ORG_WORDS
                or word in _PLACES
                or word in _TITLES
                or word in ROLE_NOUNS
                or word in _NOT_SPEAKERS
                or word in _NOT_STAFF_WORDS
                for word in words
            ):
                continue
            # Every word a given name or a surname, unless a title says a person ("Dr Bright"):
            # not a desk ("Human Resources", "Finance").
            if not title and not all(_name_like(word) for word in value.split()):
                continue
            yield start, start + len(value), REASON_ATTENDANCE


# Initial consonants set equal to a Hangul name in a legend: "ㅎㅅ = 한수아" (a reviewer's
# initials in an exported comment thread), all the name's syllables or its first ones.
_JAMO_EQUALS_RE = re.compile(
    r"(?<![ㄱ-ㅎ가-힣])([ㄱ-ㅎ]{2,4})[ \t]*=[ \t]*([가-힣]{2,4})(?![가-힣])"
)


def _jamo_initials(folded: str) -> Iterable[tuple[int, int]]:
    """A Hangul name a legend gives initial consonants for ("ㅎㅅ = 한수아"), and those
    consonants wherever they stand alone ("→ ㅎㅅ: 공개본에서는 ...")."""
    from testimony.anonymize.detect.words import _HANGUL_SURNAMES

    defined: set[str] = set()
    for match in _JAMO_EQUALS_RE.finditer(folded):
        letters, name = match.groups()
        if name[0] in _HANGUL_SURNAMES and initial_consonants(name).startswith(letters):
            defined.add(letters)
            yield match.start(2), match.end(2)
    for letters in defined:
        for match in re.finditer(rf"(?<![ㄱ-ㅎ가-힣]){letters}(?![ㄱ-ㅎ가-힣])", folded):
            yield match.start(), match.end()


def staff_initials(folded: str) -> Iterable[tuple[int, int, str]]:
    """A staff member's initials, once the minutes list them among those present or spell
    them out (above), wherever they stand; and a Hangul name that spells them out."""
    from testimony.anonymize.detect import REASON_ABBREVIATION, REASON_STAFF_INITIALS
    from testimony.anonymize.detect.words import _HANGUL_SURNAMES

    if "=" in folded:
        for start, end in _jamo_initials(folded):
            yield start, end, REASON_STAFF_INITIALS
    if not re.search(r"[A-Z]{2}", folded):
        return
    defined: set[str] = set()
    for match in _ATTENDANCE_RE.finditer(folded):
        for item in _INITIALS_ITEM_RE.finditer(match.group(1)):
            if item.group(1).lower() not in _NOT_SPEAKERS:
                defined.add(item.group(1))
    # Two-word names such as "Tom Baker" are left: one word an English word, the pair is no
    # sure person, and "TB" is a disease too. "Hye-won" gives HW.
    for start, end, _reason in attendance_names(folded):
        if "-" in folded[start:end] and (initials := _initials_of(folded[start:end])):
            defined.add(initials)
    labels = [match.group(1) for match in _BRACKETED_LABEL_RE.finditer(folded)]
    if len(labels) >= 2:
        defined.update(label for label in labels if label not in _LANGUAGE_LABELS)
    defined.update(match.group(1) for match in _REPLY_LABEL_RE.finditer(folded))
    for match in _INITIALS_EQUALS_RE.finditer(folded):
        initials, name = match.group(1), match.group(2)
        if re.fullmatch(r"[가-힣]{2,4}", name):
            if _spells(initials, name):
                defined.add(initials)
                yield match.start(2), match.end(2), REASON_STAFF_INITIALS
        elif _initials_of(name) == initials or _spelled_out(initials, name):
            defined.add(initials)
    bracketed: set[str] = set()
    # "Yun Ha-rin (HR)": a Korean given name's initials that are also a desk's (HR, PR, IT)
    # stand for the person once a bracket spells them out.
    given_initials: set[str] = set()
    for match in _INITIALS_BRACKETED_RE.finditer(folded):
        name, initials = (match.group(1), match.group()[match.group().rindex("(") + 1 : -1])
        at = match.start(1)
        if name is None:
            initials, name, at = match.group(2), match.group(3), match.start(3)
        if initials in (_initials_of(name), _korean_given_initials(name)):
            defined.add(initials)
            if initials == _korean_given_initials(name):
                given_initials.add(initials)
            continue
        # "Interviewer Mark Ellison (ME)": the name the initials stand for may be the last words
        # of the capitalised run before the bracket.
        words = name.split(" ")
        for first in range(max(0, len(words) - 3), len(words) - 1):
            tail = " ".join(words[first:])
            start = at + len(" ".join(words[:first])) + (1 if first else 0)
            if _bracketed_person(initials, tail, folded[max(0, start - 30) : start]):
                bracketed.add(initials)
                yield start, start + len(tail), REASON_ABBREVIATION
                break
    for match in _HANGUL_BRACKETED_RE.finditer(folded):
        if match.group(1)[0] in _HANGUL_SURNAMES and _spells(match.group(2), match.group(1)):
            bracketed.add(match.group(2))
    for match in _INITIALS_HANGUL_RE.finditer(folded):
        initials, name = match.group(1), match.group(2)
        if name[0] in _HANGUL_SURNAMES and (
            _spells(initials, name) or (len(initials) == 2 and _spells(initials, name[:2]))
        ):
            bracketed.add(initials)
    defined -= _NOT_STAFF_INITIALS - given_initials
    bracketed -= _NOT_STAFF_INITIALS | defined
    for initials, reason in ((defined, REASON_STAFF_INITIALS), (bracketed, REASON_ABBREVIATION)):
        if not initials:
            continue
        pattern = re.compile(
            r"(?<![A-Za-z])(" + "|".join(sorted(initials, key=len, reverse=True)) + r")(?![A-Za-z])"
        )
        for match in pattern.finditer(folded):
            if reason == REASON_ABBREVIATION and _in_capitals(folded, match.start(1), match.end(1)):
                continue
            yield match.start(1), match.end(1), reason


def _in_capitals(folded: str, start: int, end: int) -> bool:
    """Initials that are also a word ("ME", "IF") inside a line of capitals ("CALL ME NOW")."""
    return bool(
        re.search(r"[A-Z]{2,}[ \t]+$", folded[max(0, start - 24) : start])
        or re.match(r"[ \t]+[A-Z]{2,}\b", folded[end : end + 24])
    )


def bracketed_logins(folded: str) -> Iterable[tuple[int, int, str]]:
    """A login that the text gives for a name in brackets after it ("Coders: dlee, hkwak (Kwak
    Hye-rin)") or in a legend ("mchoi = Choi Min-ho"), made of the name's initials and its
    surname or its given name and surname's initial: the name, and the login wherever it
    stands."""
    from testimony.anonymize.detect import REASON_ABBREVIATION

    if "(" not in folded and "=" not in folded:
        return
    logins: set[str] = set()
    for pattern in (_LOGIN_BRACKETED_RE, _LOGIN_EQUALS_RE):
        for match in pattern.finditer(folded):
            login, name = match.group(1), match.group(2)
            if _login_of(login, name):
                logins.add(login)
                yield match.start(2), match.end(2), REASON_ABBREVIATION
    if logins:
        pattern = re.compile(
            r"(?<![\w.@-])("
            + "|".join(map(re.escape, sorted(logins, key=len, reverse=True)))
            + r")(?![\w@-])"
        )
        for match in pattern.finditer(folded):
            yield match.start(1), match.end(1), REASON_ABBREVIATION


def _login_of(login: str, name: str) -> bool:
    """Whether a login's letters are made of a name's: the given name's initials and the
    surname in either order (hkwak, kwakh, hrkwak), the given name and the surname's initial
    (danal), or the given name and surname joined, with or without a separator."""
    letters = re.sub(r"[^a-z]", "", login)
    words = [word.lower() for word in re.split(r"[ ]+", name) if word]
    orders = [words, words[::-1]] if len(words) == 2 else [words]
    for first, *rest in orders:
        rest_letters = "".join(re.sub(r"-", "", word) for word in rest)
        rest_initials = "".join(piece[0] for word in rest for piece in word.split("-"))
        first_plain = first.replace("-", "")
        if (
            letters
            in (
                rest_initials + first_plain,
                first_plain + rest_initials,
                rest_letters + first_plain,
                first_plain + rest_letters,
                rest_initials[:1] + first_plain,
            )
            and len(letters) >= 4
        ):
            return True
    return False


# A word for the case's staff or a person right before a name: "Interviewer Mark Ellison (ME)".
_PERSON_BEFORE_RE = re.compile(
    r"(?i)\b(?:interviewer|interpreter|translator|transcriber|caseworker|reviewer|researcher|"
    r"redactor|coder|approver|author|editor|indexer|volunteer|lawyer|counsel|officer|"
    r"consultant|coordinator|director|manager|staff|by|mr|mrs|ms|dr)\.?[ \t]*:?[ \t]*$"
)


def _bracketed_person(initials: str, name: str, before: str) -> bool:
    """A name of two or three capitalised words whose first letters the bracket after it
    gives, and which reads as a person's: after a word for the staff or a title ("Interviewer
    Mark Ellison (ME)", "Reviewer: Dominika Sobczak (DS)"), or with a given name of the lists,
    a Korean surname or a Slavic surname's ending in it; never with a title, a place, an
    organisation's or a trade's word ("Walk Free (WF)", "Special Rapporteur (SR)")."""
    from testimony.anonymize.detect import _ORG_WORDS, _PLACES, _TITLES, _romanized_surnames
    from testimony.anonymize.foreign_names import (
        GIVEN_LATIN,
        GIVEN_LATIN_WORDS,
        SLAVIC_SURNAME_ENDINGS,
    )

    words = [word for word in re.split(r"[ ]+", name) if word]
    if len(words) < 2 or "".join(word[0] for word in words) != initials:
        return False
    lowered = [word.lower() for word in words]
    if any(
        (len(word) >= 7 and word.endswith(("ing", "tion", "ment", "ship", "ships")))
        or word in _TITLES
        or word in _PLACES
        or word in _ORG_WORDS
        for word in lowered
    ):
        return False
    return bool(
        _PERSON_BEFORE_RE.search(before)
        or lowered[0] in GIVEN_LATIN
        or lowered[0] in GIVEN_LATIN_WORDS
        or any(word in _romanized_surnames() for word in lowered)
        or lowered[-1].endswith(SLAVIC_SURNAME_ENDINGS)
    )


# Translation tools and teams that sign a line as a person would.
_NOT_STAFF_WORDS = _words(
    "google translate deepl papago chatgpt bing microsoft legal staff member section desk unit"
    " division department embassy consulate human rights watch cross international amnesty"
    " project foundation"
)


def _hangul_staff_name(word: str) -> bool:
    """Whether a Hangul value after a staff label is a name: it opens with a Korean surname,
    and, with the Korean analyser on, is not a two-syllable common noun (진행, 정리) nor read
    with a verb, an ending or a dependent noun (진행중, 정리됨). '완료', '필요', '없음' open
    with no surname."""
    from testimony.anonymize.detect import korean_analyser_enabled
    from testimony.anonymize.detect.words import _HANGUL_STOPWORDS
    from testimony.anonymize.korean import analyser
    from testimony.anonymize.names import SURNAMES

    if word in NOT_HANGUL_SPEAKERS or word[0] not in SURNAMES or word in _HANGUL_STOPWORDS:
        return False  # "번역: 한국인(북한) 건설 팀": a word, not the translator
    if not korean_analyser_enabled():
        return True
    tokens = analyser().tokenize(word)
    if len(word) == 2 and len(tokens) == 1 and tokens[0].tag in ("NNG", "NNB", "MAG"):
        return False
    return not any(
        token.tag.startswith(("V", "X", "E", "J")) or token.tag == "NNB" for token in tokens
    )


def _name_like(word: str) -> bool:
    """A capitalised word that a name list holds or that reads as a romanized Korean name: a
    listed given name (Esther, Aziz), a surname (Lim, Min), a Korean given name of one or two
    syllables, hyphenated or not (Joon, Hye-won, Hyunsoo), not a desk's word (Finance,
    Reception)."""
    from testimony.anonymize.detect.words import (
        _is_given_part,
        _is_hyphenated_given,
        _romanized_surnames,
    )
    from testimony.anonymize.foreign_names import GIVEN_LATIN

    lower = word.lower()
    return (
        lower in GIVEN_LATIN
        or lower in _romanized_surnames()
        or _is_hyphenated_given(word)
        or _is_given_part(word, two=True)
    )


def _bracketed_staff_name(word: str) -> bool:
    """A note's author in brackets after a staff label: three syllables opening with a surname,
    not a language (한국어) nor a common noun with a suffix (정리본, 참고용: the analyser reads
    a noun of two syllables first). The analyser reads some names as one common noun (최윤서):
    the label decides."""
    from testimony.anonymize.detect import korean_analyser_enabled
    from testimony.anonymize.detect.words import _HANGUL_STOPWORDS, _HANGUL_SURNAMES
    from testimony.anonymize.korean import analyser

    if (
        word[0] not in _HANGUL_SURNAMES
        or word in NOT_HANGUL_SPEAKERS
        or word.endswith("어")
        or word in _HANGUL_STOPWORDS
    ):
        return False  # "메모 (한국어):": a language
    if not korean_analyser_enabled():
        return True
    tokens = analyser().tokenize(word)
    return not (len(tokens) > 1 and tokens[0].tag == "NNG" and len(tokens[0].form) >= 2)


# A chat export or a transcript: "minji: morning all", "[10:02] tom: yes". The label at a
# line's start before a colon is the speaker; when one label opens two lines or more and the
# text has at least two such labels, it is a conversation and a label is a person's name,
# unless it is a role, a heading or a transcript's mark (Q, A, Interviewer, From, Note ...).
# Before a chat's label: "[21:04]", "21:04", "04/08 22:10", or WhatsApp's "02/03/2021, 21:16 -";
# a comment's speech bubble or reply arrow ("💬 Lucía Ferreira:", "↳ Martín Olivera:").
_SPEAKER_RE = re.compile(
    r"(?m)^[ \t]*(?:[\U0001f4ac\u21b3\u2937\u2022\u25b6>][ \t]*)?"
    r"(?:\[[^\]\n]{1,25}\][ \t]*|\d{1,2}[./]\d{1,2}[./]\d{2,4}[ \t]+(?=[A-Z]{2,4}[ \t]*:)"
    r"|(?:\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?,?[ \t]+)?"
    r"\(?\d{1,2}:\d{2}(?::\d{2})?\)?(?:[ \t]+-)?[ \t]+)?"
    r"([A-Z][a-z]+[ \t][A-Z][a-z]+(?:-[a-z]+)?|[A-Za-z][a-z]+(?:-[a-z]+)?"
    r"|[A-Z][A-Za-z]*(?:-[A-Za-z]+)?|[가-힣]{1,4})"
    # a note in brackets before the colon: "SIM (via interpreter):", "Support (Aisling):"
    r"(?:[ \t]*\((?P<bracketed>[^()\n]{1,25})\))?[ \t]*:[ \t]"
)
# The exports of messengers, whose label is not followed by a colon: KakaoTalk on a computer
# ("[Jess (NKLW)] [오후 2:03] Hi"), Telegram Desktop ("Marina K, [14.02.2023 21:04]" on a line
# of its own, the message below).
_KAKAO_SPEAKER_RE = re.compile(
    r"(?m)^[ \t]*\[([^\]\n(]{1,30}?)(?:[ \t]*\([^)\n]{1,20}\))?\][ \t]*"
    r"\[(?:오전|오후|AM|PM)?[ \t]*\d{1,2}:\d{2}\]"
)
# KakaoTalk's notices of who joined, left, was invited or was removed: "빈성호님이 들어왔습니다.",
# "박반장님이 김철수님과 물고기님을 초대했습니다.", "금성호님을 내보냈습니다.", after a date and
# time and a comma in a computer's export. The names are the chat's display names, each before 님.
_KAKAO_NOTICE_RE = re.compile(
    r"(?m)^(?P<head>[^\n\[\]]{1,80}?)님(?:이|을)[ \t]+(?P<rest>[^\n]{0,160}?)"
    r"(?:들어왔습니다|나갔습니다|퇴장했습니다|초대했습니다|내보냈습니다)[.。]?[ \t]*\r?$"
)
_KAKAO_INVITED_RE = re.compile(r"([^\s,]{1,30}?)님(?:과|와|을|,)")
_TELEGRAM_SPEAKER_RE = re.compile(
    r"(?m)^[ \t]*([^\n,\[\]]{2,30}?),[ \t]*\[\d{1,2}[./]\d{1,2}[./]\d{2,4}[ \t]+"
    r"\d{1,2}:\d{2}(?::\d{2})?\][ \t]*\r?$"
)
# The labels of a script's lines that are no one's: sound, music, notes, credits.
_SCRIPT_LABELS = _words(
    "sfx fx music note notes credits narration vo ost caption subtitle intro outro scene int ext"
    " cut fade title ad ads break jingle atmos"
)
# Labels that are roles, headings or a record's fields (a triage log's "Patient:", a photo
# index's "Artist:", a YAML intake's "role:"), not speakers.
_NOT_SPEAKERS = _words(
    """
    q a i w qa ans int wit interp interviewer interviewee witness interpreter translator
    caller host presenter moderator narrator speaker reporter anchor voice audience
    staff reviewer caseworker researcher investigator activist counsel lawyer judge clerk
    prosecutor defence defense defendant plaintiff applicant respondent claimant victim
    survivor chair chairman court officer agent operator admin administrator system bot
    me you us all everyone everybody someone unknown anon anonymous user guest member team
    from to cc bcc re fw fwd subject date time sent received attachment attachments
    note notes nb ps source sources ref reference translation original summary comment
    comments remark remarks answer question reply response update edit status result action
    todo agenda minutes attendees present topic case file tel phone email fax url link tags
    category type age sex gender dob born nationality occupation name address location place
    tip warning important caution context background transcript recording tape audio video
    male female man woman boy girl child mother father son daughter brother sister wife
    husband mom mum dad
    patient arrival artist keywords keyword role relation relationship archive camera
    photographer credit tagged faces diagnosis triage companion escort contact contacts
    language languages family quotes description label tag mrn ward unit shift en ko ru zh ja
    code memo plan example hx
    facility hospital clinic doctor physician employer company department position signature
    stamp period leave duration certificate issued passport visa permit expiry
    visitor customer client support helpdesk title exam findings impression technique
    indication comparison conclusion procedure key value string
    yesterday today tomorrow blockers blocker done next progress goal goals issue issues risk
    risks owner due priority measures measure animal approved text seller buyer price
    facts fact held holding ratio outcome use disposition ruling citation cite
    author committer commit merge field replacement replaced published aliases alias hash
    sign signed complaint found lender borrower publisher patron
    """
)
# Labels of a Hangul transcript that are roles or headings, not speakers.
NOT_HANGUL_SPEAKERS = _words(
    "면담자 증언자 진술인 질문자 질문 답 답변 대답 문 기자 통역 통역사 메모 참고 비고 날짜 "
    "변경일 신청일 사유 "
    "장소 시간 이름 직책 출처 요약 내용 주 설명 번역 원문 나 저 우리 본인 조사자 연구원 "
    "재판장 판사 검사 증인 변호인 피고인 피고 원고 진행자 사회자 앵커 청취자 상담원 상담자 "
    "활동가 발표자 토론자 참석자 위원 위원장 의장 교수"
)
_LABEL_WORD_RE_TEMPLATE = r"(?<![\w-]){}(?![\w-])"


def _hangul_speaker_name(label: str) -> bool:
    """Whether a chat's Hangul label is proposed as a name: not a role or heading (면담자,
    메모, 반장), and, with the Korean analyser on, not one word it knows as a common noun or
    another part of speech (엄마, 성명, 별): those stay on the review list."""
    from testimony.anonymize.detect import korean_analyser_enabled
    from testimony.anonymize.korean import analyser
    from testimony.anonymize.names import HANGUL_POSTS, HANGUL_TITLES, contains_hangul

    if (
        not contains_hangul(label)
        or label in NOT_HANGUL_SPEAKERS
        or label in HANGUL_TITLES
        or label in HANGUL_POSTS
    ):
        return False
    if not korean_analyser_enabled():
        return True
    tokens = analyser().tokenize(label)
    return len(tokens) > 1 or (len(tokens) == 1 and tokens[0].tag == "NNP")


# Words for kin a phone's contacts and KakaoTalk's display names are saved under: a person,
# but no name of theirs.
_KIN_DISPLAY_NAMES = _words(
    "엄마 아빠 어머니 아버지 언니 오빠 형 누나 동생 이모 삼촌 고모 할머니 할아버지 아들 딸 "
    "남편 아내"
)


def _kakao_display_name(label: str) -> bool:
    """A KakaoTalk member's display name, one Hangul word labelling their lines in the export's
    "[짱구] [오후 8:05]" form: a person's though a word (짱구, 까치, 바다), not a role, a title or
    kin (면담자, 반장, 엄마)."""
    from testimony.anonymize.names import HANGUL_POSTS, HANGUL_TITLES

    return (
        re.fullmatch(r"[가-힣]{1,6}", label) is not None
        and label not in NOT_HANGUL_SPEAKERS
        and label not in HANGUL_TITLES
        and label not in HANGUL_POSTS
        and label not in _KIN_DISPLAY_NAMES
    )


def _hangul_speaker_part(label: str) -> tuple[int, int]:
    """Where the name is in a chat's Hangul label, as (offset, length): a place before it says
    where the contact lives ("연길 김사장", as a phone's contacts are saved), and a title after a
    surname is the title (김사장: 김)."""
    from testimony.anonymize.detect.words import _HANGUL_SURNAMES, _ko_place
    from testimony.anonymize.names import HANGUL_TITLES

    words = label.split(" ")
    skip = 0
    while len(words) > 1 and _ko_place(words[0]):
        skip += len(words[0]) + 1
        words = words[1:]
    rest = " ".join(words)
    for title in HANGUL_TITLES:  # longest first
        head = rest.removesuffix(title).rstrip()
        if head != rest and head in _HANGUL_SURNAMES:
            return skip, len(head)
    return skip, len(rest)


def _place_word(lower: str) -> bool:
    from testimony.anonymize.detect import _PLACES
    from testimony.anonymize.foreign_names import PLACES_LATIN
    from testimony.anonymize.redact.vocabulary import PLACE_NAMES

    return lower in _PLACES or lower in PLACES_LATIN or lower in PLACE_NAMES


def _name_length(label: str) -> bool:
    """A label in capitals long enough to be a given name rather than a role's abbreviation:
    four letters or more (DANA, BATBOLD), hyphenated (CHOL-MIN), or one Korean syllable (JAE)."""
    from testimony.anonymize.detect.words import _ONE_SYLLABLE_RE, _syllables

    letters = label.replace("-", "")
    return (
        len(letters) >= 4
        or "-" in label
        or (len(letters) == 3 and _syllables(label, _ONE_SYLLABLE_RE))
    )


# "표기: 한 = 면담자, 길 = 구술자": a transcript's legend setting a surname for a speaker's role.
_LEGEND_SURNAME_RE = re.compile(
    r"(?<![가-힣])([가-힣])[ \t]*=[ \t]*(?:면담자|구술자|증언자|질문자|답변자|통역자|통역사|통역|"
    r"전사자|진행자|인터뷰어|조사자|상담자|상담사|내담자|interviewer|witness|interpreter|narrator)"
)


def _legend_surnames(folded: str) -> list[tuple[int, int, str]]:
    from testimony.anonymize.detect.words import _HANGUL_SURNAMES

    if "=" not in folded:
        return []
    return [
        (match.start(1), match.end(1), match.group(1))
        for match in _LEGEND_SURNAME_RE.finditer(folded)
        # 문 (for 질문) labels the questions of a Q&A transcript, whoever asks them, unless the
        # text glosses a name with it ("면담자: 문가람(문)").
        if match.group(1) in _HANGUL_SURNAMES
        and (match.group(1) != "문" or "문" in surname_glosses(folded).surnames)
    ]


def chat_notices(folded: str) -> Iterable[tuple[int, int, str]]:
    """The members a KakaoTalk export says joined, left, were invited or removed, by their
    display name (a title, 박반장: 박, or a place, 연길 김사장: 김, set apart as for a speaker's
    label). The notice is a line of its own, so a display name that is a word (물고기, 엄마) is a
    person's too; only a role or a heading is not (면담자, 반장)."""
    from testimony.anonymize.detect import REASON_CHAT_NOTICE
    from testimony.anonymize.names import HANGUL_POSTS, HANGUL_TITLES, contains_hangul

    if "님" not in folded:
        return
    # Only in a KakaoTalk export (a "[name] [오후 8:09]" line, or the notice after the export's
    # date and time): in a diary, "그때 선생님이 들어왔습니다." is a sentence.
    chat = bool(_KAKAO_SPEAKER_RE.search(folded))
    noticed: set[str] = set()
    for match in _KAKAO_NOTICE_RE.finditer(folded):
        head = match.group("head")
        # "2019년 3월 12일 오후 8:10, 빈성호": the name after the export's date and time.
        cut = head.rfind(", ") + 2 if ", " in head else 0
        if not chat and not (cut and re.search(r"\d{1,2}:\d{2}", head[:cut])):
            continue
        names = [(match.start("head") + cut, head[cut:])]
        names += [
            (match.start("rest") + invited.start(1), invited.group(1))
            for invited in _KAKAO_INVITED_RE.finditer(match.group("rest"))
        ]
        for start, written in names:
            label = written.strip()
            start += len(written) - len(written.lstrip())
            if not label:
                continue
            if contains_hangul(label):
                if (
                    len(label) > 12
                    or label.count(" ") > 1
                    or label in NOT_HANGUL_SPEAKERS
                    or label in HANGUL_TITLES
                    or label in HANGUL_POSTS
                ):
                    continue
                skip, length = _hangul_speaker_part(label)
                noticed.add(label)
                yield start + skip, start + skip + length, REASON_CHAT_NOTICE
            elif label.isascii() and re.fullmatch(r"[A-Za-z][\w .-]{1,29}", label):
                yield start, start + len(label), REASON_CHAT_NOTICE
    # The same member's display name labelling their lines ("[봄비] [오후 9:10] ..."), though
    # a word (봄비, 감자): the notice made it a member's.
    for match in _KAKAO_SPEAKER_RE.finditer(folded) if noticed else ():
        label = match.group(1).strip()
        if label in noticed:
            skip, length = _hangul_speaker_part(label)
            start = match.start(1) + len(match.group(1)) - len(match.group(1).lstrip())
            yield start + skip, start + skip + length, REASON_CHAT_NOTICE


# A parent who comments or chats under their child's name: "지우맘: 어머", "└ 도윤아빠:",
# "[민이엄마] [오후 8:20]", "영수네:" (Suyeong's mum, Doyun's dad, Min's mum, Yeongsu's
# family). The child's name is the name, with the affectionate 이 after a closed syllable left
# out (민이엄마: 민).
_PARENT_HANDLE_RE = re.compile(
    r"(?:^[ \t]*(?:[└ㄴ↳┗-][ \t]*)?|\[)([가-힣]{1,3}?)(이)?(?:맘|엄마|아빠|네)(?=[ \t]*[:|\]])",
    re.MULTILINE,
)
# Not a child's name: 우리엄마 (my mum), 친정엄마 (a wife's mother), 새엄마 (a stepmother),
# 할머니네 (grandma's family), 옆집네 (the family next door).
_PARENT_HANDLE_NOT_NAMES = frozenset(
    _words(
        """
        우리 울 내 제 니 너 너희 저희 친정 시 새 큰 작은 애기 아기 아이 애 왕 초보 직장 워킹
        할머니 할미 할아버지 이모 고모 삼촌 언니 오빠 누나 형 동생 옆집 앞집 윗집 아랫집 시골
        친구 동네 학교 교회 친척 담임 반장 회장 총무 막내 첫째 둘째 셋째 쌍둥이 학생 학부모
        이건 그건 저건 이게 그게 저게 누가 뭐가
        """
    )
)
# A parent named by the child in a roster's or a rota's cell: "| 도윤 아빠 |", "서준 엄마 /"
# (a name of two syllables: one is more often a word, "새 엄마").
_PARENT_CELL_RE = re.compile(
    r"(?:^|[|\t/,])[ \t]*([가-힣]{2})[ \t]?(?:엄마|아빠|할머니|할아버지|어머니|아버지)"
    r"(?=[ \t]*(?:[|\t/,(]|\r?$))",
    re.MULTILINE,
)


def parent_handles(folded: str) -> Iterable[tuple[int, int, str]]:
    """The child's name in a parent's handle (above), where the handle opens a line or a chat's
    bracket, and in a roster's cell that names a parent by the child ("| 도윤 아빠 |")."""
    from testimony.anonymize.detect import REASON_PARENT_OF, REASON_SPEAKER
    from testimony.anonymize.detect.hangul import is_role_word
    from testimony.anonymize.detect.words import _HANGUL_STOPWORDS

    for match in _PARENT_HANDLE_RE.finditer(folded):
        name = match.group(1)
        if match.group(2) and not (ord(name[-1]) - 0xAC00) % 28:
            name += "이"  # 아이엄마: 아이 is the word, not 아 with the affectionate 이
        if not name or name in _PARENT_HANDLE_NOT_NAMES or not re.fullmatch(r"[가-힣]+", name):
            continue
        yield match.start(1), match.start(1) + len(name), REASON_SPEAKER
    for match in _PARENT_CELL_RE.finditer(folded):
        name = match.group(1)
        if (
            name in _PARENT_HANDLE_NOT_NAMES
            or name in _HANGUL_STOPWORDS
            or is_role_word(name)
            or name.endswith("띠")  # "소띠 엄마": the year one was born in
        ):
            continue
        yield match.start(1), match.end(1), REASON_PARENT_OF


def _form_word(word: str) -> bool:
    """An English word that is no given name nor a Korean surname: a form's label repeated at
    the start of its lines ("Complaint:", "Found:", "Lender:", "Signed:"), not a chat's
    speaker (Grace, Song)."""
    from testimony.anonymize.detect import _romanized_surnames
    from testimony.anonymize.english import ENGLISH_WORDS
    from testimony.anonymize.foreign_names import GIVEN_LATIN

    lower = word.lower()
    return (
        lower in ENGLISH_WORDS and lower not in GIVEN_LATIN and lower not in _romanized_surnames()
    )


def speaker_labels(folded: str) -> Iterable[tuple[int, int, str]]:
    """'minji: morning all' / 'tom: yes' / 'jiwoo: fyi': the speakers of a chat export or a
    transcript, each label repeated at the start of lines, and the same word elsewhere in the
    text in any case ('thx jiwoo!', 'and tom can you check')."""
    from testimony.anonymize.detect import (
        _CAPITALISED_STOPWORDS,
        _TITLES,
        REASON_SPEAKER,
        _ambiguous_surnames,
        _romanized_surnames,
    )
    from testimony.anonymize.english import ENGLISH_WORDS

    def plain(word: str) -> bool:
        lower = word.lower()
        return (
            lower not in _NOT_SPEAKERS
            and not (len(lower) > 3 and lower.endswith("bot"))  # GateKeeperBot: a chat's bot
            and lower not in ROLE_NOUNS
            and lower not in _TITLES
            and lower not in _CAPITALISED_STOPWORDS
        )

    labels: dict[str, list[tuple[int, int]]] = {}
    kakao: set[str] = set()
    for pattern in (_SPEAKER_RE, _KAKAO_SPEAKER_RE, _TELEGRAM_SPEAKER_RE):
        for match in pattern.finditer(folded):
            # "[은하수 ✨]": a display name's emoji or symbols are not the name
            label = re.sub(r"[\W_]+$", "", match.group(1))
            start = match.start(1)
            bracketed = match.groupdict().get("bracketed") or ""
            if bracketed:
                if (
                    not plain(label)
                    and re.fullmatch(r"[A-Z][a-z]{2,}", bracketed)
                    and plain(bracketed)
                    and bracketed.lower() not in ENGLISH_WORDS
                ):
                    # "Support (Aisling):": a desk's label, the person answering in brackets
                    label, start = bracketed, match.start("bracketed")
                elif not label.isupper() or len(label) < 2:
                    # "Caption (EN):", "Decision (SO):": a form's field, not a speaker; only
                    # a transcript's speaker in capitals keeps a note ("SIM (via interpreter):",
                    # not a question's or an answer's letter, "R (Cha):")
                    continue
            if label:
                labels.setdefault(label, []).append((start, start + len(label)))
                if pattern is _KAKAO_SPEAKER_RE:
                    kakao.add(label)
    repeated = {label: spans for label, spans in labels.items() if len(spans) >= 2}
    if len(repeated) < 2:
        return
    names = [
        label
        for label in repeated
        if len(label) >= 2
        and label.isascii()
        and all(plain(word) for word in label.split())
        and not label.isupper()
        and not all(_form_word(word) for word in label.split())
    ]
    # "LEE: Who was it?" / "HAN: O Kum-sil.": a transcript's speakers by surname in capitals;
    # only as labels (Han Chinese, Lee's law are other things elsewhere in the text).
    for label, spans in repeated.items():
        lower = label.lower()
        if (
            label.isupper()
            and len(label) >= 2
            and lower in _romanized_surnames()
            and lower not in _ambiguous_surnames()
            and plain(label)
        ):
            for start, end in spans:
                yield start, end, REASON_SPEAKER
    # "DANA: Welcome back" / "JAE: And I'm Jae": a script's speakers in capitals that are no
    # surname, no role and no word, and the same name capitalised elsewhere ("Thank you, Jae").
    # Four letters at least, or a Korean syllable: IP, ITP, TR and NGO label roles and bodies.
    for label, spans in repeated.items():
        lower = label.lower()
        parts = lower.split("-")
        if (
            not label.isupper()
            or not label.isascii()
            or not _name_length(label)
            or lower in _romanized_surnames()
            or not all(part.isalpha() and plain(part) for part in parts)
            or any(part in ENGLISH_WORDS or part in _SCRIPT_LABELS for part in parts)
            or _place_word(lower)
        ):
            continue  # "RUSSIA: ..." heads a country's section, and Russia is a place
        for start, end in spans:
            yield start, end, REASON_SPEAKER
        written = "-".join(part.capitalize() for part in parts)
        for match in re.finditer(rf"(?<![\w-]){re.escape(written)}(?![\w-])", folded):
            yield match.start(), match.end(), REASON_SPEAKER
    # "별: 안자 왜" / "꽃순이: 전화는 안돼": a chat's speakers in Hangul, as labels only (their
    # other mentions are listed for the reviewer, informal.hangul_speakers). A surname that a
    # legend sets equal to a role ("한 = 면담자, 길 = 구술자") is a speaker too, though a word.
    legend = _legend_surnames(folded)
    for start, end, _label in legend:
        yield start, end, REASON_SPEAKER
    legend_labels = {label for _start, _end, label in legend}
    for label, spans in repeated.items():
        if (
            label in legend_labels
            or _hangul_speaker_name(label)
            or (label in kakao and _kakao_display_name(label))
        ):
            skip, length = _hangul_speaker_part(label)
            for start, _end in spans:
                yield start + skip, start + skip + length, REASON_SPEAKER
    for label in names:
        pattern = re.compile(_LABEL_WORD_RE_TEMPLATE.format(re.escape(label)), re.IGNORECASE)
        for match in pattern.finditer(folded):
            yield match.start(), match.end(), REASON_SPEAKER
        # "Suman Rai: ..." and then "This is Suman": the given name of a label of two words,
        # capitalised, wherever it stands.
        first = label.split()[0]
        if " " in label and len(first) >= 3 and first[:1].isupper():
            pattern = re.compile(_LABEL_WORD_RE_TEMPLATE.format(re.escape(first)))
            for match in pattern.finditer(folded):
                yield match.start(), match.end(), REASON_SPEAKER

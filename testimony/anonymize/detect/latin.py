"""Romanized Korean names in Latin text (see __init__.py).

A surname followed by a given name (Kim Myong-chol, Pak Chol, Myong-chol Rim), a name after a
title (Mr. Rim, Comrade Pak), a name set off by commas after a noun for a person (a driver, Pak,),
two capitalised Korean syllables (Uk Chol) and a name introduced ('a man named ...').
"""

import re
from collections.abc import Iterable

from testimony.anonymize.detect.words import (
    _COLUMN_GAP_RE,
    _INTRODUCTION_RE,
    _KOREAN_ONLY_SYLLABLES,
    _PERSON_NOUN_RE,
    _TITLE_QUALIFIERS,
    _TITLES,
    _TITLES_ABBREVIATED,
    _TITLES_CUT,
    _VERY_COMMON_WORDS,
    REASON_APPOSED,
    REASON_GIVEN_SURNAME,
    REASON_HYPHENATED_GIVEN,
    REASON_INTRODUCED,
    REASON_LATIN_NICKNAME,
    REASON_SURNAME_GIVEN,
    REASON_TITLE,
    REASON_WESTERN_ORDER,
    _ambiguous_surnames,
    _followed_by_org,
    _foreign_places,
    _is_given_part,
    _is_hyphenated_given,
    _is_surname,
    _name_tokens_from,
    _romanized_surnames,
    _Tokens,
    _words,
)
from testimony.anonymize.english import ENGLISH_WORDS

# The O of a ship's rank or of "care of" (C/O Chen Bo, 2/O, S/O): no surname O before a name.
_SHIP_RANK_RE = re.compile(r"(?<![A-Za-z])[\dCSDW]/O\Z")


def _korean_full_names(tokens: _Tokens) -> Iterable[tuple[int, int, str]]:
    items = tokens.items
    i = 0
    while i < len(items) - 1:
        word = items[i][2]
        found = None
        if (
            _is_surname(word)
            and tokens.adjacent(i, i + 1)
            and not _SHIP_RANK_RE.search(tokens.text, max(0, items[i][0] - 2), items[i][1])
        ):
            ambiguous = word.lower() in _ambiguous_surnames()
            nxt = items[i + 1][2]
            if (
                ambiguous
                and _is_surname(nxt)
                and i + 2 < len(items)
                and not _name_in_capitals(tokens, i)
            ):
                i += 1  # "To Kim Chol": the name starts at Kim.
                continue
            if _is_hyphenated_given(nxt):
                found = i + 1
            elif _is_given_part(nxt):
                third = tokens.word(i + 2)
                if third and tokens.adjacent(i + 1, i + 2) and _is_given_part(third):
                    found = i + 2  # "Kim Myong Chol"
                elif not ambiguous or (
                    nxt.lower() in _KOREAN_ONLY_SYLLABLES and word.lower() not in _VERY_COMMON_WORDS
                ):
                    found = i + 1  # Pak Chol; Ho Chol (a syllable no English word is)
            elif _is_given_part(nxt, two=True) and (
                not ambiguous
                or (
                    word.lower() not in _PREPOSITION_SURNAMES
                    and nxt.lower() not in _foreign_places()
                    and (
                        (_joined_two_syllables(nxt) and not word.isupper())
                        or (
                            word.isupper()
                            and _joined_two_syllables(nxt.capitalize())
                            and _whole_cell(tokens, i, i + 1)
                        )
                    )
                )
            ):
                found = i + 1  # "Kim Myongchol"; "Ho Chunsil", "Song Hyemi"
        if found is not None and not _followed_by_org(tokens, found):
            yield items[i][0], items[found][1], REASON_SURNAME_GIVEN
            i = found + 1
            continue
        if (
            _is_hyphenated_given(word)
            and _is_surname(items[i + 1][2])
            and tokens.adjacent(i, i + 1)
            and not _followed_by_org(tokens, i + 1)
        ):
            yield items[i][0], items[i + 1][1], REASON_GIVEN_SURNAME
            i += 2
            continue
        if _western_order(tokens, i):
            yield items[i][0], items[i + 1][1], REASON_WESTERN_ORDER
            i += 2
            continue
        i += 1


_CELL_OPENS_RE = re.compile(r"(?:^|[|\t])[ \t]*$")
_CELL_CLOSES_RE = re.compile(r"[ \t]*(?:[|\t]|\r?\n|$)")


def _whole_cell(tokens: _Tokens, first: int, last: int) -> bool:
    """Whether words `first` to `last` fill a table's cell: "| SONG DAEHYUN |" in capitals is a
    roster's name, where "SONG DAEHAN" in a heading could be words."""
    start, end = tokens.items[first][0], tokens.items[last][1]
    line_start = tokens.text.rfind("\n", 0, start) + 1
    return bool(
        _CELL_OPENS_RE.search(tokens.text[line_start:start])
        and "|" in tokens.text[line_start:start] + tokens.text[end : end + 3]
        and _CELL_CLOSES_RE.match(tokens.text, end)
    )


def _name_in_capitals(tokens: _Tokens, i: int) -> bool:
    """'PARK MYONG SOO', 'O KUM SONG', 'SIN MYONG JA': a surname that is also a word, then two
    one-syllable given parts, all in capitals as crew lists and passports write them; the
    second word is a given part, not the surname ("TO KIM CHOL" still starts at KIM)."""
    first, second, third = (tokens.word(k) for k in (i, i + 1, i + 2))
    return (
        all(word.isupper() for word in (first, second, third))
        and first.lower() not in _PREPOSITION_SURNAMES
        and second.lower() not in _COMMON_SURNAMES
        and _is_given_part(second)
        and _is_given_part(third)
        and tokens.adjacent(i + 1, i + 2)
        and not (
            i + 3 < len(tokens.items)
            and tokens.adjacent(i + 2, i + 3)
            and _is_given_part(tokens.word(i + 3))
        )
    )


# The commonest surnames: after a surname that is a word, one of them starts the name.
_COMMON_SURNAMES = frozenset(
    _words("kim ri lee yi i park pak choi choe jung jong chung kang cho jo yoon yun jang chang lim")
)


def _western_order(tokens: _Tokens, i: int) -> bool:
    """'Yuna Park', 'Jiwon Lee', 'Hyemi Moon': a Korean given name of two syllables written as
    one word, then its surname, as Koreans abroad and the credits of a film write them. The
    given name is no English word, place or one syllable ("Sung Kim" is read the other way),
    and the surname is capitalised and no preposition ("Mina In Busan" is not a name)."""

    word, following = tokens.items[i][2], tokens.items[i + 1][2]
    lower = word.lower()
    return (
        len(word) >= 4
        and lower[: len(lower) // 2] != lower[len(lower) // 2 :]  # Papa, Mama: a word of kin
        and not word.isupper()
        and _is_given_part(word, two=True)
        and not _is_given_part(word)
        and not lower.endswith(_ENGLISH_ENDINGS)
        and lower not in ENGLISH_WORDS
        and lower not in _foreign_places()
        and _is_surname(following)
        # "Jiwon I", "Donggang No. 3": a surname of two letters or one that is a word is read
        # as the word here, and the given name alone is the detector's or the list's
        and not (len(following) <= 2 and following.lower() in _ambiguous_surnames() | {"i"})
        and following.lower() not in _PREPOSITION_SURNAMES
        and tokens.adjacent(i, i + 1)
        and not _followed_by_org(tokens, i + 1)
    )


def _joined_two_syllables(word: str) -> bool:
    """A given name of two syllables written as one word after a surname that is also an
    English word ("Ho Chunsil", "Song Hyemi"): capitalised, five letters or more, and read as
    two Korean syllables, not one ("Moon River", "So Young", "Ha Long" are not), nor shaped as
    an English word ("Do Nothing", "No Parking")."""
    return (
        word[:1].isupper()
        and not word.isupper()
        and len(word) >= 5
        and not word.lower().endswith(_ENGLISH_ENDINGS)
        and not _is_given_part(word)
    )


# Surnames that are English prepositions or acronyms: "In Malta", "UN Panel" open no name.
_PREPOSITION_SURNAMES = frozenset(["in", "on", "at", "to", "un", "by", "of", "up"])
# Endings of English words that also read as two romanized syllables (nothing, parking).
_ENGLISH_ENDINGS = ("ing", "ed", "ly", "ness", "ment", "ful", "ous", "ive", "ton", "ham")


def _heading_word(word: str) -> bool:
    """An English word of a heading in capitals, a verb's -ing form too ("PILOT BOARDING
    NOTES"; no Korean or Chinese name of six letters ends so)."""
    lower = word.lower()
    return lower in ENGLISH_WORDS or (len(lower) >= 6 and lower.endswith("ing"))


_TIME_BEFORE_RE = re.compile(r"\d{4}[ \t]+\Z|\d{1,2}:\d\d[ \t]+\Z")


def _titled_names(tokens: _Tokens) -> Iterable[tuple[int, int, str]]:
    items = tokens.items
    text = tokens.text
    for i, (start, end, word) in enumerate(items[:-1]):
        lower = word.lower()
        if lower not in _TITLES:
            continue
        gap = text[end : items[i + 1][0]]
        allowed_gap = r"\.?[ \t]+" if lower in _TITLES_CUT else r",?[ \t]+"
        if not re.fullmatch(allowed_gap, gap) or _COLUMN_GAP_RE.match(gap.lstrip(".,")):
            continue  # "KIM/CHOLUNG MR    E-TICKET": the next column of a booking
        if items[i + 1][2] in ("No", "Nr") and re.match(r"\.?[ \t]*\d", text[items[i + 1][1] :]):
            continue  # "MRS No. 0418": a form's number after its initials, not Mrs No
        if word == "LT" and _TIME_BEFORE_RE.search(text, max(0, start - 8), start):
            continue  # "0710 LT  Death confirmed": a log's local time, not a lieutenant
        appositive = gap.startswith(",")  # "the camp doctor, Sim, gave ..."
        if appositive and lower == "cook":
            continue  # "Our cook, Old Ryom,": a job before a nickname, the apposition's to read
        j = i + 1
        while (
            j < len(items)
            and items[j][2].lower() in _TITLES | _TITLE_QUALIFIERS
            and tokens.adjacent(j - 1, j)
        ):
            j += 1  # "Comrade Manager Pak", "Director General Pak"
        if j >= len(items) or (
            j > i + 1 and not re.fullmatch(r":?[ \t]+", text[items[j - 1][1] : items[j][0]])
        ):
            continue  # "CHIEF OFFICER | DPRK": the next cell of a table ("Chief engineer: Ma")
        last = _name_tokens_from(tokens, j)
        if (
            last is None
            and lower in _TITLES_ABBREVIATED
            and _is_surname(items[j][2])
            and not _followed_by_org(tokens, j)
        ):
            last = j  # "Ms Park": a surname that is also a place word, after Ms or Mr
        if last is not None and appositive and not re.match(r"[,.;:)]", text[items[last][1] :]):
            continue
        if (
            last is not None
            and word.isupper()
            and all(_heading_word(items[k][2]) for k in range(j, last + 1))
        ):
            continue  # "INTERPRETER WELLBEING PROGRAMME": a heading in capitals, no name
        if (
            last == j
            and last + 1 < len(items)
            and items[last + 1][2].lower() in _POSTS_AFTER_QUALIFIER
            and text[items[last][1] : items[last + 1][0]] == " "
        ):
            continue  # "Chief Executive Officer", "Chief Compliance Officer": one post's words
        if last is not None:
            yield items[j][0], items[last][1], REASON_TITLE


# The last word of a post whose first is a title ("Chief Financial Officer").
_POSTS_AFTER_QUALIFIER = frozenset(("officer", "director", "engineer", "secretary", "inspector"))


_APPOSITION_RE = re.compile(
    r"\b(?:man|woman|worker|driver|cook|nurse|doctor|engineer|foreman|supervisor|manager|"
    r"minder|guard|interpreter|translator|electrician|mason|carpenter|welder|plumber|porter|"
    r"labourer|laborer|trader|merchant|owner|sponsor|contractor|clerk|broker|farmer|sailor|"
    r"fisherman|boss|colleague|friend|neighbour|neighbor|officer|official|assistant|secretary|"
    r"accountant|teacher|cousin|uncle|aunt|brother|sister|wife|husband|son|daughter|leader|"
    r"chief|captain|recruiter|landlord|landlady|agent|roommate|co-?worker|mechanic|caretaker|"
    r"handler|overseer|inspector)"
    r",[ \t]+"
)


_APPOSED_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,3}(?=[ \t]*[,;)])")


def _apposed_names(tokens: _Tokens) -> Iterable[tuple[int, int, str]]:
    """An Indian electrician, Ramesh Kumar, let me ...; another man, Gang, drove: a name set off
    by commas right after a noun for a person."""
    from testimony.anonymize.context_names import ROLE_NOUNS

    text = tokens.text
    starts = {start: index for index, (start, _end, _word) in enumerate(tokens.items)}
    role_ends = [
        end + 2
        for _start, end, word in tokens.items
        if word in ROLE_NOUNS and text[end : end + 2] == ", "
    ]
    ends = sorted({match.end() for match in _APPOSITION_RE.finditer(text)} | set(role_ends))
    for match_end in ends:
        initials = _APPOSED_INITIALS_RE.match(text, match_end)
        if initials:
            yield initials.start(), initials.end(), REASON_APPOSED  # "a site foreman, A.B.,"
            continue
        index = starts.get(match_end)
        if index is None:
            continue
        if tokens.word(index).lower() in ("old", "little", "big", "young"):
            index += 1  # our cook, Old Pak,: the adjective stays
        last = _name_tokens_from(tokens, index)
        if last is None and _is_surname(tokens.items[index][2]):
            last = index  # "a site leader, Hong,": a surname that is also a place's word
        if last is None:
            continue
        end = tokens.items[last][1]
        if re.match(r"[ \t]*[,;)]", text[end : end + 3]) and not tokens.items[index][2].isupper():
            yield tokens.items[index][0], end, REASON_APPOSED


# "Old Sun", "Big Jo", "Little Ho", "old Zhang" (老张): a Korean or Chinese surname after the
# adjective the workers' nicknames put before it, with no other capitalised word right after
# it (a young Kim Jong Un; a table's next cell may follow); not after an article ("the old
# Song"), nor Big Bang.
_NICKNAMED_SURNAME_RE = re.compile(
    r"(?<![\w'’-])(?<![Tt]he )(?<![Aa]n )(?<![Aa] )"
    r"(?:Old|old|Big|big|Little|little|Small|small|Young|young)[ \t]+([A-Z][a-z]{1,6})"
    r"(?![\w'’-])(?! [A-Z])"
)


def _nicknamed_surnames(text: str) -> Iterable[tuple[int, int, str]]:
    """The surname of a nickname made with Old, Big, Little, Small or Young (above); the
    adjective stays."""
    from testimony.anonymize.foreign_names import PINYIN_SURNAMES

    for match in _NICKNAMED_SURNAME_RE.finditer(text):
        lower = match.group(1).lower()
        if (lower in _romanized_surnames() or lower in PINYIN_SURNAMES) and lower != "bang":
            yield match.start(1), match.end(1), REASON_LATIN_NICKNAME


def _korean_syllable_pairs(tokens: _Tokens) -> Iterable[tuple[int, int, str]]:
    """Uk Chol, Ok Hyok: two capitalised one-syllable Korean words, one of which no English
    word is, mid-sentence."""
    items = tokens.items
    for k, (_start, _end, word) in enumerate(items):
        if len(word) <= 6 and word.lower() in _KOREAN_ONLY_SYLLABLES and word[:1].isupper():
            for i in (k - 1, k):
                if not 1 <= i < len(items) - 1:
                    continue
                first, second = items[i][2], items[i + 1][2]
                if (
                    first.lower() not in _VERY_COMMON_WORDS
                    and _is_given_part(first)
                    and _is_given_part(second)
                    and tokens.adjacent(i, i + 1)
                    and not items[i - 1][2][:1].isupper()
                    and not tokens.word(i + 2)[:1].isupper()
                    and not _followed_by_org(tokens, i + 1)
                ):
                    yield items[i][0], items[i + 1][1], REASON_SURNAME_GIVEN


# Rhyming words that look like two romanized syllables.
_HYPHENATED_WORDS = frozenset(["ping-pong", "ding-dong", "sing-song", "yin-yang", "ying-yang"])


def _hyphenated_given_alone(tokens: _Tokens) -> Iterable[tuple[int, int, str]]:
    """Kyung-ho, Seo-yeon: a romanized Korean given name of two syllables joined by a hyphen,
    standing alone: the second syllable in lower case (not "KO-EN", "Jan-Jun"), the first of
    two letters at least ("O-ring"); not a doubled or rhyming word (So-so, Ping-pong), not
    after a Korean surname (a full name, which other rules read whole: "Pi Yong-sop" in a
    list) nor before an organisation's word."""
    items = tokens.items
    for index, (start, end, word) in enumerate(items):
        first, _, second = word.partition("-")
        if (
            len(first) >= 2
            and second.islower()
            and first.lower() != second
            and word.lower() not in _HYPHENATED_WORDS
            and _is_hyphenated_given(word)
            and not (
                index and _is_surname(items[index - 1][2]) and tokens.adjacent(index - 1, index)
            )
            and not _followed_by_org(tokens, index)
        ):
            yield start, end, REASON_HYPHENATED_GIVEN


# A Korean word of address joined to a name someone is called by ("Do-dongmu"): the name is
# proposed without it.
_KOREAN_ADDRESS_SUFFIX_RE = re.compile(
    r"-(?:dongmu|dongji|ssi|nim|eonni|unni|oppa|hyong|hyung|noona|nuna|ajumma|ajeossi)\b",
    re.IGNORECASE,
)


def _introduced_names(tokens: _Tokens) -> Iterable[tuple[int, int, str]]:
    text = tokens.text
    starts = {start: index for index, (start, _end, _word) in enumerate(tokens.items)}
    for match in _INTRODUCTION_RE.finditer(text):
        preceding = text[max(0, match.start() - 60) : match.start()]
        if match.group("after_person") and not _PERSON_NOUN_RE.search(preceding):
            continue
        index = starts.get(match.end())
        if index is None:
            continue
        last = _name_tokens_from(tokens, index)
        word = tokens.word(index)
        if (
            last is None
            and _is_surname(word)
            and not word.isupper()
            and word.lower() not in ("i", "a")
            and not tokens.word(index + 1)[:1].isupper()
        ):
            last = index  # "a cook named So", "a guard called No": a surname, grammar word or not
        if last is not None:
            end = tokens.items[last][1]
            suffix = _KOREAN_ADDRESS_SUFFIX_RE.search(text, tokens.items[index][0], end)
            yield tokens.items[index][0], suffix.start() if suffix else end, REASON_INTRODUCED

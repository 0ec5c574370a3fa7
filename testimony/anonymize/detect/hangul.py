"""Hangul names (see __init__.py).

The rules: a Hangul name before an honorific, a particle or the copula, after a title, a cue, a
word of kinship, in a list or ending a sentence; a bare name after a word for a role (면담자
정수아); a Hangul surname after an English title (Mr. 한). The Korean analyser (korean.py, Kiwi),
which adds names the rules missed and overrules weak findings, and the switch that turns it off.
Hangul or Cyrillic names in brackets beside a detected name.
"""

import re
from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache

from testimony.anonymize.detect.words import (
    _HANGUL_DOUBLE_SURNAMES,
    _HANGUL_RE,
    _HANGUL_STOPWORDS,
    _HANGUL_SURNAMES,
    _HANGUL_WORD_RE,
    _KO_COPULA,
    _KO_DETERMINERS,
    _KO_ELDER_KIN,
    _KO_HONORIFICS,
    _KO_HONORIFICS_SET,
    _KO_INTRODUCED_RE,
    _KO_KIN_BEFORE,
    _KO_NAME_IS_RE,
    _KO_NICKNAME_ADJECTIVES,
    _KO_NICKNAME_SURNAMES,
    _KO_NOT_ONE_SYLLABLE_NAMES,
    _KO_NOT_SURNAME_ALONE,
    _KO_PARTICLES,
    _KO_PERSON_NOUNS,
    _KO_PLACES,
    _KO_POSTPOSITIONS,
    _KO_SURNAME_ALONE_EXCEPTIONS,
    _KO_SURNAME_ALONE_HONORIFICS,
    _KO_TITLES_BEFORE,
    _LATIN_RE,
    _NAME_LIKE_PREFIXES,
    _NON_GIVEN_SYLLABLES,
    _PLACES,
    _TITLES,
    HANGUL_PLACE_ENDINGS,
    KO_DISTRICTS,
    KO_PROFESSIONAL_TITLES,
    REASON_BEFORE_ROMANIZED,
    REASON_BRACKETED,
    REASON_BRACKETED_CYRILLIC,
    REASON_BRACKETED_SCRIPT,
    REASON_CALLED,
    REASON_EQUATED_HANGUL,
    REASON_GIVEN_AND_FULL,
    REASON_HANGUL_AFFECTIONATE,
    REASON_HANGUL_AFTER_KIN,
    REASON_HANGUL_AFTER_ROLE,
    REASON_HANGUL_AFTER_TITLE,
    REASON_HANGUL_ANNOTATED,
    REASON_HANGUL_APPOSED,
    REASON_HANGUL_CELL,
    REASON_HANGUL_CUE,
    REASON_HANGUL_GIVEN_AFTER_KIN,
    REASON_HANGUL_HONORIFIC,
    REASON_HANGUL_HYUNG,
    REASON_HANGUL_IN_ENGLISH,
    REASON_HANGUL_LIST,
    REASON_HANGUL_NICKNAME,
    REASON_HANGUL_PARTICLE,
    REASON_HANGUL_STANDING,
    REASON_HANGUL_SURNAME,
    REASON_KIWI_NAME,
    REASON_LABELLED_SURNAME,
    REASON_SPEAKER,
    REASON_STAFF,
    REASON_SURNAME_GLOSS,
    REASON_TITLE,
    _foreign_places,
    _ko_place,
    _Tokens,
    _words,
)
from testimony.anonymize.foreign_names import (
    CHINESE_HANGUL_SURNAMES,
    CYRILLIC_NOT_NAMES,
    CYRILLIC_PLACE_ENDINGS,
)
from testimony.anonymize.names import HANGUL_TITLES, SURNAME_GLOSS_RE
from testimony.anonymize.names.hangul import is_hangul_syllable
from testimony.anonymize.names.surnames import hangul_surnames_of_romanized, split_hangul_name


def _is_verb_form(name: str, rest: str) -> bool:
    """하품하는, 도착하여: a noun turned verb with 하다, not a name with a particle."""
    return name.endswith(("하", "되", "히")) and rest in ("는", "도", "이", "의")


# The native Korean tens (20 to 90): 서른둘, 마흔다섯 are ages, not names.
_KO_NATIVE_TENS = ("스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔")


def reads_as_a_name(name: str) -> bool:
    """A Hangul full name that no word of the lists could be (a surname, two name-like given
    syllables): 김철민 does, 정해진 ("decided": 정해 is a word) does not."""
    return _is_hangul_name(name, strict=True)


def reads_as_a_verb(word: str) -> bool:
    """Whether the Korean analyser reads `word` alone as a verb's or an adjective's form from
    its first syllable (정해진 = 정하 + 어 + 지 + ㄴ; not 고철남 = 고철 + 나 + ㅁ, a noun
    first)."""
    from testimony.anonymize.korean import analyser

    tokens = analyser().tokenize(word)
    return bool(tokens) and tokens[0].tag in _VERB_IN_A_NAME


def _is_hangul_name(name: str, strict: bool) -> bool:
    """A plausible Hangul personal name; `strict` also demands name-like given syllables."""
    if (
        name in _HANGUL_STOPWORDS
        or name.removesuffix("님") in _KO_HONORIFICS_SET
        or name in KO_PROFESSIONAL_TITLES
        or name in _KO_PLACES
    ):
        # 여사님, 연구원님, 함경도: a title or a place, not a name before 님 or a particle
        return False
    if name.startswith(_KO_NATIVE_TENS):
        return False  # 서른둘이었다: a number (thirty-two), not 서 + 른둘
    if len(name) == 3 and name[:2] in _HANGUL_STOPWORDS and name[:2] not in _NAME_LIKE_PREFIXES:
        return False  # 도망치(는), 전화기(를): a common word with a syllable attached
    if len(name) == 4:
        surname_ok = name[:2] in _HANGUL_DOUBLE_SURNAMES
        given = name[2:]
    elif 2 <= len(name) <= 3:
        surname_ok = name[0] in _HANGUL_SURNAMES
        given = name[1:]
    else:
        return False
    if not surname_ok:
        return False
    if strict and len(given) != 2:
        return False
    if given in _DA_GIVEN_NAMES or given in _BAPTISMAL_GIVEN_NAMES:
        return True
    return not any(s in _NON_GIVEN_SYLLABLES for s in given)


# Given names from the Bible that Korean Christians (pastors, church members) are called by,
# with a surname before them: 오요한, 이바울, 김요셉; their syllables (요, 울, 셉) end verbs or are
# no given name's elsewhere.
_BAPTISMAL_GIVEN_NAMES = frozenset(_words("요한 바울 요셉 한나 다윗 야곱 요나 빌립 베드로"))


# Given names opening with 다, a verb's ending elsewhere (했다), and among the commonest names of
# the generation that staffs the NGOs (정다은, 이다인, 김다혜); not 다운 (정다운 is "friendly").
_DA_GIVEN_NAMES = frozenset(
    _words("다은 다인 다혜 다솜 다현 다윤 다연 다희 다영 다빈 다온 다예 다원 다미 다경")
)


@cache
def _ko_long_places() -> tuple[str, ...]:
    return tuple(place for place in _KO_PLACES if len(place) >= 3)


def _split_name(word: str, suffixes: tuple[str, ...], strict: bool) -> int | None:
    """Where the name ends in `word`: before one of `suffixes` (three syllables first), else
    the whole word when it is itself a name (리향은 is 리향 with 은, not a name 리향은)."""
    if word.startswith(_ko_long_places()):
        return None  # 함경북도: a place, whatever particle the rules read in it
    for length in (3, 2, 4):
        rest = word[length:]
        if (
            length < len(word)
            and rest in suffixes
            and _is_hangul_name(word[:length], strict)
            and not _is_verb_form(word[:length], rest)
        ):
            return _without_affectionate_i(word, length)
    if 2 <= len(word) <= 4 and _is_hangul_name(word, strict):
        return len(word)
    return None


def _name_with_affectionate_i(word: str) -> tuple[int, str] | None:
    """조금철이가: three syllables, the affectionate 이 and a particle. Only a person's name takes
    이 before 가 or 는 (책이가 is not Korean), so even a name that begins like a common word
    (조금 'a little') is a name here."""
    if (
        len(word) >= 5
        and word[3] == "이"
        and word[4:] in _KO_PARTICLES
        and (ord(word[2]) - 0xAC00) % 28
        and word[0] in _HANGUL_SURNAMES
        and not any(syllable in _NON_GIVEN_SYLLABLES for syllable in word[1:3])
        and word[:3] not in _HANGUL_STOPWORDS
    ):
        return 3, REASON_HANGUL_PARTICLE
    return None


# Particles after the affectionate 이 that no noun takes after 이 (책이가, 책이도 are no Korean;
# 책이나, 책이랑, 책이네 are, with the particle's or the copula's own 이).
_AFTER_AFFECTIONATE_I = frozenset(
    _words("가 는 도 를 의 와 와는 만 까지 한테 한테서 한테는 에게 에게서 하고 처럼 보다 조차 마저")
)


def _given_name_with_affectionate_i(word: str) -> tuple[int, str] | None:
    """정학이가, 춘심이도: a given name of two syllables, the second closed, with the affectionate
    이 and a particle no noun takes after 이. Not a noun that ends in 이 itself (고양이가,
    어린이도) nor a verb's form (반짝이는), which the analyser knows, nor a word of the stop
    list."""
    if (
        len(word) >= 4
        and word[2] == "이"
        and word[3:] in _AFTER_AFFECTIONATE_I
        and (ord(word[1]) - 0xAC00) % 28
        and not any(syllable in _NON_GIVEN_SYLLABLES for syllable in word[:2])
        and word[:2] not in _HANGUL_STOPWORDS
        and word[:3] not in _HANGUL_STOPWORDS
        and not _ko_place(word[:2])
        and korean_analyser_enabled()
    ):
        from testimony.anonymize import korean

        if not korean.is_common_noun(word[:3]) and not korean.opens_with_a_verb(word):
            return 2, REASON_HANGUL_AFFECTIONATE
    return None


def _without_affectionate_i(word: str, length: int) -> int:
    """명철이가 is 명철 with the affectionate 이 that follows a closed syllable, then 가."""
    if length == 3 and word[2] == "이" and (ord(word[1]) - 0xAC00) % 28:
        return 2
    return length


def _with_honorific(rest: str) -> bool:
    """`rest` is an honorific or title, alone or with a particle: 동무, 씨는, 반장이었다."""
    return rest in _honorific_endings()


@cache
def _surname_title_endings() -> frozenset[str]:
    """The titles a surname alone stands before (권 팀장님이, 정 실장, 김 박사가), with 님 and a
    particle or not: more than follow a full name, where 원장, 상담사 and 변호사 end ordinary
    words too (국무위원장, 심리 상담사, 공익 변호사)."""
    return _title_forms(_KO_SURNAME_ALONE_HONORIFICS)


def _with_profession(word: str) -> bool:
    """`word` is a job or rank written after a full name (KO_PROFESSIONAL_TITLES), alone, with
    님 or with a particle: 박사는, 경위에게, 변호사님이."""
    return word in _profession_endings()


@cache
def _profession_endings() -> frozenset[str]:
    return _title_forms(KO_PROFESSIONAL_TITLES)


def _title_forms(titles: Iterable[str]) -> frozenset[str]:
    """Each title alone, with 님, and with a particle, the copula, 께(서) or (으)로 after either:
    박사는, 팀장님께서, 경위에게."""
    tails = ("", *_KO_PARTICLES, *_KO_COPULA, "께", "께서", "께서는", "으로", "로")
    return frozenset(
        title + honorific + tail for title in titles for honorific in ("", "님") for tail in tails
    )


@cache
def _honorific_endings() -> frozenset[str]:
    # 반장으로, 관리원으로는: "as" after a title (only here: after a name, 로 ends many words).
    tails = (
        "",
        *_KO_PARTICLES,
        *_KO_COPULA,
        "께서",
        "께서는",
        "께",
        "으로",
        "으로는",
        "로",
        "로는",
    )
    # 과장님, 반장님께서: the honorific 님 after a title.
    titles = (*_KO_HONORIFICS, *(h + "님" for h in _KO_HONORIFICS if not h.endswith("님")))
    return frozenset(honorific + tail for honorific in titles for tail in tails)


_LATIN_WORD_AFTER_RE = re.compile(r"[ \t]*([A-Z][a-z]+)")


def _place_follows(gap_after: str) -> bool:
    """'선적항 Wonsan', '출발지 Dandong': a Hangul label before a place, not a name."""
    match = _LATIN_WORD_AFTER_RE.match(gap_after)
    return bool(match) and (
        match.group(1).lower() in _PLACES or match.group(1).lower() in _foreign_places()
    )


def _hangul_names(text: str) -> Iterable[tuple[int, int, str]]:
    words = list(_HANGUL_WORD_RE.finditer(text))
    for index, match in enumerate(words):
        word = match.group()
        # Every rule but 'X라는 사람' and the affectionate 이 needs a surname syllable first:
        # most words stop here.
        if word[0] not in _HANGUL_SURNAMES and (found := _given_name_with_affectionate_i(word)):
            start = match.start()
            yield start, start + found[0], found[1]
            continue
        if (
            word[0] not in _HANGUL_SURNAMES
            and not (len(word) == 1 and word in CHINESE_HANGUL_SURNAMES)
            and not word.endswith(("라는", "라고"))
            and not (index and words[index - 1].group() in _KO_KIN_BEFORE)
        ):
            continue
        start, end = match.span()
        following = words[index + 1] if index + 1 < len(words) else None
        previous = words[index - 1] if index > 0 else None
        gap_after = text[end : following.start() if following else len(text)]
        gap_before = text[previous.end() if previous else 0 : start]
        context = _HangulContext(
            next_word=following.group() if following and gap_after in (" ", "\t") else "",
            previous_word=previous.group() if previous and gap_before in (" ", "\t") else "",
            before=text[max(0, start - 12) : start],
            # the text's end read as a line's end, not the end of this slice of it
            after=text[end : end + 4] if end + 4 < len(text) else text[end:] + "\n",
            # Only a bare three-syllable word needs it; the searches cost time on long texts.
            in_latin_prose=end - start == 3
            and (
                bool(_LATIN_RE.search(gap_before[-40:]) and _LATIN_RE.search(gap_after[:40]))
                or bool(_BY_BEFORE_RE.search(gap_before[-12:]))
            )
            and not _place_follows(gap_after),
        )
        found = (
            _hangul_name_in_word(word, context)
            or _name_with_affectionate_i(word)
            or _given_name_with_affectionate_i(word)
        )
        if not found and len(word) <= 5:
            found = _listed_hangul_name(text, words, index)
        if not found and len(word) == 3 and _is_hangul_name(word, strict=True):
            found = _standing_hangul_name(text, start, end, gap_before, context)
            if found and previous and previous.group() in _KO_KIN_BEFORE | {"막내"}:
                # 막내 은혁이.: a given name with the affectionate 이 after a word of kinship
                found = _without_affectionate_i(word, 3), found[1]
        if found:
            length, reason = found
            if reason == REASON_HANGUL_CUE and start - (previous.end() if previous else 0) == 1:
                # 우 띤 아웅이라는 운전수: a Burmese or other foreign name written in
                # one-syllable words before the cue belongs to the name (two at least).
                first = index
                while (
                    first > 0
                    and first - index > -3
                    and len(words[first - 1].group()) == 1
                    and words[first - 1].group() not in _KO_DETERMINERS
                    and text[words[first - 1].end() : words[first].start()] == " "
                ):
                    first -= 1
                start = words[first].start() if first <= index - 2 else start
                length = match.start() + length - start
            yield start, start + length, reason


# A table's cell: between two of |, / or a tab, or a line's start or end; the name may carry
# the applicant's relation in brackets ("| 박재훈(자) |": the deceased's son).
_CELL_BEFORE_RE = re.compile(r"(?:^|[|/\t])[ \t]*$", re.MULTILINE)
_CELL_AFTER_RE = re.compile(
    r"[ \t]*(?:\((?:자|녀|처|부|모|남편|아내|딸|아들|손자|손녀|형|동생|본인|배우자|며느리|사위"
    r"|조카)\)[ \t]*)?(?:[|/\t]|\r?\n|$)"
)


def _in_header_row(text: str, at: int) -> bool:
    """Whether `at` lies in a table's header: the first line of cells joined by "|" (no such
    line before it, one after it), with no digit in it ("주문일 | 상품 | 받는 분 | 배송지": the
    columns' names; a first row "13 | 오광일 | 1985" is data)."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    previous = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)]
    next_end = text.find("\n", line_end + 1)
    following = text[line_end + 1 : next_end if next_end >= 0 else len(text)]
    return (
        "|" in text[line_start:line_end]
        and not any(char.isdigit() for char in text[line_start:line_end])
        and (line_start == 0 or "|" not in previous)
        and "|" in following
    )


# What a roster writes before a name: a crew's or a site's job, a relative (처 wife, 부 father).
_ROSTER_ROLES = frozenset(
    _words("갑판원 갑판장 조리원 기관원 기관사 선원 어로장 용접공 목수 미장공 철근공 잡부 통역")
)


def _standing_hangul_name(
    text: str, start: int, end: int, gap_before: str, context: "_HangulContext"
) -> tuple[int, str] | None:
    """A bare three-syllable name where the layout makes it one: 그 사람이 바로 리철수. /
    대표: 김영수 (ending a sentence, after a colon), "13 | 오광일 | 1985" (a table's cell), "8.
    갑판원 계철호 - 조선" (after a role, before a dash or a line's end). The analyser's reading
    as a common noun is overruled. Not a city's or a county's name (천안시, 명간군: a table's
    column of home towns), a branch, a port or a station, nor a district after its city (인천
    남동구)."""
    if text[end - 1] in HANGUL_PLACE_ENDINGS or text[end - 1] in "점항역":
        return None  # 노원점, 안흥항, 서울역: a shop's branch, a port, a station
    if _ko_place(text[start:end]) or (text[start] == "주" and _ko_place(text[start + 1 : end])):
        return None  # 장소: 노원구 복지관; 작성: 주몽골 대한민국 대사관 (in Mongolia)
    if text[end - 1] in "구동" and context.previous_word in _KO_PLACES:
        return None  # 인천 남동구, 서울 신월동: a city's district or neighbourhood
    if (
        _SENTENCE_END_RE.match(text, end) and (not gap_before or gap_before[-1] in " \t")
    ) or _AFTER_COLON_RE.search(gap_before[-4:]):
        return 3, REASON_HANGUL_STANDING
    if (
        _CELL_BEFORE_RE.search(text, max(0, start - 4), start)
        and _CELL_AFTER_RE.match(text, end)
        and not _in_header_row(text, start)
    ):
        return 3, REASON_HANGUL_CELL
    previous = context.previous_word
    if (
        previous
        and (previous in _ROSTER_ROLES or _is_person_noun(previous))
        and _AFTER_NUMBERED_NAME_RE.match(text, end)
    ):
        return 3, REASON_HANGUL_CELL
    if (
        (not gap_before or gap_before[-1] == "\n")
        and _DASHED_LINE_AFTER_RE.match(text, end)
        and _dashed_name_lines(text) >= 3
    ):
        return 3, REASON_HANGUL_CELL  # 강하늘 - "항공정비과 합격!": a yearbook's or a roll's lines
    return None


# A line opening with a full name and a dash (or an en or em dash) before what is said of the
# person: "강하늘 - 항공정비과 합격!"; three such lines at least make a list of persons.
_DASHED_LINE_AFTER_RE = re.compile(r"[ \t]+[-–—][ \t]")
_DASHED_NAME_LINE_RE = re.compile(r"^[ \t]*[가-힣]{3}[ \t]+[-–—][ \t]", re.MULTILINE)


# Counted once per text, not per candidate; only the last text is kept (a narrative may be
# megabytes long, and a server process keeps its caches).
@lru_cache(maxsize=1)
def _dashed_name_lines(text: str) -> int:
    return len(_DASHED_NAME_LINE_RE.findall(text))


# What a document's maker is written after (작성: 부기원 심은주, 번역자 한소율).
_KO_DOCUMENT_ROLES = frozenset(
    {
        "작성",
        "작성자",
        "정리",
        "정리자",
        "번역",
        "번역자",
        "검수",
        "검수자",
        "전사",
        "부기원",
        "기록자",
    }
)
# "checked by 최다솜", "translated by 한소율": a Hangul name after an English "by"; "case officer
# 남보람", "Interpreter: 김하늘": after the English word for the part a person played.
_BY_BEFORE_RE = re.compile(
    r"\b(?:[Bb]y|[Oo]fficer|[Ii]nterpreter|[Tt]ranslator|[Ii]nterviewer|[Rr]esearcher|"
    r"[Cc]aseworker|[Cc]ounsell?or|[Cc]oordinator|[Cc]haplain|[Pp]aralegal|[Nn]ote-taker|"
    r"[Tt]ranscriber|[Rr]eviewer)[ \t]*:?[ \t]*$"
)
_SENTENCE_END_RE = re.compile(r"[.!?…]|[\"”’'」』)\]]?[ \t]*(?:\r?\n|$)")
_AFTER_COLON_RE = re.compile(r":[ \t]*$")
# A list's separator, perhaps before the next item's number: a seating plan's "01 강태윤 / 02
# 고민석".
_LIST_SEPARATOR_RE = re.compile(
    r"[ \t]*[,、/·・][ \t]*(?:\d{1,3}[.)]?[ \t]+)?(?:그리고[ \t]+)?|[ \t]+그리고[ \t]+"
)
_NUMBERED_LINE_RE = re.compile(r"(?:^|\n)[ \t]*\d{1,3}[.)][ \t]*$")
_AFTER_NUMBERED_NAME_RE = re.compile(r"[ \t]*(?:[-–—:(]|\r?\n|$)")


def _list_item_name(word: str, strict: bool) -> bool:
    """A bare Hangul name as an item of a list, possibly with a particle (한경일도)."""
    if _is_hangul_name(word, strict) and (not strict or len(word) == 3):
        return True
    length = _split_name(word, _KO_PARTICLES, strict=strict)
    return bool(length) and length < len(word) and (not strict or length == 3)


def _listed_hangul_name(
    text: str, words: list[re.Match[str]], index: int
) -> tuple[int, str] | None:
    """김룡철, 리경남, 강명철 그리고 권일: a bare name in a list whose neighbour is a
    three-syllable name; "1. 차명수 - 추락사": a name opening a numbered line; "어금순, 편옥희,
    남은정과 함께": a three-syllable name closing a list with a particle."""
    match = words[index]
    word = match.group()
    if len(word) > 3:
        return _closing_list_name(text, words, index)
    # 이동현, 구성일: a name whose first two syllables are a word (이동, 구성) is one only beside
    # a name that is one beyond doubt ("윤미경, 이동현, 무명 2").
    word_led = not _is_hangul_name(word, strict=len(word) == 3) and _word_led_name(word)
    if not word_led and not _is_hangul_name(word, strict=len(word) == 3):
        return None
    if (
        not word_led
        and _NUMBERED_LINE_RE.search(text, max(0, match.start() - 8), match.start())
        and _AFTER_NUMBERED_NAME_RE.match(text, match.end())
    ):
        return len(word), REASON_HANGUL_LIST
    neighbours = []
    before = index - 1
    if before > 0 and words[before].group() == "그리고":
        before -= 1
    if before >= 0 and _LIST_SEPARATOR_RE.fullmatch(text, words[before].end(), match.start()):
        neighbours.append(words[before].group())
    after = index + 1
    if after + 1 < len(words) and words[after].group() == "그리고":
        after += 1
    if after < len(words) and _LIST_SEPARATOR_RE.fullmatch(text, match.end(), words[after].start()):
        neighbours.append(words[after].group())
    if word_led:
        # Two names beyond doubt next to it on one side: "나은혜, 윤미경, 이동현"
        if _names_listed_beside(text, words, index, -1) >= 2 or (
            _names_listed_beside(text, words, index, 1) >= 2
        ):
            return len(word), REASON_HANGUL_LIST
        return None
    if any(_list_item_name(neighbour, strict=len(word) != 3) for neighbour in neighbours):
        stem = _affectionate_stem(word)
        if stem and any(_affectionate_stem(neighbour) for neighbour in neighbours):
            # 서윤이, 하율이: given names with the affectionate 이, not 서 + 윤이
            return len(stem), REASON_HANGUL_LIST
        return len(word), REASON_HANGUL_LIST
    return None


def _word_led_name(word: str) -> bool:
    """Three syllables that would read as a strict name but for a word in the first two, and
    no word with a particle or a title's syllable after it (여기서, 오빠도, 구역장)."""
    return (
        len(word) == 3
        and word not in _HANGUL_STOPWORDS
        and word[:2] in _HANGUL_STOPWORDS
        and word[0] in _HANGUL_SURNAMES
        and word[2] not in _WORD_ENDING_SYLLABLES
        and word not in KO_PROFESSIONAL_TITLES
        and not any(syllable in _NON_GIVEN_SYLLABLES for syllable in word[1:])
        and not _ko_place(word)
    )


# Particles and a title's last syllable: what ends a word of two syllables made longer.
_WORD_ENDING_SYLLABLES = frozenset("서도는은가이을를의와과만요다고장값상")


def _names_listed_beside(text: str, words: list[re.Match[str]], index: int, step: int) -> int:
    """How many strict names of three syllables follow one another from `index` towards
    `step`, each set off from the last by a list's separator."""
    count = 0
    current = index
    while 0 <= current + step < len(words):
        following = current + step
        left, right = sorted((current, following))
        if not _LIST_SEPARATOR_RE.fullmatch(text, words[left].end(), words[right].start()):
            break
        name = words[following].group()
        if len(name) != 3 or not _is_hangul_name(name, strict=True):
            break
        count += 1
        current = following
    return count


def _affectionate_stem(item: str) -> str:
    """The given name of a list's item that carries the affectionate 이 after a closed
    syllable, perhaps with a particle after it (향이, 길남이, 명철이는); "" when it carries none."""
    for particle in ("", *_KO_PARTICLES):
        if not item.endswith(particle):
            continue
        word = item[: len(item) - len(particle)]
        if (
            2 <= len(word) <= 4
            and word[-1] == "이"
            and is_hangul_syllable(word[-2])
            and (ord(word[-2]) - 0xAC00) % 28
            and (len(word) == 2 or word[:-1] not in _HANGUL_STOPWORDS)
        ):
            return word[:-1]
    return ""


# 순옥이, 향이 / 길남이, 춘식이, 명철이는 / 은옥이, 설이, 박향미에게: nouns listed take no 이, so
# two items with the affectionate 이 after a closed syllable make a list of persons, and its
# other short items (단비, 나라, 연성민) are their names too.
_AFFECTIONATE_LIST_RE = re.compile(
    r"(?<![가-힣])[가-힣]{1,5}(?:[ \t]*[,、·][ \t]*(?:그리고[ \t]+)?[가-힣]{1,5}(?![가-힣]))+"
)
_AFFECTIONATE_SPLIT_RE = re.compile(r"[ \t]*[,、·][ \t]*(?:그리고[ \t]+)?")


def affectionate_lists(text: str) -> Iterable[tuple[int, int, str]]:
    """The given names of a list whose items carry the affectionate 이 (above)."""
    if "이," not in text and "이、" not in text and "이·" not in text:
        return
    for match in _AFFECTIONATE_LIST_RE.finditer(text):
        items, position = [], match.start()
        for piece in _AFFECTIONATE_SPLIT_RE.split(match.group()):
            at = text.index(piece, position)
            items.append((at, piece))
            position = at + len(piece)
        stems = [_affectionate_stem(piece) for _at, piece in items]
        stems = [
            stem if len(stem) > 1 or stem not in _NON_GIVEN_SYLLABLES else "" for stem in stems
        ]
        # 감이, 밤이 (persimmons, chestnuts): one-syllable words alone make no list of names
        if sum(bool(stem) for stem in stems) < 2 or all(len(stem) < 2 for stem in stems):
            continue
        for (at, piece), stem in zip(items, stems, strict=True):
            if stem:
                yield at, at + len(stem), REASON_HANGUL_LIST
                continue
            if text[max(0, at - 4) : at].rstrip().endswith("그리고") and not _is_hangul_name(
                piece, strict=True
            ):
                continue  # 그리고 끝내 돌아가지 못한: an adverb after "and", not the last name
            word = piece
            for particle in _KO_PARTICLES:
                if len(piece) > len(particle) + 1 and piece.endswith(particle):
                    word = piece.removesuffix(particle)
                    break
            if (
                2 <= len(word) <= 3
                and word not in _HANGUL_STOPWORDS
                and not _ko_place(word)
                and not _with_honorific(word)
                and not _with_honorific(word[1:])
                and word not in KO_PROFESSIONAL_TITLES
            ):
                yield at, at + len(word), REASON_HANGUL_LIST


def _closing_list_name(text: str, words: list[re.Match[str]], index: int) -> tuple[int, str] | None:
    """A three-syllable name with a particle after a list separator and a three-syllable name
    (어금순, 편옥희, 남은정과): the list's last item."""
    word = words[index].group()
    if (
        word[3:] not in _KO_PARTICLES
        or not _is_hangul_name(word[:3], strict=True)
        or _ko_place(word[:3])
        or index == 0
    ):
        return None
    before = index - 1
    if before > 0 and words[before].group() == "그리고":
        before -= 1
    previous = words[before].group()
    if (
        _LIST_SEPARATOR_RE.fullmatch(text, words[before].end(), words[index].start())
        and len(previous) == 3
        and _is_hangul_name(previous, strict=True)
    ):
        # 향순이, 금옥이, 류정이가: 류정 with the affectionate 이
        return _without_affectionate_i(word, 3), REASON_HANGUL_LIST
    return None


_PERSON_NOUN_ENDINGS = (
    "",
    "이",
    "가",
    "은",
    "는",
    "을",
    "를",
    "의",
    "와",
    "과",
    "도",
    "였",
    "이었",
    "입",
    "이다",
    "들",
    "에게",
    "한테",
    "께서",
)


def _is_person_noun(word: str) -> bool:
    """사람, 중개인이었습니다, 운전수와: a noun for a person, with its particle or copula."""
    return word in _KO_PERSON_NOUNS or any(
        word.startswith(noun) and word[len(noun) :].startswith(_PERSON_NOUN_ENDINGS[1:])
        for noun in _KO_PERSON_NOUNS
        if len(noun) >= 2
    )


@dataclass(frozen=True)
class _HangulContext:
    next_word: str  # the next Hangul word when only a space separates them
    previous_word: str  # likewise the previous one
    before: str  # the few characters before the word
    in_latin_prose: bool  # English on both sides: 'her sister 최은정 asked'
    after: str = ""  # the few characters after the word, "\n" for the text's end


# What may close a surname standing alone after a title: a comma, a stop, a colon, a closing
# bracket or quotation mark, a dash, or the line's end.
_MARK_AFTER_SURNAME_RE = re.compile(r"[ \t]*(?:[,.:;)\]\"'」』”’|/]|[ \t][-–—]|\r?\n)")


# What a particle is glued to: a Latin word, a number, a closing bracket or quotation mark (a
# straight quote closes when a letter stands before it: "the leader"로, not '박 선생').
_GLUED_PARTICLE_RE = re.compile(r"(?:[A-Za-z0-9)\]»”’]|(?<=[\w.,!?…])[\"'])\Z")


# What 에 before them makes "about": 편상룡에 대한 증언 (testimony about Pyeon Sang-ryong).
_ABOUT_WORDS = frozenset(("대한", "대해", "대해서", "관한", "관해", "관해서"))
# Offices a company's or a body's paper writes before a name: 대표이사 제갈현우, 회계사 남궁혜린,
# 간호사 전미숙.
_OFFICES_BEFORE = frozenset(
    ("대표이사", "이사", "이사장", "감사", "회계사", "세무사", "위원", "간호사", "요양보호사")
)
# Words of kinship and fellowship among the titles before a name: after them a name takes the
# affectionate 이 (아들 민혁이), and the rule below reads offices only.
_KIN_TITLES = frozenset(
    _words(
        "친구 동료 남편 아내 형 동생 언니 오빠 누나 아들 딸 아버지 어머니 선배 후배 동무 동지 "
        "선생 선생님"
    )
)


def _is_title_word(word: str) -> bool:
    """A title, a job or an office before a full name (간호사, 소장, 대표이사), with 님 too; not
    kinship (아들) nor a form of address (씨, 님, 여사)."""
    word = word.removesuffix("님")
    return (
        (word in _KO_TITLES_BEFORE and word not in _KIN_TITLES)
        or word in KO_PROFESSIONAL_TITLES
        or word in _OFFICES_BEFORE
    )


# A speaker's heading in Korean minutes (회의록): a circle, the speaker's post and name or name
# and post, then two spaces or the line's end ("○ 위원장 배성호  다음은", "○ 허윤정 위원  허윤정
# 위원입니다", "○ 여성가족국장 장미선  위원님 말씀에").
_MINUTES_SPEAKER_RE = re.compile(
    r"^[ \t]*[○◯◎][ \t]*([가-힣]{2,10})[ \t]+([가-힣]{2,10})(?=[ \t]{2,}|[ \t]*\r?$)",
    re.MULTILINE,
)
_MINUTES_POST_ENDINGS = (
    *_words("위원장 위원 의원 의장 국장 과장 실장 장관 차관 청장 시장 지사 교육감 대표 부장"),
    *_words("원장 총장 본부장 단장 팀장 관장 소장 이사 계장 주무관 사무관 조사관 전문위원"),
)


def minutes_speakers(text: str) -> Iterable[tuple[int, int, str]]:
    """The speaker of Korean minutes, by the heading above."""
    for match in _MINUTES_SPEAKER_RE.finditer(text):
        for name_at, post_at in ((2, 1), (1, 2)):
            name, post = match.group(name_at), match.group(post_at)
            if (
                (_is_title_word(post) or post.endswith(_MINUTES_POST_ENDINGS))
                and len(name) >= 3
                and _is_hangul_name(name, strict=True)
            ):
                yield match.start(name_at), match.end(name_at), REASON_HANGUL_AFTER_TITLE
                break


def _hangul_name_in_word(word: str, context: _HangulContext) -> tuple[int, str] | None:
    spaced_next = context.next_word
    next_is_honorific = _with_honorific(spaced_next) if spaced_next else False
    next_is_surname_title = next_is_honorific or spaced_next in _surname_title_endings()
    # 김씨, 리 동무: a surname alone before an honorific.
    if word[0] in _HANGUL_SURNAMES:
        rest = word[1:]
        if (
            rest
            and _with_honorific(rest)
            and any(rest.startswith(h) for h in _KO_SURNAME_ALONE_HONORIFICS)
            and word not in _HANGUL_STOPWORDS
            and word[:3] not in _HANGUL_STOPWORDS
            and not word.startswith("성씨")  # 성씨 is the word for a surname
        ):
            return 1, REASON_HANGUL_SURNAME
        # 우리 조 조장, 반 반장: the group's head (조장 of the 조), not a surname.
        head_of_it = len(word) == 1 and spaced_next.startswith(word)
        # "the leader"로 통역: a particle glued to a quotation or a Latin word, not a surname
        glued = _GLUED_PARTICLE_RE.search(context.before) is not None
        if (
            len(word) == 1
            and next_is_surname_title
            and not head_of_it
            and not glued
            and any(
                spaced_next.startswith(h)
                and (
                    word not in _KO_NOT_SURNAME_ALONE
                    or word in _KO_SURNAME_ALONE_EXCEPTIONS.get(h, ())
                )
                for h in _KO_SURNAME_ALONE_HONORIFICS
            )
        ):
            return 1, REASON_HANGUL_SURNAME
        # 큰 박이, 작은 김: a nickname; the span is the surname, 큰 and 작은 stay.
        if (
            context.previous_word in _KO_NICKNAME_ADJECTIVES
            and word[0] in _KO_NICKNAME_SURNAMES
            and (len(word) == 1 or rest in _KO_PARTICLES or _with_honorific(rest))
        ):
            return 1, REASON_HANGUL_NICKNAME
        # 보위원 탁이: a surname alone after a title (with 님 or not), with a particle; or with
        # a mark after it ("반장 엄 - 용서 못 함", 「반장 곽」, "지배인 곽,", "사장님 송:").
        if (
            context.previous_word.removesuffix("님") in _KO_TITLES_BEFORE
            and word[0] not in _KO_NOT_SURNAME_ALONE
            and (
                (len(word) == 2 and rest in _KO_PARTICLES)
                or (
                    len(word) == 1
                    and word != "편"  # 송 지배인 편: on the manager's side
                    and _MARK_AFTER_SURNAME_RE.match(context.after)
                )
            )
        ):
            return 1, REASON_HANGUL_AFTER_TITLE
    # 쑨 사장, 쉬 반장: a Chinese surname (in Hangul) that no Korean has, before a title.
    if (
        len(word) == 1
        and word in CHINESE_HANGUL_SURNAMES
        and word not in _HANGUL_SURNAMES
        and word not in _KO_DETERMINERS
        and next_is_honorific
        # 면회 후 어르신이: "after the visit", the old man; 후 after a noun is no surname
        and not (word == "후" and _HANGUL_RE.search(context.previous_word or ""))
    ):
        return 1, REASON_HANGUL_SURNAME
    # 동생 순애는: a given name alone after a word of kinship or a title, before a particle.
    if (
        context.previous_word in _KO_KIN_BEFORE
        and len(word) >= 3
        and word[2:] in _KO_PARTICLES
        and word[:2] not in _HANGUL_STOPWORDS
        and word[0] not in _HANGUL_SURNAMES
        and not any(s in _NON_GIVEN_SYLLABLES for s in word[:2])
    ):
        if word[1] == "이" and (ord(word[0]) - 0xAC00) % 28:
            return 1, REASON_HANGUL_GIVEN_AFTER_KIN  # 아들 철이도: 철 with the affectionate 이
        return 2, REASON_HANGUL_GIVEN_AFTER_KIN
    # 리명철 동무, 박철수씨는, 김영호 반장이
    for length in (3, 2, 4):
        name, rest = word[:length], word[length:]
        if len(name) < length or not _is_hangul_name(name, strict=False):
            continue
        if rest and _with_honorific(rest):
            if length == 2 and rest.startswith("감독원"):
                continue  # 금융감독원: a supervisory service, not 금융 the supervisor
            if (
                length == 2
                and rest[0] == "형"
                and rest[1:] in ("", *_KO_PARTICLES)
                and word[0] in _HYUNG_NAME_SURNAMES
                and _is_hangul_name(word[:3], strict=True)
            ):
                return 3, REASON_HANGUL_HYUNG  # 교수 육준형., 사람 박준형: 준형 is the given name
            return length, REASON_HANGUL_HONORIFIC
        if not rest and next_is_honorific:
            if length == 2 and name[1] == "이" and (ord(name[0]) - 0xAC00) % 28:
                return 1, REASON_HANGUL_HONORIFIC  # 석이 형: 석 with the affectionate 이
            if length == 3 and any(
                spaced_next.startswith(kin) and spaced_next[len(kin) :] in ("", *_KO_PARTICLES)
                for kin in _KO_ELDER_KIN
            ):
                # 성일이 형: a given name with the affectionate 이 before 형, 언니 ...
                return _without_affectionate_i(word, length), REASON_HANGUL_HONORIFIC
            return length, REASON_HANGUL_HONORIFIC
        if rest in _KO_COPULA and rest.endswith(("라는", "라고")):
            return _without_affectionate_i(word, length), REASON_HANGUL_CUE
    if len(word) == 3 and _is_hangul_name(word, strict=True) and _with_profession(spaced_next):
        return 3, REASON_HANGUL_HONORIFIC  # 이수현 박사는, 유성준 경위에게
    # 나타샤라는 여자, 꼬마곰이라는 별명: any word introduced as a person or a nickname.
    cue = _KO_INTRODUCED_RE.fullmatch(word) if word.endswith(("라는", "라고")) else None
    if (
        cue
        and _is_person_noun(spaced_next)
        and cue.group(1) not in _HANGUL_STOPWORDS
        and cue.group(1) not in _KO_NOT_ONE_SYLLABLE_NAMES
    ):
        return len(cue.group(1)), REASON_HANGUL_CUE
    # 이름은 김영철이었다, 별명은 꼬마곰이었다, (본명 김철수)
    if any(cue in context.before for cue in ("이름", "별명", "본명")) and _KO_NAME_IS_RE.search(
        context.before
    ):
        length = _split_name(word, _KO_COPULA + _KO_PARTICLES, strict=False)
        if length:
            return length, REASON_HANGUL_CUE
    # 작성: 부기원 심은주, 정리 백소연, 번역자 한소율: who made a document, after their part in
    # it; a three-syllable name only (정리 방법을 is no one).
    if (
        context.previous_word in _KO_DOCUMENT_ROLES
        and (len(word) == 3 or word[3:] in _KO_PARTICLES)
        and _is_hangul_name(word[:3], strict=True)
    ):
        return 3, REASON_HANGUL_AFTER_TITLE
    # 감독원 박철수가
    if context.previous_word in _KO_TITLES_BEFORE:
        length = _split_name(word, _KO_PARTICLES + _KO_COPULA, strict=False)
        if length:
            return length, REASON_HANGUL_AFTER_TITLE
    # 박철수는, 박성일이었다, 최성일 밑에서: only three-syllable names before a particle or a
    # postposition; two syllables are too often ordinary words (조선은, 임금을, 여권을).
    length = _split_name(word, _KO_PARTICLES + _KO_COPULA, strict=True)
    if length == 3 and (word[3:] or spaced_next in _KO_POSTPOSITIONS):
        return length, REASON_HANGUL_PARTICLE
    # 'her sister 최은정 asked': a bare three-syllable name inside English prose.
    if context.in_latin_prose and len(word) == 3 and _is_hangul_name(word, strict=True):
        return 3, REASON_HANGUL_IN_ENGLISH
    # 간호사 전미숙 방문간호, 소장 편상룡에 대한: a full name right after a title or a job,
    # bare before another word or with 에 before 대한 (about), where no rule above read it; not
    # a given name of two syllables and a particle (조장 리향은: 리향 and 은)
    if _is_title_word(context.previous_word):
        length = 4 if word[:2] in _HANGUL_DOUBLE_SURNAMES else 3  # 대표이사 제갈현우
        name, rest = word[:length], word[length:]
        if (
            len(name) == length
            and (not rest or (rest == "에" and spaced_next in _ABOUT_WORDS))
            and _is_hangul_name(name, strict=True)
            and not _ko_place(name)
            and not (name[-1] in _PARTICLE_ENDINGS and _is_hangul_name(name[:-1], strict=False))
        ):
            return length, REASON_HANGUL_AFTER_TITLE
    return None


# Surnames before which a given name ending in 형 is read whole (박준형, 권태형), rather than a
# given name and 형 (elder brother): common surnames that rarely open a given name, unlike 명,
# 경, 영, 민, 정, 성 (명수형, 경호형: "brother Myong-su").
_HYUNG_NAME_SURNAMES = frozenset(
    "김이리박최강조윤장임한오서신권황안송류유홍전고문손양배백허남심노곽차주우구엄채원천방공함변염추도육탁맹"
)


# The one-syllable particles a name of two syllables may carry (리향은, 류청이).
_PARTICLE_ENDINGS = frozenset("은는이가을를의도와과")


# Rule-based findings that the analyser may overrule: it reads the word as an ordinary one.
_ANALYSER_MAY_OVERRULE = (
    REASON_HANGUL_AFTER_KIN,
    REASON_HANGUL_AFTER_TITLE,
    REASON_HANGUL_CUE,
    REASON_HANGUL_PARTICLE,
    REASON_HANGUL_IN_ENGLISH,
    REASON_HANGUL_LIST,
    REASON_HANGUL_GIVEN_AFTER_KIN,
    REASON_HANGUL_STANDING,
    REASON_HANGUL_CELL,
    REASON_HANGUL_APPOSED,
)
# Kiwi's tags that make a stretch of text a verb, an adjective, the copula or an ending: 맹세해
# (맹세 + 하 + 어), 명이라 (명 + 이 + 라).
_NOT_IN_A_NAME = ("XSV", "XSA", "VV", "VA", "VX", "VCP", "VCN", "EP", "EF", "EC", "ETM", "ETN")
# A name before an honorific is overruled only by a verb or an adjective (나온 = 나오 + ㄴ);
# 권성일 is read 권성 + 이 + ㄹ and stays.
_VERB_IN_A_NAME = ("VV", "VA")
_PERSON_CONTEXTS = frozenset({"particle", "copula", "honorific"})
# Syllables of transliterated foreign words that Korean names never have.
TRANSLITERATION_SYLLABLES = frozenset("르스즈프트크츠샤댜냐랴셰뱌탸먀뤼")
_KO_PERSONAL_HONORIFICS = frozenset(
    _words(
        "씨 동무 동지 선생 선생님 언니 오빠 누나 형 이모 고모 삼촌 외삼촌 아줌마 아주머니 아저씨"
    )
)

_korean_analyser_enabled: ContextVar[bool] = ContextVar("korean_analyser_enabled", default=True)


def korean_analyser_enabled() -> bool:
    """Whether detection here uses the Korean analyser (`without_korean_analyser` turns it off)."""
    return _korean_analyser_enabled.get()


@contextmanager
def without_korean_analyser() -> Iterator[None]:
    """Detection by the rules alone, for measuring what the analyser adds."""
    token = _korean_analyser_enabled.set(False)
    try:
        yield
    finally:
        _korean_analyser_enabled.reset(token)


def _ending_after(tokens: list, index: int) -> bool:
    """Whether the token after `tokens[index]` is an ending or a suffix, as after a verb's stem."""
    return index + 1 < len(tokens) and tokens[index + 1].tag.startswith(("E", "XS"))


def _analysed_hangul(
    text: str, known_names: Collection[str], found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The Korean analyser's findings that the rules missed. Rule-based findings it overrules
    are removed from `found`.

    Proposed: a stem Kiwi reads as a proper noun, does not know, or reads as a surname syllable
    with one or two more (윤 + 철), when a particle, the copula or an honorific follows and it
    passes the name checks (surname first, no stopword, not a place, not used as a place in
    this text: 양곤에서); a given name alone before a personal honorific (순희 씨); a registered
    name before a particle. Overruled: a weak rule-based finding (after a title, a cue, before a
    particle, in English prose) that Kiwi reads as a verb or an ending (맹세해 = 맹세 + 하 + 어,
    명이 = 명 + 이, the counter and the copula), and a three-syllable finding before a particle
    that is one common noun of Kiwi's dictionary (선풍기는, 고등어는)."""
    from testimony.anonymize import korean
    from testimony.anonymize.recogniser import hangul_tokens

    tokens = hangul_tokens(text, known_names)  # korean.hangul_tokens, kept for the next reader
    if not tokens:
        return []
    starts = [token.start for token in tokens]
    overruled = set()
    for start, end, reason in found:
        # 우 띤 아웅: a name of words written apart is judged on its last word.
        last_word = start + text[start:end].rfind(" ") + 1
        first = bisect_left(starts, last_word)
        inside = tokens[first : bisect_left(starts, end)]
        if reason == REASON_HANGUL_HONORIFIC and any(
            token.tag in _VERB_IN_A_NAME and _ending_after(tokens, first + number)
            for number, token in enumerate(inside)
        ):
            # 회사에서 나온 감독: 나오 + ㄴ, a verb; not 간병인 하순례 씨, read 하 + 순례 (a verb's
            # stem before a noun, with no ending, is no verb)
            overruled.add((start, end, reason))
            continue
        if reason not in _ANALYSER_MAY_OVERRULE:
            continue
        if any(token.tag in _NOT_IN_A_NAME for token in inside):
            overruled.add((start, end, reason))
        elif (
            reason == REASON_HANGUL_CUE
            and end - start == 2
            and len(inside) == 1
            and inside[0].tag == "NNG"
            and not inside[0].unknown
            and inside[0].start == start
        ):
            overruled.add((start, end, reason))  # 반동이라고: a word of the dictionary
        elif reason in (
            REASON_HANGUL_PARTICLE,
            REASON_HANGUL_IN_ENGLISH,
            REASON_HANGUL_LIST,
            REASON_HANGUL_GIVEN_AFTER_KIN,
            REASON_HANGUL_STANDING,
            REASON_HANGUL_APPOSED,
        ) and (
            _ko_place(text[start:end])
            or (
                # 여동생 별이의: the affectionate 이 makes 별 a given name, not a star
                not (
                    reason == REASON_HANGUL_GIVEN_AFTER_KIN
                    and end - start == 1
                    and text[end : end + 1] == "이"
                )
                and len(inside) == 1
                and inside[0].tag == "NNG"
                and not inside[0].unknown
                and inside[0].start == start
                and inside[0].end >= end
            )
        ):
            # 선풍기는, 오토바이는: one word of the dictionary; 라오스는: a place.
            overruled.add((start, end, reason))
        elif reason == REASON_HANGUL_APPOSED and " " in text[start:end]:
            first_end = start + text[start:end].index(" ")
            first = tokens[bisect_left(starts, start) : bisect_left(starts, first_end)]
            if len(first) == 1 and first[0].tag == "NNG" and not first[0].unknown:
                overruled.add((start, end, reason))  # 사무실 열쇠를: two words of the dictionary
        elif (
            reason == REASON_HANGUL_PARTICLE
            and len(inside) == 2
            and inside[0].tag == "NNG"
            and inside[0].end - inside[0].start >= 2
            and inside[1].tag == "XSN"
        ):
            overruled.add((start, end, reason))  # 계획분부터: a word and a suffix (계획 + 분)
    found[:] = [finding for finding in found if finding not in overruled]
    covered = bytearray(len(text) + 1)
    for start, end, _reason in found:
        covered[start:end] = b"\x01" * (end - start)
    candidates = korean.name_candidates(text, known_names, tokens=tokens)
    known = {re.sub(r"\s+", "", name) for name in known_names}
    places = {text[c.start : c.end] for c in candidates if c.after == "place particle"}
    proposed = []
    for candidate in candidates:
        name = text[candidate.start : candidate.end]
        if name in places or _ko_place(name):
            continue
        if 1 in covered[candidate.start : candidate.end]:
            continue  # the rules found it already, and their reason is the clearer one
        full_name = (
            candidate.kind in ("proper", "unknown", "name-shaped")
            and candidate.after in _PERSON_CONTEXTS
            and _is_hangul_name(name, strict=False)
        )
        # 영호는: a registered name, read as one proper noun, before a particle.
        registered = name in known and candidate.after in _PERSON_CONTEXTS
        # 순희 씨, 혜옥 동무: a given name alone, whatever its first syllable.
        given_name = (
            candidate.kind in ("proper", "unknown", "syllables apart")
            and candidate.honorific in _KO_PERSONAL_HONORIFICS
            and 2 <= len(name) <= 3
            and name not in _HANGUL_STOPWORDS
            and not any(syllable in _NON_GIVEN_SYLLABLES for syllable in name)
        )
        # 드미트리가, 카자흐가: a foreign proper noun Kiwi reads, with the sounds of a
        # transliteration (르, 스, 트 ...), before a particle or honorific; a longer one
        # (비시니에프스키 씨) only before an honorific: with a particle it is more often a
        # place (블라디보스또크의).
        name, title = _without_glued_title(name)
        foreign = (
            candidate.kind in ("proper", "unknown")
            and candidate.after in _PERSON_CONTEXTS
            and (2 <= len(name) <= 5 or (len(name) <= 7 and (title or candidate.honorific)))
            and any(syllable in TRANSLITERATION_SYLLABLES for syllable in name)
            and name not in _HANGUL_STOPWORDS
            and not any(name.startswith(place) for place in _KO_PLACES if len(place) > 2)
        )
        # 영남이가, 순철이와: a given name with the affectionate 이, read as one proper noun
        # before a particle (고양이가 is a word of the dictionary, never a candidate).
        affectionate = (
            candidate.kind in ("proper", "unknown")
            and candidate.after == "particle"
            and len(name) == 3
            and name[2] == "이"
            and (ord(name[1]) - 0xAC00) % 28 != 0
            and name[:2] not in _HANGUL_STOPWORDS
            and not any(syllable in _NON_GIVEN_SYLLABLES for syllable in name[:2])
        )
        # 허봉녀 고혈압, 진행자(한지민): a full name of three syllables read as one proper noun,
        # standing as a word of its own, in the shape the strict check gives a Korean name.
        standing = (
            candidate.kind == "unknown"
            and candidate.after == "nothing"
            and len(name) == 3
            and name[0] in _COMMON_SURNAME_SYLLABLES
            and name[2] not in _NOT_LAST_OF_A_STANDING_NAME
            and name not in _HANGUL_STOPWORDS
            and not any(syllable in _NOT_IN_A_STANDING_NAME for syllable in name)
            and not (name[0] == "주" and _ko_place(name[1:]))  # 주선양: "in Shenyang"
            and not _beside_a_state_office(text, candidate.start, candidate.end)
            and _is_hangul_name(name, strict=True)
        )
        if full_name or given_name or registered or foreign or affectionate or standing:
            end = candidate.end - len(title)
            if given_name and len(name) == 2 and name[1] == "이" and (ord(name[0]) - 0xAC00) % 28:
                end -= 1  # 철이 형: 철 with the affectionate 이
            elif (
                len(name) == 3
                and name[2] == "이"
                and (ord(name[1]) - 0xAC00) % 28
                and candidate.after == "particle"
            ):
                end -= 1  # 성진이는: the given name 성진 with the affectionate 이
            proposed.append((candidate.start, end, REASON_KIWI_NAME))
    return proposed


# 86 common surnames, one of which a name standing alone must begin with; and the last
# syllables of words for places, offices, roles and sums that Kiwi does not know (양천구, 길림성,
# 라인장, 계획분).
_COMMON_SURNAME_SYLLABLES = frozenset(
    "김이리박최정조강윤장임림한오서신권황안송전홍유류고문양손배백허남심노로하곽성차주우구"
    "민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예봉"
)
_NOT_LAST_OF_A_STANDING_NAME = frozenset(
    "구시군동성도역읍면리항각원방실공사인자생금분장관소청국회단점"
)


# Syllables of a transliteration, and 드 (하마드, an airport's Hamad): no Korean name has them.
_NOT_IN_A_STANDING_NAME = TRANSLITERATION_SYLLABLES | frozenset("드")
# A state's office beside a name makes it an official's, kept public (외무상 최선희).
_STATE_OFFICES = (
    "외무상",
    "외무장관",
    "외교부장",
    "국무위원장",
    "위원장",
    "총리",
    "대통령",
    "장관",
    "대사",
    "총비서",
    "부부장",
)


def _beside_a_state_office(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 8) : start].rstrip()
    after = text[end : end + 8].lstrip()
    return before.endswith(_STATE_OFFICES) or after.startswith(_STATE_OFFICES)


def _without_glued_title(word: str) -> tuple[str, str]:
    """A foreign name the analyser read as one proper noun with the word of address glued to it
    (나타샤아줌마: 나타샤, 아줌마); otherwise the word and ""."""
    for title in ("아주머니", "아줌마", "할머니", "할아버지", "아저씨"):
        if word.endswith(title) and len(word) - len(title) >= 2:
            return word[: -len(title)], title
    return word, ""


# Roles and relations written in brackets after a name in lists of persons (송철만(증인)).
_BRACKET_ROLES = frozenset(
    _words(
        """
        증인 피해자 처 남편 아내 부인 동료 감독 반장 조장 지배인 책임자 통역 통역원 운전수 요리사
        어머니 아버지 형 오빠 누나 언니 동생 딸 아들 이모 삼촌 고모 사촌 조카 본인 친구 선장
        배우자 의장 상담 사례관리 회계 총무 간사 서기 진행자 사회자 결혼이민자 이민자 행정사
        서명 무인 날인 도장 인 자필 서명함 확인 생략 미상 가명 본명 익명 수표 서명날인
        """
    )
)


# The name again in Cyrillic, in round or square brackets (a police report's "Tsoi Vladimir
# [Цой Владимир]"), with one or two initials after it ("[Ходаковский Д.]").
_BRACKETED_CYRILLIC_RE = re.compile(
    r"[ \t]*[(（\[]([А-ЯЁ][а-яёэ]+(?:[- ][А-ЯЁ][а-яёэ]+){0,2}(?:[ \t][А-ЯЁ]\.(?:[А-ЯЁ]\.)?)?)"
    r"[)）\]]"
)
# The name again in Thai or Arabic script, in brackets right after a detected name: "SOMPONG
# (สมพงษ์ แสงทอง)", "압둘라(عبد الله الشمري)"; one to four words of that script alone.
_THAI_OR_ARABIC_WORD = r"(?:[\u0e00-\u0e7f]+|[\u0600-\u06ff]+)"
_BRACKETED_THAI_ARABIC_RE = re.compile(
    rf"[ \t]*[(（\[]({_THAI_OR_ARABIC_WORD}(?: {_THAI_OR_ARABIC_WORD}){{0,3}})[)）\]]"
)


# A Hangul name of two to four syllables right before a bracket that opens on a detected name.
_BEFORE_BRACKET_RE = re.compile(r"(?<![가-힣])([가-힣]{2,4})[ \t]*[(（][ \t]*$")


def _romanizes(hangul: str, romanized: str) -> bool:
    """Whether the romanized name's surname (first or last word) is a spelling of the Hangul
    name's surname: 박철수 and Pak Chol-su, 김순옥 and Soon-ok Kim."""
    surname = split_hangul_name(hangul)[0]
    words = re.findall(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*", romanized)
    return any(surname in hangul_surnames_of_romanized(word) for word in words[:1] + words[-1:])


# The sounds a Russian or Mongolian name's consonants take in Hangul, by the class Korean spelling
# gives them: v, b, p, f as ㅂ or ㅍ; k, g as ㄱ or ㅋ; d, t as ㄷ or ㅌ; z, zh, ts, ch as ㅈ or
# ㅊ; s, sh, shch as ㅅ; l, r as ㄹ (in Latin letters here). Vowels, the short i and the signs
# have none.
_CYRILLIC_SOUNDS = dict.fromkeys("бвпф", "P") | dict.fromkeys("кг", "K") | dict.fromkeys("дт", "T")
_CYRILLIC_SOUNDS |= (
    dict.fromkeys("зжцч", "J") | dict.fromkeys("сшщ", "S") | dict.fromkeys("лр", "L")
)
_CYRILLIC_SOUNDS |= {"м": "M", "н": "N", "х": "H"}
# The same classes for a Hangul syllable's first consonant (ㅇ has no sound there), in the order
# Unicode gives them, and for the last consonants a transliteration writes (블라디보스토크's ㄹ,
# 바트체첵's ㄱ).
_HANGUL_INITIAL_SOUNDS = "KKNTTLMPPSS-JJJKTPH"
_HANGUL_FINAL_SOUNDS = {1: "K", 4: "N", 8: "L", 16: "M", 17: "P", 19: "S", 21: "N"}


def _sounds(letters: Iterable[str]) -> str:
    """The consonant classes in order, a class repeated once (볼로댜's ㄹ ㄹ for one л)."""
    sounds = ""
    for sound in letters:
        if sound and sound != "-" and not sounds.endswith(sound):
            sounds += sound
    return sounds


def _hangul_sounds(word: str) -> str:
    letters = []
    for syllable in word:
        index = ord(syllable) - 0xAC00
        letters.append(_HANGUL_INITIAL_SOUNDS[index // 588])
        letters.append(_HANGUL_FINAL_SOUNDS.get(index % 28, ""))
    return _sounds(letters)


def _transliterates(hangul: str, cyrillic: str) -> bool:
    """Whether a Hangul word is a Cyrillic name written in Hangul: Зайцев and 자이체프,
    Цэцэгмаа and 체첵마, Артур and 아르투르. The consonants, by the class Korean spelling
    gives them, open alike (or both names open with a vowel), and most of each name's
    consonants come in the other's order; an ordinary word (감독, 통증, 서명) does not."""
    word = cyrillic.split()[0].lower()
    # д and т before я, ю or ё sound as ㅈ and ㅊ: Володя and 볼로댜 or 발로쟈.
    theirs = _sounds(
        "J"
        if letter in "дт" and word[k + 1 : k + 2] in ("я", "ю", "ё")
        else _CYRILLIC_SOUNDS.get(letter, "")
        for k, letter in enumerate(word)
    )
    ours = _hangul_sounds(hangul)
    if len(theirs) < 2 or len(ours) < 2:
        return False
    opens_alike = (word[0] in _CYRILLIC_SOUNDS) == (hangul[0] not in _VOWEL_SYLLABLES)
    if not opens_alike or (word[0] in _CYRILLIC_SOUNDS and theirs[0] != ours[0]):
        return False
    common = _common_length(theirs, ours)
    return common >= 2 and common >= 0.75 * max(len(theirs), len(ours))


def _common_length(first: str, second: str) -> int:
    """The length of the longest sequence of letters both strings have in the same order."""
    previous = [0] * (len(second) + 1)
    for letter in first:
        current = [0]
        for k, other in enumerate(second):
            current.append(previous[k] + 1 if letter == other else max(previous[k + 1], current[k]))
        previous = current
    return previous[-1]


# Hangul syllables opening with ㅇ: a vowel's sound.
_VOWEL_SYLLABLES = frozenset(chr(code) for code in range(0xC544, 0xC544 + 588))


def _bracketed_word(word: str) -> bool:
    """Kumari Perera(스리랑카), 최운식 (승인): a country or an ordinary word in brackets after a
    name (the Korean analyser's common nouns, or four syllables of them), not the name again; a
    surname and two syllables stay a name (리순애, which Kiwi reads as a noun)."""
    from testimony.anonymize.redact.vocabulary import HANGUL_FOREIGN_PLACES, is_a_city

    if word in _KO_PLACES or word in HANGUL_FOREIGN_PLACES or is_a_city(word):
        return True  # 은하고 (고양), 한별고 (대전): a school and its city
    if not _korean_analyser_enabled.get() or (len(word) == 3 and word[0] in _HANGUL_SURNAMES):
        return False
    from testimony.anonymize.korean import is_common_noun, is_compound_noun

    # 사례관리 (사례 + 관리): a compound of words is no name of four syllables.
    return is_common_noun(word) or (len(word) >= 4 and is_compound_noun(word))


_EQUATED_HANGUL_RE = re.compile(r"[ \t]*=[ \t]*([가-힣]{2,4})(?![가-힣])")


# A Hangul full name after a name in Chinese characters and its topic particle: "3번 金成日은
# 김성일, 4번 朴永哲은 박영철입니다" (a worker reads a Chinese payroll's names).
_READ_AS_HANGUL_RE = re.compile(r"(?:은|는)[ \t]+([가-힣]{3})(?=입니다|이고|이며|이다|[^가-힣]|$)")


def _reads_as(characters: str, hangul: str) -> bool:
    """Whether `hangul` is a full name whose surname reads the surname of `characters`, a
    name of two to four Chinese characters (金成日 and 김성일)."""
    from testimony.anonymize.names.hanja import hanja_surnames_of

    return (
        2 <= len(characters) <= 4
        and all("\u4e00" <= character <= "\u9fff" for character in characters)
        and characters[0] in hanja_surnames_of(hangul[0])
        and _equated_name(hangul)
    )


def _equated_name(word: str) -> bool:
    """A Hangul word set equal to a detected name that reads as a name: a surname first, no
    place, role or common word (Yanji = 연길, A = 면담자)."""
    return (
        (word[0] in _HANGUL_SURNAMES or word[:2] in _HANGUL_SURNAMES)
        and not _ko_place(word)
        and word not in _HANGUL_STOPWORDS
        and word not in KO_PROFESSIONAL_TITLES
        and word not in _BRACKET_ROLES
        and not _is_person_noun(word)
    )


def _bracketed_hangul(
    text: str, spans: list[tuple[int, int, str]]
) -> Iterable[tuple[int, int, str]]:
    """The names in another script beside the detected ones (below). The caller extends `spans`
    with what this yields, so a name found here is read too ("Pak (박) (朴)"); a stretch found
    already is not yielded again, or 발로쟈(Володя) would find each other without end."""
    seen = {(start, end) for start, end, _reason in spans}
    for finding in _bracketed_beside(text, spans):
        if finding[:2] not in seen:
            seen.add(finding[:2])
            yield finding


# A full name with what its bearer is called in brackets after it: "최정훈 (훈이)", "장미정
# (장미)" in a club's table of names and nicknames.
_NICKNAMED_RE = re.compile(r"(?<![가-힣])([가-힣]{3})[ \t]*[(（]([가-힣]{1,3})[)）]")


def bracketed_nicknames(text: str) -> Iterable[tuple[int, int, str]]:
    """The nickname in brackets after a full name (above) made of the name's own syllables,
    without the affectionate 이; a role or a relation in brackets (박철수(처)) is none."""
    for match in _NICKNAMED_RE.finditer(text):
        name = match.group(1)
        part = _nickname_of(match.group(2), name)
        if part and _is_hangul_name(name, strict=True) and part != name[0]:
            yield match.start(2), match.start(2) + len(part), REASON_BRACKETED


def _nickname_of(bracketed: str, name: str) -> str:
    """The syllables of Hangul `name` that `bracketed` calls its bearer by, without the
    affectionate 이 after a closed syllable (훈이 of 최정훈: 훈); "" when it is no part of it."""
    stem = _affectionate_stem(bracketed) or bracketed
    return stem if stem != name and stem in name else ""


def _bracketed_beside(
    text: str, spans: list[tuple[int, int, str]]
) -> Iterable[tuple[int, int, str]]:
    for start, end, _reason in spans:
        match = _BEFORE_BRACKET_RE.search(text, max(0, start - 12), start)
        if (
            match
            and match.end() == start
            and (
                _romanizes(match.group(1), text[start:end])
                or _transliterates(match.group(1), text[start:end])
            )
            and not _is_person_noun(match.group(1))
            and match.group(1) not in _BRACKET_ROLES
        ):
            # 박철수 (Pak Chol-su): the Hangul name its romanization follows
            yield match.start(1), match.end(1), REASON_BEFORE_ROMANIZED
        # Five or six syllables after a name in another script: its transliteration
        # (Сафронов(사프로노프)).
        longest = 4 if _HANGUL_RE.search(text, start, end) else 6
        match = re.match(rf"\s*[(（]([가-힣]{{2,{longest}}})[)）]", text[end : end + longest + 4])
        if (
            match
            and not (
                _is_person_noun(match.group(1))
                or match.group(1) in _BRACKET_ROLES
                or match.group(1) in _BRACKETED_PARTS
                or match.group(1) in _BRACKETED_NOTE_WORDS
                or match.group(1) in KO_PROFESSIONAL_TITLES
                or match.group(1) in _KO_HONORIFICS_SET
                or match.group(1) in _HANGUL_STOPWORDS
                or match.group(1).endswith(("팀", "센터"))
                # 한옥녀 (함흥시): a letter's sender and the city she writes from
                or (len(match.group(1)) >= 3 and match.group(1)[-1] in HANGUL_PLACE_ENDINGS)
                or (
                    len(match.group(1)) <= 4  # a transliteration's syllables read as nouns
                    and _bracketed_word(match.group(1))
                    and not _romanizes(match.group(1), text[start:end])
                    and not _transliterates(match.group(1), text[start:end])
                )
            )
        ):
            # 송철만(증인), 한영애(처), 김은정(면담자), 서하은(상담팀): a role, a relation or a
            # desk in brackets, not a name
            yield end + match.start(1), end + match.end(1), REASON_BRACKETED
        match = _EQUATED_HANGUL_RE.match(text, end)
        if match and not _HANGUL_RE.search(text, start, end) and _equated_name(match.group(1)):
            # "Pak Ir Su = 박일수" in Cyrillic, "Tae Yong Nam = 태영남": a note's key to spellings
            yield match.start(1), match.end(1), REASON_EQUATED_HANGUL
        match = _READ_AS_HANGUL_RE.match(text, end)
        if match and _reads_as(text[start:end], match.group(1)):
            # "金成日은 김성일": a list's names in Chinese characters read in Hangul
            yield match.start(1), match.end(1), REASON_EQUATED_HANGUL
        match = _BRACKETED_CYRILLIC_RE.match(text, end)
        if match and not any(
            word in CYRILLIC_NOT_NAMES or word.lower().endswith(CYRILLIC_PLACE_ENDINGS)
            for word in re.split(r"[- ]", match.group(1).rstrip("."))
        ):
            # Bat-Erdene Dorj (Бат-Эрдэнэ Дорж): the name again in Cyrillic
            yield match.start(1), match.end(1), REASON_BRACKETED_CYRILLIC
        match = _BRACKETED_THAI_ARABIC_RE.match(text, end)
        if match:
            yield match.start(1), match.end(1), REASON_BRACKETED_SCRIPT


# Words for the people of an interview, a statement or a hearing, and the titles and kin of
# _KO_TITLES_BEFORE: a full name right after one, in brackets or set off by a space, with no
# particle ("면담자 정수아 / 답:", "확인자 조은비 (조사원)", "변호인(여민정):", "딸 하나(길은혜)").
_KO_ROLES_BEFORE_BARE = _KO_TITLES_BEFORE | frozenset(
    _words(
        """
        면담자 확인자 조사원 조사자 진술인 증언자 증인 변호인 검사 재판장 판사 통역인 작성자
        기록자 담당자 활동가 상담원 상담사 피해자 신고인 참고인 서명인 대리인 입회인 하나
        처 부 모 부친 모친 백부 백모 숙부 숙모 고모 고모부 이모 이모부 삼촌 외삼촌 조부 조모
        할아버지 할머니 외할아버지 외할머니 큰아버지 작은아버지 장인 장모 사촌 조카 손자 손녀
        형수 처남 매형 매부 며느리 사위 장남 장녀 차남 차녀 남동생 여동생 의뢰인 진정인 번
        접수 접수자 수령인 신청자 주문자 소유자 채권자 채무자 공인중개사 중개사 카운터 운영자
        면담 축가 막내동생 회장 부회장 총무 서기 회계 촉탁인 동서 처형 처제 시누이 올케
        연출 조명 음향 음악 무대 의상 분장 각본 각색 작곡 작사 편곡 촬영 기획 자문 안무 드라마터그
        성우 낭독 낭독자 배우 출연 참여관 사무장 실무관 세대주 세대원
        원감 교감 교장 담임 보호자 알바 아르바이트 점장 실장 주무관 직원 사원 안내인
        주치의 담당의 집도의 진료의
        """
    )
)
# The notes a person signs, and what they did to a file: their full name after a dash or a comma
# too ("[번역 메모 - 정다운]", "[전사자 주석, 감나연]", "연구자 메모 (정하윤, 2022년)", "담당
# 차예린 - 대상"); not a relative's ("정호 삼촌 - 나훈아": a song's singer).
_KO_NOTE_ROLES = frozenset(_words("메모 주석 노트 일지 입력 담당 정리 작성 번역 기록 검토 전사"))
_KO_ROLES_OR_NOTES = _KO_ROLES_BEFORE_BARE | _KO_NOTE_ROLES
# How a church's members address one another (형제, 자매, 성도 "believer") and elder kin as a
# form of address (두부 형님: 형님 is no name).
_FORMS_OF_ADDRESS = frozenset(
    _words("형제 자매 성도 집사 권사 장로 목사 전도사 선교사 교우 형님 누님 언니 오빠 누나 형 동생")
)
_ROLE_WORDS = (
    frozenset(HANGUL_TITLES)
    | KO_PROFESSIONAL_TITLES
    | _KO_ROLES_BEFORE_BARE
    | _KO_HONORIFICS_SET
    | _FORMS_OF_ADDRESS
)


def is_role_word(word: str) -> bool:
    """A title, a job, an office, a role or a form of address, never a name by itself (목사,
    총무, 형님): a table's cell or a word before a note "(별명, ...)" that holds one is no name."""
    return word in _ROLE_WORDS


# A note set off from its signer by a dash or a comma may be a bare 주 ("[전사자 주 — 진소희]").
_KO_SET_OFF_NOTES = _KO_NOTE_ROLES | {"주"}
_BARE_HANGUL_AFTER_ROLE_RE = re.compile(
    r"(?<![가-힣])([가-힣]{1,6})(?:[ \t]+|[ \t]*[(（]|(?P<set_off>[ \t]*[-–—,][ \t]*)"
    r"|(?P<labelled>[ \t]*[:：][ \t]*)"
    r"|(?P<quoted>[ \t]*[\"“「『]))"
    r"(?P<name>[가-힣]{3,4})"
    r"(?(quoted)[\"”」』]|(?=[ \t]*(?:[)）\]］/,:;·(（→]|\r?\n|$)|[ \t]+[^가-힣\s]"
    # a form's next field after a wide gap ("원감 설지은   마감:"), or the note the person
    # wrote ("알바 윤가을 메모:")
    r"|[ \t]{2,}|\t|[ \t]+(?:메모|주석|노트)(?![가-힣])))"
)


def _bare_hangul_after_role(text: str) -> Iterable[tuple[int, int, str]]:
    """면담자 정수아 / 답: 리영철, 확인자 조은비 (인권단체 조사원), 변호인(여민정): a full name of
    three syllables (four with a surname of two: 기록 황보슬기) with no particle, right after a
    word for a role or a relation (after a note it signs, a dash or a comma between them too;
    a colon after a role or a note, as a form's field: "정리: 주하람"),
    closed by punctuation, a line's end or a word in another script. A word taken for a name
    and refused may be the role before the next one ("씨 어머니(김옥화)"): the search goes on
    from it."""
    position = 0
    while match := _BARE_HANGUL_AFTER_ROLE_RE.search(text, position):
        role, name = match.group(1), match.group("name")
        roles = _KO_SET_OFF_NOTES if match.group("set_off") else _KO_ROLES_OR_NOTES
        if (
            role not in roles
            # 자원봉사자 메모 (편지민, ...): after a role, a name led by a word (편지) too, not
            # in quotes (선생님 「고향역」: a song)
            or not (
                _is_hangul_name(name, strict=True)
                or (_word_led_name(name) and not match.group("quoted"))
            )
            # 기록 황보슬기: four syllables only with a surname of two
            or (len(name) == 4 and len(split_hangul_name(name)[0]) != 2)
            or name.endswith(("함", "됨", "음"))  # 1번 반복함: a note's verb, not a name
            or is_role_word(name)  # "재판장: 변호인, 신문하십시오": a role answers a role
            or (match.group("labelled") and name in KO_DISTRICTS)  # "접수: 강서구 ○○동"
        ):
            position = match.start("name")
            continue
        # "정리: 주하람", "번역: 이하나": a note's colon names the case's own staff
        staff = match.group("labelled") and role in _KO_NOTE_ROLES
        yield (
            match.start("name"),
            match.end("name"),
            REASON_STAFF if staff else REASON_HANGUL_AFTER_ROLE,
        )
        position = match.end("name")


# A full name after a word of kinship, with a particle or a word after it where
# `_bare_hangul_after_role` wants none: "그 부인 허옥경에 대해서는", "여동생 강순옥한테", "형 도철만
# 현지 잔류", "큰애는 박은별, 작은애는 박은결".
_KIN_BEFORE_FULL = _KO_KIN_BEFORE | frozenset(
    _words(
        """
        부인 아내 남편 아버지 어머니 처 동료 삼촌 이모 고모 사촌 형님 누님 큰애는 작은애는 큰딸
        작은딸 큰아들 작은아들 장인 장모 시아버지 시어머니 처형 처제 동서 매형 매부 형수 사위
        며느리 조카 외삼촌 작업반원 반원 사회복지사
        """
    )
)
_KIN_NAME_NOT_LAST = frozenset("이은는가도으의을를와과랑라")
# The kin word may take 어른 and the name stand in brackets after it: "장인 어른 (김봉수)".
_FULL_AFTER_KIN_RE = re.compile(
    r"(?<![가-힣])([가-힣]{1,5})(?:[ \t]+어른)?(?:[ \t]+|[ \t]*[(（])([가-힣]{3,4})([가-힣]*)"
)


_SSI_AFTER_RE = re.compile(r"[ \t]?씨(?:는|가|의|와|를|도|에게|한테|께서|께)?(?![가-힣])")


def _full_name_after_kin(text: str) -> Iterable[tuple[int, int, str]]:
    """A full name of three syllables (four with a surname of two) after a word of kinship, alone
    or before a particle (above); not a place or a word of the dictionary (the analyser judges)."""
    from testimony.anonymize.redact.vocabulary import is_tail

    position = 0
    while match := _FULL_AFTER_KIN_RE.search(text, position):
        position = match.start(2)
        kin, word, rest = match.groups()
        if kin not in _KIN_BEFORE_FULL:
            continue
        for length in (3, 4):
            name, after = (word + rest)[:length], (word + rest)[length:]
            if (
                len(name) == length
                and (length == 3 or len(split_hangul_name(name)[0]) == 2)
                and _is_hangul_name(name, strict=True)
                # 동생 은별이가, 명혁은, 철도: a given name with the affectionate 이 or a
                # particle, read by the rule for a given name after kin
                and name[-1] not in _KIN_NAME_NOT_LAST
                and name[1:] not in HANGUL_TITLES  # 형 엄반장: a surname and a title
                and not _ko_place(name)
                and (not after or is_tail(after))
                # 오토바이를: after a syllable with no final consonant 이 is no particle
                and not (after.startswith("이") and not (ord(name[-1]) - 0xAC00) % 28)
            ):
                yield match.start(2), match.start(2) + length, REASON_HANGUL_AFTER_KIN
                break
            if (
                length == 3
                and not after
                and _SSI_AFTER_RE.match(text, match.start(2) + length)
                and name[0] in _HANGUL_SURNAMES
                and name not in _HANGUL_STOPWORDS
                and not _ko_place(name)
            ):
                # 동료 정해진 씨: a word of the dictionary (정해진, "decided") between kin and
                # 씨 is a name, which the analyser may not overrule as a verb.
                yield match.start(2), match.start(2) + length, REASON_HANGUL_AFTER_ROLE
                break


# A full name with a note in brackets right after it: a year or a span of years, an age, a
# part the person played ("박은철(2018년 탈북)", "조병수 (1931-1998)", "이다인(통역)",
# "김다혜(교정)", "남궁민호(위원장)": four syllables with a surname of two), who the person is
# to the case, or the name in another script (below).
_ANNOTATED_HANGUL_RE = re.compile(r"(?<![가-힣])([가-힣]{3,4})[ \t]?[(（]([^()（）\n]{1,24})[)）]")
# A year, an age with its word, or a bare age before the note's next item ("박도현(37,
# 공무원)") or alone ("(37)").
_NOTE_OF_YEARS_RE = re.compile(
    r"(?:19|20)\d\d|\d{1,3}[ \t]*(?:세|살|대)(?![가-힣])|\d{2}[ \t]*(?:[,/·]|$)"
    # or the room a resident or a patient has: "김순녀(205호)"
    r"|\d{1,4}[ \t]*호실?$"
)
_BRACKETED_PARTS = _KO_ROLES_OR_NOTES | frozenset(
    _words("교정 감수 자문 통역 번역 녹취 진행 사회 위원장 위원 심사위원 사회자 발표자 간사 분과장")
)
# Words of a longer note that say who the person is to the case: "최춘식(조선족)", "위명화(같은
# 공장 동료, 당시 조장)", "박서준(연구원)", "모상훈(기소)".
_BRACKETED_NOTE_WORDS = frozenset(
    _words(
        """
        연구원 연구위원 자원봉사 자원봉사자 동료 조선족 한족 고려인 후원 기소 공판 카페지기 운영자
        총무 회장 부회장 구역장 조장 반장 신청인 참고인 피해자 증인 제보자 구술자 운반책 브로커
        """
    )
)
# The same name in another script or in initials: 김성일 with Kim Son Ir in Cyrillic, "김순례
# (金順禮)", "고태윤(ㄱㅌ)".
_NOTE_RENDERING_RE = re.compile(
    r"[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё.'’ -]{1,30}|[\u4e00-\u9fff]{2,4}|[ㄱ-ㅎ]{2,3}"
)


def _annotated_hangul(text: str) -> Iterable[tuple[int, int, str]]:
    """A full name of three syllables (four with a surname of two) with a note in brackets after
    it that dates it, ages it or says what the person did (above); not a place, a people or a
    common noun (한국인(2019), 정산표(2019년 3월))."""
    from testimony.anonymize import korean

    for match in _ANNOTATED_HANGUL_RE.finditer(text):
        name, note = match.group(1), match.group(2).strip()
        if (
            # 이미경(54세): a name led by a word (이미) too, before a note that dates or ages it
            not (_is_hangul_name(name, strict=True) or _word_led_name(name))
            or _ko_place(name)
            or name[-1] in HANGUL_PLACE_ENDINGS
            or not (
                note in _BRACKETED_PARTS
                or _NOTE_OF_YEARS_RE.match(note)
                or _NOTE_RENDERING_RE.fullmatch(note)
                or any(word in _BRACKETED_NOTE_WORDS for word in re.split(r"[\s,·/]+", note))
            )
            # 남궁 of 남궁민호 is a word of Kiwi's too; a surname of two is no compound's head
            or (len(name) == 3 and _korean_analyser_enabled.get() and korean.is_compound_noun(name))
        ):
            continue  # 정산표(2019년 3월): a document, not a person
        yield match.start(1), match.end(1), REASON_HANGUL_ANNOTATED


# A reply or a message under its writer's full name in square brackets opening the line:
# "[김영순] 철민아, 아버님 소식 듣고", "[이경희] 잘 지내" (not "[공지]", "[속보]": no names).
_BRACKETED_WRITER_RE = re.compile(r"(?m)^[ \t]*\[([가-힣]{3,4})\][ \t]+(?=[^\s\[])")


def bracketed_writers(text: str) -> Iterable[tuple[int, int, str]]:
    """The writer's name in brackets opening a line (above): a strict full name, no place."""
    for match in _BRACKETED_WRITER_RE.finditer(text):
        name = match.group(1)
        if (
            _is_hangul_name(name, strict=True)
            and not _ko_place(name)
            and name[1:] not in HANGUL_TITLES  # [박반장]: a surname and a title
            and (len(name) == 3 or len(split_hangul_name(name)[0]) == 2)
        ):
            yield match.start(1), match.end(1), REASON_SPEAKER


# A given name with the full name in brackets, or the full name with the given name: "은주(조은주)와
# 순영(노순영)", "조은주 (은주)". The pair says it is a person: the longer is the shorter with a
# surname before it.
_GIVEN_FULL_BRACKETED_RE = re.compile(r"(?<![가-힣])([가-힣]{2,4})[ \t]?[(（]([가-힣]{2,4})[)）]")


def _given_and_full_bracketed(text: str) -> Iterable[tuple[int, int, str]]:
    """A given name and its full name, one in brackets after the other (above): both, when the
    longer is a surname of one or two syllables and the shorter, and the shorter is a given
    name of two syllables that is no ordinary word (김치(김김치) is no one)."""
    for match in _GIVEN_FULL_BRACKETED_RE.finditer(text):
        first, second = match.group(1), match.group(2)
        given, full = (first, second) if len(first) < len(second) else (second, first)
        if (
            len(given) != 2
            or split_hangul_name(full)[1] != given
            or given in _HANGUL_STOPWORDS
            or not _is_hangul_name(full, strict=True)
            or _ko_place(full)
        ):
            continue
        yield match.start(1), match.end(1), REASON_GIVEN_AND_FULL
        yield match.start(2), match.end(2), REASON_GIVEN_AND_FULL


# What a person was called, in quotation marks before "was called" or "we called him":
# "우리는 '여우'라고 불렀어요", "\"안경\"이라고 불린 우씨", "'송금이'라고 불렀어요". Not what a
# group was called (우리를 "코리아"라고), nor a word of kinship or address ("형"이라고, "막내").
_CALLED_RE = re.compile(
    r"[\"'“‘]([가-힣]{1,4})[\"'”’](?:이?라고|이라는|라는|으?로)[ \t]*(?:불|부르|놀리)"
)
_CALLED_GROUP_RE = re.compile(
    r"(?<![가-힣])(?:우리|저희|저|나|너희|우리들)(?:를|을|한테|에게)[^.\n]{0,12}$"
)
_CALLED_WORDS = frozenset(
    _words(
        """
        형 형님 언니 누나 오빠 동생 막내 아이들 애들 시스터 브라더 코리아 코레야 조선 선생님
        아저씨 아주머니 아줌마 할머니 할아버지 삼촌 이모 고모 엄마 아빠 어머니 아버지 친구
        동무 동지 반장 조장 소장 사장 교수 박사 의사 간호사 감옥 배신자
        """
    )
)


# A quoted word introduced as a person's name or nickname ("'뚱보'라는 조선족 브로커",
# "'꼬마'라는 별명으로"), or with a note on the real name ("털보"(본명 모름)).
_NAMED_AS_RE = re.compile(
    r"[\"'“‘]([가-힣]{1,4})[\"'”’](?:(?:이라는|라는)[ \t]+([가-힣]+)(?:[ \t]+([가-힣]+))?"
    r"|[ \t]?[(（](?:본명|실명|진짜 이름)[ \t]?(?:모름|미상|[가-힣]{2,4}))"
)
_NAME_WORDS = ("별명", "가명", "이름", "애칭", "닉네임", "예명", "별칭")
_ORIGIN_BEFORE_PERSON = ("조선족", "중국인", "러시아인", "고려인", "몽골인", "한국인", "북한")


def _named_as(match: re.Match[str]) -> bool:
    """Whether `_NAMED_AS_RE`'s quoted word is a person's name: a word for a name or a person
    after 라는 (one of origin between them too), or a note on the real name."""
    following, after = match.group(2), match.group(3)
    if following is None:
        return True
    if following.startswith(_NAME_WORDS) or _is_person_noun(following):
        return True
    return following in _ORIGIN_BEFORE_PERSON and after is not None and _is_person_noun(after)


def _called_names(text: str) -> Iterable[tuple[int, int, str]]:
    """What a person was called, in quotation marks (above)."""
    for match in _NAMED_AS_RE.finditer(text):
        word = match.group(1)
        if _named_as(match) and not (
            word in _CALLED_WORDS or _is_person_noun(word) or _ko_place(word)
        ):
            yield match.start(1), match.end(1), REASON_CALLED
    for match in _CALLED_RE.finditer(text):
        word = match.group(1)
        if (
            word in _CALLED_WORDS
            or _is_person_noun(word)
            or _ko_place(word)
            or _CALLED_GROUP_RE.search(text, max(0, match.start() - 20), match.start())
        ):
            continue
        end = match.end(1)
        if len(word) >= 2 and _vocative_ending(word):
            end -= 1  # "철아", "창수야": the name called out, without the vocative
        elif len(word) == 2 and word[1] == "가" and word[0] in _HANGUL_SURNAMES:
            end -= 1  # "안가": the surname with the familiar 가
        yield match.start(1), end, REASON_CALLED


def _vocative_ending(word: str) -> bool:
    """Whether `word` ends in the vocative: 아 after a final consonant (철아), 야 after a vowel
    (창수야)."""
    last, before = word[-1], word[-2]
    final_consonant = (ord(before) - 0xAC00) % 28 != 0
    return (last == "아" and final_consonant) or (last == "야" and not final_consonant)


def _full_name_glossed(text: str) -> Iterable[tuple[int, int, str]]:
    """A full name and the surname that glosses it ("백승아(이하 백)", `names.SURNAME_GLOSS_RE`),
    when the name reads as one."""
    for match in SURNAME_GLOSS_RE.finditer(text):
        name = match.group(1)
        if _ko_place(name) or not (
            _is_hangul_name(name, strict=False)
            or (len(name) == 3 and name[0] in _HANGUL_SURNAMES and name not in _HANGUL_STOPWORDS)
        ):
            continue
        yield match.start(1), match.end(1), REASON_SURNAME_GLOSS
        yield match.start(3), match.end(3), REASON_SURNAME_GLOSS


# A form's label, its colon, and a surname alone as the field's value: "승인: 염  입회: 변",
# "서명: 박 / 날짜", "확인: 윤" at a line's end. The field ends with the line, a bracket, a
# slash, a comma or the next label.
_LABELLED_SURNAME_RE = re.compile(
    r"(?<![가-힣])(?:서명|승인|입회|확인|담당|작성|기록|결재|검토|인계|인수|입력|서명자|승인자|"
    r"입회자|확인자|담당자|작성자|기록자|결재자|검토자)[ \t]*[:：][ \t]*([가-힣])"
    r"(?=[ \t]*(?:[/()（）,;|\]]|\r?\n|$)|[ \t]+[가-힣]{1,4}[ \t]*[:：])"
)


def _labelled_surname(text: str) -> Iterable[tuple[int, int, str]]:
    """A Korean surname alone as the value of a form's field (above); not the pronouns 나
    and 저 ("담당: 나"), nor a syllable that is more often a word alone (이, 전, 한 ...)."""
    for match in _LABELLED_SURNAME_RE.finditer(text):
        syllable = match.group(1)
        if (
            syllable in _HANGUL_SURNAMES
            and syllable not in _KO_NOT_SURNAME_ALONE
            and syllable not in ("나", "저", "너")
        ):
            yield match.start(1), match.end(1), REASON_LABELLED_SURNAME


def _titled_hangul(tokens: _Tokens) -> Iterable[tuple[int, int, str]]:
    """Mr. 한, Comrade 박: a Hangul surname alone after an English title (a full Hangul name in
    English prose has its own rule)."""
    text = tokens.text
    if not _HANGUL_RE.search(text):
        return
    for _start, end, word in tokens.items:
        if not _HANGUL_RE.search(text, end, end + 4):
            continue
        lower = word.lower()
        if lower not in _TITLES:
            continue
        match = re.match(r"\.?[ \t]+([가-힣]{1,4})(?![가-힣])", text[end : end + 12])
        if not match:
            continue
        name = match.group(1)
        if len(name) == 1 and name in _HANGUL_SURNAMES:
            yield end + match.start(1), end + match.end(1), REASON_TITLE


# A message's addressee: a given name of two syllables with the vocative 야 or 아 opening a
# quoted line that wishes or thanks ("은혜야 첫돌 축하해", a cake's lettering, a card); two given
# names joined by a heart ("정훈♡소라 1000일").
_ADDRESSED_RE = re.compile(
    r"[\"“'‘]([가-힣]{2})(?:야|아)[ \t,!~]+[^\"”’\r\n]{0,30}?"
    r"(?:축하|생일|사랑|고마|보고\s?싶|힘내|건강|응원)"
)
_PAIRED_RE = re.compile(
    r"(?<![가-힣])([가-힣]{2,3})[ \t]?[♡♥❤💕💖💗][ \t]?([가-힣]{2,3})(?![가-힣])"
)


def addressed_given_names(text: str) -> Iterable[tuple[int, int, str]]:
    """A given name a message calls or pairs with another (above): two name-like syllables, or a
    full name beside a heart, that the Korean analyser reads as a proper noun (one of a pair
    at least, neither a pronoun or an exclamation); no word of the lists nor of the analyser's
    dictionary called (엄마야, 하늘아, 사랑♡행복, 자기♡여보)."""
    from testimony.anonymize.detect.words import REASON_HANGUL_ADDRESSED
    from testimony.anonymize.korean import analyser

    if not _korean_analyser_enabled.get() or not (
        _ADDRESSED_RE.search(text) or _PAIRED_RE.search(text)
    ):
        return

    def tag(word: str) -> str:
        tokens = analyser().tokenize(word)
        return tokens[0].tag if len(tokens) == 1 else ""

    def given(word: str) -> bool:
        if len(word) == 3:
            return _is_hangul_name(word, strict=True)
        return (
            word not in _HANGUL_STOPWORDS
            and not is_role_word(word)
            and not any(syllable in _NON_GIVEN_SYLLABLES for syllable in word)
            and not _ko_place(word)
        )

    for match in _ADDRESSED_RE.finditer(text):
        if given(match.group(1)) and tag(match.group(1)) == "NNP":
            yield match.start(1), match.end(1), REASON_HANGUL_ADDRESSED
    for match in _PAIRED_RE.finditer(text):
        pair = (match.group(1), match.group(2))
        tags = [tag(word) for word in pair]
        if all(given(word) for word in pair) and "NNP" in tags and not {"NP", "IC"} & set(tags):
            yield match.start(1), match.end(1), REASON_HANGUL_ADDRESSED
            yield match.start(2), match.end(2), REASON_HANGUL_ADDRESSED

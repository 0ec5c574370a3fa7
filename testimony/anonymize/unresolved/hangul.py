"""Hangul candidates: what the Korean analyser reads as a name or does not know, lists and
other mentions of a listed name, initials in jamo, and the rules for a Korean surname standing
alone (a registered or named person's surname, a line's label, 최가, after a post, before a note
that the name is unknown).
"""

import re
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING

from testimony.anonymize import informal, names
from testimony.anonymize.detect.hangul import TRANSLITERATION_SYLLABLES
from testimony.anonymize.unresolved.reasons import (
    _HANGUL_REASONS,
    REASON_BEFORE_ADDRESS,
    REASON_HANGUL,
    REASON_HANGUL_LIST,
    REASON_HANGUL_REPEAT,
    REASON_INITIALS,
    REASON_KNOWN_SURNAME,
    REASON_NAME_UNKNOWN,
    REASON_NAMED_SURNAME,
    REASON_SURNAME_APART,
    REASON_SURNAME_GA,
    REASON_SURNAME_LABEL,
    REASON_SYLLABLE_SSI,
    REASON_WORD_ALIAS_HANGUL,
)
from testimony.anonymize.unresolved.words import HANGUL_STOPLIST, _hangul_places, _words

if TYPE_CHECKING:
    from testimony.anonymize.korean import Token

# A one-syllable surname opening a sentence or a line, with a particle: 고는 (제가) 그때 ...
_SURNAME_OPENING_RE = re.compile(
    r"(?:^|(?<=[\n.!?\"'“”‘’「」(]))[ \t]*([가-힣])"
    r"(?:은|는|이|가|을|를|의|도|와|과|한테|에게)(?![가-힣])",
    re.MULTILINE,
)

# Hangul nouns naming a role or a relation: the word after them is often a name (선원 부디와,
# 통역 아마라라는).
_HANGUL_ROLES = _words(
    """
    선원 통역 통역원 사장 감독 감독관 의사 간호사 관리인 동료 친구 운전사 운전기사 기사 요리사
    선장 반장 조장 작업반장 보위원 지배인 책임자 주인 노동자 여성 남성 청년 소년 소녀 언니 오빠
    형 누나 동생 이모 삼촌 고모 아들 딸 아내 남편 처 어머니 아버지 할머니 할아버지 상인 브로커
    번역인 담당자 조카 손녀 손자 며느리 사위 매니저 이웃
    """
)
# A comma, slash or middle-dot list of Hangul words: each element the word and what follows it.
_HANGUL_LIST_RE = re.compile(
    r"[가-힣]+(?:\([^)\n]{0,12}\))?(?:[ \t]*[,/·、][ \t]*[가-힣]+(?:\([^)\n]{0,12}\))?)+"
)
_HANGUL_ELEMENT_RE = re.compile(r"([가-힣]+)(?:\([^)\n]{0,12}\))?")
# The ends of Hangul organisation names: 남강건설, 릉라888무역회사, 만수대창작사.
_HANGUL_ORGANISATION_ENDINGS = (
    "건설",
    "무역",
    "회사",
    "공사",
    "상사",
    "기업소",
    "사업소",
    "창작사",
    "그룹",
    "은행",
    "대학",
    "대학교",
    "병원",
    "식당",
    "호텔",
    "공장",
    "위원회",
)
_JAMO_INITIALS_RE = re.compile(r"(?<![가-힣ㄱ-ㅎ])[ㄱ-ㅎ]{2,4}(?![가-힣ㄱ-ㅎ])")
# One initial consonant before 씨 or 님, as the press writes a person it does not name (ㄱ씨,
# ㅂ 씨를).
_JAMO_INITIAL_SSI_RE = re.compile(r"(?<![가-힣ㄱ-ㅎ])[ㄱ-ㅎ](?=[ \t]?(?:씨|님))")


def _hangul_candidates(
    text: str,
    known_names: Collection[str],
    excluded: frozenset[str],
    named: Iterable[tuple[int, int]] = (),
) -> list[tuple[int, int, str]]:
    from testimony.anonymize import korean  # Kiwi loads on first use: only when there is Hangul
    from testimony.anonymize.recogniser import hangul_tokens

    tokens = hangul_tokens(text, known_names)  # korean.hangul_tokens, kept for the next reader
    candidates = korean.name_candidates(text, known_names, tokens=tokens)
    vocative = {token.start for token in tokens if token.tag == "JKV"}
    places = {text[c.start : c.end] for c in candidates if c.after == "place particle"}
    found = []
    for candidate in candidates:
        start, end = candidate.start, candidate.end
        surface = re.sub(r"[^가-힣]", "", text[start:end])
        word = re.match(r"[가-힣]*", text[start:]).group()
        stem = surface.removesuffix("시") if len(surface) > 2 else surface
        if (
            surface in places
            or surface in excluded
            or surface in _hangul_places()
            or stem in _hangul_places()
            or word.startswith(tuple(HANGUL_STOPLIST))
            or surface.endswith(_HANGUL_ORGANISATION_ENDINGS)
            or candidate.syllables > (7 if _transliterated(surface) else 5)
        ):
            continue
        before = text[max(0, start - 12) : start]
        role = re.search(r"([가-힣]+)[ \t]+$", before)
        in_list = bool(re.match(r"[ \t]*[,/·、(]", text[end:])) or bool(
            re.search(r"[,/·、][ \t]*$", before)
        )
        after_role = role is not None and role.group(1) in _HANGUL_ROLES
        if candidate.kind in ("proper", "unknown"):
            keep = candidate.after != "other"  # also before nothing: 박반..., 방대길(동료)
        elif candidate.kind == "name-shaped":
            keep = candidate.after in ("particle", "copula", "honorific") or in_list or after_role
        elif candidate.kind == "syllables apart":
            keep = candidate.after == "honorific" or in_list or after_role or end in vocative
        else:  # a surname alone: before an honorific, called (옥아) or quoted ("안이 말하길")
            quoted = re.search(r"[\"'“‘「『][ \t]*$", text[max(0, start - 2) : start]) is not None
            keep = candidate.after == "honorific" or end in vocative or quoted
        if keep:
            found.append((start, end, _HANGUL_REASONS.get(candidate.kind, REASON_HANGUL)))
    for match in _JAMO_INITIALS_RE.finditer(text):
        if len(set(match.group())) > 1:  # ㅅㅎㅅ, not the laughter ㅋㅋㅋ
            found.append((match.start(), match.end(), REASON_INITIALS))
    found.extend(
        (match.start(), match.end(), REASON_INITIALS)
        for match in _JAMO_INITIAL_SSI_RE.finditer(text)
    )
    found.extend(_before_address(text, korean.words(tokens), excluded))
    noun_words = {
        (word[0].start, word[-1].end)
        for word in korean.words(tokens)
        if all(token.tag in korean.NOUN_TAGS for token in word)
    }
    repeated = [
        item for item in found if item[2] != _HANGUL_REASONS["name-shaped"] or item[1] - item[0] > 2
    ]
    found.extend(_hangul_list_neighbours(text, found, excluded, noun_words, named))
    found.extend(_hangul_repeats(text, repeated))
    return found


def _transliterated(word: str) -> bool:
    """With the sounds of a transliterated foreign word (즈비그니에프, 갈랴)."""
    return any(syllable in TRANSLITERATION_SYLLABLES for syllable in word)


# What a landlady, a neighbour or a foreman is called by, after their name (류다 할머니, 갈랴
# 아줌마, 아이굴 아주머니): the name before it is often one the analyser cannot read.
_ADDRESS_WORDS = ("아주머니", "아줌마", "할머니", "할아버지", "아저씨", "아바이", "오마니")
_ADDRESS_RE = re.compile(
    rf"(?<![가-힣])([가-힣]{{2,8}})[ \t]?(?:{'|'.join(_ADDRESS_WORDS)})"
    r"(?:님|들)?(?:은|는|이|가|을|를|의|에게|한테|께|와|과|도|만|랑|하고|께서)?(?![가-힣])"
)
# What Kiwi reads a word as when it is an ordinary word before a word of address: common nouns
# (옆집, 식당), a determiner or pronoun (어떤, 우리), an adverb (그냥), a number.
_ORDINARY_TAGS = frozenset({"NNG", "NNB", "NR", "NP", "MM", "MAG", "SN", "XSN", "XPN"})
# Peoples a neighbour is called by (한족 아저씨, 조선족 아줌마), which Kiwi reads as proper nouns.
_PEOPLES = frozenset(_words("한족 조선족 고려인 한인 화교 교포 동포 재일교포"))


def _before_address(
    text: str, words: list[list["Token"]], excluded: frozenset[str]
) -> list[tuple[int, int, str]]:
    """A word before a word of address that the analyser reads as no ordinary word: a name it
    splits (류다 = 류 + 다, 아이굴 = 아 + 이 + 굴, 갈랴 read as a verb). Common nouns (주인
    아줌마), determiners and pronouns (어떤, 우리), clauses (착한, 와서), places and
    nationalities (러시아, 중국인) stay out."""
    by_start = {word[0].start: word for word in words}
    found = []
    for match in _ADDRESS_RE.finditer(text):
        start, end = match.span(1)
        surface = match.group(1)
        word = by_start.get(start)
        if word is None or word[-1].end > end:
            continue  # the analyser's word runs on past the name (a glued title it split)
        if (
            surface in excluded
            or surface in _hangul_places()
            or surface[:-1] in _hangul_places()  # 중국인, 러시아인
            or surface in _PEOPLES
            or surface.startswith(tuple(HANGUL_STOPLIST))
        ):
            continue
        tags = [token.tag for token in word]
        ordinary = all(tag in _ORDINARY_TAGS for tag in tags)
        # 착한, 와서, 집에 (not 난다 = 나 + ㄴ + 다, a particle inside)
        clause = any(tag.startswith(("V", "E", "XS")) for tag in tags) or tags[-1][0] == "J"
        if not _transliterated(surface) and (ordinary or clause):
            continue
        found.append((start, end, REASON_BEFORE_ADDRESS))
    return found


def _hangul_list_neighbours(
    text: str,
    found: list[tuple[int, int, str]],
    excluded: frozenset[str],
    noun_words: set[tuple[int, int]],
    named: Iterable[tuple[int, int]] = (),
) -> list[tuple[int, int, str]]:
    """The bare words of a comma or slash list that holds a listed or a proposed name: 명옥,
    순금, 혜영은; 탁정수 among proposed names (서명국, 황인철, 탁정수), and a surname alone
    (리광, 량). Never a label before a colon (정리: 허지원, 검토: 김다솜); in a list that holds
    only proposed names, not a word Kiwi knows (위원, 일당)."""
    from testimony.anonymize import korean  # Kiwi: called with Hangul text only

    listed = {start for start, _end, _reason in found}
    starts = listed | {start for start, _end in named}
    extra = []
    for match in _HANGUL_LIST_RE.finditer(text):
        elements = list(_HANGUL_ELEMENT_RE.finditer(match.group()))
        offset = match.start()
        anchors = {offset + element.start() for element in elements}
        if not anchors & starts:
            continue
        proposed_only = not anchors & listed
        for element in elements:
            start, end = offset + element.start(1), offset + element.end(1)
            bare = element.group(1)
            if start in starts or bare in excluded or bare in _hangul_places():
                continue
            if len(bare) == 1:
                if bare in names.SURNAMES and bare not in _NOT_ALONE:
                    extra.append((start, end, REASON_HANGUL_LIST))
                continue
            if bare in _HANGUL_ROLES or bare.startswith(tuple(HANGUL_STOPLIST)):
                continue  # 편성희 언니, 도경옥 언니
            if (start, end) not in noun_words:
                continue  # 어렸고, 했는데, 회계는: a verb or a word with its particle
            if re.match(r"[ \t]*:", text[end:]) or (
                proposed_only and korean.opens_with_a_known_noun(bare)
            ):
                continue  # 정리: 허지원, 검토: 김다솜
            if 2 <= len(bare) <= 3:
                extra.append((start, end, REASON_HANGUL_LIST))
    return extra


# Syllables that are surnames but stand alone as ordinary words in a cell, in brackets or in a
# list: sexes (남, 여), days (월 ... 일), yes and no (유, 무, 예, 네), grades and sizes (상, 중,
# 하, 대, 소), numbers, directions, the seal (인) and the company (주) of "(인)" and "(주)",
# mother and I (모, 나), the currency (원), and the commonest words among the rest (안, 한, 전).
_NOT_ALONE = frozenset(
    "남여월화수목금토일유무예네아상중하대소전후좌우오이삼사육칠팔구십백천만동서북정부안한총각"
    "인주나모원어반로제고노성신"
)
# A one-syllable surname set apart: alone in a table cell (| 염 |, | 지 at a line's end),
# alone in brackets ((설), (기)), or signing a line after a dash (- 매니저 솔 is the form
# with a word; - 우 alone).
_SURNAME_APART_RE = re.compile(
    r"(?<=\|)[ \t]*([가-힣])[ \t]*(?=\||\r?$)|(?<=\()([가-힣])(?=\))"
    r"|(?<=[-–—] )([가-힣])[ \t]*\r?$",
    re.MULTILINE,
)
# Signing a line (- 우): what a line ends with as a word (- 네, - 남, - 월), and what stands
# before a word of address as often as a surname (informal.NOT_BEFORE_ADDRESS: - 두).
_NOT_SIGNING = informal.NOT_BEFORE_ADDRESS | frozenset("예네아유무남여월화수목금토일상중하대소")


def _surnames_set_apart(text: str) -> list[tuple[int, int, str]]:
    """A one-syllable surname alone in a cell, in brackets or signing a line (above); never a
    syllable of _NOT_ALONE in a cell or brackets, nor of _NOT_SIGNING signing a line. (Before
    a word of address, 우 할매, is `informal`'s surname beside a title.)"""
    found = []
    for match in _SURNAME_APART_RE.finditer(text):
        group = next(number for number in (1, 2, 3) if match.group(number))
        letter = match.group(group)
        ordinary = _NOT_SIGNING if group == 3 else _NOT_ALONE
        if letter in names.SURNAMES and letter not in ordinary:
            found.append((*match.span(group), REASON_SURNAME_APART))
    return found


_PARTICLES_AFTER_NAME = (
    "이가|이는|이를|이의|이랑|이와|이도|이한테|이에게|씨|님|가|는|를|의|와|과|도|만|이|랑|"
    "에게|한테|은|을"
)
# Looked for at every word's start (a lookahead), so that a role read as the word before one
# name is still read before the next (여성 노동자 라명호가).
_AFTER_ROLE_RE = re.compile(
    rf"(?<![가-힣])(?=([가-힣]+)[ \t]+([가-힣]{{3}})(?:{_PARTICLES_AFTER_NAME})?(?![가-힣]))"
)


def _full_names_after_roles(text: str, excluded: frozenset[str]) -> list[tuple[int, int, str]]:
    """Three syllables after a role or a relation (딸 한지유, 동료 라명호가), the first a
    surname, that Kiwi knows as no word and reads with no particle or verb inside: the names
    it guesses at as unknown words, which its other readings miss."""
    from testimony.anonymize import korean

    found = []
    for match in _AFTER_ROLE_RE.finditer(text):
        word = match.group(2)
        if (
            match.group(1) in _HANGUL_ROLES
            and word[0] in names.SURNAMES
            and word not in excluded
            and word not in _hangul_places()
            and not word.startswith(tuple(HANGUL_STOPLIST))
            and not korean.opens_with_a_known_noun(word)
            and not korean.reads_as_a_clause(word)
        ):
            found.append((*match.span(2), _HANGUL_REASONS["name-shaped"]))
    return found


def _hangul_repeats(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Every other occurrence, at the start of a word, of a listed Hangul name of two
    syllables or more: 조금철이가 listed, so 조금철과 too, however Kiwi reads it."""
    listed = {text[s:e] for s, e, _r in found if len(re.sub(r"[^가-힣]", "", text[s:e])) >= 2}
    starts = {start for start, _end, _reason in found}
    if not listed:
        return []
    alternatives = "|".join(re.escape(name) for name in sorted(listed, key=len, reverse=True))
    return [
        (match.start(), match.end(), REASON_HANGUL_REPEAT)
        for match in re.finditer(rf"(?<![가-힣])(?:{alternatives})", text)
        if match.start() not in starts
    ]


def _known_surnames_alone(text: str, known_names: Collection[str]) -> list[tuple[int, int, str]]:
    """고는 (제가) 그때 ...: the one-syllable surname of a registered Hangul name, alone with a
    particle at the start of a sentence or a line, where the finders leave a surname that is also
    a word (고, 한, 전 ...). Not 이, 그, 저, which open sentences as 'this', 'that'."""
    surnames = {
        name.strip()[0]
        for name in known_names
        if len(name.strip()) >= 2 and "가" <= name.strip()[0] <= "힣"
    } - {"이", "그", "저"}
    return [
        (match.start(1), match.end(1), REASON_KNOWN_SURNAME)
        for match in _SURNAME_OPENING_RE.finditer(text)
        if match.group(1) in surnames
    ]


_POSTS_SET = frozenset((*names.HANGUL_TITLES, *names.HANGUL_POSTS))
_POSTS_PATTERN = "|".join(sorted(_POSTS_SET, key=len, reverse=True))
# "국 (이름 모름)", "황(이름 모름)", "별[본명 모름]", "방 지배인(남성, 이름 모름)": the word before
# a note that the (rest of the) name is unknown is a name, whatever else it means.
_UNKNOWN_NOTE_KO = (
    r"(?:[^)\]\n]{0,12}?,[ \t]*)?(?:이름|본명|성명|실명)[은는]?[ \t]*(?:모름|미상|불명)"
)
_UNKNOWN_NOTE_EN = (
    r"(?:[^)\]\n]{0,24}?,[ \t]*)?(?:(?:first|given|full|real|family)[ \t]+)?(?:name|surname)"
    r"[ \t]+(?:unknown|not[ \t]+known)"
)
# "the Nurse (name unknown)": a role written with a capital, not a name.
_ROLE_NOUNS = _words(
    """
    nurse doctor driver cook foreman minder manager guard boss officer deputy boatswain captain
    chief head supervisor worker interpreter owner man woman boy girl agent broker cleaner
    """
)
_NAME_UNKNOWN_KO_RE = re.compile(
    rf"(?<![가-힣])([가-힣]{{1,4}})(?:[ \t]+({_POSTS_PATTERN}))?(?:[ \t]+(?:모|某))?"
    rf"[ \t]*[(\[][ \t]*{_UNKNOWN_NOTE_KO}"
)
_NAME_UNKNOWN_EN_RE = re.compile(
    r"(?<![A-Za-z])([A-Z][a-z]+)[ \t]*(?:[(\[][ \t]*|,[ \t]*)" + _UNKNOWN_NOTE_EN
)


def _name_unknown_marks(text: str) -> list[tuple[int, int, str]]:
    """The word before a note that the rest of its name is unknown: 보위원: 국 (이름 모름), 표
    씨(이름 모름), Deputy Gang (security, given name unknown), Yon, given name unknown."""
    found = []
    for match in _NAME_UNKNOWN_KO_RE.finditer(text):
        word = match.group(1)
        if word in _POSTS_SET or word in _HANGUL_ROLES:
            continue  # 보위원(이름 모름): the post, not a name
        found.append((match.start(1), match.end(1), REASON_NAME_UNKNOWN))
    found.extend(
        (match.start(1), match.end(1), REASON_NAME_UNKNOWN)
        for match in _NAME_UNKNOWN_EN_RE.finditer(text)
        if match.group(1).lower() not in _ROLE_NOUNS
    )
    return found


# A one-syllable surname, or a few of them with commas, as the label of a line or a remark:
# a ledger's "하 - 병가 5일. 도 - 무단이탈 1일. 연, 금 - 이상 없음", a speaker's "우: 문 앞에",
# a post's "부지배인 도: ...". Opening its line or a sentence, or after a post.
_SURNAME_LABEL_RE = re.compile(
    rf"(?:^|(?<=[.!?:\n])|(?:{_POSTS_PATTERN})[ \t]+)[ \t]*"
    r"([가-힣](?:[ \t]*,[ \t]*[가-힣])*)[ \t]*(?:[-–—][ \t]|:(?!\d))",
    re.MULTILINE,
)
# Enumerators of Korean lists (가. 나. 다.) are surnames too; with a dash or a colon they are
# still more often the list's letters.
_LIST_LETTERS = frozenset("가나다라마바사아자차카타파")


def _surname_labels(text: str) -> list[tuple[int, int, str]]:
    """Bare Korean surnames as the label of a line or a remark (above)."""
    found = []
    for match in _SURNAME_LABEL_RE.finditer(text):
        offset = match.start(1)
        if match.group(1) == "문" and match.group().rstrip().endswith(":"):
            continue  # 문: ... 답: ...: a transcript's question, not Mr Mun
        for part in re.finditer(r"[가-힣]", match.group(1)):
            letter = part.group()
            if letter in names.SURNAMES and letter not in _LIST_LETTERS | _SURNAMES_NEVER_ALONE:
                start = offset + part.start()
                found.append((start, start + 1, REASON_SURNAME_LABEL))
    return found


# Two syllables that are a word, not a surname with the suffix 가 (`names.SURNAME_GA_WORDS`).
_GA_WORDS = names.SURNAME_GA_WORDS
_SURNAME_GA_RE = re.compile(
    r"(?<![가-힣])([가-힣])가(?=는|도|가|네|에게|한테|를|랑|하고|의|놈|년|새끼|였|인(?![가-힣])"
    r"|라는|라고|라며|로만|로(?![가-힣])|예요|야(?![가-힣])|입니다|이었|[ \t,.!?\"'”’)])"
)


def _surnames_with_ga(text: str) -> list[tuple[int, int, str]]:
    """A surname with the suffix 가 (above): the surname and its suffix, as one item."""
    return [
        (match.start(1), match.end(1) + 1, REASON_SURNAME_GA)
        for match in _SURNAME_GA_RE.finditer(text)
        if match.group(1) in names.SURNAMES and match.group(1) + "가" not in _GA_WORDS
    ]


# One syllable standing alone before 씨 and a particle or the end of a phrase: a short name,
# often a foreigner's (베트남 아주머니 란 씨, Khun Nok(녹 씨)). Not a determiner or a number
# before 씨 as "seed" (그 씨, 두 씨).
_SYLLABLE_SSI_RE = re.compile(
    r"(?<![가-힣])([가-힣])[ \t]씨"
    r"(?=는|가|도|를|의|에게|한테|와|랑|하고|께서|였|예요|[ \t,.!?)\]\"'”’]|$)",
    re.MULTILINE,
)
_NOT_BEFORE_SSI = frozenset("이그저새헌온각몇두세네내제한첫옛")


def _syllables_before_ssi(text: str) -> list[tuple[int, int, str]]:
    """A name of one syllable before 씨 (above), which no finder proposes unless it is a
    surname."""
    return [
        (match.start(1), match.end(1), REASON_SYLLABLE_SSI)
        for match in _SYLLABLE_SSI_RE.finditer(text)
        if match.group(1) not in _NOT_BEFORE_SSI
    ]


# Surnames that are also the commonest pronouns and determiners (this, that, I): their bare
# word is nearly always the word.
_SURNAMES_NEVER_ALONE = frozenset("이그저나제")
_PLACE_PARTICLES = frozenset({"에", "에서", "로", "으로", "까지", "부터", "에서부터"})
# After a proposed one-syllable surname: the post it was proposed with (설 동무가, 단 부대장은).
_SURNAME_POST_RE = re.compile(rf"[ \t]*(?:{_POSTS_PATTERN})")


def _named_surnames_alone(
    text: str, named: Iterable[tuple[int, int]], known_names: Collection[str]
) -> list[tuple[int, int, str]]:
    """내 짝은 안철호였다. 우리는 그냥 안이라고 불렀다. 안은 ...: the one-syllable surname of a
    three-syllable Hangul name proposed (or registered) in this text, or proposed alone with
    a post (관리원 설 동무가 ... 설은), standing alone as the
    analyser's noun before a particle or the copula (안은, 안이라고, 석이), or after 큰 / 작은
    ('큰 석', 작은 하). The finders leave such a surname, since it is also a word (안 'not',
    문 'door', 석 'three'); where the same text names 안철호, the reviewer is asked."""
    from testimony.anonymize.korean import NOUN_TAGS, words
    from testimony.anonymize.recogniser import hangul_tokens

    surnames = set()
    for name in [*(text[start:end] for start, end in named), *known_names]:
        hangul = re.sub(r"[^가-힣]", "", name)
        if len(hangul) == 3 and len(name.strip()) == 3:
            surnames.add(hangul[0])
    for start, end in named:
        # 설 동무, 단이라는: a person the text names by a surname alone
        if end - start == 1 and re.match(r"[가-힣]", text[start]):
            surnames.add(text[start])
    surnames -= _SURNAMES_NEVER_ALONE
    if not surnames:
        return []
    found = []
    for word in words(hangul_tokens(text, known_names)):
        first = word[0]
        if first.start > 0 and re.match(r"[가-힣]", text[first.start - 1]):
            continue  # inside a word Kiwi cut
        surname = text[first.start]
        if surname not in surnames:
            continue
        surface = text[first.start : word[-1].end]
        if re.match(rf"{surname}이(?:라고|라는|라|었|다|고|야)", surface):
            # 안이라고, 안이었다: the copula, however the analyser cut it (안이 'complacency')
            found.append((first.start, first.start + 1, REASON_NAMED_SURNAME))
            continue
        if word[-1].end == first.start + 1 and _SURNAME_POST_RE.match(text, first.start + 1):
            # 단 부대장은: before a post, whatever the analyser took it for (단 'only')
            found.append((first.start, first.start + 1, REASON_NAMED_SURNAME))
            continue
        before = text[max(0, first.start - 4) : first.start]
        if (
            text[first.start : first.end] == surname
            and re.search(r"(?:^|[^가-힣])(?:큰|작은)[ \t]+$", before) is not None
        ):
            # 큰 석, 작은 석의, 작은 도는: whatever the analyser read (석의 as a bound noun)
            found.append((first.start, first.end, REASON_NAMED_SURNAME))
            continue
        # Not a pronoun, nor a counter (책 두 권을, 세 명이): a bound noun after a number.
        if text[first.start : first.end] != surname or first.tag not in NOUN_TAGS - {"NP", "NNB"}:
            continue
        if re.search(r"(?:\d|(?<![가-힣])(?:한|두|세|네|몇))[ \t]*$", text[: first.start]):
            continue
        rest = word[1:]
        as_person = (
            bool(rest)
            and (rest[0].tag.startswith("J") or rest[0].tag == "VCP")
            # a place's particles: 방 안에서, 문으로 (a person takes 에게, 한테)
            and rest[0].form not in _PLACE_PARTICLES
        )
        if as_person:
            found.append((first.start, first.end, REASON_NAMED_SURNAME))
    return found


def word_alias_mentions(text: str, known_names: Collection[str]) -> list[tuple[int, int, str]]:
    """Every mention of a registered Hangul alias that is also a common noun (곰, 여우, 감자;
    `korean.is_common_noun`), as a word of its own with at most a particle or the copula after
    it. The registered scan leaves those written as the word ("진짜 곰이 나타났다", "여우
    같았어요": `redact.hangul_scan.alias_as_word`) to the reviewer; the ones it proposed are
    covered and drop out of the list."""
    from testimony.anonymize.korean import is_common_noun
    from testimony.anonymize.redact.vocabulary import is_tail

    found: list[tuple[int, int, str]] = []
    for alias in {name.strip() for name in known_names}:
        if not _ONE_HANGUL_WORD_RE.fullmatch(alias) or alias not in text:
            continue
        if not is_common_noun(alias):
            continue
        for match in re.finditer(rf"(?<![가-힣]){re.escape(alias)}([가-힣]*)", text):
            if is_tail(match.group(1)):
                found.append((match.start(), match.start() + len(alias), REASON_WORD_ALIAS_HANGUL))
    return found


_ONE_HANGUL_WORD_RE = re.compile(r"[가-힣]+")

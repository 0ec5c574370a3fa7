"""Findings judged by the rest of the text (see __init__.py).

Where public figures stand and the merge of overlapping findings; names that are ships or state
officials; a name signing a letter; other mentions of a name found once; the Hangul given name of
a name found in Latin letters; names after 'Tell' or 'surnamed', in quotes or glossed; and the
context rules of context_names.py.
"""

import re
from collections.abc import Iterable
from functools import lru_cache

from testimony.anonymize.detect.hangul import (
    _is_hangul_name,
    _with_honorific,
    affectionate_lists,
    is_role_word,
)
from testimony.anonymize.detect.words import (
    _AMBIGUOUS_SURNAMES,
    _CAPITALISED_STOPWORDS,
    _HANGUL_RE,
    _HANGUL_STOPWORDS,
    _HANGUL_SURNAMES,
    _HANGUL_WORD_RE,
    _KO_COPULA,
    _KO_PARTICLES,
    _LATIN_RE,
    _ORG_WORDS,
    _PLACES,
    _TITLES,
    _VERY_COMMON_WORDS,
    REASON_ADDRESSED,
    REASON_APPOSED,
    REASON_CALLED,
    REASON_CODE_NAME,
    REASON_GIVEN_SURNAME,
    REASON_GLOSSED_SURNAME,
    REASON_HANGUL_APPOSED,
    REASON_HANGUL_LIST,
    REASON_INTRODUCED,
    REASON_LISTED_WITH_NAMES,
    REASON_NICKNAME_BESIDE,
    REASON_OTHER_MENTION,
    REASON_QUOTED_GIVEN,
    REASON_ROLE_NOUN,
    REASON_SIGNATURE,
    REASON_SPACED_NAME,
    REASON_STAFF,
    REASON_SURNAME_CONTEXT,
    REASON_SURNAME_GIVEN,
    REASON_SURNAMED,
    REASON_TITLE,
    _foreign_places,
    _is_capitalised_name_word,
    _is_given_part,
    _is_hyphenated_given,
    _is_surname,
    _loose_key,
    _Tokens,
    _words,
    fold,
)
from testimony.anonymize.english import ENGLISH_WORDS


def _public_ranges(folded: str, public_figures: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where public figures occur: find their first names' words, then try the full names there."""
    anchor, by_first = _public_patterns(public_figures)
    ranges = []
    for hit in anchor.finditer(folded):
        pattern = by_first.get(hit.group().lower())
        full = pattern.match(folded, hit.start()) if pattern else None
        if full:
            ranges.append(full.span())
    for match in _EPITHET_RE.finditer(folded):
        words = match.group("name").split()
        if not any(_is_surname(word) for word in words):
            ranges.append(match.span())  # not "Pak Song II", a Korean name typed with I's
    ranges.extend(match.span(1) for match in _CITED_AUTHORS_RE.finditer(folded))
    ranges.extend(match.span() for match in _VIETNAMESE_STATE_RE.finditer(folded))
    return ranges


# The state's name heading every Vietnamese official paper (a delivery note, a contract): not
# the names Hòa and Hội. With or without its marks, in capitals or not.
_VIETNAMESE_STATE_RE = re.compile(
    r"C[OÔỘ]NG[ \t]+H[OÒ]A[ \t]+X[AÃ][ \t]+H[OỘ]I[ \t]+CH[UỦ][ \t]+NGH[IĨ]A[ \t]+"
    r"VI[EỆ]T[ \t]+NAM",
    re.IGNORECASE,
)


# The authors of a published work a reading list or a footnote cites: after "Reading:", "See",
# "cf." or a semicolon, names, a comma, a title of two words or more whose last is capitalised
# and its year in brackets ("Reading: Kevin Bales, Disposable People (1999)"; "; Stephan
# Haggard and Marcus Noland, Witness to Transformation (2011)"). Not after any colon: "Interviewer:
# Sarah Jones, Seoul Office (2019)" is a person and her desk.
_AUTHOR = r"[A-Z][a-z]+(?:[- ][A-Z]\.?)?(?:[- ][A-Z][a-z]+){1,2}"
_CITED_AUTHORS_RE = re.compile(
    r"(?:\b(?:[Rr]eadings?:|[Ss]ee|[Cc]f\.)|;)[ \t]*"
    rf"({_AUTHOR}(?:,? (?:and|&) {_AUTHOR})*), "
    r"[A-Z0-9][^\n,()]{0,80}? [A-Z][^\s,()]*[ \t]\((?:1[89]|20)\d\d\)"
)


# Names that a street, a square, a hospital or a mosque carries: after a word that comes first in
# the languages of the host countries (Prospekt Veteranov, Plac Litewski, Jalan Tunku Abdul
# Rahman, Szpital Miejski im. Jana Pawła II: "im." is "named after"), or before a word that
# comes last (Fahad Al-Salem Street, Imam Muhammad ibn Abd al-Wahhab Mosque). And Chinese
# fishing boats, named with 渔 (Yu) and a number: Liao Dan Yu 2317.
_NAME_RUN = (
    r"[A-Z][\w'-]*(?:[ \t]+(?:(?:ibn|bin|binti|bint|al|el|za|de|da|do|dos|del|van|von|im\.)"
    r"[ \t]+|al-|el-)?[A-Z][\w'-]*){0,5}"
)
_PLACE_FIRST_RE = re.compile(
    r"\b(?i:Prospekt|Prospect|Ploshchad|Plac|Ulitsa|Ulica|ul\.|Jalan|Jln\.?|Lorong|Persiaran|"
    r"Szpital|Aleja|Pereulok|Bulvar|Naberezhnaya|Shosse|Avenida|Rua|Calle|Rue|Avenue|Boulevard|"
    r"Route|im\.|Santa|Santo|São|Sao|"
    r"(?:Cathedral|Church|Basilica|Chapel|Mosque|Temple|Shrine|Monastery)[ \t]+of"
    # A ship after its prefix, in capitals (MV Orient Grace, M/V ORIENT GRACE).
    r"|(?-i:MV|M/V|MT|M/T|FV|F/V))[ \t]+" + _NAME_RUN
)
# A Vietnamese street, folded as the text is ("phố Trần Hưng Đạo" is "pho Tran Hung Dao"), in
# lower case: Duong and Phuong are names too.
_VIETNAMESE_STREET_RE = re.compile(r"\b(?:pho|duong|Pho)[ \t]+" + _NAME_RUN)
# A company's form before its name (Syarikat Tan Brothers, Bank Polski, PT Karya Jaya).
_COMPANY_FIRST_RE = re.compile(r"\b(?:Syarikat|Bank|PT|CV|OOO|OAO|ZAO|PAO)[ \t]+" + _NAME_RUN)
_PLACE_LAST_RE = re.compile(
    _NAME_RUN + r"[ \t]+(?:Street|Road|Avenue|Mosque|Airport|Hospital|University|Square|"
    r"Station|Bridge|Stadium|Arena|School|Institute|Academy|Port|Boulevard|Highway|Cathedral|"
    r"Church|Museum|Library|Drive|Lane|Prospekt|Brothers|Bank|Tower|Towers|Mall|Plaza|Hotel)\b"
)
# "Пушкинская улица", "Невский проспект": a street's name before its word; "Сбербанк",
# "Россельхозбанк": a bank.
_CYRILLIC_PLACE_BEFORE_RE = re.compile(
    r"[А-ЯЁ][а-яё-]+[ \t]+(?:улица|улицы|улице|улицу|проспект|проспекта|переулок|площадь|"
    r"бульвар|шоссе|набережная)(?![а-яё])"
    r"|(?<![А-Яа-яЁё])[А-ЯЁ][а-яё]*банк[а-яё]*"
)
# "ул. Карла Маркса", "проспект Ленина", "им. Ленина": a Russian street or institution named
# after a person (folded: й is и).
_CYRILLIC_PLACE_FIRST_RE = re.compile(
    r"(?i:\b(?:ул|пр|пер|пл|наб|им|б-р|пр-т)\.|\b(?:улица|улицы|улице|проспект|проспекта|"
    r"переулок|площадь|площади|бульвар|набережная|шоссе|имени))[ \t]*"
    r"[А-ЯЁ][а-яё-]+(?:[ \t]+[А-ЯЁ][а-яё-]+){0,2}"
)
# "в Уссурийске", "по Приморскому краю", "из Ташкента": a capitalised Cyrillic word after a
# Russian preposition of place is where someone is, goes or comes from; a person after one takes
# u, k, s, o or dlya ("u Chvena", "dlya Pak Sun Ok").
_CYRILLIC_AFTER_PLACE_PREPOSITION_RE = re.compile(
    r"(?<![А-Яа-яЁёӨөҮү])(?:[Вв]о?|[Нн]а|[Ии]з|[Пп]о|[Пп]од"
    # or after a word for a place: an airport, a station, a village, a street, a bay, an island
    r"|[Аа]эропорт[а-я]*|[Сс]танци[а-я]+|[Пп]ос[её]л(?:ок|ка|ке)|[Сс]ел[оа]|[Дд]еревн[а-я]+"
    r"|[Гг]ород[а-я]*|[Уу]лиц[а-я]+|ул\.|пр-т|[Пп]роспект[а-я]*|[Мм]икрорайон[а-я]*|[Бб]ухт[а-я]+"
    r"|[Оо]стров[а-я]*|[Пп]орт[а-я]*"
    # or after a city and a comma, as an address writes its district (Владивосток, Чуркин;
    # Улаанбаатар, Хан-Уул), or after a dacha
    r"|(?:Владивосток|Хабаровск|Находка|Уссурийск|Москва|Новосибирск|Иркутск|Улаанбаатар|Дархан"
    r"|Эрдэнэт|[Дд]ача),)"
    r"[ \t]+[А-ЯЁ][а-яёӨөҮү]+(?:-[а-яА-Я]+)*"
)
# Artyom (Артём), a town by Vladivostok where workers were housed and detained, and a Russian
# given name: the town after a preposition of place or the Russian "g." (gorod, town), or
# before its region, a "site" or an airport.
_TOWN_LIKE_A_NAME = r"(?:Artyom|Artem|Артём|Артем)"
_TOWN_LIKE_A_NAME_RE = re.compile(
    rf"(?:(?<=\bin )|(?<=\bat )|(?<=\bnear )|(?<=\bг\. )|(?<=\bг\.)|(?<=\bв )){_TOWN_LIKE_A_NAME}\b"
    rf"|\b{_TOWN_LIKE_A_NAME}(?=,?[ \t]+(?:Primorsk|Приморск|site\b|airport\b))"
)
# A city, a county or a district after its province: "경기도 성남시에", "함경북도 명간군", "경북
# 구미시" (성남 is a given name too, 성남시 is no person).
_KO_PROVINCE_CITY_RE = re.compile(
    r"(?<![가-힣])(?:경기도?|강원도?|충청[남북]도|전라[남북]도|경상[남북]도|제주도|함경[남북]도|"
    r"평안[남북]도|황해[남북]?도|양강도|자강도|충[남북]|전[남북]|경[남북])"
    # a county of two syllables at most before 군 (명간군): "경남 김철수군" is Kim Chol-su
    r"[ \t]+(?:[가-힣]{1,3}?[시구]|[가-힣]{1,2}군)"
)
_CHINESE_VESSEL_RE = re.compile(
    r"\b(?:(?:[A-Z][a-z]+[ \t]+){1,4}Yu|(?:[A-Z]{2,}[ \t]+){1,4}YU)[ \t]+\d{2,5}\b"
)


_CYRILLIC_CAPITAL_RE = re.compile(r"[А-ЯЁӨҮ]")


@lru_cache(maxsize=1)
def _cyrillic_place_forms_re() -> re.Pattern[str]:
    from testimony.anonymize.foreign_names import CYRILLIC_PLACE_FORMS

    # Matched on the folded text, which writes the short i as i and yo as ye.
    forms = {fold(word) for word in CYRILLIC_PLACE_FORMS}
    words = "|".join(sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![А-Яа-яЁёӨөҮү])(?:{words})(?![А-Яа-яЁёӨөҮү])")


def named_place_ranges(folded: str) -> list[tuple[int, int]]:
    """Where a person's name is the name of a street, a square, a building or a boat; a
    capitalised Cyrillic word a preposition makes a place, and the places in Cyrillic that
    `foreign_names.CYRILLIC_PLACE_FORMS` lists (the recogniser scores the words of the older
    list, CYRILLIC_NOT_NAMES, as places already)."""
    patterns = [
        _PLACE_FIRST_RE,
        _VIETNAMESE_STREET_RE,
        _COMPANY_FIRST_RE,
        _PLACE_LAST_RE,
        _CHINESE_VESSEL_RE,
        _TOWN_LIKE_A_NAME_RE,
        _KO_PROVINCE_CITY_RE,
    ]
    if _CYRILLIC_CAPITAL_RE.search(folded):
        patterns += [
            _CYRILLIC_PLACE_FIRST_RE,
            _CYRILLIC_PLACE_BEFORE_RE,
            _CYRILLIC_AFTER_PLACE_PREPOSITION_RE,
            _cyrillic_place_forms_re(),
        ]
    return [
        *(match.span() for pattern in patterns for match in pattern.finditer(folded)),
        *_case_citations(folded),
    ]


# A court's case cited by its parties, a person against a state: "Rantsev v. Cyprus and
# Russia", "Chowdury and Others v. Greece", "Siliadin v France". Published judgments, read by
# the rapporteur as such; a person against a company or another person is left to the rules.
_CASE_CITATION_RE = re.compile(
    r"\b[A-Z][\w'-]+(?:[ \t]+and[ \t]+Others)?[ \t]+v\.?[ \t]+(?:the[ \t]+)?"
    r"(?P<state>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)"
)


# The states a European or an international court's cases name, beside the countries of work.
_STATES = frozenset(
    _words(
        """
        cyprus greece france russia turkey italy spain germany poland ukraine belgium
        netherlands malta croatia bulgaria romania hungary austria portugal ireland sweden
        norway denmark finland switzerland lithuania latvia estonia moldova georgia armenia
        azerbaijan serbia albania slovakia slovenia luxembourg
        """
    )
) | {"united kingdom", "czech republic", "north macedonia"}


def _case_citations(folded: str) -> Iterable[tuple[int, int]]:
    if " v" not in folded:
        return
    for match in _CASE_CITATION_RE.finditer(folded):
        state = match.group("state").lower()
        if any(
            words in _STATES or words in _PLACES or words in _foreign_places()
            for words in (state, state.split()[0])
        ):
            yield match.span()


# A monarch's or a pope's name: "Peter the Great", "Catherine the Great", "John Paul II",
# "Nicholas II". Those names are history, not a witness's.
_EPITHET_RE = re.compile(
    r"\b(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
    r"(?: the (?:Great|Terrible|Elder|Younger|Wise|Conqueror)\b"
    r"| (?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)\b)"
)


_NAME_END = r"(?![0-9A-Za-z\u00c0-\u024f\u0400-\u04ff])"


# The endings Russian gives a name's last word in its cases (Ына, Ыну, Ыном, Ыне).
_RUSSIAN_CASE_ENDING = r"(?:а|я|у|ю|ом|ем|ым|ой|ей|е)?"


@lru_cache(maxsize=32)
def _public_patterns(
    public_figures: tuple[str, ...],
) -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    """A pattern for the first part of every public name, and the full names by first part.

    Hyphens and spaces between the parts of a romanized name are optional."""
    alternatives: dict[str, list[str]] = {}
    for name in sorted(public_figures, key=len, reverse=True):
        name = fold(name).strip()
        if not name:
            continue
        if re.search(r"[가-힣]", name):
            first, pattern = name[0], re.escape(name)
        else:
            parts = re.split(r"[\s\-‐]+", name)
            first = parts[0].lower()
            # Ends where no letter of its script follows: a Korean particle may ("Lenin이"). A
            # name in Cyrillic may take a Russian case's ending (Ким Чен Ыном, Ким Ир Сена).
            ending = _RUSSIAN_CASE_ENDING if re.search(r"[А-Яа-яЁё]$", parts[-1]) else ""
            pattern = r"[\s\-‐]*".join(re.escape(part) for part in parts) + ending + _NAME_END
        alternatives.setdefault(first, []).append(pattern)
    by_first = {
        first: re.compile("|".join(patterns), re.IGNORECASE)
        for first, patterns in alternatives.items()
    }
    hangul = [re.escape(first) for first in by_first if re.match(r"[가-힣]", first)]
    latin = [re.escape(first) for first in by_first if not re.match(r"[가-힣]", first)]
    anchors = [*hangul, *([rf"\b(?:{'|'.join(latin)})"] if latin else [])]
    return re.compile("|".join(anchors) or r"(?!)", re.IGNORECASE), by_first


def _overlaps(start: int, end: int, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(start < r_end and r_start < end for r_start, r_end in ranges)


def _merge(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    merged: list[tuple[int, int, str]] = []
    for start, end, reason in sorted(found, key=lambda item: (item[0], -item[1])):
        if merged and start < merged[-1][1]:
            last_start, last_end, last_reason = merged[-1]
            if reason not in last_reason:
                last_reason = f"{last_reason}; {reason}"
            merged[-1] = (last_start, max(end, last_end), last_reason)
        else:
            merged.append((start, end, reason))
    return merged


# A ship is named with its number (Tae Dong Gang 7, 루룽위 2682호): not a person.
_VESSEL_BEFORE_RE = re.compile(
    r"(?:\b(?:trawler|vessel|ship|boat|freighter|tanker|steamer|MV|M/V)"
    r"|어선|선박|화물선|상선)[ \t]*:?[ \t]+$",
    re.IGNORECASE,
)
# 'was on the Chon Ma San', 'aboard the Tae Dong': a name one is on board of is a ship.
_ABOARD_RE = re.compile(r"\b(?:on|aboard|onto|board|off)[ \t]+the[ \t]+$", re.IGNORECASE)
_VESSEL_NUMBER_RE = re.compile(r"[ \t]*(?:No\.?[ \t]*|#)?\d+[ \t]*(?:호|號)")
_NUMBER_AFTER_RE = re.compile(r"[ \t]*(?:No\.?[ \t]*|#)?\d+\b")


# Russian ships carry a rank and a surname: the Kapitan Gotsky, the Akademik Lavrentyev.
_SHIP_RANK_RE = re.compile(r"(?:Kapitan|Akademik|Admiral)[ \t]+[A-Z]")


def _vessel_keys(text: str, candidates: list[tuple[int, int, str]]) -> frozenset[str]:
    """The names of ships: a name followed by a number and 호, or by a number after 'the
    trawler'; their other mentions ('the Tae Dong Gang 7 docked') are ships too."""
    keys = set()
    for start, end, _reason in candidates:
        after = text[end : end + 16]
        before = text[max(0, start - 16) : start]
        if (
            _VESSEL_NUMBER_RE.match(after)
            or (_NUMBER_AFTER_RE.match(after) and _VESSEL_BEFORE_RE.search(before))
            or (" " in text[start:end].strip() and _ABOARD_RE.search(before))
            or _SHIP_RANK_RE.match(text, start)
        ):
            keys.add(_loose_key(text[start:end]))
    return frozenset(keys)


# A state office named beside a full name makes it a public figure (Kim Yong-nam, the former
# head of state; Foreign Minister Ri Yong-ho): offices of a state, not of a site or a company.
# Not an ambassador: embassy staff watch the workers abroad, so they are proposed.
_STATE_OFFICE = (
    r"(?:North[ \t]+Korean[ \t]+|DPRK[ \t]+|Russian[ \t]+|Chinese[ \t]+)?"
    r"(?:head[ \t]+of[ \t]+state|premier|prime[ \t]+minister|foreign[ \t]+minister|"
    r"minister[ \t]+of[ \t]+[A-Za-z]+|defen[cs]e[ \t]+minister|general[ \t]+secretary|"
    r"supreme[ \t]+leader|vice[- ]marshal|politburo[ \t]+member)"
)
_OFFICE_AFTER_RE = re.compile(
    rf",[ \t]*(?:the[ \t]+)?(?:(?:former|then|late)[ \t]+)?{_STATE_OFFICE}\b(?![-'’])",
    re.IGNORECASE,
)
_OFFICE_BEFORE_RE = re.compile(
    rf"\b(?:former[ \t]+|then[ \t]+)?{_STATE_OFFICE}[ \t]+$", re.IGNORECASE
)


def _office_keys(text: str, candidates: list[tuple[int, int, str]]) -> frozenset[str]:
    """Full names beside a state office (', the former head of state', 'Premier ...'): public
    figures, here and at their other mentions in the text."""
    keys = set()
    for start, end, _reason in candidates:
        if " " not in text[start:end].strip():
            continue  # a full name only: 'the ambassador Kim' may be anyone
        if _OFFICE_AFTER_RE.match(text, end, end + 60) or _OFFICE_BEFORE_RE.search(
            text[max(0, start - 40) : start]
        ):
            keys.add(_loose_key(text[start:end]))
    return frozenset(keys)


_SIGNATURE_RE = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:Best|Kind|Warm|With best)[ \t]+regards|Regards|Best|Best wishes|Thanks|"
    r"Thank you|Many thanks|Cheers|Sincerely|Yours(?:[ \t]+(?:sincerely|faithfully|truly))?|"
    r"All the best|With thanks)[ \t]*[,.!]?[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*"
    r"([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)[ \t]*(?=\r?\n|$)"
)


# The closing and the name on one line: "Yours faithfully, Pieter De Smet, Director",
# "Regards, Priya", "Pozdrawiam, Tomasz Nowak".
_SIGNED_INLINE_RE = re.compile(
    r"\b(?:Yours[ \t]+(?:sincerely|faithfully|truly)|Sincerely|(?:Best|Kind|Warm)[ \t]+regards|"
    r"Regards|Pozdrawiam|Z[ \t]+poważaniem|Saludos|Cordialement|Atenciosamente)[ \t]*,[ \t]+"
    r"([A-Z][^\W\d_]+(?:[- ](?:[A-Z][^\W\d_]+|de|van|von|da|dos)){0,3})"
    r"[ \t]*(?=,|\r?\n|$)"
)


# A message in Korean signed at its line's end after a dash, as a rolling paper's, a comment's
# or a note's writer signs it: the message ends a sentence (a full stop, 요, 다, 게, an emoji)
# and the name has two or three syllables ("꼭 대학 가서 자랑할게요 - 태식", "... 🙏 - 하랑"),
# or is a surname alone ("외출 없음. - 오", "내가 두 번 할게 - 문").
_HANGUL_SIGNED_RE = re.compile(
    r"(?:[.!?~♥]|[요다죠까네게]|[\U0001F300-\U0001FAFF])[ \t]*[-–—][ \t]*([가-힣]{1,3})"
    r"[ \t]*[^\w\s]{0,4}[ \t]*(?=\r?\n|$)",
    re.MULTILINE,
)
# What closes a note after a dash that is no one's name: done, checked, deleted, the end.
_NOT_SIGNERS = frozenset(_words("끝 완료 확인 삭제 수정 보류 승인 참고 이상 생략 미정 없음 해결"))
_GRADES = frozenset("상중하")


def _signed_names(folded: str) -> Iterable[tuple[int, int, str]]:
    """Regards,\nMina: a capitalised name alone on the line after the closing of a letter, or
    after it on its line ("Yours faithfully, Pieter De Smet, Director"); "... 자랑할게요 - 태식":
    a Korean message signed after a dash."""
    for match in _SIGNATURE_RE.finditer(folded):
        words = re.split(r"[- ]", match.group(1))
        if all(_is_capitalised_name_word(word) for word in words) and not any(
            word.lower() in _foreign_places() for word in words
        ):
            yield match.start(1), match.end(1), REASON_SIGNATURE
    for match in _SIGNED_INLINE_RE.finditer(folded):
        words = match.group(1).split()
        if _is_capitalised_name_word(words[0]) and not any(
            word.lower() in _foreign_places() for word in words
        ):
            yield match.start(1), match.end(1), REASON_SIGNATURE
    if "-" not in folded and "—" not in folded and "–" not in folded:
        return
    for match in _HANGUL_SIGNED_RE.finditer(folded):
        name = match.group(1)
        if len(name) == 1 and (name not in _HANGUL_SURNAMES or name in _GRADES):
            continue  # "... - 끝" (the end), "... - 상" (a grade)
        if name not in _NOT_SIGNERS and name not in _HANGUL_STOPWORDS:
            yield match.start(1), match.end(1), REASON_SIGNATURE


# A dead person's name after 고(故) or 故 ("the late"), as a memorial register, an obituary or
# a rite's list writes it: "고(故) 한말례 영가", "故 김철수 님".
_LATE_RE = re.compile(r"(?:고[ \t]*[(（]故[)）]|故)[ \t]*([가-힣]{2,4})")


def _late_persons(folded: str) -> Iterable[tuple[int, int, str]]:
    """The name after 고(故) or 故 (above): a surname and a given name, up to a particle or a
    word of address after it (영가, 님, 씨)."""
    for match in _LATE_RE.finditer(folded):
        word = match.group(1)
        for length in (3, 2, 4):
            name = word[:length]
            rest = word[length:]
            if len(name) < length or (rest and rest not in _KO_PARTICLES and rest != "님"):
                continue
            if (name[0] in _HANGUL_SURNAMES or name[:2] in _HANGUL_SURNAMES) and (
                name not in _HANGUL_STOPWORDS
            ):
                yield match.start(1), match.start(1) + length, REASON_TITLE
                break


_SINGLE_NAME_RE = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:\n\"“][ \t]*|\n[ \t]*)$")


REASON_HANGUL_GIVEN_OF_LATIN = (
    "Hangul given name of a name found in Latin letters (Ji-won ... 지원 씨)"
)
_LATIN_FULL_NAME_REASONS = (REASON_SURNAME_GIVEN, REASON_GIVEN_SURNAME, REASON_TITLE)


@lru_cache(maxsize=8192)
def _romanized_stem(stem: str) -> frozenset[str]:
    from testimony.anonymize.names import romanize

    return frozenset("".join(romanize(stem, system)) for system in ("rr", "mr"))


def _hangul_given_of_latin_names(
    folded: str, found: list[tuple[int, int, str]]
) -> Iterable[tuple[int, int, str]]:
    """To: Lee Ji-won ... 지원 선생님: the given name of a Korean name found in Latin letters,
    written in Hangul in the same text, before an honorific, a particle or the copula, or
    standing alone before a comma. Compared on romanizations (지원: ji-won, chi-won ...)."""
    if not _HANGUL_RE.search(folded):
        return
    from testimony.anonymize.names import given_variants, split_romanized_name

    keys: set[str] = set()
    for start, end, reason in found:
        if not any(part in reason for part in _LATIN_FULL_NAME_REASONS):
            continue
        name = folded[start:end]
        if not _LATIN_RE.search(name) or " " not in name.strip():
            continue
        _surname, given = split_romanized_name(name)
        if given and ("-" in given or " " in given.strip()):
            keys.update(variant.joined for variant in given_variants(given.replace(" ", "-")))
    if not keys:
        return
    covered = [(start, end) for start, end, _reason in found]
    tails = frozenset((*_KO_PARTICLES, *_KO_COPULA))
    for match in _HANGUL_WORD_RE.finditer(folded):
        word = match.group()
        following = folded[match.end() : match.end() + 8].lstrip(" \t")
        next_word = _HANGUL_WORD_RE.match(following)
        for length in (2, 3):
            if len(word) < length:
                break
            stem, rest = word[:length], word[length:]
            if rest:
                if rest not in tails and not _with_honorific(rest):
                    continue
            elif not (
                (next_word is not None and _with_honorific(next_word.group()))
                or following[:1] in (",", "\n", "\r")
            ):
                continue  # 지원 선생님, 지원,: a bare word only before a title or a comma
            spellings = _romanized_stem(stem)
            if spellings & keys and not _overlaps(match.start(), match.start() + length, covered):
                yield match.start(), match.start() + length, REASON_HANGUL_GIVEN_OF_LATIN
                break


# The findings whose one-word name is that person's name wherever else it stands.
_NAMING_REASONS = frozenset(
    {
        REASON_TITLE,
        REASON_ROLE_NOUN,
        REASON_INTRODUCED,
        REASON_SURNAME_CONTEXT,
        REASON_SURNAMED,
        REASON_APPOSED,
        REASON_NICKNAME_BESIDE,
    }
)
# After a one-word name at a sentence's start, or an English-word one (So, Ha, Do), a verb
# that makes it the subject: "Ha could not even count", ", So told me"; not a verb of being,
# which a thing takes too ("Song was beautiful").
_SUBJECT_VERB_RE = re.compile(
    r"[ \t]+(?:said|says|told|asked|answered|replied|shouted|cried|laughed|could|"
    r"came|went|took|gave|beat|hit|knew|saw|wrote|called|reported|drove|worked|died)\b"
)


# What a person is called, in quotes in brackets right after their name: 'Bikash (called "Bikky"
# by the women)', 'Xu Jianguo ("Lao Xu")', 'Tom Reyes (known as "Doc")'.
_NICKNAME_BESIDE_RE = re.compile(
    r"[ \t]*[(（][ \t]*(?:(?:called|known as|aka|a\.k\.a\.|nicknamed|nickname:?)[ \t]+)?"
    r"[\"“]([A-Z][a-z'’-]{1,15}(?:[ \t][A-Z][a-z'’-]{1,15})?)[\"”]"
    r"(?![ \t]*=)"  # ("Eu" = his own messages): a gloss of a word, no nickname
)


# What a nickname puts before a surname: "Big Ri", "Old Kim", "Lao Liu", "Xiao Wang".
_NICKNAME_PREFIXES = _words("big small little old young granny grandma grandpa lao xiao da")


def _nicknames_beside(
    folded: str, found: list[tuple[int, int, str]]
) -> Iterable[tuple[int, int, str]]:
    """The nickname after a detected name in Latin letters (above); not a title, a role or a
    place in quotes ("Director", "Camp 7")."""
    from testimony.anonymize.context_names import ROLE_NOUNS

    for start, end, _reason in found:
        if not _LATIN_RE.search(folded[start:end]):
            continue
        match = _NICKNAME_BESIDE_RE.match(folded, end)
        if not match:
            continue
        words = match.group(1).lower().split()
        if len(match.group(1)) < 3 and not _is_surname(match.group(1)):
            continue  # "Eu", "Yo": a word of two letters, unless a surname ("Jo")
        if any(word in _TITLES or word in ROLE_NOUNS or word in _PLACES for word in words[1:]):
            continue
        if words[0] in _TITLES or words[0] in ROLE_NOUNS or words[0] in _NICKNAME_PREFIXES:
            # "Big Ri", "Granny Yang", "Lao Liu", "Teacher Pyo": the surname is the name
            if len(words) == 2 and _is_surname(match.group(1).split()[1]):
                yield match.start(1) + len(words[0]) + 1, match.end(1), REASON_NICKNAME_BESIDE
            continue
        yield match.start(1), match.end(1), REASON_NICKNAME_BESIDE


# A key of code names, one to a line: the code name, "=" and the person's name ("KESTREL = Ri
# Jun-ho (리준호), b. 1979", "- Wren = Kim Sol-ji").
_CODE_NAME_KEY_RE = re.compile(
    r"^[ \t]*(?:[-*•][ \t]*)?(?P<code>[A-Z]{3,15}|[A-Z][a-z]{2,14})[ \t]*=[ \t]*", re.MULTILINE
)


def _code_names(folded: str, found: list[tuple[int, int, str]]) -> Iterable[tuple[int, int, str]]:
    """A code name a key sets equal to a name found (above), and the same word wherever else
    the text writes it; not an English word, a title or a role (a key's "NOTE = ...")."""
    from testimony.anonymize.context_names import ROLE_NOUNS
    from testimony.anonymize.english import ENGLISH_WORDS

    if "=" not in folded:
        return
    starts = {start for start, _end, _reason in found}
    codes = set()
    for match in _CODE_NAME_KEY_RE.finditer(folded):
        code = match.group("code")
        lower = code.lower()
        if match.end() not in starts or lower in _TITLES or lower in ROLE_NOUNS:
            continue
        if code.isupper() or lower not in ENGLISH_WORDS:
            codes.add(code)
    for code in codes:
        for match in re.finditer(rf"(?<![\w-]){code}(?![\w-])", folded):
            yield match.start(), match.end(), REASON_CODE_NAME


def _other_mentions(
    folded: str, found: list[tuple[int, int, str]]
) -> Iterable[tuple[int, int, str]]:
    """I only know Ho. / Chun-ja is his mother's sister: a one-word name found after a title,
    a role word or an introduction (Mr. Ho, Aunt Chun-ja, a cook named So, manager Ha) is the
    same person elsewhere in the text. A surname that is an English word (Ho, Moon, Song, So)
    counts in mid-sentence, or before a verb whose subject it is ("Ha could not", ", So told
    me"); a Hangul name of two syllables or more with a particle (부디와 ... 부디는)."""
    words = {
        folded[start:end]
        for start, end, reason in found
        if any(part in _NAMING_REASONS for part in reason.split("; "))
        and _SINGLE_NAME_RE.fullmatch(folded[start:end])
    }
    # A grammar word that is a surname (So, No, An) counts, under the subject rule below.
    words = {
        word for word in words if word.lower() not in _CAPITALISED_STOPWORDS or _is_surname(word)
    }
    hangul = {
        folded[start:end]
        for start, end, reason in found
        if reason in (REASON_HANGUL_APPOSED, REASON_HANGUL_LIST)
        and _HANGUL_WORD_RE.fullmatch(folded[start:end])
        and end - start >= 2
    }
    if not words and not hangul:
        return
    # Positions already covered by a finding: one set, so a long text stays linear.
    covered = {position for start, end, _reason in found for position in range(start, end)}
    if words:
        pattern = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
        for match in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", folded):
            if match.start() in covered or match.end() - 1 in covered:
                continue
            lower = match.group().lower()
            opens = _SENTENCE_START_RE.search(folded[max(0, match.start() - 4) : match.start()])
            subject = _SUBJECT_VERB_RE.match(folded, match.end())
            if lower in _VERY_COMMON_WORDS and (opens or not subject):
                continue  # "So we left", "no one": a subject of a verb of the list only
            if lower in _AMBIGUOUS_SURNAMES and opens and not subject:
                continue
            if lower == "an" and _ARTICLE_AN_RE.match(folded, match.end()):
                continue  # Mr An ... "An Ordinary Man", "An amazing episode": the article
            if lower in _AMBIGUOUS_SURNAMES and _ARTICLE_BEFORE_RE.search(
                folded[max(0, match.start() - 4) : match.start()]
            ):
                continue  # Mr. Song ... "The Song of Achilles": a word after an article
            after = _ORG_AFTER_RE.match(folded, match.end())
            if after and after.group(1).lower() in _ORG_WORDS:
                continue  # Mr Hamad ... "Hamad Port", "Hamad International Airport"
            if after and lower in _PLACES and after.group(1).lower() in _PLACES:
                continue  # Ms Hong ... "Hong Kong": the two words of a place
            yield match.start(), match.end(), REASON_OTHER_MENTION
    for name in hangul:
        for match in re.finditer(rf"(?<![가-힣]){re.escape(name)}(?=[가-힣]*)", folded):
            if match.start() in covered:
                continue
            word_end = match.end()
            while word_end < len(folded) and "가" <= folded[word_end] <= "힣":
                word_end += 1
            if folded[match.end() : word_end] in _KO_PARTICLES:
                yield match.start(), match.end(), REASON_OTHER_MENTION


# "An" before a word opening with a vowel that no person's name is followed by ("An and Yuna",
# "An agreed", "An always").
_ARTICLE_AN_RE = re.compile(
    r"[ \t]+(?!(?:and|or|is|also|always|agreed|asked|added|answered|arrived|explained|insisted|"
    r"objected|offered|opened|ordered|urged|used|even|often|once)\b)[AEIOUaeiou]"
)
_ARTICLE_BEFORE_RE = re.compile(r"(?<![\w])(?:[Tt]he|[Aa]n?)[ \t]+$")
# The word after a name that makes it a place or a body's: "Hamad Port", "Hamad International
# Airport", "Lenin Street".
_ORG_AFTER_RE = re.compile(r"[ \t]+(?:(?:International|Central|National)[ \t]+)?([A-Za-z]+)")

_ADDRESSED_RE = re.compile(
    r"\b(?:Tell|tell|Ask|ask|Remind|remind|Kiss|kiss|Hug|hug)[ \t]+([A-Z][a-z]+(?:-[a-z]+)?)"
    r"[ \t]+(?:to|that|not|I|we)\b"
)


_KIN_WORDS_EN = frozenset(
    _words("mum mom ma pa dad mama papa mother father granny grandma grandpa nan baba sis bro")
)


def _addressed_given_names(folded: str) -> Iterable[tuple[int, int, str]]:
    """Tell Hyang to study hard, Ask Chol-min not to worry: in a letter home, a Korean given
    name (one or two romanized syllables, or hyphenated) after a request to pass on a message."""
    for match in _ADDRESSED_RE.finditer(folded):
        name = match.group(1)
        if name.lower() in _KIN_WORDS_EN:
            continue
        if _is_hyphenated_given(name) or (
            _is_given_part(name, two=True) and name.lower() not in _VERY_COMMON_WORDS
        ):
            yield match.start(1), match.end(1), REASON_ADDRESSED


_SURNAMED_RE = re.compile(r"\b(?:surnamed|family[ \t]+name[ \t]+(?:was|is))[ \t]+([A-Z][a-z]+)\b")


def _surnamed(folded: str) -> Iterable[tuple[int, int, str]]:
    """A driver surnamed Do: after 'surnamed' even a surname that is an English word (Do, So)."""
    for match in _SURNAMED_RE.finditer(folded):
        if _is_surname(match.group(1)):
            yield match.start(1), match.end(1), REASON_SURNAMED


_QUOTED_GIVEN_RE = re.compile(r"[\"“‘]([A-Z][a-z]+-[a-z]+)[\"”’]")
_GLOSSED_SURNAME_RE = re.compile(r"(?<![가-힣])([가-힣])[ \t]*[(（]([A-Z][a-z]{0,5})[)）]")


# A name with a note that it is a pseudonym, a nickname or the real name: '"새봄" (가명, 벌목장)',
# "꺽쇠(별명, 본명 남일권)", "배성국(가명 아님, 본명)", '"Swallow" (pseudonym)'.
_NOTED_NAME_RE = re.compile(
    r"(?:[\"“‘']([가-힣]{1,4}|[A-Z][a-z'’-]{1,15}(?: [A-Z][a-z'’-]{1,15})?)[\"”’']"
    r"|(?<![가-힣])([가-힣]{2,4}))"
    r"[ \t]?[(（][ \t]?(?P<note>가명|별명|예명|본명|실명|pseudonym|alias|nickname)(?![가-힣A-Za-z])"
    r"(?![ \t]*없)"  # 회의(별명 없음): no name has none
)


# A note's heading in square brackets, its language or kind, a dash and who wrote it: "[EN -
# Dana Morris]", "[EN - comments by Mark Feldman, pro bono counsel]", "[EN summary - J. Park]",
# "[KO 메모 - 남가영]".
_NOTE_SIGNER_RE = re.compile(
    r"(?m)^[ \t]*\[(?:EN|KO|RU|ZH|JA|VI|AR|MN|PL)\b[^\]\n]{0,30}?[ \t][-–—][ \t]"
    r"(?:(?:comments?|notes?|summary|translation) by[ \t]+)?"
    r"(?P<name>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){1,2}|[A-Z]\.[ \t]?[A-Z][a-z]+|[가-힣]{3,4})"
    r"[ \t]*(?:,[^\]\n]{0,40})?\][ \t]*\r?$"
)
# A name a person went by, quoted after "under the name" or "under the pseudonym": 'gave
# evidence below under the name "Jae Yoon"'.
_UNDER_THE_NAME_RE = re.compile(
    r"\bunder[ \t]+the[ \t]+(?:name|pseudonym|alias)[ \t]+[\"“]"
    r"([A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+){0,2})[\"”]"
)


def _note_signers(folded: str) -> Iterable[tuple[int, int, str]]:
    """Who wrote a note under its bracketed heading, and a name quoted after "under the name"
    (above); a Hangul signer must open with a surname and be no word, a Latin one no English
    words alone."""
    if "[" in folded:
        for match in _NOTE_SIGNER_RE.finditer(folded):
            name = match.group("name")
            if _HANGUL_RE.match(name):
                # a surname and a given name the heading's place vouches for (남가영: 가 ends a
                # particle elsewhere), not a word (번역본)
                if (
                    name[0] not in _HANGUL_SURNAMES
                    or name in _HANGUL_STOPWORDS
                    or name[:2] in _HANGUL_STOPWORDS
                ):
                    continue
            elif all(word.strip(".").lower() in ENGLISH_WORDS for word in name.split()):
                continue
            yield match.start("name"), match.end("name"), REASON_STAFF
    for match in _UNDER_THE_NAME_RE.finditer(folded):
        yield match.start(1), match.end(1), REASON_CALLED


def _noted_names(folded: str) -> Iterable[tuple[int, int, str]]:
    """A name with a note in brackets saying what kind of name it is (above)."""
    for match in _NOTED_NAME_RE.finditer(folded):
        group = 1 if match.group(1) else 2
        word = match.group(group)
        if word in _HANGUL_STOPWORDS or word.lower() in _TITLES:
            continue
        if group == 2 and (match.group("note") not in ("별명", "본명") or is_role_word(word)):
            # 가명 사용(가명: ...), 권 목사(가명 사용 요청), 요셉 형제(본명 ...): a word or the
            # title a pseudonym stands beside; only a nickname or a name said to be real
            continue
        yield match.start(group), match.end(group), REASON_CALLED


def _quoted_and_glossed(folded: str) -> Iterable[tuple[int, int, str]]:
    """("Chol-su"): a hyphenated Korean given name alone in quotes; 최 (Choe): a Hangul surname
    alone, glossed by a romanization of it in brackets (both are the name)."""
    for match in _QUOTED_GIVEN_RE.finditer(folded):
        if _is_hyphenated_given(match.group(1)):
            yield match.start(1), match.end(1), REASON_QUOTED_GIVEN
    for match in _GLOSSED_SURNAME_RE.finditer(folded):
        if match.group(1) in _HANGUL_SURNAMES and _is_surname(match.group(2)):
            yield match.start(1), match.end(1), REASON_GLOSSED_SURNAME
            yield match.start(2), match.end(2), REASON_GLOSSED_SURNAME


# 최 민 호   (인), 오 창 혁 (서명): a court record's or a wage sheet's signature, the name's
# syllables written apart before the seal or signature mark (or ending the line); not a longer
# run of spaced syllables (법 원 사 무 관: a title spaced out the same way).
_SPACED_NAME_RE = re.compile(
    r"(?<![가-힣])(?<![가-힣] )([가-힣]) ([가-힣]) ([가-힣])(?! [가-힣])(?![가-힣])"
    r"(?=[ \t]*(?:\((?:인|서명|날인|印|sign)\)|\r?$))"
    # or a whole cell of a table aligned with spaces: "5     량 명 학       제4건설대 2반"
    r"|(?<=[^\S\n]{2})([가-힣]) ([가-힣]) ([가-힣])(?=[^\S\n]{2,}\S)",
    re.MULTILINE,
)


def _spaced_names(folded: str) -> Iterable[tuple[int, int, str]]:
    for match in _SPACED_NAME_RE.finditer(folded):
        surname = match.group(1) or match.group(4)
        if surname not in _HANGUL_SURNAMES or (
            match.group(0).replace(" ", "") in _HANGUL_STOPWORDS
        ):
            continue
        marked = folded[match.end() : match.end() + 12].strip().startswith("(")
        line_start = folded.rfind("\n", 0, match.start()) + 1
        # Ending its line, a name signs after a label ("확인: 오 창 혁"); alone on its line,
        # spaced syllables are a document's title (진 술 서, 진 정 서).
        if marked or folded[line_start : match.start()].strip():
            yield match.start(), match.end(), REASON_SPACED_NAME


# 김하람(3일) · 송미경(8일) · 안도현(11일); 감사: 이정훈·조미란 가정, 노하은: a line listing
# names between middle dots (a church bulletin's birthdays, a donors' list), and commas beside
# them. An item is a name, perhaps after a label and a colon, perhaps with a note in brackets
# or one word after it (가정, 집사, 자매).
_MIDDLE_DOTS = "·ㆍ・"
_LIST_ITEM_SPLIT_RE = re.compile(r"[·ㆍ・,]")
_LIST_ITEM_RE = re.compile(
    r"[ \t]*(?:[^:\n]{1,15}:[ \t]*)?([가-힣]{3,4})(?:[ \t]*\([^()\n]{0,20}\))?"
    r"(?:[ \t]+[가-힣]{1,3})?[ \t\r]*"
)


def _dotted_lists(folded: str) -> Iterable[tuple[int, int, str]]:
    if not any(dot in folded for dot in _MIDDLE_DOTS):
        return
    for line in re.finditer(r"[^\n]*[·ㆍ・][^\n]*", folded):
        items, position = [], line.start()
        for piece in _LIST_ITEM_SPLIT_RE.split(line.group()):
            match = _LIST_ITEM_RE.fullmatch(piece)
            if match and _is_hangul_name(match.group(1), strict=False):
                start = position + match.start(1)
                items.append((start, start + len(match.group(1)), match.group(1)))
            position += len(piece) + 1
        if sum(_is_hangul_name(name, strict=True) for *_span, name in items) >= 2:
            for start, end, _name in items:
                yield start, end, REASON_HANGUL_LIST


def _context_names(tokens: _Tokens, text: str) -> Iterable[tuple[int, int, str]]:
    """The findings of the words around a name; `text` is the original of the folded text the
    tokens read, for what folding erases (a Vietnamese letter's marks)."""
    from testimony.anonymize import (
        abbreviated,
        context_names,
        tables,
        threads,
        travel_documents,
        vcards,
    )

    yield from context_names.role_named(tokens)
    yield from context_names.named_before_role(tokens)
    yield from context_names.titled_after_colon(tokens)
    yield from context_names.surname_from(tokens)
    yield from context_names.numbered_surname(tokens)
    yield from context_names.lowercase_korean_names(tokens, text)
    yield from context_names.lowercase_addressed(tokens.text)
    yield from context_names.dotted_initials(tokens.text)
    yield from abbreviated.cued_initials(tokens.text)
    yield from abbreviated.cut_surnames(tokens.text)
    yield from abbreviated.signing_initials(tokens.text)
    yield from abbreviated.undotted_initials(tokens.text)
    yield from abbreviated.email_local_parts(tokens.text)
    yield from abbreviated.handles(tokens.text)
    yield from abbreviated.initial_logins(tokens.text)
    yield from abbreviated.father_initial_names(tokens.text)
    yield from tables.table_names(tokens.text)
    yield from tables.signed_labels(tokens.text)
    yield from _spaced_names(tokens.text)
    yield from _dotted_lists(tokens.text)
    yield from affectionate_lists(tokens.text)
    yield from context_names.masked_given_names(tokens.text)
    yield from context_names.masked_and_initialled_names(tokens.text)
    yield from context_names.arabic_after_title(tokens.text)
    yield from context_names.thai_titled_names(tokens.text)
    yield from context_names.ship_ranks(tokens.text)
    yield from context_names.arabic_names(tokens.text)
    yield from context_names.staff_names(tokens.text)
    yield from context_names.attendance_names(tokens.text)
    yield from context_names.staff_initials(tokens.text)
    yield from context_names.bracketed_logins(tokens.text)
    yield from context_names.speaker_labels(tokens.text)
    yield from context_names.parent_handles(tokens.text)
    yield from context_names.chat_notices(tokens.text)
    yield from vcards.card_names(tokens.text)
    yield from vcards.gedcom_names(tokens.text)
    yield from travel_documents.travel_document_names(tokens.text)
    yield from threads.thread_authors(tokens.text)
    yield from threads.comment_section_authors(tokens.text)
    yield from threads.field_people(tokens.text)
    # Last: a staff member's or a speaker's reason says more than the initials do.
    yield from context_names.initialled_names(tokens.text)


# A list of names on one line or after a label: three or more items, each one to three
# capitalised words (a hyphenated given name, initials after a surname: "Kang H.C.") or a
# quoted one, joined by commas, "and" or "&" ("Table 3: Daniel, Mo, Sunny Lim, Bex", "Badges:
# "Son-a", "Ryu", "Mi"", "Paek, Rim, Song, Chae, Kil, Ju").
_LIST_ITEM = (
    r"[\"“']?[A-Z][a-z]*(?:[-'’][A-Za-z][a-z]*)*(?:[ \t][A-Z][a-z]*(?:-[a-z]+)?){0,2}"
    r"(?:[ \t][A-Z]\.(?:[A-Z]\.)?)?[\"”']?"
)
_LIST_SEPARATOR = r"[ \t]*(?:,|&|\band\b)[ \t]*"
_NAME_LIST_RE = re.compile(
    r"(?:^|(?<=[:|;(\n\t])|(?<=[:|;(][ \t]))[ \t]*"
    rf"({_LIST_ITEM}(?:{_LIST_SEPARATOR}{_LIST_ITEM}){{2,}})"
    # the list ends its line, its cell or its sentence, or a column's gap follows it, or the
    # writer closes it with themselves ("Sun-ok, Hyang, Un-ha, and me.")
    r"(?=[ \t]*(?:[.|;)]|\r?\n|$)|[ \t]{2,}|,?[ \t]+(?:and|&)[ \t]+(?:me|myself|I|us)\b)",
    re.MULTILINE,
)
_LIST_SPLIT_RE = re.compile(_LIST_SEPARATOR)


def _listed_with_names(
    folded: str, found: list[tuple[int, int, str]]
) -> Iterable[tuple[int, int, str]]:
    """The other items of a list most of whose items are names found by a rule (above): a
    list's item is a name like its neighbours when it is no English word, place, organisation
    or title, or when it is a Korean surname among Korean surnames ("Paek, Rim, Song")."""
    if "," not in folded:
        return
    # What the rules took, character by character: a long narrative has thousands of findings.
    taken = bytearray(len(folded))
    for start, end, _reason in found:
        taken[start:end] = b"\x01" * (end - start)
    for match in _NAME_LIST_RE.finditer(folded):
        items = []
        position = match.start(1)
        for piece in _LIST_SPLIT_RE.split(match.group(1)):
            at = folded.index(piece, position)
            items.append((at, at + len(piece), piece))
            position = at + len(piece)
        named = [item for item in items if 1 in taken[item[0] : item[1]]]
        surnames_listed = sum(_is_surname(item[2].strip("\"“”'")) for item in items)
        # "Kang, Choe, O": a list of Korean surnames alone names persons, found or not.
        all_surnames = 5 * surnames_listed >= 4 * len(items)
        if not all_surnames and (len(named) < 2 or 2 * len(named) < len(items)):
            continue
        for start, end, piece in items:
            if 1 in taken[start:end]:
                continue
            word = piece.strip("\"“”'")
            offset = piece.index(word)
            lower = word.lower()
            if lower in _CAPITALISED_STOPWORDS or lower in _ORG_WORDS or lower in _PLACES:
                continue
            if lower in _foreign_places() or (
                lower in ENGLISH_WORDS
                and not (_is_surname(word) and 2 * surnames_listed > len(items))
            ):
                continue
            if len(word) < 2 or any(part.lower() in _TITLES for part in word.split()):
                continue
            yield start + offset, start + offset + len(word), REASON_LISTED_WITH_NAMES

"""Quasi-identifiers in free text, each with its generalised form, for the reviewer to decide.

A name is not the only thing that identifies a witness: "born in 1987 in Musan, she lost two
fingers in 2016" points at one person. The structured facts are generalised on release
(`risk.py`); the narrative says the same things in words, so the same generalisations are
proposed there, in the vocabulary of `risk.py`:

- an exact date -> its month ("on 14 March 2016" -> "in March 2016", "2016년 3월 14일" ->
  "2016년 3월"); a date whose day and month cannot be told apart (14/03/2016) -> its year;
- a year of birth -> its decade ("born in 1987" -> "born in the 1980s", "1987년생" ->
  "1980년대생");
- an age -> the age band of `risk.age_band` ("aged 23" -> "aged 18-29", "23살" -> "18-29세");
- a North Korean town or county given as where someone comes from -> its province ("from
  Musan" -> "from North Hamgyong", "청진 출신" -> "함경북도 출신");
- a distinctive injury or job ("lost two fingers", "the only welder", "유일한 용접공") ->
  "[distinctive detail withheld]": no generalisation of those reads true.

None of these is applied by default: each is listed for the reviewer, who generalises or keeps
it (`review.py`). The span covers only what is replaced ("aged [23]"), so the sentence around
it still reads. Patterns run on the folded copy of the text (fullwidth digits, zero-width
characters) and offsets are mapped back to the original. The replacement follows the language
of the words matched; `language` decides only where the words have none (14/03/2016, injuries).
"""

import re
from collections.abc import Callable, Iterator

from django.utils.translation import gettext_noop

from testimony.anonymize.failure import guarded
from testimony.anonymize.folding import fold_text
from testimony.anonymize.risk import PLACES_BY_PROVINCE, age_band, province_of_place
from testimony.anonymize.spans import Span

REASON_DATE = gettext_noop("exact date: generalise to the month")
REASON_DATE_YEAR = gettext_noop("exact date: generalise to the year")
REASON_DAY = gettext_noop("exact day: generalise to the month")
REASON_BIRTH_YEAR = gettext_noop("year of birth: generalise to the decade")
REASON_AGE = gettext_noop("exact age: generalise to an age band")
REASON_HOME_TOWN = gettext_noop("home town: generalise to the province")
REASON_DISTINCTIVE = gettext_noop("distinctive injury or job: withhold it")

DISTINCTIVE_EN = "[distinctive detail withheld]"
DISTINCTIVE_KO = "[식별될 수 있는 특징 생략]"  # the verb stays: "[...] 잃었습니다"

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTH_NUMBERS = {name.lower(): number for number, name in enumerate(MONTHS, start=1)}
_MONTH_NUMBERS.update({name.lower()[:3]: number for number, name in enumerate(MONTHS, start=1)})
_MONTH_NUMBERS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_ON = r"(?P<on>\bon\s+(?:the\s+)?)?"

# Each province as an export names it, in English and Korean: the first spelling of each
# script in risk.PLACES_BY_PROVINCE ("North Hamgyong", "함경북도").
PROVINCE_LABELS: dict[str, tuple[str, str]] = {
    code: (
        next(name for name in spellings if name.isascii()),
        next(name for name in spellings if not name.isascii()),
    )
    for code, spellings in PLACES_BY_PROVINCE.items()
}

_INJURY_EN = (
    r"fingers?|thumbs?|hands?|arms?|legs?|eyes?|foot|feet|toes?|ears?|teeth|tooth|"
    r"(?:his|her|my|their)\s+(?:hearing|sight)"
)
_JOB_EN = (
    r"welders?|drivers?|doctors?|nurses?|cooks?|interpreters?|translators?|electricians?|"
    r"mechanics?|accountants?|crane\s+operators?|women|woman|girl|men|man|dentist|medic|"
    r"typist|radio\s+operator|carpenter|plumber|surveyor|engineer"
)
_INJURY_KO = r"손가락|발가락|손목|손|팔|다리|발|한쪽\s*눈|눈|귀|이빨"
_JOB_KO = (
    r"용접공|운전수|운전사|운전기사|의사|간호사|요리사|취사원|통역원|통역|번역원|전기공|정비공|"
    r"회계원|기중기\s*운전공|여자|여성|남자"
)


def _band(age: int) -> str:
    return age_band(0, age)


def _decade(year: str) -> str:
    return year[:3] + "0"


_Make = Callable[[re.Match[str], str], tuple[int, int, str, str] | None]


def _date_en(match: re.Match[str], _language: str) -> tuple[int, int, str, str] | None:
    month = MONTHS[_MONTH_NUMBERS[match["month"].lower().rstrip(".")] - 1]
    year = match["year"] or ""
    words = f"{month} {year}".strip()
    replacement = f"in {words}" if match["on"] else words
    return match.start(), match.end(), replacement, REASON_DATE if year else REASON_DAY


def _date_ko(match: re.Match[str], _language: str) -> tuple[int, int, str, str] | None:
    year = f"{match['year']}년 " if match["year"] else ""
    month = int(match["month"])
    if not 1 <= month <= 12:
        return None
    reason = REASON_DATE if year else REASON_DAY
    return match.start(), match.end(), f"{year}{month}월", reason


def _date_iso(match: re.Match[str], language: str) -> tuple[int, int, str, str] | None:
    month = int(match["month"])
    if not 1 <= month <= 12:
        return None
    if language == "ko":
        return match.start(), match.end(), f"{match['year']}년 {month}월", REASON_DATE
    return match.start(), match.end(), f"{match['year']}-{month:02d}", REASON_DATE


def _date_ambiguous(match: re.Match[str], language: str) -> tuple[int, int, str, str] | None:
    year = match["year"]
    return match.start(), match.end(), f"{year}년" if language == "ko" else year, REASON_DATE_YEAR


def _born_en(match: re.Match[str], _language: str) -> tuple[int, int, str, str] | None:
    return match.start(), match.end(), f"born in the {_decade(match['year'])}s", REASON_BIRTH_YEAR


def _born_ko(match: re.Match[str], _language: str) -> tuple[int, int, str, str] | None:
    suffix = "생" if match["saeng"] else ""
    replacement = f"{_decade(match['year'])}년대{suffix}"
    return match.start(), match.end(), replacement, REASON_BIRTH_YEAR


def _age_en(match: re.Match[str], _language: str) -> tuple[int, int, str, str] | None:
    group = "age" if match["age"] else "age2"  # "aged 23" or "23 years old"
    start, end = match.span(group)
    return start, end, _band(int(match[group])), REASON_AGE


def _age_ko(match: re.Match[str], _language: str) -> tuple[int, int, str, str] | None:
    band = _band(int(match["age"]))
    replacement = "18세 미만" if band == "under 18" else f"{band}세"
    return match.start(), match.end(), replacement, REASON_AGE


def _home_town(match: re.Match[str], language: str) -> tuple[int, int, str, str] | None:
    start, end = match.span("place")
    place = match["place"]
    province = province_of_place(place)
    if province is None or province not in PROVINCE_LABELS:
        return None
    english, korean = PROVINCE_LABELS[province]
    label = korean if re.search(r"[가-힣]", place) else english
    if province_of_place(label) == province and re.sub(r"\W", "", place.lower()) in {
        re.sub(r"\W", "", name.lower()) for name in PLACES_BY_PROVINCE[province][:5]
    }:
        return None  # already the province (or a city that is one: Pyongyang, Rason)
    return start, end, label, REASON_HOME_TOWN


def _distinctive(match: re.Match[str], language: str) -> tuple[int, int, str, str] | None:
    korean = bool(re.search(r"[가-힣]", match.group())) or language == "ko"
    return (
        match.start(),
        match.end(),
        DISTINCTIVE_KO if korean else DISTINCTIVE_EN,
        REASON_DISTINCTIVE,
    )


_CAPITALISED_PLACE = r"(?P<place>[A-Z][A-Za-z'’]+(?:[ -][A-Z][A-Za-z'’]+){0,2})"

_DATE_DAY_MONTH = rf"{_ON}{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b"
_DATE_MONTH_DAY = rf"{_ON}\b{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b(?!\s*(?:hours|days))"
_DATE_KO = (
    r"(?:(?P<year>(?:19|20)\d\d)\s*년\s*)?(?P<month>[01]?\d)\s*월\s*(?P<day>[0-3]?\d)\s*일"
    r"(?!\s*(?:간|동안))"
)
_DATE_ISO = r"\b(?P<year>(?:19|20)\d\d)[-.](?P<month>[01]?\d)[-.](?P<day>[0-3]?\d)\b"
_DATE_AMBIGUOUS = r"\b(?P<day>[0-3]?\d)[/.](?P<month>[01]?\d)[/.](?P<year>(?:19|20)\d\d)\b"
_BORN_EN = rf"\bborn\s+(?:in\s+)?{_YEAR}\b"
_BORN_KO = r"(?P<year>(?:19|20)\d\d)\s*년\s*(?:(?P<saeng>생)|(?=(?:에|도에)?\s*(?:태어|출생)))"
_AGE_EN = (
    r"\b(?:aged|age|at\s+(?:the\s+)?age\s+of)\s+(?P<age>\d{1,2})\b"
    r"|\b(?P<age2>\d{1,2})(?:\s+years?\s+old|-years?-old)\b"
)
# 세 after a number is an age unless it starts another word: 세대 (generation), 세기 (century).
_AGE_KO = r"(?<![\d.])(?P<age>\d{1,2})\s*(?:살|세)(?!대|기|금|계|력|관|입|무|수)"
_FROM_EN = (
    r"\b(?i:(?<!away )from|native\s+of|born\s+in|grew\s+up\s+in"
    r"|home\s*town(?:\s+(?:was|is)|,)?|home\s+(?:was|is)\s+in)"
    r"\s+(?:the\s+)?" + _CAPITALISED_PLACE
)
_FROM_KO = r"(?P<place>[가-힣]{2,6}?(?:시|군|구역)?)\s*출신"
_HOME_KO = r"고향(?:은|이)\s*(?P<place>[가-힣]{2,6}?(?:시|군|구역)?)(?=[이였]|입니|이다|에서|\s|$)"
_DISTINCTIVE_EN = (
    r"\blost\s+(?:(?:his|her|my|their|a|an|one|two|three|four|five|both|several|the"
    r"|part\s+of\s+(?:his|her|my|their|a))\s+)?(?:(?:left|right|little|index|middle)\s+)?"
    rf"(?:{_INJURY_EN})\b"
    rf"|\bthe\s+only\s+(?:(?:female|male|woman|trained|qualified)\s+)?(?:{_JOB_EN})\b"
    r"|\b(?:a|the)\s+(?:long\s+|large\s+|deep\s+)?scar\s+(?:on|across)"
    r"\s+(?:his|her|my|their|the)\s+\w+"
)
_DISTINCTIVE_KO = (
    rf"(?:{_INJURY_KO})(?:\s*[가-힣0-9]{{1,4}}){{0,2}}?(?=\s*잃)"
    rf"|(?:유일한|하나뿐인|혼자뿐인)\s*(?:[가-힣]+\s+)?(?:{_JOB_KO})"
    r"|(?:얼굴|이마|목|팔|손)에\s*(?:큰\s*|긴\s*)?흉터"
)

_PATTERNS: tuple[tuple[re.Pattern[str], _Make], ...] = (
    (re.compile(_DATE_DAY_MONTH, re.IGNORECASE), _date_en),
    (re.compile(_DATE_MONTH_DAY, re.IGNORECASE), _date_en),
    (re.compile(_DATE_KO), _date_ko),
    (re.compile(_DATE_ISO), _date_iso),
    (re.compile(_DATE_AMBIGUOUS), _date_ambiguous),
    (re.compile(_BORN_EN, re.IGNORECASE), _born_en),
    (re.compile(_BORN_KO), _born_ko),
    (re.compile(_AGE_EN, re.IGNORECASE), _age_en),
    (re.compile(_AGE_KO), _age_ko),
    (re.compile(_FROM_EN), _home_town),
    (re.compile(_FROM_KO), _home_town),
    (re.compile(_HOME_KO), _home_town),
    (re.compile(_DISTINCTIVE_EN, re.IGNORECASE), _distinctive),
    (re.compile(_DISTINCTIVE_KO), _distinctive),
)


def _matches(text: str, language: str) -> Iterator[tuple[int, int, str, str]]:
    for pattern, make in _PATTERNS:
        for match in pattern.finditer(text):
            found = make(match, language)
            if found:
                yield found


@guarded
def quasi_identifiers(text: str, language: str) -> list[Span]:
    """Every quasi-identifier of `text` as a Span with source "quasi", its generalised form as
    the replacement and what it is as the reason. Spans do not overlap; offsets are into
    `text`, sorted. `language` is the text's language code ("ko", "en")."""
    if not text:
        return []
    folded = fold_text(text)
    spans: list[Span] = []
    taken: list[tuple[int, int]] = []
    found = sorted(_matches(folded.text, language), key=lambda item: (item[0], -item[1]))
    for start, end, replacement, reason in found:
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        taken.append((start, end))
        original_start, original_end = folded.original_span(start, end)
        spans.append(
            Span(
                original_start,
                original_end,
                text[original_start:original_end],
                replacement,
                "quasi",
                reason,
            )
        )
    return spans

"""Quasi-identifiers: generalize what is released about a witness, and measure who stays unique.

A name is not the only thing that identifies a witness. In a collection of a dozen testimonies,
"a woman born in 1987 in Musan who worked in Kuwait from March 2016" is one person. What leaves
the system is therefore generalized - dates to month or year, age to a band, home town to its
province, work site to country and sector - and before an export every witness should share
those released attributes with at least two others (k-anonymity, k >= 3).

Everything here is pure: nothing reads settings or writes to the database.
"""

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Literal, NamedTuple

from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from testimony.models.testimony import FIRST_YEAR, latest_day

if TYPE_CHECKING:
    from testimony.models import Testimony

DatePrecision = Literal["year", "month"]

ADULT_AGE = 18
UNDER_ADULT_AGE = "under 18"
# What an age band is when the stored dates cannot give one (saved before they were checked).
UNKNOWN_AGE = "unknown"
OLDEST_AGE = 120

# [0-9], not \d: another script's digits are a data problem, never a year.
_PARTIAL_DATE_RE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")


def generalize_date(value: str | date | None, precision: DatePrecision) -> str:
    """Release a date, or a partial date, at no finer than `precision`.

    "2016-03-21" gives "2016-03" at "month" and "2016" at "year"; a partial date is never made
    more precise than it is, so "2016" stays "2016" at "month". None and "" give "".
    """
    if precision not in ("year", "month"):
        raise ValueError(f"Unknown date precision {precision!r}: use 'year' or 'month'.")
    if value is None or value == "":
        return ""
    if isinstance(value, date):  # a datetime is a date too
        value = value.strftime("%Y-%m-%d")
    match = _PARTIAL_DATE_RE.match(value.strip())
    if not match:
        # Passing an unparsed value through could release an exact date.
        raise ValueError(f"{value!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.")
    year, month, _day = match.groups()
    if precision == "month" and month:
        return f"{year}-{month}"
    return year


def _age_range(low: int, high: int) -> str:
    return str(low) if low == high else f"{low}-{high}"


def _band_of_age(age: int, width: int) -> str:
    if age < ADULT_AGE:
        return UNDER_ADULT_AGE
    # Bands are aligned on multiples of the width ("30-39"). The adult part of the band that
    # holds 18 (18-19 for width 10) is too small to hide anyone, so it joins the next band.
    aligned = ADULT_AGE - ADULT_AGE % width
    first_end = aligned + (2 * width if aligned < ADULT_AGE else width) - 1
    if age <= first_end:
        return _age_range(ADULT_AGE, first_end)
    low = age - age % width
    return _age_range(low, low + width - 1)


def age_band(birth_year: int | None, at_year: int | None, width: int = 10) -> str:
    """The band holding the age reached in `at_year`: "30-39", "under 18", "" if no year of
    birth is stated, UNKNOWN_AGE if the years give no possible age (rows saved before dates were
    checked: born after the interview, an interview in year 1).

    Adult bands are aligned on multiples of `width`, except that the first one starts at 18 and
    runs to the end of the next band ("18-29" for width 10, "18-39" for width 20).
    """
    if width < 1:
        raise ValueError("An age band must be at least one year wide.")
    if birth_year is None:
        return ""
    if age_problem(birth_year, at_year):
        return UNKNOWN_AGE
    return _band_of_age(at_year - birth_year, width)


def age_problem(birth_year: object, at_year: object) -> str:
    """What makes a year of birth and the year of the interview give no age; "" if they do."""
    if birth_year is None:
        return ""
    if not isinstance(at_year, int):
        return gettext("the interview has no date")
    if not isinstance(birth_year, int):
        return gettext("the year of birth is not a number")
    age = at_year - birth_year
    if age < 0:
        return gettext("born in %(birth)s, after the interview in %(interview)s") % {
            "birth": birth_year,
            "interview": at_year,
        }
    if age > OLDEST_AGE:
        return gettext("born in %(birth)s and interviewed in %(interview)s: %(age)s years") % {
            "birth": birth_year,
            "interview": at_year,
            "age": age,
        }
    return ""


def date_problems(testimony: "Testimony", witness: object | None) -> list[str]:
    """What is wrong with a stored testimony's dates, in words; [] if nothing.

    Forms refuse all of these now; rows saved earlier, or through the ORM, may still hold them.
    """
    today = date.today()
    problems = []
    interview = testimony.interview_date
    if interview is not None and not FIRST_YEAR <= interview.year <= today.year:
        problems.append(
            gettext("interview dated %(date)s") % {"date": interview.isoformat()},
        )
    bounds = {}
    for name, label in (
        ("period_start", gettext("period from")),
        ("period_end", gettext("period to")),
    ):
        value = getattr(testimony, name) or ""
        if not value:
            continue
        match = _PARTIAL_DATE_RE.match(value.strip())
        if not match:
            problems.append(
                gettext("%(field)s is not a date: %(value)r") % {"field": label, "value": value}
            )
        elif not FIRST_YEAR <= int(match.group(1)) <= today.year:
            problems.append(
                gettext("%(field)s is in %(year)s") % {"field": label, "year": match.group(1)}
            )
        else:
            bounds[name] = value.strip()
    if len(bounds) == 2 and latest_day(bounds["period_end"]) < bounds["period_start"]:
        problems.append(
            gettext("the period ends (%(end)s) before it starts (%(start)s)")
            % {"end": bounds["period_end"], "start": bounds["period_start"]}
        )
    birth_year = getattr(witness, "birth_year", None)
    if interview is not None and (problem := age_problem(birth_year, interview.year)):
        problems.append(problem)
    return problems


def generalize_stored_date(value: str | None, precision: DatePrecision) -> str:
    """generalize_date for stored data: "" (nothing released) where the value is no date."""
    try:
        released = generalize_date(value, precision)
    except ValueError:
        return ""
    if released and not FIRST_YEAR <= int(released[:4]) <= date.today().year:
        return ""
    return released


# Home towns, by the province vocabulary code they are released as. Each place is listed once in
# a common romanization and in Hangul; _place_key folds the other spellings onto these (McCune-
# Reischauer with or without breves and apostrophes, North Korean "ph"/"th", South Korean Revised
# Romanization, initial r/n dropped in South Korean usage). Names borne by places in two provinces
# (Unsan, Hwasong) and names that are also common South Korean districts are left out on purpose:
# a wrong province is worse than none. Counties follow the current administrative division.
PLACES_BY_PROVINCE: dict[str, tuple[str, ...]] = {
    "pyongyang": (
        "Pyongyang", "평양", "Phyongyang",
        "Kangdong", "강동",
        "Sunan", "순안",
        "Mangyongdae", "만경대",
        "Ryongsong", "룡성",
        "Samsok", "삼석",
        "Ryokpo", "력포",
        "Moranbong", "모란봉",
    ),
    "south_pyongan": (
        "South Pyongan", "Pyongan South", "Pyongan-namdo", "평안남도", "평남",
        "Pyongsong", "평성",
        "Anju", "안주",
        "Sunchon", "순천",
        "Kaechon", "개천",
        "Tokchon", "덕천",
        "Pukchang", "북창",
        "Maengsan", "맹산",
        "Yangdok", "양덕",
        "Songchon", "성천",
        "Sukchon", "숙천",
        "Mundok", "문덕",
        "Pyongwon", "평원",
        "Chungsan", "증산",
        "Hoechang", "회창",
        "Sinyang", "신양",
        "Taehung", "대흥",
        "Nyongwon", "녕원",
    ),
    "north_pyongan": (
        "North Pyongan", "Pyongan North", "Pyongan-bukto", "Pyongan-pukto", "평안북도", "평북",
        "Sinuiju", "신의주",
        "Chongju", "정주",
        "Kusong", "구성",
        "Nyongbyon", "녕변",
        "Pakchon", "박천",
        "Taechon", "태천",
        "Sakju", "삭주",
        "Uiju", "의주",
        "Ryongchon", "룡천",
        "Pihyon", "피현",
        "Pyoktong", "벽동",
        "Changsong", "창성",
        "Tongrim", "동림",
        "Cholsan", "철산",
        "Sonchon", "선천",
        "Kwaksan", "곽산",
        "Hyangsan", "향산",
        "Kujang", "구장",
        "Chongsu", "청수",
        "Yomju", "염주",
        "Tongchang", "동창",
        "Taegwan", "대관",
    ),
    "chagang": (
        "Chagang", "Jagang", "자강도", "자강",
        "Kanggye", "강계",
        "Manpo", "만포",
        "Huichon", "희천",
        "Chasong", "자성",
        "Chosan", "초산",
        "Sijung", "시중",
        "Songgan", "성간",
        "Chonchon", "전천",
        "Wiwon", "위원",
        "Usi", "우시",
        "Kopung", "고풍",
        "Changgang", "장강",
        "Hwapyong", "화평",
        "Rangrim", "랑림",
        "Tongsin", "동신",
        "Ryongrim", "룡림",
        "Songwon", "송원",
        "Chunggang", "중강",
    ),
    "south_hwanghae": (
        "South Hwanghae", "Hwanghae South", "Hwanghae-namdo", "황해남도", "황남",
        "Haeju", "해주",
        "Ongjin", "옹진",
        "Kangryong", "강령",
        "Pyoksong", "벽성",
        "Sinchon", "신천",
        "Anak", "안악",
        "Unryul", "은률",
        "Chaeryong", "재령",
        "Sinwon", "신원",
        "Pongchon", "봉천",
        "Paechon", "배천",
        "Yonan", "연안",
        "Chongdan", "청단",
        "Ryongyon", "룡연",
        "Samchon", "삼천",
        "Songhwa", "송화",
        "Changyon", "장연",
        "Taetan", "태탄",
        "Unchon", "은천",
    ),
    "north_hwanghae": (
        "North Hwanghae", "Hwanghae North", "Hwanghae-bukto", "Hwanghae-pukto", "황해북도",
        "황북",
        "Sariwon", "사리원",
        "Songrim", "송림",
        "Yonsan", "연산",
        "Hwangju", "황주",
        "Pongsan", "봉산",
        "Sohung", "서흥",
        "Suan", "수안",
        "Sinpyong", "신평",
        "Koksan", "곡산",
        "Singye", "신계",
        "Pyongsan", "평산",
        "Tosan", "토산",
        "Unpa", "은파",
        "Rinsan", "린산",
        "Yontan", "연탄",
    ),
    "kangwon": (
        "Kangwon", "Gangwon", "강원도", "강원",
        "Wonsan", "원산",
        "Munchon", "문천",
        "Kosong", "고성",
        "Tongchon", "통천",
        "Chorwon", "철원",
        "Pyonggang", "평강",
        "Anbyon", "안변",
        "Kimhwa", "김화",
        "Sepo", "세포",
        "Popdong", "법동",
        "Kosan", "고산",
        "Chonnae", "천내",
        "Hoeyang", "회양",
        "Changdo", "창도",
    ),
    "south_hamgyong": (
        "South Hamgyong", "Hamgyong South", "Hamgyong-namdo", "Hamnam", "함경남도", "함남",
        "Hamhung", "함흥",
        "Hungnam", "흥남",
        "Sinpo", "신포",
        "Tanchon", "단천",
        "Hamju", "함주",
        "Hongwon", "홍원",
        "Pukchong", "북청",
        "Yonggwang", "영광",
        "Yodok", "요덕",
        "Kowon", "고원",
        "Kumya", "금야",
        "Chongpyong", "정평",
        "Riwon", "리원",
        "Toksong", "덕성",
        "Sinhung", "신흥",
        "Hochon", "허천",
        "Changjin", "장진",
        "Pujon", "부전",
    ),
    "north_hamgyong": (
        "North Hamgyong", "Hamgyong North", "Hamgyong-bukto", "Hamgyong-pukto", "Hambuk",
        "함경북도", "함북",
        "Chongjin", "청진",
        "Ranam", "라남",
        "Chongam", "청암",
        "Kimchaek", "김책", "Songjin", "성진",
        "Hoeryong", "회령",
        "Musan", "무산",
        "Onsong", "온성",
        "Kilju", "길주",
        "Myongchon", "명천",
        "Orang", "어랑",
        "Kyongsong", "경성",
        "Puryong", "부령",
        "Saebyol", "새별",
        "Kyongwon", "경원",
        "Yonsa", "연사",
        "Hwadae", "화대",
        "Myonggan", "명간",
    ),
    "ryanggang": (
        "Ryanggang", "량강도", "량강",
        "Hyesan", "혜산",
        "Samjiyon", "삼지연",
        "Kapsan", "갑산",
        "Pochon", "보천",
        "Paegam", "백암",
        "Unhung", "운흥",
        "Taehongdan", "대홍단",
        "Kimjongsuk", "김정숙", "Sinpa", "신파",
        "Kimhyongjik", "김형직", "Huchang", "후창",
        "Pungso", "풍서",
        "Samsu", "삼수",
    ),
    "rason": (
        "Rason", "라선", "Rajin-Sonbong", "라진선봉",
        "Rajin", "라진",
        "Sonbong", "선봉", "Unggi", "웅기",
    ),
    "nampo": (
        "Nampo", "남포", "Nampho", "Chinnampo", "진남포",
        "Kangso", "강서",
        "Taean", "대안",
        "Ryonggang", "룡강",
        "Waudo", "와우도",
    ),
    "kaesong": (
        "Kaesong", "개성",
        "Kaepung", "개풍",
        "Changpung", "장풍",
        "Panmun", "판문",
    ),
}  # fmt: skip

_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
_INITIAL_RIEUL, _INITIAL_NIEUN, _INITIAL_IEUNG = 5, 2, 11
_MEDIALS_IOTIZED = {2, 3, 6, 7, 12, 17, 20}  # ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ
_HANGUL_SUFFIXES = (
    "특별시",
    "특급시",
    "직할시",
    "노동자구",
    "구역",
    "시",
    "군",
    "구",
    "읍",
    "리",
    "동",
)

# Applied in order: vowels of the Revised Romanization first, then the North Korean aspirate
# spellings, then sound changes across syllables (Songrim/Songnim), and last the consonants
# that the romanizations voice differently (Gaeseong/Kaesong, Jagang/Chagang).
_ROMAN_FOLDS = (
    ("eo", "o"),
    ("eu", "u"),
    ("ph", "p"),
    ("th", "t"),
    ("kh", "k"),
    ("sh", "s"),
    ("l", "r"),
    ("ngr", "ngn"),
    ("mr", "mn"),
    ("nr", "rr"),
    ("j", "ch"),
    ("g", "k"),
    ("b", "p"),
    ("d", "t"),
)


def _is_hangul(char: str) -> bool:
    return _HANGUL_FIRST <= ord(char) <= _HANGUL_LAST


def _south_korean_initial(syllable: str) -> str:
    """Write a word's first syllable as South Korean usage does: 라 -> 나, 룡 -> 용, 녕 -> 영."""
    index = ord(syllable) - _HANGUL_FIRST
    initial, rest = divmod(index, 588)
    medial = rest // 28
    if initial == _INITIAL_RIEUL:
        initial = _INITIAL_IEUNG if medial in _MEDIALS_IOTIZED else _INITIAL_NIEUN
    elif initial == _INITIAL_NIEUN and medial in _MEDIALS_IOTIZED:
        initial = _INITIAL_IEUNG
    return chr(_HANGUL_FIRST + initial * 588 + rest)


def _place_key(name: str) -> str:
    """Fold the spellings of one place name onto a single key."""
    text = unicodedata.normalize("NFC", name)
    hangul = "".join(char for char in text if _is_hangul(char))
    if hangul and any(char.isascii() and char.isalpha() for char in text):
        return ""  # two scripts may name two places: look them up word by word
    if hangul:
        return _south_korean_initial(hangul[0]) + hangul[1:]
    decomposed = unicodedata.normalize("NFKD", text)
    key = "".join(char for char in decomposed if char.isascii() and char.isalpha()).lower()
    for spelling, folded in _ROMAN_FOLDS:
        key = key.replace(spelling, folded)
    if key.startswith(("ry", "ri", "ny", "ni")):
        key = key[1:]
    elif key.startswith("r"):
        key = "n" + key[1:]
    return key


def _build_place_index() -> dict[str, str | None]:
    index: dict[str, str | None] = {}
    for province, names in PLACES_BY_PROVINCE.items():
        for name in names:
            key = _place_key(name)
            # Two provinces folding onto one key make it ambiguous: None, never a guess.
            index[key] = province if index.get(key, province) == province else None
    return index


_PLACE_INDEX = _build_place_index()
_SEGMENT_SPLIT_RE = re.compile(r"[,;/()\[\]\n]+")
_WORD_SPLIT_RE = re.compile(r"[\s\-_.]+")


def _lookup_word(words: str) -> tuple[bool, str | None]:
    """(found, province) for one candidate place name; found with None means ambiguous."""
    key = _place_key(words)
    if not key:
        return False, None
    if key in _PLACE_INDEX:
        return True, _PLACE_INDEX[key]
    if _is_hangul(key[-1]):
        for suffix in _HANGUL_SUFFIXES:
            stem = key.removesuffix(suffix)
            if stem != key and len(stem) >= 2 and stem in _PLACE_INDEX:
                return True, _PLACE_INDEX[stem]
    return False, None


def province_of_place(name: str) -> str | None:
    """The province code of a North Korean town or county, or None if unknown or ambiguous.

    Case, diacritics, apostrophes, hyphens and spaces do not matter, nor the romanization
    ("Ch'ŏngjin", "Cheongjin", "청진시"). A longer description is searched word by word
    ("Musan County, North Hamgyong"); if its words point to different provinces, None.
    """
    if not name or not name.strip():
        return None
    found, province = _lookup_word(name)
    if found:
        return province
    provinces: set[str | None] = set()
    for segment in _SEGMENT_SPLIT_RE.split(name):
        words = [word for word in _WORD_SPLIT_RE.split(segment) if word]
        for length in (3, 2, 1):
            for start in range(len(words) - length + 1):
                found, province = _lookup_word(" ".join(words[start : start + length]))
                if found:
                    provinces.add(province)
    if len(provinces) == 1:
        return provinces.pop()
    return None


@dataclass(frozen=True)
class ReleasedProfile:
    """What an export says about one testimony's witness; "" where nothing is released."""

    country: str = ""  # Country code; the codes of every posting's country, "kuwait+russia"
    sector: str = ""  # Sector code (of every posting, like the country)
    period: str = ""  # start of the period, generalized: "2016", "2016-03" or "2015-2019"
    sex: str = ""
    age_band: str = ""  # age at the interview: "30-39", "under 18"
    home_province: str = ""  # Province code
    # The employers the postings name (released by name as perpetrators), by uuid.
    employers: str = ""


def _postings_profile(testimony: "Testimony") -> dict[str, str]:
    """Countries, sectors and employers of all postings, as exports release them: a worker sent
    to Russia then Kuwait is told apart by both."""
    from testimony.bundle.case_facts import testimony_postings  # the bundle reads this module

    postings = testimony_postings(testimony)
    if not postings:
        return {"country": testimony.country.code, "sector": testimony.sector.code}
    return {
        "country": "+".join(sorted({posting.country.code for posting in postings})),
        "sector": "+".join(sorted({posting.sector.code for posting in postings})),
        "employers": "+".join(
            sorted({str(posting.employer.uuid) for posting in postings if posting.employer_id})
        ),
    }


def released_profile(
    testimony: "Testimony", *, date_precision: DatePrecision = "year", age_width: int = 10
) -> ReleasedProfile:
    """The released attributes of a testimony's witness; blanks if it has no witness.

    The age band is the witness's age in the year of the interview.
    """
    if "persons" in getattr(testimony, "_prefetched_objects_cache", {}):
        # Pages that profile many testimonies prefetch their persons: no query per testimony.
        witness = next((p for p in testimony.persons.all() if p.role == "witness"), None)
    else:
        witness = testimony.persons.select_related("home_province").filter(role="witness").first()
    profile = ReleasedProfile(
        **_postings_profile(testimony),
        period=generalize_stored_date(testimony.period_start, date_precision),
    )
    if witness is None:
        return profile
    return replace(
        profile,
        sex="" if witness.sex == "unknown" else witness.sex,
        age_band=age_band(
            witness.birth_year,
            testimony.interview_date.year if testimony.interview_date else None,
            age_width,
        ),
        home_province=witness.home_province.code if witness.home_province else "",
    )


def k_anonymity(profiles: dict[str, ReleasedProfile]) -> dict[str, int]:
    """For each case code, how many profiles of the collection are identical to its own."""
    counts = Counter(profiles.values())
    return {key: counts[profile] for key, profile in profiles.items()}


def risky(
    profiles: dict[str, ReleasedProfile], k_min: int = 3
) -> list[tuple[str, int, ReleasedProfile]]:
    """The profiles shared by fewer than `k_min` witnesses, fewest first, then by case code."""
    ks = k_anonymity(profiles)
    found = [(key, k, profiles[key]) for key, k in ks.items() if k < k_min]
    return sorted(found, key=lambda item: (item[1], item[0]))


def _period_years(period: str, span: int) -> str:
    if not period:
        return ""
    year = int(period[:4])
    low = year - year % span
    return str(low) if span == 1 else f"{low}-{low + span - 1}"


def _widen_age_band(band: str, width: int) -> str:
    if band in ("", UNDER_ADULT_AGE, UNKNOWN_AGE):
        return band
    return _band_of_age(int(band.split("-")[0]), width)


class _Step(NamedTuple):
    advice: str | Promise  # translated when the advice is given
    coarsen: Callable[[ReleasedProfile], ReleasedProfile]
    drops: bool = False


_KEEP = _Step("", lambda profile: profile)

# Per released attribute, the steps from finer to coarser, each applied to the profile as
# released: what to tell the coordinator, and what it does.
_LADDERS: tuple[tuple[_Step, ...], ...] = (
    (
        _Step(
            _("Release the period as a year, not a month"),
            lambda p: replace(p, period=_period_years(p.period, 1)),
        ),
        _Step(
            _("Release the period as a range of years (five-year spans such as 2015-2019)"),
            lambda p: replace(p, period=_period_years(p.period, 5)),
        ),
        _Step(_("Drop the period"), lambda p: replace(p, period=""), drops=True),
    ),
    (
        _Step(
            _("Release age as 20-year bands"),
            lambda p: replace(p, age_band=_widen_age_band(p.age_band, 20)),
        ),
        _Step(_("Drop the age"), lambda p: replace(p, age_band=""), drops=True),
    ),
    (_Step(_("Drop the home province"), lambda p: replace(p, home_province=""), drops=True),),
)


def _steps_that_change(
    profiles: dict[str, ReleasedProfile], ladder: tuple[_Step, ...]
) -> list[_Step]:
    """Keeping as released, then the steps of a ladder that change this collection further."""
    kept = [_KEEP]
    previous = profiles
    for step in ladder:
        coarsened = {key: step.coarsen(profile) for key, profile in profiles.items()}
        if coarsened != previous:
            kept.append(step)
            previous = coarsened
    return kept


def suggest_generalization(profiles: dict[str, ReleasedProfile], k_min: int = 3) -> list[str]:
    """Advice, in plain words, on the least coarsening that gives every witness k >= k_min.

    Tries every combination of the steps for period, age and home province and picks, among
    those that reach k_min, the one that drops the fewest attributes, then coarsens least.
    Returns its steps followed by a sentence saying what they achieve; [] if every k is already
    high enough; one warning naming the cases still below k_min if nothing is enough.
    """
    if not profiles or min(k_anonymity(profiles).values()) >= k_min:
        return []
    ladders = [_steps_that_change(profiles, ladder) for ladder in _LADDERS]
    best: tuple[tuple[int, int, tuple[int, ...]], list[_Step]] | None = None
    for levels in itertools.product(*(range(len(steps)) for steps in ladders)):
        chosen = [steps[level] for steps, level in zip(ladders, levels, strict=True)]
        coarsened = {}
        for key, profile in profiles.items():
            for step in chosen:
                profile = step.coarsen(profile)
            coarsened[key] = profile
        if min(k_anonymity(coarsened).values()) < k_min:
            continue
        cost = (sum(step.drops for step in chosen), sum(levels), levels)
        if best is None or cost < best[0]:
            best = (cost, chosen)
    if best is None:
        coarsest = {
            key: replace(profile, period="", age_band="", home_province="")
            for key, profile in profiles.items()
        }
        cases = ", ".join(key for key, _k, _profile in risky(coarsest, k_min))
        return [
            gettext(
                "No coarsening of period, age and home province gives every witness "
                "k >= %(k)s; withhold these testimonies or export them with others: %(cases)s."
            )
            % {"k": k_min, "cases": cases}
        ]
    return [
        *(str(step.advice) for step in best[1] if step.advice),
        gettext(
            "With these changes every witness shares the released attributes with at least "
            "%(others)s others (k >= %(k)s)."
        )
        % {"others": k_min - 1, "k": k_min},
    ]

"""What a column of an imported sheet can mean: the declarative table of importable fields.

Each `ImportField` says where a cell goes in the entry forms (`target`: the form's prefix and
field, exactly as the entry page posts it), how its text is read (`kind`), which headers propose
it (`synonyms`, in English and Korean, including this project's own export headers from
bundle/data.py), the note the template shows on its header, and two fictional example values.
A new field is one more row here and, for a new kind, one converter in validate.py and its
place in build.py (the models a row becomes).
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

# How a cell is read (validate.CONVERTERS has one function per kind).
TEXT = "text"
NAME = "name"  # a column that holds names: encrypted, never checked for names
DATE = "date"
PARTIAL_DATE = "partial_date"
INTEGER = "integer"
DECIMAL = "decimal"
TRI_STATE = "tri_state"  # yes / no / not stated
CHECKBOX = "checkbox"  # yes / no, empty meaning no
CHOICE = "choice"
COUNTRY = "country"
SECTOR = "sector"
PROVINCE = "province"
USER = "user"
INDICATORS = "indicators"
INDICATOR = "indicator"  # one indicator's column: its passage, or yes / no
PERSONS = "persons"  # names of persons besides the witness, one role per column

# Mapping choices that are not fields.
KEEP_AS_EXTRA = "_extra"
IGNORE = "_ignore"


@dataclass(frozen=True)
class ImportField:
    key: str
    target: str  # "interview_date", "narrative-original", "persons-0-name_hangul", ...
    kind: str
    label: str | Promise
    note: str | Promise
    synonyms: tuple[str, ...] = ()
    examples: tuple[str, str] = ("", "")
    choices: str = ""  # the TextChoices of a CHOICE field, as named in testimony.models
    required: bool = False


def header_key(header: str) -> str:
    """A header as compared: NFKC, case folded, without spaces, punctuation or symbols."""
    folded = unicodedata.normalize("NFKC", header or "").casefold()
    return re.sub(r"[\W_]+", "", folded)


def _indicator_choices() -> list[tuple[str, Promise]]:
    from testimony.models import Indicator  # models import nothing from here; kept lazy

    return [(code, Indicator(code).label) for code in Indicator.values]


FIELDS: tuple[ImportField, ...] = (
    ImportField(
        "interview_date",
        "interview_date",
        DATE,
        _("Interview date"),
        _("Required. The day of the interview: 2019-03-21 (also 2019.03.21 or 2019년 3월 21일)."),
        (
            "interview date",
            "date of interview",
            "interviewed on",
            "date",
            "면담일",
            "면담 일자",
            "인터뷰 날짜",
            "인터뷰일",
            "조사일",
            "면접일",
        ),
        ("2019-03-21", "2021-11-02"),
        required=True,
    ),
    ImportField(
        "interview_place",
        "interview_place",
        TEXT,
        _("Interview place"),
        _("Required. Where the interview took place (a city, never a home address)."),
        (
            "interview place",
            "place of interview",
            "interview location",
            "면담 장소",
            "면담장소",
            "인터뷰 장소",
            "조사 장소",
        ),
        ("Seoul", "Busan"),
        required=True,
    ),
    ImportField(
        "interviewer",
        "interviewer",
        USER,
        _("Interviewer"),
        _("The interviewer's user name in this system; empty means the person importing."),
        ("interviewer", "interviewed by", "면담자", "조사자", "인터뷰어", "면접자"),
        ("", ""),
    ),
    ImportField(
        "interpreter",
        "interpreter",
        TEXT,
        _("Interpreter"),
        _("The interpreter, if there was one."),
        ("interpreter", "통역", "통역자", "통역사"),
        ("", ""),
    ),
    ImportField(
        "interview_language",
        "interview_language",
        CHOICE,
        _("Interview language"),
        _("ko, en, zh, ru or other (or Korean, English, Chinese, Russian)."),
        ("interview language", "language of interview", "면담 언어", "인터뷰 언어"),
        ("ko", "ko"),
        choices="Language",
    ),
    ImportField(
        "knowledge",
        "knowledge",
        CHOICE,
        _("How the witness knows"),
        _("eyewitness, hearsay or both."),
        (
            "knowledge",
            "how the witness knows",
            "source of knowledge",
            "직접 경험 여부",
            "인지 경로",
            "목격 여부",
        ),
        ("eyewitness", "eyewitness"),
        choices="Knowledge",
    ),
    ImportField(
        "country",
        "postings-0-country",
        COUNTRY,
        _("Country of work"),
        _(
            "Required. The country where the work took place, in English or Korean "
            "(Russia, 러시아)."
        ),
        (
            "country",
            "country of work",
            "host country",
            "receiving state",
            "파견 국가",
            "파견국",
            "국가",
            "근무 국가",
            "나라",
        ),
        ("Russia", "쿠웨이트"),
        required=True,
    ),
    ImportField(
        "work_site",
        "postings-0-work_site",
        TEXT,
        _("Site of work"),
        _("Camp, factory, vessel or city, as the witness describes it. No names of people."),
        (
            "work site",
            "site of work",
            "site",
            "worksite",
            "workplace",
            "근무지",
            "작업장",
            "현장",
            "근무 장소",
        ),
        ("logging camp near Tynda", "construction site, Kuwait City"),
    ),
    ImportField(
        "sector",
        "postings-0-sector",
        SECTOR,
        _("Sector"),
        _("Required. construction, logging, fishing, manufacturing, ... in English or Korean."),
        ("sector", "industry", "type of work", "업종", "분야", "직종", "산업"),
        ("logging", "construction"),
        required=True,
    ),
    ImportField(
        "period_start",
        "postings-0-period_start",
        PARTIAL_DATE,
        _("Period from"),
        _("A year, year-month or date: 2014, 2014-06 or 2014-06-01."),
        (
            "period from",
            "period start",
            "from",
            "start",
            "start date",
            "근무 시작",
            "시작",
            "파견 시작",
            "기간 시작",
            "시작일",
        ),
        ("2014-06", "2016"),
    ),
    ImportField(
        "period_end",
        "postings-0-period_end",
        PARTIAL_DATE,
        _("Period to"),
        _("A year, year-month or date, not before the start."),
        (
            "period to",
            "period end",
            "to",
            "until",
            "end",
            "end date",
            "근무 종료",
            "종료",
            "파견 종료",
            "기간 종료",
            "종료일",
        ),
        ("2017", "2018-02"),
    ),
    ImportField(
        "recruitment",
        "postings-0-recruitment",
        CHOICE,
        _("Recruitment"),
        _("state_assignment, applied, bribe, other or unknown (of the first posting)."),
        ("recruitment", "how recruited", "모집 경로", "선발 방식", "모집"),
        ("state_assignment", "bribe"),
        choices="Recruitment",
    ),
    *(
        ImportField(
            name,
            name,
            TRI_STATE,
            label,
            _("yes, no or empty (not stated); 예 / 아니오 also work."),
            synonyms,
            examples,
        )
        for name, label, synonyms, examples in (
            (
                "bribe_paid",
                _("Bribe paid"),
                ("bribe paid", "bribe", "뇌물", "뇌물 지불"),
                ("no", "yes"),
            ),
            (
                "passport_confiscated",
                _("Passport confiscated"),
                ("passport confiscated", "passport taken", "여권 압수", "여권 회수", "여권"),
                ("yes", "yes"),
            ),
            (
                "movement_restricted",
                _("Movement restricted"),
                ("movement restricted", "restricted movement", "이동 제한", "외출 제한"),
                ("yes", ""),
            ),
            (
                "surveillance",
                _("Surveillance by minders"),
                ("surveillance", "minders", "감시", "감시 여부"),
                ("yes", "yes"),
            ),
            (
                "loyalty_contributions",
                _("Loyalty contributions"),
                ("loyalty contributions", "forced contributions", "충성 자금", "상납금", "계획분"),
                ("yes", "no"),
            ),
            ("violence", _("Violence"), ("violence", "폭력", "폭행"), ("", "yes")),
            (
                "threats_to_family",
                _("Threats to family"),
                ("threats to family", "family threatened", "가족 위협", "가족 협박"),
                ("no", ""),
            ),
        )
    ),
    *(
        ImportField(
            f"{prefix}_wage_{part}",
            f"{prefix}_wage_{part}",
            kind,
            label,
            note,
            synonyms,
            examples,
            choices="WagePeriod" if part == "period" else "",
        )
        for prefix, part, kind, label, note, synonyms, examples in (
            (
                "promised",
                "amount",
                DECIMAL,
                _("Promised wage"),
                _("The wage promised at recruitment, as a number: 300 or 1,200.50."),
                ("promised wage", "wage promised", "약속 임금", "약속된 임금", "약정 임금"),
                ("300", "1200"),
            ),
            (
                "promised",
                "currency",
                TEXT,
                _("Promised wage currency"),
                _("A three-letter code: USD, KWD, RUB, CNY, KPW."),
                ("promised currency", "promised wage currency", "약속 임금 통화"),
                ("USD", "USD"),
            ),
            (
                "promised",
                "period",
                CHOICE,
                _("Promised wage period"),
                _("hour, day, month, year or contract."),
                ("promised wage period", "약속 임금 기간"),
                ("month", "month"),
            ),
            (
                "received",
                "amount",
                DECIMAL,
                _("Wage received"),
                _("The wage actually received, as a number."),
                (
                    "wage received",
                    "received wage",
                    "actual wage",
                    "실수령 임금",
                    "받은 임금",
                    "실제 임금",
                ),
                ("30", "0"),
            ),
            (
                "received",
                "currency",
                TEXT,
                _("Wage received currency"),
                _("A three-letter code: USD, KWD, RUB, CNY, KPW."),
                ("received currency", "received wage currency", "실수령 임금 통화"),
                ("USD", "USD"),
            ),
            (
                "received",
                "period",
                CHOICE,
                _("Wage received period"),
                _("hour, day, month, year or contract."),
                ("received wage period", "실수령 임금 기간"),
                ("month", "month"),
            ),
        )
    ),
    ImportField(
        "hours_per_day",
        "hours_per_day",
        INTEGER,
        _("Working hours per day"),
        _("A whole number from 1 to 24."),
        (
            "hours per day",
            "working hours",
            "hours",
            "하루 노동시간",
            "노동 시간",
            "근무 시간",
            "일일 근무시간",
        ),
        ("16", "14"),
    ),
    ImportField(
        "days_off_per_month",
        "days_off_per_month",
        INTEGER,
        _("Days off per month"),
        _("A whole number from 0 to 31."),
        ("days off per month", "days off", "rest days", "월 휴일", "휴일", "휴무일", "쉬는 날"),
        ("1", "2"),
    ),
    ImportField(
        "ending",
        "postings-0-ending",
        CHOICE,
        _("How it ended"),
        _(
            "returned, escaped, defected, still_abroad, other or unknown (of the last posting, "
            "when the sheet gives a second or third)."
        ),
        ("ending", "how it ended", "outcome", "귀결", "종료 사유", "결말"),
        ("escaped", "returned"),
        choices="Ending",
    ),
    ImportField(
        "narrative_language",
        "narrative-language",
        CHOICE,
        _("Language of the narrative"),
        _("ko, en, zh, ru or other."),
        ("narrative language", "language", "원문 언어", "진술 언어", "언어"),
        ("ko", "en"),
        choices="Language",
    ),
    ImportField(
        "narrative_original",
        "narrative-original",
        NAME,
        _("Narrative (original language)"),
        _("Required. What the witness said, in the original language. Stored encrypted."),
        (
            "narrative",
            "narrative original",
            "statement",
            "testimony",
            "account",
            "transcript",
            "진술",
            "진술 내용",
            "증언",
            "증언 내용",
            "내용",
            "원문",
        ),
        (
            "우리는 하루에 16시간 일했다. 여권은 도착한 날 회수되었다.",
            "We worked from six in the morning until ten at night.",
        ),
        required=True,
    ),
    ImportField(
        "narrative_english",
        "narrative-english",
        NAME,
        _("Narrative (English translation)"),
        _("The English translation, if there is one. Stored encrypted."),
        (
            "english",
            "english translation",
            "translation",
            "narrative english",
            "영문",
            "영어 번역",
            "번역",
        ),
        ("We worked sixteen hours a day. The passports were taken on the day we arrived.", ""),
    ),
    ImportField(
        "witness_name_romanized",
        "persons-0-name_romanized",
        NAME,
        _("Witness name (romanized)"),
        _("The witness's real name in Latin letters. Stored encrypted, indexed for look-up."),
        (
            "name",
            "witness",
            "witness name",
            "name romanized",
            "romanized name",
            "english name",
            "full name",
            "영문 이름",
            "영문명",
            "로마자 이름",
        ),
        ("Hong Gildong", "Kim Sunhee"),
    ),
    ImportField(
        "witness_name_hangul",
        "persons-0-name_hangul",
        NAME,
        _("Witness name (Hangul)"),
        _("The witness's real name in Hangul. Stored encrypted, indexed for look-up."),
        (
            "name hangul",
            "hangul name",
            "korean name",
            "이름",
            "성명",
            "증언자",
            "증언자 이름",
            "진술자",
            "한글 이름",
            "한글명",
            "실명",
        ),
        ("홍길동", "김순희"),
    ),
    ImportField(
        "witness_aliases",
        "persons-0-aliases",
        NAME,
        _("Witness aliases"),
        _("Other names or spellings; separate them with a new line. Stored encrypted."),
        ("aliases", "alias", "other names", "별명", "가명", "다른 이름"),
        ("", "Kim Soon-hee"),
    ),
    ImportField(
        "witness_pseudonym",
        "persons-0-pseudonym",
        TEXT,
        _("Witness pseudonym"),
        _("How exports will name the witness, e.g. Witness A."),
        ("pseudonym", "code name", "victim", "witness pseudonym", "가명 코드", "익명", "코드명"),
        ("Witness A", "Witness B"),
    ),
    ImportField(
        "witness_sex",
        "persons-0-sex",
        CHOICE,
        _("Witness sex"),
        _("female, male, other or unknown (여 / 남 also work)."),
        ("sex", "gender", "victim sex", "성별"),
        ("male", "female"),
        choices="Person.Sex",
    ),
    ImportField(
        "witness_birth_year",
        "persons-0-birth_year",
        INTEGER,
        _("Witness year of birth"),
        _("Four digits, e.g. 1975."),
        ("birth year", "year of birth", "born", "출생연도", "출생 연도", "생년"),
        ("1975", "1982"),
    ),
    ImportField(
        "witness_home_province",
        "persons-0-home_province",
        PROVINCE,
        _("Witness home province"),
        _("A province of North Korea, in English or Korean (South Hamgyong, 함경남도)."),
        (
            "home province",
            "province",
            "origin",
            "victim home province",
            "출신 지역",
            "출신 도",
            "고향",
            "출신지",
        ),
        ("South Hamgyong", "평안북도"),
    ),
    ImportField(
        "witness_family_in_north_korea",
        "persons-0-family_in_north_korea",
        TRI_STATE,
        _("Family still in North Korea"),
        _("yes, no or empty (not stated)."),
        (
            "family in north korea",
            "family in nk",
            "family remains",
            "북한 내 가족",
            "북한에 가족",
            "가족 북한 거주",
        ),
        ("yes", "no"),
    ),
    ImportField(
        "witness_contact_details",
        "persons-0-contact_details",
        NAME,
        _("Witness contact details"),
        _("Phone, messenger or address. Stored encrypted."),
        ("contact", "contact details", "phone", "연락처", "전화", "전화번호"),
        ("", ""),
    ),
    *(
        ImportField(
            f"consent_{name}",
            f"consent-{name}",
            CHECKBOX,
            label,
            _("yes or no (예 / 아니오). Empty means no."),
            synonyms,
            ("yes", "yes"),
        )
        for name, label, synonyms in (
            (
                "un_submission",
                _("Consent to submission to the UN"),
                (
                    "consent",
                    "consent un",
                    "un consent",
                    "consent to un submission",
                    "유엔 제출 동의",
                    "동의",
                    "제출 동의",
                    "동의 여부",
                ),
            ),
            (
                "informed_state_letter",
                _("Knows a letter may go to the state"),
                (
                    "consent informed state letter",
                    "informed state letter",
                    "정부 서한 고지",
                    "국가 서한 고지",
                ),
            ),
            (
                "informed_public_summary",
                _("Knows a summary may be public"),
                ("consent informed public summary", "informed public summary", "공개 요약 고지"),
            ),
        )
    ),
    ImportField(
        "consent_public_name",
        "consent-public_name",
        CHOICE,
        _("Name in public reports"),
        _("full, initials or none. With family in North Korea only initials or none."),
        ("consent public name", "public name", "name in public reports", "공개 이름", "실명 공개"),
        ("none", "initials"),
        choices="Consent.PublicName",
    ),
    ImportField(
        "consent_recipients",
        "consent-recipients",
        CHOICE,
        _("Who may receive it"),
        _("un_only, partner_ngos or public."),
        ("consent recipients", "recipients", "who may receive", "공유 범위", "제공 범위"),
        ("un_only", "partner_ngos"),
        choices="Consent.Recipients",
    ),
    ImportField(
        "consent_given_on",
        "consent-given_on",
        DATE,
        _("Date consent was given"),
        _("Needed when the witness consented: 2019-03-21."),
        ("consent date", "consent given on", "date of consent", "동의일", "동의 날짜", "동의 일자"),
        ("2019-03-21", "2021-11-02"),
    ),
    ImportField(
        "consent_method",
        "consent-method",
        CHOICE,
        _("How consent was given"),
        _("written, recorded or oral_witnessed. Needed when the witness consented."),
        ("consent method", "how consent was given", "동의 방법", "동의 방식"),
        ("written", "recorded"),
        choices="Consent.Method",
    ),
    ImportField(
        "consent_witnessed_by",
        "consent-witnessed_by",
        TEXT,
        _("Consent witnessed by"),
        _("Who witnessed the consent (a role or staff member)."),
        ("consent witnessed by", "witnessed by", "동의 입회인", "입회인"),
        ("", ""),
    ),
    ImportField(
        "consent_notes",
        "consent-notes",
        TEXT,
        _("Consent notes"),
        _("Anything else about the consent. No names of people."),
        ("consent notes", "동의 메모", "동의 비고"),
        ("", ""),
    ),
    ImportField(
        "indicators",
        "indicators",
        INDICATORS,
        _("ILO indicators"),
        _(
            "Indicators separated by ';' (English or Korean labels or codes); each is tagged "
            "for the phase 'work and life under duress' with a sentence saying the sheet listed "
            "it, until a reviewer quotes the passage. A column of the indicator's own (below) "
            "can give the passage itself."
        ),
        (
            "indicators",
            "ilo indicators",
            "forced labour indicators",
            "강제노동 지표",
            "지표",
            "ILO 지표",
        ),
        ("Retention of identity documents; Excessive overtime", "withholding_of_wages"),
    ),
)

# Persons besides the witness: a column of names per role. Several names in one cell are
# separated by ';' or a new line; each becomes a person of that role.
EXTRA_PERSON_COLUMNS = (
    (
        "minder",
        "supervisor",
        _("Minder's name"),
        ("minder name", "minder", "minders name", "감시원", "감시원 이름", "보위원 이름"),
        ("Ri Myongsu", ""),
    ),
    (
        "supervisor",
        "supervisor",
        _("Supervisor's name"),
        ("supervisor name", "supervisor", "foreman", "감독", "감독 이름", "작업반장 이름", "반장"),
        ("", "Choe Kwangil"),
    ),
    (
        "recruiter",
        "official",
        _("Recruiter's name"),
        ("recruiter name", "recruiter", "모집책", "모집원", "모집책 이름", "모집 담당자"),
        ("", ""),
    ),
    (
        "coworker",
        "coworker",
        _("Co-workers' names"),
        ("coworker name", "coworker names", "co-workers", "동료", "동료 이름", "동료 노동자"),
        ("", ""),
    ),
)
EXTRA_PERSON_ROLES: dict[str, str] = {
    f"others-{key}": role for key, role, _label, _synonyms, _examples in EXTRA_PERSON_COLUMNS
}

# The second and third posting (a worker sent to Russia, then to China): the first posting's
# columns with a number after them ("country 2", "파견 국가 2").
LATER_POSTING_PARTS = (
    ("country", COUNTRY, _("Country of work %(n)s"), ("country", "파견 국가", "국가")),
    ("work_site", TEXT, _("Site of work %(n)s"), ("site", "work site", "근무지", "작업장")),
    ("sector", SECTOR, _("Sector %(n)s"), ("sector", "업종", "직종")),
    (
        "period_start",
        PARTIAL_DATE,
        _("Period from %(n)s"),
        ("period from", "period %(n)s from", "from", "근무 시작", "시작", "파견 시작", "기간 시작"),
    ),
    (
        "period_end",
        PARTIAL_DATE,
        _("Period to %(n)s"),
        ("period to", "period %(n)s to", "to", "근무 종료", "종료", "파견 종료", "기간 종료"),
    ),
)
LATER_POSTING_EXAMPLES = {
    "country": ("China", ""),
    "work_site": ("seafood plant, Dandong", ""),
    "sector": ("manufacturing", ""),
    "period_start": ("2018", ""),
    "period_end": ("2019-02", ""),
}


def _later_posting_fields() -> list[ImportField]:
    fields = []
    for number in (2, 3):
        for part, kind, label, synonyms in LATER_POSTING_PARTS:
            names = []
            for synonym in synonyms:
                if "%(n)s" in synonym:
                    names.append(synonym % {"n": number})
                else:
                    names.extend((f"{synonym} {number}", f"{synonym}{number}"))
            fields.append(
                ImportField(
                    f"{part}_{number}",
                    f"postings-{number - 1}-{part}",
                    kind,
                    format_lazy_n(label, number),
                    _(
                        "Posting %(n)s (a later stretch of work abroad), read like the first "
                        "posting's column; a posting needs a country and a sector."
                    )
                    if part == "country"
                    else _("Posting %(n)s, read like the first posting's column."),
                    tuple(names),
                    LATER_POSTING_EXAMPLES[part] if number == 2 else ("", ""),
                )
            )
    return fields


class format_lazy_n:  # noqa: N801 - reads like the lazy string it wraps
    """A lazy label with its number filled in when it is shown (in the language of then)."""

    def __init__(self, label: Promise, number: int) -> None:
        self.label, self.number = label, number

    def __str__(self) -> str:
        return str(self.label) % {"n": self.number}


FIELDS = (
    *FIELDS,
    *(
        ImportField(
            f"others_{key}",
            f"others-{key}",
            PERSONS,
            label,
            _(
                "Names of persons besides the witness with this role, separated by ';' or a new "
                "line. Stored encrypted, indexed for look-up."
            ),
            synonyms,
            examples,
        )
        for key, _role, label, synonyms, examples in EXTRA_PERSON_COLUMNS
    ),
    *_later_posting_fields(),
    *(
        ImportField(
            f"indicator_{code}",
            f"indicator-{code}",
            INDICATOR,
            label,
            _(
                "The passage of the narrative that shows this ILO indicator, or yes / no "
                "(예 / 아니오) when the sheet only marks it. Stored encrypted."
            ),
            (code, f"indicator {code}"),
            {
                "deception": (
                    "They promised 300 dollars a month; we were paid almost nothing.",
                    "",
                ),
                "retention_of_documents": ("", "yes"),
            }.get(code, ("", "")),
        )
        for code, label in _indicator_choices()
    ),
)

BY_KEY: dict[str, ImportField] = {field.key: field for field in FIELDS}
BY_TARGET: dict[str, ImportField] = {field.target: field for field in FIELDS}

# Columns of this project's own exports that have no place in a new record (or are derived).
EXPORT_ONLY_HEADERS = {"case_code", "period", "perpetrators", "victim_age_band"}


@cache
def _proposal_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for field in FIELDS:
        with translation.override("ko"):
            korean = str(field.label)
        with translation.override("en"):
            english = str(field.label)
        for candidate in (field.key, field.target, *field.synonyms, english, korean):
            table.setdefault(header_key(candidate), field.key)
    # The bundle's data files name some fields their own way.
    for header, key in (
        ("consent_un", "consent_un_submission"),
        ("consent_informed_state_letter", "consent_informed_state_letter"),
        ("consent_informed_public_summary", "consent_informed_public_summary"),
        ("consent_public_name", "consent_public_name"),
        ("consent_recipients", "consent_recipients"),
        ("victim_sex", "witness_sex"),
        ("victim_home_province", "witness_home_province"),
        ("family_in_north_korea", "witness_family_in_north_korea"),
    ):
        table[header_key(header)] = key
    return table


def propose(headers: list[str], saved: dict[str, str] | None = None) -> list[str]:
    """The field proposed for each header: from a saved mapping first, then the synonyms; each
    field at most once (the first column that names it); else KEEP_AS_EXTRA."""
    taken: set[str] = set()
    proposals: list[str] = []
    for header in headers:
        key = header_key(header)
        choice = (saved or {}).get(key) or _proposal_table().get(key, KEEP_AS_EXTRA)
        if choice in BY_KEY and choice in taken:
            choice = KEEP_AS_EXTRA
        if choice in BY_KEY:
            taken.add(choice)
        proposals.append(choice)
    return proposals

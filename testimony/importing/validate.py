"""Reading one row of a sheet into the entry page's field names, and every problem with it in
plain words.

Each row's cells become the values the entry page would post, keyed as it names them; build.py
turns them into models checked by the entry page's rules (dates between 1945 and today written
with the digits 0-9, consent recorded with its date and method, no full name in public while the
family is in North Korea). What the entry page cannot know is checked here: a value that matches
no country, a name in a column that is not a name column (the name detector of anonymize/, not
run on a cell that is wholly a known place or vocabulary term), a row that repeats an earlier
row, and a testimony already recorded (same interview date and witness name, by blind index).

Blocking problems stop the whole import; warnings can be accepted. A message never repeats the
content of a column that holds names.
"""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from testimony import models
from testimony.anonymize.detect import detect_names
from testimony.anonymize.failure import DetectionFailed
from testimony.anonymize.redact.vocabulary import (
    HANGUL_FOREIGN_PLACES,
    HANGUL_PLACE_NAMES,
    PLACE_NAMES,
)
from testimony.crypto import name_digests
from testimony.forms import TRI_STATE_FACTS
from testimony.importing import columns
from testimony.importing.build import Parts, RowBuilder, Vocabularies, split_names
from testimony.importing.columns import FIELDS, IGNORE, KEEP_AS_EXTRA, ImportField
from testimony.importing.readers import FormulaWithoutValue, cell_text
from testimony.models import (
    Country,
    Indicator,
    Person,
    Province,
    Sector,
    Testimony,
    validate_ascii_digits,
)

# The entry page's defaults, for the fields a sheet leaves out.
DEFAULTS = {
    "interview_language": "ko",
    "knowledge": "eyewitness",
    "domestic_remedies": "unknown",
    # One posting per row: the sheet's country, site, sector, period, recruitment and ending.
    "postings-TOTAL_FORMS": "1",
    "postings-INITIAL_FORMS": "0",
    "postings-MIN_NUM_FORMS": "0",
    "postings-MAX_NUM_FORMS": "1000",
    "postings-0-recruitment": "unknown",
    "postings-0-ending": "unknown",
    "entities-TOTAL_FORMS": "0",
    "entities-INITIAL_FORMS": "0",
    "entities-MIN_NUM_FORMS": "0",
    "entities-MAX_NUM_FORMS": "1000",
    **dict.fromkeys(TRI_STATE_FACTS, "unknown"),
    "narrative-language": "",
    "persons-TOTAL_FORMS": "1",
    "persons-INITIAL_FORMS": "0",
    "persons-MIN_NUM_FORMS": "0",
    "persons-MAX_NUM_FORMS": "1000",
    "persons-0-role": Person.Role.WITNESS,
    "persons-0-sex": Person.Sex.UNKNOWN,
    "persons-0-family_in_north_korea": "unknown",
    "consent-public_name": "none",
    "consent-recipients": "un_only",
    "indicators-INITIAL_FORMS": "0",
    "indicators-MIN_NUM_FORMS": "0",
    "indicators-MAX_NUM_FORMS": "1000",
}

if TYPE_CHECKING:
    from testimony.forms import TestimonyEntry

YES = {
    "yes",
    "y",
    "true",
    "1",
    "o",
    "ㅇ",
    "✓",
    "✔",
    "v",
    "예",
    "네",
    "있음",
    "유",
    "그렇다",
    "있다",
    "동의",
}
NO = {
    "no",
    "n",
    "false",
    "0",
    "x",
    "ㄴ",
    "✗",
    "아니오",
    "아니요",
    "없음",
    "무",
    "아니다",
    "없다",
    "비동의",
    "미동의",
}
UNKNOWN = {
    "",
    "unknown",
    "not stated",
    "n/a",
    "na",
    "-",
    "?",
    "모름",
    "미상",
    "불명",
    "해당없음",
    "알수없음",
}

# Words that name a choice besides its code and its English and Korean labels.
CHOICE_SYNONYMS = {
    "persons-0-sex": {
        "m": "male",
        "man": "male",
        "남": "male",
        "남자": "male",
        "남성": "male",
        "f": "female",
        "woman": "female",
        "여": "female",
        "여자": "female",
        "여성": "female",
    },
    "interview_language": {
        "korean": "ko",
        "한국어": "ko",
        "조선어": "ko",
        "english": "en",
        "영어": "en",
        "chinese": "zh",
        "중국어": "zh",
        "russian": "ru",
        "러시아어": "ru",
    },
    "knowledge": {
        "직접": "eyewitness",
        "목격": "eyewitness",
        "직접경험": "eyewitness",
        "전언": "hearsay",
        "전해들음": "hearsay",
        "들음": "hearsay",
    },
    "consent-method": {
        "서면": "written",
        "서면동의": "written",
        "서명": "written",
        "동의서": "written",
        "signed": "written",
        "녹음": "recorded",
        "녹화": "recorded",
        "녹음녹화": "recorded",
        "audio": "recorded",
        "video": "recorded",
        "recording": "recorded",
        "구두": "oral_witnessed",
        "구두동의": "oral_witnessed",
        "oral": "oral_witnessed",
    },
}
CHOICE_SYNONYMS["narrative-language"] = CHOICE_SYNONYMS["interview_language"]

# Plain-text columns that an export may carry or that are stored unencrypted: a name there
# would leak, so the name detector reads them.
CHECKED_FOR_NAMES = {
    "interview_place",
    "postings-0-work_site",
    "postings-1-work_site",
    "postings-2-work_site",
    "persons-0-pseudonym",
    "consent-notes",
}


@dataclass(frozen=True)
class Problem:
    row: int | None  # None: the file as a whole
    column: str  # the header as the sheet writes it; "" for the row or the file
    message: str
    blocking: bool

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(_("row %(row)s") % {"row": self.row})
        if self.column:
            where.append(_("column '%(column)s'") % {"column": self.column})
        prefix = ", ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


@dataclass
class RowResult:
    row: int
    data: dict[str, str] = field(default_factory=dict)
    extra: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    witness_label: str = ""
    # (indicator code, passage) in the order the sheet gives them
    indicators: list[tuple[str, str]] = field(default_factory=list)
    parts: Parts | None = None
    digests: set[str] = field(default_factory=set)  # the witness's names, for duplicates
    failed: set[str] = field(default_factory=set)  # targets whose cell could not be read
    day: str = ""

    @property
    def blocked(self) -> bool:
        return any(problem.blocking for problem in self.problems)


def fold(value: str) -> str:
    return re.sub(r"[\s_\-]+", "", unicodedata.normalize("NFKC", value).casefold())


# What a lookup failed to find, said only when it fails (translated then, not for every cell).
LABELS = {
    "value": gettext_lazy("value"),
    "country": gettext_lazy("country"),
    "sector": gettext_lazy("sector"),
    "province": gettext_lazy("province"),
    "user name": gettext_lazy("user name"),
    "indicator": gettext_lazy("indicator"),
}
KNOWN_PLACES = frozenset(
    fold(place) for place in (*PLACE_NAMES, *HANGUL_PLACE_NAMES, *HANGUL_FOREIGN_PLACES)
)


class RowReader:
    """Reads rows of one sheet under one mapping; lookups are loaded once."""

    def __init__(self, headers: list[str], mapping: list[str], by: AbstractBaseUser) -> None:
        self.headers = headers
        self.mapping = [
            mapping[index] if index < len(mapping) else KEEP_AS_EXTRA
            for index in range(len(headers))
        ]
        self.by = by
        self.fields: dict[int, ImportField] = {
            index: columns.BY_KEY[key]
            for index, key in enumerate(self.mapping)
            if key in columns.BY_KEY
        }
        self.header_of_target = {
            self.fields[index].target: headers[index] or _("column %(n)s") % {"n": index + 1}
            for index in self.fields
        }
        self.countries = self._vocabulary(Country)
        self.sectors = self._vocabulary(Sector)
        self.provinces = self._vocabulary(Province)
        users = {user.pk: user for user in get_user_model().objects.filter(is_active=True)}
        self.users = {fold(user.get_username()): pk for pk, user in users.items()}
        users[by.pk] = by
        self.builder = RowBuilder(
            Vocabularies(
                countries=Country.objects.in_bulk(),
                sectors=Sector.objects.in_bulk(),
                provinces=Province.objects.in_bulk(),
                users=users,
            ),
            by,
        )
        self.choices = {item.target: self._choice_table(item) for item in FIELDS if item.choices}
        self.indicators = self._choice_table_of(Indicator, {})
        self.seen: dict[tuple[str, str], int] = {}
        self.indicators_without_passage = False
        # Cells that cannot be a person's name, whole: places and the vocabularies' terms.
        self.not_names = (
            KNOWN_PLACES | self.countries.keys() | self.sectors.keys() | self.provinces.keys()
        )

    # --- lookups -------------------------------------------------------------------------

    @staticmethod
    def _vocabulary(model: type) -> dict[str, int]:
        table: dict[str, int] = {}
        for pk, code, name, name_ko in model.objects.filter(is_active=True).values_list(
            "pk", "code", "name", "name_ko"
        ):
            for word in (code, name, name_ko):
                if word:
                    table.setdefault(fold(word), pk)
        return table

    @staticmethod
    def _choice_table_of(choices: type, extra: dict[str, str]) -> dict[str, str]:
        table = {fold(word): code for word, code in extra.items()}
        for code, label in choices.choices:
            table[fold(code)] = code
            for language in ("en", "ko"):
                with translation.override(language):
                    table.setdefault(fold(str(label)), code)
        return table

    def _choice_table(self, item: ImportField) -> dict[str, str]:
        choices: object = models
        for name in item.choices.split("."):
            choices = getattr(choices, name)
        return self._choice_table_of(choices, CHOICE_SYNONYMS.get(item.target, {}))

    # --- one row --------------------------------------------------------------------------

    def read(self, number: int, cells: list[object]) -> RowResult:
        result = RowResult(row=number, data=dict(DEFAULTS))
        result.data["interviewer"] = str(self.by.pk)
        for index, key in enumerate(self.mapping):
            value = cells[index] if index < len(cells) else None
            header = self.headers[index] or _("column %(n)s") % {"n": index + 1}
            if isinstance(value, FormulaWithoutValue):
                if key != IGNORE:
                    result.problems.append(
                        Problem(
                            number,
                            header,
                            _(
                                "this cell holds a formula whose value was never saved in the "
                                "file. Open the file in a spreadsheet program, save it, and "
                                "import it again."
                            ),
                            True,
                        )
                    )
                continue
            text = cell_text(value)
            if key == IGNORE or not text:
                continue
            if key == KEEP_AS_EXTRA:
                result.extra.append(f"{header}: {text}")
                continue
            item = self.fields[index]
            try:
                self._convert(item, value, text, result)
            except ValidationError as error:
                message = " ".join(error.messages)
                if self._names(text):  # a name where none belongs is not repeated on screen
                    for shown in (text.strip()[:80], text[:40]):
                        message = message.replace(shown, "•••")
                result.problems.append(Problem(number, header, message, True))
                result.failed.add(item.target)
            if item.target in CHECKED_FOR_NAMES:
                reasons = self._names(text)
                if reasons == DETECTION_FAILED:
                    result.problems.append(
                        Problem(
                            number,
                            header,
                            _(
                                "automatic name detection failed on this cell, so it could "
                                "not be checked for a person's name: check it by hand. The "
                                "failure is logged."
                            ),
                            False,
                        )
                    )
                elif reasons:
                    result.problems.append(
                        Problem(
                            number,
                            header,
                            _(
                                "this column is not a name column but seems to contain a "
                                "person's name (%(reason)s). Move the name to a name column "
                                "or remove it."
                            )
                            % {"reason": reasons},
                            False,
                        )
                    )
        if not result.data.get("narrative-language"):
            result.data["narrative-language"] = result.data["interview_language"]
        return result

    def _names(self, text: str) -> str:
        """`_names_in(text)`, or nothing at once for a cell that cannot hold a name: without a
        letter, or wholly a known place or vocabulary term (서울, Vladivostok, 러시아, 건설).
        The detector is not needed for those, nor the Korean analyser it loads on its first
        Hangul text (some seconds, once a process)."""
        if fold(text) in self.not_names or not any(char.isalpha() for char in text):
            return ""
        try:
            return _names_in(text)
        except DetectionFailed:
            return DETECTION_FAILED  # taken as a name: the cell is not repeated on screen

    def _convert(self, item: ImportField, value: object, text: str, result: RowResult) -> None:
        target = item.target
        data = result.data
        kind = item.kind
        if kind in (columns.TEXT, columns.NAME):
            data[target] = text
        elif kind == columns.DATE:
            data[target] = _full_date(value, text)
        elif kind == columns.PARTIAL_DATE:
            data[target] = _partial_date(value, text)
        elif kind in (columns.INTEGER, columns.DECIMAL):
            data[target] = _number(value, text, whole=kind == columns.INTEGER)
        elif kind == columns.TRI_STATE:
            data[target] = {True: "true", False: "false", None: "unknown"}[_yes_no(text)]
        elif kind == columns.CHECKBOX:
            if _yes_no(text):
                data[target] = "on"
        elif kind == columns.CHOICE:
            try:
                data[target] = self._lookup(self.choices[target], text, LABELS["value"])
            except ValidationError:
                raise ValidationError(
                    _("'%(value)s' is not one of the accepted values: %(accepted)s.")
                    % {"value": text.strip()[:80], "accepted": self._accepted(item)}
                ) from None
        elif kind == columns.COUNTRY:
            data[target] = str(self._lookup(self.countries, text, LABELS["country"]))
        elif kind == columns.SECTOR:
            data[target] = str(self._lookup(self.sectors, text, LABELS["sector"]))
        elif kind == columns.PROVINCE:
            data[target] = str(self._lookup(self.provinces, text, LABELS["province"]))
        elif kind == columns.USER:
            data[target] = str(self._lookup(self.users, text, LABELS["user name"]))
        elif kind == columns.INDICATORS:
            listed = {code for code, _passage in result.indicators}
            header = self.header_of_target[target]
            for part in re.split(r"[;\n|]+", text):
                if part.strip():
                    code = self._lookup(self.indicators, part, LABELS["indicator"])
                    if code not in listed:
                        listed.add(code)
                        result.indicators.append((code, marked_passage(header)))
                        self.indicators_without_passage = True
        elif kind == columns.INDICATOR:
            code = target.split("-", 1)[1]
            try:
                marked = _yes_no(text)
            except ValidationError:
                marked = None
                passage = text  # the cell quotes the passage itself
            else:
                passage = marked_passage(self.header_of_target[target])
                if marked:
                    self.indicators_without_passage = True
            if marked is True or (marked is None and passage == text):
                # A column of its own says more than the list column: it replaces its entry.
                result.indicators = [item for item in result.indicators if item[0] != code]
                result.indicators.append((code, passage))
        elif kind == columns.PERSONS:
            # "모름", "-" or "n/a" in a name column names nobody.
            names = [name for name in split_names(text) if fold(name) not in FOLDED_UNKNOWN]
            data[target] = "\n".join(names)
        else:  # pragma: no cover - a new kind without a converter
            raise ValueError(kind)

    @staticmethod
    def _accepted(item: ImportField) -> str:
        """A choice field's values as a sheet may write them: each code with its label."""
        choices: object = models
        for name in item.choices.split("."):
            choices = getattr(choices, name)
        return "; ".join(f"{code} ({label})" for code, label in choices.choices)

    @staticmethod
    def _lookup(table: dict, text: str, what: str) -> str:
        found = table.get(fold(text))
        if found is None:
            raise ValidationError(
                _("unknown %(what)s '%(value)s'.") % {"what": what, "value": text.strip()[:80]}
            )
        return found

    # --- the whole row, checked by the entry page's rules --------------------------------

    def validate(self, result: RowResult) -> RowResult:
        """Build the row's models and check them (build.py); problems go to their columns.
        The check against testimonies already recorded is `check_recorded`, once a batch."""
        data = result.data

        def problem(target: str, message: str) -> None:
            if target in result.failed:
                return  # its cell's problem is already said
            header = self.header_of_target.get(target, "")
            item = columns.BY_TARGET.get(target)
            if not header and item is not None:
                if item.required:
                    return  # said once for the whole file
                header = str(item.label)
            result.problems.append(Problem(result.row, header, message, True))

        parts = self.builder.build(data, result.indicators, problem)
        result.parts = None if result.blocked else parts
        if "consent-un_submission" in self.header_of_target and not data.get(
            "consent-un_submission"
        ):
            result.problems.append(
                Problem(
                    result.row,
                    self.header_of_target["consent-un_submission"],
                    _(
                        "no consent to submission to the UN: the testimony is imported but "
                        "cannot be exported until consent is recorded."
                    ),
                    False,
                )
            )
        self._check_duplicate_in_file(result)
        return result

    def _witness_column(self) -> str:
        return self.header_of_target.get(
            "persons-0-name_romanized", self.header_of_target.get("persons-0-name_hangul", "")
        )

    def _check_duplicate_in_file(self, result: RowResult) -> None:
        data = result.data
        day = data.get("interview_date", "")
        names = [
            data.get("persons-0-name_romanized", ""),
            data.get("persons-0-name_hangul", ""),
        ]
        names = [name for name in names if name.strip()]
        if not names or not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", day):
            return
        try:
            date.fromisoformat(day)
        except ValueError:
            return
        digests = name_digests(names)
        for digest in sorted(digests):
            earlier = self.seen.get((day, digest))
            if earlier is not None and earlier != result.row:
                result.problems.append(
                    Problem(
                        result.row,
                        self._witness_column(),
                        _(
                            "the same witness and interview date as row %(row)s: the same "
                            "testimony twice? Remove one of the rows."
                        )
                        % {"row": earlier},
                        True,
                    )
                )
                return
        for digest in digests:
            self.seen.setdefault((day, digest), result.row)
        result.day, result.digests = day, digests

    def check_recorded(self, results: list[RowResult]) -> None:
        """Rows whose witness and interview date are already recorded: one query a batch."""
        wanted = [result for result in results if result.digests]
        if not wanted:
            return
        found: dict[tuple[str, str], str] = {}
        for case_code, day, digest in (
            Testimony.objects.filter(
                interview_date__in={result.day for result in wanted},
                persons__role=Person.Role.WITNESS,
                persons__name_index__digest__in=set().union(*(result.digests for result in wanted)),
            )
            .order_by("case_code")
            .values_list("case_code", "interview_date", "persons__name_index__digest")
        ):
            found.setdefault((day.isoformat(), digest), case_code)
        for result in wanted:
            existing = next(
                (
                    found[(result.day, digest)]
                    for digest in sorted(result.digests)
                    if (result.day, digest) in found
                ),
                None,
            )
            if existing:
                result.parts = None
                result.problems.append(
                    Problem(
                        result.row,
                        self._witness_column(),
                        _(
                            "a testimony of this witness interviewed on this date is already "
                            "recorded (%(case)s). Remove the row, or edit %(case)s instead."
                        )
                        % {"case": existing},
                        True,
                    )
                )


def marked_passage(column: str) -> str:
    """The passage of an indicator the sheet only marks: where it was marked, in words."""
    return _(
        "The imported sheet marks this indicator in its column '%(column)s'; no passage of the "
        "narrative was quoted with it. Quote the passage that shows it."
    ) % {"column": column}


def file_problems(mapping: list[str]) -> list[Problem]:
    """What the mapping itself leaves out: a required field no column gives, no consent."""
    mapped = set(mapping)
    problems = [
        Problem(
            None,
            "",
            _("No column is mapped to '%(field)s', which every testimony needs.")
            % {"field": item.label},
            True,
        )
        for item in FIELDS
        if item.required and item.key not in mapped
    ]
    if "consent_un_submission" not in mapped:
        problems.append(
            Problem(
                None,
                "",
                _(
                    "No column gives the witness's consent: every testimony is imported without "
                    "consent recorded and cannot be exported until it is."
                ),
                False,
            )
        )
    counts: dict[str, int] = {}
    for key in mapping:
        if key in columns.BY_KEY:
            counts[key] = counts.get(key, 0) + 1
    problems.extend(
        Problem(
            None,
            "",
            _("Two columns are mapped to '%(field)s'; map it once.")
            % {"field": columns.BY_KEY[key].label},
            True,
        )
        for key, count in counts.items()
        if count > 1
    )
    return problems


def _form_errors(entry: "TestimonyEntry") -> Iterable[tuple[str, list[str]]]:
    """The entry forms' errors by target (the transcript import reads them)."""
    for name, errors in entry.testimony.errors.items():
        yield ("" if name == "__all__" else name), errors
    for form, prefix in ((entry.narrative, "narrative-"), (entry.consent, "consent-")):
        for name, errors in form.errors.items():
            yield ("" if name == "__all__" else prefix + name), errors
    for formset in (entry.postings, entry.persons):
        for position, form in enumerate(formset.forms):
            for name, errors in form.errors.items():
                yield ("" if name == "__all__" else f"{formset.prefix}-{position}-{name}"), errors
        if formset.non_form_errors():
            yield "", list(formset.non_form_errors())
    for form in (entry.notes, *entry.entities.forms):
        for _name, errors in form.errors.items():
            yield "", errors
    for form in entry.indicators.forms:
        for _name, errors in form.errors.items():
            yield "indicators", errors


# --- converters ------------------------------------------------------------------------------

DATE_RE = re.compile(
    r"^\s*([0-9]{4})\s*(?:[-./년]\s*([0-9]{1,2})\s*(?:[-./월]\s*([0-9]{1,2})\s*(?:[.일])?)?"
    r"(?:월)?)?\s*\.?\s*$"
)


def _date_parts(value: object, text: str) -> tuple[str, str | None, str | None]:
    validate_ascii_digits(text)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return f"{value.year:04d}", f"{value.month:02d}", f"{value.day:02d}"
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        number = int(value)
        if 1000 <= number <= 9999:
            return str(number), None, None
        raise ValidationError(
            _(
                "'%(value)s' is a number, not a date. Format the cells as text or dates, or "
                "write 2019-03-21."
            )
            % {"value": text}
        )
    match = DATE_RE.match(text)
    if not match:
        raise ValidationError(
            _("'%(value)s' is not a date. Write it as 2019-03-21 (or 2019, 2019-03).")
            % {"value": text[:40]}
        )
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise ValidationError(
            _(
                "'%(value)s' is not a day of the calendar (that month has no such day, or "
                "there is no such month). Check the date in the original record."
            )
            % {"value": text[:40]}
        ) from None
    return year, month.zfill(2) if month else None, day.zfill(2) if day else None


def _full_date(value: object, text: str) -> str:
    year, month, day = _date_parts(value, text)
    if not (month and day):
        raise ValidationError(
            _("'%(value)s' is not a full date: write the day too, as 2019-03-21.")
            % {"value": text[:40]}
        )
    return f"{year}-{month}-{day}"


def _partial_date(value: object, text: str) -> str:
    year, month, day = _date_parts(value, text)
    return "-".join(part for part in (year, month, day) if part)


def _number(value: object, text: str, *, whole: bool) -> str:
    validate_ascii_digits(text)
    cleaned = text.replace(",", "").replace(" ", "")
    if whole and re.fullmatch(r"[0-9]+\.0+", cleaned):
        cleaned = cleaned.split(".")[0]
    pattern = r"[0-9]+" if whole else r"[0-9]+(\.[0-9]+)?"
    if not re.fullmatch(pattern, cleaned):
        if whole:
            raise ValidationError(_("'%(value)s' is not a whole number.") % {"value": text[:40]})
        raise ValidationError(_("'%(value)s' is not a number.") % {"value": text[:40]})
    return cleaned


FOLDED_YES = {fold(word) for word in YES}
FOLDED_NO = {fold(word) for word in NO}
FOLDED_UNKNOWN = {fold(word) for word in UNKNOWN}


def _yes_no(text: str) -> bool | None:
    folded = fold(text)
    if folded in FOLDED_YES:
        return True
    if folded in FOLDED_NO:
        return False
    if folded in FOLDED_UNKNOWN:
        return None
    raise ValidationError(
        _("'%(value)s' is neither yes nor no (write yes, no, 예 or 아니오; empty: not stated).")
        % {"value": text[:40]}
    )


# What `_names` answers for a cell the detector failed on (anonymize/failure.py).
DETECTION_FAILED = "\x00detection failed"


@lru_cache(maxsize=4096)
def _names_in(text: str) -> str:
    """The detector's reasons for what looks like a name in `text`, never the name itself."""
    spans = detect_names(text)
    return "; ".join(sorted({span.reason for span in spans}))

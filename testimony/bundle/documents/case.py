"""What each per-case submission says, in the order a desk officer of a special procedure reads
it: the victim, the alleged perpetrators, the States concerned, dates and places (the postings),
the facts (the statement, a short structured summary, the ILO indicators with their passages),
steps taken domestically, consent, and the source with the statement's language.

Every value comes from CaseRelease (already anonymized and generalized). "Not stated" is
printed only where the testimony does not say; what is recorded but withheld says "Not
released". The free text of the steps taken and the internal notes are not in CaseRelease at
all: only the domestic remedies' choice is.
"""

from testimony.bundle.content import CaseRelease, PetitionRelease, PostingRelease
from testimony.bundle.documents.blocks import (
    Block,
    _bullet,
    _field,
    _heading,
    _para,
    _quote,
    _small,
    _title,
)
from testimony.bundle.documents.statistics import wage_period_label
from testimony.bundle.documents.text import (
    NOT_RELEASED,
    NOT_STATED,
    _number,
    _or,
    _paragraphs,
    _yes_no,
)

# The structured facts, as the summary of the facts lists them.
_FACT_FIELDS = (
    ("passport_confiscated", "Passport or identity documents confiscated"),
    ("movement_restricted", "Movement restricted"),
    ("surveillance", "Watched by minders or supervisors"),
    ("loyalty_contributions", '"Loyalty" contributions taken from the wage'),
    ("violence", "Physical or sexual violence"),
    ("threats_to_family", "Threats against the family at home"),
)


def _stated(value: bool | None) -> str:
    if value is None:
        return NOT_STATED
    return "Yes" if value else "No"


def _wage_text(text: str, amount: float | None, currency: str, period: str) -> str:
    """ "120.00 USD per month": the release's wording, else made from the amount's parts."""
    if text.strip():
        return text.strip()
    if amount is None:
        return NOT_STATED
    parts = [_number(amount), currency.strip(), wage_period_label(period)]
    return " ".join(part for part in parts if part)


def _is_english(case: CaseRelease) -> bool:
    return case.english_is_translation is False


def statement_language(case: CaseRelease) -> str:
    """ "Statement given in Korean; the English text is a translation." or "... in English." """
    if _is_english(case):
        return "Statement given in English."
    language = case.original_language.strip()
    if not language or language.lower() == "other":
        return "Statement given in another language; the English text is a translation."
    return f"Statement given in {language}; the English text is a translation."


def _posting_blocks(posting: PostingRelease, count: int) -> list[Block]:
    site = posting.site or (NOT_RELEASED if posting.site_withheld else NOT_STATED)
    blocks = []
    if count > 1:
        blocks.append(Block("subheading", f"Posting {posting.order} of {count}"))
    blocks += [
        _field("Country", _or(posting.country, NOT_STATED)),
        _field("Site", site),
        _field("Employer or contractor", _or(posting.employer, NOT_STATED)),
        _field("Sector", _or(posting.sector, NOT_STATED)),
        _field("Period", _or(posting.period, NOT_STATED)),
    ]
    if posting.recruitment.strip() and posting.recruitment != NOT_STATED:
        blocks.append(_field("Recruitment", posting.recruitment))
    if posting.ending.strip() and posting.ending != NOT_STATED:
        blocks.append(_field("How the posting ended", posting.ending))
    return blocks


def _summary_of_facts(case: CaseRelease) -> list[Block]:
    hours = case.hours_per_day
    days = case.days_off_per_month
    blocks = [
        Block("subheading", "Summary of the facts"),
        _field(
            "Wage promised",
            _wage_text(
                case.promised_wage,
                case.promised_wage_amount,
                case.promised_wage_currency,
                case.promised_wage_period,
            ),
        ),
        _field(
            "Wage received",
            _wage_text(
                case.received_wage,
                case.received_wage_amount,
                case.received_wage_currency,
                case.received_wage_period,
            ),
        ),
        _field("Hours worked per day", NOT_STATED if hours is None else str(hours)),
        _field("Days off per month", NOT_STATED if days is None else str(days)),
    ]
    blocks += [_field(label, _stated(getattr(case, name))) for name, label in _FACT_FIELDS]
    return blocks


def _case_blocks(case: CaseRelease, petition: PetitionRelease) -> list[Block]:
    blocks = [
        _title(f"Submission to the {petition.mandate}" if petition.mandate else "Submission"),
        _small(f"Case {case.case_code}, version {case.version} · {petition.title}"),
        _heading("1. Alleged victim"),
        _field("Victim", _or(case.victim, NOT_RELEASED)),
        _field("Sex", _or(case.victim_sex, NOT_STATED)),
        _field("Age", _or(case.victim_age_band, NOT_STATED)),
        _field("Nationality", _or(case.victim_nationality, NOT_STATED)),
        _field("Home province", _or(case.victim_home_province, NOT_STATED)),
        _field("Family still in North Korea", _or(case.family_in_north_korea, NOT_STATED)),
        _field("How the situation ended", _or(case.ending, NOT_STATED)),
        _heading("2. Alleged perpetrators"),
    ]
    perpetrators = [p for p in case.perpetrators if p.strip()]
    blocks += [_bullet(p) for p in perpetrators] or [_para(NOT_STATED)]
    places = [entity for entity in case.entities if not entity.perpetrator]
    if places:
        blocks.append(_small("Also named (sites, vessels and other organisations):"))
        blocks += [_bullet(f"{entity.name} ({entity.role_label.lower()})") for entity in places]
    blocks.append(_heading("3. States concerned"))
    blocks += [_bullet(state) for state in case.states_concerned if state.strip()] or [
        _para(NOT_STATED)
    ]
    blocks.append(_heading("4. Dates and places"))
    if case.postings:
        blocks.append(_field("Period (all postings)", _or(case.period, NOT_STATED)))
        for posting in case.postings:
            blocks += _posting_blocks(posting, len(case.postings))
    else:
        blocks += [
            _field("Period", _or(case.period, NOT_STATED)),
            _field("Country", _or(case.country, NOT_STATED)),
            _field("Sector", _or(case.sector, NOT_STATED)),
        ]
    blocks += [_heading("5. Description of the facts"), _small(statement_language(case))]
    english = _paragraphs(case.description_en)
    original = _paragraphs(case.description_original)
    if english:
        blocks += [_para(part) for part in english]
    elif original:
        blocks.append(_para("No English text was approved for release; the original follows."))
    else:
        blocks.append(_para(NOT_STATED))
    if original:
        language = _or(case.original_language, "original language")
        blocks.append(Block("subheading", f"Original statement ({language})"))
        blocks += [_para(part) for part in original]
    blocks += _summary_of_facts(case)
    blocks.append(Block("subheading", "Indicators of forced labour (ILO)"))
    if case.indicators:
        for indicator in case.indicators:
            lead = indicator.indicator + (f" ({indicator.phase})" if indicator.phase else "")
            blocks.append(_bullet(lead))
            blocks += [_quote(part) for part in _paragraphs(indicator.passage)]
    else:
        blocks.append(_para("No indicator tagged."))
    blocks += [
        _heading("6. Steps taken domestically"),
        _para(_or(case.domestic_remedies, NOT_STATED)),
        _heading("7. Consent"),
        _field("(i) The victim consents to this submission", _yes_no(case.consent_un)),
        _field(
            "(j) The victim knows that a letter may be sent to the State concerned",
            _yes_no(case.consent_informed_state_letter),
        ),
        _field(
            "(k) The victim knows that a summary may appear in a public report",
            _yes_no(case.consent_informed_public_summary),
        ),
        _field("(l) Name in public reports", _or(case.consent_public_name, NOT_STATED)),
        _field("Who may receive this information", _or(case.consent_recipients, NOT_STATED)),
        _heading("8. Source"),
        _para(
            f"Interview conducted by {_or(petition.organisation, NOT_STATED)}; "
            f"how the witness knows: {_or(case.knowledge, NOT_STATED)}. "
            f"{statement_language(case)}"
        ),
    ]
    return blocks

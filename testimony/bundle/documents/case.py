"""What each per-case submission says."""

from testimony.bundle.content import (
    CaseRelease,
    PetitionRelease,
)
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
from testimony.bundle.documents.text import NOT_RELEASED, NOT_STATED, _or, _paragraphs, _yes_no


def _case_blocks(case: CaseRelease, petition: PetitionRelease) -> list[Block]:
    blocks = [
        _title(f"Submission to the {petition.mandate}" if petition.mandate else "Submission"),
        _small(f"Case {case.case_code}, version {case.version} · {petition.title}"),
        _heading("1. Alleged victim(s)"),
        _field("Victim", _or(case.victim, NOT_RELEASED)),
        _field("Sex", _or(case.victim_sex, NOT_RELEASED)),
        _field("Age", _or(case.victim_age_band, NOT_RELEASED)),
        _field("Home province", _or(case.victim_home_province, NOT_RELEASED)),
        _field("Family still in North Korea", _or(case.family_in_north_korea, NOT_STATED)),
        _heading("2. Alleged perpetrator(s)"),
    ]
    perpetrators = [p for p in case.perpetrators if p.strip()]
    blocks += [_bullet(p) for p in perpetrators] or [_para(NOT_STATED)]
    blocks += [
        _heading("3. Date and place"),
        _field("Period", _or(case.period, NOT_STATED)),
        _field("Country", _or(case.country, NOT_STATED)),
        _field("Sector", _or(case.sector, NOT_STATED)),
        _heading("4. Description of the facts"),
    ]
    blocks += [_para(part) for part in _paragraphs(case.description_en)] or [_para(NOT_STATED)]
    if case.description_original.strip():
        language = _or(case.original_language, "original language")
        blocks.append(Block("subheading", f"Original statement ({language})"))
        blocks += [_para(part) for part in _paragraphs(case.description_original)]
    blocks.append(_heading("5. Indicators of forced labour (ILO)"))
    if case.indicators:
        for indicator in case.indicators:
            lead = indicator.indicator + (f" ({indicator.phase})" if indicator.phase else "")
            blocks.append(_bullet(lead))
            blocks += [_quote(part) for part in _paragraphs(indicator.passage)]
    else:
        blocks.append(_para("No indicator tagged."))
    blocks += [
        _heading("6. Consent"),
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
        _heading("7. Source"),
        _para(
            f"Interview conducted by {_or(petition.organisation, NOT_STATED)}; "
            f"how the witness knows: {_or(case.knowledge, NOT_STATED)}."
        ),
    ]
    return blocks

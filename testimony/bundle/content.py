"""What a bundle releases, as plain data: read only from exportable testimonies.

Everything here is already anonymized and generalized; the renderers (documents.py, data.py)
never see a model, a real name or an original narrative.
"""

from dataclasses import dataclass, field

VICTIM_FULL_NAME = "full_name"
VICTIM_INITIALS = "initials"
VICTIM_PSEUDONYM = "pseudonym"


@dataclass(frozen=True)
class IndicatorRelease:
    indicator: str  # the ILO indicator's label, e.g. "Withholding of wages"
    phase: str  # e.g. "Work and life under duress"
    passage: str  # anonymized


@dataclass(frozen=True)
class PostingRelease:
    """One posting at the released precision (case_facts.posting_releases)."""

    order: int
    country: str
    sector: str
    period: str  # generalized like the case's period: "2014-2016"
    employer: str  # the employer or contractor by name ("" when not known)
    employer_uuid: str  # its entity id, so a recipient can cross-reference cases
    site: str  # a shared site or vessel record by name (never the free-text place)
    site_uuid: str
    recruitment: str  # label
    ending: str  # label
    # A free-text place was recorded but is not released (it is not reviewed, and may be
    # precise enough to re-identify a worker): the document says "not released", not "not stated".
    site_withheld: bool = False


@dataclass(frozen=True)
class EntityRelease:
    """A company, state body, site or vessel the testimony names, in a role."""

    uuid: str
    name: str  # "Namgang Construction (남강건설)"
    kind: str  # label
    role: str  # code: employer, contractor, sending_body ...
    role_label: str
    country: str
    perpetrator: bool  # the role makes it an alleged perpetrator


@dataclass(frozen=True)
class CaseRelease:
    """One testimony as the rapporteur's submission form asks for it (victim to description)."""

    case_code: str
    version: int
    victim: str  # as consent allows: full name, initials ("R. M.") or pseudonym ("Witness A")
    victim_sex: str  # "Female", "Male", "" when not released
    victim_age_band: str  # "30-39" or ""
    victim_home_province: str  # province name or ""
    family_in_north_korea: str  # "Yes" / "No" / "Not stated"
    perpetrators: list[str]  # by role: "Supervisor 3 (supervisor or minder)", "State agency (...)"
    country: str
    sector: str
    period: str  # generalized: "2014-2016", "from 2018"
    knowledge: str  # "Eyewitness ..." label
    consent_un: bool
    consent_informed_state_letter: bool
    consent_informed_public_summary: bool
    consent_public_name: str  # label: "Initials only" / "No name" / "Full name"
    consent_recipients: str  # label
    description_en: str  # the approved anonymized English narrative
    description_original: str  # the approved anonymized original (often Korean), "" if English
    original_language: str  # "Korean", "English", ...
    indicators: list[IndicatorRelease] = field(default_factory=list)
    # Structured facts for the summary and the data files (None when not stated)
    hours_per_day: int | None = None
    days_off_per_month: int | None = None
    promised_wage: str = ""  # "120.00 USD per month"
    received_wage: str = ""
    promised_wage_amount: float | None = None
    promised_wage_currency: str = ""
    promised_wage_period: str = ""  # code: month, day, ...
    received_wage_amount: float | None = None
    received_wage_currency: str = ""
    received_wage_period: str = ""
    passport_confiscated: bool | None = None
    movement_restricted: bool | None = None
    surveillance: bool | None = None
    loyalty_contributions: bool | None = None
    violence: bool | None = None
    threats_to_family: bool | None = None
    ending: str = ""  # label
    # How `victim` names the victim: VICTIM_FULL_NAME, VICTIM_INITIALS or VICTIM_PSEUDONYM
    # (release.victim_naming); "" when not known.
    victim_naming: str = ""
    # Postings, entities and States concerned (case_facts.py); `country` and `sector` above
    # are the first posting's, `countries` every posting's in order, each once.
    postings: list[PostingRelease] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    entities: list[EntityRelease] = field(default_factory=list)
    states_concerned: list[str] = field(default_factory=list)  # "Sending State: ..."
    domestic_remedies: str = ""  # label: "None possible (...)", "Complaint made", ...
    # The same as flat strings for the data files: one line per posting, per entity, and the
    # entities' ids in the order of `entity_lines`.
    posting_lines: list[str] = field(default_factory=list)
    entity_lines: list[str] = field(default_factory=list)
    entity_ids: list[str] = field(default_factory=list)
    # The ids of the companies and state bodies among `perpetrators`, in their order (the
    # individuals are persons, named by pseudonym, and have none).
    perpetrator_entity_ids: list[str] = field(default_factory=list)
    victim_nationality: str = ""  # "Democratic People's Republic of Korea"
    # The original statement's language code ("ko", "en", ...): the case document says the
    # English is a translation unless it is "en". `original_language` is its label.
    original_language_code: str = ""
    # For the data files (a language alone identifies no one, and the case document states it):
    # the statement's language by label, and whether the English text is a translation. Both
    # follow from the two fields above when not given.
    statement_language: str = ""
    english_is_translation: bool | None = None
    # `family_in_north_korea` as a yes/no fact for the data files (None when not stated).
    family_remains_in_north_korea: bool | None = None

    def __post_init__(self) -> None:
        if not self.statement_language and self.original_language.strip():
            object.__setattr__(self, "statement_language", self.original_language.strip())
        if self.english_is_translation is None and self.statement_language:
            if self.original_language_code:
                english = self.original_language_code == "en"
            else:
                english = self.statement_language.lower() == "english"
            object.__setattr__(self, "english_is_translation", not english)
        if self.family_remains_in_north_korea is None:
            answer = {"yes": True, "no": False}.get(self.family_in_north_korea.strip().lower())
            object.__setattr__(self, "family_remains_in_north_korea", answer)


@dataclass(frozen=True)
class PetitionRelease:
    """The cover letter's facts."""

    title: str
    mandate: str  # full name of the mandate
    mandate_address: str
    organisation: str  # the submitting organisation
    contact: str  # how the mandate reaches the submitter (kept confidential by the UN)
    summary: str  # the coordinator's own opening paragraph
    confidentiality: str  # what the organisation asks to keep confidential
    date: str  # ISO date of the bundle
    # The Organisation record (letterhead, contact, signature block); "" where not recorded.
    organisation_address: str = ""  # lines separated by "\n"
    organisation_email: str = ""
    organisation_phone: str = ""
    signatory_name: str = ""
    signatory_title: str = ""


@dataclass(frozen=True)
class BundleContent:
    petition: PetitionRelease
    cases: list[CaseRelease]
    bundle_id: str
    created_by: str  # who submits: the organisation, never a staff member's username
    created_at: str  # ISO datetime, UTC
    software_version: str
    # SHA-256 of the raw Ed25519 public key that signs the manifest, hex in groups of four.
    signing_key_fingerprint: str = ""

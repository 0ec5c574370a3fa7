"""The data of a testimony: the interview, its structured facts, persons, consent and indicators,
and what moderation, anonymization, petitions, evidence files and the audit trail add to it.

One module per area; every model and helper is re-exported here, so `from testimony.models
import X` is the only import the rest of the code needs. Identity-bearing text is held in
`EncryptedTextField`s (see crypto.py). Nothing here changes a status: workflow.py owns that.
"""

from testimony.models.anonymization import Anonymization, PublicFigure
from testimony.models.attachments import Attachment, CustodyEvent
from testimony.models.audit import AuditEvent
from testimony.models.drafts import NEW_ENTRY, Draft
from testimony.models.entities import (
    PERPETRATOR_ENTITY_ROLES,
    Entity,
    EntityDistinct,
    EntityMerge,
    EntityRole,
    Posting,
    TestimonyEntity,
    entity_key,
)
from testimony.models.entity_stats import EntityStats, EntityStatsStale
from testimony.models.importing import ImportMapping, ImportUpload
from testimony.models.notes import CaseNotes
from testimony.models.organisation import Organisation
from testimony.models.person_groups import PersonGroupKept, PersonGroupStale
from testimony.models.persons import Consent, ConsentWithdrawal, Person, PersonNameIndex
from testimony.models.petitions import Bundle, Petition
from testimony.models.review import ReviewComment, ReviewVisit, TestimonyVersion
from testimony.models.testimony import (
    FIRST_DAY,
    FIRST_YEAR,
    PARTIAL_DATE_RE,
    DomesticRemedy,
    Ending,
    Indicator,
    IndicatorTag,
    Knowledge,
    Language,
    Narrative,
    Recruitment,
    Status,
    Testimony,
    WagePeriod,
    currency_validator,
    current_year,
    latest_day,
    validate_ascii_digits,
    validate_not_before_first_year,
    validate_partial_date,
    validate_past_date,
    validate_year,
)
from testimony.models.vocabularies import Country, Mandate, Province, Sector, Vocabulary

__all__ = [
    "FIRST_DAY",
    "FIRST_YEAR",
    "NEW_ENTRY",
    "PARTIAL_DATE_RE",
    "PERPETRATOR_ENTITY_ROLES",
    "Anonymization",
    "Attachment",
    "AuditEvent",
    "Bundle",
    "CaseNotes",
    "Consent",
    "ConsentWithdrawal",
    "Country",
    "CustodyEvent",
    "DomesticRemedy",
    "Draft",
    "Ending",
    "Entity",
    "EntityDistinct",
    "EntityMerge",
    "EntityRole",
    "EntityStats",
    "EntityStatsStale",
    "ImportMapping",
    "ImportUpload",
    "Indicator",
    "IndicatorTag",
    "Knowledge",
    "Language",
    "Mandate",
    "Narrative",
    "Organisation",
    "Person",
    "PersonGroupKept",
    "PersonGroupStale",
    "PersonNameIndex",
    "Petition",
    "Posting",
    "Province",
    "PublicFigure",
    "Recruitment",
    "ReviewComment",
    "ReviewVisit",
    "Sector",
    "Status",
    "Testimony",
    "TestimonyEntity",
    "TestimonyVersion",
    "Vocabulary",
    "WagePeriod",
    "currency_validator",
    "current_year",
    "entity_key",
    "latest_day",
    "validate_ascii_digits",
    "validate_not_before_first_year",
    "validate_partial_date",
    "validate_past_date",
    "validate_year",
]

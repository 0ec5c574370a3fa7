"""Turn exportable testimonies into the plain data a bundle releases (content.py).

The only readers of testimony data in the bundle code. They take only what
`workflow.exportable_testimonies()` allows, only the approved anonymized narrative of the
version being released, facts at the released precision, and a victim named no more than the
witness's consent allows.
"""

from collections import defaultdict

from django.utils import timezone
from django.utils.translation import gettext as _

from testimony.anonymize.review_texts import PassageRelease, approved_passage_text, passage_release
from testimony.anonymize.risk import age_band
from testimony.bundle.case_facts import (
    SENDING_STATE,
    alleged_perpetrators,
    entity_involvements,
    entity_line,
    posting_line,
    posting_releases,
    states_concerned,
)
from testimony.bundle.content import (
    VICTIM_FULL_NAME,
    VICTIM_INITIALS,
    VICTIM_PSEUDONYM,
    BundleContent,
    CaseRelease,
    IndicatorRelease,
    PetitionRelease,
)
from testimony.bundle.manifest import signing_key_fingerprint
from testimony.bundle.victims import bundle_pseudonyms, relabel
from testimony.models import (
    FIRST_YEAR,
    Anonymization,
    Bundle,
    Consent,
    IndicatorTag,
    Language,
    Narrative,
    Organisation,
    Person,
    Petition,
    Testimony,
)
from testimony.workflow import (
    anonymization_has_english,
    exportable_testimonies,
    released_english,
)

SOFTWARE_VERSION = "testimony 0.1.0"


class NotExportable(Exception):
    """A selected testimony may not leave the system; the message says which and why."""


def initials(name: str) -> str:
    """ "Rim Myong-chol" -> "R. M.": the surname's initial, then the given name's."""
    words = name.replace("-", " ").split()
    if not words:
        return ""
    letters = [words[0][0]] + ([words[1][0]] if len(words) > 1 else [])
    return " ".join(f"{letter.upper()}." for letter in letters)


def victim_naming(testimony: Testimony, witness: Person | None) -> str:
    """How consent lets the witness be named: by full name, by initials or by pseudonym only.

    A full name needs consent to it and a family known not to remain in North Korea.
    """
    if witness is None or not witness.name_romanized:
        return VICTIM_PSEUDONYM
    consent = getattr(testimony, "consent", None)
    public_name = consent.public_name if consent else Consent.PublicName.NONE
    family_at_risk = witness.family_in_north_korea is not False
    if public_name == Consent.PublicName.FULL and not family_at_risk:
        return VICTIM_FULL_NAME
    if public_name in (Consent.PublicName.FULL, Consent.PublicName.INITIALS):
        return VICTIM_INITIALS
    return VICTIM_PSEUDONYM


def victim_label(testimony: Testimony, witness: Person | None, pseudonym: str = "") -> str:
    """The witness as consent allows: full name, initials, or the pseudonym (the bundle's
    label for this witness when given, victims.bundle_pseudonyms)."""
    if witness is None:
        return pseudonym or _("Witness")
    naming = victim_naming(testimony, witness)
    if naming == VICTIM_FULL_NAME:
        return witness.name_romanized
    if naming == VICTIM_INITIALS:
        return initials(witness.name_romanized)
    return pseudonym or witness.pseudonym or _("Witness")


def _released_year(partial: str) -> str:
    """The year of a stored partial date; "" where it holds none that can be true (rows saved
    before dates were checked): the re-identification page lists those as data problems."""
    year = (partial or "").strip()[:4]
    if len(year) != 4 or not all("0" <= char <= "9" for char in year):
        return ""
    return year if FIRST_YEAR <= int(year) <= timezone.localdate().year else ""


def released_period(testimony: Testimony) -> str:
    start, end = _released_year(testimony.period_start), _released_year(testimony.period_end)
    if start and end and end < start:
        end = ""  # a period that ends before it starts: only its start is believed
    if start and end:
        return start if start == end else f"{start}-{end}"
    if start:
        return _("from %(year)s") % {"year": start}
    if end:
        return _("until %(year)s") % {"year": end}
    return ""


def _yes_no(value: bool | None) -> str:
    if value is None:
        return _("Not stated")
    return _("Yes") if value else _("No")


def _wage(amount: object, currency: str, period_label: str) -> str:
    if amount is None:
        return ""
    return f"{amount} {currency} {period_label}".strip()


def approved_passage(testimony: Testimony, anonymization: Anonymization, tag: IndicatorTag) -> str:
    """The passage of `tag` as approved in the redaction review (review_texts.py), never a
    machine redaction made now: a passage quotes the narrative and may name anyone in it.
    "" for an empty passage and for one of an anonymization approved before passages were
    reviewed (nobody read it: it is withheld). A passage changed since it was approved raises
    NotExportable: its anonymized text no longer says what the testimony says."""
    if not tag.passage.strip() or anonymization.passages is None:
        return ""
    text = approved_passage_text(anonymization, tag)
    if text is None:
        raise NotExportable(
            _(
                "%(case)s: the passage of the indicator %(indicator)s changed after the "
                "anonymized text was approved. Have the testimony edited, so that a new version "
                "is reviewed and its anonymized text approved (an approved testimony is "
                "archived and reopened as a draft to be edited)."
            )
            % {"case": testimony.case_code, "indicator": tag}
        )
    return text


def passage_releases(testimonies: list[Testimony]) -> dict[int, PassageRelease]:
    """By testimony id, each of `testimonies` whose passages a bundle will not release as
    approved: "withheld" or "changed" (review_texts.passage_release, the rule of
    `approved_passage`), for the petition page and the start of a build to say before building.
    Two queries whatever the number: the passages, and the current versions' approvals (only
    their passages read, not their texts)."""
    tags: dict[int, list[IndicatorTag]] = defaultdict(list)
    for tag in IndicatorTag.objects.filter(testimony__in=[t.pk for t in testimonies]):
        tags[tag.testimony_id].append(tag)
    if not tags:
        return {}
    revisions = {t.pk: t.revision for t in testimonies}
    approved = {
        anonymization.testimony_id: anonymization
        for anonymization in Anonymization.objects.filter(
            testimony__in=list(tags), approved_at__isnull=False
        ).only("testimony_id", "version_number", "passages")
        if anonymization.version_number == revisions[anonymization.testimony_id]
    }
    found: dict[int, PassageRelease] = {}
    for pk, its_tags in tags.items():
        if state := passage_release(approved.get(pk), its_tags):
            found[pk] = state
    return found


def case_release(
    testimony: Testimony,
    *,
    with_passages: bool = True,
    victim_pseudonym: str = "",
) -> CaseRelease:
    """One exportable testimony as released data. Raises NotExportable otherwise.

    Statistics need no passages (`with_passages`): they are then neither read nor checked.
    `victim_pseudonym` is the bundle's label for the witness (victims.bundle_pseudonyms): the
    victim is called so, and so are they in the released texts where their stored pseudonym was.
    """
    anonymization = testimony.approved_anonymization()
    if anonymization is None:
        raise NotExportable(
            _("%(case)s has no approved anonymized text for its current version.")
            % {"case": testimony.case_code}
        )
    narrative = testimony.narrative
    if not anonymization_has_english(anonymization, narrative.language):
        raise NotExportable(
            _("%(case)s has no English text in its approved anonymized text.")
            % {"case": testimony.case_code}
        )
    persons = list(testimony.persons.all())
    witness = next((p for p in persons if p.role == Person.Role.WITNESS), None)
    stored_pseudonym = witness.pseudonym.strip() if witness else ""

    def relabelled(text: str) -> str:
        return relabel(text, stored_pseudonym, victim_pseudonym) if victim_pseudonym else text

    consent = testimony.consent
    indicators = [
        IndicatorRelease(
            indicator=tag.get_indicator_display(),
            phase=tag.get_phase_display(),
            passage=relabelled(approved_passage(testimony, anonymization, tag))
            if with_passages
            else "",
        )
        for tag in testimony.indicators.all()
    ]
    # Companies and state bodies by name and role, individuals by pseudonym only.
    entities = entity_involvements(testimony)
    perpetrators = alleged_perpetrators(testimony, persons, entities)
    postings = posting_releases(testimony, released_period)
    # One rule for the English, shared with approval (workflow.released_english): an English
    # statement is its own English text, and there is no other original to print.
    english = released_english(anonymization, narrative.language)
    original = "" if narrative.language == Language.ENGLISH else anonymization.original
    return CaseRelease(
        case_code=testimony.case_code,
        version=anonymization.version_number,
        victim=victim_label(testimony, witness, victim_pseudonym),
        victim_nationality=SENDING_STATE,
        victim_naming=victim_naming(testimony, witness),
        victim_sex=(
            witness.get_sex_display() if witness and witness.sex != Person.Sex.UNKNOWN else ""
        ),
        victim_age_band=(
            age_band(
                witness.birth_year,
                testimony.interview_date.year if testimony.interview_date else None,
            )
            if witness
            else ""
        ),
        victim_home_province=str(witness.home_province or "") if witness else "",
        family_in_north_korea=_yes_no(witness.family_in_north_korea if witness else None),
        family_remains_in_north_korea=witness.family_in_north_korea if witness else None,
        perpetrators=perpetrators,
        country=str(testimony.country),
        sector=str(testimony.sector),
        period=released_period(testimony),
        knowledge=testimony.get_knowledge_display(),
        consent_un=consent.un_submission,
        consent_informed_state_letter=consent.informed_state_letter,
        consent_informed_public_summary=consent.informed_public_summary,
        consent_public_name=consent.get_public_name_display(),
        consent_recipients=consent.get_recipients_display(),
        # Given in English: the anonymized original (approvals made before issue #17 left
        # `english` blank for those, and the case document said "Not stated").
        description_en=relabelled(english),
        description_original=relabelled(original),
        original_language=narrative.get_language_display(),
        original_language_code=narrative.language,
        indicators=indicators,
        hours_per_day=testimony.hours_per_day,
        days_off_per_month=testimony.days_off_per_month,
        promised_wage=_wage(
            testimony.promised_wage_amount,
            testimony.promised_wage_currency,
            testimony.get_promised_wage_period_display(),
        ),
        received_wage=_wage(
            testimony.received_wage_amount,
            testimony.received_wage_currency,
            testimony.get_received_wage_period_display(),
        ),
        promised_wage_amount=(
            float(testimony.promised_wage_amount)
            if testimony.promised_wage_amount is not None
            else None
        ),
        promised_wage_currency=testimony.promised_wage_currency,
        promised_wage_period=testimony.promised_wage_period,
        received_wage_amount=(
            float(testimony.received_wage_amount)
            if testimony.received_wage_amount is not None
            else None
        ),
        received_wage_currency=testimony.received_wage_currency,
        received_wage_period=testimony.received_wage_period,
        passport_confiscated=testimony.passport_confiscated,
        movement_restricted=testimony.movement_restricted,
        surveillance=testimony.surveillance,
        loyalty_contributions=testimony.loyalty_contributions,
        violence=testimony.violence,
        threats_to_family=testimony.threats_to_family,
        ending=testimony.get_ending_display(),
        postings=postings,
        countries=list(dict.fromkeys(posting.country for posting in postings)),
        entities=entities,
        states_concerned=[f"{state.label}: {state.name}" for state in states_concerned(testimony)],
        domestic_remedies=testimony.get_domestic_remedies_display(),
        posting_lines=[posting_line(posting) for posting in postings],
        entity_lines=[entity_line(entity) for entity in entities],
        entity_ids=[entity.uuid for entity in entities],
        perpetrator_entity_ids=[entity.uuid for entity in entities if entity.perpetrator],
    )


def eligible(testimonies: list[Testimony]) -> tuple[list[Testimony], dict[str, str]]:
    """Split a selection into exportable testimonies and the reason each other one is not."""
    exportable = set(
        exportable_testimonies()
        .filter(pk__in=[t.pk for t in testimonies])
        .values_list("pk", flat=True)
    )
    allowed, refused = [], {}
    for testimony in testimonies:
        if testimony.pk in exportable:
            allowed.append(testimony)
        else:
            refused[testimony.case_code] = refusal_reason(testimony)
    return allowed, refused


def refusal_reason(testimony: Testimony) -> str:
    # A withdrawal always leaves the testimony withdrawn, and nothing moves it out again.
    if testimony.status == "withdrawn":
        return _("The witness withdrew consent.")
    if testimony.status != "approved":
        return _("It is “%(status)s”, not approved.") % {"status": testimony.get_status_display()}
    consent = getattr(testimony, "consent", None)
    if consent is None or not consent.allows_un_submission():
        return _("Consent to submission to the UN is not recorded.")
    anonymization = testimony.approved_anonymization()
    if anonymization is None:
        return _("Its anonymized text is not approved for the current version.")
    language = (
        Narrative.objects.filter(testimony=testimony).values_list("language", flat=True).first()
    )
    if not anonymization_has_english(anonymization, language or ""):
        return _(
            "It has no English text: its approved anonymized text has no English translation of "
            "the statement. Add the translation and have the anonymized text approved again (an "
            "approved testimony is archived and reopened as a draft to be edited)."
        )
    return ""


def bundle_content(bundle: Bundle, testimonies: list[Testimony]) -> BundleContent:
    petition: Petition = bundle.petition
    organisation = Organisation.current()
    labels = bundle_pseudonyms([testimony.pk for testimony in testimonies])
    return BundleContent(
        petition=PetitionRelease(
            title=petition.title,
            mandate=petition.mandate.name,
            mandate_address=petition.mandate.address,
            organisation=organisation.name,
            contact=petition.contact,
            summary=petition.summary,
            confidentiality=petition.confidentiality,
            date=timezone.localdate().isoformat(),
            organisation_address="\n".join(organisation.address_lines()),
            organisation_email=organisation.email,
            organisation_phone=organisation.phone,
            signatory_name=organisation.signatory_name,
            signatory_title=organisation.signatory_title,
        ),
        cases=[
            case_release(testimony, victim_pseudonym=labels.get(testimony.pk, ""))
            for testimony in testimonies
        ],
        bundle_id=str(bundle.uuid),
        # The organisation submits; which of its staff built the bundle stays in the audit
        # trail, never in the bundle.
        created_by=organisation.name,
        created_at=bundle.created_at.isoformat(timespec="seconds"),
        software_version=SOFTWARE_VERSION,
        signing_key_fingerprint=signing_key_fingerprint(),
    )

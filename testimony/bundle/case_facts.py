"""Facts of a case that a special procedure asks for, derived from postings and entities, as plain
data: the postings (where, for whom, when), the alleged perpetrators (companies and state bodies
by name, individuals by pseudonym only), and the States concerned (the sending State, North Korea,
and the receiving State of each posting).

Nothing here reads a real name, a narrative or a note: persons appear by pseudonym and role,
entities by their plain names, which are not protected. The case documents render what these
functions return (see `PostingRelease`, `EntityRelease` in content.py).
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from testimony.bundle.content import CaseRelease, EntityRelease, PostingRelease
from testimony.models import (
    PERPETRATOR_ENTITY_ROLES,
    EntityRole,
    Person,
    Posting,
    Testimony,
    TestimonyEntity,
)

# The sending State of every case this collection records.
SENDING_STATE = "Democratic People's Republic of Korea"
# What a list of testimonies prefetches so that releasing each costs no query of its own.
RELEASE_PREFETCH = (
    "postings__country",
    "postings__sector",
    "postings__employer__country",
    "postings__site__country",
    "entity_links__entity__country",
)
# Persons whose role makes them alleged perpetrators; named by pseudonym only.
PERPETRATOR_PERSON_ROLES = (Person.Role.SUPERVISOR, Person.Role.OFFICIAL)


@dataclass(frozen=True)
class StateConcerned:
    name: str
    relation: str  # "sending" or "receiving"
    label: str  # "Sending State" / "Receiving State (posting 2)"


def testimony_postings(testimony: Testimony) -> list[Posting]:
    """The testimony's postings in order. A testimony saved before postings existed, or written
    by a bulk path that fills only its own columns, reads as one posting made of them."""
    if "postings" in getattr(testimony, "_prefetched_objects_cache", {}):
        postings = list(testimony.postings.all())
    else:
        postings = list(
            testimony.postings.select_related(
                "country", "sector", "employer__country", "site__country"
            )
        )
    if postings or testimony.pk is None:
        return postings
    return [
        Posting(
            testimony=testimony,
            order=1,
            country=testimony.country,
            work_site=testimony.work_site,
            sector=testimony.sector,
            period_start=testimony.period_start,
            period_end=testimony.period_end,
            recruitment=testimony.recruitment,
            ending=testimony.ending,
        )
    ]


def states_concerned(testimony: Testimony) -> list[StateConcerned]:
    """The sending State, then each distinct receiving State in the order of the postings."""
    states = [StateConcerned(SENDING_STATE, "sending", _("Sending State"))]
    seen: set[str] = set()
    for posting in testimony_postings(testimony):
        name = posting.country.name  # in English: documents go to the UN in English
        if name in seen:
            continue
        seen.add(name)
        states.append(StateConcerned(name, "receiving", _("Receiving State")))
    return states


def entity_involvements(testimony: Testimony) -> list[EntityRelease]:
    """Every entity the testimony names with its role: the links entered, then the employers
    and sites of the postings not already linked in that role. Passages are not included:
    they quote the narrative and are released only anonymized (release.py)."""
    found: list[EntityRelease] = []
    seen: set[tuple[str, str]] = set()

    def add(entity: object, role: str, label: str) -> None:
        key = (str(entity.uuid), role)
        if key in seen:
            return
        seen.add(key)
        found.append(
            EntityRelease(
                uuid=str(entity.uuid),
                name=entity.display_name(),
                kind=entity.get_kind_display(),
                role=role,
                role_label=label,
                country=entity.country.name if entity.country else "",
                perpetrator=role in PERPETRATOR_ENTITY_ROLES,
            )
        )

    if "entity_links" in getattr(testimony, "_prefetched_objects_cache", {}):
        links = sorted(testimony.entity_links.all(), key=lambda link: link.pk)
    else:
        links = (
            TestimonyEntity.objects.filter(testimony=testimony)
            .select_related("entity", "entity__country")
            .order_by("id")
        )
    for link in links:
        add(link.entity, link.role, link.get_role_display())
    for posting in testimony_postings(testimony):
        if posting.employer_id:
            add(posting.employer, EntityRole.EMPLOYER, EntityRole.EMPLOYER.label)
        if posting.site_id:
            add(posting.site, EntityRole.SITE, EntityRole.SITE.label)
    return found


def alleged_perpetrators(
    testimony: Testimony, persons: list[Person], entities: list[EntityRelease] | None = None
) -> list[str]:
    """Companies and state bodies by name and role, then individuals by pseudonym and role:
    "Namgang Construction (employer)", "Supervisor 2 (supervisor or minder)". `entities` are
    the testimony's `entity_involvements`, when the caller has them already."""
    if entities is None:
        entities = entity_involvements(testimony)
    named = [
        f"{entity.name} ({entity.role_label.lower()})" for entity in entities if entity.perpetrator
    ]
    individuals = [
        f"{person.pseudonym or person.get_role_display()} ({person.get_role_display().lower()})"
        for person in persons
        if person.role in PERPETRATOR_PERSON_ROLES
    ]
    return named + individuals


def posting_releases(testimony: Testimony, released_period: object) -> list[PostingRelease]:
    """The postings at the released precision: country, sector, years; the site and employer by
    name (entities are not protected; a free-text site is left out, it may be precise enough
    to re-identify a worker and is not reviewed)."""
    return [
        PostingRelease(
            order=index,
            country=posting.country.name,
            sector=posting.sector.name,
            period=released_period(posting),
            employer=posting.employer.display_name() if posting.employer_id else "",
            employer_uuid=str(posting.employer.uuid) if posting.employer_id else "",
            site=posting.site.display_name() if posting.site_id else "",
            site_uuid=str(posting.site.uuid) if posting.site_id else "",
            recruitment=posting.get_recruitment_display(),
            ending=posting.get_ending_display(),
            site_withheld=not posting.site_id and bool((posting.work_site or "").strip()),
        )
        for index, posting in enumerate(testimony_postings(testimony), start=1)
    ]


def posting_line(posting: PostingRelease) -> str:
    """ "2. Kuwait, construction, 2016-2018, employer: Namgang Construction (id 6f1c...)": for
    the data files, so the employer and site carry the entity id a recipient cross-references
    cases by, as the `entity_ids` column does."""
    parts = [posting.country, posting.sector.lower(), posting.period]
    if posting.employer:
        parts.append(
            _("employer: %(name)s (id %(id)s)")
            % {"name": posting.employer, "id": posting.employer_uuid}
        )
    if posting.site:
        parts.append(
            _("site: %(name)s (id %(id)s)") % {"name": posting.site, "id": posting.site_uuid}
        )
    return f"{posting.order}. " + ", ".join(part for part in parts if part)


def entity_line(entity: EntityRelease) -> str:
    """ "Namgang Construction (남강건설), employer" """
    return f"{entity.name}, {entity.role_label.lower()}"


def bundle_states_concerned(cases: list[CaseRelease]) -> list[str]:
    """The States a whole bundle concerns, for the cover letter: "Sending State: ...", then
    each receiving State once, in the order the cases first name them."""
    states = dict.fromkeys(
        [_("Sending State: %(name)s") % {"name": SENDING_STATE}]
        + [
            _("Receiving State: %(name)s") % {"name": country}
            for case in cases
            for country in case.countries
        ]
    )
    return list(states)


@dataclass(frozen=True)
class EntityPattern:
    """An entity named by several cases of a bundle in one role: what a cover letter states."""

    entity_uuid: str
    name: str
    role_label: str
    case_codes: list[str]
    first_year: str  # "" when no case has a released period
    last_year: str

    def sentence(self) -> str:
        """ "3 testimonies from 2014-2019 name Namgang Construction as employer." """
        count = len(self.case_codes)
        years = (
            self.first_year
            if self.first_year == self.last_year
            else f"{self.first_year}-{self.last_year}"
        )
        when = f" from {years}" if years else ""
        return f"{count} testimonies{when} name {self.name} as {self.role_label.lower()}."


class EntityPatternTally:
    """Entity patterns counted case by case (a build keeps no cases): per entity and role, the
    case codes naming it and the years of their released periods."""

    def __init__(self) -> None:
        self._found: dict[tuple[str, str], dict] = {}

    def add(self, case: CaseRelease) -> None:
        years = re.findall(r"[0-9]{4}", case.period)
        for entity in case.entities:
            key = (entity.uuid, entity.role)
            pattern = self._found.setdefault(key, {"entity": entity, "cases": [], "years": set()})
            if case.case_code not in pattern["cases"]:
                pattern["cases"].append(case.case_code)
                pattern["years"].update(years)

    def patterns(self, minimum: int = 2) -> list[EntityPattern]:
        """Entities named in the same role by at least `minimum` cases, most cases first."""
        patterns = [
            EntityPattern(
                entity_uuid=value["entity"].uuid,
                name=value["entity"].name,
                role_label=value["entity"].role_label,
                case_codes=value["cases"],
                first_year=min(value["years"], default=""),
                last_year=max(value["years"], default=""),
            )
            for value in self._found.values()
            if len(value["cases"]) >= minimum
        ]
        return sorted(patterns, key=lambda p: (-len(p.case_codes), p.name, p.role_label))


def entity_patterns(cases: list[CaseRelease], minimum: int = 2) -> list[EntityPattern]:
    """Entities named in the same role by at least `minimum` cases, most cases first. Years
    are those of the released periods (already generalized), so nothing finer leaves.

    Only entities: persons (minders, supervisors) are never counted across cases, since
    "3 testimonies name Supervisor 2" would point at one person."""
    tally = EntityPatternTally()
    for case in cases:
        tally.add(case)
    return tally.patterns(minimum)

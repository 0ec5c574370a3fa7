"""Corroboration of persons: minders, supervisors and officials registered under the same name in
several testimonies, matched through the blind index (`person_clusters`), listed by pseudonym.

Both pages read persons' pseudonyms, roles and testimonies only; a real name appears on the
group's page for a testimony whose identities the user has revealed (`reveal.revealed`: the
audited door), and only that testimony's person is decrypted for it.
"""

from collections import defaultdict
from uuid import UUID

from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from testimony import person_clusters
from testimony.models import Country, Person, PersonGroupKept, Posting, Testimony
from testimony.reveal import revealed
from testimony.views.entities import (
    PAGE_SIZE,
    EntityFilterForm,
    _detail_urls,
    _filtered_testimonies,
    _timeline,
    _year,
    timeline_counts,
)
from testimony.workflow import (
    exportable_testimonies,
    visible_testimonies,
    visible_testimony_ids,
)


class PersonGroupFilterForm(EntityFilterForm):
    """The corroboration list's filters that apply to persons: how many testimonies, and which
    testimonies count (country, sector, period). Names are not searched: that would be a
    question about a name, answered by the testimony list's audited name search."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        for name in ("q", "kind", "sort"):
            del self.fields[name]
        self.fields["minimum"].widget.attrs["min"] = 2


def _scope(user: object, data: dict) -> object:
    """The testimonies to match within: None when every testimony counts (no condition)."""
    testimonies, restricted = _filtered_testimonies(user, data)
    return testimonies if restricted else None


def _facts(testimony_ids: set[int]) -> dict[int, tuple[set[Country], list[int]]]:
    """Per testimony, its countries of work and the years of its period: the postings', or
    the testimony's own when it has none (as the entity list reads them). Two queries."""
    facts: dict[int, tuple[set[Country], list[int]]] = defaultdict(lambda: (set(), []))
    if not testimony_ids:
        return facts
    posted: set[int] = set()
    for testimony_id, country, start, end in Posting.objects.filter(
        testimony_id__in=testimony_ids
    ).values_list("testimony_id", "country_id", "period_start", "period_end"):
        posted.add(testimony_id)
        facts[testimony_id][0].add(country)
        facts[testimony_id][1].extend(y for y in (_year(start), _year(end)) if y)
    for testimony_id, country, start, end in Testimony.objects.filter(
        pk__in=testimony_ids - posted
    ).values_list("pk", "country_id", "period_start", "period_end"):
        if country is not None:
            facts[testimony_id][0].add(country)
        facts[testimony_id][1].extend(y for y in (_year(start), _year(end)) if y)
    countries = Country.objects.in_bulk(
        {country for found, _years in facts.values() for country in found}
    )
    return {
        testimony_id: ({countries[pk] for pk in found if pk in countries}, years)
        for testimony_id, (found, years) in facts.items()
    }


def _summarise(group: person_clusters.PersonGroup, facts: dict) -> dict:
    countries: set[Country] = set()
    years: list[int] = []
    for testimony_id in group.testimony_ids:
        found, found_years = facts.get(testimony_id, (set(), []))
        countries |= found
        years.extend(found_years)
    first, last = min(years, default=None), max(years, default=None)
    return {
        "group": group,
        "countries": ", ".join(sorted(str(country) for country in countries)),
        "years": f"{first}–{last}" if first and last and first != last else str(first or ""),
    }


@login_required
@permission_required("testimony.view_testimony", raise_exception=True)
def entity_persons(request: HttpRequest) -> HttpResponse:
    """Minders, supervisors and officials whose name is registered in several testimonies the
    user may see, by pseudonym, with the testimonies, years and countries behind each."""
    form = PersonGroupFilterForm(request.GET or None)
    found: object = []
    if not form.is_bound or form.is_valid():
        data = form.cleaned_data if form.is_bound else {}
        minimum = data.get("minimum") or 2
        scope = _scope(request.user, data)
        # Over every testimony the groups are kept; a narrower scope is read from them here,
        # through the indexes led by the user when only whose testimonies they are restricts.
        filtered = any(value for name, value in data.items() if name != "minimum")
        found = (
            person_clusters.kept_groups(minimum)
            if scope is None
            else person_clusters.groups(
                scope, minimum, None if filtered else visible_testimony_ids(request.user)
            )
        )
    page = Paginator(found, PAGE_SIZE).get_page(request.GET.get("page"))
    on_page = list(page.object_list)
    if on_page and isinstance(on_page[0], PersonGroupKept):
        on_page = person_clusters.from_kept(on_page)
    person_clusters.describe(on_page)
    # A group whose persons were all deleted since it was read is left out of the page.
    on_page = [group for group in on_page if group.members]
    facts = _facts({pk for group in on_page for pk in group.testimony_ids})
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    ctx = {
        "form": form,
        "page": page,
        "rows": [_summarise(group, facts) for group in on_page],
        "query": query_without_page.urlencode(),
    }
    return render(request, "testimony/entity_persons.html", ctx)


def person_group(
    user: object, uuid: UUID
) -> tuple[person_clusters.PersonGroup, QuerySet[Testimony]] | None:
    """The group of the minder, supervisor or official `uuid` among the testimonies `user`
    may see, described, with those testimonies; None when the person is not one of them."""
    visible = visible_testimonies(user)
    person = (
        Person.objects.filter(uuid=uuid, role__in=person_clusters.ROLES, testimony__in=visible)
        .only("pk", "uuid", "testimony_id", "role")
        .first()
    )
    if person is None:
        return None
    group = person_clusters.group_of(person, _scope(user, {}))
    person_clusters.describe([group])
    return group, visible.filter(pk__in=sorted(group.testimony_ids))


@login_required
@permission_required("testimony.view_testimony", raise_exception=True)
def entity_person(request: HttpRequest, uuid: UUID) -> HttpResponse:
    """One person's group: every testimony the user may see that registers a minder,
    supervisor or official under one of its names, with the pseudonym each gave, a timeline,
    and the name itself only where that testimony's identities are revealed."""
    if (found := person_group(request.user, uuid)) is None:
        raise Http404("No such person among the testimonies you may see.")
    group, _visible = found
    testimonies = (
        Testimony.objects.select_related("country")
        .defer("imported_extra")
        .in_bulk(group.testimony_ids)
    )
    shown = {pk for pk, testimony in testimonies.items() if revealed(request, testimony)}
    names = {
        found.pk: " / ".join(name for name in (found.name_romanized, found.name_hangul) if name)
        for found in Person.objects.filter(pk__in=group.person_ids, testimony_id__in=shown)
    }
    detail_url = _detail_urls()
    # A testimony deleted since the group was read is left out rather than failing the page.
    members = sorted(
        (member for member in group.members if member.testimony_id in testimonies),
        key=lambda m: (testimonies[m.testimony_id].period_start or "9999", m.testimony_id),
    )
    entries = [
        {
            "member": member,
            "testimony": testimonies[member.testimony_id],
            "url": detail_url(testimonies[member.testimony_id].uuid),
            "role": Person.Role(member.role).label,
            "name": names.get(member.person_id),
            "revealed": member.testimony_id in shown,
        }
        for member in members
    ]
    timeline, undated = _timeline(
        timeline_counts(
            (t.pk, t.period_start, t.period_end)
            for t in sorted(
                testimonies.values(), key=lambda t: (t.period_start or "9999", t.case_code)
            )
        )
    )
    can_petition = request.user.has_perm("testimony.add_petition")
    ctx = {
        "uuid": uuid,
        "can_petition": can_petition,
        "exportable": (
            exportable_testimonies().filter(pk__in=sorted(group.testimony_ids)).count()
            if can_petition
            else 0
        ),
        "group": group,
        "summary": _summarise(group, _facts(group.testimony_ids)),
        "entries": entries,
        "timeline": timeline,
        "undated": undated,
    }
    return render(request, "testimony/entity_person.html", ctx)

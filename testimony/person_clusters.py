"""Minders, supervisors and officials registered in several testimonies: the persons of the
corroboration pages.

No person is decrypted to be matched. Two persons have the same name when they share a digest of
the keyed blind index (`PersonNameIndex`: each name, its Hangul, each alias, each also in reverse
word order, folded as `crypto.normalize_name` folds). Matches chain: if X shares a spelling with
Y and Y another with Z (Y's alias is Z's name), the three are one group. The SQL compares
digests only; Python joins the pairs into groups. What a page shows of a person is the
pseudonym its own testimony gave it; a name only where the user holds a grant for that
testimony (`reveal.py`), and then only that testimony's person is decrypted.

Only persons in a perpetrator's role count (`ROLES`): a witness who gave two testimonies is the
same witness, not a pattern, and the entity list already counts witnesses. Only testimonies the
user may see count.

The same name is not always the same person: "Kim Chol" may be two minders in two camps. The
pages say so and show where and when each was named, so that a reviewer judges.

Over every testimony (a user who sees all and filters nothing) the groups are kept in
`PersonGroupKept` and recomputed only after a person or a digest changed (`refresh`, fed by the
triggers of migration 0028); other scopes are computed per request.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import QuerySet

from testimony.models import (
    Person,
    PersonGroupKept,
    PersonGroupStale,
    PersonNameIndex,
    Testimony,
)

# The roles of persons who act for the employer or the state: minders, supervisors, officials.
ROLES = (Person.Role.SUPERVISOR, Person.Role.OFFICIAL)
# A group is followed this many steps from the person it starts from (each step is a spelling
# shared with one more person); real groups close in one or two.
MAX_STEPS = 20


@dataclass
class PersonGroup:
    """Persons of several testimonies who share a name, by the blind index alone."""

    person_ids: list[int]
    testimony_ids: set[int]
    # Filled for the groups a page shows (`describe`).
    members: list["GroupMember"] = field(default_factory=list)

    @property
    def testimonies(self) -> int:
        return len(self.testimony_ids)

    @property
    def pseudonyms(self) -> list[str]:
        """Each distinct pseudonym once, in the members' order."""
        return list(dict.fromkeys(member.label for member in self.members))

    @property
    def role_labels(self) -> list[str]:
        return sorted({str(Person.Role(member.role).label) for member in self.members})

    @property
    def first_person_uuid(self) -> str:
        """The address of the group: its first registered person (the group is found again
        from any of its persons)."""
        first = min(self.members, key=lambda member: member.person_id)
        return str(first.uuid)


@dataclass
class GroupMember:
    person_id: int
    uuid: str
    pseudonym: str
    role: str
    testimony_id: int

    @property
    def label(self) -> str:
        """How pages name the person: its pseudonym, or its role and a short identifier (as
        `Person.__str__`, never a name)."""
        return (
            self.pseudonym or f"{Person.Role(self.role).label} ({self.uuid.replace('-', '')[:8]})"
        )


def _candidates(testimonies: QuerySet[Testimony] | None) -> tuple[str, list]:
    """`WITH [counted ...,] candidate (person_id, digest, testimony_id)`: the digests of the
    persons in `ROLES` of the given testimonies (None: all)."""
    person_table = Person._meta.db_table
    index_table = PersonNameIndex._meta.db_table
    ctes, params = [], []
    where = "p.role IN (%s, %s)"
    params_after = [str(role) for role in ROLES]
    if testimonies is not None:
        sql, sub_params = testimonies.order_by().values("pk").query.sql_with_params()
        ctes.append(f"counted (id) AS MATERIALIZED ({sql})")
        params.extend(sub_params)
        where += " AND p.testimony_id IN (SELECT id FROM counted)"
    # Table names are the models' own; values are parameters.
    ctes.append(
        "candidate (person_id, digest, testimony_id) AS ("  # noqa: S608  # nosec B608
        f"SELECT i.person_id, i.digest, p.testimony_id FROM {index_table} i "
        f"JOIN {person_table} p ON p.id = i.person_id WHERE {where})"
    )
    return "WITH " + ", ".join(ctes), [*params, *params_after]


def groups(testimonies: QuerySet[Testimony] | None, minimum: int = 2) -> list[PersonGroup]:
    """Every group of persons in `ROLES` that share a name across at least `minimum` (and at
    least two) of the given testimonies (None: all), most testimonies first. One query: the
    digests two or more persons share, with their persons."""
    with_clause, params = _candidates(testimonies)
    sql = (
        f"{with_clause}, shared (digest) AS ("  # noqa: S608  # nosec B608
        "SELECT digest FROM candidate GROUP BY digest HAVING COUNT(*) >= 2) "
        "SELECT c.person_id, c.digest, c.testimony_id FROM candidate c "
        "JOIN shared s ON s.digest = c.digest"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    parent: dict[int, int] = {}

    def root(person_id: int) -> int:
        parent.setdefault(person_id, person_id)
        while parent[person_id] != person_id:
            parent[person_id] = parent[parent[person_id]]
            person_id = parent[person_id]
        return person_id

    first_holder: dict[str, int] = {}
    testimony_of: dict[int, int] = {}
    for person_id, digest, testimony_id in rows:
        testimony_of[person_id] = testimony_id
        holder = first_holder.setdefault(digest, person_id)
        a, b = root(holder), root(person_id)
        if a != b:
            parent[max(a, b)] = min(a, b)
    members: dict[int, list[int]] = defaultdict(list)
    for person_id in testimony_of:
        members[root(person_id)].append(person_id)
    found = []
    for person_ids in members.values():
        testimony_ids = {testimony_of[pk] for pk in person_ids}
        if len(testimony_ids) >= max(minimum, 2):
            found.append(PersonGroup(sorted(person_ids), testimony_ids))
    found.sort(key=lambda group: (-group.testimonies, group.person_ids[0]))
    return found


def group_of(person: Person, testimonies: QuerySet[Testimony] | None) -> PersonGroup:
    """The group `person` belongs to among the given testimonies (None: all), itself included
    even when no one else shares its name: followed digest by digest, two queries a step."""
    with_clause, params = _candidates(testimonies)
    person_ids = {person.pk}
    testimony_of = {person.pk: person.testimony_id}
    digests: set[str] = set()
    new_persons = {person.pk}
    for _step in range(MAX_STEPS):
        new_digests = (
            set(
                PersonNameIndex.objects.filter(person_id__in=new_persons).values_list(
                    "digest", flat=True
                )
            )
            - digests
        )
        if not new_digests:
            break
        digests |= new_digests
        marks = ", ".join(["%s"] * len(new_digests))
        sql = (
            f"{with_clause} SELECT DISTINCT person_id, testimony_id FROM candidate "  # noqa: S608  # nosec B608
            f"WHERE digest IN ({marks})"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, *sorted(new_digests)])
            found = dict(cursor.fetchall())
        new_persons = set(found) - person_ids
        person_ids |= new_persons
        testimony_of.update(found)
        if not new_persons:
            break
    return PersonGroup(sorted(person_ids), set(testimony_of.values()))


def describe(found: list[PersonGroup]) -> None:
    """Give each group its members (pseudonym, role, testimony), read without decrypting:
    one query for any number of groups."""
    ids = [pk for group in found for pk in group.person_ids]
    if not ids:
        return
    rows = {
        pk: GroupMember(pk, str(uuid), pseudonym or "", role, testimony_id)
        for pk, uuid, pseudonym, role, testimony_id in Person.objects.filter(
            pk__in=ids
        ).values_list("pk", "uuid", "pseudonym", "role", "testimony_id")
    }
    for group in found:
        group.members = [rows[pk] for pk in group.person_ids if pk in rows]


def _ids(text: str) -> list[int]:
    return [int(pk) for pk in text.split(",") if pk]


def refresh() -> None:
    """Recompute the kept groups if a person or a digest changed since (one statement when
    nothing did). The queue is emptied and the groups rewritten in one transaction; a change
    committed meanwhile leaves its row for the next refresh."""
    stale_table = PersonGroupStale._meta.db_table
    with transaction.atomic():
        with connection.cursor() as cursor:
            # Table name is the model's own.
            cursor.execute(f"DELETE FROM {stale_table} RETURNING id")  # noqa: S608  # nosec B608
            if not cursor.fetchall():
                return
        found = groups(None)
        PersonGroupKept.objects.all().delete()
        PersonGroupKept.objects.bulk_create(
            [
                PersonGroupKept(
                    first_person=group.person_ids[0],
                    testimonies=group.testimonies,
                    person_ids=",".join(map(str, group.person_ids)),
                    testimony_ids=",".join(map(str, sorted(group.testimony_ids))),
                )
                for group in found
            ],
            batch_size=1000,
        )


def kept_groups(minimum: int = 2) -> QuerySet[PersonGroupKept]:
    """The kept groups behind at least `minimum` testimonies, in the list's order (most
    testimonies first), after `refresh`: what `groups(None, minimum)` returns."""
    refresh()
    return PersonGroupKept.objects.filter(testimonies__gte=max(minimum, 2)).order_by(
        "-testimonies", "first_person"
    )


def from_kept(rows: list[PersonGroupKept]) -> list[PersonGroup]:
    return [PersonGroup(_ids(row.person_ids), set(_ids(row.testimony_ids))) for row in rows]

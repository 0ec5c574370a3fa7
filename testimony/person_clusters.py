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
`PersonGroupKept` and recomputed only after a person or a digest changed, only the groups of the
persons changed (`refresh`, fed by the triggers of migrations 0028 and 0031). A narrower scope
(a restricted user, a filter) reads the kept groups' members among its testimonies: a group of a
subset of testimonies lies within one kept group, and is that group's visible members when they
all share one name (`one_name`, migration 0045, kept with each member and its testimony), else
their own digests decide (`within_kept`).
"""

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from django.core.exceptions import EmptyResultSet
from django.db import connection, transaction
from django.db.models import QuerySet

from testimony.models import (
    Person,
    PersonGroupKept,
    PersonGroupStale,
    PersonNameIndex,
    Testimony,
)
from testimony.models.person_groups import PersonGroupMember

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
    # Every member holds one digest in common: any subset of the members is one group too.
    one_name: bool = False
    # Each member's testimony, where the group was computed (not read from the kept rows).
    testimony_of: dict[int, int] = field(default_factory=dict)
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


def groups(
    testimonies: QuerySet[Testimony] | None, minimum: int = 2, ids: QuerySet | None = None
) -> "list[PersonGroup] | ScopedGroups":
    """Every group of persons in `ROLES` that share a name across at least `minimum` (and at
    least two) of the given testimonies (None: all), most testimonies first.

    Over every testimony, computed from the digests (`computed`: what the kept groups are
    written from). Over some testimonies, from the kept groups (`within_kept`), which hold
    every group a subset can have: persons who share a digest among some testimonies share it
    among all. `ids`, when given, are the ids of `testimonies` as a subquery that reads fewer
    rows than theirs (`workflow.visible_testimony_ids`)."""
    if testimonies is None:
        return computed(None, minimum)
    return within_kept(testimonies, minimum, ids)


def computed(testimonies: QuerySet[Testimony] | None, minimum: int = 2) -> list[PersonGroup]:
    """`groups`, computed in one query: the digests two or more persons share, with their
    persons."""
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
    found = [group for group in _components(rows) if group.testimonies >= max(minimum, 2)]
    found.sort(key=lambda group: (-group.testimonies, group.person_ids[0]))
    return found


def within_kept(
    testimonies: QuerySet[Testimony], minimum: int = 2, ids: QuerySet | None = None
) -> "ScopedGroups":
    """`groups` among `testimonies`, from the kept groups (refreshed first). The members of a
    kept group who all share one name stay one group: counted per group in one statement on
    the members' table alone (testimonies and smallest person, for the order), their members
    read only for the groups a page shows (`ScopedGroups`). Those chained through several names
    are grouped again by their own digests (two more statements for all such groups), since
    without a person they do not see, two of them may be apart. The count reads the
    testimonies' ids from `ids` when given (the same ids, read faster); members are checked
    against `testimonies` by id."""
    refresh()
    floor = max(minimum, 2)
    counted = _counted_groups(testimonies.order_by().values("pk") if ids is None else ids, floor)
    order: list[tuple[int, int, int | PersonGroup]] = [
        (-count, smallest, first) for count, smallest, first in counted
    ]
    # Few in any collection: read whole, and kept where their testimony counts (looked up by
    # id, rather than the scope read a second time).
    chained = dict(
        PersonGroupMember.objects.filter(one_name=False).values_list("person_id", "testimony_id")
    )
    counts = _counted(testimonies, set(chained.values()))
    chained = {person: testimony for person, testimony in chained.items() if testimony in counts}
    if chained:
        order.extend(
            (-group.testimonies, group.person_ids[0], group)
            for group in _components(_digest_rows(chained))
            if group.testimonies >= floor
        )
    order.sort(key=lambda entry: entry[:2])
    return ScopedGroups(testimonies, [entry[2] for entry in order])


def _counted_groups(ids: QuerySet, floor: int) -> list[tuple[int, int, int]]:
    """(testimonies, smallest person, first person) of each kept group of one name with
    members in at least `floor` of the testimonies `ids` selects, the members' table joined to
    those ids (so that PostgreSQL sees how many they are: after `IN`, it guessed 200 and probed
    the members once per id)."""
    members = PersonGroupMember._meta.db_table
    try:
        ids_sql, ids_params = ids.query.sql_with_params()
    except EmptyResultSet:  # no testimony at all (`none()`): Django writes no statement
        return []
    # Table names are the models' own; values are parameters.
    sql = (
        f"WITH seen (id) AS ({ids_sql}) "  # noqa: S608  # nosec B608
        "SELECT COUNT(DISTINCT m.testimony_id), MIN(m.person_id), m.first_person "
        f"FROM {members} m JOIN seen ON seen.id = m.testimony_id WHERE m.one_name "
        "GROUP BY m.first_person HAVING COUNT(DISTINCT m.testimony_id) >= %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*ids_params, floor])
        return cursor.fetchall()


class ScopedGroups(Sequence):
    """The groups among some testimonies in the list's order: each a kept group's first person
    (a group of one name, whose members in those testimonies are read when the group is asked
    for, two statements for any number of groups) or a group computed already."""

    def __init__(self, testimonies: QuerySet[Testimony], entries: list[int | PersonGroup]) -> None:
        self._testimonies = testimonies
        self._entries = entries

    def __len__(self) -> int:
        return len(self._entries)

    def __getitem__(self, index: int | slice) -> PersonGroup | list[PersonGroup]:  # type: ignore[override]
        if isinstance(index, slice):
            return self._groups(self._entries[index])
        return self._groups([self._entries[index]])[0]

    def __iter__(self) -> Iterator[PersonGroup]:
        return iter(self._groups(self._entries))

    def _groups(self, entries: list[int | PersonGroup]) -> list[PersonGroup]:
        firsts = [entry for entry in entries if isinstance(entry, int)]
        members: dict[int, dict[int, int]] = defaultdict(dict)
        for start in range(0, len(firsts), WALK_CHUNK):
            for first, person_id, testimony_id in PersonGroupMember.objects.filter(
                first_person__in=firsts[start : start + WALK_CHUNK]
            ).values_list("first_person", "person_id", "testimony_id"):
                members[first][person_id] = testimony_id
        counted = _counted(
            self._testimonies, {t for persons in members.values() for t in persons.values()}
        )
        return [
            entry
            if isinstance(entry, PersonGroup)
            else _group({pk: t for pk, t in members[entry].items() if t in counted}, one_name=True)
            for entry in entries
        ]


def _counted(testimonies: QuerySet[Testimony], ids: set[int]) -> set[int]:
    """Which of these testimony ids are among `testimonies`: looked up by id (an index probe
    each), not by reading every testimony of the scope, a statement per `WALK_CHUNK`."""
    ordered = sorted(ids)
    return {
        pk
        for start in range(0, len(ordered), WALK_CHUNK)
        for pk in testimonies.filter(pk__in=ordered[start : start + WALK_CHUNK]).values_list(
            "pk", flat=True
        )
    }


def _group(testimony_of: dict[int, int], one_name: bool) -> PersonGroup:
    """A group of these persons (id: testimony)."""
    return PersonGroup(
        sorted(testimony_of), set(testimony_of.values()), one_name, dict(testimony_of)
    )


def _digest_rows(persons: dict[int, int]) -> list[tuple[int, str, int]]:
    """(person, digest, testimony) of these persons (id: testimony), a statement per
    `WALK_CHUNK` of them."""
    ordered = sorted(persons)
    return [
        (person_id, digest, persons[person_id])
        for start in range(0, len(ordered), WALK_CHUNK)
        for person_id, digest in PersonNameIndex.objects.filter(
            person_id__in=ordered[start : start + WALK_CHUNK]
        ).values_list("person_id", "digest")
    ]


def group_of(person: Person, testimonies: QuerySet[Testimony] | None) -> PersonGroup:
    """The group `person` belongs to among the given testimonies (None: all), itself included
    even when no one else shares its name: the members of its kept group (refreshed first)
    among those testimonies, two statements, grouped again by their digests when they share
    no one name. A person in no kept group (no one in another testimony shares a name with
    it) is walked from, as `_walked`."""
    refresh()
    kept = (
        PersonGroupMember.objects.filter(person_id=person.pk)
        .values_list("first_person", "one_name")
        .first()
    )
    if kept is None:
        return _walked(person, testimonies)
    first, one_name = kept
    members = PersonGroupMember.objects.filter(first_person=first)
    if testimonies is not None:
        members = members.filter(testimony_id__in=testimonies.order_by().values("pk"))
    visible = dict(members.values_list("person_id", "testimony_id"))
    visible[person.pk] = person.testimony_id
    if one_name:
        return _group(visible, one_name=True)
    found = _components(_digest_rows(visible))
    # The person alone if its digests were deleted since the refresh (a write in between).
    alone = _group({person.pk: person.testimony_id}, one_name=False)
    return next((group for group in found if person.pk in group.person_ids), alone)


def _walked(person: Person, testimonies: QuerySet[Testimony] | None) -> PersonGroup:
    """`group_of`, followed digest by digest from `person`, two queries a step."""
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
    return _group(testimony_of, one_name=False)


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


# More persons touched than this: recompute every group (one statement) rather than walk theirs.
FULL_REBUILD_PERSONS = 500
# Digests or persons per statement while walking (below SQLite's limit of variables).
WALK_CHUNK = 500
# A walk longer than this many steps recomputes every group instead (real groups close in two).
MAX_WALK_STEPS = 50


def refresh() -> None:
    """Bring the kept groups up to date with the persons the triggers marked (one statement
    when none is): the groups those persons were in and are in now are recomputed, every group
    after a marker without a person or changes to more than `FULL_REBUILD_PERSONS` persons. In
    one transaction; a change committed meanwhile leaves its row for the next refresh."""
    stale_table = PersonGroupStale._meta.db_table
    with transaction.atomic():
        with connection.cursor() as cursor:
            # Table name is the model's own.
            cursor.execute(f"DELETE FROM {stale_table} RETURNING person_id")  # noqa: S608  # nosec B608
            touched = {person for (person,) in cursor.fetchall()}
        if not touched:
            return
        if None in touched or len(touched) > FULL_REBUILD_PERSONS or not _regroup(touched):
            _keep(groups(None), everything=True)


def _keep(found: list[PersonGroup], everything: bool, replaced: set[int] = frozenset()) -> None:
    """Write these groups (and their members) in place of every kept group, or of the groups
    whose first persons are `replaced`."""
    kept = PersonGroupKept.objects.all()
    members = PersonGroupMember.objects.all()
    if not everything:
        kept = kept.filter(first_person__in=replaced)
        members = members.filter(first_person__in=replaced)
    kept.delete()
    members.delete()
    PersonGroupKept.objects.bulk_create(
        [
            PersonGroupKept(
                first_person=group.person_ids[0],
                testimonies=group.testimonies,
                person_ids=",".join(map(str, group.person_ids)),
                testimony_ids=",".join(map(str, sorted(group.testimony_ids))),
                one_name=group.one_name,
            )
            for group in found
        ],
        batch_size=1000,
    )
    PersonGroupMember.objects.bulk_create(
        [
            PersonGroupMember(
                person_id=person,
                first_person=group.person_ids[0],
                testimony_id=group.testimony_of[person],
                one_name=group.one_name,
            )
            for group in found
            for person in group.person_ids
        ],
        batch_size=1000,
    )


def _groups_of(persons: set[int]) -> set[int]:
    """The first persons of the kept groups these persons are in."""
    ordered = sorted(persons)
    return {
        first
        for start in range(0, len(ordered), WALK_CHUNK)
        for first in PersonGroupMember.objects.filter(
            person_id__in=ordered[start : start + WALK_CHUNK]
        ).values_list("first_person", flat=True)
    }


def _regroup(touched: set[int]) -> bool:
    """Recompute the groups of the touched persons: those they were in (all their members are
    walked again, since a group may split) and those they are in now (found by walking the
    shared digests from them, which also finds groups they join together). False when the walk
    is too long: the caller recomputes every group."""
    replaced = _groups_of(touched)
    seeds = set(touched)
    for start in range(0, len(sorted(replaced)), WALK_CHUNK):
        chunk = sorted(replaced)[start : start + WALK_CHUNK]
        seeds |= set(
            PersonGroupMember.objects.filter(first_person__in=chunk).values_list(
                "person_id", flat=True
            )
        )
    rows = _walk(seeds)
    if rows is None:
        return False
    found = _components(rows)
    # Groups the walk reached that were kept under another first person (joined now).
    replaced |= _groups_of({person for person, _digest, _testimony in rows})
    _keep([group for group in found if group.testimonies >= 2], everything=False, replaced=replaced)
    return True


def _walk(seeds: set[int]) -> list[tuple[int, str, int]] | None:
    """Every (person, digest, testimony) of the persons in `ROLES` reachable from `seeds`
    through digests they share, two statements a step: the digests of the persons reached,
    then every person holding those digests. None past `MAX_WALK_STEPS`."""
    with_clause, params = _candidates(None)
    rows: set[tuple[int, str, int]] = set()
    persons, digests = set(), set()
    new_persons = set(seeds)
    with connection.cursor() as cursor:
        for _step in range(MAX_WALK_STEPS):
            if not new_persons:
                return sorted(rows)
            persons |= new_persons
            found = _candidate_rows(cursor, with_clause, params, "person_id", new_persons)
            rows |= found
            new_digests = {digest for _person, digest, _testimony in found} - digests
            digests |= new_digests
            found = _candidate_rows(cursor, with_clause, params, "digest", new_digests)
            rows |= found
            new_persons = {person for person, _digest, _testimony in found} - persons
    return None


def _candidate_rows(
    cursor: object, with_clause: str, params: list, column: str, values: set
) -> set[tuple[int, str, int]]:
    ordered = sorted(values)
    found: set[tuple[int, str, int]] = set()
    for start in range(0, len(ordered), WALK_CHUNK):
        chunk = ordered[start : start + WALK_CHUNK]
        marks = ", ".join(["%s"] * len(chunk))
        # Column names are this module's own; values are parameters.
        cursor.execute(
            f"{with_clause} SELECT person_id, digest, testimony_id FROM candidate "  # noqa: S608  # nosec B608
            f"WHERE {column} IN ({marks})",
            [*params, *chunk],
        )
        found.update(cursor.fetchall())
    return found


def _components(rows: list[tuple[int, str, int]]) -> list[PersonGroup]:
    """The persons of `rows` (person, digest, testimony) joined by the digests they share:
    union-find, each group's root its smallest person id. A group whose members all hold one
    of its digests is marked `one_name`."""
    parent: dict[int, int] = {}

    def root(person_id: int) -> int:
        parent.setdefault(person_id, person_id)
        while parent[person_id] != person_id:
            parent[person_id] = parent[parent[person_id]]
            person_id = parent[person_id]
        return person_id

    first_holder: dict[str, int] = {}
    holders: dict[str, set[int]] = defaultdict(set)
    testimony_of: dict[int, int] = {}
    for person_id, digest, testimony_id in rows:
        testimony_of[person_id] = testimony_id
        holders[digest].add(person_id)
        a, b = root(first_holder.setdefault(digest, person_id)), root(person_id)
        if a != b:
            parent[max(a, b)] = min(a, b)
    members: dict[int, list[int]] = defaultdict(list)
    for person_id in testimony_of:
        members[root(person_id)].append(person_id)
    # The most members one digest has in each group (a digest's holders are all in one group).
    widest: dict[int, int] = defaultdict(int)
    for digest, held_by in holders.items():
        group = root(first_holder[digest])
        widest[group] = max(widest[group], len(held_by))
    return [
        _group(
            {pk: testimony_of[pk] for pk in person_ids}, one_name=widest[group] == len(person_ids)
        )
        for group, person_ids in members.items()
    ]


def kept_groups(minimum: int = 2) -> QuerySet[PersonGroupKept]:
    """The kept groups behind at least `minimum` testimonies, in the list's order (most
    testimonies first), after `refresh`: what `groups(None, minimum)` returns."""
    refresh()
    return PersonGroupKept.objects.filter(testimonies__gte=max(minimum, 2)).order_by(
        "-testimonies", "first_person"
    )


def from_kept(rows: list[PersonGroupKept]) -> list[PersonGroup]:
    return [
        PersonGroup(_ids(row.person_ids), set(_ids(row.testimony_ids)), one_name=row.one_name)
        for row in rows
    ]

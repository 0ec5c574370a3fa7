"""Linking a typed name to the entities already recorded: proposals while typing, "not the same",
and merging duplicates (audited and reversible).

Entities are named plainly (companies, state bodies, sites, vessels are not protected persons),
so proposals show their names. Counts of testimonies behind an entity are of the testimonies
the user may see. Persons are never entities: they are matched through `person_links`.
"""

import json
from dataclasses import dataclass

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import connection, transaction
from django.db.models import Case, IntegerField, Q, QuerySet, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _

from testimony.anonymize.names import is_hangul_syllable, romanize
from testimony.audit import audit_record
from testimony.models import (
    AuditEvent,
    Entity,
    EntityDistinct,
    EntityMerge,
    Posting,
    Testimony,
    TestimonyEntity,
    entity_key,
)
from testimony.workflow import visible_testimonies

SUGGESTION_LIMIT = 10
# Longest text the suggestion look-up takes: an entity's name is at most 200 characters.
QUERY_MAX_LENGTH = 200
# How far a chain of merges (C into B, B into A) is followed.
MERGE_CHAIN_LIMIT = 10
# Trigram similarity above which a name is proposed (PostgreSQL only).
TRIGRAM_THRESHOLD = 0.3


def final_entity(entity: Entity | None) -> Entity | None:
    """The entity a merged duplicate now stands for (itself if it was not merged)."""
    hops = 0
    while entity is not None and entity.merged_into_id and hops < MERGE_CHAIN_LIMIT:
        entity = entity.merged_into
        hops += 1
    return entity


def distinct_from(entities: list[Entity]) -> set[int]:
    """Primary keys of the entities marked "not the same" as any of `entities`."""
    ids = [entity.pk for entity in entities]
    if not ids:
        return set()
    pairs = EntityDistinct.objects.filter(Q(entity_a__in=ids) | Q(entity_b__in=ids)).values_list(
        "entity_a", "entity_b"
    )
    return {pk for pair in pairs for pk in pair} - set(ids)


def testimony_counts(entity_ids: list[int], user: AbstractBaseUser) -> dict[int, int]:
    """For each entity, how many testimonies the user may see name it (as a link, an employer
    or a site): two queries whatever the number of entities."""
    visible = visible_testimonies(user).values("pk")
    named: dict[int, set[int]] = {pk: set() for pk in entity_ids}
    links = (
        TestimonyEntity.objects.filter(entity__in=entity_ids, testimony__in=visible)
        .order_by()
        .values_list("entity", "testimony")
        .distinct()
    )
    for entity_id, testimony_id in links:
        named[entity_id].add(testimony_id)
    postings = (
        Posting.objects.filter(
            Q(employer__in=entity_ids) | Q(site__in=entity_ids), testimony__in=visible
        )
        .values_list("employer", "site", "testimony")
        .order_by()
    )
    for employer_id, site_id, testimony_id in postings:
        for entity_id in (employer_id, site_id):
            if entity_id in named:
                named[entity_id].add(testimony_id)
    return {pk: len(testimonies) for pk, testimonies in named.items()}


@dataclass(frozen=True)
class Suggestion:
    entity: Entity
    testimonies: int
    exact: bool

    def as_json(self) -> dict:
        return {
            "uuid": str(self.entity.uuid),
            "name": self.entity.name,
            "name_ko": self.entity.name_ko,
            "kind": self.entity.kind,
            "kind_label": str(self.entity.get_kind_display()),
            "testimonies": self.testimonies,
            "exact": self.exact,
        }


def romanized_keys(key: str) -> set[str]:
    """A name typed in Hangul as its English-side keys: Revised Romanization (South) and
    McCune-Reischauer (North), so "남강" finds "Namgang Construction" (and "Nampo" finds nothing
    new: Latin text is matched as typed)."""
    if not key or not all(is_hangul_syllable(char) for char in key):
        return set()
    forms = {
        "".join(romanize(key)),
        "".join(romanize(key, "mr")),
        "".join(romanize(key, "mr", voicing=True)),
    }
    return {entity_key(form) for form in forms} - {key, ""}


def _matching(key: str, words: list[str], kinds: tuple[str, ...]) -> QuerySet:
    condition = Q(match_key__contains=key) | Q(match_key_ko__contains=key)
    for romanized in romanized_keys(key):
        condition |= Q(match_key__contains=romanized)
    if len(words) > 1:
        every_word = Q()
        for word in words:
            every_word &= Q(match_key__contains=word) | Q(match_key_ko__contains=word)
        condition |= every_word
    queryset = Entity.objects.all()
    if kinds:
        queryset = queryset.filter(kind__in=kinds)
    rank = Case(
        When(Q(match_key=key) | Q(match_key_ko=key), then=Value(0)),
        When(Q(match_key__startswith=key) | Q(match_key_ko__startswith=key), then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    if connection.vendor == "postgresql" and len(key) >= 3:
        from django.contrib.postgres.search import TrigramSimilarity

        queryset = queryset.annotate(similarity=TrigramSimilarity("match_key", key))
        condition |= Q(similarity__gt=TRIGRAM_THRESHOLD)
        return queryset.filter(condition).annotate(rank=rank).order_by("rank", "-similarity", "pk")
    return queryset.filter(condition).annotate(rank=rank).order_by("rank", "match_key", "pk")


def suggestions(
    text: str,
    *,
    kinds: tuple[str, ...],
    user: AbstractBaseUser,
    excluded: tuple[str, ...] = (),
    linked: Entity | None = None,
) -> list[Suggestion]:
    """Up to SUGGESTION_LIMIT recorded entities whose name matches `text` in any spelling
    (case, width, accents, spaces, zero-width characters; English or Korean name). A merged
    duplicate stands for the entity it was merged into. Entities the user marked not the same
    (`excluded` uuids) or marked not the same as the one the field is `linked` to are left out.
    """
    key = entity_key(text)
    if not key:
        return []
    words = [word for word in (entity_key(part) for part in text.split()) if word]
    found = list(_matching(key, words, kinds).select_related("merged_into")[: SUGGESTION_LIMIT * 3])
    unwanted = distinct_from([linked]) if linked else set()
    ordered: list[tuple[Entity, bool]] = []
    seen: set[int] = set()
    for entity in found:
        exact = key in (entity.match_key, entity.match_key_ko)
        target = final_entity(entity)
        if target is None or target.pk in seen or target.pk in unwanted:
            continue
        if str(target.uuid) in excluded:
            continue
        seen.add(target.pk)
        ordered.append((target, exact))
        if len(ordered) == SUGGESTION_LIMIT:
            break
    counts = testimony_counts([entity.pk for entity, _exact in ordered], user)
    return [Suggestion(entity, counts[entity.pk], exact) for entity, exact in ordered]


class MergeRefused(Exception):
    """A merge or undo that must not happen; the message says why, in words."""


def merge_refusal(kept: Entity, merged: Entity) -> str | None:
    """Why `merged` cannot be merged into `kept`, or None."""
    if kept.pk == merged.pk:
        return _("An entity cannot be merged with itself: choose two different entities.")
    if kept.kind != merged.kind:
        return _(
            "These entities are of different kinds (%(kept)s, %(merged)s): only a company can "
            "be merged with a company, a site with a site. Correct the kind in the "
            "administration first if one was recorded wrongly."
        ) % {"kept": kept.get_kind_display(), "merged": merged.get_kind_display()}
    if merged.merged_into_id or kept.merged_into_id:
        return _(
            "One of these entities has already been merged into another. Merge into the entity "
            "it was merged into, or undo that merge first."
        )
    if EntityDistinct.between(kept, merged):
        return _(
            "Someone marked these two entities as not the same when entering a testimony. "
            "They are kept apart: check the testimonies that name them before recording them "
            "as one."
        )
    return None


@transaction.atomic
def merge_entities(*, kept: Entity, merged: Entity, by: AbstractBaseUser) -> EntityMerge:
    """Move every link and posting of `merged` to `kept`, keep `merged` as pointing to `kept`,
    and record what moved (for an undo) and an audit event (uuids and counts, never a name)."""
    kept = Entity.objects.select_for_update().get(pk=kept.pk)
    merged = Entity.objects.select_for_update().get(pk=merged.pk)
    if reason := merge_refusal(kept, merged):
        raise MergeRefused(reason)
    kept_roles = set(
        TestimonyEntity.objects.filter(entity=kept).values_list("testimony_id", "role")
    )
    moved: list[int] = []
    removed: list[dict] = []
    for link in TestimonyEntity.objects.filter(entity=merged).order_by("pk"):
        if (link.testimony_id, link.role) in kept_roles:
            removed.append(
                {"testimony": link.testimony_id, "role": link.role, "passage": link.passage}
            )
            link.delete()
        else:
            moved.append(link.pk)
    TestimonyEntity.objects.filter(pk__in=moved).update(entity=kept)
    employer = list(Posting.objects.filter(employer=merged).values_list("pk", flat=True))
    site = list(Posting.objects.filter(site=merged).values_list("pk", flat=True))
    Posting.objects.filter(pk__in=employer).update(employer=kept)
    Posting.objects.filter(pk__in=site).update(site=kept)
    Entity.objects.filter(pk=merged.pk).update(merged_into=kept)
    record = EntityMerge.objects.create(
        kept=kept,
        merged=merged,
        by=by,
        moved_links=moved,
        moved_employer_postings=employer,
        moved_site_postings=site,
        removed_links=json.dumps(removed) if removed else "",
    )
    audit_record(
        actor=by,
        action=AuditEvent.Action.ENTITY_MERGED,
        object_type="entity",
        object_id=str(kept.uuid),
        detail={
            "merge": str(record.uuid),
            "kept": str(kept.uuid),
            "merged": str(merged.uuid),
            "links": len(moved),
            "links_removed": len(removed),
            "employer_postings": len(employer),
            "site_postings": len(site),
        },
    )
    return record


def undo_refusal(record: EntityMerge) -> str | None:
    if record.undone_at is not None:
        return _("This merge has already been undone.")
    if record.kept.merged_into_id:
        return _(
            "The kept entity has since been merged into another one: undo that later merge first."
        )
    return None


@transaction.atomic
def undo_merge(*, record: EntityMerge, by: AbstractBaseUser) -> EntityMerge:
    """Put back what the merge moved: the links and postings it moved that still point to the
    kept entity go back to the merged one, the links it removed are restored, and the merged
    entity stands on its own again. Links or postings changed since are left as they are."""
    record = EntityMerge.objects.select_for_update().select_related("kept").get(pk=record.pk)
    if reason := undo_refusal(record):
        raise MergeRefused(reason)
    kept, merged = record.kept, record.merged
    links = TestimonyEntity.objects.filter(pk__in=record.moved_links, entity=kept).update(
        entity=merged
    )
    employer = Posting.objects.filter(pk__in=record.moved_employer_postings, employer=kept).update(
        employer=merged
    )
    site = Posting.objects.filter(pk__in=record.moved_site_postings, site=kept).update(site=merged)
    restored = 0
    rows = json.loads(record.removed_links) if record.removed_links else []
    # A testimony deleted since took its links with it: nothing to restore there.
    existing = set(
        Testimony.objects.filter(pk__in=[row["testimony"] for row in rows]).values_list(
            "pk", flat=True
        )
    )
    for row in rows:
        if row["testimony"] not in existing:
            continue
        _link, created = TestimonyEntity.objects.get_or_create(
            testimony_id=row["testimony"],
            entity=merged,
            role=row["role"],
            defaults={"passage": row["passage"]},
        )
        restored += int(created)
    Entity.objects.filter(pk=merged.pk).update(merged_into=None)
    record.undone_at = timezone.now()
    record.undone_by = by
    record.save(update_fields=["undone_at", "undone_by"])
    audit_record(
        actor=by,
        action=AuditEvent.Action.ENTITY_MERGE_UNDONE,
        object_type="entity",
        object_id=str(merged.uuid),
        detail={
            "merge": str(record.uuid),
            "kept": str(kept.uuid),
            "merged": str(merged.uuid),
            "links": links,
            "links_restored": restored,
            "employer_postings": employer,
            "site_postings": site,
        },
    )
    return record

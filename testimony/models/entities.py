"""Shared entities (companies, state bodies, sites, vessels), their links to testimonies, and the
postings of a worker: where, for whom and when they worked abroad.

Entities are named plainly: a trading company or a logging camp is not a protected person, and
naming it is the point of a petition. Persons who act as minders, supervisors or recruiters are
not entities: they stay encrypted `Person` rows, matched across testimonies through the keyed
blind index (`PersonNameIndex`), never by decrypting the table.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from testimony.crypto import EncryptedTextField, normalize_name
from testimony.models.testimony import (
    Ending,
    Recruitment,
    Testimony,
    latest_day,
    validate_partial_date,
)
from testimony.models.vocabularies import Country, Sector
from testimony.text import NormalizedCharField, NormalizedTextField


def entity_key(name: str) -> str:
    """The folded form two spellings of one entity share: no case, accents, spaces or
    punctuation; fullwidth letters as plain ones ("Namgang  Construction", "NAMGANG-construction"
    and the same in fullwidth letters are one key)."""
    return normalize_name(name or "")


class Entity(models.Model):
    """A company, state body, site or vessel that testimonies name."""

    class Kind(models.TextChoices):
        COMPANY = "company", _("Company or employer")
        STATE_BODY = "state_body", _("State body (ministry, trading company)")
        SITE = "site", _("Work site or camp")
        VESSEL = "vessel", _("Vessel")
        OTHER = "other", _("Other organisation")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name = NormalizedCharField(
        _("name"), max_length=200, help_text=_("As it is usually written in English.")
    )
    name_ko = NormalizedCharField(_("name (Korean)"), max_length=200, blank=True)
    aliases = NormalizedTextField(
        _("other names"), blank=True, help_text=_("Other names or spellings, one per line.")
    )
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        help_text=_("Where it operates; for a state body, usually North Korea."),
    )
    notes = NormalizedTextField(_("notes"), blank=True)
    # A duplicate merged into another entity is kept (the merge can be undone) and points to it.
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="merged_from",
    )
    # Folded names, kept by save(): the look-up of "the same entity" by name.
    match_key = models.CharField(max_length=200, editable=False, db_index=True)
    match_key_ko = models.CharField(max_length=200, editable=False, blank=True, db_index=True)
    created_at = models.DateTimeField(_("entered"), default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entered by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    class Meta:
        verbose_name = _("entity")
        verbose_name_plural = _("entities")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "match_key"], name="entity_once_per_kind"),
            models.CheckConstraint(
                condition=models.Q(kind__in=["company", "state_body", "site", "vessel", "other"]),
                name="entity_kind_known",
            ),
        ]

    def __str__(self) -> str:
        if self.name_ko and get_language() == "ko":
            return self.name_ko
        return self.name

    def save(self, *args: object, **kwargs: object) -> None:
        # A derived column, not a rule: the folded name always follows the name.
        self.match_key = entity_key(self.name)
        self.match_key_ko = entity_key(self.name_ko)
        super().save(*args, **kwargs)

    def clean(self) -> None:
        if not entity_key(self.name):
            raise ValidationError({"name": _("Enter a name with at least one letter or digit.")})
        duplicate = (
            Entity.objects.filter(kind=self.kind, match_key=entity_key(self.name))
            .exclude(pk=self.pk)
            .first()
        )
        if duplicate is not None:
            raise ValidationError(
                {"name": _("“%(name)s” is already recorded as this kind.") % {"name": duplicate}}
            )

    def alias_list(self) -> list[str]:
        return [line.strip() for line in self.aliases.splitlines() if line.strip()]

    def display_name(self) -> str:
        """Both names, for documents read in English: "Namgang Construction (남강건설)"."""
        if self.name_ko and self.name_ko != self.name:
            return f"{self.name} ({self.name_ko})"
        return self.name


class EntityRole(models.TextChoices):
    """What an entity was to the testimony's events."""

    EMPLOYER = "employer", _("Employer")
    CONTRACTOR = "contractor", _("Contractor")
    SENDING_BODY = "sending_body", _("Sending body (trading company, ministry)")
    STATE_AGENCY = "state_agency", _("State agency (supervision, security)")
    RECRUITER = "recruiter", _("Recruiter organisation")
    SITE = "site", _("Work site or camp")
    VESSEL = "vessel", _("Vessel")
    OTHER = "other", _("Other")


# Roles that make an entity an alleged perpetrator in a case document; a site or vessel is a place.
PERPETRATOR_ENTITY_ROLES = (
    EntityRole.EMPLOYER,
    EntityRole.CONTRACTOR,
    EntityRole.SENDING_BODY,
    EntityRole.STATE_AGENCY,
    EntityRole.RECRUITER,
)


class TestimonyEntity(models.Model):
    """A testimony names an entity in a role, optionally with the passage that says so."""

    testimony = models.ForeignKey(Testimony, on_delete=models.CASCADE, related_name="entity_links")
    entity = models.ForeignKey(
        Entity, verbose_name=_("entity"), on_delete=models.PROTECT, related_name="links"
    )
    role = models.CharField(_("role"), max_length=20, choices=EntityRole.choices)
    # Quoted from the narrative, so it may name people: encrypted like an indicator's passage.
    passage = EncryptedTextField(_("supporting passage"), blank=True)

    class Meta:
        verbose_name = _("entity named in a testimony")
        verbose_name_plural = _("entities named in testimonies")
        ordering = ["testimony", "id"]
        indexes = [models.Index(fields=["entity", "role", "testimony"])]
        constraints = [
            models.UniqueConstraint(
                fields=["testimony", "entity", "role"], name="entity_role_once_per_testimony"
            ),
            models.CheckConstraint(
                condition=models.Q(role__in=EntityRole.values), name="entity_role_known"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.entity} ({self.get_role_display()})"


class Posting(models.Model):
    """One stretch of work abroad: a worker sent to Russia, then to Kuwait, has two."""

    testimony = models.ForeignKey(Testimony, on_delete=models.CASCADE, related_name="postings")
    order = models.PositiveSmallIntegerField(_("order"), default=1)
    country = models.ForeignKey(
        Country, verbose_name=_("country of work"), on_delete=models.PROTECT
    )
    work_site = NormalizedCharField(
        _("city or site"),
        max_length=200,
        blank=True,
        help_text=_("Camp, factory, vessel or city, as the witness describes it."),
    )
    site = models.ForeignKey(
        Entity,
        verbose_name=_("site (shared record)"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="postings_at",
    )
    employer = models.ForeignKey(
        Entity,
        verbose_name=_("employer or contractor"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="postings_for",
    )
    sector = models.ForeignKey(Sector, verbose_name=_("sector"), on_delete=models.PROTECT)
    period_start = models.CharField(
        _("from"),
        max_length=10,
        blank=True,
        validators=[validate_partial_date],
        help_text=_("Year, year-month or full date: 2014, 2014-06 or 2014-06-01."),
    )
    period_end = models.CharField(
        _("to"), max_length=10, blank=True, validators=[validate_partial_date]
    )
    recruitment = models.CharField(
        _("how recruited"),
        max_length=20,
        choices=Recruitment.choices,
        default=Recruitment.UNKNOWN,
    )
    ending = models.CharField(
        _("how it ended"), max_length=20, choices=Ending.choices, default=Ending.UNKNOWN
    )

    class Meta:
        verbose_name = _("posting")
        verbose_name_plural = _("postings")
        ordering = ["testimony", "order", "id"]
        indexes = [
            models.Index(fields=["country", "testimony"]),
            # As the country's: the corroboration list's sector filter (`_ids_by_index`).
            models.Index(fields=["sector", "testimony"], name="posting_sector_idx"),
            models.Index(fields=["employer", "testimony"]),
            models.Index(fields=["site", "testimony"]),
            # The corroboration pages read a testimony's countries and periods from this index
            # alone (views/entities.py).
            models.Index(
                fields=["testimony", "country", "period_start", "period_end"],
                name="posting_facts_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.country} {self.period_display}".strip()

    def clean(self) -> None:
        if (
            self.period_start
            and self.period_end
            and latest_day(self.period_end) < self.period_start
        ):
            raise ValidationError({"period_end": _("A posting cannot end before it starts.")})

    @property
    def period_display(self) -> str:
        if self.period_start and self.period_end:
            return f"{self.period_start} – {self.period_end}"
        if self.period_start:
            return _("from %(start)s") % {"start": self.period_start}
        if self.period_end:
            return _("until %(end)s") % {"end": self.period_end}
        return ""


class EntityDistinct(models.Model):
    """Two entities a user said are not the same (a typed name is not the similar recorded one):
    suggestions do not offer one for the other and a merge of the pair is refused. Stored once
    per pair, the lower primary key first."""

    entity_a = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="+")
    entity_b = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="+")
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("marked by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    at = models.DateTimeField(_("marked"), default=timezone.now)

    class Meta:
        verbose_name = _("entities marked not the same")
        verbose_name_plural = _("entities marked not the same")
        constraints = [
            models.UniqueConstraint(fields=["entity_a", "entity_b"], name="entity_distinct_once"),
            models.CheckConstraint(
                condition=models.Q(entity_a__lt=models.F("entity_b")),
                name="entity_distinct_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.entity_a} ≠ {self.entity_b}"

    @classmethod
    def mark(cls, first: Entity, second: Entity, by: object = None) -> None:
        """Record that `first` and `second` are not the same (once, whichever order)."""
        if first.pk == second.pk:
            return
        low, high = sorted((first.pk, second.pk))
        cls.objects.get_or_create(entity_a_id=low, entity_b_id=high, defaults={"by": by})

    @classmethod
    def between(cls, first: Entity, second: Entity) -> bool:
        low, high = sorted((first.pk, second.pk))
        return cls.objects.filter(entity_a_id=low, entity_b_id=high).exists()


class EntityMerge(models.Model):
    """Entity `merged` merged into `kept`: which links and postings moved, so an undo puts
    exactly those back. A link of `merged` that `kept` already had in the same testimony and
    role could not move (one link per testimony, entity and role): it was removed, and its role
    and passage are kept here, encrypted (a passage may quote a name), to be restored."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    kept = models.ForeignKey(
        Entity, verbose_name=_("kept"), on_delete=models.PROTECT, related_name="merges_into"
    )
    merged = models.ForeignKey(
        Entity, verbose_name=_("merged"), on_delete=models.PROTECT, related_name="merges_from"
    )
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("merged by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    at = models.DateTimeField(_("merged"), default=timezone.now)
    moved_links = models.JSONField(default=list)
    moved_employer_postings = models.JSONField(default=list)
    moved_site_postings = models.JSONField(default=list)
    removed_links = EncryptedTextField(blank=True, normalize=False)
    undone_at = models.DateTimeField(_("undone"), null=True, blank=True)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("undone by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("entity merge")
        verbose_name_plural = _("entity merges")
        ordering = ["-at", "-id"]
        # Written by the merge and its undo only (like the audit trail): no add, change or delete.
        default_permissions = ("view",)
        permissions = [("merge_entity", _("Can merge duplicate entities and undo merges"))]

    def __str__(self) -> str:
        return f"{self.merged} → {self.kept}"

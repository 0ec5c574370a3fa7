"""What the corroboration pages read, kept rather than computed per request.

`EntityStats` holds, for every entity some testimony names, the figures a user who sees every
testimony reads on the list: testimonies, witnesses, first and last year, countries. They are
the exact figures `views/entities.py` computes, over all testimonies. `EntityViewerStats` holds
the same per user for those who see only the testimonies they entered, interviewed or were
shared; `EntityFilterStats` per country or sector filter of the list. `TestimonyFacts` and
`TestimonyWitnessKey` hold each testimony's countries, periods and witness keys, which every
figure (kept or counted per request) is computed from. `ExportableTestimony` is the set
`workflow.exportable_testimonies()` returns, for the entity page's count.

They are never written by the code that changes links, postings, persons or testimonies:
database triggers (migrations 0027, 0029 and 0033) append a row to `EntityStatsStale` (or
`ExportableStale`) for every such change, naming the (entity, testimony) pair or the testimony
touched, whatever path wrote it (entry form, import, merge, undo, admin, deletion).
`testimony.entity_stats` recomputes what those rows point to before the pages read, so
nothing shown is older than the request.
"""

from django.db import models
from django.db.models.functions import Substr

from testimony.models.entities import Entity
from testimony.models.testimony import INTERVIEWED_NOT_ENTERED


class EntityStats(models.Model):
    entity = models.OneToOneField(
        Entity, primary_key=True, on_delete=models.CASCADE, related_name="stats"
    )
    testimonies = models.PositiveIntegerField()
    witnesses = models.PositiveIntegerField()
    first_year = models.PositiveSmallIntegerField(null=True)
    last_year = models.PositiveSmallIntegerField(null=True)
    # The countries' ids, comma-separated ("" for none): read with the row, never searched.
    countries = models.CharField(max_length=2000, blank=True)

    class Meta:
        # Derived figures, written by `entity_stats.refresh` only: nobody is given rights on them.
        default_permissions = ()
        indexes = [models.Index(fields=["-testimonies"], name="entitystats_testimonies_idx")]

    def __str__(self) -> str:
        return f"{self.entity_id}: {self.testimonies}"


class EntityStatsStale(models.Model):
    """What a write changed in the figures of `EntityStats`: an (entity, testimony) pair (a
    link, a posting's employer or site: migration 0033), a testimony (every entity it names, and
    its kept facts and witness keys), an entity alone (recounted whole) or, both NULL,
    everything. Written by triggers only; read and emptied by `entity_stats.refresh`."""

    entity_id = models.BigIntegerField(null=True)
    testimony_id = models.BigIntegerField(null=True)

    class Meta:
        default_permissions = ()  # a queue the triggers fill: nobody is given rights on it

    def __str__(self) -> str:
        return f"{self.entity_id or ''}/{self.testimony_id or ''}"


class ExportableTestimony(models.Model):
    """A testimony `workflow.exportable_testimonies()` returns, kept so that the entity page can
    count the exportable testimonies naming an entity without running the English-text rules
    (regular expressions over the approved texts) on thousands of them per request.

    Written by `entity_stats.refresh_exportable` only, from `ExportableStale`, which triggers
    (migration 0029) fill on every change to what the rule reads: a testimony's status or
    revision, its consent, withdrawal, anonymizations and the narrative's language."""

    testimony_id = models.BigIntegerField(primary_key=True)

    class Meta:
        default_permissions = ()  # derived: nobody is given rights on it

    def __str__(self) -> str:
        return str(self.testimony_id)


class ExportableStale(models.Model):
    """A testimony whose place in `ExportableTestimony` may be out of date (NULL: all of them).
    Written by triggers (and by a full rebuild of `EntityStats`); emptied by
    `entity_stats.refresh_exportable`."""

    testimony_id = models.BigIntegerField(null=True)

    class Meta:
        default_permissions = ()  # a queue the triggers fill: nobody is given rights on it

    def __str__(self) -> str:
        return str(self.testimony_id or "")


class TestimonyWitnessKey(models.Model):
    """How the corroboration figures tell one testimony's witnesses apart, kept per testimony:
    each witness's smallest blind-index digest, or "testimony <id>" for a witness without a
    recorded name and for a testimony without a witness (each key once per testimony).

    Written by `entity_stats.refresh` only, for the testimonies `EntityStatsStale` names (its
    triggers mark a testimony on every change to its persons and their name digests), so that
    counting an entity's witnesses joins one narrow row per testimony instead of persons and
    their digests."""

    testimony_id = models.BigIntegerField()
    witness = models.CharField(max_length=100)

    class Meta:
        default_permissions = ()  # derived: nobody is given rights on it
        indexes = [
            models.Index(fields=["testimony_id", "witness"], name="witnesskey_testimony_idx")
        ]

    def __str__(self) -> str:
        return f"{self.testimony_id}: {self.witness}"


class TestimonyFacts(models.Model):
    """A testimony's countries and periods as the corroboration figures read them, kept per
    testimony and country: its postings' (or, without postings, its own), with the earliest
    start and the latest end (or start) of each country. Written by `entity_stats.refresh` only,
    like `TestimonyWitnessKey` (triggers mark a testimony when a posting or its own country or
    period changes)."""

    testimony_id = models.BigIntegerField()
    country_id = models.BigIntegerField(null=True)
    began = models.CharField(max_length=10, null=True)  # noqa: DJ001 (NULL: no year, as read)
    ended = models.CharField(max_length=10, null=True)  # noqa: DJ001

    class Meta:
        default_permissions = ()  # derived: nobody is given rights on it
        indexes = [
            models.Index(
                fields=["testimony_id", "country_id", "began", "ended"],
                name="testimonyfacts_testimony_idx",
            )
        ]

    def __str__(self) -> str:
        return f"{self.testimony_id}: {self.country_id} {self.began}-{self.ended}"


class EntityViewerStats(models.Model):
    """`EntityStats` as one user who does not see every testimony reads them: the figures over
    the testimonies they entered, interviewed or were shared (`workflow.visible_testimonies`
    for a user without `view_all_testimonies`). One row per user and entity that some such
    testimony names; recomputed with `EntityStats` by `entity_stats.refresh` (triggers also
    mark a testimony when its author, interviewer or sharing changes)."""

    user_id = models.BigIntegerField()
    entity = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="+")
    testimonies = models.PositiveIntegerField()
    witnesses = models.PositiveIntegerField()
    first_year = models.PositiveSmallIntegerField(null=True)
    last_year = models.PositiveSmallIntegerField(null=True)
    countries = models.CharField(max_length=2000, blank=True)
    # Each country's testimonies, earliest start and latest end over the testimonies counted
    # (JSON: [[country id or null, testimonies, began, ended], ...], by country), from which
    # `entity_stats._apply_scoped` adds or removes one testimony exactly (migration 0034). NULL:
    # not kept yet (rows written before it), recounted instead.
    periods = models.TextField(null=True)  # noqa: DJ001

    class Meta:
        default_permissions = ()  # derived: nobody is given rights on it
        constraints = [
            models.UniqueConstraint(fields=["user_id", "entity"], name="viewerstats_once")
        ]
        indexes = [
            models.Index(fields=["user_id", "-testimonies"], name="viewerstats_user_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id}/{self.entity_id}: {self.testimonies}"


class EntityFilterStats(models.Model):
    """`EntityStats` under one country or one sector filter of the list, for a user who sees
    every testimony: the figures over the testimonies that filter keeps (its own country or
    sector, or one of its postings'). Recomputed with `EntityStats` by `entity_stats.refresh`
    (a trigger also marks a testimony whose own sector changes)."""

    class Dimension(models.TextChoices):
        COUNTRY = "country"
        SECTOR = "sector"

    dimension = models.CharField(max_length=10, choices=Dimension.choices)
    value = models.BigIntegerField()
    entity = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="+")
    testimonies = models.PositiveIntegerField()
    witnesses = models.PositiveIntegerField()
    first_year = models.PositiveSmallIntegerField(null=True)
    last_year = models.PositiveSmallIntegerField(null=True)
    countries = models.CharField(max_length=2000, blank=True)
    # Each country's testimonies, earliest start and latest end over the testimonies counted
    # (JSON: [[country id or null, testimonies, began, ended], ...], by country), from which
    # `entity_stats._apply_scoped` adds or removes one testimony exactly (migration 0034). NULL:
    # not kept yet (rows written before it), recounted instead.
    periods = models.TextField(null=True)  # noqa: DJ001

    class Meta:
        default_permissions = ()  # derived: nobody is given rights on it
        constraints = [
            models.UniqueConstraint(
                fields=["dimension", "value", "entity"], name="filterstats_once"
            )
        ]
        indexes = [
            models.Index(
                fields=["dimension", "value", "-testimonies"], name="filterstats_value_idx"
            ),
            models.Index(fields=["entity"], name="filterstats_entity_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.dimension} {self.value}/{self.entity_id}: {self.testimonies}"


class EntityBreakdownStale(models.Model):
    """An entity whose `EntityViewerStats` and `EntityFilterStats` may be out of date (NULL:
    all of them), or, with a scope (migration 0033), only its row for one user (`user`) or one
    country or sector filter (`country`, `sector`; the id in `value`). Written by
    `entity_stats.refresh` when it recomputes an entity's `EntityStats` (a scope for a link
    added or removed: the scopes its testimony is in), so that a write costs the next plain list
    only the figures over everyone; read and emptied by `entity_stats.refresh_breakdowns`, which
    the pages call before reading per-user or per-filter figures."""

    VIEWER = "user"  # the scope of a user's `EntityViewerStats` row

    entity_id = models.BigIntegerField(null=True)
    scope = models.CharField(max_length=10, blank=True, default="", db_default="")
    value = models.BigIntegerField(null=True)

    class Meta:
        default_permissions = ()  # a queue the refresh fills: nobody is given rights on it

    def __str__(self) -> str:
        return f"{self.entity_id or ''} {self.scope} {self.value or ''}".strip()


class EntityTimeline(models.Model):
    """The entity page's timeline as a user who sees every testimony reads it, kept per entity
    and year: how many testimonies naming the entity have a period covering that year, and the
    first ones in the page's order (period start, case code, id), as many as the timeline names
    a year (`views.entities.TIMELINE_CODES`). The row of year 0 holds the testimonies without a
    period (no date gives a year 0), every one of them: the page lists them all.

    With `EntityPage` and `EntityExportable`, what that page reads instead of every testimony
    naming the entity. Recomputed by `entity_stats.refresh_entity_pages` for the entities
    `EntityPageStale` names: `refresh` queues those whose figures it recomputed (a trigger of
    migration 0030 also marks a testimony whose case code changes: the order follows it),
    `refresh_exportable` those naming a testimony that became exportable or stopped being."""

    entity = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    testimonies = models.PositiveIntegerField()
    # Testimony ids, comma-separated, in the page's order: read with the row, never searched.
    shown = models.TextField()

    class Meta:
        default_permissions = ()  # derived: nobody is given rights on it
        constraints = [
            models.UniqueConstraint(fields=["entity", "year"], name="entitytimeline_once")
        ]

    def __str__(self) -> str:
        return f"{self.entity_id} {self.year}: {self.testimonies}"


class EntityPage(models.Model):
    """One page of the entity page's testimonies as a user who sees every testimony reads it:
    the ids of page `number` (from 1, `views.entities.TESTIMONIES_PAGE_SIZE` a page) in the
    page's order. Kept with `EntityTimeline`."""

    entity = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="+")
    number = models.PositiveIntegerField()
    testimony_ids = models.TextField()  # comma-separated, in order

    class Meta:
        default_permissions = ()  # derived: nobody is given rights on it
        constraints = [models.UniqueConstraint(fields=["entity", "number"], name="entitypage_once")]

    def __str__(self) -> str:
        return f"{self.entity_id} page {self.number}"


class EntityExportable(models.Model):
    """How many testimonies naming the entity `ExportableTestimony` holds (the entity page's
    count for a petition), kept with `EntityTimeline`."""

    entity = models.OneToOneField(
        Entity, primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    testimonies = models.PositiveIntegerField()

    class Meta:
        default_permissions = ()  # derived: nobody is given rights on it

    def __str__(self) -> str:
        return f"{self.entity_id}: {self.testimonies}"


class EntityPageStale(models.Model):
    """An entity whose `EntityTimeline`, `EntityPage` and `EntityExportable` rows may be out of
    date (NULL: every entity's), or, with a testimony, one testimony added to or removed from
    them. Written by `entity_stats.refresh` and `refresh_exportable`;
    taken off by `refresh_entity_pages`, which the entity page calls for its own entity (so a
    write costs the lists nothing more) and the background rebuild for all."""

    entity_id = models.BigIntegerField(null=True)
    # With a testimony (migration 0035): that testimony came to name the entity (`added`) or
    # stopped naming it, applied to the kept rows by `entity_stats._apply_page_pairs`.
    testimony_id = models.BigIntegerField(null=True)
    added = models.BooleanField(null=True)

    class Meta:
        default_permissions = ()  # a queue the refreshes fill: nobody is given rights on it
        indexes = [models.Index(fields=["entity_id"], name="entitypagestale_entity_idx")]

    def __str__(self) -> str:
        return str(self.entity_id or "")


# The entity page's order, then the one other column it reads (see `EntityMention`'s indexes).
MENTION_PAGE_ORDER = ["period_start", "case_code", "testimony_id", "period_end"]


class EntityMention(models.Model):
    """One testimony naming one entity (a link, or a posting's employer or site: each pair
    once), with the testimony's own period, which the list's period filter reads. What the
    list counts under a filter no kept figure answers (a period, country and sector together,
    a restricted user's country or sector): one grouped read of these narrow rows, instead of
    the union of links and postings joined to the testimonies per request.

    With `EntityMentionFacts` and `EntityMentionWitness`, kept pair by pair by
    `entity_stats.refresh` for the (entity, testimony) pairs a write changed, and recomputed per
    entity by `entity_stats.refresh_mentions` for the entities `refresh` recounted whole and
    queued in `EntityMentionStale`.

    The testimony's author, interviewer and case code are on the row too (migration 0036): the
    entity page of a user who sees only their own testimonies reads that user's rows in the
    page's order (period start, case code, id) from one of two indexes, instead of looking up
    every testimony naming the entity to see whose it is (15,000 look-ups for the most-named
    entity at 100,000 testimonies). Each of the three marks the testimony stale when it changes
    (migrations 0029 and 0030), which rewrites its rows."""

    entity_id = models.BigIntegerField()
    testimony_id = models.BigIntegerField()
    period_start = models.CharField(max_length=10, blank=True)
    period_end = models.CharField(max_length=10, blank=True)
    created_by_id = models.BigIntegerField(null=True)
    interviewer_id = models.BigIntegerField(null=True)
    case_code = models.CharField(max_length=20, blank=True)

    class Meta:
        default_permissions = ()  # derived: nobody is given rights on it
        constraints = [
            models.UniqueConstraint(fields=["entity_id", "testimony_id"], name="mention_once")
        ]
        indexes = [
            models.Index(fields=["testimony_id", "entity_id"], name="mention_testimony_idx"),
            # Each ends with every column the restricted entity page reads, in its order.
            models.Index(
                fields=["entity_id", "created_by_id", *MENTION_PAGE_ORDER],
                name="mention_author_idx",
            ),
            models.Index(
                fields=["entity_id", "interviewer_id", *MENTION_PAGE_ORDER],
                name="mention_interviewer_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.entity_id}/{self.testimony_id}"


class EntityMentionFacts(models.Model):
    """`TestimonyFacts` of each testimony naming the entity, with the entity and the
    testimony's own period on the row: the page's countries and years under a filter are one
    index-only read of the page's entities (no join per testimony). Kept with `EntityMention`."""

    entity_id = models.BigIntegerField()
    testimony_id = models.BigIntegerField()
    period_start = models.CharField(max_length=10, blank=True)
    period_end = models.CharField(max_length=10, blank=True)
    country_id = models.BigIntegerField(null=True)
    began = models.CharField(max_length=10, null=True)  # noqa: DJ001 (NULL: no year, as read)
    ended = models.CharField(max_length=10, null=True)  # noqa: DJ001
    # Whose testimony, as on its `EntityMention` row (migration 0039): the period-filtered list
    # of a user who sees only their own reads their rows without a join to the mention rows.
    created_by_id = models.BigIntegerField(null=True)
    interviewer_id = models.BigIntegerField(null=True)

    class Meta:
        default_permissions = ()  # derived: nobody is given rights on it
        indexes = [
            models.Index(
                fields=[
                    "entity_id",
                    "period_end",
                    "period_start",
                    "testimony_id",
                    "country_id",
                    "began",
                    "ended",
                    "created_by_id",
                    "interviewer_id",
                ],
                name="mentionfacts_viewer_idx",
            ),
            # A restricted user's rows of the page's entities under a period: those they
            # entered, and those they interviewed and did not enter, each an index range read
            # alone (migration 0044; docs/BENCHMARKS.md, nineteenth pass).
            models.Index(
                fields=[
                    "created_by_id",
                    "entity_id",
                    "period_end",
                    "period_start",
                    "country_id",
                    "began",
                    "ended",
                ],
                name="mentionfacts_author_idx",
            ),
            models.Index(
                fields=[
                    "interviewer_id",
                    "entity_id",
                    "period_end",
                    "period_start",
                    "country_id",
                    "began",
                    "ended",
                ],
                condition=INTERVIEWED_NOT_ENTERED,
                name="mentionfacts_interviewed_idx",
            ),
            # A pair's rows, rewritten when it changes (`entity_stats._apply_pairs`).
            models.Index(fields=["testimony_id", "entity_id"], name="mentionfacts_testimony_idx"),
            # The rows without an earliest start or a latest end, or ending in a year before
            # they start, whose countries' years the period-filtered list takes as
            # `_mention_summaries` would (`EntityPeriodFigure`; migration 0042): few or none.
            models.Index(
                fields=["entity_id", "period_end", "period_start", "country_id", "began", "ended"],
                condition=(
                    models.Q(began__isnull=True)
                    | models.Q(ended__isnull=True)
                    | models.Q(ended__lt=Substr("began", 1, 4))
                ),
                name="mentionfacts_irregular_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.entity_id}/{self.testimony_id}: {self.country_id}"


class EntityMentionWitness(models.Model):
    """`TestimonyWitnessKey` of each testimony naming the entity, with the entity and the
    testimony's own period on the row: the page's distinct witnesses under a filter, read from
    one index of the page's entities in key order. Kept with `EntityMention`."""

    entity_id = models.BigIntegerField()
    testimony_id = models.BigIntegerField()
    period_start = models.CharField(max_length=10, blank=True)
    period_end = models.CharField(max_length=10, blank=True)
    witness = models.CharField(max_length=100)
    # Whose testimony, as on `EntityMentionFacts` (migration 0039).
    created_by_id = models.BigIntegerField(null=True)
    interviewer_id = models.BigIntegerField(null=True)

    class Meta:
        default_permissions = ()  # derived: nobody is given rights on it
        indexes = [
            models.Index(fields=["testimony_id", "entity_id"], name="mentionwitness_testimony_idx"),
            # Whether another testimony of the entity has this witness (`_apply_pairs`); and the
            # page's distinct witnesses under a period, counted in the index's order, each key
            # once, with every column the condition reads (migration 0039: hashing the keys read
            # by period took longer than reading them all in this order).
            models.Index(
                fields=[
                    "entity_id",
                    "witness",
                    "period_end",
                    "period_start",
                    "created_by_id",
                    "interviewer_id",
                    "testimony_id",
                ],
                name="mentionwitness_keys_idx",
            ),
            # As on the facts rows: a restricted user's rows, by author and by interviewer.
            models.Index(
                fields=["created_by_id", "entity_id", "period_end", "period_start", "witness"],
                name="mentionwitness_author_idx",
            ),
            models.Index(
                fields=["interviewer_id", "entity_id", "period_end", "period_start", "witness"],
                condition=INTERVIEWED_NOT_ENTERED,
                name="mentionwitness_interviewed_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.entity_id}/{self.testimony_id}: {self.witness}"


class EntityMentionFilter(models.Model):
    """One testimony naming one entity under one country or one sector the list's filter
    matches it by (its own, or one of its postings': one row per distinct value, as
    `_filtered_testimonies` matches), with the testimony's author and interviewer copied from
    its `EntityMention` row (migration 0038). What a user who sees only their own testimonies
    counts under one country or one sector filter: their rows of that value, read through the
    indexes by author and by interviewer (and those of the testimonies shared with them),
    instead of reading the ids of the testimonies counted and then their links and postings
    (docs/BENCHMARKS.md, tenth pass). Kept with `EntityMention`, pair by pair by
    `entity_stats.refresh` and per entity by `entity_stats.refresh_mentions`: every change to a
    testimony's own country or sector, to a posting or to who sees the testimony already marks
    the testimony stale (migrations 0027, 0029 and 0033), which rewrites its rows."""

    entity_id = models.BigIntegerField()
    testimony_id = models.BigIntegerField()
    dimension = models.CharField(max_length=10, choices=EntityFilterStats.Dimension.choices)
    value = models.BigIntegerField()
    created_by_id = models.BigIntegerField(null=True)
    interviewer_id = models.BigIntegerField(null=True)

    class Meta:
        default_permissions = ()  # derived: nobody is given rights on it
        constraints = [
            # Also the index a pair's rows are rewritten by, and the shared testimonies' read.
            models.UniqueConstraint(
                fields=["testimony_id", "entity_id", "dimension", "value"],
                name="mentionfilter_once",
            )
        ]
        indexes = [
            # Each holds every column the list's count reads (index-only).
            models.Index(
                fields=["dimension", "value", "created_by_id", "entity_id", "testimony_id"],
                name="mentionfilter_author_idx",
            ),
            models.Index(
                fields=["dimension", "value", "interviewer_id", "entity_id", "testimony_id"],
                name="mentionfilter_interviewer_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.entity_id}/{self.testimony_id}: {self.dimension} {self.value}"


class EntityPeriodCount(models.Model):
    """How many testimonies naming an entity overlap a period of the list's filter, kept as
    sums over the years their periods start and end, so that the period-filtered list counts
    each entity from a few dozen rows instead of every testimony naming it (docs/BENCHMARKS.md,
    eleventh pass). One row per viewer, entity and year (of a period's start or end; 0: none),
    plus one per inverted period (`until`); `viewer_id` 0 holds every testimony, a user's id
    the testimonies they entered or interviewed (those shared with them are read from their
    `EntityMention` rows).

    A testimony whose period overlaps [from, to], as `views.entities._period_condition` reads
    the period (an open end overlaps only from its start's year; an open start, everything up
    to its end; no period, everything), is counted exactly once by the sum over the entity's
    rows of: `undated`; `ends` where the year is from or later; minus `starts` where the year
    is after to; `opens` where the year is between from and to; `inverted` where the year is
    to or earlier and `until` from or later. A period with a start and an end adds one to
    `ends` at its end's year and one to `starts` at its start's year: it overlaps unless it
    ended before from or started after to, which cannot both hold. Only an end, only a start,
    none, or an end before the start: `ends`, `opens`, `undated`, `inverted`. A year is the
    period's first four characters, which the model's validator makes digits; anything else
    reads as no year, as the kept facts read it (`entity_stats.periods.period_year`).

    Kept with `EntityMention`, whose rows it sums: pair by pair by `entity_stats.refresh` (the
    pair's old row taken off, its new one added) and per entity by `refresh_mentions`."""

    viewer_id = models.BigIntegerField()
    entity_id = models.BigIntegerField()
    year = models.PositiveSmallIntegerField()
    until = models.PositiveSmallIntegerField(default=0)
    ends = models.IntegerField(default=0)
    starts = models.IntegerField(default=0)
    opens = models.IntegerField(default=0)
    undated = models.IntegerField(default=0)
    inverted = models.IntegerField(default=0)

    class Meta:
        default_permissions = ()  # derived: nobody is given rights on it
        constraints = [
            # Also the index an entity's rows are rewritten by.
            models.UniqueConstraint(
                fields=["entity_id", "viewer_id", "year", "until"], name="periodcount_once"
            )
        ]
        indexes = [
            # Every column the list reads, for one viewer from a year on (index-only).
            models.Index(
                fields=[
                    "viewer_id",
                    "year",
                    "entity_id",
                    "until",
                    "ends",
                    "starts",
                    "opens",
                    "undated",
                    "inverted",
                ],
                name="periodcount_viewer_idx",
            )
        ]

    def __str__(self) -> str:
        return f"{self.viewer_id}/{self.entity_id}/{self.year}"


class EntityPeriodFigure(models.Model):
    """What the period-filtered list shows of an entity besides its count - its distinct
    witnesses, its countries, its first and last year - kept as sums like `EntityPeriodCount`
    (the same rows, counters and formula: a row of a year, `until`, and `ends`, `starts`,
    `opens`, `undated`, `inverted`), for every testimony, so that the page's 25 entities are
    read from a few hundred rows each instead of every kept facts and witness row of theirs
    under the period (81,600 index entries for the most-named 25 at 100,000 testimonies;
    docs/BENCHMARKS.md, twelfth pass). Each row counts under a `figure` and a `value`:

    - a country (`value`: its id; 0: no country, whose years still count), a first year (the
      year of a facts row's earliest start) and a last year (of its latest end): each kept facts
      row (`EntityMentionFacts`) adds its testimony's period once under each; the country, the
      year, is on the page when its sum is above zero;
    - witnesses (`value` 0): a witness key is counted once however many of the entity's
      testimonies it has. The testimonies a filter keeps are those whose (from, to) satisfies
      `from <= x and y <= to` for the testimony's (x, y) (its end's year and its start's year,
      a missing bound unbounded, an open end its start's year for both), so the key is counted
      when one of its points satisfies it: of its points, only those no other point beats in
      both (the staircase, sorted by x, then also by y) matter; they add one each and each pair
      of neighbours takes off one at (the first's x, the second's y), which the filter keeps
      exactly when it keeps both neighbours: one in all when any is kept, none otherwise
      (`entity_stats.period_figures.witness_parts`). Those rows may hold negative counters.

    The figures of the old path (`views.entities._mention_summaries` over the facts rows) group
    the facts by country first, so a country whose kept rows lack an earliest start, or end in
    a year before it, gives its latest end as a first year: those rows are read apart, through
    a partial index (`mentionfacts_irregular_idx`), and their countries' years taken as the old
    path takes them (`views.entities._period_figure_summaries`).

    Kept with `EntityMention` like `EntityPeriodCount`: pair by pair by `entity_stats.refresh`
    and per entity by `refresh_mentions`. A user who sees only their own testimonies, and a
    period with a country or sector, read the kept facts and witness rows as before."""

    class Figure(models.IntegerChoices):
        WITNESSES = 1, "witnesses"
        COUNTRY = 2, "country"
        FIRST_YEAR = 3, "first year"
        LAST_YEAR = 4, "last year"

    entity_id = models.BigIntegerField()
    figure = models.PositiveSmallIntegerField(choices=Figure.choices)
    value = models.BigIntegerField(default=0)
    year = models.PositiveSmallIntegerField()
    until = models.PositiveSmallIntegerField(default=0)
    ends = models.IntegerField(default=0)
    starts = models.IntegerField(default=0)
    opens = models.IntegerField(default=0)
    undated = models.IntegerField(default=0)
    inverted = models.IntegerField(default=0)

    class Meta:
        default_permissions = ()  # derived: nobody is given rights on it
        constraints = [
            # Also the index an entity's rows are rewritten by.
            models.UniqueConstraint(
                fields=["entity_id", "figure", "value", "year", "until"],
                name="periodfigure_once",
            )
        ]
        indexes = [
            # Every column the page reads, for its entities from a year on (index-only).
            models.Index(
                fields=[
                    "entity_id",
                    "year",
                    "figure",
                    "value",
                    "until",
                    "ends",
                    "starts",
                    "opens",
                    "undated",
                    "inverted",
                ],
                name="periodfigure_read_idx",
            )
        ]

    def __str__(self) -> str:
        return f"{self.entity_id}/{self.figure}/{self.value}/{self.year}"


class EntityMentionStale(models.Model):
    """An entity whose `EntityMention`, `EntityMentionFacts` and `EntityMentionWitness` rows
    may be out of date (NULL: all of them). Written by `entity_stats.refresh` with
    `EntityBreakdownStale`, but taken off apart (`entity_stats.refresh_mentions`) by the pages
    that read those rows only (a period filter, country and sector together, a restricted
    user's filters), so that a write costs the other pages nothing more."""

    entity_id = models.BigIntegerField(null=True)

    class Meta:
        default_permissions = ()  # a queue the refresh fills: nobody is given rights on it

    def __str__(self) -> str:
        return str(self.entity_id or "")

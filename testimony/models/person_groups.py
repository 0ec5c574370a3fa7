"""The persons' corroboration list, kept rather than computed per request.

`PersonGroupKept` holds the groups `person_clusters.groups(None)` finds over every testimony:
minders, supervisors and officials sharing a name digest across two or more testimonies. It is
derived data: database triggers (migration 0028) append a row to `PersonGroupStale` whenever a
person or a name digest is written or deleted, whatever path wrote it (entry form, import,
admin, deletion, key rotation), naming the person (migration 0031), and `person_clusters.refresh`
recomputes the groups of those persons before the list is read (every group after a marker
without a person, or after changes to many persons). Only ids are kept: no name, no digest.
"""

from django.db import models


class PersonGroupKept(models.Model):
    # The group's smallest person id: stable while its members stay.
    first_person = models.BigIntegerField(primary_key=True)
    testimonies = models.PositiveIntegerField()
    # Comma-separated ids, read with the row, never searched.
    person_ids = models.TextField()
    testimony_ids = models.TextField()
    # Every member holds one name digest in common ("Pak Chol-min" in each testimony): any
    # subset of the members is then one group too, so a user who sees some of them needs no
    # digest to group them (`person_clusters.groups`). False: the members are chained through
    # several names, or the row predates the column, and the digests decide.
    one_name = models.BooleanField(default=False)

    class Meta:
        # Derived, written by `person_clusters.refresh` only: nobody is given rights on it.
        default_permissions = ()
        indexes = [
            models.Index(fields=["-testimonies", "first_person"], name="persongroup_order_idx")
        ]

    def __str__(self) -> str:
        return f"{self.first_person}: {self.testimonies}"


class PersonGroupStale(models.Model):
    """A person (or one of its name digests) changed since the kept groups were computed; NULL:
    every group may be out of date. Written by triggers only; read and emptied by
    `person_clusters.refresh`."""

    person_id = models.BigIntegerField(null=True)

    class Meta:
        default_permissions = ()

    def __str__(self) -> str:
        return str(self.pk)


class PersonGroupMember(models.Model):
    """Which kept group (`PersonGroupKept.first_person`) a person belongs to, so that a change
    to a person finds the group it was in without reading every group. Kept with the groups by
    `person_clusters.refresh`."""

    person_id = models.BigIntegerField(primary_key=True)
    first_person = models.BigIntegerField()
    # The person's testimony and its group's `one_name`, copied, so that a user who sees some
    # testimonies finds their groups' members in one table (`person_clusters.within_kept`).
    # Kept with the person: a person moved to another testimony is a change the triggers mark.
    testimony_id = models.BigIntegerField(null=True)
    one_name = models.BooleanField(default=False)

    class Meta:
        default_permissions = ()  # derived: nobody is given rights on it
        indexes = [
            models.Index(fields=["first_person"], name="groupmember_group_idx"),
            models.Index(fields=["testimony_id"], name="groupmember_testimony_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.person_id} in {self.first_person}"

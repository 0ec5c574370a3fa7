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

    class Meta:
        default_permissions = ()  # derived: nobody is given rights on it
        indexes = [models.Index(fields=["first_person"], name="groupmember_group_idx")]

    def __str__(self) -> str:
        return f"{self.person_id} in {self.first_person}"

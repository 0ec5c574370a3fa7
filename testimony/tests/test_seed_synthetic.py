"""`manage.py seed_synthetic`: many invented testimonies, consistent enough for every page."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import override_settings

from testimony import versions
from testimony.audit import audit_verify
from testimony.management.commands.seed_synthetic import REFUSAL, seed_synthetic
from testimony.models import (
    Anonymization,
    AuditEvent,
    ConsentWithdrawal,
    Person,
    Status,
    Testimony,
    TestimonyVersion,
)
from testimony.services import persons_matching_name
from testimony.workflow import exportable_testimonies

pytestmark = pytest.mark.django_db


def seed(*arguments: str) -> str:
    out = StringIO()
    call_command("seed_synthetic", *arguments, stdout=out)
    return out.getvalue()


class RefusalTests:
    def test_it_refuses_to_run_with_production_settings(self) -> None:
        with pytest.raises(CommandError) as refused:
            seed("--count", "5")

        assert str(refused.value) == REFUSAL
        assert Testimony.objects.count() == 0

    def test_it_runs_on_a_development_database(self) -> None:
        with override_settings(DEBUG=True):
            output = seed("--count", "5", "-v", "0")

        assert "Added 5 synthetic testimonies, SYN-0000001 to SYN-0000005." in output
        assert Testimony.objects.count() == 5

    def test_it_runs_with_production_settings_when_told_the_database_is_not_production(
        self,
    ) -> None:
        seed("--count", "3", "--i-know-this-is-not-production", "-v", "0")

        assert Testimony.objects.count() == 3

    def test_a_count_below_one_is_refused_in_words(self) -> None:
        with pytest.raises(CommandError, match="at least 1"):
            seed("--count", "0", "--i-know-this-is-not-production")


class ContentTests:
    def test_every_status_occurs(self) -> None:
        seed_synthetic(300)

        assert set(Testimony.objects.values_list("status", flat=True)) == set(Status.values)

    def test_each_testimony_has_a_named_witness_and_one_to_four_persons(self) -> None:
        seed_synthetic(40)

        for testimony in Testimony.objects.prefetch_related("persons"):
            persons = list(testimony.persons.all())
            assert 1 <= len(persons) <= 4
            witnesses = [person for person in persons if person.role == Person.Role.WITNESS]
            assert len(witnesses) == 1
            assert witnesses[0].name_romanized
            assert witnesses[0].name_hangul

    def test_names_are_encrypted_and_found_through_the_blind_index(self) -> None:
        seed_synthetic(20)
        witness = Person.objects.filter(role=Person.Role.WITNESS).order_by("id").first()

        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT name_romanized FROM testimony_person WHERE id = %s", [witness.pk]
            )
            stored = cursor.fetchone()[0]
        assert stored.startswith("fernet:")
        assert witness.name_romanized not in stored
        assert witness in persons_matching_name(witness.name_romanized)
        assert witness in persons_matching_name(witness.name_hangul)

    def test_narratives_are_korean_with_an_english_translation(self) -> None:
        seed_synthetic(10)

        for testimony in Testimony.objects.select_related("narrative"):
            assert any("\uac00" <= char <= "\ud7a3" for char in testimony.narrative.original)
            assert "I " in testimony.narrative.english or "We " in testimony.narrative.english
            assert testimony.indicators.count() >= 1
            assert testimony.consent.allows_un_submission()

    def test_version_one_is_the_testimony_as_stored(self) -> None:
        seed_synthetic(15)

        for testimony in Testimony.objects.all():
            version = TestimonyVersion.objects.get(testimony=testimony)
            assert version.number == testimony.revision == 1
            assert versions.version_snapshot(version) == versions.testimony_snapshot(testimony)

    def test_approved_testimonies_are_exportable_and_withdrawn_ones_recorded(self) -> None:
        seed_synthetic(300)

        approved = Testimony.objects.filter(status=Status.APPROVED)
        assert set(exportable_testimonies()) == set(approved)
        assert Anonymization.objects.filter(approved_at__isnull=False).count() == approved.count()
        withdrawn = Testimony.objects.filter(status=Status.WITHDRAWN)
        assert ConsentWithdrawal.objects.count() == withdrawn.count() > 0

    def test_the_audit_trail_stays_one_intact_chain(self) -> None:
        seed_synthetic(30)
        seed_synthetic(30)

        checked, broken = audit_verify()
        assert broken is None
        assert checked == AuditEvent.objects.count()
        assert AuditEvent.objects.filter(action=AuditEvent.Action.CREATED).count() == 60
        assert AuditEvent.objects.filter(action=AuditEvent.Action.DEMO_LOADED).count() == 2

    def test_a_second_run_continues_the_numbering(self) -> None:
        seed_synthetic(3)
        first = seed_synthetic(2, seed=7)

        assert first == 4
        assert sorted(Testimony.objects.values_list("case_code", flat=True))[-1] == "SYN-0000005"

    def test_rows_the_app_adds_afterwards_get_ids_after_the_seeded_ones(self) -> None:
        """Seeded rows take their ids from the sequences, also when they go in by COPY."""
        seed_synthetic(5)
        seeded = max(Person.objects.values_list("id", flat=True))

        person = Person.objects.create(
            testimony=Testimony.objects.first(), role=Person.Role.RELATIVE
        )

        assert person.pk > seeded

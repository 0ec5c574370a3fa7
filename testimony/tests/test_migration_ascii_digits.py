"""Migration 0019: partial dates stored in other scripts' digits are rewritten in 0-9, each
change audited and printed; an impossible one is left for the re-identification page."""

import importlib
from collections.abc import Callable
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.urls import reverse

from testimony.anonymize.review import anonymization_approve
from testimony.audit import audit_verify
from testimony.models import AuditEvent, Testimony
from testimony.versions import version_record

pytestmark = pytest.mark.django_db

migration = importlib.import_module("testimony.migrations.0019_ascii_digits")


def run_migration() -> list[str]:
    return migration.rewrite_digits(apps, SimpleNamespace(connection=connection))


def stored(make_testimony: Callable[..., Testimony], start: str, end: str = "") -> Testimony:
    """A testimony whose period was saved as given, past the form's checks."""
    testimony = make_testimony()
    Testimony.objects.filter(pk=testimony.pk).update(period_start=start, period_end=end)
    return testimony


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("٢٠١٥", "", ("2015", "")),
        ("２０１４-０６", "２０１６", ("2014-06", "2016")),
        ("२०१६-03-01", "2017", ("2016-03-01", "2017")),
        ("۲۰۱۳", "٢٠١٤-١٢", ("2013", "2014-12")),
    ],
)
def test_digits_of_other_scripts_are_written_0_to_9(
    make_testimony: Callable[..., Testimony], start: str, end: str, expected: tuple[str, str]
) -> None:
    testimony = stored(make_testimony, start, end)
    run_migration()
    testimony.refresh_from_db()
    assert (testimony.period_start, testimony.period_end) == expected


def test_each_change_is_audited_and_printed(
    make_testimony: Callable[..., Testimony], capsys: pytest.CaptureFixture[str]
) -> None:
    """One "edited" event by no user per testimony, with both values; the chain still holds."""
    testimony = stored(make_testimony, "٢٠١٥", "٢٠١٦")
    lines = run_migration()
    [event] = AuditEvent.objects.filter(testimony=testimony, action="testimony.edited")
    assert event.actor is None
    assert event.changed_fields == ["period_end", "period_start"]
    assert event.detail["before"] == {"period_start": "٢٠١٥", "period_end": "٢٠١٦"}
    assert event.detail["after"] == {"period_start": "2015", "period_end": "2016"}
    assert event.detail["migration"] == "0019_ascii_digits"
    _checked, broken = audit_verify()
    assert broken is None
    printed = capsys.readouterr().out
    assert f"{testimony.case_code} period_start: '٢٠١٥' -> '2015'" in printed
    assert lines == [
        f"{testimony.case_code} period_start: '٢٠١٥' -> '2015'",
        f"{testimony.case_code} period_end: '٢٠١٦' -> '2016'",
    ]


def test_ascii_dates_are_left_alone_and_nothing_is_printed(
    make_testimony: Callable[..., Testimony], capsys: pytest.CaptureFixture[str]
) -> None:
    testimony = make_testimony()
    events = AuditEvent.objects.count()
    assert run_migration() == []
    testimony.refresh_from_db()
    assert (testimony.period_start, testimony.period_end) == ("2014-06", "2016")
    assert AuditEvent.objects.count() == events
    assert capsys.readouterr().out == ""


def test_an_impossible_date_is_left_and_listed_as_a_data_problem(
    make_testimony: Callable[..., Testimony], client: Client, carol: User
) -> None:
    """٢٠٩٩ would be 2099: not rewritten, printed, and the re-identification page names it."""
    testimony = make_testimony(status="approved")
    version_record(testimony=testimony, by=testimony.created_by)
    anonymization_approve(testimony=testimony, by=carol)
    Testimony.objects.filter(pk=testimony.pk).update(period_start="٢٠٩٩", period_end="")
    lines = run_migration()
    testimony.refresh_from_db()
    assert testimony.period_start == "٢٠٩٩"
    assert lines == [
        f"{testimony.case_code} period_start: '٢٠٩٩' left as it is ('2099' is not a possible "
        "date; listed under Data problems on the re-identification page)"
    ]
    assert not AuditEvent.objects.filter(testimony=testimony, action="testimony.edited")
    client.force_login(carol)
    response = client.get(reverse("testimony:reidentification"))
    assert response.status_code == 200
    listed = {t.case_code: problems for t, problems in response.context["data_problems"]}
    assert any("not a date" in problem for problem in listed[testimony.case_code])
    assert "Data problems" in response.content.decode()


def test_the_period_filter_finds_a_rewritten_case(
    make_testimony: Callable[..., Testimony], client: Client, bob: User
) -> None:
    """Before, "٢٠١٥" sorted after 2099 and a filter to 2015 missed the case; after, found."""
    testimony = stored(make_testimony, "٢٠١٥", "٢٠١٥")
    client.force_login(bob)
    url = reverse("testimony:list") + "?year_from=2015&year_to=2015"
    assert testimony.case_code not in client.get(url).content.decode()
    run_migration()
    assert testimony.case_code in client.get(url).content.decode()

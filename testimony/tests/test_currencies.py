# ruff: noqa: F811 (the entry fixture is imported, then named as a parameter)
"""Wage currencies typed as the witness says them: "달러" is saved as USD, an unknown or
ambiguous name is refused with a sentence, and nothing typed is lost."""

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client

from testimony.currencies import currency_code
from testimony.models import Testimony
from testimony.tests.test_testimony_create import URL, entry  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("달러", "USD"),
        ("미국 달러", "USD"),
        ("dollars", "USD"),
        ("U.S. Dollars", "USD"),
        ("$", "USD"),
        ("ＵＳＤ", "USD"),
        ("\u200b달러", "USD"),
        ("usd", "USD"),
        ("위안", "CNY"),
        ("元", "CNY"),
        ("Yuan", "CNY"),
        ("RMB", "CNY"),
        ("루블", "RUB"),
        ("рубль", "RUB"),
        ("Roubles", "RUB"),
        ("디나르", "KWD"),
        ("Złoty", "PLN"),
        ("kpw", "KPW"),
        ("EGP", "EGP"),  # any three-letter ISO code, even one without local names here
    ],
)
def test_names_signs_and_codes_find_the_iso_code(typed: str, code: str) -> None:
    assert currency_code(typed) == code


@pytest.mark.parametrize("typed", ["", "   ", "peanuts", "US dollar bills", "원", "12"])
def test_unknown_or_ambiguous_names_find_nothing(typed: str) -> None:
    assert currency_code(typed) is None


def test_a_wage_in_dollars_written_in_korean_is_saved_as_usd(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    client.force_login(alice)
    response = client.post(URL, entry(promised_wage_currency="달러", received_wage_currency="위안"))
    assert response.status_code == 302
    testimony = Testimony.objects.get()
    assert testimony.promised_wage_currency == "USD"
    assert testimony.received_wage_currency == "CNY"


def test_won_is_asked_about_and_what_was_typed_stays(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    """North or South Korean won: the form asks rather than guess, and keeps the text."""
    client.force_login(alice)
    response = client.post(URL, entry(promised_wage_currency="원"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "may mean KPW / KRW" in page
    assert 'value="원"' in page
    assert Testimony.objects.count() == 0


def test_an_unknown_currency_is_explained_in_korean(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    client.force_login(alice)
    client.cookies["django_language"] = "ko"
    response = client.post(URL, entry(received_wage_currency="조개껍데기"))
    assert response.status_code == 200
    assert "이 양식이 아는 통화가 아닙니다" in response.content.decode()

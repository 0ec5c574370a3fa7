"""Shared people and data for the tests.

Alice interviews witnesses and owns the data she enters, Erin is another interviewer, Bob
reviews, Carol coordinates, Dave administers, and Charlie is an active account with no role.

Every staff page needs a session that passed the second factor (accounts.middleware). So that
tests about other things can sign in with one line, `client.force_login(user)` and
`client.login(...)` here give the user a confirmed authenticator app (TOTP) and sign the session
in as verified with it: the session holds the device's id under django-otp's session key,
exactly as after a real code. `client.login` is also handed a request, which django-axes needs to
count attempts. Tests of the sign-in flow itself ask for the `without_test_second_factor`
fixture and get Django's plain test client behaviour.
"""

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from django.contrib.auth.models import Group, User
from django.http import HttpRequest
from django.test import Client
from django.utils import translation
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from testimony.mask_cache import masked_texts
from testimony.models import Consent, Country, Narrative, Person, Sector, Testimony
from testimony.services import testimony_insert_with_case_code

PASSWORD = "correct horse battery staple"


def _user(username: str, *groups: str, **extra: object) -> User:
    user = User.objects.create_user(username, f"{username}@example.org", PASSWORD, **extra)
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


@pytest.fixture
def alice(db: None) -> User:
    return _user("alice", "interviewer")


@pytest.fixture
def erin(db: None) -> User:
    return _user("erin", "interviewer")


@pytest.fixture
def bob(db: None) -> User:
    return _user("bob", "reviewer")


@pytest.fixture
def carol(db: None) -> User:
    return _user("carol", "coordinator")


@pytest.fixture
def dave(db: None) -> User:
    return _user("dave", "admin", is_staff=True, is_superuser=True)


@pytest.fixture
def charlie(db: None) -> User:
    return _user("charlie")


@pytest.fixture
def kuwait(db: None) -> Country:
    return Country.objects.get(code="kuwait")


@pytest.fixture
def construction(db: None) -> Sector:
    return Sector.objects.get(code="construction")


@pytest.fixture
def make_testimony(alice: User, kuwait: Country, construction: Sector) -> Callable[..., Testimony]:
    """Build a saved testimony with a named witness; keyword arguments override its fields."""

    def make(
        witness_name: str = "Rim Myong-chol", witness_hangul: str = "림명철", **fields: object
    ):
        values: dict[str, object] = {
            "interview_date": date(2025, 3, 14),
            "interview_place": "Seoul",
            "interviewer": alice,
            "country": kuwait,
            "sector": construction,
            "period_start": "2014-06",
            "period_end": "2016",
            "hours_per_day": 14,
            "created_by": alice,
            "updated_by": alice,
        }
        values.update(fields)
        testimony = Testimony(**values)
        testimony_insert_with_case_code(testimony)
        Narrative.objects.create(
            testimony=testimony,
            language="ko",
            original=f"저는 {witness_hangul}입니다. 쿠웨이트 건설 현장에서 일했습니다.",
            english=f"I am {witness_name}. I worked on a construction site in Kuwait.",
        )
        witness = Person.objects.create(
            testimony=testimony,
            role=Person.Role.WITNESS,
            name_romanized=witness_name,
            name_hangul=witness_hangul,
            pseudonym="Witness A",
            family_in_north_korea=True,
        )
        witness.reindex_names()
        Consent.objects.create(
            testimony=testimony,
            un_submission=True,
            informed_state_letter=True,
            informed_public_summary=True,
            public_name=Consent.PublicName.INITIALS,
            given_on=date(2025, 3, 14),
            method=Consent.Method.WRITTEN,
        )
        return testimony

    return make


@pytest.fixture(autouse=True)
def fast_password_hashing(settings: object) -> None:
    """Hash test passwords quickly; the production hasher is tested on its own."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def language_reset_after_each_test() -> Iterator[None]:
    """A request in Korean leaves Korean active in the thread (the locale middleware activates a
    language and nothing deactivates it): the next test starts in the default language."""
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def masked_texts_forgotten() -> None:
    """Each test starts with the process's cache of masked texts empty (reveal.py), so that
    what one test masked never answers for another."""
    masked_texts.clear()


TEST_DEVICE_NAME = "Test authenticator"


def second_factor_device(user: User) -> TOTPDevice:
    """The confirmed authenticator app that test logins verify the session with."""
    device, _created = TOTPDevice.objects.get_or_create(
        user=user, name=TEST_DEVICE_NAME, defaults={"confirmed": True}
    )
    return device


@pytest.fixture
def without_test_second_factor() -> None:
    """Ask for this to log in as Django's test client does, with no second factor."""


@pytest.fixture(autouse=True)
def logins_pass_the_second_factor(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    if "without_test_second_factor" in request.fixturenames:
        return
    plain_login = Client._login
    plain_credentials_login = Client.login

    def verified_login(self: Client, user: User, backend: str | None = None) -> None:
        plain_login(self, user, backend)
        session = self.session
        session[DEVICE_ID_SESSION_KEY] = second_factor_device(user).persistent_id
        session.save()

    def login_with_request(self: Client, **credentials: object) -> bool:
        fake = HttpRequest()
        fake.META["REMOTE_ADDR"] = "127.0.0.1"
        credentials.setdefault("request", fake)
        return plain_credentials_login(self, **credentials)

    monkeypatch.setattr(Client, "_login", verified_login)
    monkeypatch.setattr(Client, "login", login_with_request)

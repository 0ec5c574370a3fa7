"""Masked texts kept in the process's memory (testimony/mask_cache.py): a page shown again runs
no anonymizer, a changed person or text is masked afresh, the cache is bounded and holds only
masked text under keys that are not the text."""

from collections.abc import Callable, Iterator

import pytest
from django.contrib.auth.models import User
from django.test import Client
from pytest_django.fixtures import Settings

from testimony.anonymize.redact import NameMatcher
from testimony.mask_cache import MaskCache, cache_key, masked_texts
from testimony.models import Narrative, Status, Testimony

pytestmark = pytest.mark.django_db

NAMES = ["Rim Myong-chol", "림명철", "Myong-chol", "Rimmy"]


@pytest.fixture
def testimony(make_testimony: Callable[..., Testimony]) -> Testimony:
    """A narrative that names the witness in Korean with particles, in English, and by an
    alias not yet registered, in a shape the detector leaves alone (a sentence's first word,
    no cue such as "called me"): only its registration hides it."""
    testimony = make_testimony(status=Status.IN_REVIEW)
    Narrative.objects.filter(testimony=testimony).update(
        original="저는 림명철입니다. 림명철은 쿠웨이트에서 일했습니다 😀.",
        english=(
            "I am Rim Myong-chol.\nMyong-chol was my name. Rimmy, the others wrote on my helmet."
        ),
    )
    return testimony


@pytest.fixture
def anonymizer_runs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The texts the anonymizer is run over."""
    runs: list[str] = []
    real = NameMatcher.anonymize

    def counting(self: NameMatcher, text: str, detect: bool = True) -> object:
        runs.append(text)
        return real(self, text, detect)

    monkeypatch.setattr(NameMatcher, "anonymize", counting)
    return runs


def test_the_detail_page_shown_again_runs_no_anonymizer(
    client: Client, bob: User, testimony: Testimony, anonymizer_runs: list[str]
) -> None:
    """The second request answers both narratives from the cache, masked the same."""
    client.force_login(bob)
    first = client.get(testimony.get_absolute_url()).content.decode()
    assert len(anonymizer_runs) >= 2
    anonymizer_runs.clear()
    second = client.get(testimony.get_absolute_url()).content.decode()
    assert anonymizer_runs == []
    assert "Witness A" in second
    assert not [name for name in NAMES[:3] if name in first or name in second]


def test_a_newly_registered_alias_is_masked_at_once(
    client: Client, bob: User, testimony: Testimony
) -> None:
    """Registering an alias changes the key: the next page hides it, no stale text."""
    client.force_login(bob)
    assert "Rimmy" in client.get(testimony.get_absolute_url()).content.decode()
    witness = testimony.persons.get()
    witness.aliases = "Rimmy"
    witness.save()
    assert "Rimmy" not in client.get(testimony.get_absolute_url()).content.decode()


def test_a_changed_pseudonym_is_shown_at_once(
    client: Client, bob: User, testimony: Testimony
) -> None:
    client.force_login(bob)
    assert "Witness A" in client.get(testimony.get_absolute_url()).content.decode()
    testimony.persons.update(pseudonym="Witness Q")
    html = client.get(testimony.get_absolute_url()).content.decode()
    assert "Witness Q" in html
    assert "Witness A" not in html


def test_the_cache_holds_masked_text_under_keys_that_are_not_the_text(
    client: Client, bob: User, testimony: Testimony
) -> None:
    client.force_login(bob)
    client.get(testimony.get_absolute_url())
    entries = dict(masked_texts._entries)
    assert entries
    for key, value in entries.items():
        assert isinstance(key, bytes)
        assert len(key) == 32
        assert not [name for name in NAMES[:3] if name in value]


def test_the_cache_forgets_the_least_recently_used_past_its_size(settings: Settings) -> None:
    settings.TESTIMONY_MASK_CACHE_CHARS = 10
    cache = MaskCache()
    cache.get_or_make(b"a", lambda: "aaaa")
    cache.get_or_make(b"b", lambda: "bbbb")
    cache.get_or_make(b"a", lambda: "never made")
    cache.get_or_make(b"c", lambda: "cccc")
    assert cache.get_or_make(b"a", lambda: "made again") == "aaaa"
    assert cache.get_or_make(b"b", lambda: "made again") == "made again"
    assert cache.get_or_make(b"x", lambda: "longer than the whole cache") == (
        "longer than the whole cache"
    )
    assert len(cache) <= 3


def test_a_size_of_zero_keeps_nothing(settings: Settings) -> None:
    settings.TESTIMONY_MASK_CACHE_CHARS = 0
    cache = MaskCache()
    cache.get_or_make(b"a", lambda: "aaaa")
    assert len(cache) == 0


def test_keys_of_different_parts_differ() -> None:
    """Each part is length-prefixed: ("ab", "c") is not ("a", "bc")."""
    assert cache_key("ab", "c") != cache_key("a", "bc")
    assert cache_key("ab", "c") == cache_key("ab", "c")


def test_a_contact_detail_across_an_edge_of_a_part_is_replaced_whole(
    testimony: Testimony,
) -> None:
    """The versions page redacts parts of a text: a telephone number cut by a part's edge is
    taken whole into the part and replaced, never half shown."""
    from types import SimpleNamespace

    from testimony.reveal import CONTACT_WITHHELD, Identities

    contact = "+82 10 1234 5678"
    testimony.persons.update(contact_details=contact)
    identities = Identities(SimpleNamespace(session={}), testimony)  # type: ignore[arg-type]
    text = "We waited. " * 60 + f"My sister's number is {contact} in Seoul. " + "We waited. " * 60
    at = text.index("1234")
    for start, end in ((at, at + 300), (at - 300, at), (at - 300, at + 2)):
        part = identities.mask_region(text, start, end)
        assert CONTACT_WITHHELD in part
        assert "1234" not in part
        assert "5678" not in part

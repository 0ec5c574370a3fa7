import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import FieldError
from django.test import override_settings

from testimony.crypto import (
    TOKEN_PREFIX,
    DecryptionError,
    blind_index,
    check_encryption_keys,
    decrypt,
    encrypt,
    name_digests,
    normalize_name,
    reencrypt,
)
from testimony.models import Person

KEY_A = Fernet.generate_key().decode()
KEY_B = Fernet.generate_key().decode()


def test_encryption_round_trips_hangul_and_latin_text() -> None:
    """A value encrypted with the configured key decrypts to exactly the same text."""
    plaintext = "림명철 (Rim Myong-chol), 010-1234-5678"

    assert decrypt(encrypt(plaintext)) == plaintext


def test_the_stored_token_is_prefixed_and_hides_the_plaintext() -> None:
    """A stored value starts with the token prefix and contains no trace of the plaintext."""
    token = encrypt("Rim Myong-chol 림명철")

    assert token.startswith(TOKEN_PREFIX)
    assert "Rim" not in token
    assert "Myong" not in token
    assert "림명철" not in token


def test_encrypting_the_same_text_twice_gives_different_tokens() -> None:
    """Equal names do not give equal ciphertexts, so tokens cannot be compared to find a person."""
    assert encrypt("Rim Myong-chol") != encrypt("Rim Myong-chol")


def test_a_value_encrypted_under_an_old_key_decrypts_after_a_new_key_is_put_first() -> None:
    """Key rotation: every configured key decrypts, not only the first."""
    with override_settings(FIELD_ENCRYPTION_KEYS=[KEY_A]):
        token = encrypt("림명철")

    with override_settings(FIELD_ENCRYPTION_KEYS=[KEY_B, KEY_A]):
        assert decrypt(token) == "림명철"


def test_a_value_does_not_decrypt_once_its_key_is_removed() -> None:
    """Without the key that encrypted it, decryption fails with DecryptionError."""
    with override_settings(FIELD_ENCRYPTION_KEYS=[KEY_A]):
        token = encrypt("림명철")

    with override_settings(FIELD_ENCRYPTION_KEYS=[KEY_B]), pytest.raises(DecryptionError):
        decrypt(token)


def test_reencrypt_moves_a_value_to_the_newest_key() -> None:
    """After reencrypt() under [B, A], the token decrypts with key B alone."""
    with override_settings(FIELD_ENCRYPTION_KEYS=[KEY_A]):
        token = encrypt("림명철")
    with override_settings(FIELD_ENCRYPTION_KEYS=[KEY_B, KEY_A]):
        rotated = reencrypt(token)

    assert rotated.startswith(TOKEN_PREFIX)
    with override_settings(FIELD_ENCRYPTION_KEYS=[KEY_B]):
        assert decrypt(rotated) == "림명철"


def test_a_value_that_is_not_a_token_is_refused() -> None:
    """Plaintext found in an encrypted column is reported, never passed through."""
    with pytest.raises(DecryptionError):
        decrypt("Rim Myong-chol")


@pytest.mark.parametrize("spelling", ["Myeong-chul", "Myeong Chul", "MYEONGCHUL", "myeongchul"])
def test_normalize_name_folds_case_spaces_and_hyphens(spelling: str) -> None:
    """Spellings that differ only in case, spaces or hyphens normalize to one value."""
    assert normalize_name(spelling) == "myeongchul"


def test_normalize_name_folds_diacritics_to_plain_letters() -> None:
    """McCune-Reischauer breves are dropped: "Chŏng" becomes "chong"."""
    assert normalize_name("Chŏng") == "chong"


def test_normalize_name_keeps_hangul_without_spaces() -> None:
    """Hangul survives normalization, recomposed into syllables, with spaces removed."""
    assert normalize_name("림 명철") == "림명철"
    assert normalize_name("림명철") == "림명철"


def test_name_digests_cover_the_reversed_word_order() -> None:
    """A name indexed as "Rim Il" is also found as "Il Rim", but not as a single word of it."""
    digests = name_digests(["Rim Il"])

    assert name_digests(["Il Rim"]) <= digests
    assert name_digests(["rim-il"]) <= digests
    assert not name_digests(["Rim"]) & digests


def test_name_digests_are_empty_for_a_name_with_no_letters() -> None:
    """Blank or punctuation-only names add nothing to the index."""
    assert name_digests(["", "  ", "-"]) == set()


def test_the_blind_index_depends_on_its_key() -> None:
    """The digest is keyed (an HMAC), not a plain hash anyone could compute from a name list."""
    with override_settings(BLIND_INDEX_KEY="first-key"):
        first = blind_index("rimmyongchol")
    with override_settings(BLIND_INDEX_KEY="second-key"):
        second = blind_index("rimmyongchol")

    assert first != second
    assert len(first) == 64


def test_an_encrypted_field_refuses_substring_lookups() -> None:
    """Filtering an encrypted column with icontains is an error, not a silent empty result."""
    with pytest.raises(FieldError):
        Person.objects.filter(name_romanized__icontains="x")


def test_an_encrypted_field_refuses_range_lookups() -> None:
    """Comparisons on ciphertext would be meaningless, so range lookups are refused too."""
    with pytest.raises(FieldError):
        Person.objects.filter(name_hangul__gt="림")


def test_a_malformed_key_fails_the_system_check() -> None:
    """A key that is not a Fernet key is reported by `manage.py check`, before any save."""
    with override_settings(FIELD_ENCRYPTION_KEYS=["not-a-key"]):
        errors = check_encryption_keys()
    assert [error.id for error in errors] == ["testimony.E001"]
    assert "not a Fernet key" in errors[0].msg

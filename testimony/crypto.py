"""Field encryption at rest and keyed blind indexes of names.

Identity-bearing text (names, aliases, contact details, narratives) is stored as Fernet tokens
(AES-128-CBC with HMAC-SHA256, from `cryptography`). `settings.FIELD_ENCRYPTION_KEYS` is a list:
the first key encrypts, every key decrypts, so a new key can be put first and old rows re-encrypted
at leisure.

Exact look-up of a person by name never decrypts anything: each normalized name variant is turned
into an HMAC-SHA256 digest under `settings.BLIND_INDEX_KEY`, and the digests are what the database
holds and compares.
"""

import hashlib
import hmac
import unicodedata
from functools import cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.db import models

from testimony.text import NormalizedTextMixin

TOKEN_PREFIX = "fernet:"  # noqa: S105 (a marker, not a secret)


class DecryptionError(Exception):
    """A stored value could not be decrypted with any configured key."""


@cache
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    try:
        return MultiFernet([Fernet(key.strip().encode()) for key in keys])
    except ValueError:
        raise ImproperlyConfigured(
            "FIELD_ENCRYPTION_KEYS holds a value that is not a Fernet key "
            "(32 url-safe base64-encoded bytes)."
        ) from None


def fernet() -> MultiFernet:
    return _fernet(tuple(settings.FIELD_ENCRYPTION_KEYS))


def encrypt(plaintext: str) -> str:
    return TOKEN_PREFIX + fernet().encrypt(plaintext.encode("utf-8")).decode("ascii")


def decrypt(stored: str) -> str:
    if not stored.startswith(TOKEN_PREFIX):
        raise DecryptionError("The stored value is not an encrypted token.")
    try:
        return fernet().decrypt(stored[len(TOKEN_PREFIX) :].encode("ascii")).decode("utf-8")
    except InvalidToken:
        raise DecryptionError("No configured key decrypts this value.") from None


def reencrypt(stored: str) -> str:
    """Return the token re-encrypted under the newest key (for key rotation)."""
    if not stored.startswith(TOKEN_PREFIX):
        raise DecryptionError("The stored value is not an encrypted token.")
    try:
        token = fernet().rotate(stored[len(TOKEN_PREFIX) :].encode("ascii"))
    except InvalidToken:
        raise DecryptionError("No configured key decrypts this value.") from None
    return TOKEN_PREFIX + token.decode("ascii")


def encrypted_with_newest_key(stored: str) -> bool:
    """Whether the token was made with the first configured key.

    A Fernet token does not say which key made it, so the only way to tell is to check it with
    the newest key alone: its HMAC verifies under that key and no other.
    """
    if not stored.startswith(TOKEN_PREFIX):
        return False
    newest = _fernet((settings.FIELD_ENCRYPTION_KEYS[0],))
    try:
        newest.decrypt(stored[len(TOKEN_PREFIX) :].encode("ascii"))
    except InvalidToken:
        return False
    return True


class EncryptedTextField(NormalizedTextMixin, models.TextField):
    """A text column whose value is encrypted before it reaches the database.

    Empty strings stay empty (there is nothing to protect, and forms treat blank as empty).
    The column cannot be filtered on (ordering would sort ciphertext); search uses blind indexes
    or anonymized text. The plaintext is free text, normalized at the door (testimony/text.py),
    unless `normalize=False`: a JSON document or a key is not free text, and rewriting its line
    breaks could break it.
    """

    description = "Text encrypted at rest"

    def __init__(self, *args: object, normalize: bool = True, **kwargs: object) -> None:
        self.normalize = normalize
        super().__init__(*args, **kwargs)

    def deconstruct(self) -> tuple:
        name, path, args, kwargs = super().deconstruct()
        if not self.normalize:
            kwargs["normalize"] = False
        return name, path, args, kwargs

    def from_db_value(
        self, value: str | None, expression: object, connection: object
    ) -> str | None:
        if value is None or value == "":
            return value
        return decrypt(value)

    def get_prep_value(self, value: object) -> str | None:
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encrypt(value)

    def get_lookup(self, lookup_name: str) -> type | None:
        # Each encryption of a value differs, so only "is it set" can be asked of the column.
        if lookup_name != "isnull":
            return None
        return super().get_lookup(lookup_name)


def normalize_name(name: str) -> str:
    """Fold a name to the form the blind index compares: no case, accents, spaces or punctuation.

    "Myeong-chul", "Myeong Chul" and "MYEONGCHUL" all become "myeongchul"; "Chŏng" becomes
    "chong"; Hangul is kept, recomposed, without spaces.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    kept = []
    for char in decomposed:
        if unicodedata.combining(char):
            continue
        if char.isalnum():
            kept.append(char.lower())
    return unicodedata.normalize("NFC", "".join(kept))


def blind_index(normalized: str) -> str:
    key = settings.BLIND_INDEX_KEY.encode("utf-8")
    return hmac.new(key, normalized.encode("utf-8"), hashlib.sha256).hexdigest()


def name_digests(names: list[str]) -> set[str]:
    """Digests of every variant of the given names that the index should answer to.

    Each name is indexed as written and with its words in reverse order ("Rim Il" and "Il Rim").
    Romanization variants of Korean names are added by the anonymization module when it lands.
    """
    variants: set[str] = set()
    for name in names:
        words = name.split()
        for candidate in (words, list(reversed(words))):
            normalized = normalize_name(" ".join(candidate))
            if normalized:
                variants.add(normalized)
    return {blind_index(variant) for variant in variants}


def check_encryption_keys(**kwargs: object) -> list[checks.CheckMessage]:
    """System check: every configured key is usable, so a typo fails at start-up, not mid-save."""
    try:
        fernet()
    except ImproperlyConfigured as error:
        return [checks.Error(str(error), id="testimony.E001")]
    return []

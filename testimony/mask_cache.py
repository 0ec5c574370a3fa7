"""Machine-redacted texts kept in this process's memory, so that a page shown again (the
detail page, the edit form, the versions page) does not run the anonymizer again.

Only what a page shows masked is kept, never the original, and only in memory: nothing is
written to disk or to a shared cache. An entry is found by a keyed hash (a key drawn when the
process starts) of everything the redaction depends on: the text, the testimony's persons with
their pseudonyms, the public figures, the contact details and whether the Korean analyser
runs. A change to any of them gives another key, so an entry is never stale: old ones are
simply pushed out, least recently used first, once the cache holds more characters than
`TESTIMONY_MASK_CACHE_CHARS`.
"""

import hashlib
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable

from django.conf import settings

# Drawn per process: a key means nothing outside it and is never stored.
_SECRET = secrets.token_bytes(32)


def cache_key(*parts: str | int | bytes) -> bytes:
    """A keyed hash of `parts`, each length-prefixed so that ("ab", "c") and ("a", "bc") differ."""
    digest = hashlib.blake2b(key=_SECRET, digest_size=32)
    for part in parts:
        data = part if isinstance(part, bytes) else str(part).encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.digest()


def fingerprint(values: Iterable[str | int]) -> bytes:
    """One key for everything a redaction depends on besides its text."""
    return cache_key(*values)


class MaskCache:
    """A least-recently-used map of keys to masked texts, bounded in characters."""

    def __init__(self) -> None:
        self._entries: OrderedDict[bytes, str] = OrderedDict()
        self._chars = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get_or_make(self, key: bytes, make: Callable[[], str]) -> str:
        """The text kept under `key`, else `make()`, kept if it fits."""
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
                self.hits += 1
                return found
            self.misses += 1
        # Made outside the lock: the anonymizer takes long, and two requests making the same
        # text at once only do the work twice.
        made = make()
        self._keep(key, made)
        return made

    def _keep(self, key: bytes, text: str) -> None:
        limit = settings.TESTIMONY_MASK_CACHE_CHARS
        if len(text) > limit:
            return
        with self._lock:
            previous = self._entries.pop(key, None)
            if previous is not None:
                self._chars -= len(previous)
            self._entries[key] = text
            self._chars += len(text)
            while self._chars > limit:
                _key, dropped = self._entries.popitem(last=False)
                self._chars -= len(dropped)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._chars = 0
            self.hits = self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)


masked_texts = MaskCache()

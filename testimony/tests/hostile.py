"""Hostile input for the fuzz tests (`test_fuzz_*.py`), and what every answer to it must be.

What people and attackers really send: NUL and other controls, lone surrogates, bidirectional
overrides, zero-width characters, fullwidth letters, digits of other scripts, five-megabyte
fields, impossible dates, huge and negative numbers, a list where one value is expected.

A lone surrogate cannot be typed into a page: it arrives as bytes that are not UTF-8 (ED A0 80,
or %ED%A0%80 in a URL), and in JSON as the escape "\\ud800". So requests here are sent as bytes
built by `urlencoded` and `multipart` (Django's test client refuses to encode a surrogate), and
what the server reads is `received(value)`: the bytes decoded as Django decodes them, each
invalid byte becoming U+FFFD.

Every answer: never a 5xx and nothing logged at ERROR (`answered`); a refused form comes back
with an error in words (`assert_error_in_words`) and with every typed value on the page again
(`assert_shown_again`). Examples are derived from each test's name (derandomize, no example
database), so every run and CI try the same ones; the counts are small for speed.
"""

import logging
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from urllib.parse import quote_plus

from django.http import HttpResponse
from django.test import Client
from django.utils.html import escape
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

from testimony.text import normalize_text

# A value as sent: text (lone surrogates allowed, sent as their invalid UTF-8 bytes) or bytes.
Value = str | bytes
# A form as sent: pairs, so that a key may repeat (a list where one value is expected).
Pairs = list[tuple[str, Value]]

FUZZ = settings(
    max_examples=4,
    deadline=None,
    derandomize=True,
    database=None,
    # No shrinking: a failure is reported as found (a shrink of a page request can take minutes).
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)

NUL = "\x00"
RTL_OVERRIDE = "\u202e"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
FULLWIDTH = "ＲＩＭ　Ｍｙｏｎｇ－ｃｈｏｌ"
LONE_SURROGATE = "\ud800"
NOT_UTF8 = b"\xff\xfe\xc0\xaf\xed\xa0\x80"
FIVE_MB = 5 * 1024 * 1024

HOSTILE_TEXTS: list[Value] = [
    NUL,
    f"Rim{NUL}Myong-chol",
    LONE_SURROGATE,
    f"림명철{LONE_SURROGATE}\udfff",
    NOT_UTF8,
    f"{RTL_OVERRIDE}fdp.exe",
    f"Kim{ZERO_WIDTH}Chol",
    FULLWIDTH,
    "٢٠١٥ and ２０１５ and ۲۰۱۵",
    "\r\n\u2028\u2029\x0b\x0c\x85",
    "\x1b[2J\x07\x7f\x9b",
    "<script>alert(1)</script>",
    '=HYPERLINK("http://example.org","x")',
    "{{ request.user }}{% debug %}",
    "%s %(name)s {0}",
    "'; DROP TABLE testimony_testimony; --",
    "림명철 Rim Myong-chol Рим 林",
    "👩‍👩‍👧 🇰🇵",
    "  ",
]
# Dates no interview, consent or petition can have, or written in digits the server must refuse.
IMPOSSIBLE_DATES = [
    "0001-01-01",
    "9999-12-31",
    "2015-02-30",
    "1944-12-31",
    "1900-01-01",
    "2015-13-01",
    "٢٠١٥-٠٣-١٤",
    "２０１５-０３-１４",
    "-2015-03-14",
    "2015-03-14T25:00",
    "14/03/2015",
    "99999-01-01",
]
# Partial dates (year, year-month) of the same kinds.
IMPOSSIBLE_PARTIAL_DATES = [
    "0001",
    "9999",
    "1944",
    "2015-00",
    "2015-13",
    "2015-02-30",
    "٢٠١٥",
    "２０１５-０６",
    "۲۰۱۵",
    "20150",
    "-2015",
]
HOSTILE_NUMBERS = [
    "-1",
    "0",
    "-0",
    "99999999999999999999999999999",
    "-9223372036854775809",
    "9223372036854775808",
    "1e309",
    "NaN",
    "inf",
    "٣",
    "１２",
    "1_000",
    "0x10",
    "12.5",
    "1,000",
    " 12 ",
]

characters = st.one_of(
    st.characters(min_codepoint=0x00, max_codepoint=0x1F),  # controls, NUL too
    st.integers(0xD800, 0xDFFF).map(chr),  # lone surrogates
    st.sampled_from(list("\u200b\u200c\u200d\u2060\ufeff\u202a\u202b\u202d\u202e\u2066\u2069")),
    st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E),  # fullwidth
    st.characters(categories=["Nd"]),  # digits of every script
    st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),  # Hangul syllables
    st.characters(min_codepoint=0x1100, max_codepoint=0x11FF),  # Hangul jamo (NFD)
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.characters(codec="utf-8"),
)
texts: st.SearchStrategy[Value] = st.one_of(
    st.sampled_from(HOSTILE_TEXTS),
    st.text(characters, max_size=30),
    st.lists(st.sampled_from([v for v in HOSTILE_TEXTS if isinstance(v, str)]), max_size=4).map(
        "".join
    ),
    st.binary(max_size=20),
)
dates = st.one_of(st.sampled_from(IMPOSSIBLE_DATES), texts)
partial_dates = st.one_of(st.sampled_from(IMPOSSIBLE_PARTIAL_DATES), texts)
numbers = st.one_of(
    st.sampled_from(HOSTILE_NUMBERS),
    st.integers(-(2**80), 2**80).map(str),
    texts,
)


def wire(value: Value) -> bytes:
    """The bytes a value travels as: lone surrogates as the invalid UTF-8 a client sends."""
    return value if isinstance(value, bytes) else value.encode("utf-8", "surrogatepass")


def received(value: Value) -> str:
    """What the server reads of a value: each invalid byte becomes U+FFFD."""
    return wire(value).decode("utf-8", "replace")


def pairs(data: Mapping[str, Value | list[Value]] | Iterable[tuple[str, Value]]) -> Pairs:
    """A form as a list of (name, value), a list value giving its name once per item."""
    if not isinstance(data, Mapping):
        return list(data)
    found: Pairs = []
    for name, value in data.items():
        for item in value if isinstance(value, list) else [value]:
            found.append((name, item))
    return found


def urlencoded(data: Mapping[str, Value | list[Value]] | Iterable[tuple[str, Value]]) -> str:
    """A form body or a query string, percent-encoded byte by byte."""
    return "&".join(f"{quote_plus(wire(k))}={quote_plus(wire(v))}" for k, v in pairs(data))


BOUNDARY = "HostileBoundary7MA4YWxkTrZu0gW"


def multipart(fields: Pairs, files: list[tuple[str, Value, bytes]]) -> bytes:
    """A multipart body with (field, filename, content) files; the filename as raw bytes."""
    parts = []
    for name, value in fields:
        parts.append(
            b'--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n'
            % (BOUNDARY.encode(), wire(name), wire(value))
        )
    for name, filename, content in files:
        parts.append(
            b'--%s\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\n'
            b"Content-Type: application/octet-stream\r\n\r\n%s\r\n"
            % (BOUNDARY.encode(), wire(name), wire(filename).replace(b'"', b"%22"), content)
        )
    return b"".join(parts) + b"--%s--\r\n" % BOUNDARY.encode()


class ErrorsLogged(logging.Handler):
    """Collects what is logged at ERROR or above while a request runs."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def errors_logged() -> Iterator[list[logging.LogRecord]]:
    handler = ErrorsLogged()
    # The passkey library's logger does not propagate (settings.LOGGING).
    loggers = [logging.getLogger(), logging.getLogger("django_otp_webauthn")]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        yield handler.records
    finally:
        for logger in loggers:
            logger.removeHandler(handler)


def hostile_client() -> Client:
    """A test client that answers a server error as a browser would see it (500), not by
    raising, so that the test checks the answer itself."""
    return Client(raise_request_exception=False)


def assert_answered(response: HttpResponse, logged: list[logging.LogRecord]) -> None:
    """A page, a redirect or a refusal in words: never a server error, nothing logged as one."""
    problems = [f"{r.levelname} {r.name}: {r.getMessage()}" for r in logged]
    for record in logged:
        if record.exc_info:
            import traceback

            problems.append("".join(traceback.format_exception(*record.exc_info))[-3000:])
    assert response.status_code < 500, (response.status_code, problems)
    assert not logged, problems


def post(client: Client, url: str, data: object, **extra: object) -> HttpResponse:
    """POST a form (a mapping or pairs) as a browser would, hostile bytes and all."""
    with errors_logged() as logged:
        response = client.post(
            url, urlencoded(data), content_type="application/x-www-form-urlencoded", **extra
        )
    assert_answered(response, logged)
    return response


def post_multipart(
    client: Client, url: str, fields: Pairs, files: list[tuple[str, Value, bytes]]
) -> HttpResponse:
    with errors_logged() as logged:
        response = client.post(
            url,
            multipart(fields, files),
            content_type=f"multipart/form-data; boundary={BOUNDARY}",
        )
    assert_answered(response, logged)
    return response


def get(client: Client, url: str, params: object = ()) -> HttpResponse:
    """GET with a query string percent-encoded byte by byte (%ED%A0%80 for a lone surrogate)."""
    query = urlencoded(params)
    with errors_logged() as logged:
        response = client.get(f"{url}?{query}" if query else url)
    assert_answered(response, logged)
    return response


ERROR_MARKS = ("invalid-feedback", "alert-danger", "errorlist", "is-invalid")


def assert_error_in_words(response: HttpResponse) -> None:
    """A refused form says what is wrong, beside the field or above the form."""
    content = response.content.decode()
    assert any(mark in content for mark in ERROR_MARKS), "no error shown"


def shown_forms(value: Value) -> list[str]:
    """How a typed value may appear again: as read, or normalized at the door (text.py)."""
    text = received(value)
    return [escape(text), escape(normalize_text(text))]


def assert_shown_again(response: HttpResponse, typed: Mapping[str, Value]) -> None:
    """Every typed free-text value is on the page again, escaped: nothing typed is lost."""
    content = response.content.decode()
    for name, value in typed.items():
        if not normalize_text(received(value)).strip():
            continue
        assert any(form in content for form in shown_forms(value)), f"{name} was not shown again"


def no_controls(text: str) -> bool:
    """Stored free text holds no NUL or other C0 control but TAB and LF, and no surrogate."""
    return not any(
        (ord(char) < 0x20 and char not in "\t\n") or 0xD800 <= ord(char) <= 0xDFFF for char in text
    )

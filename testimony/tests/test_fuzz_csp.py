"""The CSP report endpoint under generated hostile input: NUL and other controls, lone
surrogates, bidirectional overrides, zero-width and fullwidth characters, non-ASCII digits,
Unicode line separators and huge strings, in every field of both report formats and as raw bytes.

Whatever is posted, the answer is 204, 400 or 413, never a 500, and each report is at most one
log line of printable ASCII. Examples are derived from each test's name (derandomize).
"""

import json
import logging

import pytest
from django.core.cache import cache
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

URL = "/csp-report/"
FUZZ = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)

HOSTILE = [
    "\x00",
    "\n",
    "\r\n",
    "\x1b[2J",
    "\u2028",
    "\u2029",
    "\u0085",
    "\u202e",  # right-to-left override
    "\u2066\u2069",  # isolates
    "\u200b\u200c\u200d\ufeff",  # zero-width
    "ｓｃｒｉｐｔ－ｓｒｃ",  # fullwidth
    "١٢٣۴۵۶߀०৯",  # Arabic, Persian, N'Ko, Devanagari, Bengali digits
    "WARNING forged line",
    '"}, {"directive": "forged',
    "%s %(name)s {0}",
    "http://[::1",  # not a valid URL
]
characters = st.one_of(
    st.characters(min_codepoint=0x0000, max_codepoint=0x001F),  # controls, NUL too
    st.integers(0xD800, 0xDFFF).map(chr),  # lone surrogates
    st.sampled_from(list("\u200b\u200d\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2069")),
    st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E),  # fullwidth
    st.characters(categories=["Nd"]),  # digits of every script
    st.characters(min_codepoint=0x0020, max_codepoint=0x007E),
    st.characters(codec="utf-8"),
)
texts = st.one_of(
    st.text(characters, max_size=60),
    st.sampled_from(HOSTILE),
    st.lists(st.sampled_from(HOSTILE), min_size=1, max_size=6).map("".join),
    # Huge: thousands of characters (the body may then be over the limit: 413).
    st.builds(
        lambda piece, times: piece * times,
        st.text(characters, min_size=1, max_size=8),
        st.integers(100, 4000),
    ),
)
values = st.one_of(texts, st.none(), st.integers(), st.lists(texts, max_size=3))

uri_report = st.builds(
    lambda fields: {"csp-report": fields},
    st.fixed_dictionaries(
        {},
        optional={
            "document-uri": values,
            "violated-directive": values,
            "effective-directive": values,
            "blocked-uri": values,
            "script-sample": values,
        },
    ),
)
api_reports = st.lists(
    st.fixed_dictionaries(
        {"type": st.sampled_from(["csp-violation", "deprecation"])},
        optional={
            "url": values,
            "body": st.fixed_dictionaries(
                {},
                optional={
                    "effectiveDirective": values,
                    "violatedDirective": values,
                    "blockedURL": values,
                    "sample": values,
                },
            ),
        },
    ),
    max_size=25,
)


def post_and_check(body: bytes, content_type: str, caplog: pytest.LogCaptureFixture) -> None:
    """Posts once with a fresh quota; the answer is never a 500 and every line is one line."""
    cache.clear()
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="config.csp_report"):
        status = Client().post(URL, body, content_type=content_type).status_code
    assert status in (204, 400, 413), status
    lines = [r.getMessage() for r in caplog.records if r.name == "config.csp_report"]
    assert len(lines) <= 20
    if status != 204:
        assert lines == []
    for line in lines:
        assert line.isascii(), line
        assert line.isprintable(), line
        assert len(line) < 3000
        json.loads(line.removeprefix("CSP violation "))


@FUZZ
@given(payload=uri_report)
def test_a_report_uri_report_answers_on_one_line(
    payload: dict[str, object], caplog: pytest.LogCaptureFixture
) -> None:
    body = json.dumps(payload).encode()
    post_and_check(body, "application/csp-report", caplog)


@FUZZ
@given(payload=api_reports)
def test_reporting_api_reports_answer_on_one_line_each(
    payload: list[object], caplog: pytest.LogCaptureFixture
) -> None:
    body = json.dumps(payload).encode()
    post_and_check(body, "application/reports+json", caplog)


@FUZZ
@given(
    body=st.one_of(
        st.binary(max_size=200),
        texts.map(lambda text: text.encode("utf-8", "surrogatepass")),
        st.builds(
            lambda text: b'{"csp-report": {"blocked-uri": "' + text + b'"}}',
            texts.map(lambda text: text.encode("utf-8", "surrogatepass")),
        ),
    )
)
def test_raw_bodies_answer_without_a_server_error(
    body: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    post_and_check(body, "application/csp-report", caplog)

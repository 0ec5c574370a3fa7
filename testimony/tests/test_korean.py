"""The Korean interface: the language switch, Korean pages and messages, and a complete catalogue.

The catalogue is locale/ko/LC_MESSAGES/django.po, compiled to django.mo beside it; both are in
the repository, so these tests need no gettext tools.
"""

import gettext
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from testimony.models import Anonymization, Country, Sector, Testimony
from testimony.tests.test_reveal import reveal_identities

pytestmark = pytest.mark.django_db

CATALOGUE = Path(settings.LOCALE_PATHS[0]) / "ko" / "LC_MESSAGES" / "django.po"
COMPILED = CATALOGUE.with_suffix(".mo")

KOREAN_STATUSES = [
    "초안",
    "제출됨",
    "검토 중",
    "수정 요청됨",
    "검증됨",
    "승인됨",
    "반려됨",
    "동의 철회됨",
    "보관됨",
]
KOREAN_ILO_INDICATORS = [
    "취약성 악용",
    "기만",
    "이동의 제한",
    "고립",
    "신체적·성적 폭력",
    "위협 및 협박",
    "신분증 압수",
    "임금 체불(임금 미지급/유보)",
    "부채 속박",
    "열악한 근로 및 생활 조건",
    "과도한 초과근무",
]
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")


@pytest.fixture
def korean_alice(client: Client, alice: User) -> Client:
    """Alice, logged in, having chosen Korean with the header's language switch."""
    client.force_login(alice)
    response = client.post(
        reverse("set_language"), {"language": "ko", "next": reverse("testimony:dashboard")}
    )
    assert response.status_code == 302
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ko"
    return client


@pytest.fixture
def korean_bob(bob: User) -> Client:
    """Bob, a reviewer, logged in with his own client, having chosen Korean."""
    client = Client()
    client.force_login(bob)
    response = client.post(
        reverse("set_language"), {"language": "ko", "next": reverse("testimony:review_queue")}
    )
    assert response.status_code == 302
    return client


def _entries(path: Path) -> list[dict[str, object]]:
    """The entries of a .po file as dicts: msgid, msgid_plural, msgstr, msgstr[N], flags."""
    entries: list[dict[str, object]] = []
    for block in path.read_text(encoding="utf-8").strip().split("\n\n"):
        entry: dict[str, object] = {"flags": set()}
        key = None
        for line in block.splitlines():
            if line.startswith("#,"):
                entry["flags"] |= {flag.strip() for flag in line[2:].split(",")}
            elif line.startswith("#"):
                continue
            elif line.startswith('"'):
                entry[key] += _unquote(line)
            else:
                key, _, quoted = line.partition(" ")
                entry[key] = _unquote(quoted)
        entries.append(entry)
    return entries


def _unquote(quoted: str) -> str:
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
    return re.sub(r"\\(.)", lambda match: escapes[match.group(1)], quoted.strip()[1:-1])


def _messages() -> list[dict[str, object]]:
    return [entry for entry in _entries(CATALOGUE) if entry.get("msgid")]


def _translation(entry: dict[str, object]) -> str:
    return entry["msgstr[0]"] if "msgid_plural" in entry else entry["msgstr"]


def test_the_language_switch_turns_the_dashboard_korean(
    korean_alice: Client, make_testimony: Callable[..., Testimony]
) -> None:
    """After choosing Korean, the dashboard's headings, buttons and statuses are in Korean."""
    make_testimony()
    response = korean_alice.get(reverse("testimony:dashboard"))
    assert response.status_code == 200
    assert b'<html lang="ko">' in response.content
    for text in [
        "· 증언</title>",
        '<h1 class="h3">대시보드</h1>',
        "새 증언 기록",
        "상태별 증언 (총 1건)",
        "내 초안 및 수정 요청 건",
        "최근 활동",
        "로그아웃",
        *KOREAN_STATUSES,
    ]:
        assert text in response.content.decode(), text
    assert "Dashboard" not in response.content.decode()


def test_the_list_page_is_korean(
    korean_alice: Client, make_testimony: Callable[..., Testimony]
) -> None:
    """The search page shows Korean filters, result count and column headings."""
    make_testimony()
    response = korean_alice.get(reverse("testimony:list"))
    content = response.content.decode()
    for text in [
        '<h1 class="h3 mb-3">증언 찾기</h1>',
        "모든 상태",
        "모든 국가",
        "근무 시작 (연도)",
        "증언 1건 검색됨",
        "사건 번호",
        "면담자",
        "면담일",
        "초기화",
    ]:
        assert text in content, text


def test_the_new_testimony_form_is_korean(korean_alice: Client) -> None:
    """The entry form's title, sections, buttons and the eleven ILO indicators are in Korean."""
    response = korean_alice.get(reverse("testimony:create"))
    content = response.content.decode()
    for text in [
        '<h1 class="h3 mb-3">',
        "새 증언",
        "사건 번호는 저장할 때 부여됩니다.",
        "해외 노동",
        "모집 및 임금",
        "ILO 강제노동 지표",
        "인물 추가",
        "지표 추가",
        "언급 없음",
        "강압 하의 노동과 생활",
        *KOREAN_ILO_INDICATORS,
    ]:
        assert text in content, text


def test_the_detail_page_is_korean(
    korean_alice: Client, make_testimony: Callable[..., Testimony]
) -> None:
    """A testimony's page labels its sections, facts, consent and vocabulary in Korean."""
    testimony = make_testimony(
        country=Country.objects.get(code="russia"), sector=Sector.objects.get(code="logging")
    )
    content = korean_alice.get(testimony.get_absolute_url()).content.decode()
    for text in [
        "실명 보기",
        "면담",
        "진술",
        "사실 정보",
        "여권 압수",
        "관련 인물",
        "동의",
        "증인",
        "러시아",
        "벌목",
    ]:
        assert text in content, text


def test_the_review_queue_is_korean(
    korean_bob: Client, make_testimony: Callable[..., Testimony]
) -> None:
    """The review queue's heading, sections and columns are in Korean."""
    make_testimony(status="submitted")
    content = korean_bob.get(reverse("testimony:review_queue")).content.decode()
    for text in [
        '<h1 class="h3 mb-3">검토 대기열</h1>',
        "나에게 배정됨",
        "검토자 배정 대기",
        "다른 검토자에게 배정됨",
        "대기 시간",
        "검토자",
    ]:
        assert text in content, text
    assert "Review queue" not in content


def test_the_four_eyes_refusal_is_korean(
    korean_bob: Client, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    """A reviewer who entered a testimony reads in Korean why someone else must review it."""
    testimony = make_testimony(status="in_review", created_by=bob, updated_by=bob)
    content = korean_bob.get(testimony.get_absolute_url()).content.decode()
    for text in [
        "사실 정보 및 지표 검증",
        "이 증언을 본인이 입력했으므로 다른 검토자가 검증해야 합니다.",
        "이 증언을 본인이 입력했으므로 다른 검토자가 검토해야 합니다.",
        "이 증언을 본인이 입력했으므로 다른 검토자가 결정해야 합니다.",
    ]:
        assert text in content, text
    assert "You entered this testimony" not in content


def test_the_last_editor_refusal_is_korean(
    korean_bob: Client, alice: User, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    """A reviewer who made the last edit is told in Korean that another reviewer must act."""
    testimony = make_testimony(status="in_review", created_by=alice, updated_by=bob)
    content = korean_bob.get(testimony.get_absolute_url()).content.decode()
    assert "이 증언을 마지막으로 편집한 사람이 본인이므로 다른 검토자가 검증해야 합니다." in content


def test_petitions_and_redaction_review_are_korean(
    client: Client, carol: User, make_testimony: Callable[..., Testimony]
) -> None:
    """A coordinator who chose Korean reads the petitions page and redaction review in Korean."""
    client.force_login(carol)
    client.post(reverse("set_language"), {"language": "ko", "next": reverse("testimony:petitions")})
    petitions = client.get(reverse("testimony:petitions")).content.decode()
    assert '<h1 class="h3">청원</h1>' in petitions
    assert "아직 청원이 없습니다." in petitions
    assert "Petitions" not in petitions

    testimony = make_testimony(status="verified")
    reveal_identities(client, testimony, "redaction")
    response = client.get(reverse("testimony:redactions", args=[testimony.uuid]))
    assert response.status_code == 200
    content = response.content.decode()
    for text in [
        f"{testimony.case_code} 가림 처리",
        "원문 진술",
        "선택한 부분 가림 처리",
        "익명화 텍스트 승인",
        "증언으로 돌아가기",
    ]:
        assert text in content, text
    assert "Redactions of" not in content
    assert "Approve the anonymized text" not in content


def test_the_login_page_follows_the_browser_language(client: Client) -> None:
    """A browser that asks for Korean gets a Korean login page, before anyone has logged in."""
    response = client.get(reverse("login"), headers={"accept-language": "ko"})
    content = response.content.decode()
    assert '<html lang="ko">' in content
    assert '<h1 class="h3 mb-3">로그인</h1>' in content
    assert "사용자 이름" in content
    assert "본문으로 건너뛰기" in content
    assert "Log in" not in content


def test_a_failed_login_is_explained_in_korean(client: Client, alice: User) -> None:
    """A wrong password is reported in Korean."""
    response = client.post(
        reverse("login"),
        {"username": "alice", "password": "wrong"},
        headers={"accept-language": "ko"},
    )
    assert "일치하는 활성 계정이 없습니다" in response.content.decode()


def test_validation_errors_of_the_entry_form_are_korean(korean_alice: Client) -> None:
    """A rejected entry shows Django's and the project's own error messages in Korean."""
    management = {
        f"{prefix}-{name}": value
        for prefix in ("persons", "indicators", "postings", "entities")
        for name, value in [
            ("TOTAL_FORMS", "1" if prefix == "postings" else "0"),
            ("INITIAL_FORMS", "0"),
            ("MIN_NUM_FORMS", "0"),
            ("MAX_NUM_FORMS", "1000"),
        ]
    }
    response = korean_alice.post(
        reverse("testimony:create"), {**management, "postings-0-period_start": "2016-13"}
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "증언이 저장되지 않았습니다. 표시된 항목을 수정해 주세요." in content
    assert "필수 항목입니다." in content
    assert "월은 01에서 12 사이여야 합니다." in content
    assert "정확히 한 명 기록하세요" in content
    assert not Testimony.objects.exists()


def test_english_stays_the_default(client: Client, alice: User) -> None:
    """Without a choice of language the pages are in English."""
    client.force_login(alice)
    content = client.get(reverse("testimony:dashboard")).content.decode()
    assert '<h1 class="h3">Dashboard</h1>' in content
    assert "대시보드" not in content


def test_every_message_has_a_korean_translation() -> None:
    """No msgid in the Korean catalogue is untranslated or marked fuzzy."""
    entries = _entries(CATALOGUE)
    assert all("fuzzy" not in entry["flags"] for entry in entries)
    messages = _messages()
    assert len(messages) > 250
    untranslated = [entry["msgid"] for entry in messages if not _translation(entry).strip()]
    assert untranslated == []


def test_the_catalogue_declares_korean_and_one_plural_form() -> None:
    """The header names Korean, UTF-8 and a single plural form, and plurals have one msgstr."""
    header = next(entry for entry in _entries(CATALOGUE) if entry.get("msgid") == "")["msgstr"]
    assert "Language: ko\n" in header
    assert "charset=UTF-8" in header
    assert "Plural-Forms: nplurals=1; plural=0;\n" in header
    plurals = [entry for entry in _messages() if "msgid_plural" in entry]
    assert plurals
    assert all(entry["msgstr[0]"] and "msgstr[1]" not in entry for entry in plurals)


def test_translations_keep_every_placeholder() -> None:
    """Each %(name)s in an English message is also in its translation, and no other. Korean
    has one plural form, used for every count: it keeps the English plural's placeholders
    (the count among them), as msgfmt checks."""
    for entry in _messages():
        english = set(PLACEHOLDER.findall(entry.get("msgid_plural", entry["msgid"])))
        assert set(PLACEHOLDER.findall(_translation(entry))) == english, entry["msgid"]


def test_the_compiled_catalogue_matches_the_po_file() -> None:
    """django.mo was compiled from the current django.po (run compilemessages after editing)."""
    with COMPILED.open("rb") as file:
        compiled = gettext.GNUTranslations(file)
    for entry in _messages():
        if "msgid_plural" in entry:
            got = compiled.ngettext(entry["msgid"], entry["msgid_plural"], 2)
        else:
            got = compiled.gettext(entry["msgid"])
        assert got == _translation(entry), entry["msgid"]


class HangulSearchTests:
    """Search reads the approved anonymized narratives; Hangul words are found inside them on
    SQLite and PostgreSQL alike (a LIKE over the text; Korean needs no word splitting)."""

    @pytest.fixture
    def approved(self, carol: User, make_testimony: Callable[..., Testimony]) -> Testimony:
        testimony = make_testimony(status="approved")
        Anonymization.objects.create(
            testimony=testimony,
            version_number=1,
            original="저는 증인 A입니다. 도착하자마자 감독관 B가 여권을 가져갔습니다.",
            english="I am Witness A. As soon as we arrived supervisor B took my passport.",
            approved_by=carol,
            approved_at=timezone.now(),
        )
        return testimony

    def _found(self, client: Client, query: str) -> list[str]:
        response = client.get(reverse("testimony:list"), {"q": query})
        assert response.status_code == 200
        return [t.case_code for t in response.context["page"].object_list]

    def test_a_two_syllable_word_inside_a_korean_narrative_is_found(
        self, client: Client, bob: User, approved: Testimony
    ) -> None:
        """여권 (passport) is found inside 여권을, with its particle attached."""
        client.force_login(bob)
        assert self._found(client, "여권") == [approved.case_code]
        assert self._found(client, "감독관") == [approved.case_code]

    def test_a_word_not_in_any_narrative_finds_nothing(
        self, client: Client, bob: User, approved: Testimony
    ) -> None:
        client.force_login(bob)
        assert self._found(client, "벌목") == []

    def test_the_unapproved_narrative_is_not_searched(
        self, client: Client, bob: User, approved: Testimony
    ) -> None:
        """The original narrative may hold what redaction removed; it is never searched."""
        client.force_login(bob)
        assert "현장에서" in approved.narrative.original
        assert self._found(client, "현장에서") == []


# The directories whose files hold translatable strings (Python and templates).
SOURCES = ["accounts", "config", "templates", "testimony"]


@pytest.mark.skipif(
    not shutil.which("xgettext"), reason="needs GNU gettext (apt-get install gettext)"
)
def test_every_string_of_the_code_is_in_the_catalogue_and_translated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: object
) -> None:
    """makemessages over the current code adds no untranslated or fuzzy entry to a copy of the
    catalogue: every string someone added since the last translation pass is translated."""
    copy = tmp_path / "locale" / "ko" / "LC_MESSAGES" / "django.po"
    copy.parent.mkdir(parents=True)
    shutil.copy(CATALOGUE, copy)
    # makemessages writes into a `locale` directory beside the files it reads when there is one:
    # it reads the sources through links from a directory without one, so only the copy changes.
    sources = tmp_path / "sources"
    sources.mkdir()
    for name in SOURCES:
        (sources / name).symlink_to(Path(settings.BASE_DIR) / name)
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    monkeypatch.chdir(sources)
    call_command(
        "makemessages",
        locale=["ko"],
        symlinks=True,
        no_location=True,
        no_obsolete=True,
        verbosity=0,
    )
    entries = [entry for entry in _entries(copy) if entry.get("msgid")]
    missing = [
        entry["msgid"]
        for entry in entries
        if "fuzzy" in entry["flags"] or not _translation(entry).strip()
    ]
    assert missing == []


def test_wages_are_grouped_by_thousands_without_empty_decimals(
    korean_alice: Client, make_testimony: Callable[..., Testimony]
) -> None:
    """1200.00 reads 1,200 and 12.50 keeps its cents, in the Korean interface as in English."""
    testimony = make_testimony(
        promised_wage_amount=1200,
        promised_wage_currency="USD",
        promised_wage_period="month",
        received_wage_amount="12.50",
        received_wage_currency="USD",
        received_wage_period="month",
    )
    content = korean_alice.get(testimony.get_absolute_url()).content.decode()
    assert "1,200 USD" in content
    assert "12.50 USD" in content
    assert "1200.00" not in content

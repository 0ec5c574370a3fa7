"""How long the versions page takes to compare two versions of a long narrative.

Usage (from the repository root):

    .venv/bin/python bench/versions_diff.py [--runs 3] [--before] [--page] [--masked] [--detail]

Three cases, each an English-and-Korean narrative in the style of real ones, naming the
witness (Rim Myong-chol, 림명철) in both scripts:

- 80,000 characters with three words changed (start, middle, end);
- 5 MB with a few changes (three words and one paragraph rewritten);
- 5 MB completely rewritten (every word replaced).

It times `text_segments` (the word diff the page shows) and prints the median and the kind of
result (word runs, or the "too large" sentence). `--before` also times the diff as it was before
the changed region was trimmed (HEAD~ of `testimony/versions.py` is not needed: a copy of the
old loop is kept below), on the 80,000-character case only: the 5 MB cases take minutes to hours.
`--page` migrates a temporary SQLite database, saves each case as two versions of one testimony
and requests the versions page through Django's test client as a signed-in reviewer, with the
real names shown (a grant in the session); `--masked` also requests each case
machine-redacted (no grant): once with the process's cache of masked texts emptied before each
request (a first view), once with it kept (the same page again), and, on the 80,000-character
case, times the redaction as it was before (the anonymizer over both whole versions, then the
diff of the redacted texts; on 5 MB minutes, not waited for). The Korean analyser is loaded
before anything is timed. `--detail` (with `--page`) times the masked detail page and edit
form of a 20,000-character Korean narrative with the cache emptied before each request (what
every request cost before it) and again.
Not run by CI.
"""

import argparse
import difflib
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ENGLISH = (
    "We worked on the construction site from six in the morning until late at night. "
    "The minders kept our passports and paid the wages to the company, not to us. "
    "When a worker fell ill nobody was allowed to take him to the hospital. "
    "In the second year they told us the plan had not been met and cut our rations. "
    "Rim Myong-chol told the minder that his wife was ill. "
)
KOREAN = (
    "우리는 아침 여섯 시부터 밤늦게까지 건설 현장에서 일했습니다. "
    "감시원들이 여권을 가져갔고 임금은 회사에 지급되었습니다. "
    "일꾼이 병에 걸려도 병원에 데려갈 수 없었습니다. "
    "둘째 해에는 계획을 못 했다며 배급을 줄였습니다. "
    "림명철은 감시원에게 아내가 아프다고 말했습니다. "
)


def narrative(size: int, seed: int) -> str:
    """About `size` characters of paragraphs, each a shuffled mix of the sentences above."""
    rng = random.Random(seed)
    sentences = [s + "." for s in (ENGLISH + KOREAN).split(". ") if s.strip(". ")]
    paragraphs, length = [], 0
    while length < size:
        paragraph = " ".join(rng.choice(sentences) for _ in range(6)) + f" ({len(paragraphs)})"
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:size]


def three_words_changed(text: str) -> str:
    """The word nearest the start, the middle and the end of `text` replaced."""
    for at in (len(text) - 200, len(text) // 2, 100):
        start = text.index(" ", at) + 1
        end = text.index(" ", start)
        text = text[:start] + "CHANGED" + text[end:]
    return text


def few_changes(text: str) -> str:
    """Three words changed and one paragraph a third of the way in rewritten."""
    text = three_words_changed(text)
    start = text.index("\n\n", len(text) // 3) + 2
    end = text.index("\n\n", start)
    return text[:start] + " ".join(reversed(text[start:end].split(" "))) + text[end:]


def rewritten(text: str) -> str:
    """Every word replaced: nothing is left to match but spaces and signs."""
    return " ".join(f"w{i}" for i, _ in enumerate(text.split(" ")))[: len(text)]


def cases() -> list[tuple[str, str, str]]:
    small = narrative(80_000, seed=1)
    large = narrative(5_000_000, seed=2)
    return [
        ("80,000 chars, three words changed", small, three_words_changed(small)),
        ("5 MB, a few changes", large, few_changes(large)),
        ("5 MB, completely rewritten", large, rewritten(large)),
    ]


def before_text_segments(old: str, new: str) -> list[tuple[str, str]]:
    """The diff as it was before this benchmark: the whole texts, token by token."""
    from testimony.versions import _tokens

    old_tokens, new_tokens = _tokens(old), _tokens(new)
    matcher = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    return [(tag, "") for tag, *_ in matcher.get_opcodes()]


def timed(function: Callable[[], object], runs: int) -> tuple[float, object]:
    timings, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = function()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings), result


def describe(segments: list[tuple[str, str]]) -> str:
    if segments and segments[0][0] == "note":
        return segments[0][1]
    changed = sum(len(text) for kind, text in segments if kind != "same")
    return f"{len(segments)} runs, {changed:,} characters marked"


def bench_diff(runs: int, before: bool) -> None:
    from testimony.versions import text_segments

    print(f"{'case':<36} {'median s':>9}  result")
    for name, old, new in cases():
        seconds, segments = timed(lambda old=old, new=new: text_segments(old, new), runs)
        print(f"{name:<36} {seconds:>9.3f}  {describe(segments)}")
        if before and len(old) < 100_000:
            seconds, _ = timed(lambda old=old, new=new: before_text_segments(old, new), 1)
            print(f"{'  before (whole text diffed)':<36} {seconds:>9.3f}")


def bench_page(runs: int, masked: bool, detail: bool) -> None:
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from django.db import transaction

    from bench.clients import verified_client
    from testimony.models import Country, Narrative, Person, Sector, Testimony
    from testimony.reveal import SESSION_KEY
    from testimony.services import testimony_insert_with_case_code
    from testimony.versions import version_record

    call_command("migrate", verbosity=0)
    author = User.objects.create_user("author", password="bench-password-2026")
    author.groups.add(Group.objects.get(name="interviewer"))
    reviewer = User.objects.create_user("reviewer", password="bench-password-2026")
    reviewer.groups.add(Group.objects.get(name="reviewer"))
    client = verified_client(reviewer)

    from testimony.anonymize.redact import NameMatcher
    from testimony.anonymize.spans import RegisteredPerson
    from testimony.mask_cache import masked_texts
    from testimony.versions import text_segments

    witness = RegisteredPerson("bench", "Rim Myong-chol", "Witness A", "림명철")
    # Loading the Korean analyser's model takes seconds once per process: not the page's cost.
    NameMatcher([witness]).anonymize(KOREAN)

    def masked_before(old: str, new: str) -> object:
        matcher = NameMatcher([witness])
        return text_segments(matcher.anonymize(old).text, matcher.anonymize(new).text)

    def cold(url: str) -> object:
        masked_texts.clear()
        return client.get(url)

    print(
        f"{'versions page (median s)':<36} {'shown':>7} {'masked 1st':>10} "
        f"{'masked again':>12} {'masked before':>13}"
    )
    for name, old, new in cases():
        with transaction.atomic():
            testimony = Testimony(
                interview_date="2025-03-14",
                interviewer=author,
                country=Country.objects.get(code="kuwait"),
                sector=Sector.objects.get(code="construction"),
                created_by=author,
                updated_by=author,
            )
            testimony_insert_with_case_code(testimony)
            text = Narrative.objects.create(
                testimony=testimony, language="ko", original=old, english=old
            )
            Person.objects.create(
                testimony=testimony,
                role=Person.Role.WITNESS,
                name_romanized="Rim Myong-chol",
                name_hangul="림명철",
                pseudonym="Witness A",
            )
            version_record(testimony=testimony, by=author)
            text.original, text.english = new, new
            text.save()
            version_record(testimony=testimony, by=author)
        url = f"/testimonies/{testimony.uuid}/versions/"
        session = client.session
        session[SESSION_KEY] = {str(testimony.uuid): {"narrative": time.time() + 3600}}
        session.save()
        shown, response = timed(lambda url=url: client.get(url), runs)
        assert response.status_code == 200, response.status_code
        first = again = before = float("nan")
        if masked:
            session = client.session
            session[SESSION_KEY] = {}
            session.save()
            first, response = timed(lambda url=url: cold(url), runs)
            assert response.status_code == 200, response.status_code
            again, response = timed(lambda url=url: client.get(url), runs)
            assert response.status_code == 200, response.status_code
            assert "Rim Myong-chol" not in response.content.decode()
            if len(old) < 100_000:
                before, _ = timed(lambda old=old, new=new: masked_before(old, new), runs)
        print(f"{name:<36} {shown:>7.3f} {first:>10.3f} {again:>12.3f} {before:>13.3f}")
    if detail:
        bench_detail(runs, author, client)


def bench_detail(runs: int, author: object, client: object) -> None:
    """The detail page (for the reviewer) and the edit form (for its author), masked, with a
    20,000-character Korean narrative and its English translation: emptied cache (what every
    request cost before the cache) against the same page again."""
    from django.db import transaction
    from django.urls import reverse

    from bench.clients import verified_client
    from testimony.models import Country, Narrative, Person, Sector, Testimony
    from testimony.services import testimony_insert_with_case_code
    from testimony.versions import version_record

    with transaction.atomic():
        testimony = Testimony(
            interview_date="2025-03-14",
            interviewer=author,
            country=Country.objects.get(code="kuwait"),
            sector=Sector.objects.get(code="construction"),
            created_by=author,
            updated_by=author,
        )
        testimony_insert_with_case_code(testimony)
        Narrative.objects.create(
            testimony=testimony,
            language="ko",
            original=(KOREAN * 200)[:20_000],
            english=(ENGLISH * 80)[:20_000],
        )
        Person.objects.create(
            testimony=testimony,
            role=Person.Role.WITNESS,
            name_romanized="Rim Myong-chol",
            name_hangul="림명철",
            pseudonym="Witness A",
        )
        version_record(testimony=testimony, by=author)
    author_client = verified_client(author)
    pages = [
        ("detail page, reviewer", client, testimony.get_absolute_url()),
        ("edit form, its author", author_client, reverse("testimony:edit", args=[testimony.uuid])),
    ]
    print(f"{'20,000 Korean + 20,000 English chars':<36} {'no cache':>10} {'again':>8}")
    for name, page_client, url in pages:
        first, response = timed(lambda c=page_client, u=url: cold_get(c, u), runs)
        assert response.status_code == 200, (name, response.status_code)
        again, response = timed(lambda c=page_client, u=url: c.get(u), runs)
        html = response.content.decode()
        assert "Witness A" in html, name
        assert "림명철" not in html, name
        print(f"{name:<36} {first:>10.3f} {again:>8.3f}")


def cold_get(client: object, url: str) -> object:
    from testimony.mask_cache import masked_texts

    masked_texts.clear()
    return client.get(url)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--before", action="store_true", help="also time the old diff (80k)")
    parser.add_argument("--page", action="store_true", help="also time the whole page")
    parser.add_argument("--masked", action="store_true", help="and the machine-redacted page")
    parser.add_argument("--detail", action="store_true", help="and masked detail and edit pages")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
        os.environ["DJANGO_DEBUG"] = "true"
        os.environ["DJANGO_VAR_DIR"] = workdir
        os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"
        os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
        import django

        django.setup()
        bench_diff(args.runs, args.before)
        if args.page:
            bench_page(args.runs, args.masked, args.detail)


if __name__ == "__main__":
    main()

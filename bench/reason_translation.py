"""How many of the reasons the redaction page shows a Korean reviewer are still in English.

Usage (from the repository root):

    .venv/bin/python bench/reason_translation.py [--verbose]

It runs the pipeline over every labelled set in testimony/anonymize/eval (as
bench/review_coverage.py does: `redact.anonymize` with the passage's persons registered,
`quasi.quasi_identifiers`, then `unresolved.unresolved_tokens` given the spans as covered),
and once more with every listed item named by a reviewer (`named_by_reviewer`, as the page
does after a reviewer redacts them). It collects the distinct reasons of the proposals and
the listed items, with the suffixes and reasons only the page adds (a name registered in
another testimony, a reviewer's own redaction), and prints how many there are and how many a
Korean reader sees untranslated: shown word for word (`gettext`, as the page did before
`reason_labels`) and through `reason_labels.reason_label`. A reason is untranslated when,
once the quoted words, pseudonyms, public figures' names and numbers it carries are removed,
any word in Latin letters remains. `--verbose` lists the untranslated ones.

A report, not a test: the exit code is always 0. The test is testimony/tests/test_reason_labels.py.
"""

import argparse
import importlib
import json
import multiprocessing
import os
import re
import sys
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from anonymization_eval import EVAL, _setup_django_if_needed, anonymizer  # noqa: E402

# A quoted word ends at a quote not followed by a letter ('O'Brien', 'Lee'd').
QUOTED_RE = re.compile(r"'.*?'(?![A-Za-z])|\".*?\"|“.*?”", re.DOTALL)
LATIN_WORD_RE = re.compile(r"[A-Za-z]+")


def collect_reasons(
    paths: Iterable[Path] | None = None, workers: int | None = None
) -> tuple[set[str], set[str]]:
    """The distinct reasons the pipeline gives on the sets at `paths` (every set by default),
    and the pseudonyms of the sets' persons. The sets are shared among `workers` processes
    (one per processor by default): each set is read whole by one of them, and the union is
    the same whatever the number."""
    review = _setup_django_if_needed(lambda: importlib.import_module("testimony.anonymize.review"))
    ordered = sorted(paths if paths is not None else EVAL.glob("*.json"))
    count = max(1, min(len(ordered), workers or os.cpu_count() or 1))
    if count == 1:
        results = [_set_reasons(path) for path in ordered]
    else:
        # "spawn": a fresh interpreter per worker, not a copy of a process that may hold
        # threads (the Korean analyser's) or a database connection.
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(count, mp_context=context) as pool:
            results = list(pool.map(_set_reasons, ordered))
    reasons = {review.REASON_REDACTED_BY_REVIEWER, "added by a reviewer"}
    pseudonyms: set[str] = set()
    for set_reasons, set_pseudonyms in results:
        reasons |= set_reasons
        pseudonyms |= set_pseudonyms
    return reasons, pseudonyms


def _set_reasons(path: Path) -> tuple[set[str], set[str]]:
    """The reasons and pseudonyms of one set (`collect_reasons`)."""
    run = anonymizer()
    unresolved = _setup_django_if_needed(
        lambda: importlib.import_module("testimony.anonymize.unresolved")
    )
    from testimony.anonymize import review
    from testimony.anonymize.detect import REPLACEMENT as NAME_WITHHELD
    from testimony.anonymize.quasi import quasi_identifiers
    from testimony.anonymize.redact import assign_pseudonyms

    reasons: set[str] = set()
    pseudonyms: set[str] = set()
    for passage in json.loads(path.read_text(encoding="utf-8")):
        text = passage["text"]
        pseudonyms.update(person.pseudonym for person in assign_pseudonyms(passage["persons"]))
        spans = run(passage)
        covered = [(span.start, span.end) for span in spans]
        language = "en" if passage["language"] == "en" else "ko"
        quasi = quasi_identifiers(text, language)
        known = [
            name
            for person in passage["persons"]
            for name in (person.get("hangul", ""), *person.get("aliases", ()))
            if re.search(r"[가-힣]", name or "")
        ]
        items = unresolved.unresolved_tokens(
            text,
            [*covered, *((span.start, span.end) for span in quasi)],
            known_names=known,
            named=covered,
        )
        again = run({**passage, "named_by_reviewer": [item.text for item in items]})
        for span in (*spans, *again):
            reasons.add(span.reason)
            if span.replacement == NAME_WITHHELD:
                reasons.add(f"{span.reason}; {review.REASON_ELSEWHERE}")
                reasons.add(f"{span.reason}; {review.REASON_SEVERAL_ELSEWHERE}")
        reasons.update(span.reason for span in quasi)
        reasons.update(item.reason for item in items)
    return reasons, pseudonyms


def carried_names(pseudonyms: Iterable[str]) -> list[str]:
    """What a reason may carry as written: the pseudonyms given, the public figures and the
    replacements of the redacted text ("[name withheld]")."""
    from testimony.anonymize.detect import DEFAULT_PUBLIC_FIGURES as DETECTOR_FIGURES
    from testimony.anonymize.detect import REPLACEMENT as NAME_WITHHELD
    from testimony.anonymize.redact.vocabulary import DEFAULT_PUBLIC_FIGURES
    from testimony.anonymize.review import MANUAL_REPLACEMENT

    names = {*pseudonyms, *DEFAULT_PUBLIC_FIGURES, *DETECTOR_FIGURES}
    names.update((NAME_WITHHELD, MANUAL_REPLACEMENT))
    return sorted(names, key=len, reverse=True)


def untranslated(label: str, names: Iterable[str]) -> bool:
    """Whether a Latin word is left in `label` once what it carries as written is removed."""
    rest = QUOTED_RE.sub(" ", label)
    for name in names:
        rest = rest.replace(name, " ")
    return LATIN_WORD_RE.search(re.sub(r"\d+", " ", rest)) is not None


def count_untranslated(
    reasons: Iterable[str], names: list[str], render: Callable[[str], str]
) -> list[str]:
    return sorted(reason for reason in reasons if untranslated(render(reason), names))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    reasons, pseudonyms = collect_reasons()
    names = carried_names(pseudonyms)
    from django.utils import translation

    from testimony.anonymize.reason_labels import reason_label

    with translation.override("ko"):
        before = count_untranslated(reasons, names, translation.gettext)
        after = count_untranslated(reasons, names, reason_label)
    print(f"distinct reasons: {len(reasons)}")
    print(f"untranslated in Korean, word for word: {len(before)}")
    print(f"untranslated in Korean, through reason_label: {len(after)}")
    if args.verbose:
        for reason in after:
            with translation.override("ko"):
                print(f"  {reason}  ->  {reason_label(reason)}")


if __name__ == "__main__":
    main()

"""What reaches the reviewer: private mentions found by the finders or listed as unresolved.

Usage (from the repository root):

    .venv/bin/python bench/review_coverage.py [--set SET ...] [--verbose]
        [--recogniser on|off|loso|compare]

For each passage of a labelled set (see bench/anonymization_eval.py) it runs the full pipeline
(`redact.anonymize`, registered persons and detection), then the review list
(`unresolved.unresolved_tokens`) given the pipeline's spans as covered, as the redaction page
does. It prints per set:
- found: private mentions a span covers entirely (the recall of anonymization_eval.py);
- reach reviewer: mentions found, or touched by a span or a listed item (a reviewer sees a
  proposal or an item to decide on that mention);
- missed: mentions neither found nor touched, which only the reviewer's reading can catch;
- listed items, per 1,000 characters of text, and how many of them touch a public mention
  (kept with one key, but each costs a click);
- after review: a reviewer who redacts every listed item that touches a private mention (and
  keeps the rest) makes those names known to the finders (`named_by_reviewer`, as the
  redaction page does); the pipeline runs again, and a mention counts when a span of that run
  or one of the reviewer's redactions touches it. What it adds to "reach" is what the names a
  reviewer redacted find elsewhere in the text without being listed.
`--verbose` prints each mention that does not reach the reviewer. `--recogniser` runs the
statistical recogniser on (committed weights), off, trained without the set (loso, the honest
figure for a tuned set), or all three (compare); it both proposes and lists.

A report, not a test: the exit code is always 0.
"""

import argparse
import contextlib
import importlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from anonymization_eval import (  # noqa: E402
    EVAL,
    SETS,
    _setup_django_if_needed,
    anonymizer,
    load_passages,
)


@dataclass
class Coverage:
    mentions: int = 0
    found: int = 0
    reached: int = 0
    listed: int = 0
    listed_public: int = 0
    characters: int = 0
    after_review: int = 0
    found_after_review: int = 0  # found (covered whole) in the run with the redacted names
    found_registered: int = 0  # found in the run with those names registered as persons
    reached_registered: int = 0
    persons_registered: int = 0
    public_registered: int = 0  # public mentions the registered run's spans touch
    public_before: int = 0


def _touches(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in ranges)


def recogniser_context(mode: str, set_name: str) -> contextlib.AbstractContextManager:
    """The recogniser on (committed weights), off, or trained without `set_name`."""
    from testimony.anonymize import recogniser

    if mode == "off":
        return recogniser.disabled()
    if mode == "loso":
        sys.path.insert(0, str(EVAL))
        from train_recogniser import train_without

        return recogniser.using(train_without(set_name))
    return contextlib.nullcontext()


def measure(set_name: str, verbose: bool = False, mode: str = "on") -> Coverage:
    with recogniser_context(mode, set_name):
        return _measure(set_name, verbose)


_LATIN_NAME = re.compile(
    r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0400-\u04ff][\w'’.-]*(?:[ .-]+[\w][\w'’-]*){1,3}"
)
_HANGUL_NAME = re.compile(r"[가-힣]{3,5}")


def _registered(passage: dict, seen: list[tuple[int, int]]) -> list[dict]:
    """The persons a reviewer registers from the review page (issue #13, round 14): each
    unregistered private person whose full name the statement writes (two to four words of
    letters, or one Hangul word of three to five syllables), registered under that name as
    written, once, with no other script or alias: what a reviewer types from what they read.
    Only names the page shows the reviewer (`seen`: a proposal or a listed item touches them)."""
    known = {
        name.casefold()
        for person in passage["persons"]
        for name in (person.get("name", ""), person.get("hangul", ""), *person.get("aliases", ()))
        if name
    }
    persons: dict[str, dict] = {}
    for mention in passage["private_mentions"]:
        name = " ".join(mention["text"].split())
        if mention["registered"] or name.casefold() in known or name.casefold() in persons:
            continue
        if not _touches(mention["start"], mention["end"], seen):
            continue
        if _HANGUL_NAME.fullmatch(name):
            persons[name.casefold()] = {"name": "", "hangul": name, "role": "other"}
        elif _LATIN_NAME.fullmatch(name) and len(name) <= 40:
            persons[name.casefold()] = {"name": name, "hangul": "", "role": "other"}
    return list(persons.values())


def _measure(set_name: str, verbose: bool) -> Coverage:
    run = anonymizer()
    # Configures Django first if the import needs it (the review list reads the models).
    unresolved = _setup_django_if_needed(
        lambda: importlib.import_module("testimony.anonymize.unresolved")
    )
    unresolved_tokens = unresolved.unresolved_tokens
    word_alias_keys = importlib.import_module("testimony.anonymize.names").word_alias_keys
    coverage = Coverage()
    for passage in load_passages(SETS[set_name]):
        text = passage["text"]
        spans = run(passage)
        covered = [(span.start, span.end) for span in spans]
        # As the redaction page passes them: the registered Hangul names and aliases.
        known = [
            name
            for person in passage["persons"]
            for name in (person.get("hangul", ""), *person.get("aliases", ()))
            if re.search(r"[가-힣]", name or "")
        ]
        words = word_alias_keys(
            alias for person in passage["persons"] for alias in person.get("aliases", ())
        )
        tokens = unresolved_tokens(
            text, covered, known_names=known, named=covered, word_aliases=words
        )
        listed = [(item.start, item.end) for item in tokens]
        coverage.characters += len(text)
        coverage.listed += len(listed)
        public = [(m["start"], m["end"]) for m in passage["public_mentions"]]
        coverage.listed_public += sum(1 for s, e in listed if _touches(s, e, public))
        private = [(m["start"], m["end"]) for m in passage["private_mentions"]]
        redacted = [(s, e) for s, e in listed if _touches(s, e, private)]
        again = run({**passage, "named_by_reviewer": [text[s:e] for s, e in redacted]})
        protected = [(span.start, span.end) for span in again] + redacted
        new_persons = _registered(passage, covered + listed)
        registered = run({**passage, "persons": [*passage["persons"], *new_persons]})
        coverage.persons_registered += len(new_persons)
        by_registry = [(span.start, span.end) for span in registered]
        coverage.public_before += sum(1 for s, e in public if _touches(s, e, covered))
        coverage.public_registered += sum(1 for s, e in public if _touches(s, e, by_registry))
        listed_again = [
            (item.start, item.end)
            for item in unresolved_tokens(
                text, by_registry, known_names=known, named=by_registry, word_aliases=words
            )
        ]
        for mention in passage["private_mentions"]:
            start, end = mention["start"], mention["end"]
            coverage.mentions += 1
            found = any(s <= start and end <= e for s, e in covered)
            reached = found or _touches(start, end, covered) or _touches(start, end, listed)
            coverage.found += found
            coverage.reached += reached
            coverage.after_review += reached or _touches(start, end, protected)
            coverage.found_after_review += any(s <= start and end <= e for s, e in protected)
            coverage.found_registered += any(s <= start and end <= e for s, e in by_registry)
            coverage.reached_registered += (
                reached or _touches(start, end, by_registry) or _touches(start, end, listed_again)
            )
            if verbose and not reached:
                context = text[max(0, start - 40) : end + 40].replace("\n", " ")
                print(f"  {passage['id']}: {mention['text']!r} in ...{context}...")
    return coverage


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", nargs="+", choices=sorted(SETS), default=["heldout4"])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--recogniser", choices=("on", "off", "loso", "compare"), default="on")
    args = parser.parse_args()
    modes = ("off", "on", "loso") if args.recogniser == "compare" else (args.recogniser,)
    print(
        f"{'set':<12} {'recogniser':<10} {'mentions':>8} {'found':>7} {'reach':>7} {'missed':>6} "
        f"{'listed':>6} {'/1000 ch':>8} {'public':>6} {'after':>6}"
    )
    for set_name in args.set:
        for mode in modes:
            c = measure(set_name, args.verbose, mode)
            per_1000 = 1000 * c.listed / c.characters if c.characters else 0.0
            print(
                f"{set_name:<12} {mode:<10} {c.mentions:>8} {c.found / c.mentions:>7.3f} "
                f"{c.reached / c.mentions:>7.3f} {c.mentions - c.reached:>6} {c.listed:>6} "
                f"{per_1000:>8.2f} {c.listed_public:>6} {c.after_review / c.mentions:>6.3f}"
            )
            print(
                f"{'':<12} {'':<10} found after the reviewer's redactions "
                f"{c.found_after_review / c.mentions:.3f}; after registering "
                f"{c.persons_registered} persons: found {c.found_registered / c.mentions:.3f}, "
                f"missed {c.mentions - c.reached_registered}, public mentions touched "
                f"{c.public_before} -> {c.public_registered}"
            )


if __name__ == "__main__":
    main()

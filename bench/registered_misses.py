"""Every private mention of a REGISTERED person that the full pipeline does not cover.

Usage (from the repository root):

    .venv/bin/python bench/registered_misses.py [--sets SET ...]

For each passage it runs `redact.anonymize` as bench/anonymization_eval.py does (the passage's
persons registered, detection on) and prints each registered mention no span covers whole,
with the person's registered name, Hangul and aliases and thirty characters of context either
side, and any span that overlaps it. A report for classifying misses by cause, not a test.
"""

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from anonymization_eval import SETS, anonymizer, load_passages  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", choices=sorted(SETS), default=sorted(SETS))
    args = parser.parse_args()
    run = anonymizer()
    total = 0
    for set_name in args.sets:
        count = 0
        for passage in load_passages(SETS[set_name]):
            spans = run(passage)
            text = passage["text"]
            for mention in passage["private_mentions"]:
                if not mention.get("registered"):
                    continue
                start, end = mention["start"], mention["end"]
                if any(s.start <= start and end <= s.end for s in spans):
                    continue
                count += 1
                near = [f"{s.text!r}({s.source})" for s in spans if s.start < end and start < s.end]
                context = text[max(0, start - 30) : start] + "[[" + text[start:end] + "]]"
                context += text[end : end + 30]
                persons = "; ".join(
                    f"{p['name']}/{p.get('hangul', '')}/{','.join(p.get('aliases', []))}"
                    for p in passage["persons"]
                )
                print(f"{set_name}\t{passage['id']}\t{mention['text']!r}\t{context!r}")
                print(f"\t\tpersons: {persons}" + (f"\n\t\toverlap: {near}" if near else ""))
        print(f"== {set_name}: {count} registered mentions missed\n")
        total += count
    print(f"== all sets: {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

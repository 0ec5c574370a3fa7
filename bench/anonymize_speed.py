"""How fast registered names are found: a 20 KB testimony against registries of 1k and 10k persons.

Usage (from the repository root):

    .venv/bin/python bench/anonymize_speed.py [--sizes 1000 10000] [--runs 7] [--detect]
    .venv/bin/python bench/anonymize_speed.py --detection [--runs 7]

For each registry size it builds a registry of synthetic Korean persons (Hangul and romanized
names, a third with an alias), builds the `NameMatcher` once and reports that time separately,
then anonymizes a 20 KB testimony (English and Korean, in the style of real ones, mentioning
registered persons in many spellings, public figures and places) several times and prints the
median, then the same testimony with a zero-width space every 400 characters (what a messenger
paste leaves), which the matcher must fold first. Registered matching only unless --detect (the
unregistered-name detector is timed apart from the matcher because it does not depend on the
registry). No database, no Django settings.
`--detection` times the detector alone (`detect_names`, no registry) on a 20 KB English and a
20 KB Korean testimony, with and without the statistical recogniser (recogniser.py); the
recogniser's cache of the Korean analysis is emptied before each run.
`--review-list` times the redaction page's list of unresolved tokens
(`unresolved.unresolved_tokens`, the informal rules included) on the same English and Korean
testimonies and on English text of Latin letters only (the module's own time, not the Korean
analyser's), at --kilobytes (20 by default; 80 for the longest narratives).
`--fitting` times `fit.fit_replacements` alone (titles, particles and doubled roles fitted to
each replacement) on a testimony of --kilobytes (20 by default) in English and Korean with a
span every 32 characters or so (about 620 spans in 20 KB), in CPU time, best and median.
`--instructions` counts the machine instructions of one registered matching run (the first
registry size, the 20 KB testimony) under `valgrind --tool=callgrind`, which counts the same
for the same code whatever the machine's speed or load: this script runs under it with the
counting switched on (`callgrind_control`) only for `--runs` matchings, after the imports, the
registry's build and one warm-up run, and the count is divided by `--runs`. It tells a slower
round from a slower machine, where the milliseconds cannot. The hash seed is fixed. Needs
valgrind (Debian's package); the counted runs go some fifty times slower than the others.
Not run by CI. The unit tests check what these produce on long text, never how fast.
"""

import argparse
import contextlib
import os
import random
import re
import resource
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from testimony.anonymize.redact import NameMatcher, anonymize  # noqa: E402
from testimony.anonymize.spans import RegisteredPerson  # noqa: E402

SURNAMES = [
    ("김", "Kim"),
    ("리", "Ri"),
    ("박", "Pak"),
    ("최", "Choe"),
    ("정", "Jong"),
    ("강", "Kang"),
    ("조", "Jo"),
    ("윤", "Yun"),
    ("장", "Jang"),
    ("림", "Rim"),
    ("한", "Han"),
    ("오", "O"),
    ("신", "Sin"),
    ("황", "Hwang"),
    ("안", "An"),
    ("송", "Song"),
    ("전", "Jon"),
    ("홍", "Hong"),
    ("류", "Ryu"),
    ("고", "Ko"),
]
GIVEN_SYLLABLES = [
    ("명", "myong"),
    ("철", "chol"),
    ("영", "yong"),
    ("호", "ho"),
    ("성", "song"),
    ("일", "il"),
    ("남", "nam"),
    ("수", "su"),
    ("혁", "hyok"),
    ("광", "kwang"),
    ("춘", "chun"),
    ("순", "sun"),
    ("희", "hui"),
    ("옥", "ok"),
    ("금", "kum"),
    ("룡", "ryong"),
    ("진", "jin"),
    ("경", "kyong"),
    ("학", "hak"),
    ("국", "kuk"),
    ("복", "bok"),
    ("덕", "dok"),
    ("은", "un"),
    ("향", "hyang"),
    ("미", "mi"),
    ("정", "jong"),
    ("석", "sok"),
    ("범", "bom"),
    ("현", "hyon"),
    ("주", "ju"),
]
ROLES = ["witness", "supervisor", "coworker", "relative", "official"]

ENGLISH = (
    "In March 2016 I was sent to a construction site near Kuwait City with forty other men. "
    "The minder, Mr. {s1}, took our passports on the first day. {full1} was our team leader; "
    "{given2} worked beside me on the scaffolding for fourteen hours a day. We had two days "
    "off a year, on the birthdays of Kim Il-sung and Kim Jong-il. Portraits of Kim Jong Un hung "
    "in the dormitory. Comrade {s3} said our families would suffer if we complained. I had "
    "studied at Kim Chaek University of Technology before; {full3} came from Ryongsong. "
    "We saw perhaps ten percent of the wage; the rest went to loyalty funds. {full4rev} told me "
    "the company kept the money. Later {s1} said the wages were gone; {s3}'s men watched us. "
)
KOREAN = (
    "저는 2017년에 러시아 벌목장으로 파견되었습니다. {h1}은 우리 작업반장이었고 {hs2}씨가 여권을 "
    "가져갔습니다. 김정은 동지의 초상화 앞에서 매일 총화를 했습니다. {hg3}이가 도망치려다 잡혔고 "
    "{h4} 동무는 가족이 위험하다고 말했습니다. 하루 열여섯 시간 일했고 한 달에 하루도 쉬지 "
    "못했습니다. 김일성광장에서 행진을 본 적이 있습니다. "
)


def make_registry(count: int, rng: random.Random) -> list[RegisteredPerson]:
    persons = []
    for index in range(count):
        hangul_surname, surname = rng.choice(SURNAMES)
        syllables = rng.sample(GIVEN_SYLLABLES, rng.choice([1, 2, 2, 2, 2]))
        hangul = hangul_surname + "".join(h for h, _r in syllables)
        given = "-".join(r for _h, r in syllables).capitalize()
        aliases = (f"Big {surname}",) if index % 3 == 0 else ()
        persons.append(
            RegisteredPerson(
                key=f"person-{index}",
                name=f"{surname} {given}",
                pseudonym=f"Person {index + 1}",
                hangul=hangul,
                aliases=aliases,
                role=rng.choice(ROLES),
            )
        )
    return persons


def _given(person: RegisteredPerson) -> str:
    return person.name.split(" ", 1)[1]


def make_testimony(persons: list[RegisteredPerson], rng: random.Random, size: int) -> str:
    parts: list[str] = []
    while sum(len(part) for part in parts) < size:
        a, b, c, d = rng.sample(persons, 4)
        surname_a, given_a = a.name.split(" ", 1)
        surname_d, given_d = d.name.split(" ", 1)
        parts.append(
            ENGLISH.format(
                s1=surname_a,
                full1=b.name.replace("-", " "),
                given2=_given(c).replace("-", ""),
                s3=surname_d,
                full3=f"{surname_d} {given_d}",
                full4rev=f"{given_a} {surname_a}",
            )
        )
        parts.append(KOREAN.format(h1=a.hangul, hs2=b.hangul[0], hg3=c.hangul[1:], h4=d.hangul))
    # The size is in UTF-8 bytes, as a file on disk; Hangul takes three bytes a syllable.
    return "".join(parts).encode()[:size].decode(errors="ignore")


def _testimonies(kilobytes: int) -> dict[str, str]:
    """An English and a Korean testimony of about `kilobytes` KB, mentioning invented persons."""
    rng = random.Random(4)
    persons = make_registry(200, rng)
    texts = {}
    for language, template in (("English", ENGLISH), ("Korean", KOREAN)):
        parts: list[str] = []
        while sum(len(part.encode()) for part in parts) < kilobytes * 1024:
            a, b, c, d = rng.sample(persons, 4)
            surname_a, given_a = a.name.split(" ", 1)
            surname_d, given_d = d.name.split(" ", 1)
            parts.append(
                template.format(
                    s1=surname_a,
                    full1=b.name.replace("-", " "),
                    given2=_given(c).replace("-", ""),
                    s3=surname_d,
                    full3=f"{surname_d} {given_d}",
                    full4rev=f"{given_a} {surname_a}",
                    h1=a.hangul,
                    hs2=b.hangul[0],
                    hg3=c.hangul[1:],
                    h4=d.hangul,
                )
            )
        texts[language] = "".join(parts).encode()[: kilobytes * 1024].decode(errors="ignore")
    return texts


def detection_speed(runs: int, kilobytes: int) -> None:
    from testimony.anonymize import recogniser
    from testimony.anonymize.detect import detect_names

    texts = _testimonies(kilobytes)
    print("| text | recogniser | spans | median ms | worst ms | runs |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for language, text in texts.items():
        for mode in ("off", "on"):
            context = recogniser.disabled() if mode == "off" else contextlib.nullcontext()
            with context:
                detect_names(text)  # warm-up: the Korean analyser loads once per process
                timings = []
                spans: list = []
                for _run in range(runs):
                    recogniser._hangul_analysis.cache_clear()
                    started = time.perf_counter()
                    spans = detect_names(text)
                    timings.append((time.perf_counter() - started) * 1000)
            print(
                f"| {language} {len(text.encode()) / 1024:.0f} KB | {mode} | {len(spans)} | "
                f"{statistics.median(timings):.1f} | {max(timings):.1f} | {runs} |"
            )


# Latin letters only: names, titles, places and a company, as the review list reads them.
LATIN_PARAGRAPH = (
    "Then Hyok came with Mr. Smith and a Tajik called Farrukh. Sometimes we ate rice in "
    "Doha, Qatar, for the Namgang Construction Company. Rustam said nothing.\n"
)


def review_list_speed(runs: int, kilobytes: int) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from anonymization_eval import _setup_django_if_needed

    unresolved = _setup_django_if_needed(
        lambda: __import__("testimony.anonymize.unresolved", fromlist=["unresolved_tokens"])
    )
    texts = _testimonies(kilobytes)
    texts["Latin only"] = LATIN_PARAGRAPH * (kilobytes * 1024 // len(LATIN_PARAGRAPH))
    print("| text | items | median ms | worst ms | runs |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for label, text in texts.items():
        unresolved.unresolved_tokens(text, [])  # warm-up: the Korean analyser loads once
        timings = []
        items: list = []
        for _run in range(runs):
            started = time.perf_counter()
            items = unresolved.unresolved_tokens(text, [])
            timings.append((time.perf_counter() - started) * 1000)
        print(
            f"| {label} {len(text.encode()) / 1024:.0f} KB | {len(items)} | "
            f"{statistics.median(timings):.1f} | {max(timings):.1f} | {runs} |"
        )


# One sentence of each shape the fitting reads: a role before a name, a Korean particle after
# one, a title, a bracketed replacement before a particle, "named".
FITTING_PIECE = (
    "the minder Kang said that 명철이가 Mr. Rim and 순희를 a man named Pak saw. "
    "We worked fourteen hours a day on the site and were paid nothing at all. "
    "그 뒤로 여권은 돌려받지 못했습니다. "
)
FITTING_MENTIONS = (
    ("Kang", "Minder R"),
    ("명철", "Witness A"),
    ("Rim", "Witness B"),
    ("순희", "[name withheld]"),
    ("Pak", "Witness P"),
)


def fitting_speed(runs: int, kilobytes: int) -> None:
    from testimony.anonymize.fit import fit_replacements
    from testimony.anonymize.spans import Span

    repeats = kilobytes * 1000 // len(FITTING_PIECE) + 1
    text = FITTING_PIECE * repeats
    spans = []
    for copy in range(repeats):
        position = copy * len(FITTING_PIECE)
        for name, replacement in FITTING_MENTIONS:
            start = text.index(name, position)
            spans.append(Span(start, start + len(name), name, replacement, "registered", "bench"))
            position = start + len(name)
    fit_replacements(text, spans)  # warm-up: regular expressions compile once per process
    timings = []
    for _run in range(runs):
        started = time.process_time()
        fit_replacements(text, spans)
        timings.append((time.process_time() - started) * 1000)
    print("| text | spans | best CPU ms | median CPU ms | runs |")
    print("| --- | ---: | ---: | ---: | ---: |")
    print(
        f"| {len(text):,} characters | {len(spans)} | {min(timings):.1f} | "
        f"{statistics.median(timings):.1f} | {runs} |"
    )


def _wait_for_a_line() -> None:
    """Wait for the next line on stdin, waking every 50 ms: callgrind reads the commands of
    `callgrind_control` only while the program runs, not while it blocks."""
    while not select.select([sys.stdin], [], [], 0.05)[0]:
        pass
    sys.stdin.readline()


def _matching_runs(size: int, kilobytes: int, runs: int) -> None:
    """Under callgrind, for `instructions`: build the registry and its matcher and run once
    (uncounted), say "ready", and once told, anonymize the testimony `runs` times, say "done"
    and wait to be let go."""
    rng = random.Random(4)
    persons = make_registry(size, rng)
    text = make_testimony(persons, rng, kilobytes * 1024)
    matcher = NameMatcher(persons)
    anonymize(text, persons, detect=False, matcher=matcher)
    print("ready", flush=True)
    _wait_for_a_line()
    for _run in range(runs):
        anonymize(text, persons, detect=False, matcher=matcher)
    print("done", flush=True)
    _wait_for_a_line()


def _callgrind_control(switch: str, pid: int) -> None:
    subprocess.run(
        ["callgrind_control", "--instr=" + switch, str(pid)],  # noqa: S607 - Debian's tool
        capture_output=True,
        check=True,
        timeout=120,
    )


def instructions(size: int, kilobytes: int, runs: int) -> None:
    """One registered matching run's instructions: this script runs under callgrind with its
    instrumentation off while it imports, builds the registry and warms up, on for `runs`
    matchings, then off again; the total divided by `runs`."""
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        raise SystemExit("valgrind is not installed: apt-get install valgrind")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        command = [
            "valgrind",
            "--quiet",
            "--tool=callgrind",
            "--instr-atstart=no",
            f"--callgrind-out-file={out}",
            sys.executable,
            __file__,
            *("--count-runs", str(runs), "--sizes", str(size), "--kilobytes", str(kilobytes)),
        ]
        with subprocess.Popen(
            command,
            env={**os.environ, "PYTHONHASHSEED": "0"},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        ) as child:
            assert child.stdin is not None
            assert child.stdout is not None
            if child.stdout.readline().strip() != "ready":
                raise SystemExit("the counted run did not start")
            _callgrind_control("on", child.pid)
            child.stdin.write("go\n")
            child.stdin.flush()
            if child.stdout.readline().strip() != "done":
                raise SystemExit("the counted run did not finish")
            _callgrind_control("off", child.pid)
            child.stdin.write("end\n")
            child.stdin.flush()
        totals = re.search(r"^totals:\s+(\d+)", out.read_text(), re.MULTILINE)
    if not totals:
        raise SystemExit("callgrind wrote no totals")
    print(
        "| persons | testimony KB | runs counted | instructions per run (millions) |\n"
        "| ---: | ---: | ---: | ---: |\n"
        f"| {size:,} | {kilobytes} | {runs} | {int(totals.group(1)) / runs / 1e6:,.1f} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--kilobytes", type=int, default=20)
    parser.add_argument("--detect", action="store_true", help="include the name detector")
    parser.add_argument(
        "--detection", action="store_true", help="time the detector alone, recogniser on and off"
    )
    parser.add_argument(
        "--review-list", action="store_true", help="time the review list of unresolved tokens"
    )
    parser.add_argument(
        "--fitting", action="store_true", help="time the fitting of replacements alone"
    )
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="count one registered matching run's instructions under callgrind",
    )
    # What --instructions runs under callgrind: the matchings, saying "ready" and "done" only.
    parser.add_argument("--count-runs", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.count_runs is not None:
        _matching_runs(args.sizes[0], args.kilobytes, args.count_runs)
        return
    if args.instructions:
        instructions(args.sizes[0], args.kilobytes, args.runs)
        return
    if args.fitting:
        fitting_speed(args.runs, args.kilobytes)
        return
    if args.review_list:
        review_list_speed(args.runs, args.kilobytes)
        return
    if args.detection:
        detection_speed(args.runs, args.kilobytes)
        return
    rng = random.Random(4)
    print(
        "| persons | build s | process peak MB | testimony KB | spans | median ms | worst ms | "
        "folded median ms | runs |\n"
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    )
    for size in args.sizes:
        persons = make_registry(size, rng)
        text = make_testimony(persons, rng, args.kilobytes * 1024)
        started = time.perf_counter()
        matcher = NameMatcher(persons)
        build = time.perf_counter() - started
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
        # One untimed run first: regular expressions and small caches warm up once per process.
        anonymize(text, persons, detect=args.detect, matcher=matcher)
        timings = []
        result = None
        for _run in range(args.runs):
            started = time.perf_counter()
            result = anonymize(text, persons, detect=args.detect, matcher=matcher)
            timings.append((time.perf_counter() - started) * 1000)
        assert result is not None
        noisy = "\u200b".join(text[i : i + 400] for i in range(0, len(text), 400))
        anonymize(noisy, persons, detect=args.detect, matcher=matcher)
        folded_timings = []
        for _run in range(args.runs):
            started = time.perf_counter()
            anonymize(noisy, persons, detect=args.detect, matcher=matcher)
            folded_timings.append((time.perf_counter() - started) * 1000)
        print(
            f"| {size:,} | {build:.2f} | {rss:.0f} | {len(text.encode()) / 1024:.0f} | "
            f"{len(result.spans)} | {statistics.median(timings):.1f} | {max(timings):.1f} | "
            f"{statistics.median(folded_timings):.1f} | {args.runs} |"
        )


if __name__ == "__main__":
    main()

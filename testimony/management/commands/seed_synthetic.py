"""`manage.py seed_synthetic --count N`: many invented testimonies, for benchmarks only.

Each testimony gets a Korean narrative and its English translation composed from phrase banks,
one to four persons (the witness always named, in Hangul and romanized, with a blind index),
consent, indicator tags with passages, version 1 as its snapshot, an audit event, and whatever
its status implies (a submission date, an assigned reviewer, an approved anonymization, a
withdrawal). Every name is invented from syllables; nothing here is anyone's story.

Rows go in a batch per transaction: with COPY on PostgreSQL, with `bulk_create` elsewhere. Either
way each value is prepared by its model field, so names and narratives are stored encrypted
exactly as the app writes them. The command refuses to run outside development unless told
explicitly that the database is not a production one.
"""

import json
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import cache

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DEFAULT_DB_ALIAS, connections, models, reset_queries, transaction

from testimony.audit import _lock_chain, audit_record, event_hash
from testimony.crypto import name_digests
from testimony.forms import (
    FACT_FIELDS,
    ConsentForm,
    IndicatorTagForm,
    NarrativeForm,
    PersonForm,
)
from testimony.models import (
    Anonymization,
    AuditEvent,
    Consent,
    ConsentWithdrawal,
    Country,
    Ending,
    Indicator,
    IndicatorTag,
    Knowledge,
    Language,
    Narrative,
    Person,
    PersonNameIndex,
    Posting,
    Province,
    Recruitment,
    Sector,
    Status,
    Testimony,
    TestimonyVersion,
)
from testimony.versions import _plain_fields, _posting_snapshot

REFUSAL = (
    "seed_synthetic only runs with DJANGO_DEBUG=true, or with --i-know-this-is-not-production: "
    "it adds thousands of invented testimonies, which must never mix with real ones."
)

CASE_CODE_PREFIX = "SYN"
BATCH_SIZE = 1000

# How often each status occurs: most of a collection is approved or on its way there.
STATUS_WEIGHTS = {
    Status.DRAFT: 12,
    Status.SUBMITTED: 10,
    Status.IN_REVIEW: 10,
    Status.CHANGES_REQUESTED: 6,
    Status.VERIFIED: 10,
    Status.APPROVED: 40,
    Status.REJECTED: 4,
    Status.WITHDRAWN: 3,
    Status.ARCHIVED: 5,
}
REVIEWED = {
    Status.IN_REVIEW,
    Status.CHANGES_REQUESTED,
    Status.VERIFIED,
    Status.APPROVED,
    Status.REJECTED,
    Status.ARCHIVED,
}

# (Hangul, romanized) pairs, North Korean romanization, from which names are composed.
SURNAMES = [
    ("김", "Kim"), ("리", "Ri"), ("박", "Pak"), ("최", "Choe"), ("정", "Jong"), ("강", "Kang"),
    ("조", "Jo"), ("윤", "Yun"), ("장", "Jang"), ("림", "Rim"), ("한", "Han"), ("오", "O"),
    ("서", "So"), ("신", "Sin"), ("권", "Kwon"), ("황", "Hwang"), ("안", "An"), ("송", "Song"),
    ("홍", "Hong"), ("전", "Jon"), ("문", "Mun"), ("백", "Paek"), ("류", "Ryu"), ("남", "Nam"),
]  # fmt: skip
GIVEN_SYLLABLES = [
    ("철", "chol"), ("명", "myong"), ("영", "yong"), ("순", "sun"), ("희", "hui"), ("수", "su"),
    ("광", "gwang"), ("성", "song"), ("혁", "hyok"), ("남", "nam"), ("일", "il"), ("정", "jong"),
    ("금", "gum"), ("옥", "ok"), ("춘", "chun"), ("학", "hak"), ("국", "guk"), ("은", "un"),
    ("혜", "hye"), ("진", "jin"), ("룡", "ryong"), ("현", "hyon"), ("경", "gyong"), ("복", "bok"),
]  # fmt: skip

# Parallel sentences: {name} is a person named in the narrative, {site} the work site,
# {start} and {end} years, {hours} hours a day, {wage} and {paid} dollars a month.
PHRASES = [
    (
        "저는 {start}년에 국가 배치로 해외에 파견되었습니다.",
        "In {start} I was sent abroad by state assignment.",
    ),
    (
        "{site}에서 하루 {hours}시간 넘게 일했고, 쉬는 날은 한 달에 하루뿐이었습니다.",
        "At {site} I worked more than {hours} hours a day, with one day off a month.",
    ),
    (
        "도착하자마자 작업반장 {name}이 여권을 모두 거두어 갔습니다.",
        "As soon as we arrived, the work-team leader {name} collected all our passports.",
    ),
    (
        "한 달에 {wage}달러를 준다고 했지만 실제로 받은 돈은 {paid}달러 정도였습니다.",
        "We were promised {wage} dollars a month, but what we received was about {paid} dollars.",
    ),
    (
        "나머지는 '충성자금'과 숙식비 명목으로 떼어 갔습니다.",
        "The rest was deducted as 'loyalty funds' and for food and lodging.",
    ),
    (
        "숙소 밖에는 보위원이 지키고 있어서 혼자서는 나갈 수 없었습니다.",
        "A security officer guarded the dormitory, so we could not go out alone.",
    ),
    (
        "불평하면 고향에 있는 가족이 어떻게 될지 생각하라는 말을 들었습니다.",
        "When I complained I was told to think about what would happen to my family at home.",
    ),
    (
        "같은 방을 쓰던 {name}은 일하다가 다쳤지만 병원에 가지 못했습니다.",
        "{name}, who shared my room, was injured at work but could not go to hospital.",
    ),
    (
        "겨울에도 난방이 없는 컨테이너에서 열 명이 함께 잤습니다.",
        "Even in winter ten of us slept together in a container without heating.",
    ),
    (
        "매주 생활총화에서 서로를 비판해야 했습니다.",
        "Every week we had to criticise each other at the life-review sessions.",
    ),
    (
        "현지 사람과 이야기하는 것은 금지되어 있었습니다.",
        "Talking to local people was forbidden.",
    ),
    (
        "전화기를 가지는 것도 허락되지 않았습니다.",
        "We were not allowed to have telephones.",
    ),
    (
        "계획량을 채우지 못하면 밤늦게까지 일을 더 해야 했습니다.",
        "When we did not meet the quota we had to work late into the night.",
    ),
    (
        "감독원 {name}은 말을 듣지 않는 사람을 때렸습니다.",
        "The minder {name} beat those who did not obey.",
    ),
    (
        "{end}년에 계약이 끝나 귀국했습니다.",
        "In {end} the contract ended and I returned home.",
    ),
    (
        "떠나기 전에 빚을 갚아야 한다며 마지막 월급도 주지 않았습니다.",
        "Before we left they kept the last wage, saying we had a debt to repay.",
    ),
    (
        "몸이 아파도 쉬면 그날 임금이 깎였습니다.",
        "If we rested when we were ill, that day's wage was cut.",
    ),
    (
        "보위부 사람이 한 달에 한 번씩 와서 사상 검토를 했습니다.",
        "Once a month a State Security officer came to check our loyalty.",
    ),
]
SITES = [
    "Housing construction site {n}",
    "Logging camp {n}",
    "Fish processing vessel {n}",
    "Textile factory {n}",
    "Shipyard dormitory {n}",
    "Apartment tower project {n}",
    "Greenhouse farm {n}",
    "Road works camp {n}",
]
PLACES = ["Seoul", "Seoul, NGO office", "Incheon", "Busan", "Bangkok", "Ulan Bator", "Online"]
INDICATOR_PHASES = {
    Indicator.DECEPTION: IndicatorTag.Phase.RECRUITMENT,
    Indicator.ABUSE_OF_VULNERABILITY: IndicatorTag.Phase.RECRUITMENT,
    Indicator.RETENTION_OF_DOCUMENTS: IndicatorTag.Phase.EMPLOYMENT,
    Indicator.WITHHOLDING_OF_WAGES: IndicatorTag.Phase.EMPLOYMENT,
    Indicator.EXCESSIVE_OVERTIME: IndicatorTag.Phase.EMPLOYMENT,
    Indicator.ABUSIVE_CONDITIONS: IndicatorTag.Phase.EMPLOYMENT,
    Indicator.ISOLATION: IndicatorTag.Phase.EMPLOYMENT,
    Indicator.VIOLENCE: IndicatorTag.Phase.EMPLOYMENT,
    Indicator.INTIMIDATION: IndicatorTag.Phase.LEAVING,
    Indicator.RESTRICTION_OF_MOVEMENT: IndicatorTag.Phase.LEAVING,
    Indicator.DEBT_BONDAGE: IndicatorTag.Phase.LEAVING,
}
OTHER_ROLES = [
    (Person.Role.SUPERVISOR, "Supervisor"),
    (Person.Role.COWORKER, "Co-worker"),
    (Person.Role.RELATIVE, "Relative"),
    (Person.Role.OFFICIAL, "Official"),
]
# One account per role; they cannot log in (no usable password): benchmarks make their own.
SYNTHETIC_ACCOUNTS = [
    ("synthetic-interviewer-1", "interviewer"),
    ("synthetic-interviewer-2", "interviewer"),
    ("synthetic-interviewer-3", "interviewer"),
    ("synthetic-reviewer", "reviewer"),
    ("synthetic-coordinator", "coordinator"),
]


def _accounts() -> dict[str, list[AbstractBaseUser]]:
    users: dict[str, list[AbstractBaseUser]] = {}
    for username, group in SYNTHETIC_ACCOUNTS:
        user, created = get_user_model().objects.get_or_create(username=username)
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
            user.groups.add(Group.objects.get(name=group))
        users.setdefault(group, []).append(user)
    return users


def _name(rng: random.Random) -> tuple[str, str]:
    """An invented Korean name, (romanized, Hangul)."""
    surname_ko, surname = rng.choice(SURNAMES)
    (first_ko, first), (second_ko, second) = (
        rng.choice(GIVEN_SYLLABLES),
        rng.choice(GIVEN_SYLLABLES),
    )
    return f"{surname} {first.capitalize()}-{second}", f"{surname_ko}{first_ko}{second_ko}"


def _narrative(
    rng: random.Random, values: dict, names: list[tuple[str, str]]
) -> tuple[str, str, str, str]:
    """(Korean, English, anonymized Korean, anonymized English): 10 to 18 sentences in order.

    `names` are (romanized, Hangul) pairs; the anonymized texts say "Supervisor 1" where the
    originals name the person, as an approved redaction would.
    """
    chosen = sorted(rng.sample(range(len(PHRASES)), rng.randint(10, len(PHRASES))))
    sentences = [PHRASES[index] for index in chosen]
    korean, english, anon_korean, anon_english = [], [], [], []
    for number, (ko, en) in enumerate(sentences):
        (romanized, hangul), pseudonym = (
            names[number % len(names)],
            f"Supervisor {number % len(names) + 1}",
        )
        korean.append(ko.format(**values, name=hangul))
        english.append(en.format(**values, name=romanized))
        anon_korean.append(ko.format(**values, name=pseudonym))
        anon_english.append(en.format(**values, name=pseudonym))
    return " ".join(korean), " ".join(english), " ".join(anon_korean), " ".join(anon_english)


class SyntheticBatch:
    """The rows of one batch of testimonies, built in memory, then saved table by table."""

    def __init__(self) -> None:
        self.testimonies: list[Testimony] = []
        self.narratives: list[Narrative] = []
        self.persons: list[list[Person]] = []
        self.consents: list[Consent] = []
        self.tags: list[list[IndicatorTag]] = []
        self.anonymized: list[tuple[str, str] | None] = []
        self.postings: list[Posting] = []


def _build_batch(
    rng: random.Random,
    first_number: int,
    size: int,
    users: dict[str, list[AbstractBaseUser]],
    vocabularies: dict[str, list],
    now: datetime,
) -> SyntheticBatch:
    batch = SyntheticBatch()
    statuses = list(STATUS_WEIGHTS)
    weights = list(STATUS_WEIGHTS.values())
    # `.values` builds a new list at every call: once a batch is enough.
    knowledge, recruitment, endings = Knowledge.values, Recruitment.values, Ending.values
    public_names, recipients, methods = (
        Consent.PublicName.values,
        Consent.Recipients.values,
        Consent.Method.values,
    )
    for number in range(first_number, first_number + size):
        status = rng.choices(statuses, weights)[0]
        interviewer = rng.choice(users["interviewer"])
        created_at = now - timedelta(minutes=rng.randint(60, 60 * 24 * 365 * 8))
        start = rng.randint(2003, 2021)
        end = start + rng.randint(0, 5)
        site = rng.choice(SITES).format(n=number % 700)
        testimony = Testimony(
            case_code=f"{CASE_CODE_PREFIX}-{number:07d}",
            status=status,
            interview_date=created_at.date() - timedelta(days=rng.randint(0, 60)),
            interview_place=rng.choice(PLACES),
            interviewer=interviewer,
            interview_language=Language.KOREAN,
            knowledge=rng.choice(knowledge),
            country=rng.choice(vocabularies["countries"]),
            work_site=site,
            sector=rng.choice(vocabularies["sectors"]),
            period_start=f"{start}-{rng.randint(1, 12):02d}" if rng.random() < 0.6 else str(start),
            period_end=str(end),
            recruitment=rng.choice(recruitment),
            hours_per_day=rng.randint(10, 18),
            days_off_per_month=rng.randint(0, 4),
            passport_confiscated=rng.choice([True, True, None]),
            movement_restricted=rng.choice([True, None, False]),
            surveillance=rng.choice([True, True, None]),
            loyalty_contributions=rng.choice([True, None]),
            violence=rng.choice([True, False, None]),
            threats_to_family=rng.choice([True, None]),
            ending=rng.choice(endings),
            created_by=interviewer,
            updated_by=interviewer,
            created_at=created_at,
            updated_at=created_at,
        )
        if status != Status.DRAFT:
            testimony.submitted_at = created_at + timedelta(days=1)
        if status in REVIEWED:
            testimony.assigned_reviewer = users["reviewer"][0]
        batch.testimonies.append(testimony)

        witness, witness_ko = _name(rng)
        persons = [
            Person(
                testimony=testimony,
                role=Person.Role.WITNESS,
                name_romanized=witness,
                name_hangul=witness_ko,
                pseudonym="Witness A",
                sex=rng.choice([Person.Sex.MALE, Person.Sex.FEMALE]),
                birth_year=rng.randint(1955, 1998),
                home_province=rng.choice(vocabularies["provinces"]),
                family_in_north_korea=rng.choice([True, False, None]),
            )
        ]
        named_others = []
        for position in range(rng.randint(0, 3)):
            role, label = rng.choice(OTHER_ROLES)
            romanized, hangul = _name(rng) if rng.random() < 0.7 else ("", "")
            if romanized:
                named_others.append((romanized, hangul))
            persons.append(
                Person(
                    testimony=testimony,
                    role=role,
                    name_romanized=romanized,
                    name_hangul=hangul,
                    pseudonym=f"{label} {position + 1}",
                )
            )
        batch.persons.append(persons)

        wage = rng.choice([100, 120, 150, 200, 300])
        values = {
            "site": site,
            "start": start,
            "end": end,
            "hours": testimony.hours_per_day,
            "wage": wage,
            "paid": wage // rng.randint(5, 12),
        }
        korean, english, anon_korean, anon_english = _narrative(
            rng, values, named_others or [("Kang Chol-min", "강철민")]
        )
        batch.narratives.append(
            Narrative(
                testimony=testimony, language=Language.KOREAN, original=korean, english=english
            )
        )
        batch.anonymized.append((anon_korean, anon_english) if status == Status.APPROVED else None)
        batch.consents.append(
            Consent(
                testimony=testimony,
                un_submission=True,
                informed_state_letter=True,
                informed_public_summary=rng.random() < 0.8,
                public_name=rng.choice(public_names),
                recipients=rng.choice(recipients),
                given_on=testimony.interview_date,
                method=rng.choice(methods),
            )
        )
        # One posting per testimony, made of its columns as the postings migration makes it.
        batch.postings.append(
            Posting(
                testimony=testimony,
                order=1,
                country=testimony.country,
                work_site=testimony.work_site,
                sector=testimony.sector,
                period_start=testimony.period_start,
                period_end=testimony.period_end,
                recruitment=testimony.recruitment,
                ending=testimony.ending,
            )
        )
        indicators = rng.sample(list(INDICATOR_PHASES), rng.randint(1, 4))
        batch.tags.append(
            [
                IndicatorTag(
                    testimony=testimony,
                    indicator=indicator,
                    phase=INDICATOR_PHASES[indicator],
                    passage=english.split(". ")[0][:200],
                )
                for indicator in indicators
            ]
        )
    return batch


def _snapshot(batch: SyntheticBatch, index: int) -> str:
    """Version 1 of a testimony, the same JSON `versions.testimony_snapshot` would read back."""
    testimony = batch.testimonies[index]
    indicators = [_plain_fields(tag, IndicatorTagForm.Meta.fields) for tag in batch.tags[index]]
    snapshot = {
        "facts": _plain_fields(testimony, FACT_FIELDS),
        "narrative": _plain_fields(batch.narratives[index], NarrativeForm.Meta.fields),
        "persons": [
            {"uuid": str(person.uuid), **_plain_fields(person, PersonForm.Meta.fields)}
            for person in batch.persons[index]
        ],
        "consent": _plain_fields(batch.consents[index], ConsentForm.Meta.fields),
        "indicators": sorted(indicators, key=lambda tag: json.dumps(tag, sort_keys=True)),
        "postings": [_posting_snapshot(batch.postings[index])],
        "entities": [],
        "notes": None,
    }
    return json.dumps(snapshot, ensure_ascii=False, sort_keys=True)


@transaction.atomic
def _save_batch(
    batch: SyntheticBatch,
    users: dict[str, list[AbstractBaseUser]],
    digests: Callable[[tuple[str, ...]], set[str]],
) -> None:
    _insert(Testimony, batch.testimonies)
    _insert(Narrative, batch.narratives)
    _insert(Consent, batch.consents)
    _insert(IndicatorTag, [tag for tags in batch.tags for tag in tags])
    _insert(Posting, batch.postings)
    persons = _insert(Person, [person for group in batch.persons for person in group])
    _insert(
        PersonNameIndex,
        [
            PersonNameIndex(person=person, digest=digest)
            for person in persons
            for digest in digests(tuple(person.all_names()))
        ],
    )
    _insert(
        TestimonyVersion,
        [
            TestimonyVersion(
                testimony=testimony,
                number=1,
                created_by=testimony.created_by,
                created_at=testimony.created_at,
                snapshot=_snapshot(batch, index),
            )
            for index, testimony in enumerate(batch.testimonies)
        ],
    )
    coordinator = users["coordinator"][0]
    _insert(
        Anonymization,
        [
            Anonymization(
                testimony=testimony,
                version_number=1,
                original=texts[0],
                english=texts[1],
                approved_by=coordinator,
                approved_at=testimony.created_at + timedelta(days=20),
            )
            for testimony, texts in zip(batch.testimonies, batch.anonymized, strict=True)
            if texts is not None
        ],
    )
    _insert(
        ConsentWithdrawal,
        [
            ConsentWithdrawal(
                testimony=testimony,
                withdrawn_on=testimony.interview_date + timedelta(days=30),
                how=Consent.Method.WRITTEN,
                note="The witness asked by letter that the testimony not be used.",
                recorded_by=coordinator,
                recorded_at=testimony.created_at + timedelta(days=30),
                status_before=Status.SUBMITTED,
            )
            for testimony in batch.testimonies
            if testimony.status == Status.WITHDRAWN
        ],
    )
    _append_audit_events(
        [
            AuditEvent(
                at=testimony.created_at,
                actor=testimony.created_by,
                action=AuditEvent.Action.CREATED,
                testimony=testimony,
                detail={"synthetic": True},
            )
            for testimony in batch.testimonies
        ]
    )


def _append_audit_events(events: list[AuditEvent]) -> None:
    """Chain the events after the last one, as `audit_record` would one by one."""
    _lock_chain()
    last = AuditEvent.objects.order_by("-sequence").values("sequence", "hash").first()
    sequence, previous = (last["sequence"], last["hash"]) if last else (0, "0" * 64)
    for event in events:
        sequence += 1
        event.sequence, event.prev_hash = sequence, previous
        event.at = event.at.astimezone(UTC)
        event.hash = previous = event_hash(event)
    _insert(AuditEvent, events)


def _insert(model: type[models.Model], objs: list[models.Model]) -> list[models.Model]:
    """Insert the objects and set their primary keys, as `bulk_create` does."""
    # The connection itself, not the `django.db.connection` proxy: it is read for every value.
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.vendor != "postgresql" or not objs:
        return model.objects.bulk_create(objs)
    opts = model._meta
    with connection.cursor() as cursor:
        if opts.auto_field is not None:
            # COPY returns no ids: take them from the table's sequence first.
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) "
                "FROM generate_series(1, %s) ORDER BY 1",
                [opts.db_table, opts.pk.column, len(objs)],
            )
            for obj, (pk,) in zip(objs, cursor.fetchall(), strict=True):
                obj.pk = pk
        fields = [field for field in opts.concrete_fields if not field.generated]
        columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
        table = connection.ops.quote_name(opts.db_table)
        with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for obj in objs:
                obj._prepare_related_fields_for_save(operation_name="bulk_create")
                # The values Django's INSERT would send: encrypted fields arrive encrypted.
                copy.write_row(
                    [
                        field.get_db_prep_save(field.pre_save(obj, add=True), connection)
                        for field in fields
                    ]
                )
    for obj in objs:
        obj._state.adding, obj._state.db = False, connection.alias
    return objs


def seed_synthetic(
    count: int, *, seed: int = 2026, progress: Callable[[int], None] | None = None
) -> int:
    """Add `count` synthetic testimonies after any earlier ones; return the first number used."""
    rng = random.Random(seed)  # noqa: S311 (invented data, not secrets)
    users = _accounts()
    vocabularies = {
        "countries": list(Country.objects.all()),
        "sectors": list(Sector.objects.all()),
        "provinces": list(Province.objects.all()),
    }
    last = (
        Testimony.objects.filter(case_code__startswith=f"{CASE_CODE_PREFIX}-")
        .order_by("-case_code")
        .values_list("case_code", flat=True)
        .first()
    )
    first = int(last.split("-")[1]) + 1 if last else 1
    now = datetime.now(UTC).replace(microsecond=0)

    @cache
    def digests(names: tuple[str, ...]) -> set[str]:
        # Names come from 13,824 combinations, so most recur: normalize and hash each once.
        return name_digests(list(names))

    for offset in range(0, count, BATCH_SIZE):
        size = min(BATCH_SIZE, count - offset)
        batch = _build_batch(rng, first + offset, size, users, vocabularies, now)
        _save_batch(batch, users, digests)
        # With DEBUG on, Django keeps the last 9,000 statements: megabytes of narrative each.
        reset_queries()
        if progress:
            progress(offset + size)
    audit_record(
        actor=None,
        action=AuditEvent.Action.DEMO_LOADED,
        detail={"synthetic_testimonies": count, "seed": seed},
    )
    return first


class Command(BaseCommand):
    help = "Add COUNT invented testimonies for benchmarks (development databases only)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--count", type=int, required=True, help="how many testimonies")
        parser.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
        parser.add_argument(
            "--i-know-this-is-not-production",
            action="store_true",
            dest="not_production",
            help="run although DJANGO_DEBUG is off (a benchmark database with production settings)",
        )

    def handle(self, *args: object, count: int, seed: int, not_production: bool, **options) -> None:
        if not settings.DEBUG and not not_production:
            raise CommandError(REFUSAL)
        if count < 1:
            raise CommandError("--count must be at least 1.")
        if not Group.objects.filter(name="interviewer").exists():
            raise CommandError("The role groups are missing: run `manage.py migrate` first.")
        verbosity = options.get("verbosity", 1)

        def progress(done: int) -> None:
            if verbosity > 0:
                self.stdout.write(f"  {done:,} / {count:,}", ending="\r")
                self.stdout.flush()

        first = seed_synthetic(count, seed=seed, progress=progress)
        if verbosity > 0:
            self.stdout.write("")
        self.stdout.write(
            self.style.SUCCESS(
                f"Added {count:,} synthetic testimonies, "
                f"{CASE_CODE_PREFIX}-{first:07d} to {CASE_CODE_PREFIX}-{first + count - 1:07d}."
            )
        )

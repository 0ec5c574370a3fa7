"""`manage.py load_demo`: fictional testimonies and one account per role, for development only.

Every person, place of birth and event below is invented. The narratives are written the way real
testimonies are - they name minders and co-workers, public figures and places - so that search,
redaction and export can be tried on realistic text without touching anyone's real story.
"""

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from accounts.demo import demo_devices_ensure, demo_otpauth_uri, demo_secret_base32
from testimony.anonymize.review import anonymization_approve
from testimony.audit import audit_record
from testimony.models import (
    AuditEvent,
    Consent,
    Country,
    Ending,
    Entity,
    EntityRole,
    Indicator,
    IndicatorTag,
    Knowledge,
    Language,
    Narrative,
    Person,
    Posting,
    Province,
    Recruitment,
    Sector,
    Status,
    Testimony,
    TestimonyEntity,
    WagePeriod,
    entity_key,
)
from testimony.services import testimony_insert_with_case_code
from testimony.versions import version_record
from testimony.workflow import transition

REFUSAL = (
    "load_demo only runs with DJANGO_DEBUG=true: demo accounts and fictional testimonies never "
    "belong in production."
)

# Shown to every newcomer by `make run`; it only ever exists on development machines.
DEMO_PASSWORD = "demo-password-2026"  # noqa: S105

# Fixed, so that demo testimonies and persons keep their UUIDs (and URLs) across reloads.
DEMO_NAMESPACE = uuid.UUID("034c5a9e-d141-40f1-b811-a7933231eff5")

# (username, group); two interviewers so that the four-eyes rule can be shown.
DEMO_ACCOUNTS = [
    ("interviewer", "interviewer"),
    ("interviewer2", "interviewer"),
    ("reviewer", "reviewer"),
    ("coordinator", "coordinator"),
    ("admin", "admin"),
]

# Reached through the workflow, four eyes included, so that the demo shows the real rule: the
# reviewer verifies; the coordinator, who did not verify, approves the anonymized text and the
# export.
REVIEWED_STATES = (Status.VERIFIED, Status.APPROVED, Status.ARCHIVED)


Phase = IndicatorTag.Phase
Role = Person.Role
Sex = Person.Sex


def demo_testimony_uuid(number: int) -> uuid.UUID:
    return uuid.uuid5(DEMO_NAMESPACE, f"demo-{number}")


def demo_person_uuid(number: int, position: int) -> uuid.UUID:
    return uuid.uuid5(DEMO_NAMESPACE, f"demo-{number}-person-{position}")


def _usd(amount: int) -> dict[str, Any]:
    return {"amount": Decimal(amount), "currency": "USD"}


# Each entry: the testimony's own fields, plus "persons", "consent" and "indicators".
# Foreign keys are given by vocabulary code or demo username. Pseudonyms are stable across the
# collection: the minder of testimonies 3 and 8 is the same man, "Supervisor 3".
DEMO_TESTIMONIES: list[dict[str, Any]] = [
    {
        "status": Status.APPROVED,
        "interviewer": "interviewer",
        "interview_date": date(2024, 3, 12),
        "interview_place": "Seoul, NGO office",
        "interview_language": Language.KOREAN,
        "narrative_language": Language.KOREAN,
        "narrative_original": (
            "저는 2014년 6월에 국가 배치로 쿠웨이트에 파견되었습니다. 쿠웨이트시 외곽의 주택 건설 "
            "현장에서 하루 열네 시간 넘게 일했고, 쉬는 날은 한 달에 하루뿐이었습니다. 도착하자마자 "
            "작업반장 강철민이 여권을 모두 거두어 갔고 귀국할 때까지 돌려주지 않았습니다. 한 달에 "
            "120달러를 준다고 했지만 실제로 손에 쥔 돈은 12달러 정도였습니다. 나머지는 "
            "'충성자금'과 숙식비 명목으로 떼어 갔습니다. 숙소 밖에는 보위원이 지키고 있어서 "
            "혼자서는 나갈 수 없었습니다. 불평하면 평양에 있는 가족이 어떻게 될지 생각하라는 말을 "
            "들었습니다. 2016년에 계약이 끝나 귀국했고, 2019년에 북한을 떠났습니다."
        ),
        "narrative_english": (
            "In June 2014 I was sent to Kuwait by state assignment. I worked more than fourteen "
            "hours a day on a housing construction site outside Kuwait City, with only one day off "
            "a month. As soon as we arrived, the work-team leader Kang Chol-min collected all our "
            "passports and did not return them until we went home. We were told we would be paid "
            "120 dollars a month, but what I actually held in my hand was about 12 dollars. The "
            "rest was deducted as 'loyalty funds' and for food and lodging. A security officer "
            "guarded the outside of the dormitory, so we could not go out alone. When I complained "
            "I was told to think about what would happen to my family in Pyongyang. In 2016 the "
            "contract ended and I returned home; in 2019 I left North Korea."
        ),
        "country": "kuwait",
        "work_site": "Housing construction site outside Kuwait City",
        "sector": "construction",
        "period_start": "2014-06",
        "period_end": "2016",
        "recruitment": Recruitment.STATE_ASSIGNMENT,
        "bribe_paid": False,
        "promised": {**_usd(120), "period": WagePeriod.MONTH},
        "received": {**_usd(12), "period": WagePeriod.MONTH},
        "hours_per_day": 14,
        "days_off_per_month": 1,
        "passport_confiscated": True,
        "movement_restricted": True,
        "surveillance": True,
        "loyalty_contributions": True,
        "violence": False,
        "threats_to_family": True,
        "ending": Ending.RETURNED,
        "persons": [
            {
                "role": Role.WITNESS,
                "name_romanized": "Rim Myong-chol",
                "name_hangul": "림명철",
                "aliases": "Lim Myung-chul\nIm Myeong-cheol",
                "contact_details": "Through the Seoul office only",
                "pseudonym": "Witness A",
                "sex": Sex.MALE,
                "birth_year": 1978,
                "home_province": "pyongyang",
                "family_in_north_korea": True,
            },
            {
                "role": Role.SUPERVISOR,
                "name_romanized": "Kang Chol-min",
                "name_hangul": "강철민",
                "aliases": "Kang Cheol-min",
                "pseudonym": "Supervisor 1",
                "sex": Sex.MALE,
            },
            {
                "role": Role.COWORKER,
                "name_romanized": "Jang Il-nam",
                "name_hangul": "장일남",
                "pseudonym": "Co-worker 1",
                "sex": Sex.MALE,
                "home_province": "south_pyongan",
            },
        ],
        "consent": {
            "public_name": Consent.PublicName.INITIALS,
            "recipients": Consent.Recipients.UN_ONLY,
            "method": Consent.Method.WRITTEN,
        },
        "indicators": [
            (
                Indicator.RETENTION_OF_DOCUMENTS,
                Phase.EMPLOYMENT,
                "the work-team leader Kang Chol-min collected all our passports and did not "
                "return them until we went home",
            ),
            (
                Indicator.WITHHOLDING_OF_WAGES,
                Phase.EMPLOYMENT,
                "We were told we would be paid 120 dollars a month, but what I actually held in "
                "my hand was about 12 dollars.",
            ),
            (
                Indicator.EXCESSIVE_OVERTIME,
                Phase.EMPLOYMENT,
                "I worked more than fourteen hours a day",
            ),
            (
                Indicator.RESTRICTION_OF_MOVEMENT,
                Phase.EMPLOYMENT,
                "A security officer guarded the outside of the dormitory, so we could not go out "
                "alone.",
            ),
            (
                Indicator.INTIMIDATION,
                Phase.LEAVING,
                "When I complained I was told to think about what would happen to my family in "
                "Pyongyang.",
            ),
        ],
    },
    {
        "status": Status.VERIFIED,
        "interviewer": "interviewer2",
        "interview_date": date(2024, 5, 20),
        "interview_place": "Seoul, NGO office",
        "interview_language": Language.KOREAN,
        "narrative_language": Language.KOREAN,
        "narrative_original": (
            "2016년 3월에 단둥의 봉제공장으로 가게 되었습니다. 선발되려고 어머니가 간부에게 돈을 "
            "주었습니다. 아침 6시부터 밤 11시까지 재봉틀 앞에 앉아 있었고 주문이 밀리면 밤을 "
            "새웠습니다. 한 달에 쉬는 날은 이틀이었지만 그날도 정치학습을 해야 했습니다. 중국 "
            "회사가 한 사람당 한 달에 2,000위안을 지불한다고 들었지만 우리는 한 푼도 받지 "
            "못했습니다. 지배인 허정옥은 공장 밖으로 나가는 것을 금지했고 휴대전화를 가지면 바로 "
            "귀국시킨다고 했습니다. 2019년 8월에 기숙사를 빠져나와 도망쳤습니다."
        ),
        "narrative_english": (
            "In March 2016 I was sent to a garment factory in Dandong. To get me selected, my "
            "mother gave money to an official. I sat at a sewing machine from six in the morning "
            "until eleven at night, and when orders piled up we worked through the night. We had "
            "two days off a month, but even then we had to attend political study sessions. We "
            "heard that the Chinese company paid 2,000 yuan a month for each of us, but we did not "
            "receive a single coin. The manager Ho Jong-ok forbade us to leave the factory and "
            "said anyone found with a mobile phone would be sent home at once. In August 2019 I "
            "slipped out of the dormitory and escaped."
        ),
        "country": "china",
        "work_site": "Garment factory, Dandong",
        "sector": "manufacturing",
        "period_start": "2016-03",
        "period_end": "2019-08",
        "recruitment": Recruitment.BRIBE,
        "bribe_paid": True,
        "promised": {"amount": Decimal(2000), "currency": "CNY", "period": WagePeriod.MONTH},
        "received": {"amount": Decimal(0), "currency": "CNY", "period": WagePeriod.MONTH},
        "hours_per_day": 17,
        "days_off_per_month": 2,
        "movement_restricted": True,
        "surveillance": True,
        "violence": False,
        "ending": Ending.ESCAPED,
        "persons": [
            {
                "role": Role.WITNESS,
                "name_romanized": "Pak Sun-hui",
                "name_hangul": "박순희",
                "aliases": "Park Soon-hee",
                "contact_details": "Through the Seoul office only",
                "pseudonym": "Witness B",
                "sex": Sex.FEMALE,
                "birth_year": 1995,
                "home_province": "north_pyongan",
                "family_in_north_korea": True,
            },
            {
                "role": Role.SUPERVISOR,
                "name_romanized": "Ho Jong-ok",
                "name_hangul": "허정옥",
                "aliases": "Heo Jeong-ok",
                "pseudonym": "Supervisor 2",
                "sex": Sex.FEMALE,
            },
            {
                "role": Role.COWORKER,
                "name_romanized": "Kim Un-byol",
                "name_hangul": "김은별",
                "pseudonym": "Co-worker 2",
                "sex": Sex.FEMALE,
            },
            {
                "role": Role.RELATIVE,
                "name_romanized": "Kim Ok-sun",
                "name_hangul": "김옥순",
                "pseudonym": "Relative 1",
                "sex": Sex.FEMALE,
                "home_province": "north_pyongan",
                "family_in_north_korea": True,
            },
        ],
        "consent": {
            "public_name": Consent.PublicName.NONE,
            "recipients": Consent.Recipients.UN_ONLY,
            "method": Consent.Method.WRITTEN,
        },
        "indicators": [
            (
                Indicator.EXCESSIVE_OVERTIME,
                Phase.EMPLOYMENT,
                "from six in the morning until eleven at night",
            ),
            (
                Indicator.WITHHOLDING_OF_WAGES,
                Phase.EMPLOYMENT,
                "we did not receive a single coin",
            ),
            (
                Indicator.RESTRICTION_OF_MOVEMENT,
                Phase.EMPLOYMENT,
                "The manager Ho Jong-ok forbade us to leave the factory",
            ),
            (
                Indicator.ISOLATION,
                Phase.EMPLOYMENT,
                "anyone found with a mobile phone would be sent home at once",
            ),
        ],
    },
    {
        "status": Status.IN_REVIEW,
        "interviewer": "interviewer",
        "interview_date": date(2024, 9, 3),
        "interview_place": "Seoul, NGO office",
        "interview_language": Language.KOREAN,
        "narrative_language": Language.KOREAN,
        "narrative_original": (
            "2009년 가을 아무르주 틴다 근처의 벌목장으로 보내졌습니다. 한 달에 150달러를 벌 수 "
            "있다고 들었습니다. 겨울에는 영하 40도까지 내려갔는데도 하루 열여섯 시간씩 나무를 "
            "베었고, 쉬는 날은 설날과 4월 15일뿐이었습니다. 매달 계획량을 채우지 못하면 그만큼 "
            "빚으로 기록되었고 그 빚은 해마다 늘어났습니다. 사업소 보위지도원 리성호는 도망치려던 "
            "동료를 사람들 앞에서 때렸습니다. 2012년부터는 김정은에게 바치는 충성자금이라며 번 "
            "돈의 대부분을 가져갔습니다. 결국 제 손에 남은 것은 한 달에 20달러도 안 되었습니다. "
            "2013년 여름 숲을 가로질러 도망쳐 러시아 사람의 도움으로 모스크바까지 갔습니다."
        ),
        "narrative_english": (
            "In the autumn of 2009 I was sent to a logging camp near Tynda in Amur Oblast. I was "
            "told I could earn 150 dollars a month. In winter it fell to forty degrees below zero, "
            "yet we felled trees sixteen hours a day, and the only days off were New Year's Day "
            "and 15 April. Whenever we failed to meet the monthly quota, the shortfall was "
            "recorded as a debt, and that debt grew every year. The enterprise security officer Ri "
            "Song-ho beat a co-worker who had tried to run away in front of everyone. From 2012 "
            "they took most of what we earned, calling it loyalty money for Kim Jong-un. In the "
            "end I was left with less than 20 dollars a month. In the summer of 2013 I fled "
            "through the forest and, with the help of a Russian, reached Moscow."
        ),
        "country": "russia",
        "work_site": "Logging camp near Tynda, Amur Oblast",
        "sector": "logging",
        "period_start": "2009",
        "period_end": "2013",
        "recruitment": Recruitment.STATE_ASSIGNMENT,
        "promised": {**_usd(150), "period": WagePeriod.MONTH},
        "received": {**_usd(20), "period": WagePeriod.MONTH},
        "hours_per_day": 16,
        "days_off_per_month": 0,
        "movement_restricted": True,
        "surveillance": True,
        "loyalty_contributions": True,
        "violence": True,
        "ending": Ending.DEFECTED,
        "persons": [
            {
                "role": Role.WITNESS,
                "name_romanized": "Choe Kwang-il",
                "name_hangul": "최광일",
                "aliases": "Choi Kwang-il",
                "pseudonym": "Witness C",
                "sex": Sex.MALE,
                "birth_year": 1972,
                "home_province": "south_hamgyong",
                "family_in_north_korea": True,
            },
            {
                "role": Role.SUPERVISOR,
                "name_romanized": "Ri Song-ho",
                "name_hangul": "리성호",
                "aliases": "Lee Sung-ho\n이성호",
                "pseudonym": "Supervisor 3",
                "sex": Sex.MALE,
            },
            # The beaten co-worker's name is not known: a person can be recorded without one.
            {"role": Role.COWORKER, "pseudonym": "Co-worker 3", "sex": Sex.MALE},
        ],
        "consent": {
            "public_name": Consent.PublicName.NONE,
            "recipients": Consent.Recipients.PARTNER_NGOS,
            "method": Consent.Method.RECORDED,
        },
        "indicators": [
            (
                Indicator.ABUSIVE_CONDITIONS,
                Phase.EMPLOYMENT,
                "In winter it fell to forty degrees below zero, yet we felled trees sixteen hours "
                "a day",
            ),
            (
                Indicator.DEBT_BONDAGE,
                Phase.EMPLOYMENT,
                "the shortfall was recorded as a debt, and that debt grew every year",
            ),
            (
                Indicator.VIOLENCE,
                Phase.LEAVING,
                "beat a co-worker who had tried to run away in front of everyone",
            ),
            (
                Indicator.WITHHOLDING_OF_WAGES,
                Phase.EMPLOYMENT,
                "In the end I was left with less than 20 dollars a month.",
            ),
        ],
    },
    {
        "status": Status.SUBMITTED,
        "interviewer": "interviewer",
        "interview_date": date(2024, 11, 8),
        "interview_place": "Incheon, witness's home",
        "interpreter": "Staff interpreter",
        "interview_language": Language.KOREAN,
        "narrative_language": Language.ENGLISH,
        "narrative_original": (
            "I went to Doha in 2013 with a group of about forty workers from Hamhung. We built the "
            "foundations of a hotel and worked from five in the morning until eight at night, "
            "often later when the heat was lower. We had no regular day off; once a month or so "
            "the team rested when materials did not arrive. The contract promised 150 dollars a "
            "month. At the end of two years I was given 300 dollars in total. The minder we called "
            "Comrade Kim kept our passports in a safe in his room and read the letters we sent "
            "home. Two men who spoke to Nepali workers were sent back to North Korea within a "
            "week. I returned to Hamhung in 2015 and crossed into China with my wife and son in "
            "2018."
        ),
        "country": "qatar",
        "work_site": "Hotel construction site, Doha",
        "sector": "construction",
        "period_start": "2013",
        "period_end": "2015",
        "recruitment": Recruitment.STATE_ASSIGNMENT,
        "bribe_paid": False,
        "promised": {**_usd(150), "period": WagePeriod.MONTH},
        "received": {**_usd(300), "period": WagePeriod.CONTRACT},
        "hours_per_day": 15,
        "days_off_per_month": 1,
        "passport_confiscated": True,
        "movement_restricted": True,
        "surveillance": True,
        "violence": False,
        "ending": Ending.RETURNED,
        "persons": [
            {
                "role": Role.WITNESS,
                "name_romanized": "Kang Yong-nam",
                "name_hangul": "강영남",
                "aliases": "Kang Young-nam",
                "contact_details": "Through the Seoul office only",
                "pseudonym": "Witness D",
                "sex": Sex.MALE,
                "birth_year": 1981,
                "home_province": "south_hamgyong",
                # His wife and son left with him: nothing stops a full name in public reports.
                "family_in_north_korea": False,
            },
            {
                "role": Role.SUPERVISOR,
                "name_romanized": "Comrade Kim",
                "aliases": "김동무",
                "pseudonym": "Supervisor 4",
                "sex": Sex.MALE,
            },
        ],
        "consent": {
            "public_name": Consent.PublicName.FULL,
            "recipients": Consent.Recipients.PUBLIC,
            "method": Consent.Method.RECORDED,
        },
        "indicators": [
            (
                Indicator.DECEPTION,
                Phase.RECRUITMENT,
                "The contract promised 150 dollars a month.",
            ),
            (
                Indicator.EXCESSIVE_OVERTIME,
                Phase.EMPLOYMENT,
                "worked from five in the morning until eight at night",
            ),
            (
                Indicator.WITHHOLDING_OF_WAGES,
                Phase.EMPLOYMENT,
                "At the end of two years I was given 300 dollars in total.",
            ),
            (
                Indicator.RETENTION_OF_DOCUMENTS,
                Phase.EMPLOYMENT,
                "kept our passports in a safe in his room",
            ),
            (
                Indicator.ISOLATION,
                Phase.EMPLOYMENT,
                "Two men who spoke to Nepali workers were sent back to North Korea within a week.",
            ),
        ],
    },
    {
        "status": Status.DRAFT,
        "interviewer": "interviewer2",
        "interview_date": date(2025, 2, 17),
        "interview_place": "Seoul, NGO office",
        "interview_language": Language.KOREAN,
        "narrative_language": Language.KOREAN,
        "narrative_original": (
            "2017년 5월부터 프놈펜의 조선 식당에서 봉사원으로 일했습니다. 아침 9시에 출근해 손님이 "
            "모두 떠나는 밤 11시까지 일했고 식당 위층 숙소에서 살았습니다. 쉬는 날은 없었습니다. "
            "밖에 나갈 때는 반드시 세 명 이상이 함께 다녀야 했고 책임자 동지가 따라왔습니다. "
            "손님이 주는 봉사료도 모두 지배인에게 바쳐야 했습니다. 매달 100달러를 준다고 했지만 "
            "귀국할 때 준다며 한 번도 주지 않았습니다. 2019년에 계약이 끝나 평양으로 돌아갔습니다."
        ),
        "narrative_english": (
            "From May 2017 I worked as a waitress in a North Korean restaurant in Phnom Penh. I "
            "started at nine in the morning and worked until eleven at night, when the last guests "
            "left, and I lived in the dormitory above the restaurant. There were no days off. When "
            "we went out we always had to go in groups of three or more, and the responsible "
            "comrade came with us. All tips from guests had to be handed to the manager. They said "
            "they would pay 100 dollars a month, but they said it would be paid when we went home, "
            "and they never paid it once. In 2019 the contract ended and I returned to Pyongyang."
        ),
        "country": "cambodia",
        "work_site": "North Korean restaurant, Phnom Penh",
        "sector": "restaurant_service",
        "period_start": "2017-05",
        "period_end": "2019",
        "recruitment": Recruitment.APPLIED,
        "promised": {**_usd(100), "period": WagePeriod.MONTH},
        "received": {**_usd(0), "period": WagePeriod.MONTH},
        "hours_per_day": 14,
        "days_off_per_month": 0,
        "movement_restricted": True,
        "surveillance": True,
        "ending": Ending.RETURNED,
        "persons": [
            {
                "role": Role.WITNESS,
                "name_romanized": "Han Song-mi",
                "name_hangul": "한성미",
                "aliases": "Han Sung-mi",
                "pseudonym": "Witness E",
                "sex": Sex.FEMALE,
                "birth_year": 1996,
                "home_province": "pyongyang",
                "family_in_north_korea": True,
            },
        ],
        # Still a draft: the witness has not decided yet, so nothing may be submitted.
        "consent": {
            "un_submission": False,
            "informed_state_letter": True,
            "informed_public_summary": True,
            "public_name": Consent.PublicName.NONE,
            "recipients": Consent.Recipients.UN_ONLY,
            "method": "",
            "given_on": None,
            "notes": "The witness wants to talk to her sister before signing.",
        },
        "indicators": [
            (
                Indicator.WITHHOLDING_OF_WAGES,
                Phase.EMPLOYMENT,
                "they said it would be paid when we went home, and they never paid it once",
            ),
            (
                Indicator.RESTRICTION_OF_MOVEMENT,
                Phase.EMPLOYMENT,
                "When we went out we always had to go in groups of three or more",
            ),
        ],
    },
    {
        "status": Status.CHANGES_REQUESTED,
        "interviewer": "interviewer",
        "interview_date": date(2025, 1, 22),
        "interview_place": "Busan, partner organisation",
        "interview_language": Language.KOREAN,
        "narrative_language": Language.KOREAN,
        "narrative_original": (
            "2017년부터 1년 넘게 중국 선적 오징어잡이 배에서 일했습니다. 배는 동해와 러시아 수역을 "
            "오갔고 항구에는 거의 들어가지 않았습니다. 하루 스무 시간 가까이 그물을 끌었고 잠은 "
            "교대로 서너 시간밖에 자지 못했습니다. 선장은 중국 사람이었고 우리 여섯 명을 감시하는 "
            "사람은 보위원 출신 정광수였습니다. 배에 오를 때 여권 대신 선원증을 받았는데 그것도 "
            "정광수가 보관했습니다. 한 달에 200달러라고 했지만 배에서 내릴 때 받은 돈은 없었습니다."
        ),
        "narrative_english": (
            "From 2017, for more than a year, I worked on a Chinese-flagged squid-fishing boat. "
            "The boat moved between the East Sea and Russian waters and hardly ever entered a "
            "port. We hauled nets for close to twenty hours a day and, taking turns, slept only "
            "three or four hours. The captain was Chinese, and the man watching the six of us was "
            "Jong Kwang-su, a former security agent. When we boarded we were given seamen's books "
            "instead of passports, and Jong Kwang-su kept those too. We were told 200 dollars a "
            "month, but when I got off the boat I received nothing."
        ),
        "country": "at_sea",
        "work_site": "Chinese-flagged squid-fishing boat, East Sea and Russian waters",
        "sector": "fishing",
        "period_start": "2017",
        "period_end": "2018",
        "promised": {**_usd(200), "period": WagePeriod.MONTH},
        "received": {**_usd(0), "period": WagePeriod.CONTRACT},
        "hours_per_day": 20,
        "days_off_per_month": 0,
        "passport_confiscated": True,
        "movement_restricted": True,
        "surveillance": True,
        "ending": Ending.UNKNOWN,
        "persons": [
            {
                "role": Role.WITNESS,
                "name_romanized": "Jo Myong-ho",
                "name_hangul": "조명호",
                "aliases": "Cho Myung-ho",
                "pseudonym": "Witness F",
                "sex": Sex.MALE,
                "birth_year": 1988,
                "home_province": "north_hamgyong",
                "family_in_north_korea": True,
            },
            {
                "role": Role.SUPERVISOR,
                "name_romanized": "Jong Kwang-su",
                "name_hangul": "정광수",
                "aliases": "Chung Kwang-soo\nJeong Gwang-su",
                "pseudonym": "Supervisor 5",
                "sex": Sex.MALE,
            },
        ],
        "consent": {
            "public_name": Consent.PublicName.INITIALS,
            "recipients": Consent.Recipients.UN_ONLY,
            "method": Consent.Method.ORAL_WITNESSED,
            "witnessed_by": "Partner organisation staff member",
        },
        "indicators": [
            (
                Indicator.EXCESSIVE_OVERTIME,
                Phase.EMPLOYMENT,
                "We hauled nets for close to twenty hours a day",
            ),
            (Indicator.ISOLATION, Phase.EMPLOYMENT, "hardly ever entered a port"),
            (
                Indicator.RETENTION_OF_DOCUMENTS,
                Phase.EMPLOYMENT,
                "When we boarded we were given seamen's books instead of passports, and Jong "
                "Kwang-su kept those too.",
            ),
            (
                Indicator.WITHHOLDING_OF_WAGES,
                Phase.LEAVING,
                "when I got off the boat I received nothing",
            ),
        ],
    },
    {
        "status": Status.APPROVED,
        "interviewer": "interviewer2",
        "interview_date": date(2023, 10, 5),
        "interview_place": "Seoul, NGO office",
        "interpreter": "Staff interpreter",
        "interview_language": Language.KOREAN,
        "narrative_language": Language.ENGLISH,
        "narrative_original": (
            "In April 2012 I was sent to Poland with a group of welders. We worked in a shipyard "
            "near Gdansk, welding hull sections for a subcontractor, twelve hours a day on "
            "weekdays and ten on Saturdays; most Sundays were worked as well. The Polish company "
            "paid our salaries into an account controlled by our group leader, Pak Tong-jin. Each "
            "month we signed a payroll sheet that we were not allowed to read, and we received "
            "about 100 dollars of a wage that Polish colleagues told us was more than 1,000 euros. "
            "We lived in a rented house; the group leader kept the only key to the front door at "
            "night. Our passports stayed with him 'for safekeeping'. Before every holiday we had "
            "to give money for gifts to the Supreme Leader. I returned to North Korea in 2015 and "
            "left again with my family in 2017."
        ),
        "country": "poland",
        "work_site": "Shipyard near Gdansk",
        "sector": "manufacturing",
        "period_start": "2012-04",
        "period_end": "2015",
        "recruitment": Recruitment.STATE_ASSIGNMENT,
        "received": {**_usd(100), "period": WagePeriod.MONTH},
        "hours_per_day": 12,
        "days_off_per_month": 2,
        "passport_confiscated": True,
        "movement_restricted": True,
        "surveillance": True,
        "loyalty_contributions": True,
        "violence": False,
        "ending": Ending.RETURNED,
        "persons": [
            {
                "role": Role.WITNESS,
                "name_romanized": "Ryu Kyong-sik",
                "name_hangul": "류경식",
                "aliases": "Yoo Kyung-sik\nYu Gyeong-sik",
                "contact_details": "Through the Seoul office only",
                "pseudonym": "Witness G",
                "sex": Sex.MALE,
                "birth_year": 1980,
                "home_province": "south_pyongan",
                "family_in_north_korea": False,
            },
            {
                "role": Role.SUPERVISOR,
                "name_romanized": "Pak Tong-jin",
                "name_hangul": "박동진",
                "aliases": "Park Dong-jin",
                "pseudonym": "Supervisor 6",
                "sex": Sex.MALE,
            },
            {
                "role": Role.COWORKER,
                "name_romanized": "Sin Kwang-ho",
                "name_hangul": "신광호",
                "aliases": "Shin Kwang-ho",
                "pseudonym": "Co-worker 4",
                "sex": Sex.MALE,
            },
        ],
        "consent": {
            "public_name": Consent.PublicName.INITIALS,
            "recipients": Consent.Recipients.PARTNER_NGOS,
            "method": Consent.Method.ORAL_WITNESSED,
            "witnessed_by": "Staff interpreter",
        },
        "indicators": [
            (
                Indicator.WITHHOLDING_OF_WAGES,
                Phase.EMPLOYMENT,
                "we received about 100 dollars of a wage that Polish colleagues told us was more "
                "than 1,000 euros",
            ),
            (
                Indicator.DECEPTION,
                Phase.EMPLOYMENT,
                "Each month we signed a payroll sheet that we were not allowed to read",
            ),
            (
                Indicator.RESTRICTION_OF_MOVEMENT,
                Phase.EMPLOYMENT,
                "the group leader kept the only key to the front door at night",
            ),
            (
                Indicator.RETENTION_OF_DOCUMENTS,
                Phase.EMPLOYMENT,
                "Our passports stayed with him 'for safekeeping'.",
            ),
        ],
    },
    {
        "status": Status.VERIFIED,
        "interviewer": "interviewer",
        "interview_date": date(2025, 4, 9),
        "interview_place": "Seoul, NGO office",
        "interview_language": Language.KOREAN,
        "narrative_language": Language.KOREAN,
        "narrative_original": (
            "2018년 봄 블라디보스토크의 아파트 건설 현장에 파견되었습니다. 유엔 제재 때문에 우리는 "
            "학생 비자로 입국했고 현장에서 누가 물으면 중국 사람이라고 말하라고 했습니다. 하루 "
            "열여덟 시간 일하는 날이 많았고 쉬는 날은 한 달에 한 번이었습니다. 작업반장은 전에 "
            "쿠웨이트에서도 작업반을 맡았던 강철민이었습니다. 한 달에 150달러를 "
            "주기로 했지만 실제로 받은 것은 30달러 정도였습니다. 매년 김정은 생일 전에는 '충성의 "
            "외화'라며 한 사람당 100달러씩 따로 바쳐야 했습니다. 현장 책임자 리성호는 계획을 못 "
            "채우면 귀국시키겠다고 했고 귀국하면 가족까지 처벌받는다고 했습니다. 2019년 12월 제재 "
            "시한 때문에 모두 귀국했습니다."
        ),
        "narrative_english": (
            "In spring 2018 I was sent to an apartment construction site in Vladivostok. Because "
            "of UN sanctions we entered on student visas and were told to say we were Chinese if "
            "anyone on site asked. Many days we worked eighteen hours, and we had one day off a "
            "month. Our work-team leader was Kang Chol-min, who had led a team in Kuwait before. "
            "We were promised 150 dollars a month and received about 30. Every year before "
            "Kim Jong-un's birthday each of us had to pay a separate 100 dollars as 'loyalty "
            "foreign currency'. The site chief Ri Song-ho said that anyone who missed the plan "
            "would be sent home, and that if we were sent home our families would be punished too. "
            "In December 2019 we all went home because of the sanctions deadline."
        ),
        "country": "russia",
        "work_site": "Apartment construction site, Vladivostok",
        "sector": "construction",
        "period_start": "2018",
        "period_end": "2019-12",
        "recruitment": Recruitment.STATE_ASSIGNMENT,
        "promised": {**_usd(150), "period": WagePeriod.MONTH},
        "received": {**_usd(30), "period": WagePeriod.MONTH},
        "hours_per_day": 18,
        "days_off_per_month": 1,
        "surveillance": True,
        "loyalty_contributions": True,
        "violence": False,
        "threats_to_family": True,
        "ending": Ending.RETURNED,
        "persons": [
            # A witness surnamed Kim, in a narrative that also names Kim Jong-un: redaction must
            # catch the one and leave the other.
            {
                "role": Role.WITNESS,
                "name_romanized": "Kim Hyok-chol",
                "name_hangul": "김혁철",
                "aliases": "Gim Hyeok-cheol\nKim Hyuk-chul",
                "pseudonym": "Witness H",
                "sex": Sex.MALE,
                "birth_year": 1990,
                "home_province": "kangwon",
                "family_in_north_korea": True,
            },
            {
                "role": Role.SUPERVISOR,
                "name_romanized": "Ri Song-ho",
                "name_hangul": "리성호",
                "aliases": "Lee Sung-ho",
                "pseudonym": "Supervisor 3",
                "sex": Sex.MALE,
            },
            {
                "role": Role.SUPERVISOR,
                "name_romanized": "Kang Chol-min",
                "name_hangul": "강철민",
                "pseudonym": "Supervisor 8",
                "sex": Sex.MALE,
            },
        ],
        "consent": {
            "public_name": Consent.PublicName.NONE,
            "recipients": Consent.Recipients.UN_ONLY,
            "method": Consent.Method.WRITTEN,
        },
        "indicators": [
            (
                Indicator.EXCESSIVE_OVERTIME,
                Phase.EMPLOYMENT,
                "Many days we worked eighteen hours",
            ),
            (
                Indicator.WITHHOLDING_OF_WAGES,
                Phase.EMPLOYMENT,
                "We were promised 150 dollars a month and received about 30.",
            ),
            (
                Indicator.INTIMIDATION,
                Phase.LEAVING,
                "if we were sent home our families would be punished too",
            ),
        ],
    },
    {
        "status": Status.WITHDRAWN,
        "interviewer": "interviewer2",
        "interview_date": date(2024, 7, 1),
        "interview_place": "Seoul, NGO office",
        "interpreter": "Staff interpreter",
        "interview_language": Language.KOREAN,
        "narrative_language": Language.ENGLISH,
        "narrative_original": (
            "I worked in Ulaanbaatar from 2015 to 2017 building apartment blocks. Work started at "
            "seven and ended after ten at night, and in summer we also worked on Sundays. Our "
            "passports were handed to the company representative at the airport. I was promised "
            "120 dollars a month; I received nothing in Mongolia and 50 dollars when I got home. "
            "The representative, Mun Chang-gil, told us that anyone who tried to contact a South "
            "Korean would be 'dealt with', and that our parents in Chongjin knew where we were."
        ),
        "country": "mongolia",
        "work_site": "Apartment blocks, Ulaanbaatar",
        "sector": "construction",
        "period_start": "2015",
        "period_end": "2017",
        "recruitment": Recruitment.STATE_ASSIGNMENT,
        "promised": {**_usd(120), "period": WagePeriod.MONTH},
        "received": {**_usd(50), "period": WagePeriod.CONTRACT},
        "hours_per_day": 15,
        "days_off_per_month": 2,
        "passport_confiscated": True,
        "surveillance": True,
        "violence": False,
        "threats_to_family": True,
        "ending": Ending.RETURNED,
        "persons": [
            {
                "role": Role.WITNESS,
                "name_romanized": "Yun Chol-ho",
                "name_hangul": "윤철호",
                "aliases": "Yoon Cheol-ho",
                "pseudonym": "Witness I",
                "sex": Sex.MALE,
                "birth_year": 1985,
                "home_province": "north_hamgyong",
                "family_in_north_korea": True,
            },
            {
                "role": Role.OFFICIAL,
                "name_romanized": "Mun Chang-gil",
                "name_hangul": "문창길",
                "aliases": "Moon Chang-gil",
                "pseudonym": "Official 1",
                "sex": Sex.MALE,
            },
        ],
        # Consent has no withdrawal fields yet; until it does, the withdrawal lives in the notes
        # and submission is switched off so nothing can export this testimony.
        "consent": {
            "un_submission": False,
            "public_name": Consent.PublicName.NONE,
            "recipients": Consent.Recipients.UN_ONLY,
            "method": Consent.Method.WRITTEN,
            "notes": (
                "Consent given in writing on 2024-07-01. Withdrawn by telephone on 2025-06-02: the "
                "witness fears for his parents. Do not use."
            ),
        },
        "indicators": [
            (
                Indicator.RETENTION_OF_DOCUMENTS,
                Phase.RECRUITMENT,
                "Our passports were handed to the company representative at the airport.",
            ),
            (
                Indicator.WITHHOLDING_OF_WAGES,
                Phase.EMPLOYMENT,
                "I received nothing in Mongolia and 50 dollars when I got home",
            ),
            (
                Indicator.INTIMIDATION,
                Phase.LEAVING,
                "our parents in Chongjin knew where we were",
            ),
        ],
    },
    {
        "status": Status.ARCHIVED,
        "interviewer": "interviewer",
        "interview_date": date(2023, 4, 18),
        "interview_place": "Seoul, NGO office",
        "interview_language": Language.KOREAN,
        "narrative_language": Language.KOREAN,
        "narrative_original": (
            "2010년에 두바이의 고층 건물 공사장으로 갔습니다. 기온이 50도 가까이 올라가는 한낮에도 "
            "일을 멈추지 않았고 하루 열세 시간 일했습니다. 숙소는 컨테이너였고 한 방에 열두 명이 "
            "잤습니다. 월급은 회사에서 직접 받지 못하고 작업반장 강철민이 '국가계획분'을 떼고 나눠 "
            "주었는데 한 달에 20달러 정도였습니다. 2014년에 귀국 명령을 받았습니다."
        ),
        "narrative_english": (
            "In 2010 I went to a high-rise construction site in Dubai. We did not stop working "
            "even at midday, when the temperature rose close to fifty degrees, and we worked "
            "thirteen hours a day. We lived in shipping containers, twelve men to a room. We never "
            "received wages from the company directly; the work-team leader, Kang Chol-min, handed "
            "out what was left after the 'state plan share' was taken, about 20 dollars a month. "
            "In 2014 I was ordered home."
        ),
        "country": "uae",
        "work_site": "High-rise construction site, Dubai",
        "sector": "construction",
        "period_start": "2010",
        "period_end": "2014",
        "recruitment": Recruitment.STATE_ASSIGNMENT,
        "received": {**_usd(20), "period": WagePeriod.MONTH},
        "hours_per_day": 13,
        "loyalty_contributions": True,
        "ending": Ending.RETURNED,
        "persons": [
            {
                "role": Role.WITNESS,
                "name_romanized": "O Yong-il",
                "name_hangul": "오영일",
                "aliases": "Oh Young-il",
                "pseudonym": "Witness J",
                "sex": Sex.MALE,
                "birth_year": 1975,
                "home_province": "south_hwanghae",
                "family_in_north_korea": True,
            },
            {
                "role": Role.SUPERVISOR,
                "name_romanized": "Kang Chol-min",
                "name_hangul": "강철민",
                "aliases": "Kang Cheol-min",
                "pseudonym": "Supervisor 1",
                "sex": Sex.MALE,
            },
            {
                "role": Role.COWORKER,
                "name_romanized": "Ho Chol-jin",
                "name_hangul": "허철진",
                "pseudonym": "Co-worker 5",
                "sex": Sex.MALE,
            },
        ],
        "consent": {
            "public_name": Consent.PublicName.NONE,
            "recipients": Consent.Recipients.UN_ONLY,
            "method": Consent.Method.WRITTEN,
            "notes": "Submitted with the 2023 petition to the slavery rapporteur; archived since.",
        },
        "indicators": [
            (
                Indicator.ABUSIVE_CONDITIONS,
                Phase.EMPLOYMENT,
                "We lived in shipping containers, twelve men to a room.",
            ),
            (
                Indicator.WITHHOLDING_OF_WAGES,
                Phase.EMPLOYMENT,
                "about 20 dollars a month",
            ),
            (
                Indicator.EXCESSIVE_OVERTIME,
                Phase.EMPLOYMENT,
                "we worked thirteen hours a day",
            ),
        ],
    },
    {
        "status": Status.DRAFT,
        "interviewer": "interviewer2",
        "interview_date": date(2025, 5, 27),
        "interview_place": "Seoul, NGO office",
        "interpreter": "Staff interpreter",
        "interview_language": Language.KOREAN,
        "narrative_language": Language.ENGLISH,
        "narrative_original": (
            "I was one of about twenty women sent to a clothing factory in Malta in 2016. We sewed "
            "from seven in the morning until ten at night, six and a half days a week. A woman "
            "from the embassy visited every month and collected our wages from the factory; we "
            "were told the money went to the Party and to our families. We were not allowed to "
            "speak to the Maltese workers. In July 2017 our group was sent home suddenly, at night."
        ),
        "country": "malta",
        "work_site": "Clothing factory",
        "sector": "manufacturing",
        "period_start": "2016",
        "period_end": "2017-07",
        "received": {"amount": Decimal(0), "currency": "EUR", "period": WagePeriod.MONTH},
        "hours_per_day": 15,
        "days_off_per_month": 2,
        "movement_restricted": True,
        "surveillance": True,
        "ending": Ending.RETURNED,
        "persons": [
            {
                "role": Role.WITNESS,
                "name_romanized": "Song Hye-ran",
                "name_hangul": "송혜란",
                "pseudonym": "Witness K",
                "sex": Sex.FEMALE,
                "birth_year": 1992,
                "home_province": "nampo",
                "family_in_north_korea": True,
            },
            {"role": Role.OFFICIAL, "pseudonym": "Official 2", "sex": Sex.FEMALE},
        ],
        "consent": {
            "public_name": Consent.PublicName.NONE,
            "recipients": Consent.Recipients.UN_ONLY,
            "method": Consent.Method.WRITTEN,
        },
        "indicators": [
            (
                Indicator.ISOLATION,
                Phase.EMPLOYMENT,
                "We were not allowed to speak to the Maltese workers.",
            ),
            (
                Indicator.WITHHOLDING_OF_WAGES,
                Phase.EMPLOYMENT,
                "A woman from the embassy visited every month and collected our wages from the "
                "factory",
            ),
        ],
    },
    {
        "status": Status.REJECTED,
        "interviewer": "interviewer",
        "interview_date": date(2024, 2, 6),
        "interview_place": "Seoul, NGO office",
        "interview_language": Language.KOREAN,
        "knowledge": Knowledge.HEARSAY,
        "narrative_language": Language.KOREAN,
        "narrative_original": (
            "저는 미얀마에 직접 가지는 않았습니다. 같은 마을의 친구 안광철이 2008년쯤 미얀마에서 "
            "땅굴 공사를 했다고 들었습니다. 친구는 산속 현장에서 외부와 연락이 완전히 끊긴 채 "
            "2년을 보냈다고 했습니다. 현장 밖으로는 한 발도 나갈 수 없었다고 했습니다. 하루 몇 "
            "시간 일했는지, 얼마를 받았는지는 모릅니다. 친구는 2012년에 병으로 죽었습니다."
        ),
        "narrative_english": (
            "I did not go to Myanmar myself. I heard that my friend from the same village, An "
            "Kwang-chol, worked on tunnel construction in Myanmar around 2008. My friend said he "
            "spent two years at a site in the mountains, completely cut off from the outside "
            "world. He said they could not take a single step outside the site. I do not know how "
            "many hours a day he worked or how much he was paid. My friend died of illness in 2012."
        ),
        "country": "myanmar",
        "work_site": "Tunnel site in the mountains",
        "sector": "mining",
        "period_start": "2008",
        "period_end": "2010",
        "movement_restricted": True,
        "ending": Ending.UNKNOWN,
        "persons": [
            {
                "role": Role.WITNESS,
                "name_romanized": "Ri Jong-su",
                "name_hangul": "리정수",
                "aliases": "Lee Jung-soo",
                "pseudonym": "Witness L",
                "sex": Sex.MALE,
                "birth_year": 1968,
                "home_province": "ryanggang",
                "family_in_north_korea": True,
            },
            {
                "role": Role.OTHER,
                "name_romanized": "An Kwang-chol",
                "name_hangul": "안광철",
                "aliases": "Ahn Kwang-cheol",
                "pseudonym": "Person 1",
                "sex": Sex.MALE,
                "home_province": "ryanggang",
            },
        ],
        "consent": {
            "informed_public_summary": False,
            "public_name": Consent.PublicName.NONE,
            "recipients": Consent.Recipients.UN_ONLY,
            "method": Consent.Method.RECORDED,
            "notes": "Hearsay only; the reviewer could not corroborate it.",
        },
        "indicators": [
            (
                Indicator.ISOLATION,
                Phase.EMPLOYMENT,
                "completely cut off from the outside world",
            ),
            (
                Indicator.RESTRICTION_OF_MOVEMENT,
                Phase.EMPLOYMENT,
                "He said they could not take a single step outside the site.",
            ),
        ],
    },
    {
        "status": Status.SUBMITTED,
        "interviewer": "interviewer2",
        "interview_date": date(2025, 6, 30),
        "interview_place": "Seoul, NGO office",
        "interview_language": Language.KOREAN,
        "narrative_language": Language.ENGLISH,
        "narrative_original": (
            "From 2019 I worked in Shenyang as a programmer in a team of ten that wrote mobile "
            "games and websites for clients who did not know we were North Korean. We worked from "
            "eight in the morning until two at night and had one day off every two weeks. Each of "
            "us had to earn at least 5,000 dollars a month for the state; I was allowed to keep "
            "about 150 dollars when the target was met, and nothing when it was not. The team "
            "leader, Choe Song-il, held our passports and checked our computers every night. When "
            "one member failed the target three months in a row, he was beaten and sent home. In "
            "October 2022 I left the dormitory and did not come back."
        ),
        "country": "china",
        "work_site": "Apartment used as an office, Shenyang",
        "sector": "it",
        "period_start": "2019",
        "period_end": "2022-10",
        "recruitment": Recruitment.STATE_ASSIGNMENT,
        "received": {**_usd(150), "period": WagePeriod.MONTH},
        "hours_per_day": 18,
        "days_off_per_month": 2,
        "passport_confiscated": True,
        "movement_restricted": True,
        "surveillance": True,
        "violence": True,
        "ending": Ending.ESCAPED,
        "persons": [
            {
                "role": Role.WITNESS,
                "name_romanized": "Jon Hyon-u",
                "name_hangul": "전현우",
                "aliases": "Jeon Hyun-woo",
                "contact_details": "Through the Seoul office only",
                "pseudonym": "Witness M",
                "sex": Sex.MALE,
                "birth_year": 1994,
                "home_province": "pyongyang",
                "family_in_north_korea": True,
            },
            {
                "role": Role.SUPERVISOR,
                "name_romanized": "Choe Song-il",
                "name_hangul": "최성일",
                "aliases": "Choi Sung-il",
                "pseudonym": "Supervisor 7",
                "sex": Sex.MALE,
            },
            {"role": Role.COWORKER, "pseudonym": "Co-worker 6", "sex": Sex.MALE},
        ],
        "consent": {
            "public_name": Consent.PublicName.NONE,
            "recipients": Consent.Recipients.PARTNER_NGOS,
            "method": Consent.Method.RECORDED,
        },
        "indicators": [
            (
                Indicator.EXCESSIVE_OVERTIME,
                Phase.EMPLOYMENT,
                "from eight in the morning until two at night",
            ),
            (
                Indicator.WITHHOLDING_OF_WAGES,
                Phase.EMPLOYMENT,
                "I was allowed to keep about 150 dollars when the target was met, and nothing "
                "when it was not",
            ),
            (
                Indicator.RETENTION_OF_DOCUMENTS,
                Phase.EMPLOYMENT,
                "held our passports",
            ),
            (
                Indicator.VIOLENCE,
                Phase.EMPLOYMENT,
                "he was beaten and sent home",
            ),
        ],
    },
]


def _ensure_accounts() -> tuple[dict[str, AbstractBaseUser], int]:
    """Get or create the demo accounts; a password is only set when the account is created."""
    user_model = get_user_model()
    users: dict[str, AbstractBaseUser] = {}
    created = 0
    for username, group_name in DEMO_ACCOUNTS:
        try:
            group = Group.objects.get(name=group_name)
        except Group.DoesNotExist:
            raise CommandError(
                f"The group {group_name!r} is missing: run `manage.py migrate` first."
            ) from None
        is_admin = group_name == "admin"
        user, was_created = user_model.objects.get_or_create(
            username=username,
            defaults={
                "email": f"{username}@demo.invalid",
                "first_name": "Demo",
                "last_name": username.capitalize(),
                "is_staff": is_admin,
                "is_superuser": is_admin,
            },
        )
        if was_created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
            created += 1
        user.groups.add(group)
        users[username] = user
    return users, created


# Shared entities, all invented: (key, kind, name, Korean name, country code or None).
DEMO_ENTITIES = [
    (
        "namsan",
        Entity.Kind.STATE_BODY,
        "Korea Namsan General Trading Corporation",
        "조선남산무역총회사",
        None,
    ),
    ("pyongbong", Entity.Kind.COMPANY, "Pyongbong Overseas Construction", "평봉해외건설", None),
    ("forestry", Entity.Kind.STATE_BODY, "Overseas Forestry Bureau", "해외림업국", None),
    ("tynda12", Entity.Kind.SITE, "Logging camp 12, Tynda", "틴다 12호 벌목장", "russia"),
    ("haebit7", Entity.Kind.VESSEL, "Haebit 7", "해빛 7호", None),
    (
        "guidance",
        Entity.Kind.STATE_BODY,
        "Overseas Workers' Guidance Bureau",
        "해외로동자지도국",
        None,
    ),
    ("sunan", Entity.Kind.SITE, "Sunan pre-departure camp", "순안 파견 집결소", None),
]

# Per demo testimony (by number): the employer and site of its posting, and the entities it
# names, each (key, role, passage). The trading company sends the workers of four testimonies,
# the construction company employs three, the guidance bureau's officers watch the workers of
# three, and three groups were held at the same camp before leaving: patterns across testimonies.
# The passages are invented like the rest and name no one.
SUNAN_PASSAGE = "Before we left, the group was kept for a month at the camp in Sunan."
DEMO_LINKS: dict[int, dict[str, Any]] = {
    1: {
        "employer": "pyongbong",
        "entities": [
            ("namsan", EntityRole.SENDING_BODY, "I was sent to Kuwait by state assignment."),
            (
                "guidance",
                EntityRole.STATE_AGENCY,
                "A security officer guarded the outside of the dormitory, so we could not go "
                "out alone.",
            ),
            ("sunan", EntityRole.SITE, SUNAN_PASSAGE),
        ],
    },
    3: {"site": "tynda12", "entities": [("forestry", EntityRole.SENDING_BODY, "")]},
    4: {
        "employer": "pyongbong",
        "entities": [
            (
                "namsan",
                EntityRole.SENDING_BODY,
                "I went to Doha in 2013 with a group of about forty workers from Hamhung.",
            ),
            (
                "guidance",
                EntityRole.STATE_AGENCY,
                "Two men who spoke to Nepali workers were sent back to North Korea within a week.",
            ),
            ("sunan", EntityRole.SITE, SUNAN_PASSAGE),
        ],
    },
    6: {"site": "haebit7", "entities": []},
    8: {
        "entities": [
            (
                "namsan",
                EntityRole.SENDING_BODY,
                "In spring 2018 I was sent to an apartment construction site in Vladivostok.",
            ),
            (
                "guidance",
                EntityRole.STATE_AGENCY,
                "If we were sent home our families would be punished too.",
            ),
            ("sunan", EntityRole.SITE, SUNAN_PASSAGE),
        ]
    },
    10: {
        "employer": "pyongbong",
        "entities": [
            (
                "namsan",
                EntityRole.SENDING_BODY,
                "In 2010 I went to a high-rise construction site in Dubai.",
            )
        ],
    },
}


def _demo_entities() -> dict[str, Entity]:
    """The demo's entities, created once and found again by name on later runs."""
    entities = {}
    for key, kind, name, name_ko, country in DEMO_ENTITIES:
        entity = Entity.objects.filter(kind=kind, match_key=entity_key(name)).first()
        if entity is None:
            entity = Entity(
                kind=kind,
                name=name,
                name_ko=name_ko,
                country=Country.objects.get(code=country) if country else None,
                notes="Invented for the demo.",
            )
            entity.full_clean()
            entity.save()
        entities[key] = entity
    return entities


def _link_entities(testimony: Testimony, number: int, entities: dict[str, Entity]) -> None:
    """The testimony's posting (its own columns, with the demo's employer and site) and the
    entities it names."""
    links = DEMO_LINKS.get(number, {})
    posting = Posting(
        testimony=testimony,
        order=1,
        country=testimony.country,
        work_site=testimony.work_site,
        sector=testimony.sector,
        period_start=testimony.period_start,
        period_end=testimony.period_end,
        recruitment=testimony.recruitment,
        ending=testimony.ending,
        employer=entities[links["employer"]] if "employer" in links else None,
        site=entities[links["site"]] if "site" in links else None,
    )
    posting.full_clean()
    posting.save()
    for key, role, passage in links.get("entities", []):
        TestimonyEntity.objects.create(
            testimony=testimony, entity=entities[key], role=role, passage=passage
        )


def _wage_fields(prefix: str, wage: dict[str, Any] | None) -> dict[str, Any]:
    if wage is None:
        return {}
    return {
        f"{prefix}_wage_amount": wage["amount"],
        f"{prefix}_wage_currency": wage["currency"],
        f"{prefix}_wage_period": wage["period"],
    }


def _create_testimony(
    number: int,
    spec: dict[str, Any],
    users: dict[str, AbstractBaseUser],
    entities: dict[str, Entity],
) -> None:
    fields = dict(spec)
    persons = fields.pop("persons")
    consent_fields = fields.pop("consent")
    indicators = fields.pop("indicators")
    author = users[fields.pop("interviewer")]
    status = fields.pop("status")
    narrative = Narrative(
        language=fields.pop("narrative_language"),
        original=fields.pop("narrative_original"),
        english=fields.pop("narrative_english", ""),
    )
    testimony = Testimony(
        uuid=demo_testimony_uuid(number),
        # Verified and later ones get there through the workflow, from "in review".
        status=Status.IN_REVIEW if status in REVIEWED_STATES else status,
        interviewer=author,
        created_by=author,
        updated_by=author,
        country=Country.objects.get(code=fields.pop("country")),
        sector=Sector.objects.get(code=fields.pop("sector")),
        **_wage_fields("promised", fields.pop("promised", None)),
        **_wage_fields("received", fields.pop("received", None)),
        **fields,
    )
    # The seed data goes through the same validation as a form would, so a typo in a partial
    # date or a currency fails here rather than in a demo.
    testimony.full_clean(exclude=["case_code"])
    testimony_insert_with_case_code(testimony)
    narrative.testimony = testimony
    narrative.full_clean()
    narrative.save()

    for position, person_fields in enumerate(persons, start=1):
        values = dict(person_fields)
        province_code = values.pop("home_province", None)
        person = Person(
            uuid=demo_person_uuid(number, position),
            testimony=testimony,
            home_province=Province.objects.get(code=province_code) if province_code else None,
            **values,
        )
        person.full_clean()
        person.save()
        person.reindex_names()

    consent_values = {
        "un_submission": True,
        "informed_state_letter": True,
        "informed_public_summary": True,
        "given_on": testimony.interview_date,
        **consent_fields,
    }
    consent = Consent(testimony=testimony, **consent_values)
    consent.full_clean()
    consent.save()

    for indicator, phase, passage in indicators:
        tag = IndicatorTag(testimony=testimony, indicator=indicator, phase=phase, passage=passage)
        tag.full_clean()
        tag.save()
    _link_entities(testimony, number, entities)
    version_record(testimony=testimony, by=author)
    if status in REVIEWED_STATES:
        _review(testimony, status, users)


def _review(testimony: Testimony, status: str, users: dict[str, AbstractBaseUser]) -> None:
    transition(testimony, Status.VERIFIED, by=users["reviewer"])
    if status == Status.VERIFIED:
        return
    anonymization_approve(testimony=testimony, by=users["coordinator"])
    transition(testimony, Status.APPROVED, by=users["coordinator"])
    if status == Status.ARCHIVED:
        transition(testimony, Status.ARCHIVED, by=users["coordinator"])


class Command(BaseCommand):
    help = (
        "Load fictional demo testimonies and one demo account per role. Development only "
        "(DJANGO_DEBUG=true); safe to run again."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG:
            raise CommandError(REFUSAL)

        created = 0
        with transaction.atomic():
            users, accounts_created = _ensure_accounts()
            demo_devices_ensure(users.values())
            entities = _demo_entities()
            for number, spec in enumerate(DEMO_TESTIMONIES, start=1):
                # An existing demo testimony is left as it is: whoever is trying the app may
                # have edited it or moved it through the workflow on purpose.
                if Testimony.objects.filter(uuid=demo_testimony_uuid(number)).exists():
                    continue
                _create_testimony(number, spec, users, entities)
                created += 1
            if created or accounts_created:
                audit_record(actor=None, action=AuditEvent.Action.DEMO_LOADED)

        self._print_summary(created)

    def _print_summary(self, created: int) -> None:
        existing = Testimony.objects.filter(
            uuid__in=[demo_testimony_uuid(n) for n in range(1, len(DEMO_TESTIMONIES) + 1)]
        ).count()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo testimonies: {existing} ({created} created, {existing - created} already "
                "there). Every name and story in them is fictional."
            )
        )
        self.stdout.write("")
        self.stdout.write("Demo accounts (password set when the account was first created):")
        self.stdout.write(f"  {'username':<14}{'role':<13}password")
        for username, role in DEMO_ACCOUNTS:
            self.stdout.write(f"  {username:<14}{role:<13}{DEMO_PASSWORD}")
        self.stdout.write("")
        self.stdout.write(
            "Second factor of every demo account (a published demo key, never for real use):"
        )
        self.stdout.write(f"  add to an authenticator app: {demo_otpauth_uri()}")
        self.stdout.write(f"  or type the key by hand:     {demo_secret_base32()}")
        self.stdout.write(
            "  or print the current code:   "
            "DJANGO_DEBUG=true .venv/bin/python manage.py demo_otp_code USERNAME"
        )

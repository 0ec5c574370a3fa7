"""Seed the controlled vocabularies: countries of work, sectors, home provinces, UN mandates.

Codes are stable identifiers that code, tests and exports refer to; admins may rename a term or
deactivate it, but should not change its code.
"""

from django.apps.registry import Apps
from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

COUNTRIES = [
    ("kuwait", "Kuwait", "쿠웨이트"),
    ("russia", "Russia", "러시아"),
    ("china", "China", "중국"),
    ("qatar", "Qatar", "카타르"),
    ("uae", "United Arab Emirates", "아랍에미리트"),
    ("poland", "Poland", "폴란드"),
    ("mongolia", "Mongolia", "몽골"),
    ("myanmar", "Myanmar", "미얀마"),
    ("malta", "Malta", "몰타"),
    ("at_sea", "At sea (fishing vessel)", "해상 (어선)"),
    ("angola", "Angola", "앙골라"),
    ("algeria", "Algeria", "알제리"),
    ("nigeria", "Nigeria", "나이지리아"),
    ("laos", "Laos", "라오스"),
    ("vietnam", "Vietnam", "베트남"),
    ("cambodia", "Cambodia", "캄보디아"),
    ("libya", "Libya", "리비아"),
    ("equatorial_guinea", "Equatorial Guinea", "적도기니"),
    ("senegal", "Senegal", "세네갈"),
    ("oman", "Oman", "오만"),
]

SECTORS = [
    ("construction", "Construction", "건설"),
    ("logging", "Logging", "벌목"),
    ("fishing", "Fishing", "어업"),
    ("manufacturing", "Manufacturing", "제조업"),
    ("mining", "Mining", "광업"),
    ("agriculture", "Agriculture", "농업"),
    ("restaurant_service", "Restaurant and service", "식당·서비스업"),
    ("it", "Information technology", "정보기술(IT)"),
    ("medical", "Medical", "의료"),
    ("other", "Other", "기타"),
]

# The released precision of a home town: North Korea's provinces and special cities.
PROVINCES = [
    ("pyongyang", "Pyongyang", "평양직할시"),
    ("south_pyongan", "South Pyongan", "평안남도"),
    ("north_pyongan", "North Pyongan", "평안북도"),
    ("chagang", "Chagang", "자강도"),
    ("south_hwanghae", "South Hwanghae", "황해남도"),
    ("north_hwanghae", "North Hwanghae", "황해북도"),
    ("kangwon", "Kangwon", "강원도"),
    ("south_hamgyong", "South Hamgyong", "함경남도"),
    ("north_hamgyong", "North Hamgyong", "함경북도"),
    ("ryanggang", "Ryanggang", "량강도"),
    ("rason", "Rason", "라선특별시"),
    ("nampo", "Nampo", "남포특별시"),
    ("kaesong", "Kaesong", "개성특급시"),
]

OHCHR_GENEVA = "OHCHR, Palais des Nations, CH-1211 Geneva 10, Switzerland"

MANDATES = [
    (
        "sr_slavery",
        "Special Rapporteur on contemporary forms of slavery, including its causes and "
        "consequences",
        "현대적 형태의 노예제 특별보고관",
        OHCHR_GENEVA,
    ),
    (
        "sr_dprk",
        "Special Rapporteur on the situation of human rights in the Democratic People's "
        "Republic of Korea",
        "조선민주주의인민공화국 인권 상황에 관한 특별보고관",
        OHCHR_GENEVA,
    ),
    (
        "sr_trafficking",
        "Special Rapporteur on trafficking in persons, especially women and children",
        "인신매매, 특히 여성과 아동 인신매매에 관한 특별보고관",
        OHCHR_GENEVA,
    ),
]

SIMPLE_VOCABULARIES = [("Country", COUNTRIES), ("Sector", SECTORS), ("Province", PROVINCES)]


def seed_vocabularies(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    db = schema_editor.connection.alias
    for model_name, terms in SIMPLE_VOCABULARIES:
        model = apps.get_model("testimony", model_name)
        for code, name, name_ko in terms:
            model.objects.using(db).update_or_create(
                code=code, defaults={"name": name, "name_ko": name_ko}
            )
    mandate_model = apps.get_model("testimony", "Mandate")
    for code, name, name_ko, address in MANDATES:
        mandate_model.objects.using(db).update_or_create(
            code=code, defaults={"name": name, "name_ko": name_ko, "address": address}
        )


def remove_vocabularies(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    db = schema_editor.connection.alias
    vocabularies = [*SIMPLE_VOCABULARIES, ("Mandate", MANDATES)]
    for model_name, terms in vocabularies:
        model = apps.get_model("testimony", model_name)
        # Terms still used by a testimony are protected (on_delete=PROTECT), so reversing a
        # migration never silently strips a country or sector from recorded facts.
        model.objects.using(db).filter(code__in=[term[0] for term in terms]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("testimony", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(seed_vocabularies, remove_vocabularies),
    ]

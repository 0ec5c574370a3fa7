"""On PostgreSQL the search of approved anonymized narratives is answered by a word index."""

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from testimony.models import Anonymization, Testimony
from testimony.views import listing as views

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL index"),
]


def test_the_testimonies_have_a_word_index_of_their_approved_texts() -> None:
    """Without it every search reads every approved narrative (0.6 s at 100,000)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s",
            ["testimony_testimony"],
        )
        indexes = dict(cursor.fetchall())
    assert "gin (search_words)" in indexes["testimony_search_words"]
    # The short columns searched beside the narratives have trigram indexes of their own.
    assert {"testimony_case_code_trgm", "testimony_interview_place_trgm"} <= set(indexes)
    assert "testimony_work_site_trgm" in indexes


def test_the_words_follow_approval_of_the_anonymized_texts(
    client: Client, carol: User, make_testimony
) -> None:
    """The database keeps the searchable words: only approved texts, every approved version,
    and nothing left behind when an anonymization is deleted."""
    testimony = make_testimony(status="approved")
    client.force_login(carol)

    def found(query: str) -> bool:
        page = client.get(reverse("testimony:list"), {"q": query}).context["page"]
        return [t.pk for t in page.object_list] == [testimony.pk]

    draft = Anonymization.objects.create(
        testimony=testimony,
        version_number=testimony.revision,
        original="벌목장에서 일했습니다.",
        english="I worked at the logging camp.",
    )
    assert not found("벌목장")
    draft.approved_by, draft.approved_at = carol, timezone.now()
    draft.save()
    assert found("벌목장")
    assert found("logging")

    Anonymization.objects.create(
        testimony=testimony,
        version_number=testimony.revision + 1,
        original="감독원이 여권을 가져갔습니다.",
        english="The minder took our passports.",
        approved_by=carol,
        approved_at=timezone.now(),
    )
    assert found("여권")
    assert found("logging")

    draft.delete()
    assert found("passports")
    assert not found("logging")
    Anonymization.objects.filter(testimony=testimony).update(approved_at=None)
    assert not found("passports")


def test_words_are_found_as_prefixes_in_both_languages_and_syntax_is_only_text(
    client: Client, carol: User, make_testimony
) -> None:
    """ "여권" finds 여권을 (Korean particles follow the word), "passport" finds "passports", all
    words must occur, and tsquery operators typed into the box are separators, never syntax."""
    testimony = make_testimony(status="approved")
    Anonymization.objects.create(
        testimony=testimony,
        version_number=testimony.revision,
        original="감독원이 여권을 가져갔습니다.",
        english="The minder took our passports.",
        approved_by=carol,
        approved_at=timezone.now(),
    )
    client.force_login(carol)

    def found(query: str) -> list[str]:
        page = client.get(reverse("testimony:list"), {"q": query}).context["page"]
        return [t.case_code for t in page.object_list]

    assert found("여권") == [testimony.case_code]
    assert found("passport") == [testimony.case_code]
    assert found("MINDER took") == [testimony.case_code]
    assert found("minder logging") == []
    assert found("여권 & !(:*") == [testimony.case_code]
    assert found("'):* | ") == []


def test_the_count_s_planner_settings_do_not_outlive_it(make_testimony) -> None:
    """The count is told to use the indexes; the rest of the request's transaction is not."""
    make_testimony(work_site="Camp 3")
    paginator = views.SearchPaginator(
        Testimony.objects.filter(work_site__icontains="camp"), 25, limit=1000, indexed=True
    )
    assert paginator.count == 1
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone() == ("on",)
        cursor.execute("SHOW enable_indexscan")
        assert cursor.fetchone() == ("on",)

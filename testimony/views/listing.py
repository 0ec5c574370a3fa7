"""The testimony list: filters, text search and its bounded count."""

import re

from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.db import connection, transaction
from django.db.models import BooleanField, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.db.models.functions import Lower
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.functional import cached_property

from testimony.crypto import name_digests
from testimony.forms import (
    TestimonyFilterForm,
)
from testimony.models import (
    Anonymization,
    Country,
    Entity,
    IndicatorTag,
    Person,
    Posting,
    Sector,
    Testimony,
    TestimonyEntity,
)
from testimony.services import name_search_record
from testimony.workflow import (
    visible_testimonies,
)

# Columns the list shows. The narratives are left out: they are large, encrypted, and not shown.
PAGE_SIZE = 25
# A text search matching more entities than this reads only the first ones' testimonies.
ENTITY_SEARCH_LIMIT = 50
# A text search counts its results up to here (see SearchPaginator).
SEARCH_COUNT_LIMIT = 1000

LIST_COLUMNS = [
    "uuid",
    "case_code",
    "status",
    "country",
    "sector",
    "period_start",
    "period_end",
    "interviewer",
    "interview_date",
    "created_at",
]


def _filtered_testimonies(
    form: TestimonyFilterForm, queryset: QuerySet[Testimony]
) -> QuerySet[Testimony]:
    """Testimonies matching the list filters, without joins.

    Every condition on another table is a subquery, so the database can walk the
    (filter, created_at) indexes and stop after one page instead of sorting a join.
    """
    if not form.is_valid():
        return queryset.none()
    data = form.cleaned_data
    if data["status"]:
        queryset = queryset.filter(status=data["status"])
    if data["country"]:
        # Any posting's country; the testimony's own column (its first posting's) also covers
        # testimonies written without postings by bulk paths.
        posted = Posting.objects.filter(country=data["country"]).values("testimony_id")
        queryset = queryset.filter(Q(country=data["country"]) | Q(pk__in=posted))
    if data["sector"]:
        queryset = queryset.filter(sector=data["sector"])
    if data["interviewer"]:
        queryset = queryset.filter(interviewer=data["interviewer"])
    if data["indicator"]:
        tagged = IndicatorTag.objects.filter(indicator=data["indicator"])
        queryset = queryset.filter(pk__in=tagged.values("testimony_id"))
    if data["year_from"]:
        # Partial dates are ISO strings, so they compare in calendar order; an open end overlaps.
        queryset = queryset.filter(
            Q(period_end__gte=str(data["year_from"]))
            | (Q(period_end="") & Q(period_start__gte=str(data["year_from"])))
            | (Q(period_end="") & Q(period_start=""))
        )
    if data["year_to"]:
        queryset = queryset.filter(
            Q(period_start__lte=f"{data['year_to']}-99") | Q(period_start="")
        )
    if query := data["q"].strip():
        queryset = queryset.filter(_text_search(query))
    return queryset


# A word for the full-text search: letters and digits only, so that nothing typed can be read
# as tsquery syntax (& | ! : * ( ) and quotes are separators here).
SEARCH_WORD = re.compile(r"[^\W_]+")


def _text_search(query: str) -> Q:
    """Case code, place, site, country or sector containing the words, an approved anonymized
    narrative containing them, or the exact name or pseudonym of a person.

    One condition on the testimony's own row, so that PostgreSQL can choose per query: a word
    found in many testimonies walks the newest ones and stops after a page; a rare one comes
    from the indexes (trigrams, the word index of migration 0015, the primary key).
    """
    matches = (
        Q(case_code__icontains=query)
        | Q(interview_place__icontains=query)
        | Q(work_site__icontains=query)
    )
    vocabulary = Q(name__icontains=query) | Q(name_ko__icontains=query)
    if countries := list(Country.objects.filter(vocabulary).values_list("pk", flat=True)):
        matches |= Q(country__in=countries)
    if sectors := list(Sector.objects.filter(vocabulary).values_list("pk", flat=True)):
        matches |= Q(sector__in=sectors)
    # The approved anonymized narratives are the only narrative text search may read.
    if connection.vendor == "postgresql":
        # Every word as a word prefix ("여권" finds 여권을), from the testimony's word index.
        if words := SEARCH_WORD.findall(query.lower()):
            matches |= Q(
                RawSQL(
                    "testimony_testimony.search_words @@ to_tsquery('simple', %s)",
                    [" & ".join(f"{word}:*" for word in words)],
                    output_field=BooleanField(),
                )
            )
    else:
        approved = Anonymization.objects.filter(approved_at__isnull=False).filter(
            Q(original__icontains=query) | Q(english__icontains=query)
        )
        matches |= Q(pk__in=approved.values("testimony_id"))
    # Exact names are few: their testimonies' ids, looked up through the blind index, go into
    # the condition as a list, which the primary key answers.
    by_name = Person.objects.filter(name_index__digest__in=name_digests([query]))
    by_pseudonym = Person.objects.annotate(pseudonym_lower=Lower("pseudonym")).filter(
        pseudonym_lower=query.lower()
    )
    named = {
        testimony
        for persons in (by_name, by_pseudonym)
        for testimony in persons.values_list("testimony_id", flat=True)
    }
    if named:
        matches |= Q(pk__in=sorted(named))
    # Companies, bodies, sites and vessels by a word of their English or Korean name: few
    # entities match a word, and their testimonies come from the links' and postings' indexes.
    entities = list(
        Entity.objects.filter(
            Q(name__icontains=query) | Q(name_ko__icontains=query) | Q(aliases__icontains=query)
        ).values_list("pk", flat=True)[:ENTITY_SEARCH_LIMIT]
    )
    if entities:
        linked = TestimonyEntity.objects.filter(entity__in=entities).values("testimony_id")
        posted = Posting.objects.filter(Q(employer__in=entities) | Q(site__in=entities))
        matches |= Q(pk__in=linked) | Q(pk__in=posted.values("testimony_id"))
    return matches


# A romanized given name is one or two syllables, in one word or two ("Chol-min", "Chol Min").
class SearchPaginator(Paginator):
    """Counts a search's results up to `limit`: a word found in 30,000 testimonies costs the
    same as one found in 1,000, since the database stops counting there. Beyond it, the newest
    `limit` are listed and the page says there are more."""

    def __init__(self, object_list: QuerySet, per_page: int, *, limit: int, indexed: bool) -> None:
        super().__init__(object_list, per_page)
        self.limit = limit
        self.indexed = indexed

    @cached_property
    def _found(self) -> int:
        counted = self.object_list.order_by()[: self.limit + 1]
        if connection.vendor != "postgresql" or not self.indexed:
            return counted.count()
        # Left to itself, PostgreSQL counts by walking the testimonies until it has enough,
        # reading each one's words: it does not know that reading them costs about 7 us a row
        # (0.14 s for a word found in one testimony in twenty). Its indexes count in 3-18 ms
        # whatever the word, so for this one query it is told to use them.
        # SET LOCAL inside a savepoint: undone with it if the count fails, reset by hand if not
        # (it would otherwise last to the end of the request's transaction).
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off")
            found = counted.count()
            cursor.execute("RESET enable_seqscan; RESET enable_indexscan")
        return found

    @cached_property
    def count(self) -> int:
        return min(self._found, self.limit)

    @property
    def truncated(self) -> bool:
        return self._found > self.limit


@login_required
@permission_required("testimony.view_testimony", raise_exception=True)
def testimony_list(request: HttpRequest) -> HttpResponse:
    form = TestimonyFilterForm(request.GET or None)
    visible = visible_testimonies(request.user)
    queryset = _filtered_testimonies(form, visible) if request.GET else visible
    # The page's own rows are fetched first, then their countries, sectors and interviewers in
    # three small queries: a join here makes SQLite sort the whole table before the LIMIT.
    queryset = (
        queryset.only(*LIST_COLUMNS)
        .prefetch_related("country", "sector", "interviewer")
        .order_by("-created_at", "-id")
    )
    if form.is_bound and form.is_valid() and (query := form.cleaned_data["q"].strip()):
        # The trigram indexes of the short columns need three characters in a row; a shorter
        # query (a two-syllable Hangul word) is counted by walking, like a page.
        indexed = max(map(len, SEARCH_WORD.findall(query)), default=0) >= 3
        paginator = SearchPaginator(queryset, PAGE_SIZE, limit=SEARCH_COUNT_LIMIT, indexed=indexed)
    else:
        paginator = Paginator(queryset, PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    if isinstance(paginator, SearchPaginator):
        name_search_record(
            actor=request.user, query=query, found=paginator.count, more=paginator.truncated
        )
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    ctx = {"form": form, "page": page, "query": query_without_page.urlencode()}
    template = "testimony/_results.html" if request.htmx else "testimony/testimony_list.html"
    return render(request, template, ctx)

"""The list page's filter form as users and assistive technology meet it: labelled controls,
the chosen filters kept after a search, messages tied to the field they explain, typed text and
vocabulary names escaped, and the Korean interface in Korean."""

from collections.abc import Iterator

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.http import HttpResponse
from django.test import Client
from django.test.html import Element, parse_html
from django.urls import reverse
from django.utils import timezone

from testimony.models import Country

pytestmark = pytest.mark.django_db

URL = reverse("testimony:list")

LABELS = {
    "q": "Search",
    "status": "Status",
    "country": "Country",
    "sector": "Sector",
    "indicator": "Indicator",
    "interviewer": "Interviewer",
    "year_from": "Worked from (year)",
    "year_to": "Worked until (year)",
}
KOREAN_LABELS = {
    "q": "검색",
    "status": "상태",
    "country": "국가",
    "sector": "업종",
    "indicator": "지표",
    "interviewer": "면담자",
    "year_from": "근무 시작 (연도)",
    "year_to": "근무 종료 (연도)",
}


def _elements(node: Element | str) -> Iterator[Element]:
    if isinstance(node, str):
        return
    yield node
    for child in node.children:
        yield from _elements(child)


def _page(response: HttpResponse) -> list[Element]:
    assert response.status_code == 200
    return list(_elements(parse_html(response.content.decode())))


def _by_id(page: list[Element], element_id: str) -> Element:
    found = [element for element in page if dict(element.attributes).get("id") == element_id]
    assert len(found) == 1, f"{len(found)} elements with id {element_id}"
    return found[0]


def _label_for(page: list[Element], element_id: str) -> Element:
    found = [
        element
        for element in page
        if element.name == "label" and dict(element.attributes).get("for") == element_id
    ]
    assert len(found) == 1, f"{len(found)} labels for {element_id}"
    return found[0]


def _text(element: Element) -> str:
    return " ".join(
        child.strip() if isinstance(child, str) else _text(child) for child in element.children
    ).strip()


def _selected(select: Element) -> list[str]:
    return [
        dict(option.attributes)["value"]
        for option in _elements(select)
        if option.name == "option" and "selected" in dict(option.attributes)
    ]


def test_every_filter_control_has_its_label(client: Client, alice: User) -> None:
    """Each control is named by a <label for=...>, so a screen reader announces what it filters."""
    client.force_login(alice)
    page = _page(client.get(URL))
    for name, label in LABELS.items():
        control = _by_id(page, f"id_{name}")
        assert dict(control.attributes)["name"] == name
        assert _text(_label_for(page, f"id_{name}")) == label
    assert _by_id(page, "id_status").name == "select"
    search = dict(_by_id(page, "id_q").attributes)
    assert search["type"] == "search"
    assert search["placeholder"] == "Case code, place, site or exact name"
    assert search["maxlength"] == "200"
    year = dict(_by_id(page, "id_year_from").attributes)
    this_year = str(timezone.now().year)
    assert (year["type"], year["min"], year["max"]) == ("number", "1945", this_year)


def test_the_chosen_filters_are_shown_after_a_search(client: Client, alice: User) -> None:
    """After a search the form still shows what was asked for, and only that."""
    client.force_login(alice)
    page = _page(
        client.get(
            URL,
            {"q": "Camp 3", "status": "submitted", "country": "russia", "year_from": "2009"},
        )
    )
    assert _selected(_by_id(page, "id_status")) == ["submitted"]
    assert _selected(_by_id(page, "id_country")) == ["russia"]
    assert _selected(_by_id(page, "id_sector")) == [""]
    assert dict(_by_id(page, "id_q").attributes)["value"] == "Camp 3"
    assert dict(_by_id(page, "id_year_from").attributes)["value"] == "2009"
    assert "value" not in dict(_by_id(page, "id_year_to").attributes)


def test_an_invalid_filter_is_explained_beside_its_field(client: Client, alice: User) -> None:
    """The message sits in the field's block and the control points to it (aria-describedby)."""
    client.force_login(alice)
    page = _page(client.get(URL, {"status": "bogus", "year_from": "2020", "year_to": "1999"}))
    for name, message in [
        ("status", "Select a valid choice. bogus is not one of the available choices."),
        ("year_to", "The end year is before the start year."),
    ]:
        control = dict(_by_id(page, f"id_{name}").attributes)
        assert control["aria-invalid"] == "true"
        assert control["aria-describedby"] == f"id_{name}_error"
        assert "is-invalid" in control["class"].split()
        error = _by_id(page, f"id_{name}_error")
        assert "invalid-feedback" in dict(error.attributes)["class"].split()
        assert _text(error) == message
        assert error in list(_elements(_by_id(page, f"div_id_{name}")))
    valid = dict(_by_id(page, "id_year_from").attributes)
    assert "aria-invalid" not in valid
    assert "is-invalid" not in valid["class"].split()


def test_typed_text_is_given_back_escaped(client: Client, alice: User) -> None:
    """Whatever is typed in the search box comes back as its value, never as markup."""
    client.force_login(alice)
    typed = '"><script>alert("q")</script>'
    response = client.get(URL, {"q": typed})
    assert "<script>alert(" not in response.content.decode()
    assert dict(_by_id(_page(response), "id_q").attributes)["value"] == typed


def test_vocabulary_names_are_escaped(client: Client, alice: User) -> None:
    """A country named with markup in the admin is shown as text in the filter."""
    Country.objects.create(code="atlantis", name="<b>Atlantis</b> & Co")
    client.force_login(alice)
    response = client.get(URL, {"country": "atlantis"})
    assert "<b>Atlantis</b>" not in response.content.decode()
    options = [
        option
        for option in _elements(_by_id(_page(response), "id_country"))
        if dict(option.attributes).get("value") == "atlantis"
    ]
    assert [_text(option) for option in options] == ["<b>Atlantis</b> & Co"]
    assert "selected" in dict(options[0].attributes)


def test_the_korean_page_labels_its_filters_in_korean(client: Client, alice: User) -> None:
    """With Korean chosen, labels, choices and messages of the filter form are Korean."""
    client.force_login(alice)
    client.post(reverse("set_language"), {"language": "ko", "next": URL})
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ko"
    page = _page(client.get(URL, {"year_from": "2020", "year_to": "1999"}))
    for name, label in KOREAN_LABELS.items():
        assert _text(_label_for(page, f"id_{name}")) == label
    assert dict(_by_id(page, "id_q").attributes)["placeholder"] == (
        "사건 번호, 장소, 근무지 또는 정확한 이름"
    )
    options = [_text(o) for o in _elements(_by_id(page, "id_status")) if o.name == "option"]
    assert options[:2] == ["모든 상태", "초안"]
    assert _text(_by_id(page, "id_year_to_error")) == "종료 연도가 시작 연도보다 앞섭니다."

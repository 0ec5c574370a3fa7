"""Django admin for entities: admins edit companies, bodies and sites (they are not protected
persons); which testimony names which entity is read-only there, its passage masked."""

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from testimony.models import Entity, EntityRole, Testimony, TestimonyEntity

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client: Client, dave: User) -> Client:
    client.force_login(dave)
    return client


def test_an_admin_adds_and_corrects_an_entity(admin_client: Client, dave: User) -> None:
    response = admin_client.post(
        reverse("admin:testimony_entity_add"),
        {
            "kind": "company",
            "name": "Namgang Construction",
            "name_ko": "남강건설",
            "aliases": "Namgang Construction Co.\r\nNamkang",
            "country": "",
            "notes": "",
        },
    )
    assert response.status_code == 302
    entity = Entity.objects.get()
    assert (entity.name_ko, entity.created_by, entity.match_key) == (
        "남강건설",
        dave,
        "namgangconstruction",
    )
    assert entity.alias_list() == ["Namgang Construction Co.", "Namkang"]


def test_a_second_record_of_the_same_name_and_kind_is_refused_in_words(
    admin_client: Client,
) -> None:
    Entity.objects.create(kind="company", name="Namgang Construction")
    response = admin_client.post(
        reverse("admin:testimony_entity_add"),
        {"kind": "company", "name": "NAMGANG  construction", "name_ko": "", "aliases": ""},
    )
    assert response.status_code == 200
    assert "is already recorded as this kind" in response.content.decode()
    assert Entity.objects.count() == 1


def test_links_are_read_only_and_their_passage_masked(
    admin_client: Client, make_testimony: Callable[..., Testimony]
) -> None:
    testimony = make_testimony()
    entity = Entity.objects.create(kind="state_body", name="Korea Namsan General Trading")
    link = TestimonyEntity.objects.create(
        testimony=testimony,
        entity=entity,
        role=EntityRole.SENDING_BODY,
        passage="Rim Myong-chol was sent by Namsan.",
    )
    page = admin_client.get(reverse("admin:testimony_testimonyentity_change", args=[link.pk]))
    assert page.status_code == 200
    assert "Rim Myong-chol" not in page.content.decode()
    assert admin_client.get(reverse("admin:testimony_testimonyentity_add")).status_code == 403
    listing = admin_client.get(reverse("admin:testimony_entity_changelist")).content.decode()
    assert "Korea Namsan General Trading" in listing

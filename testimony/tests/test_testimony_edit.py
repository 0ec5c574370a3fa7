from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.forms.models import model_to_dict
from django.test import Client
from django.urls import reverse

from testimony.bundle.case_facts import testimony_postings as postings_of
from testimony.forms import TRI_STATE_FACTS
from testimony.models import AuditEvent, Testimony
from testimony.services import persons_matching_name
from testimony.tests import test_reveal
from testimony.tests.test_testimony_create import formset_management, posting_overrides

pytestmark = pytest.mark.django_db


def edit_data(testimony: Testimony, **overrides: str) -> dict[str, str]:
    """What the edit form shown with identities revealed posts back unchanged, with overrides
    applied."""
    data: dict[str, str] = {"identities": "shown"}
    for name, value in model_to_dict(testimony).items():
        if value is None:
            data[name] = ""
        elif isinstance(value, bool):
            data[name] = "true" if value else "false"
        else:
            data[name] = str(value)
    for name in TRI_STATE_FACTS:
        value = getattr(testimony, name)
        data[name] = "unknown" if value is None else ("true" if value else "false")
    data["revision"] = str(testimony.revision)
    persons = list(testimony.persons.all())
    data.update(
        {
            "persons-TOTAL_FORMS": str(len(persons)),
            "persons-INITIAL_FORMS": str(len(persons)),
            "persons-MIN_NUM_FORMS": "0",
            "persons-MAX_NUM_FORMS": "1000",
        }
    )
    for i, person in enumerate(persons):
        data.update(
            {
                f"persons-{i}-id": str(person.pk),
                f"persons-{i}-testimony": str(testimony.pk),
                f"persons-{i}-role": person.role,
                f"persons-{i}-pseudonym": person.pseudonym,
                f"persons-{i}-name_romanized": person.name_romanized,
                f"persons-{i}-name_hangul": person.name_hangul,
                f"persons-{i}-aliases": person.aliases,
                f"persons-{i}-sex": person.sex,
                f"persons-{i}-birth_year": str(person.birth_year or ""),
                f"persons-{i}-home_province": "",
                f"persons-{i}-family_in_north_korea": "true"
                if person.family_in_north_korea
                else "unknown",
                f"persons-{i}-contact_details": person.contact_details,
            }
        )
    consent = testimony.consent
    data.update(
        {
            "narrative-language": testimony.narrative.language,
            "narrative-original": testimony.narrative.original,
            "narrative-english": testimony.narrative.english,
            "consent-un_submission": "on" if consent.un_submission else "",
            "consent-informed_state_letter": "on",
            "consent-informed_public_summary": "on",
            "consent-public_name": consent.public_name,
            "consent-recipients": consent.recipients,
            "consent-given_on": str(consent.given_on or ""),
            "consent-method": consent.method,
            "consent-witnessed_by": consent.witnessed_by,
            "consent-notes": consent.notes,
            "indicators-TOTAL_FORMS": "0",
            "indicators-INITIAL_FORMS": "0",
            "indicators-MIN_NUM_FORMS": "0",
            "indicators-MAX_NUM_FORMS": "1000",
            **formset_management("entities", 0),
            "notes-domestic_steps": "",
            "notes-internal_notes": "",
        }
    )
    data.update(postings_data(testimony))
    data.update(posting_overrides(overrides))
    return data


def postings_data(testimony: Testimony) -> dict[str, str]:
    """The postings formset as the edit form shows it: the saved postings, or one row made of
    the testimony's columns when it has none."""
    postings = postings_of(testimony)
    saved = [posting for posting in postings if posting.pk]
    data = formset_management("postings", len(postings), len(saved))
    for i, posting in enumerate(postings):
        if posting.pk:
            data[f"postings-{i}-id"] = str(posting.pk)
            data[f"postings-{i}-testimony"] = str(testimony.pk)
        data.update(
            {
                f"postings-{i}-country": str(posting.country_id),
                f"postings-{i}-work_site": posting.work_site,
                f"postings-{i}-sector": str(posting.sector_id),
                f"postings-{i}-period_start": posting.period_start,
                f"postings-{i}-period_end": posting.period_end,
                f"postings-{i}-recruitment": posting.recruitment,
                f"postings-{i}-ending": posting.ending,
                f"postings-{i}-employer_name": posting.employer.name if posting.employer else "",
                f"postings-{i}-site_name": posting.site.name if posting.site else "",
            }
        )
    return data


def masked_edit_data(testimony: Testimony, **overrides: str) -> dict[str, str]:
    """What the edit form opened without revealing posts back untouched: identity fields
    empty, no narrative, no saved indicator passage."""
    data = edit_data(testimony)
    data["identities"] = "masked"
    for key in list(data):
        if key.startswith("persons-") and key.endswith(
            ("-name_romanized", "-name_hangul", "-aliases", "-contact_details")
        ):
            data[key] = ""
    del data["narrative-original"], data["narrative-english"]
    tags = list(testimony.indicators.all())
    data["indicators-TOTAL_FORMS"] = data["indicators-INITIAL_FORMS"] = str(len(tags))
    for i, tag in enumerate(tags):
        data.update(
            {
                f"indicators-{i}-id": str(tag.pk),
                f"indicators-{i}-testimony": str(testimony.pk),
                f"indicators-{i}-indicator": tag.indicator,
                f"indicators-{i}-phase": tag.phase,
            }
        )
    data.update(posting_overrides(overrides))
    return data


@pytest.fixture
def testimony(make_testimony: Callable[..., Testimony]) -> Testimony:
    return make_testimony()


def test_it_shows_the_saved_values(client: Client, alice: User, testimony: Testimony) -> None:
    """The edit form is filled with the testimony, partial dates as entered; names only
    once revealed."""
    client.force_login(alice)
    response = client.get(reverse("testimony:edit", args=[testimony.uuid]))
    assert response.status_code == 200
    content = response.content.decode()
    assert 'value="2014-06"' in content
    assert 'value="2016"' in content
    assert "Rim Myong-chol" not in content
    test_reveal.reveal_identities(client, testimony, "edit")
    assert "Rim Myong-chol" in client.get(reverse("testimony:edit", args=[testimony.uuid])).text


def test_opening_the_edit_form_is_audited_and_revealing_it_once_more(
    client: Client, alice: User, testimony: Testimony
) -> None:
    """Opening the masked form is a view; revealing it is one view of identities."""
    client.force_login(alice)
    url = reverse("testimony:edit", args=[testimony.uuid])
    client.get(url)
    assert AuditEvent.objects.filter(testimony=testimony, actor=alice, action="testimony.viewed")
    assert not AuditEvent.objects.filter(testimony=testimony, action="identities.viewed")
    test_reveal.reveal_identities(client, testimony, "edit")
    client.get(url)
    assert (
        AuditEvent.objects.filter(
            testimony=testimony, actor=alice, action="identities.viewed"
        ).count()
        == 1
    )


def test_it_saves_an_edit_and_raises_the_revision(
    client: Client, alice: User, testimony: Testimony
) -> None:
    """A valid edit is saved, the revision goes up and the changed fields are audited."""
    client.force_login(alice)
    url = reverse("testimony:edit", args=[testimony.uuid])
    response = client.post(url, edit_data(testimony, hours_per_day="18", period_end="2016-09"))
    assert response.status_code == 302
    testimony.refresh_from_db()
    assert testimony.hours_per_day == 18
    assert testimony.period_end == "2016-09"
    assert testimony.revision == 2
    event = AuditEvent.objects.get(testimony=testimony, action="testimony.edited")
    assert "hours_per_day" in event.changed_fields
    assert "18" not in str(event.changed_fields)


def test_renaming_a_person_updates_the_blind_index(
    client: Client, alice: User, testimony: Testimony
) -> None:
    """After a name is corrected, the new name is found and the old one no longer is."""
    client.force_login(alice)
    url = reverse("testimony:edit", args=[testimony.uuid])
    client.post(url, edit_data(testimony, **{"persons-0-name_romanized": "Ri Myong-chol"}))
    assert len(persons_matching_name("Ri Myong-chol")) == 1
    assert persons_matching_name("Rim Myong-chol") == []


def test_a_second_editor_gets_a_conflict_not_a_silent_overwrite(
    client: Client, alice: User, bob: User, testimony: Testimony
) -> None:
    """Of two edits from the same revision, the second is refused with both kept apart."""
    from django.contrib.auth.models import Permission

    bob.user_permissions.add(Permission.objects.get(codename="change_testimony"))
    url = reverse("testimony:edit", args=[testimony.uuid])
    stale = edit_data(testimony, hours_per_day="20", interview_place="Incheon")
    client.force_login(alice)
    assert client.post(url, edit_data(testimony, hours_per_day="18")).status_code == 302
    client.force_login(bob)
    response = client.post(url, stale)
    assert response.status_code == 409
    content = response.content.decode()
    assert "Someone else saved this testimony while you were editing" in content
    assert 'value="Incheon"' in content
    testimony.refresh_from_db()
    assert testimony.hours_per_day == 18
    assert testimony.interview_place == "Seoul"
    assert 'name="revision" value="2"' in content


def test_an_invalid_edit_keeps_what_was_typed(
    client: Client, alice: User, testimony: Testimony
) -> None:
    """A rejected edit changes nothing and shows the typed values again."""
    client.force_login(alice)
    url = reverse("testimony:edit", args=[testimony.uuid])
    response = client.post(
        url, edit_data(testimony, hours_per_day="30", interview_place="Busan shelter")
    )
    assert response.status_code == 200
    assert 'value="Busan shelter"' in response.content.decode()
    testimony.refresh_from_db()
    assert testimony.interview_place == "Seoul"
    assert testimony.revision == 1


def test_a_missing_revision_is_an_error_not_a_crash(
    client: Client, alice: User, testimony: Testimony
) -> None:
    """A post without the revision it was loaded at is refused without a server error."""
    client.force_login(alice)
    data = edit_data(testimony)
    del data["revision"]
    response = client.post(reverse("testimony:edit", args=[testimony.uuid]), data)
    assert response.status_code == 200
    testimony.refresh_from_db()
    assert testimony.revision == 1


def test_it_requires_the_change_permission(
    client: Client, charlie: User, testimony: Testimony
) -> None:
    """A user without a role cannot open the edit form."""
    client.force_login(charlie)
    assert client.get(reverse("testimony:edit", args=[testimony.uuid])).status_code == 403


def test_editing_the_narrative_saves_it_encrypted_and_audits_the_field_name(
    client: Client, alice: User, testimony: Testimony
) -> None:
    """A corrected translation is saved; the audit event names the field, not the text."""
    client.force_login(alice)
    url = reverse("testimony:edit", args=[testimony.uuid])
    corrected = "I am Rim Myong-chol. We built towers in Kuwait City."
    response = client.post(url, edit_data(testimony, **{"narrative-english": corrected}))
    assert response.status_code == 302
    testimony.refresh_from_db()
    assert testimony.narrative.english == corrected
    event = AuditEvent.objects.get(testimony=testimony, action="testimony.edited")
    assert event.changed_fields == ["narrative.english"]

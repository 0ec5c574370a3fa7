"""Passkeys as the second factor, with Chromium's own WebAuthn stack and a virtual authenticator.

WebAuthn refuses an IP address as its relying party, so this test opens the suite's server as
http://localhost:PORT (the conftest lets the server answer to that name and makes it the
relying party). The authenticator is Chromium's virtual one, driven through the DevTools
protocol: the browser runs the real ceremonies, signs with a real key, and the server checks
the real attestation and assertion.
"""

import json
from collections.abc import Callable

from playwright.sync_api import CDPSession, Page, expect

from e2e.conftest import People
from e2e.helpers import CODE_FIELD, PASSWORD, TOTP_KEY, confirm_identity, log_in

# Someone of their own: the other tests' staff keep a second-factor page without passkeys.
USERNAME = "petra"

CREATE_USER = """
from django.contrib.auth.models import Group, User
from django_otp.plugins.otp_totp.models import TOTPDevice

user = User.objects.create_user({username!r}, {username!r} + "@example.org", {password!r})
user.groups.add(Group.objects.get(name="interviewer"))
TOTPDevice.objects.create(user=user, name="phone", key={key!r}, confirmed=True)
"""

# What the server holds about the user's second factor: their passkeys (credential id in
# base64, signature counter) and their second-factor events in the audit trail, oldest first.
SERVER_RECORDS = """
import base64, json
from django_otp_webauthn.models import WebAuthnCredential
from testimony.models import AuditEvent

passkeys = WebAuthnCredential.objects.filter(user__username={username!r}, confirmed=True)
events = AuditEvent.objects.filter(
    actor__username={username!r}, action__in=["auth.otp_verified", "auth.device_added"]
).order_by("sequence")
print(json.dumps({{
    "passkeys": [
        [base64.b64encode(bytes(p.credential_id)).decode(), p.sign_count] for p in passkeys
    ],
    "events": [[event.action, event.detail.get("method")] for event in events],
}}))
"""


def _virtual_authenticator(page: Page) -> tuple[CDPSession, str]:
    """A platform authenticator that holds discoverable keys and verifies its user by itself."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    authenticator = cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )
    return cdp, authenticator["authenticatorId"]


def _keys(authenticator: tuple[CDPSession, str]) -> list[dict]:
    """The keys the virtual authenticator holds."""
    cdp, authenticator_id = authenticator
    return cdp.send("WebAuthn.getCredentials", {"authenticatorId": authenticator_id})["credentials"]


def test_a_passkey_added_on_the_security_page_passes_the_second_step(
    people: People, check_accessibility: Callable[[Page, str], None]
) -> None:
    """Someone with an authenticator app adds a passkey, then signs in with the password and the
    passkey, never typing a code; the audit trail says the passkey was the second factor."""
    server = people.server
    server.manage(
        "shell", "-c", CREATE_USER.format(username=USERNAME, password=PASSWORD, key=TOTP_KEY)
    )
    site = server.url.replace("127.0.0.1", "localhost")
    page = people.page(base_url=site)
    authenticator = _virtual_authenticator(page)
    log_in(page, USERNAME)

    # Adding a passkey asks for the password again first.
    page.goto("/accounts/security/")
    expect(page.locator("#passkeys-heading ~ p")).to_have_text("No passkey.")
    with page.expect_navigation():
        page.get_by_role("link", name="Confirm your password to add a passkey").click()
    confirm_identity(page, USERNAME)
    expect(page).to_have_url(site + "/accounts/security/")

    # The first passkey of someone without recovery codes leads to their new recovery codes.
    with page.expect_navigation(url="**/accounts/two-factor/recovery-codes/"):
        page.get_by_role("button", name="Add a passkey").click()
    assert len(_keys(authenticator)) == 1, "the authenticator holds no new key"
    expect(page.locator("ol.recovery-codes li")).to_have_count(10)
    page.goto("/accounts/security/")
    passkeys = page.locator("section[aria-labelledby=passkeys-heading] li")
    expect(passkeys).to_have_count(1)

    with page.expect_navigation():
        page.locator("form[action$='/logout/'] button").first.click()
    page.goto("/")
    page.locator("input[name=username]").fill(USERNAME)
    page.locator("input[name=password]").fill(PASSWORD)
    with page.expect_navigation(url="**/accounts/two-factor/**"):
        page.locator("input[name=password]").press("Enter")
    use_passkey = page.get_by_role("button", name="Use a passkey")
    expect(use_passkey).to_be_visible()
    check_accessibility(page, "second factor with a passkey")
    with page.expect_navigation(url=site + "/"):
        use_passkey.click()
    expect(page.locator("form[action$='/logout/'] button")).to_be_visible()
    expect(page.locator(CODE_FIELD)).to_have_count(0)

    output = server.manage("shell", "-c", SERVER_RECORDS.format(username=USERNAME))
    records = json.loads(output.splitlines()[-1])
    # The server keeps the very key the authenticator made, and checked the login's signature
    # with it: its stored signature counter is the authenticator's.
    [key] = _keys(authenticator)
    assert records["passkeys"] == [[key["credentialId"], key["signCount"]]]
    assert records["events"] == [
        ["auth.otp_verified", "totp"],
        ["auth.device_added", "passkey"],
        ["auth.otp_verified", "passkey"],
    ]
    assert "Audit trail intact" in server.manage("verify_audit")

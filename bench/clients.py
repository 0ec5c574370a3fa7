"""A test client for the benchmarks, signed in past the second-factor gate.

Every page but sign-in redirects a session that has not passed the second factor. The benches
mark their session verified with a confirmed authenticator app, as testimony/tests/conftest.py
does for the tests, so they time the pages and not the gate's redirect. Needs Django set up.
"""

from django.contrib.auth.models import User
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice


def verified_client(user: User) -> Client:
    device, _created = TOTPDevice.objects.get_or_create(
        user=user, name="Bench authenticator", defaults={"confirmed": True}
    )
    client = Client()
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client

"""Settings are read in a fresh interpreter: each start below is a real process start."""

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from django.conf import settings

SECRETS = (
    "DJANGO_SECRET_KEY",
    "FIELD_ENCRYPTION_KEYS",
    "BLIND_INDEX_KEY",
    "BUNDLE_SIGNING_KEY",
    "BACKUP_KEY",
)

# Prints the secrets the process ended up with, so a test can compare two starts.
START = (
    "import json, django; django.setup(); from django.conf import settings; "
    "print(json.dumps({'DJANGO_SECRET_KEY': settings.SECRET_KEY, "
    "'FIELD_ENCRYPTION_KEYS': ','.join(settings.FIELD_ENCRYPTION_KEYS), "
    "'BLIND_INDEX_KEY': settings.BLIND_INDEX_KEY, "
    "'BUNDLE_SIGNING_KEY': settings.BUNDLE_SIGNING_KEY, "
    "'BACKUP_KEY': settings.BACKUP_KEY}))"
)


def _start(var_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {name: value for name, value in os.environ.items() if name not in SECRETS}
    clean.update(DJANGO_SETTINGS_MODULE="config.settings", DJANGO_VAR_DIR=str(var_dir), **env)
    return subprocess.run(
        [sys.executable, "-c", START],
        cwd=settings.BASE_DIR,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_production_refuses_to_start_without_a_secret_key(tmp_path: Path) -> None:
    """With DEBUG off and no secrets in the environment, startup fails naming DJANGO_SECRET_KEY."""
    result = _start(tmp_path, DJANGO_DEBUG="false")

    assert result.returncode != 0
    assert "ImproperlyConfigured: DJANGO_SECRET_KEY is not set." in result.stderr
    assert not (tmp_path / "dev-secrets.json").exists()


def test_production_names_each_missing_secret_in_turn(tmp_path: Path) -> None:
    """With only the secret key set, startup fails naming the missing encryption keys."""
    result = _start(tmp_path, DJANGO_DEBUG="false", DJANGO_SECRET_KEY="x" * 50)

    assert result.returncode != 0
    assert "FIELD_ENCRYPTION_KEYS is not set." in result.stderr
    assert not (tmp_path / "dev-secrets.json").exists()


def test_development_generates_its_secrets_into_a_private_file(tmp_path: Path) -> None:
    """With DEBUG on and no secrets, startup succeeds and writes var/dev-secrets.json, mode 0600."""
    result = _start(tmp_path, DJANGO_DEBUG="true")

    assert result.returncode == 0, result.stderr
    path = tmp_path / "dev-secrets.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    stored = json.loads(path.read_text())
    assert json.loads(result.stdout) == stored
    assert all(stored[name] for name in SECRETS)


def test_production_starts_without_the_backup_key(tmp_path: Path) -> None:
    """App servers never need BACKUP_KEY: only the backup job has it."""
    result = _start(
        tmp_path,
        DJANGO_DEBUG="false",
        DJANGO_SECRET_KEY="x" * 50,
        FIELD_ENCRYPTION_KEYS="dGVzdC1vbmx5LWZpZWxkLWtleS1ub3QtZm9yLXVzZSE=",
        BLIND_INDEX_KEY="y" * 30,
        BUNDLE_SIGNING_KEY="dGVzdC1vbmx5LWJ1bmRsZS1zaWduaW5nLWtleS0zMmI=",
    )

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["BACKUP_KEY"] == ""


def test_development_reuses_the_same_secrets_on_the_next_start(tmp_path: Path) -> None:
    """A second start reads the generated file instead of making new keys (data stays readable)."""
    first = _start(tmp_path, DJANGO_DEBUG="true")
    second = _start(tmp_path, DJANGO_DEBUG="true")

    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    assert json.loads(first.stdout) == json.loads(second.stdout)


def test_development_prefers_secrets_from_the_environment(tmp_path: Path) -> None:
    """A secret set in the environment wins over the generated development file."""
    result = _start(tmp_path, DJANGO_DEBUG="true", BLIND_INDEX_KEY="from-the-environment")

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["BLIND_INDEX_KEY"] == "from-the-environment"


def test_an_unreadable_debug_flag_fails_with_a_clear_message(tmp_path: Path) -> None:
    """DJANGO_DEBUG=maybe is refused with a sentence saying what values are allowed."""
    result = _start(tmp_path, DJANGO_DEBUG="maybe")

    assert result.returncode != 0
    assert "DJANGO_DEBUG must be true or false, not 'maybe'." in result.stderr


def test_a_secret_added_later_is_generated_without_replacing_the_others(tmp_path: Path) -> None:
    """An older development file gains the new key; its encryption keys stay as they were."""
    old = {"DJANGO_SECRET_KEY": "s" * 50, "FIELD_ENCRYPTION_KEYS": "", "BLIND_INDEX_KEY": "b"}
    old["FIELD_ENCRYPTION_KEYS"] = "dGVzdC1vbmx5LWZpZWxkLWtleS1ub3QtZm9yLXVzZSE="
    (tmp_path / "dev-secrets.json").write_text(json.dumps(old))
    result = _start(tmp_path, DJANGO_DEBUG="true")
    assert result.returncode == 0, result.stderr
    started = json.loads(result.stdout)
    assert {name: started[name] for name in old} == old
    assert started["BUNDLE_SIGNING_KEY"]

"""The bundle manifest, its Ed25519 signature, and `verify_bundle` on good and altered bundles."""

import base64
import hashlib
import io
import json
import shutil
import subprocess
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from django.contrib.auth.models import User
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command
from django.test import override_settings

from testimony.anonymize.review import anonymization_approve
from testimony.bundle.data import render_data_files
from testimony.bundle.manifest import (
    README_CHECK,
    build_manifest,
    generate_signing_key,
    manifest_bytes,
    parse_fingerprint,
    public_key_pem,
    sign_manifest,
    signed_manifest_files,
    signing_key_fingerprint,
    verify_bundle,
)
from testimony.models import Mandate, Petition, Status, Testimony
from testimony.tests.test_bundle_build import _all_text, _build
from testimony.tests.test_bundle_data import make_content
from testimony.workflow import transition

KEY = generate_signing_key()
OTHER_KEY = generate_signing_key()
TESTIMONIES = [{"case_code": "TST-0002", "version": 1}, {"case_code": "TST-0001", "version": 3}]


def bundle_files() -> dict[str, bytes]:
    """The files a bundle lists in its manifest: a document, a case and the data files."""
    return {
        "cover_letter.pdf": b"%PDF-1.7 cover letter",
        "cases/TST-0001.docx": "증언 TST-0001".encode(),
        **render_data_files(make_content()),
    }


def write_bundle(
    path: Path,
    files: dict[str, bytes] | None = None,
    *,
    extra: dict[str, bytes] | None = None,
    manifest_edit: bytes | None = None,
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """A bundle ZIP as the build writes it, signed with the key configured when called."""
    files = bundle_files() if files is None else files
    manifest = build_manifest(files, content=make_content(), testimonies=TESTIMONIES)
    signed = signed_manifest_files(manifest)
    if manifest_edit is not None:
        signed["manifest.json"] = manifest_edit
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for name, data in {**files, **signed, **(extra or {})}.items():
            archive.writestr(name, data)
    return path


@pytest.fixture
def signing_key() -> Iterator[str]:
    with override_settings(BUNDLE_SIGNING_KEY=KEY):
        yield KEY


def test_the_manifest_lists_every_file_with_its_sha256_and_size() -> None:
    """Files sorted by path, each with the SHA-256 and length of its bytes; and the metadata."""
    files = bundle_files()
    content = make_content()

    manifest = build_manifest(files, content=content, testimonies=TESTIMONIES)

    assert manifest["files"] == [
        {"path": path, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for path, data in sorted(files.items())
    ]
    assert [entry["path"] for entry in manifest["files"]] == sorted(files)
    assert manifest["bundle_id"] == "b-1234"
    assert manifest["petition"] == {
        "title": content.petition.title,
        "mandate": content.petition.mandate,
    }
    assert manifest["organisation"] == "Demo NGO"
    assert "created_by" not in manifest
    assert manifest["created_at"] == "2025-11-28T12:00:00+00:00"
    assert manifest["software_version"] == "0.1.0"
    assert manifest["testimonies"] == [
        {"case_code": "TST-0001", "version": 3},
        {"case_code": "TST-0002", "version": 1},
    ]


def test_the_manifest_bytes_are_canonical_json() -> None:
    """Sorted keys, UTF-8 (Hangul unescaped), indent 2, a trailing newline, always the same."""
    manifest = build_manifest(bundle_files(), content=make_content(), testimonies=TESTIMONIES)

    data = manifest_bytes(manifest)

    assert data == manifest_bytes(json.loads(data))
    assert data.endswith(b"}\n")
    assert data.startswith(b'{\n  "bundle_id": "b-1234",\n')
    assert "쿠웨이트".encode() in data


@pytest.mark.parametrize(
    "path", ["manifest.json", "manifest.json.sig", "signing_key.pub.pem", "../x", "/abs", "a//b"]
)
def test_the_manifest_refuses_reserved_and_unsafe_paths(path: str) -> None:
    """The manifest's own files and paths outside the bundle cannot be listed."""
    with pytest.raises(ValueError, match=r"path|manifest"):
        build_manifest({path: b"x"}, content=make_content(), testimonies=[])


@override_settings(BUNDLE_SIGNING_KEY="")
def test_signing_without_a_configured_key_says_what_to_set() -> None:
    """No BUNDLE_SIGNING_KEY: a clear ImproperlyConfigured, not a crash deep in cryptography."""
    with pytest.raises(ImproperlyConfigured, match="BUNDLE_SIGNING_KEY is not set"):
        sign_manifest(b"{}")


@override_settings(BUNDLE_SIGNING_KEY="not-a-key")
def test_a_malformed_signing_key_is_refused_with_its_expected_form() -> None:
    """A value that is not 32 bytes of url-safe base64 is a configuration error."""
    with pytest.raises(ImproperlyConfigured, match="32-byte Ed25519 private seed"):
        public_key_pem()


def test_the_signature_verifies_with_the_published_pem_alone(signing_key: str) -> None:
    """Anyone with signing_key.pub.pem can check manifest.json.sig, without this software."""
    manifest = build_manifest(bundle_files(), content=make_content(), testimonies=TESTIMONIES)
    signed = signed_manifest_files(manifest)
    public_key = serialization.load_pem_public_key(signed["signing_key.pub.pem"])
    signature = base64.b64decode(signed["manifest.json.sig"])

    assert isinstance(public_key, Ed25519PublicKey)
    assert len(signature) == 64
    assert signature == sign_manifest(signed["manifest.json"])
    public_key.verify(signature, signed["manifest.json"])  # raises if it does not hold


def test_an_untouched_bundle_verifies(signing_key: str, tmp_path: Path) -> None:
    """Every listed file matches, the signature holds and the key is this installation's."""
    path = write_bundle(tmp_path / "bundle.zip")

    result = verify_bundle(path)

    assert result.ok, result.message
    assert result.message == "Bundle verified: 6 files match the manifest and its signature."
    assert result.first_bad is None
    assert result.key_is_ours is True


def test_a_bundle_verifies_from_an_open_file_too(signing_key: str, tmp_path: Path) -> None:
    """verify_bundle takes a binary file object as well as a path."""
    data = write_bundle(tmp_path / "bundle.zip").read_bytes()

    assert verify_bundle(io.BytesIO(data)).ok


def test_one_changed_byte_in_one_file_fails_naming_that_file(
    signing_key: str, tmp_path: Path
) -> None:
    """A file rewritten with one byte changed (same size) fails on its SHA-256, by name."""
    files = bundle_files()
    path = write_bundle(tmp_path / "bundle.zip")
    changed = bytearray(files["data/cases.csv"])
    changed[10] ^= 0x01
    with zipfile.ZipFile(path) as original, zipfile.ZipFile(tmp_path / "bad.zip", "w") as copy:
        for info in original.infolist():
            data = original.read(info)
            copy.writestr(info, bytes(changed) if info.filename == "data/cases.csv" else data)

    result = verify_bundle(tmp_path / "bad.zip")

    assert not result.ok
    assert result.first_bad == "data/cases.csv"
    assert "data/cases.csv does not match the manifest" in result.message
    assert "SHA-256" in result.message


def test_one_flipped_byte_in_the_zip_itself_fails_naming_that_file(
    signing_key: str, tmp_path: Path
) -> None:
    """A byte flipped inside the archive (an uncompressed member) is caught and named."""
    files = bundle_files()
    path = write_bundle(tmp_path / "bundle.zip", compression=zipfile.ZIP_STORED)
    raw = bytearray(path.read_bytes())
    offset = raw.index(files["cover_letter.pdf"]) + 5
    raw[offset] ^= 0x20
    path.write_bytes(bytes(raw))

    result = verify_bundle(path)

    assert not result.ok
    assert result.first_bad == "cover_letter.pdf"
    assert result.message.startswith("cover_letter.pdf does not match the manifest")


def test_a_signature_file_of_raw_bytes_is_accepted_too(signing_key: str, tmp_path: Path) -> None:
    """The bundle writes base64; a manifest.json.sig of the 64 raw bytes still verifies."""
    files = bundle_files()
    manifest = manifest_bytes(
        build_manifest(files, content=make_content(), testimonies=TESTIMONIES)
    )
    path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
        archive.writestr("manifest.json", manifest)
        archive.writestr("manifest.json.sig", sign_manifest(manifest))
        archive.writestr("signing_key.pub.pem", public_key_pem())

    assert verify_bundle(path).ok


def test_a_file_not_in_the_manifest_fails(signing_key: str, tmp_path: Path) -> None:
    """Anything added to the ZIP after signing is named as not in the manifest."""
    path = write_bundle(tmp_path / "bundle.zip", extra={"data/extra.csv": b"a,b\r\n"})

    result = verify_bundle(path)

    assert not result.ok
    assert result.first_bad == "data/extra.csv"
    assert result.message == "data/extra.csv is in the bundle but not in the manifest."


def test_a_listed_file_missing_from_the_zip_fails(signing_key: str, tmp_path: Path) -> None:
    """A file the manifest lists but the ZIP lacks is named as missing."""
    path = write_bundle(tmp_path / "bundle.zip")
    with zipfile.ZipFile(path) as original, zipfile.ZipFile(tmp_path / "bad.zip", "w") as copy:
        for info in original.infolist():
            if info.filename != "data/cases.json":
                copy.writestr(info, original.read(info))

    result = verify_bundle(tmp_path / "bad.zip")

    assert not result.ok
    assert result.first_bad == "data/cases.json"
    assert "missing from the bundle" in result.message


def test_a_tampered_manifest_fails_on_the_signature(signing_key: str, tmp_path: Path) -> None:
    """Editing manifest.json (here, to match a changed file) breaks its signature."""
    files = bundle_files()
    manifest = build_manifest(files, content=make_content(), testimonies=TESTIMONIES)
    manifest["files"][0]["size"] += 1
    path = write_bundle(tmp_path / "bundle.zip", files, manifest_edit=manifest_bytes(manifest))

    result = verify_bundle(path)

    assert not result.ok
    assert result.first_bad == "manifest.json"
    assert "signature does not match manifest.json" in result.message


def test_a_bundle_signed_with_another_key_is_not_this_installations(tmp_path: Path) -> None:
    """A validly signed bundle whose key is not ours fails, saying so."""
    with override_settings(BUNDLE_SIGNING_KEY=OTHER_KEY):
        path = write_bundle(tmp_path / "bundle.zip")

    with override_settings(BUNDLE_SIGNING_KEY=KEY):
        result = verify_bundle(path)

    assert not result.ok
    assert "signed with a key that is not this installation's" in result.message
    assert result.first_bad == "signing_key.pub.pem"
    assert result.key_is_ours is False


def test_without_a_configured_key_the_bundles_own_key_is_used(tmp_path: Path) -> None:
    """Where no key is configured (e.g. the recipient's copy), the bundle's key checks it."""
    with override_settings(BUNDLE_SIGNING_KEY=OTHER_KEY):
        path = write_bundle(tmp_path / "bundle.zip")

    with override_settings(BUNDLE_SIGNING_KEY=""):
        result = verify_bundle(path)

    assert result.ok, result.message
    assert result.key_is_ours is None


def test_a_file_that_is_not_a_zip_fails_with_a_clear_message(tmp_path: Path) -> None:
    """Garbage and a missing path each give a sentence, not a traceback."""
    garbage = tmp_path / "bundle.zip"
    garbage.write_bytes(b"this is not a zip archive")

    assert "is not a readable ZIP archive" in verify_bundle(garbage).message
    missing = verify_bundle(tmp_path / "nowhere.zip")
    assert not missing.ok
    assert "the file does not exist" in missing.message


def test_a_zip_without_a_manifest_fails(signing_key: str, tmp_path: Path) -> None:
    """A ZIP that has no manifest.json cannot be verified, and says why."""
    path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("cover_letter.pdf", b"%PDF")

    result = verify_bundle(path)

    assert not result.ok
    assert result.first_bad == "manifest.json"
    assert "has no manifest.json" in result.message


def test_the_command_exits_0_and_says_how_many_files_match(
    signing_key: str, tmp_path: Path
) -> None:
    """`verify_bundle PATH.zip` on an untouched bundle prints the success sentence."""
    path = write_bundle(tmp_path / "bundle.zip")
    out, err = io.StringIO(), io.StringIO()

    call_command("verify_bundle", str(path), stdout=out, stderr=err)

    assert "Bundle verified: 6 files match the manifest and its signature." in out.getvalue()
    assert err.getvalue() == ""


def test_the_command_exits_1_naming_the_first_bad_file(signing_key: str, tmp_path: Path) -> None:
    """On an altered bundle the command writes the file's name to stderr and exits 1."""
    path = write_bundle(tmp_path / "bundle.zip", extra={"notes.txt": b"internal"})
    out, err = io.StringIO(), io.StringIO()

    with pytest.raises(SystemExit) as exit_info:
        call_command("verify_bundle", str(path), stdout=out, stderr=err)

    assert exit_info.value.code == 1
    assert "notes.txt is in the bundle but not in the manifest." in err.getvalue()
    assert out.getvalue() == ""


def test_the_command_exits_1_on_a_missing_file(tmp_path: Path) -> None:
    """A path with no file behind it is a clear message and exit code 1."""
    err = io.StringIO()

    with pytest.raises(SystemExit) as exit_info:
        call_command("verify_bundle", str(tmp_path / "nowhere.zip"), stderr=err)

    assert exit_info.value.code == 1
    assert "the file does not exist" in err.getvalue()


# ---------------------------------------------------------------------------------------------
# Who signed it: the key's fingerprint


def fingerprint_of(key: str) -> str:
    with override_settings(BUNDLE_SIGNING_KEY=key):
        return signing_key_fingerprint()


def resign(path: Path, key: str, *, change: dict[str, bytes] | None = None) -> Path:
    """The bundle as someone would forge it: files changed, a new manifest, signed with `key`."""
    with zipfile.ZipFile(path) as archive:
        files = {
            name: archive.read(name)
            for name in archive.namelist()
            if name not in ("manifest.json", "manifest.json.sig", "signing_key.pub.pem")
        }
    files.update(change or {})
    forged = path.with_name("forged.zip")
    with override_settings(BUNDLE_SIGNING_KEY=key):
        return write_bundle(forged, files)


def test_a_fingerprint_is_the_sha256_of_the_raw_public_key_in_groups_of_four() -> None:
    """16 groups of 4 lower-case hex digits; typed with colons, capitals or none, it parses."""
    with override_settings(BUNDLE_SIGNING_KEY=KEY):
        pem = public_key_pem()
        fingerprint = signing_key_fingerprint()
    public_key = serialization.load_pem_public_key(pem)
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    digest = hashlib.sha256(raw).hexdigest()
    assert fingerprint.split() == [digest[i : i + 4] for i in range(0, 64, 4)]
    assert parse_fingerprint(fingerprint) == digest
    assert parse_fingerprint(":".join(fingerprint.upper().split())) == digest
    with pytest.raises(ValueError, match="64 hexadecimal digits"):
        parse_fingerprint("3f2a 9c01")


def test_the_right_fingerprint_verifies_on_any_installation(tmp_path: Path) -> None:
    """A recipient's installation has its own key, or none: the fingerprint given decides."""
    with override_settings(BUNDLE_SIGNING_KEY=KEY):
        path = write_bundle(tmp_path / "bundle.zip")
    for configured_here in (OTHER_KEY, ""):
        with override_settings(BUNDLE_SIGNING_KEY=configured_here):
            result = verify_bundle(path, fingerprint=fingerprint_of(KEY))
        assert result.ok, result.message
        assert result.fingerprint_matches is True
        assert result.key_fingerprint == fingerprint_of(KEY)


def test_a_wrong_fingerprint_is_rejected(signing_key: str, tmp_path: Path) -> None:
    """An intact bundle whose key has another fingerprint than the one given fails."""
    path = write_bundle(tmp_path / "bundle.zip")

    result = verify_bundle(path, fingerprint=fingerprint_of(OTHER_KEY))

    assert not result.ok
    assert result.first_bad == "signing_key.pub.pem"
    assert result.message.startswith(
        f"The bundle is signed with a key whose fingerprint is {fingerprint_of(KEY)}, not the "
        f"{fingerprint_of(OTHER_KEY)} given"
    )


def test_a_bundle_altered_and_signed_again_with_another_key_is_rejected(tmp_path: Path) -> None:
    """The forger's signature and hashes all hold; only the fingerprint gives it away."""
    with override_settings(BUNDLE_SIGNING_KEY=KEY):
        original = write_bundle(tmp_path / "bundle.zip")
    forged = resign(original, OTHER_KEY, change={"cases/TST-0001.docx": b"another story"})

    with override_settings(BUNDLE_SIGNING_KEY=""):
        assert verify_bundle(forged).ok  # intact as its (new) signer left it
        result = verify_bundle(forged, fingerprint=fingerprint_of(KEY))

    assert not result.ok
    assert "not signed by the holder of that key" in result.message


def test_the_command_checks_the_fingerprint(tmp_path: Path) -> None:
    """--fingerprint: exit 0 saying so when it matches, 1 with the reason when it does not."""
    with override_settings(BUNDLE_SIGNING_KEY=KEY):
        path = write_bundle(tmp_path / "bundle.zip")
    out, err = io.StringIO(), io.StringIO()

    with override_settings(BUNDLE_SIGNING_KEY=OTHER_KEY):
        call_command(
            "verify_bundle", str(path), "--fingerprint", fingerprint_of(KEY), stdout=out, stderr=err
        )
        assert "Bundle verified: 6 files match" in out.getvalue()
        assert f"fingerprint given: {fingerprint_of(KEY)}" in out.getvalue()
        assert err.getvalue() == ""

        with pytest.raises(SystemExit) as exit_info:
            call_command(
                "verify_bundle",
                str(path),
                f"--fingerprint={fingerprint_of(OTHER_KEY)}",
                stdout=io.StringIO(),
                stderr=(err := io.StringIO()),
            )
    assert exit_info.value.code == 1
    assert "not signed by the holder of that key" in err.getvalue()


def test_the_command_refuses_a_malformed_fingerprint(signing_key: str, tmp_path: Path) -> None:
    """A fingerprint cut short is an error in words, not a failed comparison."""
    path = write_bundle(tmp_path / "bundle.zip")
    with pytest.raises(CommandError, match="is not a key fingerprint"):
        call_command("verify_bundle", str(path), "--fingerprint", "3f2a 9c01")


def test_without_a_fingerprint_the_command_warns_that_origin_is_not_proven(
    tmp_path: Path,
) -> None:
    """No fingerprint and no key here: it verifies, and warns that this proves integrity only."""
    with override_settings(BUNDLE_SIGNING_KEY=KEY):
        path = write_bundle(tmp_path / "bundle.zip")
    out, err = io.StringIO(), io.StringIO()

    with override_settings(BUNDLE_SIGNING_KEY=""):
        call_command("verify_bundle", str(path), stdout=out, stderr=err)

    assert "Bundle verified" in out.getvalue()
    warning = " ".join(err.getvalue().split())
    assert "proves only that the bundle is intact" in warning
    assert "not who signed it" in warning
    assert fingerprint_of(KEY) in warning


needs_openssl = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("openssl", "sha256sum", "base64", "python3")),
    reason="needs OpenSSL 3, coreutils and python3",
)


def run_in(folder: Path, command: str) -> subprocess.CompletedProcess[str]:
    """A documented shell line, run as a recipient runs it."""
    return subprocess.run(  # noqa: S602 - the documented lines, exactly as written
        command, shell=True, cwd=folder, capture_output=True, text=True, check=False
    )


@needs_openssl
def test_the_check_without_this_software_works_as_written(tmp_path: Path) -> None:
    """README.txt's three commands, run in an unzipped bundle: the fingerprint printed is the
    key's, the signature verifies, every file is OK; a changed file makes the last one fail."""
    with override_settings(BUNDLE_SIGNING_KEY=KEY):
        path = write_bundle(tmp_path / "bundle.zip")
    folder = tmp_path / "unzipped"
    zipfile.ZipFile(path).extractall(folder)

    fingerprint, signature, hashes = (run_in(folder, command) for command in README_CHECK)
    assert fingerprint.stdout.split()[0] == parse_fingerprint(fingerprint_of(KEY))
    assert signature.returncode == 0, signature.stderr
    assert "Signature Verified Successfully" in signature.stdout
    assert hashes.returncode == 0, hashes.stdout + hashes.stderr
    assert hashes.stdout.count(": OK") == 6
    (folder / "data" / "cases.csv").write_bytes(b"changed")
    assert run_in(folder, README_CHECK[2]).returncode != 0
    (folder / "manifest.json").write_bytes(b"{}")
    assert run_in(folder, README_CHECK[1]).returncode != 0


def test_the_documented_check_is_the_tested_one() -> None:
    """docs/SECURITY.md shows the recipient exactly the lines tested above."""
    security = (Path(__file__).resolve().parents[2] / "docs" / "SECURITY.md").read_text()
    for command in README_CHECK:
        assert f"  {command}\n" in security


# ---------------------------------------------------------------------------------------------
# A built bundle: the organisation, never a username; the fingerprint where a reader looks


@pytest.fixture
def built(
    make_testimony: Callable[..., Testimony],
    bob: User,
    carol: User,
    settings: object,
    tmp_path: Path,
) -> Path:
    """A bundle Carol built of a testimony Bob verified and Carol approved."""
    settings.BUNDLE_DIR = tmp_path / "bundles"
    settings.BUNDLE_SIGNING_KEY = KEY
    settings.TESTIMONY_ORGANISATION = "Citizens' Alliance for Overseas Workers"
    testimony = make_testimony(status=Status.IN_REVIEW)
    transition(testimony, Status.VERIFIED, by=bob)
    anonymization_approve(testimony=testimony, by=carol)
    transition(testimony, Status.APPROVED, by=carol)
    petition = Petition.objects.create(
        slug="kuwait-2026",
        title="Forced labour of North Korean workers in Kuwait",
        mandate=Mandate.objects.get(code="sr_slavery"),
        summary="We submit the testimonies of workers sent to Kuwait's construction sites.",
        created_by=carol,
    )
    petition.testimonies.add(testimony)
    _bundle, path = _build(petition, carol)
    return path


@pytest.mark.django_db
def test_the_manifest_names_the_organisation_and_no_username_is_in_the_bundle(
    built: Path, alice: User, bob: User, carol: User
) -> None:
    """Who submits is the organisation; the staff who entered, verified, approved and built it
    appear in no file of the bundle."""
    texts = _all_text(built)
    manifest = json.loads(texts["manifest.json"])
    assert manifest["organisation"] == "Citizens' Alliance for Overseas Workers"
    for file_name, text in texts.items():
        for user in (alice, bob, carol):
            assert user.get_username() not in text, f"{user} named in {file_name}"
            assert user.email not in text, f"{user.email} in {file_name}"


@pytest.mark.django_db
def test_the_cover_letter_and_readme_state_the_signing_key_fingerprint(built: Path) -> None:
    """The fingerprint of the key that signed the manifest is in both, and README.txt, listed
    in the manifest, says how to check it."""
    texts = _all_text(built)
    fingerprint = fingerprint_of(KEY)
    assert fingerprint in " ".join(texts["cover_letter.pdf"].split())
    assert fingerprint in texts["cover_letter.docx"]
    readme = texts["README.txt"]
    assert f"  {fingerprint}\n" in readme
    assert f'verify_bundle BUNDLE.zip --fingerprint "{fingerprint}"' in readme
    for command in README_CHECK:
        assert command in readme
    listed = {entry["path"] for entry in json.loads(texts["manifest.json"])["files"]}
    assert "README.txt" in listed
    with override_settings(BUNDLE_SIGNING_KEY=OTHER_KEY):
        assert verify_bundle(built, fingerprint=fingerprint).ok


@needs_openssl
@pytest.mark.django_db
def test_the_check_without_this_software_passes_on_a_built_bundle(built: Path) -> None:
    """The three lines of README.txt, run in a built bundle unzipped: all pass."""
    folder = built.parent / "unzipped"
    zipfile.ZipFile(built).extractall(folder)
    fingerprint, signature, hashes = (run_in(folder, command) for command in README_CHECK)
    assert fingerprint.stdout.split()[0] == parse_fingerprint(fingerprint_of(KEY))
    assert "Signature Verified Successfully" in signature.stdout
    assert hashes.returncode == 0, hashes.stdout + hashes.stderr
    listed = json.loads((folder / "manifest.json").read_text())["files"]
    assert hashes.stdout.count(": OK") == len(listed)

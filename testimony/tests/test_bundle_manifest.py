"""The bundle manifest, its Ed25519 signature, and `verify_bundle` on good and altered bundles."""

import base64
import hashlib
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.test import override_settings

from testimony.bundle.data import render_data_files
from testimony.bundle.manifest import (
    build_manifest,
    generate_signing_key,
    manifest_bytes,
    public_key_pem,
    sign_manifest,
    signed_manifest_files,
    verify_bundle,
)
from testimony.tests.test_bundle_data import make_content

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
    assert manifest["created_by"] == "carol"
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

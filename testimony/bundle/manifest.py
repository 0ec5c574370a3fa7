"""The bundle's manifest, its Ed25519 signature, and the check that nothing in a bundle changed.

A bundle's ZIP holds, beside its documents and data files:
- `manifest.json`: bundle id, petition, creator, time, software version, the testimonies and
  versions included, and every other file's path, SHA-256 and size. Canonical JSON (sorted
  keys, UTF-8, indent 2, a trailing newline), so the same manifest is always the same bytes.
- `manifest.json.sig`: the detached Ed25519 signature of manifest.json's exact bytes, as one
  line of standard base64 (64 raw bytes), so it survives e-mail and copy-paste. (A file of
  exactly the 64 raw bytes is accepted too when verifying; write base64.)
- `signing_key.pub.pem`: the public key that verifies it (SubjectPublicKeyInfo PEM), so that
  anyone can check a bundle without this software, e.g. with OpenSSL 3:
      base64 -d manifest.json.sig > manifest.sig
      openssl pkeyutl -verify -pubin -inkey signing_key.pub.pem -rawin \\
          -in manifest.json -sigfile manifest.sig
      sha256sum data/cases.csv   # and compare with manifest.json
  A key inside the bundle only proves that the bundle is as its signer left it, not who the
  signer was: the trust comes from publishing the same public key elsewhere too (the
  organisation's website, the cover letter, a letter to the mandate), and comparing. This
  installation's own key is checked by `verify_bundle` when BUNDLE_SIGNING_KEY is configured.

The signing key is settings.BUNDLE_SIGNING_KEY: the url-safe base64 of a 32-byte Ed25519 private
seed (make one with `generate_signing_key()`).
"""

import base64
import binascii
import hashlib
import json
import os
import re
import zipfile
from dataclasses import dataclass
from typing import IO, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from testimony.bundle.content import BundleContent

MANIFEST_PATH = "manifest.json"
SIGNATURE_PATH = "manifest.json.sig"
PUBLIC_KEY_PATH = "signing_key.pub.pem"
RESERVED_PATHS = frozenset({MANIFEST_PATH, SIGNATURE_PATH, PUBLIC_KEY_PATH})
# The same names, as the build step spells them.
MANIFEST_NAME, SIGNATURE_NAME, PUBLIC_KEY_NAME = MANIFEST_PATH, SIGNATURE_PATH, PUBLIC_KEY_PATH

CHUNK_SIZE = 1024 * 1024
# manifest.json, its signature and the key are read whole; a bundle's are a few kilobytes.
MAX_METADATA_SIZE = 16 * 1024 * 1024
SHA256_HEX = re.compile(r"[0-9a-f]{64}")


def generate_signing_key() -> str:
    """A new value for BUNDLE_SIGNING_KEY: the url-safe base64 of a random 32-byte seed."""
    return base64.urlsafe_b64encode(os.urandom(32)).decode("ascii")


def _configured_seed() -> bytes | None:
    """The 32-byte seed of settings.BUNDLE_SIGNING_KEY, or None when it is not set."""
    value = getattr(settings, "BUNDLE_SIGNING_KEY", None)
    if not value:
        return None
    text = value.strip() if isinstance(value, str) else ""
    try:
        seed = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        seed = b""
    if len(seed) != 32:
        raise ImproperlyConfigured(
            "BUNDLE_SIGNING_KEY must be the url-safe base64 of a 32-byte Ed25519 private seed "
            '(make one with: python -c "import base64, os; '
            'print(base64.urlsafe_b64encode(os.urandom(32)).decode())").'
        )
    return seed


def _private_key() -> Ed25519PrivateKey:
    seed = _configured_seed()
    if seed is None:
        raise ImproperlyConfigured(
            "BUNDLE_SIGNING_KEY is not set, so petition bundles cannot be signed: set it to the "
            "url-safe base64 of a 32-byte Ed25519 private seed."
        )
    return Ed25519PrivateKey.from_private_bytes(seed)


def sign_manifest(data: bytes) -> bytes:
    """The detached Ed25519 signature (64 raw bytes) of manifest.json's exact bytes."""
    return _private_key().sign(data)


def signature_file_bytes(signature: bytes) -> bytes:
    """What manifest.json.sig holds: the signature as one line of standard base64."""
    return base64.b64encode(signature) + b"\n"


def _pem(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _raw(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_key_pem() -> bytes:
    """This installation's public key as PEM: the bundle's signing_key.pub.pem."""
    return _pem(_private_key().public_key())


def key_fingerprint(public_key_pem_bytes: bytes) -> str:
    """SHA-256 of the raw public key, in hex: short enough to publish and compare by eye."""
    public_key = serialization.load_pem_public_key(public_key_pem_bytes)
    if not isinstance(public_key, Ed25519PublicKey):
        raise ValueError("The key is not an Ed25519 public key.")
    return hashlib.sha256(_raw(public_key)).hexdigest()


def _check_path(path: str) -> None:
    parts = path.split("/")
    if (
        not path
        or path.startswith("/")
        or "\\" in path
        or any(part in ("", ".", "..") for part in parts)
    ):
        raise ValueError(f"{path!r} is not a relative path inside the bundle.")
    if path in RESERVED_PATHS:
        raise ValueError(f"{path} is written by the manifest step and cannot be listed in it.")


def build_manifest(
    files: dict[str, bytes], *, content: BundleContent, testimonies: list[dict[str, Any]]
) -> dict[str, Any]:
    """The manifest of a bundle's files (every file but the manifest, its signature and key)."""
    return build_manifest_from_digests(
        {path: (hashlib.sha256(data).hexdigest(), len(data)) for path, data in files.items()},
        content=content,
        testimonies=testimonies,
    )


def build_manifest_from_digests(
    digests: dict[str, tuple[str, int]],
    *,
    content: BundleContent,
    testimonies: list[dict[str, Any]],
) -> dict[str, Any]:
    """The same manifest from each file's SHA-256 (hex) and size, computed as it was written.

    So that a build need not keep every file's bytes until the end.
    """
    for path, (sha256, size) in digests.items():
        _check_path(path)
        if not SHA256_HEX.fullmatch(sha256) or size < 0:
            raise ValueError(f"{path} has no valid SHA-256 and size: {(sha256, size)!r}.")
    return {
        "bundle_id": content.bundle_id,
        "petition": {"title": content.petition.title, "mandate": content.petition.mandate},
        "created_by": content.created_by,
        "created_at": content.created_at,
        "software_version": content.software_version,
        "testimonies": sorted(
            (
                {"case_code": str(item["case_code"]), "version": int(item["version"])}
                for item in testimonies
            ),
            key=lambda item: (item["case_code"], item["version"]),
        ),
        "files": [
            {"path": path, "sha256": sha256, "size": size}
            for path, (sha256, size) in sorted(digests.items())
        ],
    }


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    """The manifest as canonical JSON: sorted keys, UTF-8, indent 2, a trailing newline."""
    text = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=2, allow_nan=False)
    return (text + "\n").encode("utf-8")


def signed_manifest_files(manifest: dict[str, Any]) -> dict[str, bytes]:
    """manifest.json, manifest.json.sig and signing_key.pub.pem, by path, ready to zip."""
    data = manifest_bytes(manifest)
    return {
        MANIFEST_PATH: data,
        SIGNATURE_PATH: signature_file_bytes(sign_manifest(data)),
        PUBLIC_KEY_PATH: public_key_pem(),
    }


@dataclass(frozen=True)
class VerificationResult:
    ok: bool
    message: str
    first_bad: str | None = None
    # True: signed with this installation's key; False: another key; None: no key configured
    # here, so only the key inside the bundle was used (compare it with the published one).
    key_is_ours: bool | None = None


def _fail(
    message: str, first_bad: str | None, key_is_ours: bool | None = None
) -> VerificationResult:
    return VerificationResult(
        ok=False, message=message, first_bad=first_bad, key_is_ours=key_is_ours
    )


class _Unreadable(Exception):
    pass


def _read_small(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    if info.file_size > MAX_METADATA_SIZE:
        raise _Unreadable(f"{info.filename} is too large to be a bundle's {info.filename}.")
    try:
        with archive.open(info) as member:
            data = member.read(MAX_METADATA_SIZE + 1)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
        raise _Unreadable(f"{info.filename} cannot be read from the ZIP ({error}).") from error
    if len(data) > MAX_METADATA_SIZE:
        raise _Unreadable(f"{info.filename} is too large to be a bundle's {info.filename}.")
    return data


def _digest(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> tuple[str, int]:
    """SHA-256 and size of a member, read in chunks; stops reading past `limit` bytes."""
    digest = hashlib.sha256()
    size = 0
    with archive.open(info) as member:
        while chunk := member.read(CHUNK_SIZE):
            digest.update(chunk)
            size += len(chunk)
            if size > limit:
                break
    return digest.hexdigest(), size


def _listed_files(manifest: object) -> list[dict[str, Any]]:
    """The manifest's file entries, or _Unreadable when the manifest is not one."""
    files = manifest.get("files") if isinstance(manifest, dict) else None
    if not isinstance(files, list):
        raise _Unreadable("manifest.json has no list of files.")
    seen: set[str] = set()
    for entry in files:
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("path"), str)
            and isinstance(entry.get("sha256"), str)
            and SHA256_HEX.fullmatch(entry["sha256"])
            and isinstance(entry.get("size"), int)
            and not isinstance(entry["size"], bool)
            and entry["size"] >= 0
        ):
            raise _Unreadable(f"manifest.json has a malformed file entry: {entry!r}.")
        if entry["path"] in seen:
            raise _Unreadable(f"manifest.json lists {entry['path']} twice.")
        seen.add(entry["path"])
    return files


def _decode_signature(text: bytes) -> bytes:
    """The 64 signature bytes of manifest.json.sig: base64 text, or (tolerated) the raw bytes."""
    if len(text) == 64:
        return text
    try:
        return base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        return b""


def _verify_archive(archive: zipfile.ZipFile) -> VerificationResult:
    members: dict[str, zipfile.ZipInfo] = {}
    for info in archive.infolist():
        if info.filename in members:
            # Two entries of one name: tools disagree on which one they extract.
            return _fail(f"The bundle holds {info.filename} twice.", info.filename)
        members[info.filename] = info

    for path in (MANIFEST_PATH, SIGNATURE_PATH, PUBLIC_KEY_PATH):
        if path not in members:
            return _fail(f"The bundle has no {path}, so it cannot be verified.", path)
    try:
        manifest_data = _read_small(archive, members[MANIFEST_PATH])
        signature_text = _read_small(archive, members[SIGNATURE_PATH])
        key_pem = _read_small(archive, members[PUBLIC_KEY_PATH])
    except _Unreadable as error:
        return _fail(str(error), None)

    try:
        public_key = serialization.load_pem_public_key(key_pem)
    except (ValueError, TypeError):
        public_key = None
    if not isinstance(public_key, Ed25519PublicKey):
        return _fail(f"{PUBLIC_KEY_PATH} is not an Ed25519 public key.", PUBLIC_KEY_PATH)
    signature = _decode_signature(signature_text)
    if len(signature) != 64:
        return _fail(
            f"{SIGNATURE_PATH} is not a base64 Ed25519 signature (64 bytes).", SIGNATURE_PATH
        )
    try:
        public_key.verify(signature, manifest_data)
    except InvalidSignature:
        return _fail(
            f"The signature does not match {MANIFEST_PATH}: the manifest was altered after "
            f"signing, or {SIGNATURE_PATH} belongs to another manifest or key.",
            MANIFEST_PATH,
        )

    key_is_ours: bool | None = None
    seed = _configured_seed()
    if seed is not None:
        ours = _raw(Ed25519PrivateKey.from_private_bytes(seed).public_key())
        key_is_ours = ours == _raw(public_key)
        if not key_is_ours:
            fingerprint = hashlib.sha256(_raw(public_key)).hexdigest()
            return _fail(
                "The bundle is signed with a key that is not this installation's "
                f"(its key's SHA-256 fingerprint is {fingerprint}).",
                PUBLIC_KEY_PATH,
                key_is_ours,
            )

    try:
        files = _listed_files(json.loads(manifest_data.decode("utf-8")))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return _fail(f"{MANIFEST_PATH} is not valid UTF-8 JSON.", MANIFEST_PATH, key_is_ours)
    except _Unreadable as error:
        return _fail(str(error), MANIFEST_PATH, key_is_ours)

    listed = {entry["path"] for entry in files}
    for entry in files:
        if entry["path"] not in members:
            return _fail(
                f"{entry['path']} is listed in the manifest but missing from the bundle.",
                entry["path"],
                key_is_ours,
            )
    for name, info in members.items():
        if name in listed or name in RESERVED_PATHS or (info.is_dir() and info.file_size == 0):
            continue
        return _fail(f"{name} is in the bundle but not in the manifest.", name, key_is_ours)

    for entry in files:
        path = entry["path"]
        try:
            sha256, size = _digest(archive, members[path], limit=entry["size"])
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
            return _fail(
                f"{path} does not match the manifest: it is damaged inside the ZIP ({error}).",
                path,
                key_is_ours,
            )
        if size != entry["size"]:
            return _fail(
                f"{path} does not match the manifest: it is "
                f"{'larger' if size > entry['size'] else 'smaller'} than the "
                f"{entry['size']} bytes listed.",
                path,
                key_is_ours,
            )
        if sha256 != entry["sha256"]:
            return _fail(
                f"{path} does not match the manifest: its SHA-256 differs, so its content "
                "was changed.",
                path,
                key_is_ours,
            )

    noun = "file matches" if len(files) == 1 else "files match"
    return VerificationResult(
        ok=True,
        message=f"Bundle verified: {len(files)} {noun} the manifest and its signature.",
        first_bad=None,
        key_is_ours=key_is_ours,
    )


def verify_bundle(path_or_file: str | os.PathLike[str] | IO[bytes]) -> VerificationResult:
    """Check a bundle ZIP: the manifest's signature and key, then every file, streamed."""
    name = os.fspath(path_or_file) if isinstance(path_or_file, str | os.PathLike) else "The file"
    try:
        with zipfile.ZipFile(path_or_file) as archive:
            return _verify_archive(archive)
    except FileNotFoundError:
        return _fail(f"There is no bundle at {name}: the file does not exist.", None)
    except IsADirectoryError:
        return _fail(f"{name} is a directory, not a bundle ZIP.", None)
    except zipfile.BadZipFile as error:
        return _fail(f"{name} is not a readable ZIP archive ({error}).", None)
    except OSError as error:
        return _fail(f"{name} cannot be read ({error.strerror or error}).", None)

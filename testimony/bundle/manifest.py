"""The bundle's manifest, its Ed25519 signature, and the check that nothing in a bundle changed.

A bundle's ZIP holds, beside its documents and data files:
- `manifest.json`: bundle id, petition, the submitting organisation (never a staff member's
  username), time, software version, the testimonies and versions included, and every other
  file's path, SHA-256 and size. Canonical JSON (sorted keys, UTF-8, indent 2, a trailing
  newline), so the same manifest is always the same bytes.
- `manifest.json.sig`: the detached Ed25519 signature of manifest.json's exact bytes, as one
  line of standard base64 (64 raw bytes), so it survives e-mail and copy-paste. (A file of
  exactly the 64 raw bytes is accepted too when verifying; write base64.)
- `signing_key.pub.pem`: the public key that verifies it (SubjectPublicKeyInfo PEM).
- `README.txt` (listed in the manifest like any other file): what the bundle holds, the signing
  key's fingerprint, and how to check it with or without this software.

A key inside the bundle only proves that the bundle is as its signer left it, not who the signer
was: anyone who alters a bundle can sign it again with a key of their own. Origin is proven by
the key's fingerprint - the SHA-256 of the 32 raw bytes of the Ed25519 public key, written as hex
in groups of four - compared with one the organisation gave the recipient by another way (the
cover letter sent separately, its website, a letter to the mandate). `verify_bundle(...,
fingerprint=...)` and `manage.py verify_bundle PATH.zip --fingerprint HEX` do that on any
installation, or none; README_CHECK is the same check with OpenSSL 3 and Python alone.

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


def format_fingerprint(hex_digest: str) -> str:
    """A fingerprint as people compare it: lower-case hex in groups of four, "3f2a 9c01 ..."."""
    return " ".join(hex_digest[i : i + 4] for i in range(0, len(hex_digest), 4))


def parse_fingerprint(text: str) -> str:
    """The 64 hex digits of a fingerprint as typed or pasted: spaces, colons, dashes and case
    do not matter. Raises ValueError saying what a fingerprint looks like."""
    digits = re.sub(r"[\s:-]", "", text).lower()
    if not SHA256_HEX.fullmatch(digits):
        raise ValueError(
            f"{text!r} is not a key fingerprint: give the 64 hexadecimal digits of the SHA-256 "
            "of the signing key (spaces between groups are fine)."
        )
    return digits


def signing_key_fingerprint() -> str:
    """This installation's signing key fingerprint, formatted for people to compare."""
    return format_fingerprint(hashlib.sha256(_raw(_private_key().public_key())).hexdigest())


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
        "organisation": content.petition.organisation,
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


README_PATH = "README.txt"

# The check a recipient can run in the unzipped bundle with OpenSSL 3 and Python 3 alone; each
# step must succeed. Tested as written by test_bundle_manifest.py.
README_CHECK = (
    "openssl pkey -pubin -in signing_key.pub.pem -outform DER | tail -c 32 | sha256sum",
    "base64 -d manifest.json.sig > manifest.sig && openssl pkeyutl -verify -pubin "
    "-inkey signing_key.pub.pem -rawin -in manifest.json -sigfile manifest.sig",
    "python3 -c \"import json; [print(f['sha256'] + '  ' + f['path']) for f in "
    "json.load(open('manifest.json'))['files']]\" | sha256sum -c",
)


def readme_bytes(content: BundleContent, *, cases: int) -> bytes:
    """README.txt: what the bundle holds, who signed it, and how to check it."""
    petition = content.petition
    fingerprint = content.signing_key_fingerprint
    lines = [
        f"Petition bundle: {petition.title}",
        f"Submitted by {petition.organisation} to the {petition.mandate}, {petition.date}.",
        f"Bundle {content.bundle_id}, {cases} case{'' if cases == 1 else 's'}.",
        "",
        "CONTENTS",
        "  cover_letter.pdf, cover_letter.docx  the covering letter",
        "  cases/          one PDF and one DOCX per case, named by case code",
        "  summary.pdf     the cross-case pattern",
        "  data/           the released fields as CSV, XLSX and JSON, with a JSON Schema",
        "  README.txt      this file",
        "  manifest.json   the SHA-256 and size of every file above",
        "  manifest.json.sig    the Ed25519 signature of manifest.json (base64)",
        "  signing_key.pub.pem  the public key that checks the signature",
        "",
        "SIGNING KEY FINGERPRINT (SHA-256 of the raw Ed25519 public key)",
        f"  {fingerprint}",
        "",
        f"Compare it with the fingerprint {petition.organisation} gave you apart from this",
        "bundle (a letter sent separately, its website, in person). A key inside a bundle only",
        "proves that the bundle is as its signer left it; a matching fingerprint proves who",
        "the signer was.",
        "",
        "HOW TO CHECK THIS BUNDLE",
        "With the testimony software (any installation):",
        f'  python manage.py verify_bundle BUNDLE.zip --fingerprint "{fingerprint}"',
        "",
        "Without it, in the unzipped folder, with OpenSSL 3 and Python 3:",
        f"  1. {README_CHECK[0]}",
        "     prints the fingerprint above, without its spaces;",
        f"  2. {README_CHECK[1]}",
        '     prints "Signature Verified Successfully";',
        f"  3. {README_CHECK[2]}",
        "     prints OK for every file.",
        "Then check that the ZIP holds no file beyond those listed in manifest.json and the",
        "manifest, its signature and the key.",
        "",
    ]
    return "\n".join(lines).encode("utf-8")


@dataclass(frozen=True)
class VerificationResult:
    ok: bool
    message: str
    first_bad: str | None = None
    # True: signed with this installation's key; False: another key; None: not compared with
    # this installation's key (none configured here, or a fingerprint was given instead).
    key_is_ours: bool | None = None
    # The bundle's key fingerprint, formatted, once the key could be read.
    key_fingerprint: str | None = None
    # True: the bundle's key has the fingerprint given; None: no fingerprint was given.
    fingerprint_matches: bool | None = None


def _fail(
    message: str,
    first_bad: str | None,
    key_is_ours: bool | None = None,
    key_fingerprint: str | None = None,
) -> VerificationResult:
    return VerificationResult(
        ok=False,
        message=message,
        first_bad=first_bad,
        key_is_ours=key_is_ours,
        key_fingerprint=key_fingerprint,
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


def _verify_archive(archive: zipfile.ZipFile, expected: str | None) -> VerificationResult:
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

    digest = hashlib.sha256(_raw(public_key)).hexdigest()
    fingerprint = format_fingerprint(digest)
    key_is_ours: bool | None = None
    fingerprint_matches: bool | None = None
    if expected is not None:
        # The fingerprint the recipient was given decides, whatever key is configured here.
        if digest != expected:
            return _fail(
                f"The bundle is signed with a key whose fingerprint is {fingerprint}, not the "
                f"{format_fingerprint(expected)} given: it was not signed by the holder of that "
                "key, or it was changed and signed again by someone else. Do not rely on it.",
                PUBLIC_KEY_PATH,
                key_fingerprint=fingerprint,
            )
        fingerprint_matches = True
    elif (seed := _configured_seed()) is not None:
        ours = _raw(Ed25519PrivateKey.from_private_bytes(seed).public_key())
        key_is_ours = ours == _raw(public_key)
        if not key_is_ours:
            return _fail(
                "The bundle is signed with a key that is not this installation's "
                f"(its key's SHA-256 fingerprint is {fingerprint}). If it comes from another "
                "organisation, verify it with --fingerprint and the fingerprint they gave you.",
                PUBLIC_KEY_PATH,
                key_is_ours,
                fingerprint,
            )

    try:
        files = _listed_files(json.loads(manifest_data.decode("utf-8")))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return _fail(
            f"{MANIFEST_PATH} is not valid UTF-8 JSON.", MANIFEST_PATH, key_is_ours, fingerprint
        )
    except _Unreadable as error:
        return _fail(str(error), MANIFEST_PATH, key_is_ours, fingerprint)

    listed = {entry["path"] for entry in files}
    for entry in files:
        if entry["path"] not in members:
            return _fail(
                f"{entry['path']} is listed in the manifest but missing from the bundle.",
                entry["path"],
                key_is_ours,
                fingerprint,
            )
    for name, info in members.items():
        if name in listed or name in RESERVED_PATHS or (info.is_dir() and info.file_size == 0):
            continue
        return _fail(
            f"{name} is in the bundle but not in the manifest.", name, key_is_ours, fingerprint
        )

    for entry in files:
        path = entry["path"]
        try:
            sha256, size = _digest(archive, members[path], limit=entry["size"])
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
            return _fail(
                f"{path} does not match the manifest: it is damaged inside the ZIP ({error}).",
                path,
                key_is_ours,
                fingerprint,
            )
        if size != entry["size"]:
            return _fail(
                f"{path} does not match the manifest: it is "
                f"{'larger' if size > entry['size'] else 'smaller'} than the "
                f"{entry['size']} bytes listed.",
                path,
                key_is_ours,
                fingerprint,
            )
        if sha256 != entry["sha256"]:
            return _fail(
                f"{path} does not match the manifest: its SHA-256 differs, so its content "
                "was changed.",
                path,
                key_is_ours,
                fingerprint,
            )

    noun = "file matches" if len(files) == 1 else "files match"
    return VerificationResult(
        ok=True,
        message=f"Bundle verified: {len(files)} {noun} the manifest and its signature.",
        first_bad=None,
        key_is_ours=key_is_ours,
        key_fingerprint=fingerprint,
        fingerprint_matches=fingerprint_matches,
    )


def verify_bundle(
    path_or_file: str | os.PathLike[str] | IO[bytes], *, fingerprint: str | None = None
) -> VerificationResult:
    """Check a bundle ZIP: the manifest's signature and key, then every file, streamed.

    With `fingerprint` (as parse_fingerprint accepts it) the bundle's key must have it, which
    proves who signed the bundle; without it, a key configured here must be the bundle's, and
    where none is, the signature proves only that the bundle is as its signer left it.
    Raises ValueError when `fingerprint` is not one.
    """
    expected = parse_fingerprint(fingerprint) if fingerprint is not None else None
    name = os.fspath(path_or_file) if isinstance(path_or_file, str | os.PathLike) else "The file"
    try:
        with zipfile.ZipFile(path_or_file) as archive:
            return _verify_archive(archive, expected)
    except FileNotFoundError:
        return _fail(f"There is no bundle at {name}: the file does not exist.", None)
    except IsADirectoryError:
        return _fail(f"{name} is a directory, not a bundle ZIP.", None)
    except zipfile.BadZipFile as error:
        return _fail(f"{name} is not a readable ZIP archive ({error}).", None)
    except OSError as error:
        return _fail(f"{name} cannot be read ({error.strerror or error}).", None)

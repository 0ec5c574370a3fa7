"""Every management command under hostile arguments and hostile files
(testimony/tests/hostile.py): NUL in a path or a name, arguments that were not UTF-8 (Python
hands them over as lone surrogates), digits of other scripts, huge and negative numbers, empty,
random and five-megabyte files, JSON with "\\ud800".

A command ends in one of three ways: it does its work, it stops with a CommandError (one
sentence, no traceback), or a check command exits 1 having said why. Output goes to a strict
UTF-8 stream, as to a terminal, so text that cannot be written is a failure too.
"""

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from hypothesis import example, given
from hypothesis import strategies as st

from testimony.models import Mandate, Petition
from testimony.tests import hostile
from testimony.tests.hostile import FUZZ

pytestmark = pytest.mark.django_db

# What a shell passes on: text, or bytes that are not UTF-8 as surrogate escapes.
HOSTILE_ARGUMENTS = [
    "\x00",
    "a\x00b",
    "\udcff\udcfe",
    hostile.LONE_SURROGATE,
    hostile.RTL_OVERRIDE + "kuwait",
    "ｋｕｗａｉｔ",
    "٢٠١٥",
    "",
    " ",
    "-",
    "--",
    "x" * 5000,
    "../../../../etc/passwd",
]
arguments = st.one_of(
    st.sampled_from(HOSTILE_ARGUMENTS),
    st.text(hostile.characters, max_size=20).filter(lambda text: not text.startswith("-")),
)


def terminal() -> io.TextIOWrapper:
    """A stream that, like a terminal, takes only text that is UTF-8."""
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")


def run(name: str, *args: str, **options: object) -> str:
    """Runs the command; returns how it ended: 'done', 'refused' (CommandError) or 'exit 1'.
    Any other exception (a traceback for the user) fails the test."""
    out, err = terminal(), terminal()
    refusal: CommandError | None = None
    exit_code: object = None
    try:
        call_command(name, *args, stdout=out, stderr=err, **options)
    except CommandError as refused:
        refusal = refused
    except SystemExit as exit_:
        exit_code = exit_.code
    if refusal is not None:
        assert str(refusal).strip(), "a refusal must say why"
        return "refused"
    if exit_code is not None:
        assert exit_code == 1, exit_code
        out.flush()
        err.flush()
        assert err.buffer.getvalue() or out.buffer.getvalue(), "exit 1 must say why"
        return "exit 1"
    out.flush()
    return "done"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """Hostile files: empty, random bytes, not UTF-8, NUL inside, a directory, huge."""
    found = {
        "empty": tmp_path / "empty",
        "random": tmp_path / "random.zip",
        "not_utf8": tmp_path / "not_utf8.txt",
        "nul": tmp_path / "nul.txt",
        "surrogate_json": tmp_path / "persons.json",
        "directory": tmp_path,
        "missing": tmp_path / "missing",
        "huge": tmp_path / "huge.txt",
    }
    found["empty"].write_bytes(b"")
    found["random"].write_bytes(bytes(range(256)) * 64)
    found["not_utf8"].write_bytes(b"Rim \xed\xa0\x80 \xff\xfe Myong-chol")
    found["nul"].write_text("Rim\x00Myong-chol worked in Kuwait.\r\n\u202e", encoding="utf-8")
    found["surrogate_json"].write_text(
        '[{"name": "Rim \\ud800 Myong-chol", "hangul": "림\\udfff", "aliases": ["\\u0000"]}]'
    )
    found["huge"].write_bytes(b"\x00" * hostile.FIVE_MB)
    return found


@pytest.fixture
def persons(tmp_path: Path) -> Path:
    path = tmp_path / "valid-persons.json"
    path.write_text(json.dumps([{"name": "Rim Myong-chol", "hangul": "림명철"}]))
    return path


class AnonymizeTextTests:
    @pytest.mark.parametrize(
        "text", ["empty", "not_utf8", "nul", "directory", "missing", "random", "huge"]
    )
    @pytest.mark.parametrize("persons_file", ["valid", "surrogate_json", "empty", "random"])
    def test_hostile_files_end_in_a_result_or_a_sentence(
        self, files: dict[str, Path], persons: Path, text: str, persons_file: str
    ) -> None:
        if text == "huge" and persons_file != "valid":
            pytest.skip("one five-megabyte run is enough")
        persons_path = persons if persons_file == "valid" else files[persons_file]

        run("anonymize_text", str(files[text]), "--persons", str(persons_path))

    @FUZZ
    @given(
        path=arguments, person=st.one_of(arguments, st.integers(), st.none(), st.lists(st.none()))
    )
    @example(path="a\x00b", person="Rim").via("ValueError: embedded null byte")
    @example(path="\udcff", person=hostile.LONE_SURROGATE)
    def test_hostile_paths_and_persons_end_in_a_result_or_a_sentence(
        self, tmp_path: Path, path: str, person: object
    ) -> None:
        persons_path = tmp_path / "persons.json"
        persons_path.write_text(
            json.dumps([{"name": person, "aliases": [person]}]), encoding="utf-8"
        )
        text = tmp_path / "text.txt"
        text.write_text("Rim worked in Kuwait.", encoding="utf-8")

        run("anonymize_text", path, "--persons", str(persons_path))
        run("anonymize_text", str(text), "--persons", str(persons_path), "--format", "text")


class BundleCommandTests:
    @FUZZ
    @given(
        petition=arguments,
        testimonies=st.one_of(st.none(), arguments),
        user=st.one_of(st.none(), arguments),
        out=arguments,
    )
    @example(petition="a\x00b", testimonies=None, user=None, out="x.zip")
    @example(petition="kuwait", testimonies="TST-2026-0001,\x00", user="\x00", out="a\x00b")
    def test_build_bundle_refuses_in_words(
        self,
        carol: object,
        petition: str,
        testimonies: str | None,
        user: str | None,
        out: str,
        tmp_path: Path,
    ) -> None:
        Petition.objects.get_or_create(
            slug="kuwait",
            defaults={
                "title": "Kuwait",
                "mandate": Mandate.objects.get(code="sr_slavery"),
                "summary": "s",
                "created_by": carol,
            },
        )
        # Inside tmp_path whatever the name (the command must refuse before writing anyway).
        options = {"petition": petition, "out": f"{tmp_path}/out/{out.replace('..', '_')}"}
        if testimonies is not None:
            options["testimonies"] = testimonies
        if user is not None:
            options["user"] = user

        assert run("build_bundle", **options) == "refused"

    @pytest.mark.parametrize("kind", ["empty", "random", "directory", "missing", "huge"])
    def test_verify_bundle_says_why_a_file_is_no_bundle(
        self, files: dict[str, Path], kind: str
    ) -> None:
        assert run("verify_bundle", str(files[kind])) in ("refused", "exit 1")

    @pytest.mark.parametrize("name", ["a\x00b.zip", "\udcff.zip", "x" * 5000])
    def test_verify_bundle_refuses_a_hostile_path_in_words(self, tmp_path: Path, name: str) -> None:
        assert run("verify_bundle", f"{tmp_path}/{name}") in ("refused", "exit 1")

    @pytest.mark.parametrize(
        "member",
        ["../../escape.txt", "\x00.pdf", "a" * 300, "/etc/passwd"],
    )
    @pytest.mark.parametrize(
        "manifest",
        [b"", b"\x00", b"[]", b'{"files": 7}', b'{"files": [{"path": 1}]}', b"\xed\xa0\x80"],
    )
    def test_verify_bundle_says_why_a_forged_zip_fails(
        self, tmp_path: Path, member: str, manifest: bytes
    ) -> None:
        path = tmp_path / "forged.zip"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("manifest.json", manifest)
            archive.writestr("manifest.sig", b"\x00" * 64)
            archive.writestr(member, b"content")

        assert run("verify_bundle", str(path)) in ("refused", "exit 1")

    @pytest.mark.parametrize(
        "fingerprint",
        [
            "",
            "\x00",
            "ａ" * 64,
            "٣" * 64,
            "0" * 63 + "٣",
            "g" * 64,
            "0" * 640,
            hostile.LONE_SURROGATE,
        ],
    )
    def test_verify_bundle_refuses_a_hostile_fingerprint(
        self, files: dict[str, Path], fingerprint: str
    ) -> None:
        assert run("verify_bundle", str(files["random"]), "--fingerprint", fingerprint) in (
            "refused",
            "exit 1",
        )


class BackupCommandTests:
    @pytest.fixture(autouse=True)
    def backup_key(self, settings: object) -> None:
        settings.BACKUP_KEY = "dGVzdC1vbmx5LWJhY2t1cC1rZXktMzItYnl0ZXMtISE="

    @pytest.mark.parametrize("kind", ["empty", "random", "directory", "missing", "nul"])
    def test_a_hostile_archive_is_refused_in_words(self, files: dict[str, Path], kind: str) -> None:
        assert run("backup", "--verify", str(files[kind])) == "refused"
        assert run("restore", str(files[kind])) == "refused"

    @pytest.mark.parametrize("name", ["a\x00b", "\udcff", "missing-folder/backup.bin", ""])
    def test_a_hostile_archive_name_is_refused_in_words(self, tmp_path: Path, name: str) -> None:
        path = f"{tmp_path}/{name}"
        assert run("backup", "--out", path) in ("refused", "done")
        assert run("restore", path) == "refused"
        assert run("backup", "--verify", path) == "refused"


class OtherCommandTests:
    @pytest.mark.parametrize(
        "size", ["0", "-5", "99999999999999999999999", "٣", "１２", "1e3", "", "\x00"]
    )
    def test_rotate_keys_takes_any_batch_size_or_refuses_it(self, size: str) -> None:
        assert run("rotate_keys", "--check", "--batch-size", size) in ("done", "refused")

    @pytest.mark.parametrize(
        "count", ["0", "-1", "-99999999999999999999", "x", "", "1e3", "\x00", "٠"]
    )
    def test_seed_synthetic_refuses_a_hostile_count(self, count: str) -> None:
        assert run("seed_synthetic", "--count", count, "--i-know-this-is-not-production") == (
            "refused"
        )

    @pytest.mark.parametrize("name", ["verify_audit", "load_demo", "demo_otp_code"])
    def test_unexpected_arguments_are_refused_in_words(self, name: str) -> None:
        assert run(name, "\x00", "--unknown", hostile.LONE_SURROGATE) == "refused"

    def test_load_demo_refuses_production(self) -> None:
        assert run("load_demo") == "refused"

    @pytest.mark.parametrize("username", HOSTILE_ARGUMENTS[:8])
    def test_demo_otp_code_refuses_a_hostile_username(
        self, settings: object, make_testimony: Callable, username: str
    ) -> None:
        settings.DEBUG = True

        assert run("demo_otp_code", username) == "refused"

    def test_verify_audit_checks_an_empty_trail(self) -> None:
        assert run("verify_audit") in ("done", "exit 1")

"""`manage.py anonymize_text FILE --persons PERSONS.json --format json|text`."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

TESTIMONY = (
    "Rim Myong-chol said that Mr. Rim took our passports.\n"
    "Kim Jong-un's portrait hung in the dormitory of Kim Chaek University.\n"
    "림명철은 반장 김철을 무서워했다.\n"
)
PERSONS = [
    {"name": "Rim Myong-chol", "hangul": "림명철", "role": "witness"},
    {"name": "Kim Chol", "hangul": "김철", "role": "minder", "aliases": ["Big Kim"]},
]


@pytest.fixture
def testimony_file(tmp_path: Path) -> Path:
    path = tmp_path / "testimony.txt"
    path.write_text(TESTIMONY, encoding="utf-8")
    return path


@pytest.fixture
def persons_file(tmp_path: Path) -> Path:
    path = tmp_path / "persons.json"
    path.write_text(json.dumps(PERSONS, ensure_ascii=False), encoding="utf-8")
    return path


def _run(*args: str) -> str:
    out = StringIO()
    call_command("anonymize_text", *args, stdout=out)
    return out.getvalue()


def test_it_prints_the_redacted_text_and_every_span_as_json(
    testimony_file: Path, persons_file: Path
) -> None:
    """The JSON has exactly "text" and "spans"; each span exactly its five keys."""
    output = json.loads(_run(str(testimony_file), "--persons", str(persons_file)))
    assert set(output) == {"text", "spans"}
    for span in output["spans"]:
        assert set(span) == {"start", "end", "text", "replacement", "source"}
        assert TESTIMONY[span["start"] : span["end"]] == span["text"]
        assert span["source"] in ("registered", "detected")
    registered = [
        (span["text"], span["replacement"])
        for span in output["spans"]
        if span["source"] == "registered"
    ]
    assert registered == [
        ("Rim Myong-chol", "Witness A"),
        ("Rim", "Witness A"),
        ("림명철", "Witness A"),
        ("김철", "Supervisor 1"),
    ]


def test_it_defaults_to_json(testimony_file: Path, persons_file: Path) -> None:
    """--format json is the default, and the same output."""
    plain = _run(str(testimony_file), "--persons", str(persons_file))
    explicit = _run(str(testimony_file), "--persons", str(persons_file), "--format", "json")
    assert plain == explicit


def test_it_keeps_hangul_readable_in_json(testimony_file: Path, persons_file: Path) -> None:
    """ensure_ascii is off: Hangul is printed as Hangul."""
    assert "림명철" in _run(str(testimony_file), "--persons", str(persons_file))


def test_it_applies_every_span_and_keeps_public_names(
    testimony_file: Path, persons_file: Path
) -> None:
    """Nobody registered is named; Kim Jong-un and Kim Chaek University stay."""
    text = json.loads(_run(str(testimony_file), "--persons", str(persons_file)))["text"]
    assert "Rim" not in text
    assert "림명철" not in text
    assert "김철" not in text
    assert "Kim Jong-un's portrait" in text
    assert "Kim Chaek University" in text


def test_it_prints_only_the_redacted_text_with_format_text(
    testimony_file: Path, persons_file: Path
) -> None:
    """--format text prints the redacted text, nothing else."""
    output = _run(str(testimony_file), "--persons", str(persons_file), "--format", "text")
    expected = json.loads(_run(str(testimony_file), "--persons", str(persons_file)))["text"]
    assert output == expected
    assert output.startswith("Witness A said that Witness A took our passports.\n")


def test_it_accepts_persons_without_optional_keys(tmp_path: Path, testimony_file: Path) -> None:
    """Only "name" is required."""
    path = tmp_path / "persons.json"
    path.write_text('[{"name": "Rim Myong-chol"}]', encoding="utf-8")
    output = _run(str(testimony_file), "--persons", str(path), "--format", "text")
    assert output.startswith("Person 1 said that Person 1 took")


def test_it_explains_a_missing_file(tmp_path: Path, persons_file: Path) -> None:
    """A clear sentence, not a traceback."""
    with pytest.raises(CommandError, match="does not exist"):
        _run(str(tmp_path / "missing.txt"), "--persons", str(persons_file))


def test_it_explains_a_missing_persons_file(testimony_file: Path, tmp_path: Path) -> None:
    """The persons file is checked the same way."""
    with pytest.raises(CommandError, match=r"persons file .* does not exist"):
        _run(str(testimony_file), "--persons", str(tmp_path / "missing.json"))


def test_it_explains_a_file_that_is_not_utf8(tmp_path: Path, persons_file: Path) -> None:
    """EUC-KR or binary input is refused with the reason."""
    path = tmp_path / "testimony.txt"
    path.write_bytes("림명철".encode("euc-kr"))
    with pytest.raises(CommandError, match="not UTF-8"):
        _run(str(path), "--persons", str(persons_file))


def test_it_explains_invalid_json(tmp_path: Path, testimony_file: Path) -> None:
    """Where the JSON breaks is named."""
    path = tmp_path / "persons.json"
    path.write_text('[{"name": "Rim"', encoding="utf-8")
    with pytest.raises(CommandError, match="not valid JSON"):
        _run(str(testimony_file), "--persons", str(path))


def test_it_explains_persons_that_are_not_a_list(tmp_path: Path, testimony_file: Path) -> None:
    """A single object is not a list of persons."""
    path = tmp_path / "persons.json"
    path.write_text('{"name": "Rim"}', encoding="utf-8")
    with pytest.raises(CommandError, match="must hold a list"):
        _run(str(testimony_file), "--persons", str(path))


def test_it_explains_a_person_without_a_name(tmp_path: Path, testimony_file: Path) -> None:
    """Which person lacks "name" is said."""
    path = tmp_path / "persons.json"
    path.write_text('[{"name": "Rim Il"}, {"hangul": "김철"}]', encoding="utf-8")
    with pytest.raises(CommandError, match=r'Person 2 .* has no "name"'):
        _run(str(testimony_file), "--persons", str(path))


def test_it_explains_aliases_that_are_not_a_list(tmp_path: Path, testimony_file: Path) -> None:
    """aliases must be a list of names."""
    path = tmp_path / "persons.json"
    path.write_text('[{"name": "Rim Il", "aliases": "Big Rim"}]', encoding="utf-8")
    with pytest.raises(CommandError, match=r'"aliases" of person 1 .* must be a list'):
        _run(str(testimony_file), "--persons", str(path))


def test_it_rejects_an_unknown_format(testimony_file: Path, persons_file: Path) -> None:
    """Only json and text."""
    with pytest.raises(CommandError, match="invalid choice"):
        _run(str(testimony_file), "--persons", str(persons_file), "--format", "xml")


def test_it_needs_no_database(testimony_file: Path, persons_file: Path) -> None:
    """No test here has database access (no django_db mark): pytest-django would raise."""
    assert _run(str(testimony_file), "--persons", str(persons_file), "--format", "text")

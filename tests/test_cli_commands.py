"""The ``rdw`` command line, commands that succeed: version, launching the GUI, list, show,
import, export-case, schema and suggest, their output formats, and where the database lives."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest
from cli_helpers import REFERENCE_DIR, listed, write_case

from desktop import __version__
from desktop.cli.main import main

REFERENCE_FILES = sorted(REFERENCE_DIR.glob("*.json"))
REFERENCE_IDS = sorted(json.loads(f.read_text(encoding="utf-8"))["id"] for f in REFERENCE_FILES)


def test_reference_fixture_has_twelve_cases():
    """The parametrised tests below really cover the whole shipped library."""
    assert len(REFERENCE_FILES) == 12


def test_version(capsys):
    """--version prints 'rdw <version>' and succeeds."""
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"rdw {__version__}"


def test_no_command_launches_gui(db, monkeypatch):
    """Plain `rdw` hands the database path to the GUI and returns its exit code."""
    calls = []
    fake = types.ModuleType("desktop.views.window.app")
    fake.run_gui = lambda path, preview: calls.append((path, preview)) or 7
    monkeypatch.setitem(sys.modules, "desktop.views.window.app", fake)
    db.unlink()  # (the fixture's database: this start has none yet)
    assert main(["--db", str(db)]) == 7
    assert calls == [(db, None)] and isinstance(calls[0][0], Path)  # (no file yet: no quick preview)
    assert not db.exists()  # the GUI opens the store itself


def test_usage_error_exits_2(rdw):
    """An unknown command is an argparse usage error (exit 2), not a user error."""
    code, _out, err = rdw("frobnicate")
    assert code == 2
    assert "invalid choice" in err


def test_list_json_on_new_db_shows_reference_library(rdw, db):
    """A new database lists exactly the 12 reference cases, read-only and with a status."""
    rows = listed(rdw)
    assert db.exists()
    assert sorted(r["id"] for r in rows) == REFERENCE_IDS
    for row in rows:
        assert set(row) == {"id", "title", "technology_area", "reference", "status"}
        assert row["reference"] is True
        assert row["status"] in ("draft", "complete")
        assert row["title"]


def test_list_table_has_aligned_columns(rdw):
    """The table has a header and one aligned row per case."""
    code, out, err = rdw("list")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["id", "title", "area", "kind", "status"]
    assert len(lines) == 13
    kind_col = lines[0].index("kind")
    assert all(line[kind_col:].startswith("reference") for line in lines[1:])


@pytest.mark.parametrize("path", REFERENCE_FILES, ids=lambda p: p.stem)
def test_show_json_is_byte_identical_to_reference_file(rdw, path):
    """show --json prints exactly the canonical exchange file."""
    case_id = json.loads(path.read_text(encoding="utf-8"))["id"]
    code, out, err = rdw("show", case_id, "--json")
    assert (code, err) == (0, "")
    assert out.encode("utf-8") == path.read_bytes()


def test_show_plain_text_has_title_citation_and_labels(rdw):
    """Plain show is readable: title, citation, authors and labels rather than tokens."""
    code, out, err = rdw("show", "dpc2024-lithography")
    assert (code, err) == (0, "")
    case = json.loads((REFERENCE_DIR / "dpc2024-lithography.json").read_text(encoding="utf-8"))
    assert case["title"] in out
    assert case["reference"]["citation"] in out
    assert "Rühlig" in out
    assert "Kleinhans" in out
    assert "Maintain" in out and "Very hard" in out
    assert "Threat prevention" in out
    assert "very_hard" not in out


def test_show_draft_marks_unassessed_values(rdw, tmp_path):
    """A bare draft shows '—' for everything not yet assessed."""
    rdw("import", write_case(tmp_path / "d.json", id="bare", title="Bare draft"))
    code, out, err = rdw("show", "bare")
    assert (code, err) == (0, "")
    assert "Bare draft" in out and "mine" in out and "draft" in out
    assert "—" in out
    assert "citation" not in out


def test_import_minimal_file(rdw, tmp_path):
    """A file with only the four required keys imports as the user's own draft."""
    path = write_case(tmp_path / "min.json", id="my-case", title="My case")
    code, out, err = rdw("import", path)
    assert (code, out, err) == (0, "my-case\n", "")
    row = next(r for r in listed(rdw) if r["id"] == "my-case")
    assert row["reference"] is False
    assert row["status"] == "draft"
    assert row["title"] == "My case"


def test_import_same_file_twice_gives_copy(rdw, tmp_path):
    """A clashing id becomes '<id>-copy' instead of overwriting."""
    path = write_case(tmp_path / "min.json", id="my-case", title="My case")
    assert rdw("import", path)[1] == "my-case\n"
    assert rdw("import", path)[1] == "my-case-copy\n"
    ids = [r["id"] for r in listed(rdw)]
    assert ids.count("my-case") == 1 and ids.count("my-case-copy") == 1


def test_import_several_files_prints_each_id(rdw, tmp_path):
    """Several files are imported in order, one id per line."""
    a = write_case(tmp_path / "a.json", id="a", title="A")
    b = write_case(tmp_path / "b.json", id="b", title="B")
    assert rdw("import", a, b) == (0, "a\nb\n", "")


def test_non_ascii_and_markup_round_trip_through_export(rdw, tmp_path):
    """Chinese text and markup-like characters survive import, list, show and export literally."""
    title = "光刻机 <b>x</b> & <script>"
    path = write_case(tmp_path / "zh.json", id="zh", title=title, technology_area="半导体")
    assert rdw("import", path)[0] == 0
    assert next(r for r in listed(rdw) if r["id"] == "zh")["title"] == title
    assert title in rdw("show", "zh")[1]
    assert title in rdw("list")[1]
    out_file = tmp_path / "out.json"
    code, out, err = rdw("export-case", "zh", "--out", out_file)
    assert (code, err) == (0, "")
    assert out.strip() == str(out_file)
    text = out_file.read_text(encoding="utf-8")
    assert json.loads(text)["title"] == title
    assert title in text  # literal, not \u-escaped or HTML-escaped
    assert rdw("show", "zh", "--json")[1] == text


def test_export_reference_case_matches_shipped_file(rdw, tmp_path):
    """export-case writes the canonical bytes of the case."""
    out_file = tmp_path / "litho.json"
    assert rdw("export-case", "dpc2024-lithography", "--out", out_file)[0] == 0
    assert out_file.read_bytes() == (REFERENCE_DIR / "dpc2024-lithography.json").read_bytes()


def test_imported_reference_file_becomes_an_editable_copy(rdw):
    """Importing a shipped reference file gives a copy id and drops its reference status."""
    path = REFERENCE_DIR / "dpc2024-lithography.json"
    code, out, err = rdw("import", path)
    assert (code, out, err) == (0, "dpc2024-lithography-copy\n", "")
    rows = {r["id"]: r for r in listed(rdw)}
    assert rows["dpc2024-lithography-copy"]["reference"] is False
    assert rows["dpc2024-lithography"]["reference"] is True
    shown = json.loads(rdw("show", "dpc2024-lithography-copy", "--json")[1])
    assert shown.get("reference") is None


def test_schema_is_json_schema_of_case(rdw):
    """schema prints the Case JSON Schema."""
    code, out, err = rdw("schema")
    assert (code, err) == (0, "")
    schema = json.loads(out)
    assert "leverage" in schema["properties"]
    assert set(schema["required"]) >= {"id", "title"}


def test_suggest_json_has_the_documented_shape(rdw):
    """`rdw suggest --json` prints leverage, four feasibilities and instruments with SPEC tokens."""
    code, out, _err = rdw("suggest", "dpc2024-lithography", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["case"] == "dpc2024-lithography"
    assert result["leverage"]["value"] == "high" and result["leverage"]["reasons"]
    assert set(result["feasibility"]) == {"threat_prevention", "ability_to_deny", "ability_to_act", "curtailment"}
    assert all(v["value"] in {"not_feasible", "low", "medium", "high"} for v in result["feasibility"].values())
    assert result["instruments"] and {"level", "text", "ppp", "focus", "source", "reason"} <= set(result["instruments"][0])


def test_suggest_plain_text_names_reasons(rdw):
    """Plain `rdw suggest` lists each suggestion with its reasons in words."""
    code, out, _err = rdw("suggest", "dpc2024-blockchain-smart-contracts")
    assert code == 0
    assert "Degree of leverage: Low" in out and "China can substitute the technology easily" in out


def test_suggest_draft_says_what_to_rate(rdw, tmp_path):
    """A bare draft gets no values, and reasons saying what to fill in."""
    rdw("import", str(write_case(tmp_path / "d.json", id="draft-1", title="Draft")))
    code, out, _err = rdw("suggest", "draft-1", "--json")
    result = json.loads(out)
    assert code == 0 and result["leverage"]["value"] is None
    assert "Rate" in result["leverage"]["reasons"][0]


def test_default_db_lives_in_user_data_dir(capsys, isolated_user_data):
    """Without --db, a writing command creates the database in the (test-isolated) user data
    folder and the reading ones read it there; before that, reading creates nothing."""
    assert main(["list", "--json"]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not (isolated_user_data / "workbench.sqlite").exists()
    assert main(["import", str(REFERENCE_DIR / "dpc2024-lithography.json")]) == 0
    capsys.readouterr()
    assert main(["list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 13
    assert (isolated_user_data / "workbench.sqlite").exists()


def test_db_option_after_the_command(db, capsys):
    """`rdw list --db PATH` works as well as `rdw --db PATH list`."""
    assert main(["list", "--json", "--db", str(db)]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 12

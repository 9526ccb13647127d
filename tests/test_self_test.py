"""``rdw --self-test``: the installation check the packaged app runs (see also test_bundle.py)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from desktop import self_test
from desktop.cli.main import main

ROOT = Path(__file__).resolve().parent.parent


def test_self_test_in_process_passes_and_prints_a_checklist(qapp, isolated_user_data):
    out, err = io.StringIO(), io.StringIO()
    assert self_test.run_self_test(out, err) == 0, err.getvalue()
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("rdw ") and "self-test (source;" in lines[0]
    checks = [line for line in lines if line.startswith("  ")]
    assert len(checks) == len(self_test.STEPS) and all(line.startswith("  ok   ") for line in checks)
    assert any("12 cases" in line for line in checks)
    assert lines[-1].startswith("self-test passed")
    assert err.getvalue() == ""
    # nothing was written into the user's data folder; the environment is as it was
    assert not any(isolated_user_data.iterdir())
    assert os.environ["RDW_DATA_DIR"] == str(isolated_user_data)


def test_a_failing_step_exits_1_with_one_line_reason(qapp, monkeypatch):
    def broken(_run):
        raise RuntimeError("no fonts\nsecond line")

    steps = list(self_test.STEPS)
    steps[4] = ("PDF scorecard", broken)
    monkeypatch.setattr(self_test, "STEPS", steps)
    out, err = io.StringIO(), io.StringIO()
    assert self_test.run_self_test(out, err) == 1
    assert "  FAIL PDF scorecard" in out.getvalue()
    assert "self-test passed" not in out.getvalue()
    assert err.getvalue() == "rdw: self-test failed: PDF scorecard: no fonts\n"


def test_reason_is_one_line_and_finds_the_cause_in_a_page_of_advice():
    numpy_style = ImportError("\n\nIMPORTANT: PLEASE READ THIS FOR ADVICE\n\nmany lines\n\n"
                              "Original error was: libfoo.so: cannot open shared object file\n")
    assert self_test._reason("chart", numpy_style) == "chart: Original error was: libfoo.so: cannot open shared object file"
    assert self_test._reason("chart", ValueError()) == "chart: ValueError"
    assert "\n" not in self_test._reason("x", RuntimeError("a\nb"))


def test_flag_is_top_level_and_ignores_db(qapp, tmp_path, capsys):
    db = tmp_path / "mine.sqlite"
    assert main(["--self-test", "--db", str(db)]) == 0
    assert "self-test passed" in capsys.readouterr().out
    assert not db.exists()


def test_self_test_as_a_subprocess_without_display(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["RDW_DATA_DIR"] = str(tmp_path / "data")
    result = subprocess.run([sys.executable, "-m", "desktop", "--self-test"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.rstrip().splitlines()[-1].startswith("self-test passed")
    assert "FAIL" not in result.stdout
    assert result.stderr == ""
    assert not (tmp_path / "data").exists()

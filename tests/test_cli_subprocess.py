"""The ``rdw`` command line as a real process: it starts without Qt, prints exact bytes and
one-line errors, writes UTF-8 even to an ASCII stdout, and stays quiet when the reader goes away."""

from __future__ import annotations

import os
import subprocess
import sys

from cli_helpers import PROJECT_ROOT, REFERENCE_DIR, write_case

from desktop.models.library import open_store


def run_subprocess(*args: str, env_extra: dict | None = None, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], cwd=PROJECT_ROOT, env=env, capture_output=True, **kwargs
    )


def test_cli_does_not_import_qt():
    """Importing the CLI loads neither Qt nor the views, so commands start fast and headless."""
    code = (
        "import sys, desktop.cli.main; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'desktop.views', 'pyqtgraph'))]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_subprocess_show_json_and_errors(tmp_path):
    """As a real process: show --json gives the file's bytes; an unknown id exits 1 on one line."""
    db = str(tmp_path / "p.sqlite")
    open_store(db).close()  # (show only reads: the database is made beforehand)
    path = REFERENCE_DIR / "dpc2024-genomic-data.json"
    result = run_subprocess("--db", db, "show", "dpc2024-genomic-data", "--json")
    assert result.returncode == 0, result.stderr
    assert result.stdout == path.read_bytes()
    assert result.stderr == b""
    result = run_subprocess("--db", db, "show", "nope")
    assert result.returncode == 1
    assert result.stdout == b""
    assert result.stderr == b"rdw: error: no case with id 'nope'\n"


def test_subprocess_non_ascii_on_ascii_stdout(tmp_path):
    """Even when the locale's encoding is ASCII, Chinese titles print as UTF-8 instead of crashing."""
    db = str(tmp_path / "p.sqlite")
    title = "光刻机 <b>x</b> & <script>"
    case_file = write_case(tmp_path / "zh.json", id="zh", title=title)
    ascii_env = {"PYTHONIOENCODING": "ascii"}
    assert run_subprocess("--db", db, "import", str(case_file), env_extra=ascii_env).returncode == 0
    for args in (["list"], ["show", "zh"], ["show", "zh", "--json"]):
        result = run_subprocess("--db", db, *args, env_extra=ascii_env)
        assert result.returncode == 0, result.stderr
        assert title in result.stdout.decode("utf-8")
        assert result.stderr == b""


def test_subprocess_broken_pipe_is_quiet(tmp_path):
    """A reader that goes away (like `rdw list | head -1`) causes no traceback or error output."""
    db = str(tmp_path / "p.sqlite")
    open_store(db).close()  # create the database first (list only reads)
    assert run_subprocess("--db", db, "list").returncode == 0
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--db", db, "list"],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.close()  # nobody will read
    stderr = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(timeout=60) in (0, 1)
    assert stderr == b""

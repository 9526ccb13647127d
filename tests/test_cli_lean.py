"""Commands import only what they need (issue 20): checked in a fresh process, so a heavy
import added on the way cannot quietly slow every script that calls ``rdw``."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("pydantic", "sqlite_utils", "numpy", "PySide6", "pyqtgraph", "docx", "pypdf", "desktop.cli", "desktop.models")


def loaded_by(*args: str) -> tuple[str, set[str]]:
    code = ("import sys\nfrom desktop.launch import main\nsys.argv = ['rdw', *sys.argv[1:]]\n"
            "code = main()\nprint(sorted(m for m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    first, modules = done.stdout.splitlines()[0], done.stdout.splitlines()[-1]
    return first, set(eval(modules))  # noqa: S307 (our own print of a list of names)


def test_version_imports_nothing_heavy():
    first, modules = loaded_by("--version")
    assert first.startswith("rdw ") and first.split()[1][0].isdigit()
    assert not [m for m in modules if m.startswith(HEAVY)]

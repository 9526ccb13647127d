"""Helpers shared by the command line tests (test_cli_*.py): where the shipped reference library
and the project live, writing a case file, and listing the store through ``rdw list --json``.
The ``db`` and ``rdw`` fixtures they use are in conftest.py."""

from __future__ import annotations

import json
from pathlib import Path

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "data" / "reference"
PROJECT_ROOT = REFERENCE_DIR.parent.parent


def write_case(path: Path, **fields) -> Path:
    data = {"format": "rdw-case", "format_version": 1, **fields}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def listed(rdw) -> list[dict]:
    code, out, err = rdw("list", "--json")
    assert (code, err) == (0, "")
    return json.loads(out)

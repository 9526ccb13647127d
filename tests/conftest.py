"""Shared fixtures: an isolated data folder for every test, and ready-made stores."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.models.library import open_store, reference_cases  # noqa: E402
from desktop.models.store import CaseStore  # noqa: E402

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "data" / "reference"


@pytest.fixture(autouse=True)
def isolated_user_data(tmp_path_factory, monkeypatch):
    """No test ever touches the real user data folder or the real settings."""
    home = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("RDW_DATA_DIR", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    return home


@pytest.fixture
def store():
    """An in-memory store with the reference library loaded."""
    s = CaseStore.memory(user="tester")
    s.sync_reference_library(reference_cases())
    yield s
    s.close()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "cases.sqlite"


@pytest.fixture
def file_store(db_path):
    s = open_store(db_path, user="tester")
    yield s
    s.close()

"""The case exchange format (desktop/models/exchange.py): reading and writing case files. Files
that cannot be read are named in the error, and writes are atomic: a failed rename or a disk that
fills half-way leaves the good file untouched and no temporary file behind."""

from __future__ import annotations

import errno
import os
import signal
import sys
from pathlib import Path

import pytest
from exchange_helpers import SOURCE, with_

from desktop.models.case import Case
from desktop.models.exchange import (
    CaseFileError,
    case_from_bytes,
    case_to_json,
    read_case_file,
    write_case_file,
)

# -- reading -------------------------------------------------------------------------------


def test_read_case_file_missing_file_names_path(tmp_path):
    """A file that does not exist is a CaseFileError naming its path."""
    path = tmp_path / "nope.json"
    with pytest.raises(CaseFileError) as info:
        read_case_file(path)
    assert info.value.source == str(path)
    assert "cannot be read" in info.value.problem


def test_read_case_file_directory_names_path(tmp_path):
    """A directory where a file is expected is a CaseFileError, not an OSError."""
    with pytest.raises(CaseFileError) as info:
        read_case_file(tmp_path)
    assert info.value.source == str(tmp_path)


def test_read_case_file_error_names_path(tmp_path):
    """Errors raised while reading a file name that file as the source."""
    path = tmp_path / "bad.json"
    path.write_bytes(with_(leverage={"degree": "x"}))
    with pytest.raises(CaseFileError) as info:
        read_case_file(path)
    assert info.value.source == str(path)
    assert str(info.value).startswith(str(path))


# -- writing -------------------------------------------------------------------------------


@pytest.fixture
def case() -> Case:
    return case_from_bytes(with_(summary="A good summary"), SOURCE)


def test_write_case_file_writes_canonical_text(case, tmp_path):
    """write_case_file writes case_to_json as UTF-8 and leaves no temporary file."""
    path = tmp_path / "case.json"
    write_case_file(case, path)
    assert path.read_text(encoding="utf-8") == case_to_json(case)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.json"]


def test_write_case_file_replaces_existing_file(case, tmp_path):
    """Writing over an existing file replaces it completely."""
    path = tmp_path / "case.json"
    path.write_text("old content that is longer than the new content " * 100, encoding="utf-8")
    write_case_file(case, path)
    assert read_case_file(path) == case


def test_write_case_file_missing_directory_is_case_file_error(case, tmp_path):
    """Writing into a directory that does not exist raises CaseFileError and leaves no .tmp."""
    path = tmp_path / "missing" / "deeper" / "case.json"
    with pytest.raises(CaseFileError) as info:
        write_case_file(case, path)
    assert info.value.source == str(path)
    assert "cannot be written" in info.value.problem
    assert not path.parent.exists()
    assert list(tmp_path.rglob("*.tmp")) == []


def test_write_case_file_onto_directory_is_case_file_error(case, tmp_path):
    """Writing to a path that is a directory raises CaseFileError and leaves no .tmp."""
    target = tmp_path / "a-dir"
    target.mkdir()
    with pytest.raises(CaseFileError):
        write_case_file(case, target)
    assert target.is_dir()
    assert list(tmp_path.rglob("*.tmp")) == []


def test_write_case_file_failed_rename_keeps_good_file(case, tmp_path, monkeypatch):
    """If the final rename fails, the existing good file is untouched and no temp file is left."""
    path = tmp_path / "case.json"
    good = with_(title="The good version")
    path.write_bytes(good)

    def failing_rename(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    # whichever rename primitive the implementation uses, it fails
    for owner, name in [(os, "replace"), (os, "rename"), (Path, "replace"), (Path, "rename")]:
        monkeypatch.setattr(owner, name, failing_rename)
    with pytest.raises(CaseFileError) as info:
        write_case_file(case, path)
    monkeypatch.undo()
    assert info.value.source == str(path)
    assert "No space left on device" in str(info.value)
    assert path.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.json"]


@pytest.mark.skipif(
    not hasattr(signal, "SIGXFSZ") or sys.platform == "win32", reason="needs POSIX RLIMIT_FSIZE"
)
def test_write_case_file_disk_full_mid_write_keeps_good_file(tmp_path):
    """If the disk fills half-way through the write, the good file is untouched and no temp is left."""
    resource = pytest.importorskip("resource")
    path = tmp_path / "case.json"
    good = with_(title="The good version")
    path.write_bytes(good)
    big = case_from_bytes(with_(summary="x" * 90_000, china_dependency="y" * 90_000), SOURCE)
    assert len(case_to_json(big)) > 4 * 16_384

    # A per-process file-size limit makes any write past 16 KiB fail with EFBIG, as a full
    # disk would, whatever API the implementation writes through.
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (16_384, hard))
    try:
        with pytest.raises(CaseFileError) as info:
            write_case_file(big, path)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous_handler)
    assert info.value.source == str(path)
    assert path.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.json"]

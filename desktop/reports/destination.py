"""Where an export goes: checked before anything is drawn, so an unwritable or invalid path is
one clear error and never a half-written file. The rules live in ``models.output_files``."""

from __future__ import annotations

from pathlib import Path

from ..models.output_files import OutputError, check_target

ExportError = OutputError  # the destination cannot be written; the message names it and says why


def writable_file(path: Path, protect=None) -> Path:
    """The file to write (see ``check_target``); refuses folders, missing folders, the database."""
    return check_target(path, protect)

"""Where an export goes: checked before anything is drawn, so an unwritable or invalid path is
one clear error and never a half-written file."""

from __future__ import annotations

import os
from pathlib import Path


class ExportError(OSError):
    """The destination cannot be written; the message names it and says why."""


def writable_file(path: Path) -> None:
    if path.is_dir():
        raise ExportError(f"{path}: is a folder, not a file")
    if not path.parent.is_dir():
        raise ExportError(f"{path}: folder {path.parent} does not exist")
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise ExportError(f"{path}: not allowed to write here")

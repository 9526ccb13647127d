"""Where things live: the shipped data and resources, and the user's own data folder.

Shipped files are found next to the package in a source checkout and under ``sys._MEIPASS``
in a PyInstaller bundle, so no code elsewhere needs to know which of the two it runs from.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

APP_DIR_NAME = "ReverseDependencyWorkbench"
DB_FILE_NAME = "workbench.sqlite"


@cache
def install_root() -> Path:
    """(Worked out once: resolving the path stats each folder on the way, and the window asks
    for a dozen icons before its first paint.)"""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def data_path(*parts: str) -> Path:
    """A file shipped in ``data/`` (reference library, instrument catalogue)."""
    return install_root().joinpath("data", *parts)


def resource_path(*parts: str) -> Path:
    """A file shipped in ``resources/`` (icons, fonts, style sheets)."""
    return install_root().joinpath("resources", *parts)


def user_data_dir() -> Path:
    """The platform's per-user data folder; ``RDW_DATA_DIR`` overrides it (tests, portable use)."""
    override = os.environ.get("RDW_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_DIR_NAME


def user_cache_dir() -> Path:
    """The platform's per-user cache folder (files the app can always rebuild); with
    ``RDW_DATA_DIR`` set (tests, portable use), its ``cache`` folder."""
    override = os.environ.get("RDW_DATA_DIR")
    if override:
        return Path(override) / "cache"
    if sys.platform.startswith("win"):
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / APP_DIR_NAME / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP_DIR_NAME
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / APP_DIR_NAME


def default_db_path() -> Path:
    return user_data_dir() / DB_FILE_NAME

"""``RDW_DATA_DIR`` keeps the settings too: a fresh app process with it set writes its settings
(the window's size, the guide's hint, the evidence age) into that folder, none into the home
folder's configuration."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
from PySide6.QtCore import QSettings
from desktop.models.library import open_store
from desktop.views.sources.evidence_settings import set_stale_years
from desktop.views.window.app import make_application
from desktop.views.window.main_window import MainWindow

app = make_application()
store = open_store(__import__("pathlib").Path(r"{db}"))
window = MainWindow(store, QSettings())
window.show()
app.processEvents()
set_stale_years(7)
window.close()
store.close()
print(QSettings().fileName())
"""


def test_settings_live_in_the_data_folder_when_it_is_set(tmp_path):
    home, data = tmp_path / "home", tmp_path / "data"
    home.mkdir()
    data.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "RDW_"))}
    env.update(HOME=str(home), RDW_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", PROBE.format(db=tmp_path / "cases.sqlite")], env=env,
                          capture_output=True, text=True, timeout=120, cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr
    written = Path(done.stdout.strip().splitlines()[-1])
    assert data in written.parents and written.suffix == ".ini" and written.is_file()
    text = written.read_text(encoding="utf-8")
    assert "geometry" in text and "hint_shown" in text and "stale_years=7" in text
    config = home / ".config"
    assert not config.exists() or not [p for p in config.rglob("*") if p.is_file() and "Workbench" in str(p)]


def test_without_rdw_data_dir_the_platform_place_is_kept(tmp_path):
    """(Only the override moves the settings: a normal start keeps the platform's own place.)"""
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "RDW_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    code = ("from PySide6.QtCore import QSettings\nfrom desktop.views.window.app import make_application\n"
            "make_application()\nprint(QSettings().fileName())")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip().splitlines()[-1]).is_relative_to(home / ".config")

"""Run the real app on a virtual screen with its accessibility bus on, and a screen reader's
client (``client.py``, system Python + pyatspi) beside it, in a private D-Bus session.

``missing()`` names what the machine lacks (``./dev test`` installs it when run as root), so a
test can skip with a clear reason instead of failing obscurely.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SYSTEM_PYTHON = "/usr/bin/python3"

SCRIPT = r"""
set -u
Xvfb "$RDW_DISPLAY" -screen 0 "${RDW_SIZE}x24" -nolisten tcp >/dev/null 2>&1 & X=$!
export DISPLAY=$RDW_DISPLAY
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
openbox >/dev/null 2>&1 & W=$!
sleep 0.5
"$RDW_PYTHON" -m desktop >"$RDW_LOG" 2>&1 & A=$!
"$RDW_SYSTEM_PYTHON" "$RDW_CLIENT" "$RDW_STEPS"; rc=$?
kill $A $W $X 2>/dev/null
wait 2>/dev/null
exit $rc
"""


def missing() -> list[str]:
    """The programs and modules this needs that the machine lacks."""
    need = [tool for tool in ("Xvfb", "xdotool", "openbox", "dbus-run-session", "xdpyinfo") if not shutil.which(tool)]
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode != 0:
        need.append("python3-pyatspi")
    if not any(Path(p).exists() for p in ("/usr/libexec/at-spi-bus-launcher",
                                           "/usr/lib/at-spi2-core/at-spi-bus-launcher")):
        need.append("at-spi2-core")
    return need


def data_folder_with_a_case(tmp_path_factory, name: str, title: str) -> tuple[Path, Path, str]:
    """A data folder whose default database (the app's own, opened without ``--db``) holds one
    case of ``title``: (the folder, the database, the case's id)."""
    from desktop.models.library import open_store
    from desktop.paths import DB_FILE_NAME

    data = tmp_path_factory.mktemp(name)
    db = data / DB_FILE_NAME
    store = open_store(db, user="me")
    case = store.create(title)
    store.close()
    return data, db, case.id


def run(steps: list, data_dir: Path, size: str = "1024x768", timeout: float = 240, locale: str | None = None) -> list[dict]:
    """Run ``steps`` (see client.py) against a fresh app using ``data_dir``; the client's reports.
    ``locale`` ("de_DE.UTF-8"): the system's language the app follows."""
    env = dict(os.environ)
    if locale:
        env.update({"LANG": locale, "LC_ALL": locale, "LANGUAGE": locale.split(".")[0]})
    env.pop("QT_QPA_PLATFORM", None)
    env.update({
        "RDW_DISPLAY": f":{300 + os.getpid() % 600}", "RDW_SIZE": size, "RDW_PYTHON": sys.executable,
        "RDW_SYSTEM_PYTHON": SYSTEM_PYTHON, "RDW_CLIENT": str(HERE / "client.py"), "RDW_STEPS": json.dumps(steps),
        "RDW_LOG": str(data_dir / "app.log"), "RDW_DATA_DIR": str(data_dir),
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1", "QT_QPA_PLATFORM": "xcb",
        "NO_AT_BRIDGE": "0", "HOME": str(data_dir),
    })
    proc = subprocess.run(["dbus-run-session", "--", "bash", "-c", SCRIPT], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)
    reports = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 and not reports:
        log = (data_dir / "app.log").read_text(errors="replace") if (data_dir / "app.log").exists() else ""
        raise RuntimeError(f"AT-SPI session failed ({proc.returncode}):\n{proc.stderr[-3000:]}\napp log:\n{log[-3000:]}")
    missed = [r["focus"] for r in reports if "focus" in r and not r["ok"]]
    if missed:  # the keys after it would go to the wrong control: nothing after it means anything
        raise RuntimeError(f"AT-SPI focus step found no target: {missed}")
    return reports


def unnamed(nodes: list[dict]) -> list[dict]:
    """Focusable objects a screen reader would announce without a name."""
    return [n for n in nodes if n["focusable"] and n["showing"] and n["enabled"] and not n["name"].strip()]

"""The packaged app: build it with build/build.sh, then run the bundle the way a user would.

Slow (about two minutes: a virtualenv, PyInstaller twice, a tar.gz). ``./dev test`` (the whole
suite, as ``.ci/run``) runs it by setting ``RDW_BUNDLE_TEST=1``; ``./dev test -m "not slow"``
leaves it out for a quick loop, and plain pytest skips it unless asked (``-m slow``).
Linux only: the same spec builds on Windows and macOS (README), but not from here.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from desktop import __version__

ROOT = Path(__file__).resolve().parent.parent
MAX_BYTES = 150_000_000  # 150 MB

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="build/build.sh builds the Linux bundle"),
]


@pytest.fixture(scope="module", autouse=True)
def wanted(request):
    markexpr = request.config.option.markexpr or ""
    selected = "slow" in markexpr and "not slow" not in markexpr
    if not (selected or os.environ.get("RDW_BUNDLE_TEST") == "1"):
        pytest.skip("builds the packaged app (~2 min): run by ./dev test (RDW_BUNDLE_TEST=1) or -m slow")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """build/build.sh --onefile into a temporary folder; returns that folder."""
    out = tmp_path_factory.mktemp("dist")
    env = {**os.environ, "RDW_BUILD_DIR": str(out)}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run([str(ROOT / "build" / "build.sh"), "--onefile"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=1500)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    print(result.stdout)  # sizes and build time, for the CI log (pytest -s or -rA)
    assert "bundle:" in result.stdout
    return out


def bare_env(home: Path) -> dict[str, str]:
    """What a user's session has, and nothing of this checkout: no Python on PATH from a
    virtualenv, no PYTHONPATH, no display (so the self-test must go offscreen by itself)."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}


def self_test(executable: Path, home: Path, prefix: list[str] | None = None) -> subprocess.CompletedProcess:
    home.mkdir(parents=True, exist_ok=True)
    return subprocess.run([*(prefix or []), str(executable), "--self-test"], env=bare_env(home),
                          capture_output=True, text=True, timeout=300, cwd=home)


def assert_passed(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert "(bundle;" in lines[0]
    assert all(line.startswith("  ok   ") for line in lines[1:-1]) and len(lines) >= 9
    assert lines[-1].startswith("self-test passed")


def test_one_folder_bundle_passes_its_self_test(built, tmp_path):
    assert_passed(self_test(built / "rdw" / "rdw", tmp_path / "home"))
    # nothing written outside the temporary folder: no user data folder was created
    assert not (tmp_path / "home" / ".local").exists()


def test_bundle_is_under_150_mb_and_lean(built):
    bundle = built / "rdw"
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files)
    assert size < MAX_BYTES, f"bundle is {size / 1e6:.1f} MB"
    names = {p.name for p in files}
    assert not [n for n in names if "WebEngine" in n or "Qt6Qml" in n or "Qt6Quick" in n or "Qt6Network" in n]
    assert not [p for p in files if "translations" in p.parts or "qml" in p.parts]
    internal = bundle / "_internal"
    for shipped in ("data/instrument_patterns.json", "resources/style.qss", "resources/icons/app.svg",
                    "resources/fonts/DejaVuSans.ttf", "resources/fonts/wqy-microhei.ttc"):
        assert (internal / shipped).is_file(), shipped
    assert len(list((internal / "data" / "reference").glob("*.json"))) == 12


def test_bundle_never_needs_the_network(built, tmp_path):
    """Run in a network namespace of its own (only a loopback interface, down): nothing to reach."""
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-n", "true"], capture_output=True).returncode != 0:
        pytest.skip("no network namespaces here (unshare -n)")
    assert_passed(self_test(built / "rdw" / "rdw", tmp_path / "home", prefix=[unshare, "-n"]))


def test_linux_archive_unpacks_installs_and_runs(built, tmp_path):
    name = f"rdw-{__version__}-linux-{platform.machine()}"
    archive = built / f"{name}.tar.gz"
    assert archive.is_file()
    with tarfile.open(archive) as tar:
        members = {m.name: m for m in tar.getmembers()}
        for inside in ("rdw", "rdw.desktop", "rdw.svg", "install.sh", "_internal/base_library.zip"):
            assert f"{name}/{inside}" in members, inside
        assert members[f"{name}/rdw"].mode & 0o111 and members[f"{name}/install.sh"].mode & 0o111
        assert all(m.uid == 0 and m.gid == 0 for m in members.values())
        tar.extractall(tmp_path / "unpacked", filter="tar")
    unpacked = tmp_path / "unpacked" / name
    desktop = (unpacked / "rdw.desktop").read_text(encoding="utf-8")
    assert desktop.startswith("[Desktop Entry]\n")
    for line in ("Type=Application", "Name=Reverse Dependency Workbench", "Exec=rdw", "Icon=rdw", "Terminal=false"):
        assert line in desktop.splitlines()
    # runs in place, from wherever it was unpacked
    assert_passed(self_test(unpacked / "rdw", tmp_path / "home"))
    # and installs for one user, with a menu entry pointing at the installed program
    prefix = tmp_path / "prefix"
    subprocess.run([str(unpacked / "install.sh")], env={**bare_env(tmp_path / "home"), "PREFIX": str(prefix)},
                   check=True, capture_output=True, timeout=120)
    entry = (prefix / "share" / "applications" / "rdw.desktop").read_text(encoding="utf-8")
    assert f"Exec={prefix}/lib/rdw/rdw" in entry.splitlines()
    assert (prefix / "share" / "icons" / "hicolor" / "scalable" / "apps" / "rdw.svg").is_file()
    version = subprocess.run([str(prefix / "bin" / "rdw"), "--version"], env=bare_env(tmp_path / "home"),
                             capture_output=True, text=True, timeout=120)
    assert version.stdout.strip() == f"rdw {__version__}"
    subprocess.run([str(unpacked / "install.sh"), "--uninstall"], env={**bare_env(tmp_path / "home"), "PREFIX": str(prefix)},
                   check=True, capture_output=True, timeout=120)
    assert not (prefix / "lib" / "rdw").exists() and not (prefix / "bin" / "rdw").exists()


def test_one_file_variant_passes_its_self_test(built, tmp_path):
    executable = built / "onefile" / "rdw"
    assert executable.is_file()
    assert_passed(self_test(executable, tmp_path / "home"))


def test_command_line_works_in_the_bundle(built, tmp_path):
    env = {**bare_env(tmp_path), "RDW_DATA_DIR": str(tmp_path / "data")}
    rdw = str(built / "rdw" / "rdw")
    missing = subprocess.run([rdw, "list"], env=env, capture_output=True, text=True, timeout=120)
    assert missing.returncode == 1 and "nothing was created" in missing.stderr, missing.stderr  # read-only command
    assert not (tmp_path / "data").exists()
    case = tmp_path / "mine.json"
    case.write_text('{"format": "rdw-case", "format_version": 1, "id": "bundle-check", "title": "Bundle check"}',
                    encoding="utf-8")
    imported = subprocess.run([rdw, "import", str(case)], env=env, capture_output=True, text=True, timeout=120)
    assert imported.returncode == 0, imported.stderr  # a writing command creates the database
    listed = subprocess.run([rdw, "list", "--json"], env=env, capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.count('"reference": true') == 12 and '"bundle-check"' in listed.stdout
    out = tmp_path / "cards.pdf"
    made = subprocess.run([str(built / "rdw" / "rdw"), "scorecard", "--all", "--out", str(out)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert made.returncode == 0, made.stderr
    assert out.read_bytes()[:5] == b"%PDF-"
    word = tmp_path / "cards.docx"  # python-docx's own template must be in the bundle
    made = subprocess.run([rdw, "scorecard", "bundle-check", "--context", "--out", str(word)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert made.returncode == 0, made.stderr
    assert word.read_bytes()[:2] == b"PK"

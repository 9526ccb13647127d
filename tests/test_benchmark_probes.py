"""The start-up benchmark reaches into the app (it wraps ``desktop.views.window.app._show`` and stubs
``hand_over``): if those move, the benchmark must fail loudly rather than measure something
else. Each probe runs once here; how fast is the benchmark's business, not the tests'."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from desktop.models.library import open_store

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_run", PROJECT_ROOT / "benchmarks" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def isolated(db_path):
    """A healthy case database (conftest keeps the data folder and the display isolated)."""
    open_store(db_path).close()
    return db_path


def test_every_start_up_probe_reports_a_first_paint(bench, isolated):
    style = str(PROJECT_ROOT / "resources" / "style.qss")
    for script, args in ((bench._APP, [str(isolated)]), (bench._BARE, []), (bench._MINIMAL, [str(isolated), style])):
        seconds = bench._startup(script, *args)
        assert 0 < seconds < 60


def test_the_app_probe_measures_the_quick_path_not_the_slow_one(bench, isolated, tmp_path):
    """On an existing, healthy file the window comes from the quick read-only listing: the
    probe stubs the hand-over, so the real store is never opened (opening it makes the
    start-up backup, shown here to happen when the hand-over is left in)."""
    backups = tmp_path / "backups"
    bench._startup(bench._APP, str(isolated))
    assert not backups.exists(), "the probe took the slow path (the store was opened)"
    bench._startup(bench._APP.replace("gui.hand_over = ", "_unused = "), str(isolated))
    assert list(backups.rglob("*.sqlite")), "with the hand-over, the store opens and backs up"


def test_every_start_up_ablation_changes_the_app_probe_and_one_runs(isolated):
    """``startup_ablations.py`` undoes each measure by editing the app probe at fixed anchors:
    if the probe changes, the ablations must fail loudly, not measure the unchanged app."""
    spec = importlib.util.spec_from_file_location("bench_ablations", PROJECT_ROOT / "benchmarks" / "startup_ablations.py")
    ablations = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ablations)
    assert ablations.app_script("none") == ablations.run._APP
    for name in ablations.ABLATIONS[1:]:
        assert ablations.app_script(name) != ablations.run._APP, name
    assert 0 < ablations.run._startup(ablations.app_script("qt_namespace"), str(isolated)) < 60

"""The validator cache (issue 20, ``models/validator_cache``): a later process validates exactly
as pydantic's own validator does, and a stale, damaged or possibly plugin-watched cache is never
used. (How much time it saves is measured in benchmarks/cli.py.)"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic_core import SchemaValidator

from desktop.models import validator_cache
from desktop.models.case import STORED, Case

REFERENCE = sorted((Path(__file__).resolve().parent.parent / "data" / "reference").glob("*.json"))
PROBE = ("import json, sys\nfrom desktop.models import validator_cache\nfrom desktop.models.case import Case\n"
         "taken = sorted(validator_cache._loaded)\n"
         "case = Case.model_validate(json.loads(sys.argv[1]), context={'stored': True})\n"
         "print(json.dumps([taken, case.model_dump(mode='json', exclude_unset=True)]))\n")


def probe(data_dir: Path, document: dict, extra_path: str | None = None, plugins: bool = False) -> tuple[list[str], dict]:
    """(models whose validator came from the cache, the case as validated) in a new process,
    with pydantic's plugins off as the app runs it (``launch``), or on."""
    env = {**os.environ, "RDW_DATA_DIR": str(data_dir), "PYDANTIC_DISABLE_PLUGINS": "__all__"}
    if plugins:
        del env["PYDANTIC_DISABLE_PLUGINS"]
    if extra_path:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (extra_path, env.get("PYTHONPATH")) if p)
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(document)], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    taken, case = json.loads(done.stdout)
    return taken, case


def cache_file(data_dir: Path) -> Path:
    return data_dir / "cache" / "validator-desktop.models.case.Case.json"


@pytest.fixture(scope="module")
def document() -> dict:
    return json.loads(REFERENCE[0].read_text(encoding="utf-8"))


def test_the_first_process_writes_it_and_the_next_one_uses_it(tmp_path, document):
    assert probe(tmp_path, document)[0] == []  # built by pydantic, then kept
    assert cache_file(tmp_path).is_file()
    taken, case = probe(tmp_path, document)
    assert taken == ["Case"]
    assert case == Case.model_validate(document, context=STORED).model_dump(mode="json", exclude_unset=True)


@pytest.mark.parametrize("damage", ["stale", "garbage", "empty"])
def test_a_stale_or_damaged_file_is_ignored_and_replaced(tmp_path, document, damage):
    probe(tmp_path, document)
    path = cache_file(tmp_path)
    if damage == "stale":
        stored = json.loads(path.read_bytes())
        path.write_text(json.dumps({**stored, "key": "0" * 64}), encoding="utf-8")
    else:
        path.write_bytes(b"" if damage == "empty" else b'{"key": "' + json.loads(path.read_bytes())["key"].encode())
    assert probe(tmp_path, document)[0] == []
    assert probe(tmp_path, document)[0] == ["Case"]  # (rewritten by the process before)


def test_with_pydantic_plugins_on_it_is_neither_read_nor_written(tmp_path, document):
    """A plugin sees every validation: unless plugins are off (the app turns them off), pydantic
    builds as always and finds its plugins as always."""
    site = tmp_path / "site"
    dist = site / "some_plugin-1.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "entry_points.txt").write_text("[pydantic]\nsome = some_plugin:plugin\n", encoding="utf-8")
    (site / "some_plugin.py").write_text(
        "import sys\nclass _Plugin:\n    def new_schema_validator(self, *args):\n"
        "        print('plugin', file=sys.stderr)\n        return None, None, None\n"
        "plugin = _Plugin()\n", encoding="utf-8")
    assert probe(tmp_path, document, extra_path=str(site), plugins=True)[0] == []
    assert not cache_file(tmp_path).exists()  # (not written either)
    probe(tmp_path, document)  # plugins off: written
    assert probe(tmp_path, document, extra_path=str(site), plugins=True)[0] == []
    assert probe(tmp_path, document)[0] == ["Case"]


def test_the_app_turns_pydantic_plugins_off(monkeypatch):
    from desktop import launch

    monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS", raising=False)
    assert launch.main(["--version"]) == 0
    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == "__all__"


def test_the_cached_validator_validates_as_pydantic_does(tmp_path, document, monkeypatch):
    """Every reference case and a set of broken ones: the same cases, the same errors."""
    monkeypatch.setenv("RDW_DATA_DIR", str(tmp_path))
    Case.model_rebuild(force=True)  # pydantic's own validator, (re)built here and written
    monkeypatch.setattr(validator_cache, "_loaded", set())
    validator_cache.save(Case)
    stored = json.loads(cache_file(tmp_path).read_bytes())
    assert stored["key"] == validator_cache._key(Case).hex()
    modules = validator_cache.sources(Case)
    cached = SchemaValidator(validator_cache._decoded(stored["schema"], modules),
                             validator_cache._decoded(stored["config"], modules))
    fresh = Case.__pydantic_validator__
    broken = []
    for change in ({"title": " "}, {"id": "-x"}, {"surprise": 1}, {"format_version": 9}, {"actors": ["eu", "eu"]},
                   {"title": "x" * 600}, {"summary": "y" * 100_001}, {"evidence": {"nowhere": {}}},
                   {"strength": {"pillars": {"nope": {}}}}, {"leverage": {"degree": "enormous"}},
                   {"created": "yesterday"}, {"instruments": [{"level": 7}]}, {"key_facts": "one"}):
        broken.append({**copy.deepcopy(document), **change})
    documents = [json.loads(p.read_text(encoding="utf-8")) for p in REFERENCE] + broken
    for data in documents:
        for context in (STORED, None):
            results = []
            for validator in (fresh, cached):
                try:
                    results.append(("ok", validator.validate_python(copy.deepcopy(data), context=context)
                                    .model_dump(mode="json")))
                except Exception as error:  # noqa: BLE001 (compared, whatever it is)
                    errors = error.errors(include_url=False) if hasattr(error, "errors") else str(error)
                    results.append(("error", type(error).__name__, json.dumps(errors, default=str)))
            assert results[0] == results[1], data.get("id")
    assert sum(1 for data in broken if _fails(fresh, data)) == len(broken)  # (each change is an error)


def _fails(validator, data) -> bool:
    try:
        validator.validate_python(data)
    except Exception:  # noqa: BLE001
        return True
    return False


def test_the_key_covers_every_module_the_schema_is_made_of():
    """A class or function the schema refers to lives in a module whose text is in the key."""
    found = set()

    def walk(value):
        if isinstance(value, dict):
            for k, v in value.items():
                if k != "metadata":  # (not written)
                    walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif callable(value):
            owner = getattr(value, "__self__", value)
            found.add(getattr(owner, "__module__", ""))

    Case.model_rebuild()
    walk(Case.__pydantic_core_schema__)
    assert {m for m in found if m.startswith("desktop.")} <= set(validator_cache.sources(Case))
    assert "desktop.models.scales" in found  # (so the check above means something)


@pytest.mark.parametrize("hostile", [
    {"$class": ["os", "PathLike"]}, {"$class": ["desktop.models.case", "datetime"]},
    {"$method": ["desktop.models.case", "Case", "model_validate"]},
    {"$method": ["desktop.models.case", "Case", "__init_subclass__"]},
    {"$enum": ["desktop.models.case", "Case", "x"]}, {"$builtin": "eval"}, {"$call": ["os", "system"]},
])
def test_a_file_can_name_nothing_but_the_models_own_classes_and_validators(hostile):
    """The file is data: whatever it says, it cannot make the app run anything else."""
    with pytest.raises(Exception):  # noqa: B017 (any refusal will do: the cache is then ignored)
        validator_cache._decoded({"type": "x", "function": hostile}, validator_cache.sources(Case))

"""The validator cache (issue 20, ``models/validator_cache``): a later process validates exactly
as pydantic's own validator does, and a stale, damaged or possibly plugin-watched cache is never
used. (How much time it saves is measured in benchmarks/cli.py.)"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict, ValidationError
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
    cached = built_from(stored, modules, monkeypatch)
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


def built_from(stored: dict, modules: list[str], monkeypatch) -> SchemaValidator:
    """The validator the file describes, built as in a new process: pydantic-core takes a model's
    own validator as it is (``Prebuilt``) when the class is complete, which here, where the models
    have been used, would compare pydantic's validator with itself."""
    with monkeypatch.context() as patch:
        for name in modules:
            for value in vars(sys.modules[name]).values():
                if isinstance(value, type) and "__pydantic_complete__" in vars(value):
                    patch.setattr(value, "__pydantic_complete__", False)
        built = SchemaValidator(validator_cache._decoded(stored["schema"], modules),
                                validator_cache._decoded(stored["config"], modules))
    assert "Prebuilt" not in repr(built)[:200]
    return built


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


# -- only a file this user alone could have written is read (review finding 10) -------------
# The key hashes public facts: whoever may write the cache folder (a shared RDW_DATA_DIR) could
# write a valid key with a loosened schema.

def _private_file(tmp_path: Path) -> Path:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    path = folder / "validator.json"
    path.write_bytes(b"{}")
    path.chmod(0o600)
    return path


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners and modes")
@pytest.mark.parametrize("loose", ["file group-writable", "file world-writable", "folder group-writable",
                                   "folder world-writable", "someone else's", "a link"])
def test_a_file_others_could_have_written_is_not_read(tmp_path, monkeypatch, loose):
    path = _private_file(tmp_path)
    assert validator_cache._read(path) == b"{}"
    if loose.startswith(("file", "folder")):
        (path if loose.startswith("file") else path.parent).chmod(0o620 if loose == "file group-writable" else
                                                                  0o602 if loose.startswith("file") else
                                                                  0o770 if "group" in loose else 0o777)
    elif loose == "a link":
        (tmp_path / "elsewhere.json").write_bytes(b"{}")
        path.unlink()
        path.symlink_to(tmp_path / "elsewhere.json")
    else:
        monkeypatch.setattr(os, "getuid", lambda: os.stat(path).st_uid + 1)
    with pytest.raises(OSError) if loose == "a link" else contextlib.nullcontext():  # (refused either way)
        assert validator_cache._read(path) is None


def test_on_windows_the_per_user_folder_is_trusted(tmp_path, monkeypatch):
    """(LOCALAPPDATA is the user's own; Windows has no POSIX owner or mode to check.)"""
    path = _private_file(tmp_path)
    monkeypatch.setattr(validator_cache, "_OWNER_CHECKED", False)
    if hasattr(os, "getuid"):
        monkeypatch.setattr(os, "getuid", lambda: -1)
    path.parent.chmod(0o777)
    assert validator_cache._read(path) == b"{}"


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners and modes")
def test_it_is_written_private_and_a_loose_one_is_replaced(tmp_path, document):
    probe(tmp_path, document)
    path = cache_file(tmp_path)
    assert (path.stat().st_mode & 0o777, path.parent.stat().st_mode & 0o777) == (0o600, 0o700)
    path.chmod(0o666)
    assert probe(tmp_path, document)[0] == []  # not read, and written again (privately)
    assert path.stat().st_mode & 0o777 == 0o600
    path.parent.chmod(0o777)
    assert probe(tmp_path, document)[0] == []  # not read; the folder made private again
    assert path.parent.stat().st_mode & 0o777 == 0o700
    assert probe(tmp_path, document)[0] == ["Case"]


# -- a model field named "metadata" (review finding 11) --------------------------------------

class WithMetadata(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str
    metadata: str | None = None  # a field: kept (only a schema node's "metadata" is not written)
    options: dict = {"type": "str", "metadata": "a default, kept as it is"}


def test_a_field_named_metadata_survives_the_round_trip(monkeypatch):
    modules = [__name__]
    config = WithMetadata.__pydantic_validator__.__reduce__()[1][1]
    stored = json.loads(json.dumps({"schema": validator_cache._encoded(WithMetadata.__pydantic_core_schema__, modules),
                                    "config": validator_cache._encoded(config, modules)}))
    cached = built_from(stored, modules, monkeypatch)
    for data in ({"title": "t", "metadata": "m"}, {"title": "t"}, {"title": "t", "nope": 1}):
        results = []
        for validator in (WithMetadata.__pydantic_validator__, cached):
            try:
                results.append(validator.validate_python(data).model_dump())
            except ValidationError as error:
                results.append(error.errors(include_url=False))
        assert results[0] == results[1], data
    assert cached.validate_python({"title": "t", "metadata": "m"}).metadata == "m"
    assert cached.validate_python({"title": "t"}).options == {"type": "str", "metadata": "a default, kept as it is"}


# -- the installed app's key (review finding 12) ---------------------------------------------

def _bundle(tmp_path: Path, monkeypatch, internal: str = "_internal", library: bool = True) -> Path:
    folder = tmp_path / internal
    folder.mkdir()
    if library:
        (folder / "base_library.zip").write_bytes(b"zip")
    for program in ("rdw.exe", "ReverseDependencyWorkbench.exe"):
        (tmp_path / program).write_bytes(program.encode())
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(folder), raising=False)
    return folder


def _keys(tmp_path: Path, monkeypatch) -> list[bytes]:
    keys = []
    for program in ("rdw.exe", "ReverseDependencyWorkbench.exe"):
        monkeypatch.setattr(sys, "executable", str(tmp_path / program))
        keys.append(validator_cache._key(Case))
    return keys


def test_the_bundles_two_programs_share_one_key(tmp_path, monkeypatch):
    """The command line (rdw.exe) and the window share one file: alternating them does not rebuild
    it; a new build (its programs written anew: they carry the app's compiled code) or a new app
    version does."""
    _bundle(tmp_path, monkeypatch)
    first, second = _keys(tmp_path, monkeypatch)
    assert first is not None and first == second
    program = tmp_path / "rdw.exe"
    os.utime(program, ns=(program.stat().st_atime_ns, program.stat().st_mtime_ns + 10**9))  # (rebuilt)
    assert _keys(tmp_path, monkeypatch)[0] != first
    now = _keys(tmp_path, monkeypatch)[0]
    import desktop

    monkeypatch.setattr(desktop, "__version__", desktop.__version__ + ".1")
    assert _keys(tmp_path, monkeypatch)[0] != now


def test_a_one_file_bundle_keys_on_its_one_program(tmp_path, monkeypatch):
    """A one-file build is extracted to a new ``_MEI…`` folder at every start: its program file
    (there is one) is what stays."""
    folder = _bundle(tmp_path, monkeypatch, internal="_MEI123456")
    first, second = _keys(tmp_path, monkeypatch)
    assert first is not None and first != second
    os.utime(folder / "base_library.zip", ns=(0, 0))  # (extracted again: ignored)
    assert _keys(tmp_path, monkeypatch)[0] == first

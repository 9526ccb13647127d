"""``Case``'s validator kept between runs (issue 20). Building it is pydantic's schema generation
plus its plugin discovery (which imports ``importlib.metadata``): ~20 ms of a one-case
``rdw scorecard``, paid by every process that reads a case.

The first process that builds it (``Case.__pydantic_on_complete__``) writes the validator's
schema and configuration into the user's cache folder, as JSON; later processes rebuild the
validator from them (pydantic-core, under a millisecond) when nothing it depends on has changed:
the same Python, pydantic and pydantic-core, and the same text of the model's module and of every
app module it takes names from. The schema is written without its nodes' ``metadata``
(pydantic's JSON-schema hooks, which validation never reads); the app's classes and validators
in it are written by name and found again only in those modules, so the file is data, never code.
The key hashes public facts, so anyone who could write the file could loosen the schema with a
valid key: on POSIX a file is read only if it and its folder are this user's and nobody else
can write them (the folder is made 0o700, the file 0o600); Windows' LOCALAPPDATA is per-user. Only
the validator is installed: serialisation, the JSON schema and the other models build the usual
way when first used, and a rebuild (``model_rebuild``) replaces the cached validator.

Never a change in behaviour: pydantic plugins observe validations, so unless they are turned
off (the app does: ``launch``) the cache is neither read nor written; a missing, unreadable or
stale file is ignored, and one is only ever written whole (a temporary file, then renamed).
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
import tempfile
from enum import Enum
from pathlib import Path
from types import MethodType

_loaded: set[str] = set()  # models whose validator this process took from the cache
_OWNER_CHECKED = hasattr(os, "getuid")  # POSIX (on Windows the per-user LOCALAPPDATA is private)


def _cache_file(model: type) -> Path:
    from ..paths import user_cache_dir

    return user_cache_dir() / f"validator-{model.__module__}.{model.__qualname__}.json"


def sources(model: type) -> list[str]:
    """The app modules the validator's schema is made from: the model's own and every app module
    whose classes or functions it imports (the enums, the validators' helpers)."""
    module = sys.modules[model.__module__]
    package = model.__module__.split(".")[0]
    names = {model.__module__} | {getattr(value, "__module__", None) or "" for value in vars(module).values()
                                  if callable(value)}
    return sorted(name for name in names if name.split(".")[0] == package)


def _key(model: type) -> bytes | None:
    """What the validator depends on, hashed: the versions and the text of ``sources``; in the
    installed app (a PyInstaller bundle, no sources), what its programs share (``_bundle``), so
    the command line and the window keep one file (None: nothing to key on, so no cache)."""
    import pydantic
    import pydantic_core

    digest = hashlib.sha256(repr((sys.version, pydantic.VERSION, pydantic_core.__version__)).encode())
    if getattr(sys, "frozen", False):
        from .. import __version__

        try:
            digest.update(repr((__version__, _bundle(), sources(model))).encode())
        except (AttributeError, OSError):
            return None
        return digest.digest()
    for name in sources(model):
        try:
            digest.update(name.encode() + b"\0" + Path(sys.modules[name].__file__).read_bytes())
        except (KeyError, TypeError, OSError):
            return None
    return digest.digest()


def _bundle() -> tuple:
    """What every program of the bundle shares and every build renews: the stat of the programs
    in the bundle's folder (each carries the app's compiled code: a new build writes them anew),
    so the command line and the window (``build/rdw.spec``: two programs) keep one file, and a
    rebuild never reuses a validator of older code. A one-file build is extracted anew at every
    start (``_MEI…``) and has one program: there, the program file itself."""
    program = Path(sys.executable)
    if Path(sys._MEIPASS).name.startswith("_MEI"):
        files = [program]
    else:
        files = sorted(p for p in program.parent.iterdir() if p.is_file())
    return tuple((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in files)


def _plugins_possible() -> bool:
    """Pydantic plugins observe validations; the app turns them off (``launch``: it runs no code
    from other packages it did not ship), and the cache is used only then."""
    return os.environ.get("PYDANTIC_DISABLE_PLUGINS") not in ("__all__", "1", "true")


def install(model: type) -> None:
    """Give ``model`` the validator a previous run built, if it is still valid and no plugin
    could be watching; otherwise leave pydantic to build it on first use."""
    from pydantic_core import SchemaValidator

    try:
        if getattr(model, "__pydantic_complete__", True):
            return
        if _plugins_possible():
            return
        data = _read(_cache_file(model))
        key = _key(model)
        stored = json.loads(data) if data is not None else None
        if key is None or stored is None or stored["key"] != key.hex():
            return
        modules = sources(model)
        validator = SchemaValidator(_decoded(stored["schema"], modules), _decoded(stored["config"], modules))
    except Exception:  # noqa: BLE001 (a missing, damaged or stale cache is no cache)
        return
    model.__pydantic_validator__ = validator
    _loaded.add(model.__qualname__)


def save(model: type) -> None:
    """After pydantic built ``model``'s validator: keep it for the next run (not when this run
    took it from the cache, nor when a plugin may be installed)."""
    from pydantic_core import SchemaValidator

    if model.__qualname__ in _loaded or type(model.__pydantic_validator__) is not SchemaValidator:
        return
    try:
        if _plugins_possible():
            return
        key = _key(model)
        if key is None:
            return
        modules = sources(model)
        config = model.__pydantic_validator__.__reduce__()[1][1]
        data = json.dumps({"key": key.hex(), "schema": _encoded(model.__pydantic_core_schema__, modules),
                           "config": _encoded(config, modules)}).encode()
        stored = json.loads(data)
        SchemaValidator(_decoded(stored["schema"], modules), _decoded(stored["config"], modules))  # or no file
        path = _cache_file(model)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if _OWNER_CHECKED:  # (a folder not ours is never read: nothing to write there)
            folder = os.stat(path.parent)
            if folder.st_uid != os.getuid():
                return
            if folder.st_mode & 0o022:
                os.chmod(path.parent, 0o700)
        handle, temporary = tempfile.mkstemp(prefix=f"{path.name}.", suffix=".tmp", dir=path.parent)  # 0o600
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, path)
        finally:
            Path(temporary).unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 (no cache folder, a full disk, a schema it cannot write)
        return


def _private(info: os.stat_result) -> bool:
    """This user's, and nobody else may write it (root may: it may do anything anyway)."""
    return info.st_uid == os.getuid() and not info.st_mode & 0o022


def _read(path: Path) -> bytes | None:
    """The file, if only this user could have written it (POSIX: it and its folder are theirs and
    nobody else may write them; see the top). The folder is opened first and the file in it, not
    following a link, so neither can be swapped between the check and the read."""
    if not _OWNER_CHECKED:
        return path.read_bytes()
    folder = os.open(path.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        if not _private(os.fstat(folder)):
            return None
        handle = os.open(path.name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=folder)
    finally:
        os.close(folder)
    with os.fdopen(handle, "rb") as file:
        info = os.fstat(file.fileno())
        return file.read() if stat.S_ISREG(info.st_mode) and _private(info) else None


# -- the schema as JSON ---------------------------------------------------------------------
# Plain values as they are; the app's classes, enum members and validators (bound class methods)
# by name, found again only in the model's own modules (``sources``), so a file can name nothing
# else to run; the builtin types a default factory may be. Anything else: no cache is written.
_BUILTINS = {t.__name__: t for t in (list, dict, set, frozenset, tuple, str, int, float, bool)}


def _encoded(value, modules: list[str], plain: bool = False):
    """``plain``: a value (a field's default), where no dict is a schema node."""
    if value is None or type(value) in (bool, int, float, str):
        return value
    if type(value) is list:
        return [_encoded(v, modules, plain) for v in value]
    if type(value) is dict:
        if not all(type(k) is str and not k.startswith("$") for k in value):
            raise ValueError("a key the cache cannot write")
        # a schema node's "metadata" is not written (see the top); a field map's field of that name is
        node = not plain and type(value.get("type")) is str
        return {k: _encoded(v, modules, plain or (node and value["type"] == "default" and k == "default"))
                for k, v in value.items() if not (node and k == "metadata")}
    if isinstance(value, type) and _BUILTINS.get(value.__name__) is value:
        return {"$builtin": value.__name__}
    if isinstance(value, Enum):
        return {"$enum": [*_name(type(value), modules), _encoded(value.value, modules)]}
    if isinstance(value, type):
        return {"$class": _name(value, modules)}
    if isinstance(value, MethodType) and isinstance(value.__self__, type):
        return {"$method": [*_name(value.__self__, modules), value.__func__.__name__]}
    raise ValueError(f"{type(value).__name__} in the schema")


def _name(cls: type, modules: list[str]) -> list[str]:
    if cls.__module__ not in modules or "<" in cls.__qualname__:
        raise ValueError(f"{cls!r} is not the model's own")
    return [cls.__module__, cls.__qualname__]


def _decoded(value, modules: list[str]):
    if type(value) is list:
        return [_decoded(v, modules) for v in value]
    if type(value) is not dict:
        return value
    if len(value) == 1 and next(iter(value)).startswith("$"):
        (tag, name), = value.items()
        if tag == "$builtin":
            return _BUILTINS[name]
        if tag == "$class":
            return _class(*name, modules)
        if tag == "$enum":
            cls = _class(*name[:2], modules)
            if not issubclass(cls, Enum):
                raise ValueError(f"{cls!r} is not an enum")
            return cls(_decoded(name[2], modules))
        if tag == "$method":
            cls = _class(*name[:2], modules)
            method = getattr(cls, name[2])
            if not (isinstance(method, MethodType) and method.__self__ is cls
                    and method.__func__.__module__ == cls.__module__):
                raise ValueError(f"{name} is not a validator of the model's own")
            return method
        raise ValueError(f"unknown tag {tag}")
    return {k: _decoded(v, modules) for k, v in value.items()}


def _class(module: str, qualname: str, modules: list[str]) -> type:
    if module not in modules:
        raise ValueError(f"{module} is not the model's own")
    found = sys.modules[module]
    for part in qualname.split("."):
        found = getattr(found, part)
    if not isinstance(found, type) or found.__module__ != module or found.__qualname__ != qualname:
        raise ValueError(f"{module}.{qualname} is not a class of the model's own")
    return found

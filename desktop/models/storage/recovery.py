"""Edits a database did not take, found again after the app was closed or crashed (issue 22).

While a window keeps edits the database refused for now (``views/wizard/unsaved.py``), it
writes beside the case's recovery file (``unsaved/CASE-STAMP.json``, an exchange file) a sidecar
``CASE-STAMP.pending.json``: the edits themselves, in order, with the values they were based on,
and the database they are for (never with a password). The next start reads the sidecars of its
database (``kept_for``) and offers them; ``save_pending`` applies them as the window would have,
asking about a field someone else changed meanwhile. Plain Python: the command line and tests
use it without Qt. A file that is not such a sidecar, or one of another database, is skipped,
never deleted.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from pathlib import Path
from typing import Any, Callable, Iterable, NamedTuple

from ..messages import said
from .location import without_password
from .records import (UNSET, FieldConflictError, FieldValueError, ReadOnlyCaseError, ReadOnlyStoreError,
                      StoreError, UnknownCaseError, now_iso)

FORMAT = "rdw-pending-edits"
VERSION = 1
SUFFIX = ".pending.json"
MAX_BYTES = 50_000_000  # (a sidecar holds a few edits: anything this big is not one)


class KeptEdit(NamedTuple):
    """One edit as the user made it: the fields' new values and the values it was based on."""

    after: dict[str, Any]
    seen: dict[str, Any]
    text: str


class KeptCase(NamedTuple):
    """A sidecar as read: whose edits, for which database, since when."""

    sidecar: Path
    recovery: Path
    location: str
    case_id: str
    title: str
    since: str
    edits: list[KeptEdit]
    pid: int | None = None
    host: str | None = None


class Saved(NamedTuple):
    """What ``save_pending`` did: edits saved, skipped (their value kept), left in the files;
    ``message`` says why it stopped (None: all done, the files deleted)."""

    saved: int
    skipped: int
    left: int
    message: str | None = None


def store_location(store: Any) -> str:
    """The database as users are shown it, never with a password: a file's resolved path, a team
    database's address ("" for a database in memory, which no later start can open)."""
    path = getattr(store, "path", None)
    if path:
        try:
            return str(Path(path).resolve())
        except (OSError, RuntimeError):  # (a symlink loop: the path as given, made absolute)
            return str(Path(path).absolute())
    location = getattr(store, "location", None)
    return without_password(str(location)) if location else ""


def sidecar_of(recovery: Path) -> Path:
    return recovery.with_name(recovery.name[:-len(".json")] + SUFFIX if recovery.name.endswith(".json")
                              else recovery.name + SUFFIX)


def recovery_of(sidecar: Path) -> Path:
    return sidecar.with_name(sidecar.name[:-len(SUFFIX)] + ".json")


# -- writing ---------------------------------------------------------------------------------
def _fields(values: dict[str, Any]) -> list[dict[str, Any]]:
    """Ordered {path, value} pairs; a field to be removed (``UNSET``) says so, without a value,
    so no stored value can be mistaken for it."""
    return [{"path": path, "unset": True} if value is UNSET else {"path": path, "value": value}
            for path, value in values.items()]


def _values(pairs: Any) -> dict[str, Any]:
    if not isinstance(pairs, list):
        raise ValueError("not a list of fields")
    out: dict[str, Any] = {}
    for pair in pairs:
        if not isinstance(pair, dict) or not isinstance(pair.get("path"), str):
            raise ValueError("not a field")
        if pair.get("unset") is True and "value" not in pair:
            out[pair["path"]] = UNSET
        elif "value" in pair and "unset" not in pair:
            out[pair["path"]] = pair["value"]
        else:
            raise ValueError("a field without its value")
    return out


def sidecar_data(location: str, case_id: str, title: str, since: str, edits: Iterable[Any]) -> dict[str, Any]:
    """The sidecar's content; ``edits``: anything with ``after``, ``seen`` and ``text``."""
    return {"format": FORMAT, "version": VERSION, "database": location, "case_id": case_id, "title": title,
            "since": since, "written": now_iso(), "pid": os.getpid(), "host": socket.gethostname(),
            "edits": [{"text": e.text, "after": _fields(e.after), "seen": _fields(e.seen or {})} for e in edits]}


def write_sidecar(recovery: Path, store: Any, case_id: str, title: str, since: str, edits: Iterable[Any]) -> Path | None:
    """Write (or replace) the sidecar of ``recovery`` atomically: a reader finds the old content
    or the new, never half of one. None when the database cannot be found again (in memory).
    Raises ``OSError`` (a full disk) or ``TypeError``/``ValueError`` (a value JSON cannot hold)."""
    location = store_location(store)
    if not location:
        return None
    path = sidecar_of(recovery)
    text = json.dumps(sidecar_data(location, case_id, title, since, edits), ensure_ascii=False, indent=1)
    _replace(path, text)
    return path


def _replace(path: Path, text: str) -> None:
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temp, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def remove(kept_recovery: Path) -> None:
    """The recovery file and its sidecar, once everything in them is saved (or discarded)."""
    for path in (sidecar_of(kept_recovery), kept_recovery):
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass  # (offered again at the next start: saving it twice changes nothing)


# -- reading ---------------------------------------------------------------------------------
def read_sidecar(path: Path) -> KeptCase | None:
    """The sidecar at ``path``, or None for anything else (never raises)."""
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != VERSION:
            return None
        fields = [data.get(key) for key in ("database", "case_id", "title", "since")]
        if not all(isinstance(value, str) for value in fields) or not isinstance(data.get("edits"), list):
            return None
        edits = [KeptEdit(_values(e["after"]), _values(e["seen"]), e["text"]) for e in data["edits"]]
        if not edits or not all(isinstance(e.text, str) and e.after for e in edits):
            return None
        pid, host = data.get("pid"), data.get("host")
        return KeptCase(path, recovery_of(path), *fields, edits,
                        pid if isinstance(pid, int) and not isinstance(pid, bool) else None,
                        host if isinstance(host, str) else None)
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return None


def kept_for(folder: Path, location: str, in_use: Callable[[Path], bool] = lambda _path: False) -> list[KeptCase]:
    """The kept edits of ``folder`` for the database at ``location``, oldest first; those
    ``in_use`` (a window of this app saves them still) or another running app's are left."""
    if not location:
        return []
    try:
        paths = sorted(folder.glob("*" + SUFFIX))
    except OSError:
        return []
    found = []
    for path in paths:
        kept = read_sidecar(path)
        if kept is None or kept.location != location or _running_elsewhere(kept):
            continue
        try:
            if in_use(path):
                continue
        except Exception:  # (a predicate about a window being closed: ask again next time)
            continue
        found.append(kept)
    return sorted(found, key=lambda k: (k.since, k.sidecar.name))


def _running_elsewhere(kept: KeptCase) -> bool:
    """Another copy of the app on this computer that wrote it is still running (it saves them
    itself: offering them here too would save them twice)."""
    if kept.pid is None or kept.pid == os.getpid() or kept.host != socket.gethostname():
        return False
    return _alive(kept.pid)


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform.startswith("win"):  # (os.kill would end the process there)
        import ctypes

        kernel = ctypes.windll.kernel32
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            return bool(kernel.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
        finally:
            kernel.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # (someone else's process: it exists)
        return True
    return True


# -- saving ----------------------------------------------------------------------------------
def save_pending(store: Any, pending: KeptCase, resolve: Callable[[FieldConflictError], str]) -> Saved:
    """Apply ``pending``'s edits in order, as the window would have: a field someone changed
    meanwhile is ``resolve``d ("mine" writes it, anything else keeps theirs and skips the edit).
    A case deleted meanwhile, a database that may not be changed, an invalid value or a database
    still away stops, with the reason; the files then keep the edits not saved yet. Once all are
    done the two files go."""
    from .conflicts import save_resolving

    saved = skipped = 0
    for index, edit in enumerate(pending.edits):
        try:
            if save_resolving(store, pending.case_id, edit.after, edit.seen, resolve)[0] is None:
                skipped += 1  # (theirs kept, noted in the history)
                continue
            saved += 1
        except StoreError as error:
            left = pending.edits[index:]
            if index:  # the next try starts where this one stopped
                try:
                    _replace(pending.sidecar, json.dumps(
                        sidecar_data(pending.location, pending.case_id, pending.title, pending.since, left),
                        ensure_ascii=False, indent=1))
                except (OSError, TypeError, ValueError):
                    pass
            return Saved(saved, skipped, len(left), _stopped(pending, edit, error))
    remove(pending.recovery)
    return Saved(saved, skipped, 0, None)


def discard(pending: KeptCase) -> None:
    """The user chose to drop them: both files go."""
    remove(pending.recovery)


def _stopped(pending: KeptCase, edit: KeptEdit, error: StoreError) -> str:
    reason = error.args[0] if len(error.args) == 1 and isinstance(error.args[0], str) else str(error)
    file = str(pending.recovery if pending.recovery.exists() else pending.sidecar)
    if isinstance(error, UnknownCaseError):
        return said("recovery.case_gone", title=pending.title, file=file)
    if isinstance(error, (FieldValueError, ReadOnlyStoreError, ReadOnlyCaseError)):
        return said("recovery.refused", edit=edit.text, title=pending.title, reason=reason, file=file)
    return said("recovery.not_taken", title=pending.title, reason=reason, file=file)

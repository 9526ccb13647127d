"""Every file the app writes goes through here: never half-written, never the open database.

The one rule for output files (case files, decision logs, scorecard PDFs and PNGs, chart PNGs
and SVGs, slides, database backups):

* the bytes go to a unique temporary file in the target's own folder, are flushed and fsynced,
  and only then renamed over the target (and the folder is fsynced), so a full disk, a crash or a
  failing renderer never leaves a truncated file, and an earlier good file stays as it was;
* the temporary file is removed on any failure, whatever raised;
* the target is never the open case database nor its ``-wal``, ``-shm`` or ``-journal`` file
  (compared by resolved path and by file identity, so a symlink or hard link is caught too);
* an existing target keeps its permission bits; a new file gets the usual mode (0666 less the
  umask), never the temporary file's 0600;
* a target that is a symlink is followed only when it points to a file in the same folder; a
  link out of the folder (planted to redirect the export) is refused;
* a failure is one ``OutputError`` (an ``OSError``) whose message names the file and the reason.

Renderers that need a path (SQLite's backup) write to the path ``output_path`` yields; renderers
that can write to memory (Qt's image, SVG and PDF writers) produce bytes for ``write_bytes``, so
their silent write errors cannot reach the disk at all. ``safe_file_name`` turns a case id into a
file name that stays inside the chosen folder. Plain Python: no Qt.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
from pathlib import Path
from typing import Callable, Iterator

from .language import Phrase
from .messages import said as _said

DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal")
MAX_NAME = 80  # characters of a case id kept in a derived file name


class OutputError(OSError):
    """An output file was not written; ``str()`` is one line naming the file and the reason."""

    def __init__(self, path: str | Path, reason: str):  # a Phrase where the app words it (messages.py)
        self.path, self.reason = str(path), reason
        super().__init__(f"{path}: {reason}")

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def _protected(protect) -> list[Path]:
    if protect is None:
        return []
    if isinstance(protect, (str, os.PathLike)):
        protect = [protect]
    paths = []
    for db in protect:
        if db is None or str(db) in ("", ":memory:") or str(db).startswith(("postgresql://", "postgres://")):
            continue  # (a team database is on its server: no file here to protect)
        db = Path(db)
        try:
            bases = {db, db.resolve()}
        except (OSError, RuntimeError):
            bases = {db}
        for base in bases:
            paths.extend(Path(f"{base}{suffix}") for suffix in DATABASE_COMPANIONS)
    return paths


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.resolve() == b.resolve():
            return True
        return os.path.samefile(a, b)
    except (OSError, ValueError, RuntimeError):  # RuntimeError: a symlink loop
        return False


def check_target(path: str | Path, protect=None) -> Path:
    """The file to replace, checked: returns the real path to write (a symlink's target within
    the same folder, else ``path`` itself). Raises ``OutputError`` when it must not be written."""
    path = Path(path)
    if str(path) == "" or path.name in ("", ".", ".."):
        raise OutputError(path, _said("output.no_name"))
    for db in _protected(protect):
        if _same_file(path, db):
            raise OutputError(path, _said("output.database"))
    if path.is_symlink():
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError):
            raise OutputError(path, _said("output.link_nowhere")) from None
        if real.parent != path.parent.resolve():
            raise OutputError(path, _said("output.link_outside", target=str(real)))
        if real.exists() and not real.is_file():
            raise OutputError(path, _said("output.link_not_file"))
        path = path.parent / real.name
    if path.is_dir():
        raise OutputError(path, _said("output.folder"))
    if path.exists() and not path.is_file():
        raise OutputError(path, _said("output.not_regular"))
    if not path.parent.is_dir():
        raise OutputError(path, _said("output.no_folder"))
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise OutputError(path, _said("output.not_allowed"))
    return path


def _new_file_mode() -> int:
    """0666 less the umask (read without changing it where the system allows)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every system lets a folder be opened and synced
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)



# the OS failures a user meets most, said in French and German in our words; in English the
# OS's own text stays (the command line and the logs have always shown it)
_OS_KEYS = {errno.ENOSPC: "output.os.no_space", errno.EACCES: "output.os.denied", errno.EPERM: "output.os.denied",
            errno.EROFS: "output.os.read_only", errno.ENOENT: "output.os.missing",
            errno.ENAMETOOLONG: "output.os.name_too_long", errno.EISDIR: "output.os.is_folder"}
if hasattr(errno, "EDQUOT"):  # not on every system
    _OS_KEYS[errno.EDQUOT] = "output.os.quota"


def _reason(error: BaseException) -> Phrase:
    if isinstance(error, OSError) and error.strerror:
        return _said(_OS_KEYS.get(error.errno, "output.failed"), os_text=str(error.strerror))
    text = " ".join(str(error).split()) or type(error).__name__
    return _said("output.failed", os_text=text)


@contextlib.contextmanager
def output_path(path: str | Path, protect=None, *, check: Callable[[Path], bool] | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` for a writer that needs a path; when the block ends
    without error the file is checked (not empty, ``check`` passes), fsynced and renamed over
    ``path``. Any failure removes the temporary file and raises ``OutputError``."""
    target = check_target(path, protect)
    try:
        mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else _new_file_mode()
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name[:60]}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
    except OSError as error:
        raise OutputError(path, _reason(error)) from None
    tmp = Path(tmp_name)
    try:
        yield tmp
        if tmp.stat().st_size == 0:
            raise OutputError(path, _said("output.nothing_written"))
        if check is not None and not check(tmp):
            raise OutputError(path, _said("output.incomplete"))
        with open(tmp, "rb+") as handle:
            os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
        check_target(path, protect)  # nothing was swapped in meanwhile
        os.replace(tmp, target)
        tmp = None
        _fsync_folder(target.parent)
    except OutputError:
        raise
    except Exception as error:  # ENOSPC, a renderer's or pypdf's exception: one clear line
        raise OutputError(path, _reason(error)) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()


def write_bytes(path: str | Path, data: bytes, protect=None) -> Path:
    """Write ``data`` to ``path`` by the rules above; returns ``path``."""
    if not data:
        raise OutputError(path, _said("output.nothing_to_write"))
    with output_path(path, protect) as tmp:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
    return Path(path)


def write_text(path: str | Path, text: str, protect=None) -> Path:
    """UTF-8 text with "\\n" line ends, written by the rules above."""
    return write_bytes(path, text.encode("utf-8"), protect)


def prepare_folder(folder: str | Path, protect=None) -> Path:
    """A folder for several output files: created if missing; never the database file."""
    folder = Path(folder)
    for db in _protected(protect):
        if _same_file(folder, db):
            raise OutputError(folder, _said("folder.database"))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(folder, _said("folder.create_failed", os_text=str(error.strerror or error))) from None
    if not os.access(folder, os.W_OK):
        raise OutputError(folder, _said("folder.not_allowed"))
    return folder


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_file_name(stem: str, suffix: str = "", used: set[str] | None = None, limit: int = MAX_NAME) -> str:
    """A file name made from ``stem`` (e.g. a case id) that stays in its folder: only letters,
    digits, ``-``, ``_`` and ``.``; no leading ``.`` or ``-``; at most ``limit`` characters;
    unique (case-insensitively) among ``used``, which it updates."""
    name = _UNSAFE.sub("_", stem).lstrip(".-_")[:limit].rstrip(".") or "case"
    candidate, n = name + suffix, 2
    if used is not None:
        while candidate.lower() in used:
            candidate = f"{name}-{n}{suffix}"
            n += 1
        used.add(candidate.lower())
    return candidate

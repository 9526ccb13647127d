"""The case exchange format (SPEC.md §8): reading and writing case files, with errors a user can act on.

Parsing is strict and total: whatever the bytes are, the result is a valid ``Case`` or a
``CaseFileError`` that names the file, the field and the problem. Nothing here writes anywhere.

Versions 1, 2 and 3 are read (``case.VERSION_1`` …); a key a later version added
(``VERSION_2_SECTIONS``, ``VERSION_3_KEYS``) is refused in an earlier version's file, and a case
is written as the lowest version that holds it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .case import FORMAT, LATEST_VERSION, STORED, VERSION_1, VERSION_2, VERSION_3, Case
from .exchange_error import CaseFileError

MAX_FILE_BYTES = 20 * 1024 * 1024


def _field_path(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc) or "(top level)"


def _first_error(source: str, error: ValidationError) -> CaseFileError:
    problems = error.errors(include_url=False, include_input=False)
    first = problems[0]
    message = first["msg"]
    if first["type"] == "extra_forbidden":
        message = "unknown key (not part of the rdw-case format)"
    more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
    return CaseFileError(source, message + more, _field_path(first["loc"]))


VERSION_2_SECTIONS = ("workshop", "evidence", "snapshots")  # the top-level sections version 2 added
# the keys version 3 added, as dotted paths (section.key, or a top-level key)
VERSION_3_KEYS = ("provenance.ratings", "provenance.note", "ambition.builds_on", "ambition.level_notes", "actors")


def _is_empty(value: Any) -> bool:
    return value is None or value == [] or value == {}


def _holds(data: dict[str, Any], path: str, counting_empty: bool) -> bool:
    *sections, key = path.split(".")
    node: Any = data
    for section in sections:
        node = node.get(section) if isinstance(node, dict) else None
    return isinstance(node, dict) and key in node and (counting_empty or not _is_empty(node[key]))


def _version_needed(data: dict[str, Any], *, counting_empty: bool = True) -> tuple[int, str]:
    """The lowest version that holds ``data``, and what needs it. With ``counting_empty=False``
    an empty key (null, [] or {}) counts as absent, as it is written. A snapshot keeps its case
    in that case's own version, which the file needs too."""
    needed, why = VERSION_1, "nothing"
    for version, paths in ((VERSION_3, VERSION_3_KEYS), (VERSION_2, VERSION_2_SECTIONS)):
        present = [path for path in paths if _holds(data, path, counting_empty)]
        if present:
            needed, why = version, f"the {present[0]} section" if version == VERSION_2 else f"the key {present[0]}"
            break
    in_snapshots = _snapshots_version(data)
    if in_snapshots > needed:
        return in_snapshots, f"a snapshot of a version-{in_snapshots} case"
    return needed, why


def _snapshots_version(data: dict[str, Any]) -> int:
    """The highest format_version of the cases a file's snapshots hold (1 if none says more)."""
    snapshots = data.get("snapshots")
    versions = [snapshot["case"].get("format_version") for snapshot in snapshots if isinstance(snapshot, dict)
                and isinstance(snapshot.get("case"), dict)] if isinstance(snapshots, list) else []
    return max((v for v in versions if type(v) is int and VERSION_1 <= v <= LATEST_VERSION), default=VERSION_1)


def case_from_data(data: Any, source: str = "case", *, imported: bool = False) -> Case:
    """Validate already-decoded JSON; checks format and version first, for a clearer message.

    A key that a later version added is refused in an earlier version's file. The case is read
    as the lowest version that holds it (``format_version`` as ``case_to_data`` writes it).

    ``imported``: the data comes from outside (a file; ``case_from_bytes`` sets it), so
    ``format_version`` is required, the id must pass ``case.case_id_problem`` and every
    snapshot's case must be a valid case itself. Without it (a document this app stored, a
    snapshot it took) an id that an older version let in is still read, so nobody is locked
    out of their own case."""
    if not isinstance(data, dict):
        raise CaseFileError(source, f"expected a JSON object, found {type(data).__name__}")
    if data.get("format") != FORMAT:
        raise CaseFileError(source, f"not an rdw-case file (format must be \"{FORMAT}\")", "format")
    if imported and "format_version" not in data:
        raise CaseFileError(source, "required: the number 1, 2 or 3 (the file gives none)", "format_version")
    version = data.get("format_version", VERSION_1)  # absent (a stored document only): version 1
    if isinstance(version, bool):
        raise CaseFileError(source, "must be the number 1, 2 or 3, not true/false", "format_version")
    if type(version) is not int:  # 1.0, 2.0 and 1E0 decode as floats; "1" is a string
        raise CaseFileError(source, f"must be the whole number 1, 2 or 3, not {json.dumps(version)[:40]}",
                            "format_version")
    if isinstance(version, int) and version > LATEST_VERSION:
        raise CaseFileError(
            source,
            f"format_version {version} is newer than this app reads ({LATEST_VERSION}); "
            "update Reverse Dependency Workbench to open it",
            "format_version",
        )
    if isinstance(version, int) and version >= VERSION_1:
        needed, what = _version_needed(data)
        if version < needed:
            said = f"this file says {version}" if "format_version" in data else "this file gives none"
            raise CaseFileError(source, f"{what} needs format_version {needed} ({said})", "format_version")
        data = {**data, "format_version": _version_needed(data, counting_empty=False)[0]}
    try:
        case = Case.model_validate(data, context=None if imported else STORED)
    except ValidationError as error:
        raise _first_error(source, error) from None
    except (RecursionError, ValueError, TypeError) as error:  # pathological nesting or values
        raise CaseFileError(source, f"cannot be read: {error}") from None
    if imported:
        _check_snapshot_cases(data, source)
    if case.workshop is not None and case.workshop.tallies:  # an earlier version's "i1" … tallies
        from .workshop import has_positional_tallies, upgrade_positional_tallies

        if has_positional_tallies(case.workshop):
            case = upgrade_positional_tallies(case)
    return case


def _check_snapshot_cases(data: dict[str, Any], source: str) -> None:
    """Each snapshot's case is a case file of its own: the same version and model rules
    (format_version required, ids, values), named by its path in the file."""
    for n, snapshot in enumerate(data.get("snapshots") or []):
        try:
            case_from_data(snapshot["case"], source, imported=True)
        except CaseFileError as error:
            inner = f".{error.field}" if error.field else ""
            raise CaseFileError(source, error.problem, f"snapshots.{n}.case{inner}") from None


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``object_pairs_hook``: a key given twice in one object is an error, not "the last wins"."""
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise _DuplicateKey(key)
        data[key] = value
    return data


class _DuplicateKey(ValueError):
    pass


def _lone_surrogate(value: Any, path: tuple[Any, ...] = ()) -> tuple[tuple[Any, ...], str] | None:
    """The path and text of the first string (key or value) holding a lone surrogate: JSON's
    ``"\\ud800"`` escape decodes to one, which is not text and cannot be stored or printed."""
    stack: list[tuple[tuple[Any, ...], Any]] = [(path, value)]
    while stack:
        where, node = stack.pop()
        if isinstance(node, str):
            try:
                node.encode("utf-8")
            except UnicodeEncodeError as error:
                return where, f"U+{ord(node[error.start]):04X}"
        elif isinstance(node, dict):
            for key, item in reversed(list(node.items())):
                stack.append(((*where, key), key))
                stack.append(((*where, key), item))
        elif isinstance(node, list):
            stack.extend(((*where, n), item) for n, item in reversed(list(enumerate(node))))
    return None


def case_from_bytes(raw: bytes, source: str = "case") -> Case:
    if len(raw) > MAX_FILE_BYTES:
        raise CaseFileError(source, f"file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CaseFileError(source, f"not valid UTF-8 text (byte {error.start})") from None
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys)
    except _DuplicateKey as error:
        raise CaseFileError(source, f"not valid: the key '{error.args[0]}' appears twice in one object") from None
    except json.JSONDecodeError as error:
        raise CaseFileError(
            source, f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    except RecursionError:
        raise CaseFileError(source, "not valid JSON: nested too deeply") from None
    except ValueError as error:  # e.g. an integer with more digits than Python will parse
        raise CaseFileError(source, f"not valid JSON: {error}") from None
    bad = _lone_surrogate(data)
    if bad is not None:
        raise CaseFileError(source, f"holds a lone surrogate ({bad[1]}), which is not text", _field_path(bad[0]))
    return case_from_data(data, source, imported=True)


def read_case_file(path: str | Path) -> Case:
    path = Path(path)
    return case_from_bytes(read_bounded(path), str(path))


def read_bounded(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, never more read than limit + 1.

    Opened without blocking (a FIFO would otherwise wait for a writer) and checked with fstat:
    a FIFO, device (``/dev/zero``, ``/dev/urandom``), socket or folder is refused at once, and
    so is a file whose size is over the limit, however big (a sparse 1 GB file is not read)."""
    import os
    import stat

    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise CaseFileError(str(path), f"cannot be read: {error.strerror or error}") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            what = ("a folder" if stat.S_ISDIR(mode) else "a pipe (FIFO)" if stat.S_ISFIFO(mode)
                    else "a socket" if stat.S_ISSOCK(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
                    else "not a regular file")
            raise CaseFileError(str(path), f"is {what}, not a case file")
        too_big = CaseFileError(str(path), f"file is larger than {limit // (1024 * 1024)} MB")
        if os.fstat(fd).st_size > limit:
            raise too_big
        chunks, total = [], 0
        while total <= limit:  # the file may grow while it is read: never more than limit + 1
            chunk = os.read(fd, min(1024 * 1024, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise too_big
        return b"".join(chunks)
    except OSError as error:
        raise CaseFileError(str(path), f"cannot be read: {error.strerror or error}") from None
    finally:
        os.close(fd)


def case_to_data(case: Case) -> dict[str, Any]:
    """The exchange-format object: keys that were never set stay absent (a draft stays small).

    It is written as the lowest version that holds it: 3 with any version-3 key, else 2 with a
    workshop, evidence or snapshots section, else 1; so older readers keep reading what they can.
    """
    data = case.model_dump(mode="json", exclude_unset=True)
    for path in (*VERSION_2_SECTIONS, *VERSION_3_KEYS):  # an empty section or key is none at all
        *sections, key = path.split(".")
        node = data.get(sections[0]) if sections else data
        if isinstance(node, dict) and key in node and _is_empty(node[key]):
            del node[key]
    version, _key = _version_needed(data)
    data["format"] = FORMAT
    data["format_version"] = version
    # format and version lead, as in every file the app writes
    return {"format": FORMAT, "format_version": version, **data}


def case_to_json(case: Case) -> str:
    """Canonical text: 2-space indent, UTF-8 kept literal, trailing newline (stable for diffs)."""
    return json.dumps(case_to_data(case), indent=2, ensure_ascii=False) + "\n"


def write_case_file(case: Case, path: str | Path, protect=None) -> None:
    """Write atomically: a half-written export never replaces a good file; ``protect`` is the
    open database, which an export must never replace."""
    write_text_atomic(Path(path), case_to_json(case), protect)


def write_text_atomic(path: Path, text: str, protect=None) -> None:
    """UTF-8 text written by ``output_files``' rules (temporary file beside ``path``, fsynced,
    renamed over; never the database ``protect``); a failure is a ``CaseFileError``."""
    from .output_files import OutputError, write_text

    try:
        write_text(path, text, protect)
    except OutputError as error:
        raise CaseFileError(error.path, error.reason) from None

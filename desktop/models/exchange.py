"""The case exchange format (SPEC.md §8): reading and writing case files, with errors a user can act on.

Parsing is strict and total: whatever the bytes are, the result is a valid ``Case`` or a
``CaseFileError`` that names the file, the field and the problem. Nothing here writes anywhere.

Its messages are Phrases of ``resources/i18n/errors_import.tsv`` (issue 21): ``str()`` is
the English it always was, and ``messages.in_language`` gives the French or German.

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
from .validation_words import known, problem_words, words

MAX_FILE_BYTES = 20 * 1024 * 1024


def _field_path(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc) or "(top level)"


def _first_error(source: str, error: ValidationError) -> CaseFileError:
    problems = error.errors(include_url=False, include_input=False)
    first = problems[0]
    message = problem_words(first)
    if first["type"] == "extra_forbidden":
        message = words("file.unknown_key")
    if len(problems) > 1:  # the count as a str: no thousands separator, as before
        more = len(problems) - 1
        message = words("more.one" if more == 1 else "more.other", problem=message, count=str(more))
    return CaseFileError(source, message, _field_path(first["loc"]))


def stored_source(case_id: str) -> str:
    """The source named in a stored case's errors: "stored case ID", in French and German too."""
    return words("source.stored_case", case_id=case_id)


def snapshot_source(name: str, case_id: str | None = None) -> str:
    """The source named in a snapshot's errors: "snapshot “NAME”" (of ID)."""
    if case_id is None:
        return words("source.snapshot", snapshot=name)
    return words("source.snapshot_of", snapshot=name, case_id=case_id)


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
            needed, why = version, (words("needs.section", section=present[0]) if version == VERSION_2
                                    else words("needs.key", path=present[0]))
            break
    in_snapshots = _snapshots_version(data)
    if in_snapshots > needed:
        return in_snapshots, words("needs.snapshot", version=str(in_snapshots))
    return needed, why


def _snapshots_version(data: dict[str, Any]) -> int:
    """The highest format_version of the cases a file's snapshots hold (1 if none says more)."""
    snapshots = data.get("snapshots")
    versions = [snapshot["case"].get("format_version") for snapshot in snapshots if isinstance(snapshot, dict)
                and isinstance(snapshot.get("case"), dict)] if isinstance(snapshots, list) else []
    return max((v for v in versions if type(v) is int and VERSION_1 <= v <= LATEST_VERSION), default=VERSION_1)


def case_from_data(data: Any, source: str | None = None, *, imported: bool = False) -> Case:
    """Validate already-decoded JSON; checks format and version first, for a clearer message.

    A key that a later version added is refused in an earlier version's file. The case is read
    as the lowest version that holds it (``format_version`` as ``case_to_data`` writes it).

    ``imported``: the data comes from outside (a file; ``case_from_bytes`` sets it), so
    ``format_version`` is required, the id must pass ``case.case_id_problem`` and every
    snapshot's case must be a valid case itself. Without it (a document this app stored, a
    snapshot it took) an id that an older version let in is still read, so nobody is locked
    out of their own case."""
    if source is None:
        source = words("source.case")
    if not isinstance(data, dict):
        found = type(data).__name__
        raise CaseFileError(source, words("file.not_object", found=known("json_type", found)))
    if data.get("format") != FORMAT:
        raise CaseFileError(source, words("file.format", format=FORMAT), "format")
    if imported and "format_version" not in data:
        raise CaseFileError(source, words("version.required"), "format_version")
    version = data.get("format_version", VERSION_1)  # absent (a stored document only): version 1
    if isinstance(version, bool):
        raise CaseFileError(source, words("version.boolean"), "format_version")
    if type(version) is not int:  # 1.0, 2.0 and 1E0 decode as floats; "1" is a string
        raise CaseFileError(source, words("version.not_whole", given=json.dumps(version)[:40]), "format_version")
    # numbers go in as str below: written as before, without a thousands separator
    if isinstance(version, int) and version > LATEST_VERSION:
        raise CaseFileError(source, words("version.newer", version=str(version), latest=str(LATEST_VERSION)),
                            "format_version")
    if isinstance(version, int) and version >= VERSION_1:
        needed, what = _version_needed(data)
        if version < needed:
            said = words("said.version", version=str(version)) if "format_version" in data else words("said.none")
            raise CaseFileError(source, words("version.needed", what=what, needed=str(needed), said=said),
                                "format_version")
        data = {**data, "format_version": _version_needed(data, counting_empty=False)[0]}
    try:
        case = Case.model_validate(data, context=None if imported else STORED)
    except ValidationError as error:
        raise _first_error(source, error) from None
    except (RecursionError, ValueError, TypeError) as error:  # pathological nesting or values
        raise CaseFileError(source, words("file.unreadable", error=str(error))) from None
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


def case_from_bytes(raw: bytes, source: str | None = None) -> Case:
    if source is None:
        source = words("source.case")
    if len(raw) > MAX_FILE_BYTES:
        raise CaseFileError(source, _too_large(MAX_FILE_BYTES))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CaseFileError(source, words("file.not_utf8", byte=str(error.start))) from None
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys)
    except _DuplicateKey as error:
        raise CaseFileError(source, words("file.duplicate_key", json_key=str(error.args[0]))) from None
    except json.JSONDecodeError as error:  # json's fixed English message as ours where we have it
        raise CaseFileError(source, words("file.json", error=known("json", error.msg), line=str(error.lineno),
                                          column=str(error.colno))) from None
    except RecursionError:
        raise CaseFileError(source, words("file.json_deep")) from None
    except ValueError as error:  # e.g. an integer with more digits than Python will parse
        raise CaseFileError(source, words("file.json_other", error=str(error))) from None
    bad = _lone_surrogate(data)
    if bad is not None:
        raise CaseFileError(source, words("file.surrogate", char=bad[1]), _field_path(bad[0]))
    return case_from_data(data, source, imported=True)


def read_case_file(path: str | Path) -> Case:
    path = Path(path)
    return case_from_bytes(read_bounded(path), str(path))


def _too_large(limit: int) -> str:
    return words("file.too_large", size=str(limit // (1024 * 1024)))


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
        raise CaseFileError(str(path), words("file.unreadable", error=str(error.strerror or error))) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            what = ("folder" if stat.S_ISDIR(mode) else "fifo" if stat.S_ISFIFO(mode)
                    else "socket" if stat.S_ISSOCK(mode) else "device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
                    else "irregular")
            raise CaseFileError(str(path), words(f"file.{what}"))
        too_big = CaseFileError(str(path), _too_large(limit))
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
        raise CaseFileError(str(path), words("file.unreadable", error=str(error.strerror or error))) from None
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

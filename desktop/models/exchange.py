"""The case exchange format (SPEC.md §8): reading and writing case files, with errors a user can act on.

Parsing is strict and total: whatever the bytes are, the result is a valid ``Case`` or a
``CaseFileError`` that names the file, the field and the problem. Nothing here writes anywhere.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .case import FORMAT, FORMAT_VERSION, WORKSHOP_VERSION, Case

MAX_FILE_BYTES = 20 * 1024 * 1024


class CaseFileError(ValueError):
    """A case file that cannot be used; ``str()`` is one line naming file, field and problem."""

    def __init__(self, source: str, problem: str, field: str | None = None):
        self.source, self.problem, self.field = source, problem, field
        where = f"{source}: field '{field}': " if field else f"{source}: "
        super().__init__(where + problem)


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


VERSION_2_SECTIONS = ("workshop", "evidence", "snapshots")  # what format_version 2 added


def case_from_data(data: Any, source: str = "case") -> Case:
    """Validate already-decoded JSON; checks format and version first, for a clearer message."""
    if not isinstance(data, dict):
        raise CaseFileError(source, f"expected a JSON object, found {type(data).__name__}")
    if data.get("format") != FORMAT:
        raise CaseFileError(source, f"not an rdw-case file (format must be \"{FORMAT}\")", "format")
    version = data.get("format_version")
    if isinstance(version, bool):
        raise CaseFileError(source, "must be the number 1 or 2, not true/false", "format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > WORKSHOP_VERSION:
        raise CaseFileError(
            source,
            f"format_version {version} is newer than this app reads ({WORKSHOP_VERSION}); "
            "update Reverse Dependency Workbench to open it",
            "format_version",
        )
    newer = [key for key in VERSION_2_SECTIONS if key in data]
    if newer and version == FORMAT_VERSION:
        raise CaseFileError(source, f"the {newer[0]} section needs format_version {WORKSHOP_VERSION}",
                            "format_version")
    try:
        return Case.model_validate(data)
    except ValidationError as error:
        raise _first_error(source, error) from None
    except (RecursionError, ValueError, TypeError) as error:  # pathological nesting or values
        raise CaseFileError(source, f"cannot be read: {error}") from None


def case_from_bytes(raw: bytes, source: str = "case") -> Case:
    if len(raw) > MAX_FILE_BYTES:
        raise CaseFileError(source, f"file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CaseFileError(source, f"not valid UTF-8 text (byte {error.start})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise CaseFileError(
            source, f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    except RecursionError:
        raise CaseFileError(source, "not valid JSON: nested too deeply") from None
    except ValueError as error:  # e.g. an integer with more digits than Python will parse
        raise CaseFileError(source, f"not valid JSON: {error}") from None
    return case_from_data(data, source)


def read_case_file(path: str | Path) -> Case:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise CaseFileError(str(path), f"cannot be read: {error.strerror or error}") from None
    return case_from_bytes(raw, str(path))


def case_to_data(case: Case) -> dict[str, Any]:
    """The exchange-format object: keys that were never set stay absent (a draft stays small)."""
    data = case.model_dump(mode="json", exclude_unset=True)
    for key in VERSION_2_SECTIONS:
        if not data.get(key):  # an empty section is no section
            data.pop(key, None)
    # version 2 only where it is needed, so version-1 readers keep reading what they can
    version = WORKSHOP_VERSION if any(key in data for key in VERSION_2_SECTIONS) else FORMAT_VERSION
    data["format"] = FORMAT
    data["format_version"] = version
    # format and version lead, as in every file the app writes
    return {"format": FORMAT, "format_version": version, **data}


def case_to_json(case: Case) -> str:
    """Canonical text: 2-space indent, UTF-8 kept literal, trailing newline (stable for diffs)."""
    return json.dumps(case_to_data(case), indent=2, ensure_ascii=False) + "\n"


def write_case_file(case: Case, path: str | Path) -> None:
    """Write atomically: a half-written export never replaces a good file."""
    write_text_atomic(Path(path), case_to_json(case))


def write_text_atomic(path: Path, text: str) -> None:
    """Write to a unique temporary file beside ``path``, flush it to disk, then rename over."""
    tmp_name = None
    try:
        if path.is_dir():
            raise IsADirectoryError(21, "is a folder, not a file")
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as error:
        raise CaseFileError(str(path), f"cannot be written: {error.strerror or error}") from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)

"""What ``rdw`` prints, shared by the commands: UTF-8 on any console, exact bytes for files,
tables that line up with wide (CJK) characters, and a case as readable plain text.

Kept apart from the commands so that every command module (and ``main``, which makes the
console streams UTF-8-safe) can use it without importing another command module or ``main``.
"""

from __future__ import annotations

import sys
import unicodedata
from typing import Sequence

from ..models import provenance as prov
from ..models.case import Case, Leverage
from ..models.scales import Level, Pillar
from ..models.text import escape_json_text, one_line, terminal_text

NOT_ASSESSED = "—"
_PROBE = "Rühlig — 光刻机"  # what cases contain: accents, dashes, CJK
_KEY_WIDTH = 34  # fits "  Production & commercialisation:"


# -- output plumbing ----------------------------------------------------------------------
def ensure_utf8(stream) -> None:
    """A stream that cannot encode case text (ASCII/latin-1 locales, PYTHONIOENCODING) is switched
    to UTF-8 with replacement, so printing a Chinese title never crashes a command."""
    encoding = getattr(stream, "encoding", None) or "ascii"
    try:
        _PROBE.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def say(*parts: object, file=None) -> None:
    """``print`` for every line a command shows that may hold user or imported text (titles,
    ids, names, reasons, file content in an error): through ``terminal_text``, so an escape
    sequence, OSC 52 clipboard write or bidi override in a case file never reaches the
    terminal; newlines and tabs are kept, Chinese and every other printable character too."""
    print(terminal_text(" ".join(str(p) for p in parts)), file=file)


def say_json(value: object) -> None:
    """JSON for ``--json``: the same value, with the characters a terminal would act on
    written as ``\\uXXXX`` escapes (JSON already escapes C0 controls; this adds C1, DEL, bidi
    and other format characters)."""
    import json

    print(escape_json_text(json.dumps(value, indent=2, ensure_ascii=False)))


def emit_exact(text: str) -> None:
    """Write canonical UTF-8 bytes (no newline translation, no locale encoding), so that
    ``rdw show --json X > x.json`` gives the same bytes as ``export-case`` on every platform."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def display_width(text: str) -> int:
    """Terminal columns: East Asian wide characters take two, combining marks none."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def text_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    cells = [[one_line(c) for c in row] for row in [headers, *rows]]
    widths = [max(display_width(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for row in cells:
        padded = [c + " " * (w - display_width(c)) for c, w in zip(row, widths)]
        lines.append("  ".join(padded).rstrip())
    return "\n".join(lines)


# -- plain-text rendering (the GUI may reuse this for a copyable summary) ------------------
def token_label(value) -> str:
    if value is None:
        return NOT_ASSESSED
    if isinstance(value, bool):
        return "yes" if value else "no"
    return getattr(value, "label", str(value))


def token_labels(values) -> str:
    return ", ".join(token_label(v) for v in values) if values else NOT_ASSESSED


def heading(name: str) -> str:
    return name.replace("_", " ").capitalize()


def case_kind(is_reference: bool) -> str:
    return "reference" if is_reference else "mine"


def format_case_text(case: Case) -> str:
    """A readable plain-text summary of a case; ``—`` marks what is not yet assessed."""
    title = one_line(case.title)
    out: list[str] = [title, "=" * min(display_width(title), 78)]

    def field(name: str, value: object) -> None:
        key = name + ":"
        out.append(key + " " * max(1, _KEY_WIDTH - display_width(key)) + one_line(value))

    def rated(text: str, path: str) -> str:
        """A reference case's value with its provenance mark ("very hard ○"), see the legend."""
        return text if text == NOT_ASSESSED else prov.marked(text, prov.rating_provenance(case, path))

    field("id", case.id)
    field("area", case.technology_area or NOT_ASSESSED)
    if case.actors:  # only when the case says who should act
        field("who should act", token_labels(case.actors))
    field("kind", case_kind(case.is_reference))
    field("status", case.status.value)
    if case.reference is not None:
        field("citation", case.reference.citation)
        field("chapter", case.reference.chapter)
        field("authors", ", ".join(case.reference.authors) or NOT_ASSESSED)
    for part in ("strength", "leverage", "ambition"):  # only without per-value marks (see provenance.step_summary)
        if prov.step_summary(case, part) is not None:
            field(f"provenance ({part})", token_label(prov.step_summary(case, part)))
    if prov.has_marks(case):
        field("rating marks", prov.LEGEND)

    out += ["", "Strength"]
    for pillar in Pillar:
        p = case.strength.pillar(pillar)
        if p.present is None:
            text = NOT_ASSESSED
        elif not p.present:
            text = "not a strength"
        else:
            text = f"stance {token_label(p.stance)}, likelihood {rated(token_label(p.likelihood), f'strength.pillars.{pillar.value}.likelihood')}"
        field(f"  {pillar.label}", text)
    field("  Types", rated(token_labels(case.strength.types), "strength.types"))

    out += ["", "Leverage"]
    for name in Leverage.FACTORS:
        value = getattr(case.leverage, name)
        field(f"  {heading(name)}", rated(token_labels(value) if isinstance(value, list) else token_label(value),
                                          f"leverage.{name}"))
    field("  Degree", rated(token_label(case.leverage.degree), "leverage.degree"))

    out += ["", "Ambition"]
    for level in Level:
        field(f"  {level.label}", rated(token_label(case.ambition.feasibility.get(level)), f"ambition.feasibility.{level.value}"))
    field("  Chosen level", rated(token_label(case.ambition.chosen_level), "ambition.chosen_level"))
    autonomy = case.ambition.entanglement_autonomy
    field("  Entanglement/autonomy", NOT_ASSESSED if autonomy is None else rated(f"{autonomy}/100", "ambition.entanglement_autonomy"))

    out += ["", rated("Instruments", "instruments") if case.instruments else "Instruments"]
    if not case.instruments:
        out.append(f"  {NOT_ASSESSED}")
    for level in Level:
        chosen = case.instruments_for(level)
        if chosen:
            out.append(f"  {level.label}")
            lower = case.ambition.builds_on.get(level)
            if lower is not None:
                out.append(f"    {prov.builds_on_line(lower)}")
            out += [f"    - [{i.ppp.label}] {one_line(i.text)}" for i in chosen]
            if case.ambition.level_notes.get(level):
                out.append(f"    Note: {one_line(case.ambition.level_notes[level])}")
    note = prov.note(case)  # how a reference case was read: here and in the summary pane only
    if note:
        import textwrap

        out += ["", prov.NOTE_TITLE, *textwrap.wrap(one_line(note), 78, initial_indent="  ", subsequent_indent="  ")]
    return "\n".join(out)

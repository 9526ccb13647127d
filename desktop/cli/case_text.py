"""``rdw show``: a case as readable plain text (the GUI may reuse it for a copyable summary).

Apart from ``output`` because it needs the case models, which the commands that only list or
print help never load."""

from __future__ import annotations

from ..models import provenance as prov
from ..models.case import Case, Leverage
from ..models.scales import Level, Pillar
from ..models.text import one_line
from .output import NOT_ASSESSED, case_kind, display_width, token_label, token_labels

_KEY_WIDTH = 34  # fits "  Production & commercialisation:"


def heading(name: str) -> str:
    return name.replace("_", " ").capitalize()



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

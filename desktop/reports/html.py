"""Scorecards as HTML for the clipboard: pasted into Word, Outlook or LibreOffice they become real,
editable tables. Scorecard 1 and Scorecard 2 are tables whose coloured cells also carry their
labels (a black-and-white print still says everything), with the colours inline (``bgcolor`` and
``style``: mail programs drop style sheets). Every user text is escaped, so a title such as
``<b>光刻机</b>`` is pasted exactly as typed. Plain Python, no Qt: ``views/export/clipboard`` puts
this on the clipboard beside an image of the pages.

``scorecards_text`` is the same content as plain text, for a plain-text field.
"""

from __future__ import annotations

from html import escape

from ..models.palette import NEUTRAL, colours_for
from ..models.provenance import marked
from ..models.scales import LeverageDegree
from ..models.scorecard import FEASIBILITY_LEGEND, LIKELIHOOD_LEGEND, Context, LevelColumn, PillarRow, Scorecard

INK, MUTED, NAVY, RULE = "#1f2328", "#4a4f57", "#1a3d6d", "#b8c2d0"
FONT = "font-family:'DejaVu Sans',Calibri,Arial,'Microsoft YaHei','WenQuanYi Micro Hei',sans-serif"
TABLE = f'border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;border:1px solid {RULE};{FONT};font-size:10pt"'


def _e(text: str) -> str:
    """User text as HTML text: escaped, line breaks kept."""
    return escape(text, quote=True).replace("\r\n", "\n").replace("\n", "<br>")


def _cell(text: str, colours: tuple[str, str] | None = None, *, bold: bool = False, header: bool = False,
          colspan: int = 1, align: str = "left", width: str = "") -> str:
    tag = "th" if header else "td"
    style = [f"border:1px solid {RULE}", f"text-align:{align}", "vertical-align:top", FONT, "font-size:9.5pt"]
    attrs = []
    if colours is not None:
        bg, fg = colours
        attrs.append(f'bgcolor="{bg}"')
        style += [f"background-color:{bg}", f"color:{fg}"]
    if bold or header:
        style.append("font-weight:bold")
    if colspan > 1:
        attrs.append(f'colspan="{colspan}"')
    if width:
        attrs.append(f'width="{width}"')
    return f'<{tag} {" ".join(attrs)} style="{";".join(style)}">{text}</{tag}>'.replace(f"<{tag}  ", f"<{tag} ")


def _note(text: str) -> str:
    return f'<p style="{FONT};font-size:8pt;color:{MUTED};margin:2pt 0 8pt 0">{_e(text)}</p>'


def _heading(text: str, level: int = 2) -> str:
    size = {1: "16pt", 2: "12.5pt", 3: "10.5pt"}[level]
    return (f'<h{level} style="{FONT};font-size:{size};color:{NAVY if level > 1 else INK};margin:10pt 0 4pt 0">'
            f"{_e(text)}</h{level}>")


def _header(card: Scorecard) -> list[str]:
    out = []
    if card.banner:
        out.append(f'<p style="{FONT};font-size:9.5pt;font-weight:bold;text-align:center">{_e(card.banner)}</p>')
    out.append(_heading(card.title, 1))
    out.append(f'<p style="{FONT};font-size:10pt;color:{MUTED};margin:0">Technology field: {_e(card.technology_area)}</p>')
    if card.actors:
        out.append(f'<p style="{FONT};font-size:9pt;color:{MUTED};margin:0">Who should act: {_e(", ".join(card.actors))}</p>')
    who = ", ".join(x for x in (card.author, card.organisation) if x)
    version = f"Assessment version {card.version}" if card.version.isdigit() else card.version
    meta = " · ".join(x for x in (f"Assessed by {who}" if who else "", card.date, version) if x)
    out.append(_note(meta))
    if card.source_note:
        out.append(_note(card.source_note))
    return out


def _context(context: Context) -> list[str]:
    out = [_heading("Context")]
    if context.empty:
        return out + [f'<p style="{FONT};font-size:9.5pt">{_e(Context.EMPTY_LINE)}</p>']
    for label, text in (("Summary", context.summary), ("China's dependency", context.china_dependency)):
        if text:
            out.append(f'<p style="{FONT};font-size:9.5pt"><b>{label}:</b> {_e(text)}</p>')
    if context.key_facts:
        items = "".join(f"<li>{_e(fact)}</li>" for fact in context.key_facts)
        out.append(f'<p style="{FONT};font-size:9.5pt;margin-bottom:0"><b>Key facts:</b></p>'
                   f'<ul style="{FONT};font-size:9.5pt;margin-top:0">{items}</ul>')
    return out


def _pillar_cells(row: PillarRow) -> str:
    if row.present is False:
        return _cell(f'<span style="color:{MUTED}">Not a source of strength</span>', colspan=2, align="center")
    cells = []
    for stance in ("maintain", "regain_develop"):
        if row.stance is not None and row.stance.value == stance:
            if row.likelihood is None:
                cells.append(_cell("likelihood not rated", NEUTRAL, align="center"))
            else:
                label = marked(f"{row.likelihood.label} likelihood", row.provenance)
                cells.append(_cell(_e(label), colours_for(row.likelihood), bold=True, align="center"))
        elif row.present is None or row.stance is None:
            cells.append(_cell(f'<span style="color:{MUTED}">— not rated</span>', align="center"))
        else:
            cells.append(_cell("&nbsp;", align="center"))
    return "".join(cells)


def scorecard_1_html(card: Scorecard) -> str:
    """Scorecard 1: pillars (stance × likelihood), types of strength, degree of leverage."""
    rows = [f"<tr>{_cell('Pillar of strength', header=True, width='40%')}{_cell('Maintain', header=True, align='center', width='30%')}"
            f"{_cell('Regain / develop', header=True, align='center', width='30%')}</tr>"]
    rows += [f"<tr>{_cell(_e(row.label), bold=True)}{_pillar_cells(row)}</tr>" for row in card.pillars]
    out = [_heading("Scorecard 1 · Technological strength and leverage"),
           f'<table {TABLE} width="100%">{"".join(rows)}</table>', _note(LIKELIHOOD_LEGEND)]
    if card.marks_1:
        out.append(_note(card.provenance_legend))
    types = [f"<tr>{_cell(_e(marked('Types of strength', card.types_provenance)), header=True, colspan=2)}</tr>"]
    for pair in range(0, len(card.types), 2):
        cells = "".join(_cell(("☑ " if on else "☐ ") + _e(label), bold=on, width="50%")
                        for label, on in card.types[pair:pair + 2])
        types.append(f"<tr>{cells}</tr>")
    out.append(f'<table {TABLE} width="100%">{"".join(types)}</table>')
    degree = card.leverage
    chosen = marked(degree.label, card.leverage_provenance) if degree else "not rated"
    steps = "".join(_cell(("▼ " if step is degree else "") + _e(step.label), colours_for(step) if step is degree else None,
                          bold=step is degree, align="center", width="20%") for step in LeverageDegree)
    out.append(f'<p style="{FONT};font-size:10pt;font-weight:bold;margin:8pt 0 2pt 0">Degree of European leverage: '
               f"{_e(chosen)}</p>")
    out.append(f'<table {TABLE} width="100%"><tr>{steps}</tr></table>')
    return "".join(out)


def _level_body(col: LevelColumn) -> str:
    parts = []
    if col.shows_none:
        parts.append(f'<span style="color:{MUTED}">{_e(col.empty_text)}</span>')
    else:
        if col.builds_on_line:
            parts.append(f"<p style=\"margin:0 0 3pt 0\">{_e(col.builds_on_line)}</p>")
        for ppp, text in col.recommendations:
            parts.append(f'<p style="margin:0 0 3pt 0"><b style="color:{MUTED}">[{_e(ppp)}]</b> {_e(text)}</p>')
        if col.omitted:
            parts.append(f'<p style="margin:0 0 3pt 0"><b>{_e(col.omitted_line)}</b></p>')
    if col.note:
        parts.append(f'<p style="margin:3pt 0 0 0"><i>{_e(col.note)}</i></p>')
    return "".join(parts)


def scorecard_2_html(card: Scorecard) -> str:
    """Scorecard 2: the four levels with their feasibility and core recommendations."""
    names, chips, bodies = [], [], []
    for n, col in enumerate(card.levels, start=1):
        name = f"{n}. {col.level.label}"
        if col.chosen:
            name += "  " + marked("★ chosen", col.chosen_provenance)
        names.append(_cell(_e(name), header=True, width="25%"))
        if col.feasibility is None:
            chips.append(_cell(f'<span style="color:{MUTED}">— not rated</span>', align="center"))
        else:
            chips.append(_cell(_e(marked(col.feasibility.label, col.provenance)), colours_for(col.feasibility),
                               bold=True, align="center"))
        lead = ""
        if col.recommendations_provenance is not None:  # a reference case's: where the list comes from
            lead = f'<p style="margin:0 0 3pt 0;color:{MUTED}">{_e(marked("Recommendations", col.recommendations_provenance))}</p>'
        bodies.append(_cell(lead + _level_body(col)))
    table = f'<table {TABLE} width="100%"><tr>{"".join(names)}</tr><tr>{"".join(chips)}</tr><tr>{"".join(bodies)}</tr></table>'
    out = [_heading("Scorecard 2 · Level of ambition and core recommendations"), table, _note(FEASIBILITY_LEGEND)]
    if card.marks_2:
        out.append(_note(card.provenance_legend))
    return "".join(out)


def scorecard_html(card: Scorecard) -> str:
    """One case: heading, context (when asked for), Scorecards 1 and 2, the optional sections."""
    out = _header(card)
    if card.context is not None:
        out += _context(card.context)
    out += [scorecard_1_html(card), scorecard_2_html(card)]
    for title, lines in card.extra_sections:
        out.append(_heading(title))
        out += [f'<p style="{FONT};font-size:9.5pt;margin:0 0 4pt 0">{_e(line)}</p>' for line in lines]
    out.append(_note(card.citation))
    return "\n".join(out)


def scorecards_html(cards: list[Scorecard]) -> str:
    """A whole HTML document (UTF-8) with every card, one after the other."""
    body = '\n<hr style="border:0;border-top:1px solid #b8c2d0">\n'.join(scorecard_html(card) for card in cards)
    title = "Scorecards: " + ", ".join(card.title for card in cards)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
            f"<title>{_e(title)}</title></head>\n<body style=\"{FONT};color:{INK}\">\n{body}\n</body></html>\n")


def scorecards_text(cards: list[Scorecard]) -> str:
    """The same content as plain text (what a plain-text field gets)."""
    out: list[str] = []
    for card in cards:
        out += [card.title, f"Technology field: {card.technology_area}", ""]
        if card.context is not None:
            c = card.context
            out += ["Context"] + ([Context.EMPTY_LINE] if c.empty else [
                *([f"Summary: {c.summary}"] if c.summary else []),
                *([f"China's dependency: {c.china_dependency}"] if c.china_dependency else []),
                *(f"- {fact}" for fact in c.key_facts)]) + [""]
        out.append("Scorecard 1 · Technological strength and leverage")
        for row in card.pillars:
            if row.present is False:
                value = "not a source of strength"
            elif row.stance is None:
                value = "not rated"
            else:
                likelihood = marked(row.likelihood.label, row.provenance) if row.likelihood else "not rated"
                value = f"{row.stance.label}, {likelihood} likelihood"
            out.append(f"  {row.label}: {value}")
        out.append("  Types of strength: " + (", ".join(label for label, on in card.types if on) or "none"))
        out.append("  Degree of European leverage: "
                   + (marked(card.leverage.label, card.leverage_provenance) if card.leverage else "not rated"))
        out += ["", "Scorecard 2 · Level of ambition and core recommendations"]
        for n, col in enumerate(card.levels, start=1):
            feasibility = marked(col.feasibility.label, col.provenance) if col.feasibility else "not rated"
            out.append(f"  {n}. {col.level.label}: {feasibility}" + (" (chosen)" if col.chosen else ""))
            if col.shows_none:
                out.append(f"     {col.empty_text}")
            else:
                if col.builds_on_line:
                    out.append(f"     {col.builds_on_line}")
                out += [f"     [{ppp}] {text}" for ppp, text in col.recommendations]
                if col.omitted:
                    out.append(f"     {col.omitted_line}")
            if col.note:
                out.append(f"     {col.note}")
        out += ["", card.citation, ""]
    return "\n".join(out).rstrip() + "\n"

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
from ..models.scales import LeverageDegree, Stance
from ..models.scorecard import Context, LevelColumn, PillarRow, Scorecard
from ..models.scorecard_words import Words

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
    w = card.words
    out.append(_heading(card.title, 1))
    out.append(f'<p style="{FONT};font-size:10pt;color:{MUTED};margin:0">{_e(w("header.field", area=card.technology_area))}</p>')
    if card.actors:
        out.append(f'<p style="{FONT};font-size:9pt;color:{MUTED};margin:0">{_e(w("header.actors", actors=", ".join(card.actors)))}</p>')
    who = ", ".join(x for x in (card.author, card.organisation) if x)
    version = w("header.version", version=card.version) if card.version.isdigit() else card.version
    meta = " · ".join(x for x in (w("header.by", who=who) if who else "", card.date, version) if x)
    out.append(_note(meta))
    if card.source_note:
        out.append(_note(card.source_note))
    return out


def _context(context: Context, w: Words) -> list[str]:
    out = [_heading(w("context.title"))]
    if context.empty:
        return out + [f'<p style="{FONT};font-size:9.5pt">{_e(w("context.empty"))}</p>']
    for label, text in ((w("context.summary"), context.summary), (w("context.dependency"), context.china_dependency)):
        if text:
            out.append(f'<p style="{FONT};font-size:9.5pt"><b>{_e(w("label", label=label))}</b> {_e(text)}</p>')
    if context.key_facts:
        items = "".join(f"<li>{_e(fact)}</li>" for fact in context.key_facts)
        out.append(f'<p style="{FONT};font-size:9.5pt;margin-bottom:0"><b>{_e(w("label", label=w("context.key_facts")))}</b></p>'
                   f'<ul style="{FONT};font-size:9.5pt;margin-top:0">{items}</ul>')
    return out


def _pillar_cells(row: PillarRow, w: Words) -> str:
    if row.present is False:
        return _cell(f'<span style="color:{MUTED}">{_e(w("sc1.not_source"))}</span>', colspan=2, align="center")
    cells = []
    for stance in ("maintain", "regain_develop"):
        if row.stance is not None and row.stance.value == stance:
            if row.likelihood is None:
                cells.append(_cell(_e(w("sc1.likelihood_not_rated")), NEUTRAL, align="center"))
            else:
                label = marked(w.likelihood(row.likelihood), row.provenance)
                cells.append(_cell(_e(label), colours_for(row.likelihood), bold=True, align="center"))
        elif row.present is None or row.stance is None:
            cells.append(_cell(f'<span style="color:{MUTED}">{_e(w("dash_not_rated"))}</span>', align="center"))
        else:
            cells.append(_cell("&nbsp;", align="center"))
    return "".join(cells)


def scorecard_1_html(card: Scorecard) -> str:
    """Scorecard 1: pillars (stance × likelihood), types of strength, degree of leverage."""
    w = card.words
    rows = [f"<tr>{_cell(_e(w('sc1.pillar_head')), header=True, width='40%')}"
            f"{_cell(_e(w.label(Stance.MAINTAIN)), header=True, align='center', width='30%')}"
            f"{_cell(_e(w.label(Stance.REGAIN_DEVELOP)), header=True, align='center', width='30%')}</tr>"]
    rows += [f"<tr>{_cell(_e(row.label), bold=True)}{_pillar_cells(row, w)}</tr>" for row in card.pillars]
    out = [_heading(w("sc1.title")),
           f'<table {TABLE} width="100%">{"".join(rows)}</table>', _note(card.likelihood_legend)]
    if card.marks_1:
        out.append(_note(card.provenance_legend))
    types = [f"<tr>{_cell(_e(marked(w.term('term.types_of_strength'), card.types_provenance)), header=True, colspan=2)}</tr>"]
    for pair in range(0, len(card.types), 2):
        cells = "".join(_cell(("☑ " if on else "☐ ") + _e(label), bold=on, width="50%")
                        for label, on in card.types[pair:pair + 2])
        types.append(f"<tr>{cells}</tr>")
    out.append(f'<table {TABLE} width="100%">{"".join(types)}</table>')
    degree = card.leverage
    chosen = marked(w.label(degree), card.leverage_provenance) if degree else w("not_rated")
    steps = "".join(_cell(("▼ " if step is degree else "") + _e(w.label(step)), colours_for(step) if step is degree else None,
                          bold=step is degree, align="center", width="20%") for step in LeverageDegree)
    out.append(f'<p style="{FONT};font-size:10pt;font-weight:bold;margin:8pt 0 2pt 0">'
               f'{_e(w("sc1.leverage", value=chosen))}</p>')
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
    w = card.words
    names, chips, bodies = [], [], []
    for n, col in enumerate(card.levels, start=1):
        name = f"{n}. {w.label(col.level)}"
        if col.chosen:
            name += "  " + marked(w("sc2.chosen"), col.chosen_provenance)
        names.append(_cell(_e(name), header=True, width="25%"))
        if col.feasibility is None:
            chips.append(_cell(f'<span style="color:{MUTED}">{_e(w("dash_not_rated"))}</span>', align="center"))
        else:
            chips.append(_cell(_e(marked(w.label(col.feasibility), col.provenance)), colours_for(col.feasibility),
                               bold=True, align="center"))
        lead = ""
        if col.recommendations_provenance is not None:  # a reference case's: where the list comes from
            lead = (f'<p style="margin:0 0 3pt 0;color:{MUTED}">'
                    f'{_e(marked(w("sc2.recommendations"), col.recommendations_provenance))}</p>')
        bodies.append(_cell(lead + _level_body(col)))
    table = f'<table {TABLE} width="100%"><tr>{"".join(names)}</tr><tr>{"".join(chips)}</tr><tr>{"".join(bodies)}</tr></table>'
    out = [_heading(w("sc2.title")), table, _note(card.feasibility_legend)]
    if card.marks_2:
        out.append(_note(card.provenance_legend))
    return "".join(out)


def scorecard_html(card: Scorecard) -> str:
    """One case: heading, context (when asked for), Scorecards 1 and 2, the optional sections."""
    out = _header(card)
    if card.context is not None:
        out += _context(card.context, card.words)
    out += [scorecard_1_html(card), scorecard_2_html(card)]
    for title, lines in card.extra_sections:
        out.append(_heading(title))
        out += [f'<p style="{FONT};font-size:9.5pt;margin:0 0 4pt 0">{_e(line)}</p>' for line in lines]
    out.append(_note(card.citation))
    return "\n".join(out)


def scorecards_html(cards: list[Scorecard]) -> str:
    """A whole HTML document (UTF-8) with every card, one after the other."""
    body = '\n<hr style="border:0;border-top:1px solid #b8c2d0">\n'.join(scorecard_html(card) for card in cards)
    title = cards[0].words("document.title", titles=", ".join(card.title for card in cards)) if cards else "Scorecards: "
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
            f"<title>{_e(title)}</title></head>\n<body style=\"{FONT};color:{INK}\">\n{body}\n</body></html>\n")


def _pillar_text(row: PillarRow, w: Words) -> str:
    """A pillar's stance and likelihood in plain text ("Maintain, High likelihood")."""
    if row.present is False:
        return w("sc1.not_source_lower")
    if row.stance is None:
        return w("not_rated")
    if row.likelihood is None:
        return w("sc1.stance_likelihood", stance=row.stance, value=w("not_rated"), lower=w("not_rated"))
    return w("sc1.stance_likelihood", stance=row.stance, value=marked(w.label(row.likelihood), row.provenance),
             lower=marked(w.lower(row.likelihood), row.provenance))


def scorecards_text(cards: list[Scorecard]) -> str:
    """The same content as plain text (what a plain-text field gets)."""
    out: list[str] = []
    for card in cards:
        w = card.words
        out += [card.title, w("header.field", area=card.technology_area), ""]
        if card.context is not None:
            c = card.context
            out += [w("context.title")] + ([w("context.empty")] if c.empty else [
                *([w.pair(w("context.summary"), c.summary)] if c.summary else []),
                *([w.pair(w("context.dependency"), c.china_dependency)] if c.china_dependency else []),
                *(f"- {fact}" for fact in c.key_facts)]) + [""]
        out.append(w("sc1.title"))
        for row in card.pillars:
            out.append(f"  {w.pair(row.label, _pillar_text(row, w))}")
        out.append("  " + w("sc1.types", types=", ".join(label for label, on in card.types if on) or w("none")))
        out.append("  " + w("sc1.leverage", value=marked(w.label(card.leverage), card.leverage_provenance)
                                 if card.leverage else w("not_rated")))
        out += ["", w("sc2.title")]
        for n, col in enumerate(card.levels, start=1):
            feasibility = marked(w.label(col.feasibility), col.provenance) if col.feasibility else w("not_rated")
            out.append(f"  {n}. {w.pair(w.label(col.level), feasibility)}" + (f" {w('sc2.chosen_plain')}" if col.chosen else ""))
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

"""The case summary as HTML for a QTextBrowser: built purely from a ``Case``, rendered by Qt.

Every piece of user text goes through ``esc`` so a title like ``<b>x</b>`` shows exactly as
typed; nothing a user or an imported file wrote is ever interpreted as markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the module stays light: the case list shows before pydantic loads
    from ...models.case import Case
from ...models import provenance as prov
from ...models.scales import Level, Pillar, Provenance, Step, StrengthType
from ...models.palette import colours_for
from ..literal import escape_html

DASH = "—"


def esc(text: object) -> str:
    return escape_html(str(text)).replace("\n", "<br>")


def chip(value, text: str | None = None) -> str:
    """A coloured rating with its label inside (colour is never the only signal)."""
    if value is None:
        return f'<span style="color:#6b7078">{DASH} not assessed</span>'
    bg, fg = colours_for(value)
    label = esc(text or value.label)
    return (
        f'<span style="background-color:{bg}; color:{fg}; font-weight:600;">'
        f"&nbsp;{label}&nbsp;</span>"
    )


def _section(title: str, provenance: Provenance | None = None, mark: str = "") -> str:
    note = mark
    if provenance is not None:
        note += f' <span style="font-size:small; font-weight:normal; color:#5f6368;">· {esc(provenance.label)}</span>'
    return f'<h3 style="margin-top:16px; margin-bottom:4px; color:#1a3d6d;">{esc(title)}{note}</h3>'


def _mark(case: Case, path: str) -> str:
    """The rating's provenance mark after its value (reference cases only), its meaning in the
    span's title and in the legend: a shape, never colour alone."""
    provenance = prov.rating_provenance(case, path)
    if provenance is None:
        return ""
    return f'&nbsp;<span title="{esc(prov.words(provenance))}" style="color:#30343a;">{prov.mark(provenance)}</span>'


def _legend(case: Case) -> str:
    """One line saying what the marks mean, where marks appear (never for a user case)."""
    if not prov.has_marks(case):
        return ""
    return f'<p style="color:#4a4f57; font-size:small; margin-top:0;">{esc(prov.LEGEND_LINE)}</p>'


def _reading_note(case: Case) -> str:
    """How a reference case's values were read from the report: here and in ``rdw show`` only."""
    text = prov.note(case)
    if not text:
        return ""
    return _section(prov.NOTE_TITLE) + f'<p style="color:#30343a;">{esc(text)}</p>'


def _rationale(text: str | None) -> str:
    if not text:
        return ""
    return f'<p style="color:#30343a;"><b>Rationale.</b> {esc(text)}</p>'


def _row(label: str, value_html: str) -> str:
    return (
        f'<tr><td style="padding:2px 12px 2px 0; color:#4a4f57;">{esc(label)}</td>'
        f'<td style="padding:2px 0;">{value_html}</td></tr>'
    )


def _label_or_dash(value) -> str:
    return esc(value.label) if value is not None else f'<span style="color:#6b7078">{DASH}</span>'


def _header(case: Case) -> str:
    parts = [f'<h2 style="margin-bottom:2px;">{esc(case.title)}</h2>']
    meta = [esc(case.technology_area or "No technology area yet")]
    if case.is_reference and case.reference:
        meta.append(f"Reference case · chapter {case.reference.chapter}")
    else:
        meta.append("Your case")
    done = len(case.completed_steps())
    meta.append(f"{esc(case.status.label)} ({done} of {len(Step)} steps complete)")
    # who should act: a small line under the technology area, only when set
    actors = f"<br>Who should act: {', '.join(esc(a.label) for a in case.actors)}" if case.actors else ""
    parts.append(f'<p style="color:#4a4f57; margin-top:0;">{" · ".join(meta)}{actors}</p>')
    if case.reference:
        authors = ", ".join(case.reference.authors)
        by = f" Chapter by {esc(authors)}." if authors else ""
        parts.append(
            '<p style="color:#30343a; font-size:small;">'
            f"<b>Source:</b> {esc(case.reference.citation)}, chapter {case.reference.chapter}.{by}<br>"
            "<i>Read-only reference case: use Duplicate to Edit for an editable copy.</i></p>"
        )
    return "".join(parts)


def _at_a_glance(case: Case) -> str:
    """Leverage and the four feasibilities first: what a reader scans for. One per row, so the
    chips never wrap or overflow, however narrow the pane."""
    rows = [_row("Degree of leverage", chip(case.leverage.degree) + _mark(case, "leverage.degree"))]
    rows += [_row(f"{level.label}", chip(case.ambition.feasibility.get(level))
                  + _mark(case, f"ambition.feasibility.{level.value}")) for level in Level]
    return f'<table style="margin-top:4px; margin-bottom:6px;">{"".join(rows)}</table>' + _legend(case)


def _summary(case: Case) -> str:
    return f"<p>{esc(case.summary)}</p>" if case.summary else ""


def _texts(case: Case) -> str:
    out = []
    if case.china_dependency:
        out.append(f"<p><b>China's dependency.</b> {esc(case.china_dependency)}</p>")
    if case.key_facts:
        items = "".join(f"<li>{esc(f)}</li>" for f in case.key_facts)
        out.append(f"<p style='margin-bottom:0;'><b>Key facts</b></p><ul style='margin-top:2px;'>{items}</ul>")
    if case.author or case.organisation:
        who = ", ".join(esc(x) for x in (case.author, case.organisation) if x)
        out.append(f'<p style="color:#4a4f57;">Assessed by {who}</p>')
    return "".join(out)


def _strength(case: Case) -> str:
    provenance = prov.step_summary(case, "strength")
    rows = []
    cell = '<td style="padding:2px 10px 2px 0;">'
    for pillar in Pillar:
        p = case.strength.pillar(pillar)
        name = f'{cell}<span style="color:#4a4f57;">{esc(pillar.label)}</span></td>'
        if p.present is None:
            rest = f'<td colspan="2" style="color:#6b7078">{DASH} not assessed</td>'
        elif not p.present:
            rest = '<td colspan="2" style="color:#4a4f57">Not a source of strength</td>'
        else:
            likelihood = chip(p.likelihood, f'{p.likelihood.label} likelihood' if p.likelihood else None)
            rest = (f"{cell}{_label_or_dash(p.stance)}</td>"
                    f"<td>{likelihood}{_mark(case, f'strength.pillars.{pillar.value}.likelihood')}</td>")
        rows.append(f"<tr>{name}{rest}</tr>")
    types = "".join(
        f"<li>{'☑' if t in case.strength.types else '☐'} {esc(t.label)}</li>" for t in StrengthType
    )
    html = _section("Technological strength", provenance)
    html += f"<table>{''.join(rows)}</table>"
    html += f"<p style='margin-bottom:0;'>Types of strength{_mark(case, 'strength.types')}</p><ul style='list-style:none; margin-top:2px;'>{types}</ul>"
    return html + _rationale(case.strength.rationale)


def _leverage(case: Case) -> str:
    lev = case.leverage
    provenance = prov.step_summary(case, "leverage")
    barriers = ", ".join(esc(b.label) for b in lev.market_entry_barriers) or _label_or_dash(None)
    ethical = {True: "Yes", False: "No", None: None}[lev.ethical_constraints]
    rows = [
        _row("Degree of leverage", chip(lev.degree) + _mark(case, "leverage.degree")),
        _row("Market-entry barriers", barriers + _mark(case, "leverage.market_entry_barriers")),
        _row("Substitutability", _label_or_dash(lev.substitutability) + _mark(case, "leverage.substitutability")),
        _row("Foreign availability", _label_or_dash(lev.foreign_availability) + _mark(case, "leverage.foreign_availability")),
        _row("Effective utilisation", _label_or_dash(lev.effective_utilisation) + _mark(case, "leverage.effective_utilisation")),
        _row("Ethical constraints", (esc(ethical) if ethical else _label_or_dash(None)) + _mark(case, "leverage.ethical_constraints")),
        _row("Spillover damage", _label_or_dash(lev.spillover_damage) + _mark(case, "leverage.spillover_damage")),
        _row("Dual-use relevance", _label_or_dash(lev.dual_use_relevance) + _mark(case, "leverage.dual_use_relevance")),
    ]
    return _section("Leverage", provenance) + f"<table>{''.join(rows)}</table>" + _rationale(lev.rationale)


def _ambition(case: Case) -> str:
    amb = case.ambition
    provenance = prov.step_summary(case, "ambition")
    rows = [_row(level.label, chip(amb.feasibility.get(level)) + _mark(case, f"ambition.feasibility.{level.value}"))
            for level in Level]
    chosen = _label_or_dash(amb.chosen_level)
    rows.append(_row("Level chosen", (f"<b>{chosen}</b>" if amb.chosen_level else chosen)
                     + _mark(case, "ambition.chosen_level")))
    if amb.entanglement_autonomy is not None:
        balance = f"{100 - amb.entanglement_autonomy}% entanglement · {amb.entanglement_autonomy}% autonomy"
        rows.append(_row("Entanglement ↔ autonomy", esc(balance) + _mark(case, "ambition.entanglement_autonomy")))
    return (_section("Level of ambition (feasibility within 10 years)", provenance) + f"<table>{''.join(rows)}</table>"
            + _rationale(amb.rationale))


def _instruments(case: Case) -> str:
    html = _section("Instruments", mark=_mark(case, "instruments") if case.instruments else "")
    if not case.instruments:
        return html + f'<p style="color:#6b7078">{DASH} none chosen yet</p>'
    for level in Level:
        chosen = case.instruments_for(level)
        if not chosen:
            continue
        items = "".join(
            f"<li>{chip(i.ppp)} {esc(i.text)} <span style='color:#5f6368'>({esc(i.focus.label)})</span></li>"
            for i in chosen
        )
        lower = case.ambition.builds_on.get(level)  # version 3: "All of the measures under …, plus:"
        lead = f"<br>{esc(prov.builds_on_line(lower))}" if lower is not None else ""
        html += f"<p style='margin-bottom:0;'><b>{esc(level.label)}</b>{lead}</p><ul style='margin-top:2px;'>{items}</ul>"
        caveat = case.ambition.level_notes.get(level)
        if caveat:
            html += f'<p style="margin-top:0; color:#30343a;"><i>{esc(caveat)}</i></p>'
    return html


def case_to_html(case: Case) -> str:
    return "".join(
        [
            _header(case),
            _at_a_glance(case),
            _summary(case),
            _strength(case),
            _leverage(case),
            _ambition(case),
            _instruments(case),
            _section("Background") if (case.china_dependency or case.key_facts) else "",
            _texts(case),
            _reading_note(case),
        ]
    )


def empty_html(message: str) -> str:
    return f'<p style="color:#5f6368; margin-top:40px;" align="center">{esc(message)}</p>'

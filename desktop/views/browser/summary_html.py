"""The case summary as HTML for a QTextBrowser: built purely from a ``Case``, rendered by Qt.

Every piece of user text goes through ``esc`` so a title like ``<b>x</b>`` shows exactly as
typed; nothing a user or an imported file wrote is ever interpreted as markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # the module stays light: the case list shows before pydantic loads
    from ...models.case import Case
from ...models import language
from ...models import provenance as prov
from ...models.scales import Level, Pillar, Provenance, Step, StrengthType
from ...models.palette import colours_for
from ..literal import escape_html
from ..translation import current

translate = QCoreApplication.translate  # (the name lupdate reads: context "CaseSummary")


def L(value) -> str:  # noqa: N802 (short: used in every row)
    """A framework value's name in the interface's language."""
    return language.label(value, current())


def term(key: str) -> str:
    return language.term(key, current())


DASH = "—"


def _not_assessed() -> str:
    return translate("CaseSummary", "not assessed")


def esc(text: object) -> str:
    return escape_html(str(text)).replace("\n", "<br>")


def chip(value, text: str | None = None) -> str:
    """A coloured rating with its label inside (colour is never the only signal)."""
    if value is None:
        return f'<span style="color:#6b7078">{DASH} {esc(_not_assessed())}</span>'
    bg, fg = colours_for(value)
    label = esc(text or L(value))
    return (
        f'<span style="background-color:{bg}; color:{fg}; font-weight:600;">'
        f"&nbsp;{label}&nbsp;</span>"
    )


def _section(title: str, provenance: Provenance | None = None, mark: str = "") -> str:
    note = mark
    if provenance is not None:
        note += f' <span style="font-size:small; font-weight:normal; color:#5f6368;">· {esc(L(provenance))}</span>'
    return f'<h3 style="margin-top:16px; margin-bottom:4px; color:#1a3d6d;">{esc(title)}{note}</h3>'


def _mark(case: Case, path: str) -> str:
    """The rating's provenance mark after its value (reference cases only), its meaning in the
    span's title and in the legend: a shape, never colour alone."""
    provenance = prov.rating_provenance(case, path)
    if provenance is None:
        return ""
    meaning = prov.words(provenance, current())  # the legend's words, as the scorecards'
    return f'&nbsp;<span title="{esc(meaning)}" style="color:#30343a;">{prov.mark(provenance)}</span>'


def _legend(case: Case) -> str:
    """One line saying what the marks mean, where marks appear (never for a user case)."""
    if not prov.has_marks(case):
        return ""
    return f'<p style="color:#4a4f57; font-size:small; margin-top:0;">{esc(prov.legend_line(current()))}</p>'


def _reading_note(case: Case) -> str:
    """How a reference case's values were read from the report: here and in ``rdw show`` only."""
    text = prov.note(case)
    if not text:
        return ""
    title = translate("CaseSummary", "How this reference case was read")  # = provenance.NOTE_TITLE
    return _section(title) + f'<p style="color:#30343a;">{esc(text)}</p>'


def _rationale(text: str | None) -> str:
    if not text:
        return ""
    return f'<p style="color:#30343a;"><b>{esc(term("term.rationale"))}.</b> {esc(text)}</p>'


def _row(label: str, value_html: str) -> str:
    return (
        f'<tr><td style="padding:2px 12px 2px 0; color:#4a4f57; white-space:nowrap;">{esc(label)}</td>'
        f'<td style="padding:2px 0;">{value_html}</td></tr>'
    )


def _label_or_dash(value) -> str:
    return esc(L(value)) if value is not None else f'<span style="color:#6b7078">{DASH}</span>'


def _header(case: Case) -> str:
    parts = [f'<h2 style="margin-bottom:2px;">{esc(case.title)}</h2>']
    meta = [esc(case.technology_area or translate("CaseSummary", "No technology area yet"))]
    if case.is_reference and case.reference:
        meta.append(esc(translate("CaseSummary", "Reference case · chapter %1").replace("%1", str(case.reference.chapter))))
    else:
        meta.append(esc(translate("CaseSummary", "Your case")))
    done = len(case.completed_steps())
    meta.append(esc(translate("CaseSummary", "%1 (%2 of %3 steps complete)").replace("%1", L(case.status))
                    .replace("%2", str(done)).replace("%3", str(len(Step)))))
    # who should act: a small line under the technology area, only when set
    who_acts = translate("CaseSummary", "Who should act: %1").replace("%1", ", ".join(L(a) for a in case.actors))
    actors = f"<br>{esc(who_acts)}" if case.actors else ""
    parts.append(f'<p style="color:#4a4f57; margin-top:0;">{" · ".join(meta)}{actors}</p>')
    if case.reference:
        authors = ", ".join(case.reference.authors)
        by = " " + esc(translate("CaseSummary", "Chapter by %1.").replace("%1", authors)) if authors else ""
        source = esc(translate("CaseSummary", "%1, chapter %2.").replace("%1", case.reference.citation)
                     .replace("%2", str(case.reference.chapter)))
        label = esc(translate("CaseSummary", "Source:"))
        read_only = esc(translate("CaseSummary", "Read-only reference case: use Duplicate to Edit for an editable copy."))
        parts.append(f'<p style="color:#30343a; font-size:small;"><b>{label}</b> {source}{by}<br><i>{read_only}</i></p>')
    return "".join(parts)


def _at_a_glance(case: Case) -> str:
    """Leverage and the four feasibilities first: what a reader scans for. One per row, so the
    chips never wrap or overflow, however narrow the pane."""
    rows = [_row(term("term.degree_of_leverage"), chip(case.leverage.degree) + _mark(case, "leverage.degree"))]
    rows += [_row(L(level), chip(case.ambition.feasibility.get(level))
                  + _mark(case, f"ambition.feasibility.{level.value}")) for level in Level]
    return f'<table style="margin-top:4px; margin-bottom:6px;">{"".join(rows)}</table>' + _legend(case)


def _summary(case: Case) -> str:
    return f"<p>{esc(case.summary)}</p>" if case.summary else ""


def _texts(case: Case) -> str:
    out = []
    if case.china_dependency:
        lead = esc(translate("CaseSummary", "China's dependency."))
        out.append(f"<p><b>{lead}</b> {esc(case.china_dependency)}</p>")
    if case.key_facts:
        items = "".join(f"<li>{esc(f)}</li>" for f in case.key_facts)
        title = esc(translate("CaseSummary", "Key facts"))
        out.append(f"<p style='margin-bottom:0;'><b>{title}</b></p><ul style='margin-top:2px;'>{items}</ul>")
    if case.author or case.organisation:
        who = ", ".join(esc(x) for x in (case.author, case.organisation) if x)
        assessed = esc(translate("CaseSummary", "Assessed by %1")).replace("%1", who)
        out.append(f'<p style="color:#4a4f57;">{assessed}</p>')
    return "".join(out)


def _strength(case: Case) -> str:
    provenance = prov.step_summary(case, "strength")
    rows = []
    cell = '<td style="padding:2px 10px 2px 0;">'
    for pillar in Pillar:
        p = case.strength.pillar(pillar)
        name = f'{cell}<span style="color:#4a4f57;">{esc(L(pillar))}</span></td>'
        if p.present is None:
            rest = f'<td colspan="2" style="color:#6b7078">{DASH} {esc(_not_assessed())}</td>'
        elif not p.present:
            not_one = esc(translate("CaseSummary", "Not a source of strength"))
            rest = f'<td colspan="2" style="color:#4a4f57">{not_one}</td>'
        else:
            likelihood = chip(p.likelihood, translate("CaseSummary", "%1 likelihood").replace("%1", L(p.likelihood))
                              if p.likelihood else None)
            rest = (f"{cell}{_label_or_dash(p.stance)}</td>"
                    f"<td>{likelihood}{_mark(case, f'strength.pillars.{pillar.value}.likelihood')}</td>")
        rows.append(f"<tr>{name}{rest}</tr>")
    types = "".join(
        f"<li>{'☑' if t in case.strength.types else '☐'} {esc(L(t))}</li>" for t in StrengthType
    )
    html = _section(term("term.technological_strength"), provenance)
    html += f"<table>{''.join(rows)}</table>"
    html += f"<p style='margin-bottom:0;'>{esc(term('term.types_of_strength'))}{_mark(case, 'strength.types')}</p><ul style='list-style:none; margin-top:2px;'>{types}</ul>"
    return html + _rationale(case.strength.rationale)


def _leverage(case: Case) -> str:
    lev = case.leverage
    provenance = prov.step_summary(case, "leverage")
    barriers = ", ".join(esc(L(b)) for b in lev.market_entry_barriers) or _label_or_dash(None)
    ethical = {True: translate("CaseSummary", "Yes"), False: translate("CaseSummary", "No"), None: None}[lev.ethical_constraints]
    rows = [
        _row(term("term.degree_of_leverage"), chip(lev.degree) + _mark(case, "leverage.degree")),
        _row(term("term.market_entry_barriers"), barriers + _mark(case, "leverage.market_entry_barriers")),
        _row(term("term.substitutability"), _label_or_dash(lev.substitutability) + _mark(case, "leverage.substitutability")),
        _row(term("term.foreign_availability"), _label_or_dash(lev.foreign_availability) + _mark(case, "leverage.foreign_availability")),
        _row(term("term.effective_utilisation"), _label_or_dash(lev.effective_utilisation) + _mark(case, "leverage.effective_utilisation")),
        _row(term("term.ethical_constraints"), (esc(ethical) if ethical else _label_or_dash(None)) + _mark(case, "leverage.ethical_constraints")),
        _row(term("term.spillover_damage"), _label_or_dash(lev.spillover_damage) + _mark(case, "leverage.spillover_damage")),
        _row(term("term.dual_use_relevance"), _label_or_dash(lev.dual_use_relevance) + _mark(case, "leverage.dual_use_relevance")),
    ]
    return _section(term("term.leverage"), provenance) + f"<table>{''.join(rows)}</table>" + _rationale(lev.rationale)


def _ambition(case: Case) -> str:
    amb = case.ambition
    provenance = prov.step_summary(case, "ambition")
    rows = [_row(L(level), chip(amb.feasibility.get(level)) + _mark(case, f"ambition.feasibility.{level.value}"))
            for level in Level]
    chosen = _label_or_dash(amb.chosen_level)
    rows.append(_row(term("term.level_chosen"), (f"<b>{chosen}</b>" if amb.chosen_level else chosen)
                     + _mark(case, "ambition.chosen_level")))
    if amb.entanglement_autonomy is not None:
        balance = (translate("CaseSummary", "%1% entanglement · %2% autonomy")
                   .replace("%1", str(100 - amb.entanglement_autonomy)).replace("%2", str(amb.entanglement_autonomy)))
        rows.append(_row(translate("CaseSummary", "Entanglement ↔ autonomy"), esc(balance)
                         + _mark(case, "ambition.entanglement_autonomy")))
    return (_section(translate("CaseSummary", "Level of ambition (feasibility within 10 years)"), provenance) + f"<table>{''.join(rows)}</table>"
            + _rationale(amb.rationale))


def _instruments(case: Case) -> str:
    from ...models.catalogue import instrument_text_in  # (a Table 2 pattern in the reader's language)

    html = _section(term("term.instruments"), mark=_mark(case, "instruments") if case.instruments else "")
    if not case.instruments:
        none_yet = esc(translate("CaseSummary", "none chosen yet"))
        return html + f'<p style="color:#6b7078">{DASH} {none_yet}</p>'
    for level in Level:
        chosen = case.instruments_for(level)
        if not chosen:
            continue
        items = "".join(
            f"<li>{chip(i.ppp)} {esc(instrument_text_in(i.text, current()))} "
            f"<span style='color:#5f6368'>({esc(L(i.focus))})</span></li>"
            for i in chosen
        )
        lower = case.ambition.builds_on.get(level)  # version 3: "All of the measures under …, plus:"
        lead = f"<br>{esc(prov.builds_on_line(lower, lang=current()))}" if lower is not None else ""
        html += f"<p style='margin-bottom:0;'><b>{esc(L(level))}</b>{lead}</p><ul style='margin-top:2px;'>{items}</ul>"
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
            _section(translate("CaseSummary", "Background")) if (case.china_dependency or case.key_facts) else "",
            _texts(case),
            _reading_note(case),
        ]
    )


def empty_html(message: str) -> str:
    return f'<p style="color:#5f6368; margin-top:40px;" align="center">{esc(message)}</p>'

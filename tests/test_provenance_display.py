"""Where a reference case's ratings come from, shown the same way everywhere (issue 16, part 4):
a mark after each rated value (● published, ◐ reconstructed, ○ inferred) with a legend, never
colour alone; none for user cases. The "How this reference case was read" note appears in the
summary pane and ``rdw show`` only, never in a scorecard or memo. Scorecard 2 cells open with
"All of the measures under …, plus:" for a level that builds on a lower one and carry a level's
caveat."""

from __future__ import annotations

import re
from html import escape

import pytest

from desktop.models import provenance as prov
from desktop.models.case import PROVENANCE_RATINGS
from desktop.models.library import reference_cases
from desktop.models.scales import Level, RatingProvenance
from desktop.models.scorecard import build_scorecard
from desktop.reports.content import scorecards_for
from desktop.reports.pdf import export_pdf
from desktop.views.browser.summary_html import case_to_html

from test_scorecard import folded, pdf_text  # tests/ is on sys.path (pytest prepends it)

WIRELESS = "dpc2024-wireless-energy"  # all three provenances: reconstructed pillars, published degree, inferred factors
BLOCKCHAIN = "dpc2024-blockchain-smart-contracts"  # ability to act builds on ability to deny
CRM = "dpc2024-critical-raw-materials"  # the same, and no chosen level
LITHO = "dpc2024-lithography"  # level notes on threat prevention and ability to deny
MARKS = ("●", "◐", "○")


def ref(case_id: str):
    return {c.id: c for c in reference_cases()}[case_id]


def user_copy(case_id: str):
    """A user's own case with the same values (a duplicate drops reference and provenance; here
    the provenance is kept, to show that the reference block alone decides)."""
    return ref(case_id).model_copy(update={"id": "mine", "reference": None})


def mark_after(html: str, label: str) -> str | None:
    """The provenance mark in the summary row (or heading) that starts with ``label``."""
    start = re.search(f">{re.escape(label)}(&nbsp;)?<", html).start()
    end = min(i for i in (html.find("</tr>", start), html.find("</h3>", start), html.find("</p>", start)) if i > 0)
    found = re.findall(r'<span title="[^"]+" style="color:#30343a;">(.)</span>', html[start:end])
    assert len(found) <= 1, (label, found)
    return found[0] if found else None


# -- the helper every view uses -------------------------------------------------------------------
def test_helper_gives_one_mark_and_one_wording_per_provenance():
    assert [prov.MARKS[p] for p in RatingProvenance] == ["●", "◐", "○"]
    assert prov.WORDS[RatingProvenance.PUBLISHED] == "as published in the report"
    assert prov.WORDS[RatingProvenance.RECONSTRUCTED] == "reconstructed from the chapter"
    assert prov.WORDS[RatingProvenance.INFERRED] == "inferred from the chapter"
    assert prov.LEGEND == ("● as published in the report · ◐ reconstructed from the chapter · "
                           "○ inferred from the chapter")
    case = ref(WIRELESS)
    assert prov.rating_provenance(case, "leverage.degree") is RatingProvenance.PUBLISHED
    assert prov.rating_provenance(case, "strength.pillars.ip_patents.likelihood") is RatingProvenance.RECONSTRUCTED
    assert prov.rating_provenance(case, "leverage.substitutability") is RatingProvenance.INFERRED
    assert prov.marked("High", RatingProvenance.INFERRED) == "High ○" and prov.marked("High", None) == "High"
    assert prov.has_marks(case) and prov.note(case)
    mine = user_copy(WIRELESS)
    assert all(prov.rating_provenance(mine, path) is None for path in PROVENANCE_RATINGS)
    assert not prov.has_marks(mine) and prov.note(mine) is None
    assert prov.builds_on_line(Level.ABILITY_TO_DENY) == "All of the measures under ability to deny, plus:"


# -- the summary pane ---------------------------------------------------------------------------------
def test_summary_marks_each_rating_with_its_own_provenance_and_shows_the_legend():
    case = ref(WIRELESS)
    html = case_to_html(case)
    assert mark_after(html, "Degree of leverage") == "●"  # published (medium–high)
    assert mark_after(html, "Substitutability") == "○"  # inferred
    assert mark_after(html, "Dual-use relevance") == "○"
    assert mark_after(html, "IP &amp; patents") == "◐"  # reconstructed pillar likelihood
    assert mark_after(html, "Ability to deny") == "●"  # feasibility, published
    assert mark_after(html, "Level chosen") == "○"  # our reading of the chapter's lean
    assert mark_after(html, "Entanglement ↔ autonomy") == "○"
    assert mark_after(html, "Types of strength") == "●"
    assert mark_after(html, "Instruments") == "●"
    assert mark_after(html, "Summary" if ">Summary<" in html else "Key facts") is None  # texts carry none
    for path, provenance in case.provenance.ratings.items():
        assert f'title="{prov.WORDS[provenance]}"' in html, path
    assert html.count(prov.LEGEND_LINE) == 1


@pytest.mark.parametrize("case_id", [c.id for c in reference_cases()])
def test_every_reference_summary_shows_every_provenance_it_states(case_id):
    case = ref(case_id)
    html = case_to_html(case)
    stated = {p for path, p in case.provenance.ratings.items()}
    for provenance in RatingProvenance:
        shown = f'title="{prov.WORDS[provenance]}" style="color:#30343a;">{prov.MARKS[provenance]}<' in html
        assert shown == (provenance in stated), (provenance, case_id)
    assert prov.LEGEND_LINE in html


def test_user_case_summary_has_no_marks_no_legend_and_no_reading_note():
    html = case_to_html(user_copy(WIRELESS))
    assert "title=\"as published" not in html and "title=\"inferred" not in html
    assert prov.LEGEND not in html and "Rating marks" not in html
    assert prov.NOTE_TITLE not in html


def test_summary_has_the_reading_note_section_and_the_builds_on_line_and_level_notes():
    case = ref(BLOCKCHAIN)
    html = case_to_html(case)
    assert f">{prov.NOTE_TITLE}</h3>" in html
    from desktop.views.browser.summary_html import esc

    assert esc(case.provenance.note) in html
    assert "All of the measures under ability to deny, plus:" in html
    litho = case_to_html(ref(LITHO))
    for note in ref(LITHO).ambition.level_notes.values():
        assert f"<i>{esc(note)}</i>" in litho


# -- rdw show ---------------------------------------------------------------------------------------------
def test_rdw_show_prints_marks_legend_and_reading_note_for_reference_cases_only(rdw, tmp_path):
    from cli_helpers import write_case

    code, out, err = rdw("show", WIRELESS)
    assert (code, err) == (0, "")
    assert re.search(r"Degree:\s+Medium–high ●", out)
    assert re.search(r"Substitutability:\s+\S.* ○", out)
    assert "likelihood Medium ◐" in out
    assert prov.LEGEND in out
    assert prov.NOTE_TITLE in out
    assert folded(ref(WIRELESS).provenance.note) in folded(out)
    out = rdw("show", BLOCKCHAIN)[1]
    assert "All of the measures under ability to deny, plus:" in out
    rdw("import", write_case(tmp_path / "mine.json", id="mine", title="Mine",
                             leverage={"degree": "high", "substitutability": "hard"}))
    out = rdw("show", "mine")[1]
    assert not any(mark in out for mark in MARKS)
    assert prov.NOTE_TITLE not in out and "rating marks" not in out


# -- the wizard -------------------------------------------------------------------------------------------
@pytest.mark.usefixtures("no_modal_dialogs")
def test_wizard_rows_of_a_reference_case_carry_mark_tooltip_and_accessible_text(qtbot, window, file_store):
    case = file_store.get(WIRELESS)
    editor = window.open_case(WIRELESS)
    seen = set()
    for n, page in enumerate(editor.pages):
        editor.go_to(n)
        for path, widgets in page.provenance_widgets.items():
            expected = case.provenance.ratings.get(path)
            for widget in widgets:
                mark = getattr(widget, "provenance_mark", widget)
                if expected is None:
                    assert mark is None or not mark.isVisibleTo(page), path
                    continue
                seen.add(path)
                assert mark.isVisibleTo(page), path
                assert mark.text() == prov.MARKS[expected], path
                assert prov.WORDS[expected] in mark.toolTip() and prov.WORDS[expected] in mark.accessibleName()
                assert prov.WORDS[expected] in widget.accessibleDescription()
        assert page.provenance_legend.isVisibleTo(page) == bool(page.provenance_widgets)
    assert seen == set(case.provenance.ratings)  # every rated path has its mark somewhere in the wizard
    assert editor.pages[1].provenance_legend.text() == prov.LEGEND_LINE
    # the evidence behind each rating is the chapter the reference data cites
    n, page = next((n, p) for n, p in enumerate(editor.pages) if "leverage.degree" in p.evidence_buttons)
    editor.go_to(n)
    button = page.evidence_buttons["leverage.degree"]
    assert button.text().startswith("Evidence: ") and "chapter 3" in button.toolTip()
    cited = case.evidence["leverage.degree"].sources[0]
    assert cited.reference and escape(cited.reference) in button.toolTip()  # the chapter's section


@pytest.mark.usefixtures("no_modal_dialogs")
def test_wizard_shows_no_marks_for_a_user_case(qtbot, window, file_store):
    copy = file_store.duplicate(WIRELESS)
    editor = window.open_case(copy.id)
    for n, page in enumerate(editor.pages):
        editor.go_to(n)
        for widgets in page.provenance_widgets.values():
            for widget in widgets:
                mark = getattr(widget, "provenance_mark", widget)
                assert mark is None or not mark.isVisibleTo(page)
                assert "Reference case" not in widget.accessibleDescription()  # a rating row still says its value
        assert not page.provenance_legend.isVisibleTo(page)


# -- scorecards -------------------------------------------------------------------------------------------
def test_scorecard_pdf_marks_reference_ratings_and_prints_the_legend_on_both_scorecards(qapp, store, tmp_path):
    out = tmp_path / "wireless.pdf"
    export_pdf(scorecards_for(store, [WIRELESS]), out)
    text = pdf_text(out)
    assert "Degree of European leverage: Medium–high ●" in text
    assert "Medium likelihood ◐" in text and "Low likelihood ◐" in text
    assert "Types of strength ●" in text
    assert "Not feasible ●" in text and "Medium ●" in text and "Low ●" in text
    assert "★ chosen ○" in text  # the chosen level: our reading
    assert text.count(folded(prov.LEGEND_LINE)) == 2  # Scorecard 1 and Scorecard 2


def test_scorecard_pdf_of_a_user_case_has_no_marks_and_no_legend(qapp, store, tmp_path):
    copy = store.duplicate(WIRELESS)
    out = tmp_path / "mine.pdf"
    export_pdf(scorecards_for(store, [copy.id]), out)
    text = pdf_text(out)
    assert "Degree of European leverage: Medium–high" in text
    assert not any(mark in text for mark in MARKS)
    assert "Rating marks" not in text


def test_scorecard_model_carries_provenance_builds_on_and_notes():
    card = build_scorecard(ref(WIRELESS), date="1 May 2024", version="1")
    assert card.marks_1 and card.marks_2 and card.leverage_provenance is RatingProvenance.PUBLISHED
    assert {row.provenance for row in card.pillars} == {RatingProvenance.RECONSTRUCTED}
    mine = build_scorecard(user_copy(WIRELESS), date="1 May 2024", version="1")
    assert not mine.marks_1 and not mine.marks_2
    crm = {col.level: col for col in build_scorecard(ref(CRM), date="1 May 2024", version="1").levels}
    assert crm[Level.ABILITY_TO_ACT].builds_on_line == "All of the measures under ability to deny, plus:"
    assert crm[Level.ABILITY_TO_ACT].chosen_provenance is None  # the chapter takes no lean
    litho = {col.level: col for col in build_scorecard(ref(LITHO), date="1 May 2024", version="1").levels}
    assert litho[Level.ABILITY_TO_DENY].note == "Not in line with current US extraterritorial export controls."
    assert litho[Level.ABILITY_TO_ACT].note is None


def test_scorecard_2_cells_print_builds_on_before_and_level_notes_after_their_instruments(qapp, store, tmp_path):
    def exported(case_id: str) -> str:
        out = tmp_path / f"{case_id}.pdf"
        export_pdf(scorecards_for(store, [case_id]), out)
        return pdf_text(out)

    text = exported(BLOCKCHAIN)
    chain = ref(BLOCKCHAIN)
    act = text.index("Ability to act — core recommendations")
    lead = text.index("All of the measures under ability to deny, plus:", act)
    first_act = text.index(folded(chain.instruments_for(Level.ABILITY_TO_ACT)[0].text), act)
    assert act < lead < first_act
    assert "All of the measures under" not in text[:act]  # only the level that builds on another
    text, litho = exported(LITHO), ref(LITHO)
    assert "All of the measures under" not in text
    start = text.index("Scorecard 2")
    for level, note in litho.ambition.level_notes.items():
        heading = text.index(f"{level.label} — core recommendations", start)
        last = text.index(folded(litho.instruments_for(level)[-1].text), heading)
        where = text.index(folded(note), heading)
        assert last < where, level
        following = [text.find(f"{lv.label} — core recommendations", heading + 1) for lv in Level if lv.rank > level.rank]
        assert all(where < f for f in following if f > 0), level


def test_no_reading_note_in_any_scorecard_or_memo(qapp, tmp_path):
    """The whole library with every optional section on: no case's provenance note, not even a
    40-character piece of it, reaches the PDF."""
    from desktop.cli.main import main

    out = tmp_path / "all.pdf"
    __import__('desktop.models.library', fromlist=['open_store']).open_store(tmp_path / "all.sqlite").close()  # (scorecard only reads: the database is made beforehand)
    assert main(["--db", str(tmp_path / "all.sqlite"), "scorecard", "--all", "--rationale", "--factors",
                 "--overrides", "--history", "--sources", "--dissent", "--workshop", "--figures",
                 "--out", str(out)]) == 0
    text = pdf_text(out)
    assert "Sources and confidence" in text and "Leverage factors" in text  # the annexes are there
    # a note may quote a recommendation or a rationale: only slices found nowhere else in the
    # library's data are distinctive of the note
    def strings(value) -> list[str]:
        if isinstance(value, str):
            return [value]
        items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
        return [s for item in items for s in strings(item)]

    elsewhere = folded(" ".join(s for c in reference_cases() for s in strings(c.model_dump(mode="json", exclude={"provenance"}))))
    for case in reference_cases():
        note = folded(case.provenance.note)
        pieces = [note[i:i + 40] for i in range(0, len(note) - 40, 20)]
        distinctive = [p for p in pieces if p not in elsewhere]
        assert len(distinctive) >= max(3, len(pieces) // 2), case.id
        for piece in distinctive:
            assert piece not in text, (case.id, piece)


def test_a_reference_scorecard_does_not_call_its_values_published(tmp_path):
    """Most reference values are our reading of the chapter: the scorecard's version line says
    whose case study it is, not "as published" (the marks say which values were)."""
    import subprocess

    from desktop.cli.main import main

    out = tmp_path / "litho.pdf"
    __import__('desktop.models.library', fromlist=['open_store']).open_store(tmp_path / "db.sqlite").close()  # (scorecard only reads: the database is made beforehand)
    assert main(["--db", str(tmp_path / "db.sqlite"), "scorecard", "dpc2024-lithography", "--out", str(out)]) == 0
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "The report's case study (DPC 2024)" in text
    assert "as published (DPC 2024)" not in text and "Assessment version as published" not in text


def test_a_steps_one_word_provenance_only_without_per_value_marks():
    """A step's word ("As published in the report's scorecard") would also cover the values we
    inferred in it, so with per-value marks it is not shown; a file without them keeps it."""
    from desktop.models.library import reference_cases
    from desktop.models.provenance import step_summary
    from desktop.views.browser.summary_html import case_to_html

    case = next(c for c in reference_cases() if c.id == "dpc2024-ai-medical-imaging-mri")
    assert case.provenance.leverage is not None and step_summary(case, "leverage") is None
    from html import unescape

    assert case.provenance.leverage.label not in unescape(case_to_html(case))
    older = case.model_copy(update={"provenance": case.provenance.model_copy(update={"ratings": {}})})
    assert step_summary(older, "leverage") is case.provenance.leverage
    assert case.provenance.leverage.label in unescape(case_to_html(older))

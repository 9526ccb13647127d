"""The Portfolio page and its six pyqtgraph charts: what is drawn matches the cases (positions,
colours, shapes, labels), a click opens the case, exports are valid PNG/SVG, scopes filter, and
``rdw figure`` writes every figure."""

from __future__ import annotations

import itertools

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from desktop.cli.main import main
from desktop.models import portfolio as pf
from desktop.models.library import open_store, reference_cases
from desktop.models.storage.records import StoreError
from desktop.models.scales import Likelihood
from desktop.models.palette import colours_for
from desktop.views.portfolio.chart_base import LIKELIHOOD_SYMBOL
from desktop.views.portfolio.chart_export import CHARTS, export_figure, offscreen_chart

REFERENCE = list(reference_cases())
LITHO = "dpc2024-lithography"
pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


def drawn_texts(chart) -> list[str]:
    return [item.textItem.toPlainText() for item in chart.plot_item.items if isinstance(item, pg.TextItem)]


def spots(chart) -> list:
    return [s for item in chart.plot_item.items if isinstance(item, pg.ScatterPlotItem) for s in item.points()]


def click_chart_at(qtbot, chart, x: float, y: float) -> None:
    pos = chart.mapFromScene(chart.scene_pos(x, y))
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos.x(), pos.y()))


@pytest.fixture
def portfolio(qtbot, window):
    window.analysis.show_portfolio()
    view = window.analysis.portfolio
    qtbot.waitUntil(lambda: view.chart().isVisible())
    return view


# -- what each chart draws ------------------------------------------------------------------------
def test_strength_map_draws_each_mark_with_its_likelihood_colour_shape_and_label(qapp):
    chart = offscreen_chart("strength-map", REFERENCE)
    marks = pf.strength_map(REFERENCE)
    assert chart.marks == marks
    drawn = {(round(s.pos().x(), 4), round(s.pos().y(), 4)): s for s in spots(chart)}
    for m in marks:
        spot = drawn[(round(m.x, 4), round(m.y, 4))]
        assert spot.symbol() == LIKELIHOOD_SYMBOL[m.value]
        assert spot.brush().color().name() == colours_for(m.value)[0]
    texts = drawn_texts(chart)
    assert all(any(t.startswith(m.label.rstrip("…")[:12]) for t in texts) for m in marks)
    legend = [label.item.toPlainText() for _, label in chart._legend.items]
    assert legend == ["High likelihood", "Medium likelihood", "Low likelihood"]
    assert {s.symbol() for s in spots(chart)} == {LIKELIHOOD_SYMBOL[v] for v in Likelihood}  # shape, not colour alone


def test_matrix_and_bar_charts_write_their_values_in_words(qapp):
    feas = offscreen_chart("feasibility", REFERENCE)
    texts = drawn_texts(feas)
    for case in REFERENCE:
        for value in case.ambition.feasibility.values():
            assert value.label in texts
    assert len(feas.marks) == sum(len(c.ambition.feasibility) for c in REFERENCE)
    types = offscreen_chart("strength-types", REFERENCE)
    assert texts.count("✓") == 0 and drawn_texts(types).count("✓") == sum(len(set(c.strength.types)) for c in REFERENCE)
    lev = offscreen_chart("leverage", REFERENCE)
    assert [m.case_id for m in lev.marks] == [b.case_id for b in pf.leverage(REFERENCE).bars]
    assert "Medium–high" in drawn_texts(lev)
    inst = offscreen_chart("instruments", REFERENCE)
    protect = pf.instrument_patterns(REFERENCE)[0]
    assert f"Protect {protect.ppp[pf.PPP.PROTECT]} · {protect.share(pf.PPP.PROTECT):.0%}" in drawn_texts(inst)
    scatter = offscreen_chart("substitutability-spillover", REFERENCE)
    sizes = {round(s.size()) for s in spots(scatter)}
    assert len(sizes) >= 3  # marker size carries the degree of leverage as well as colour


TABLE2_FOCUS_ROWS = [
    "Focus (Table 2): knowledge security",
    "Focus (Table 2): research promotion, commercialisation",
    "Focus (Table 2): research promotion, knowledge security, commercialisation",
    "Focus (Table 2): knowledge security",
]
TABLE2_PPP_ROWS = [
    "Instruments (Table 2): protect",
    "Instruments (Table 2): promote, partner",
    "Instruments (Table 2): protect, promote, partner (strong emphasis on partner)",
    "Instruments (Table 2): protect",
]


def _text_boxes(chart) -> list[tuple[str, object]]:
    """Each drawn text with its box on the scene, without the text item's blank margin."""
    out = []
    for item in chart.plot_item.items:
        if isinstance(item, pg.TextItem):
            m = item.textItem.document().documentMargin()
            box = item.textItem.boundingRect().adjusted(m, m, -m, -m)
            out.append((item.textItem.toPlainText(), item.textItem.mapRectToScene(box)))
    return out


@pytest.mark.parametrize("cases", [REFERENCE, []], ids=["reference", "empty"])
def test_instruments_chart_writes_table_2_focus_and_ppp_rows_per_level(qapp, cases):
    """Under each level's bars the chart writes Table 2's focus row and protect / promote / partner
    row in words (black and white: text, not colour), whole, even with no case in scope."""
    chart = offscreen_chart("instruments", cases)
    texts = drawn_texts(chart)
    assert [row[1] for row in chart.table2_rows] == TABLE2_FOCUS_ROWS
    assert [row[2] for row in chart.table2_rows] == TABLE2_PPP_ROWS
    assert [row[0] for row in chart.table2_rows] == list(pf.Level)
    for row in TABLE2_FOCUS_ROWS + TABLE2_PPP_ROWS:
        assert row in texts  # not cut with "…" at the export size
    tips = [t.tooltip for t in chart.targets if not t.case_ids]
    assert len(tips) == 4 and "source of strength in focus: knowledge security" in tips[0]
    assert "strong emphasis on partner" in tips[2]


def test_instruments_chart_text_never_overlaps(qapp):
    """At the export size, the PDF page size and the least on-screen height, no two texts touch
    and no text runs into a bar."""
    from PySide6.QtCore import QSize

    from desktop.reports.figures import PAGE_CHART, PAGE_SCALE

    for kwargs in ({}, {"scale": 2.0}, {"base": PAGE_CHART, "scale": PAGE_SCALE}, {"size": QSize(800, 600)}):
        chart = offscreen_chart("instruments", REFERENCE, "all cases", **kwargs)
        boxes = _text_boxes(chart)
        assert len(boxes) == 4 * (1 + 3 + 2)
        for (a, ra), (b, rb) in itertools.combinations(boxes, 2):
            assert not ra.intersects(rb), (kwargs, a, b)
        bars = [item.mapRectToScene(item.rect()) for item in chart.plot_item.items
                if isinstance(item, pg.QtWidgets.QGraphicsRectItem) and item.pen().style() != Qt.PenStyle.NoPen]
        assert len(bars) == sum(count > 0 for _, _, count, _ in chart.marks)
        for text, box in boxes:
            assert not any(box.intersects(bar) for bar in bars), (kwargs, text)
        if "base" in kwargs:  # the PDF page keeps every Table 2 row whole
            assert set(TABLE2_FOCUS_ROWS + TABLE2_PPP_ROWS) <= set(drawn_texts(chart))


def test_chart_text_is_literal_and_long_labels_fit_their_cell(qapp):
    case = reference_cases()[0].model_copy(update={"id": "own-html", "title": "<b>光刻机</b> & <i>" + "x" * 90,
                                                   "reference": None})
    chart = offscreen_chart("strength-map", [case])
    labels = [t for t in drawn_texts(chart) if t.startswith("<b>")]
    assert labels and all(t.startswith("<b>光刻机</b> &") for t in labels)
    for item, _, units in chart.elided:  # cut to the cell: "…" and no wider than its room
        width_px = item.textItem.boundingRect().width()
        assert width_px <= units * chart.vb.width() / chart.content.width() + 8
    assert "…" in labels[0]


def test_an_empty_scope_says_so(qapp):
    for name in CHARTS:
        chart = offscreen_chart(name, [])
        if name == "instruments":  # the levels stay, with nothing counted
            assert {count for _, _, count, _ in chart.marks} == {0}
        else:
            assert chart.marks == [] and "No cases are selected." in drawn_texts(chart)


# -- the page in the window -----------------------------------------------------------------------
def test_clicking_a_marker_opens_the_case_and_closing_returns_to_the_portfolio(qtbot, window, portfolio):
    assert window.stack.currentWidget() is portfolio and not window.toolbar.isVisible()
    chart = portfolio.chart()
    mark = next(m for m in chart.marks if m.case_id == LITHO)
    click_chart_at(qtbot, chart, mark.x, mark.y)
    assert window.editor is not None and window.editor.controller.case_id == LITHO
    window.close_editor()
    assert window.stack.currentWidget() is portfolio
    qtbot.keyClick(portfolio, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.browser and window.toolbar.isVisible()


def test_clicking_a_feasibility_cell_and_a_bar_row_open_cases(qtbot, window, portfolio):
    portfolio.set_figure("feasibility")
    chart = portfolio.chart()
    case_id, level, _, _ = chart.marks[0]
    row = next(r for r, (cid, _, _) in enumerate(pf.feasibility(portfolio.shown_cases()).rows) if cid == case_id)
    n = len(portfolio.shown_cases())
    click_chart_at(qtbot, chart, list(pf.Level).index(level), n - 1 - row)
    assert window.editor.controller.case_id == case_id
    window.close_editor()
    portfolio.set_figure("leverage")
    chart = portfolio.chart()
    top = chart.marks[0]
    click_chart_at(qtbot, chart, 5.1, top.y)  # right of the bar, same row
    assert window.editor.controller.case_id == top.case_id


def test_a_bar_for_several_cases_offers_them_in_a_menu(qtbot, window, portfolio, monkeypatch):
    portfolio.set_figure("instruments")
    chart = portfolio.chart()
    offered = []

    def pick_second(menu, where):
        offered.extend(a.text() for a in menu.actions())
        menu.actions()[1].trigger()

    monkeypatch.setattr(portfolio, "popup_menu", pick_second)
    target = next(t for t in chart.targets if len(t.case_ids) > 2)
    click_chart_at(qtbot, chart, target.rect.center().x(), target.rect.center().y())
    assert len(offered) == len(target.case_ids)
    assert window.editor.controller.case_id == target.case_ids[1]


def test_hovering_shows_the_full_title_literally(qtbot, portfolio):
    chart = portfolio.chart()
    mark = next(m for m in chart.marks if m.case_id == LITHO)
    chart._moved(chart.scene_pos(mark.x, mark.y))
    assert "Lithography for semiconductor front-end production" in chart.toolTip()
    chart._moved(chart.scene_pos(2.4, -0.45))  # empty corner
    assert chart.toolTip() == ""


def test_scope_area_and_selection_filter_every_chart(qtbot, window, file_store, portfolio):
    file_store.create("My own niche", technology_area="Semiconductors")
    window.analysis.show_list()
    window.browser.select(LITHO)
    window.analysis.show_portfolio()
    assert portfolio.scope_box.itemText(3) == "Selected cases (1)"
    portfolio.scope_box.setCurrentIndex(2)  # My cases
    assert [c.title for c in portfolio.shown_cases()] == ["My own niche"]
    assert "1 case (my cases)" in portfolio.chart()._title
    portfolio.scope_box.setCurrentIndex(3)
    assert [c.id for c in portfolio.shown_cases()] == [LITHO]
    portfolio.scope_box.setCurrentIndex(0)
    portfolio.area_box.setCurrentIndex(portfolio.area_box.findData("Semiconductors"))
    assert {c.id for c in portfolio.shown_cases()} == {LITHO, "dpc2024-automotive-chips",
                                                      file_store.list_summaries()[-1].id}
    for name in pf.FIGURES:  # every tab honours the filter
        portfolio.set_figure(name)
        assert "3 cases (all cases, Semiconductors)" in portfolio.chart()._title


def test_a_case_opened_from_the_selected_scope_returns_to_the_same_scope(qtbot, window, portfolio):
    window.analysis.show_list()
    model, sel = window.browser.table.model(), window.browser.table.selectionModel()
    for r in range(3):
        sel.select(model.index(r, 0), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
    window.analysis.show_portfolio()
    portfolio.scope_box.setCurrentIndex(3)
    chosen = [c.id for c in portfolio.shown_cases()]
    assert len(chosen) == 3
    portfolio.open_case.emit(chosen[0])
    assert window.editor is not None
    window.close_editor()
    assert window.stack.currentWidget() is portfolio
    assert portfolio.scope_box.itemText(3) == "Selected cases (3)"
    assert [c.id for c in portfolio.shown_cases()] == chosen


def test_a_store_that_cannot_be_read_is_said_above_the_chart(portfolio, monkeypatch):
    def fail(*_args):
        raise StoreError("disk I/O error")

    monkeypatch.setattr(portfolio.store, "portfolio_rows", fail)
    portfolio.refresh()
    assert portfolio.status.text().startswith("The cases could not be read: disk I/O error")
    assert portfolio.shown_cases() == []


def test_the_page_reads_light_rows_and_skips_a_damaged_case(portfolio, monkeypatch):
    """Issue 20: the page never validates whole cases (seconds for 10,000); one damaged
    document leaves the other cases' charts as they were."""
    def whole_cases(*_args):
        raise AssertionError("the portfolio page read whole cases")

    store = portfolio.store
    store.db.execute("UPDATE cases SET document = '{\"id\": 3' WHERE id = ?", [LITHO])
    store.db.conn.commit()
    monkeypatch.setattr(store, "cases", whole_cases)
    portfolio.refresh()
    assert all(type(c) is pf.PortfolioRow for c in portfolio.cases)
    assert len(portfolio.shown_cases()) == len(REFERENCE) - 1 and LITHO not in {c.id for c in portfolio.cases}
    assert "11 cases" in portfolio.chart()._title and not portfolio.read_error


def test_export_from_the_page_writes_png_and_svg_and_explains_failures(portfolio, tmp_path, monkeypatch):
    png = portfolio.export_chart(str(tmp_path / "map"))
    assert png.suffix == ".png"
    image = QImage(str(png))
    assert image.width() == 2400 and image.height() >= 600
    portfolio.set_figure("leverage")
    svg = portfolio.export_chart(str(tmp_path / "lev.svg"))
    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid()
    assert "Lithography for semiconductor" in svg.read_text(encoding="utf-8")  # text stays text
    shown = []
    monkeypatch.setattr("desktop.views.portfolio.portfolio_view.plain_message",
                        lambda parent, icon, title, text: shown.append(text) or type("B", (), {"exec": lambda s: 0})())
    assert portfolio.export_chart(str(tmp_path / "missing" / "x.png")) is None
    assert shown and "folder does not exist" in shown[0]
    assert portfolio.export_chart(str(tmp_path / "x.pdf")) is None and "png or .svg" in shown[1]


def test_compare_and_portfolio_actions_follow_the_selection(qtbot, window):
    window.browser.select(LITHO)
    assert not window.act.compare.isEnabled() and window.act.portfolio.isEnabled()
    window.browser.table.selectAll()
    assert not window.act.compare.isEnabled()  # more than four
    window.browser.table.clearSelection()
    model = window.browser.table.model()
    sel = window.browser.table.selectionModel()
    for r in range(3):
        sel.select(model.index(r, 0), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
    assert window.act.compare.isEnabled()
    window.act.compare.trigger()
    assert window.stack.currentWidget() is window.analysis.compare
    assert len(window.analysis.compare.comparison.cases) == 3


# -- the command line -----------------------------------------------------------------------------
@pytest.mark.parametrize("name", list(pf.FIGURES))
def test_rdw_figure_writes_each_figure(tmp_path, capsys, name):
    out = tmp_path / f"{name}.png"
    open_store(tmp_path / "db.sqlite").close()  # (figure only reads: the database is made beforehand)
    assert main(["--db", str(tmp_path / "db.sqlite"), "figure", name, "--out", str(out)]) == 0
    assert QImage(str(out)).width() == 2400


def test_rdw_figure_instruments_exports_the_table_2_rows(tmp_path, capsys):
    """`rdw figure instruments` writes the focus row of every level, as text in the SVG, and a
    PNG as tall as the chart needs."""
    db = str(tmp_path / "db.sqlite")
    open_store(db).close()  # (figure only reads: the database is made beforehand)
    svg = tmp_path / "instruments.svg"
    assert main(["--db", db, "figure", "instruments", "--out", str(svg)]) == 0
    text = svg.read_text(encoding="utf-8")
    for row in set(TABLE2_FOCUS_ROWS + TABLE2_PPP_ROWS):
        assert row in text, row
    assert text.count("Focus (Table 2): knowledge security") == 2  # threat prevention and curtailment
    png = tmp_path / "instruments.png"
    assert main(["--db", db, "figure", "instruments", "--out", str(png)]) == 0
    image = QImage(str(png))
    assert image.width() == 2400 and image.height() >= 1600


def test_rdw_figure_svg_selection_and_errors(tmp_path, capsys):
    db = str(tmp_path / "db.sqlite")
    open_store(db).close()  # (figure only reads: the database is made beforehand)
    svg = tmp_path / "lev.svg"
    assert main(["--db", db, "figure", "leverage", "--out", str(svg), "--cases", f"{LITHO},dpc2024-genomic-data"]) == 0
    text = svg.read_text(encoding="utf-8")
    assert "2 selected cases" in text.replace("\n", " ")
    assert "Automotive chips" not in text
    capsys.readouterr()
    assert main(["--db", db, "figure", "leverage", "--out", str(svg), "--cases", "nope"]) == 1
    assert "no case with id 'nope'" in capsys.readouterr().err
    assert main(["--db", db, "figure", "leverage", "--out", str(tmp_path / "x.gif")]) == 1
    assert main(["--db", db, "figure", "nonsense", "--out", str(svg)]) == 2


def test_rdw_figure_in_french_and_german(tmp_path, capsys):
    """``--lang``: the figure's words (title, scope, axes, values) in that language, the cases'
    own titles as written; without it, English as before; an unknown language is one usage
    line and exit 2, as for every command's ``--lang``."""
    db = str(tmp_path / "db.sqlite")
    open_store(db).close()  # (figure only reads: the database is made beforehand)
    chosen = ["--cases", f"{LITHO},dpc2024-genomic-data"]
    texts = {}
    for lang in ("", "en", "fr", "de"):
        svg = tmp_path / f"leverage-{lang or 'default'}.svg"
        assert main(["--db", db, "figure", "leverage", "--out", str(svg), *chosen, *(["--lang", lang] if lang else [])]) == 0
        texts[lang] = svg.read_text(encoding="utf-8").replace("\n", " ")
    assert texts[""] == texts["en"] and "Degree of leverage — 2 cases (2 selected cases)" in texts["en"]
    assert "Degré de levier — 2 cas (2 cas sélectionnés)" in texts["fr"] and "Moyen à élevé" in texts["fr"]
    assert "Grad der Hebelwirkung — 2 Fälle (2 ausgewählte Fälle)" in texts["de"] and "Mittel bis hoch" in texts["de"]
    for lang in ("fr", "de"):
        assert "Degree of" not in texts[lang] and "selected" not in texts[lang] and "Medium" not in texts[lang]
        assert "Genomic data" in texts[lang]  # a case's title stays as written
    svg = tmp_path / "reference-fr.svg"
    assert main(["--db", db, "figure", "strength-map", "--out", str(svg), "--scope", "reference", "--lang", "fr_FR"]) == 0
    assert "bibliothèque de référence" in svg.read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", db, "figure", "leverage", "--out", str(svg), "--lang", "es"]) == 2
    assert capsys.readouterr().err == "rdw figure: error: argument --lang: no language 'es': choose one of en, fr, de\n"


def test_export_figure_refuses_a_folder_and_other_suffixes(qapp, tmp_path):
    """An output error like every other (its reason in the reader's language in the window)."""
    from desktop.models.messages import in_language
    from desktop.models.output_files import OutputError

    folder = tmp_path / "dir.png"
    folder.mkdir()
    with pytest.raises(OutputError, match="is a folder"):
        export_figure("leverage", REFERENCE, folder)
    with pytest.raises(OutputError, match="give a .png or .svg") as refused:
        export_figure("leverage", REFERENCE, tmp_path / "x.jpg")
    assert "donnez un nom de fichier" in in_language(refused.value, "fr")


def test_a_huge_scope_draws_the_first_cases_and_says_so(qapp):
    from desktop.views.portfolio.chart_base import MAX_CASES_DRAWN

    many = [c.model_copy(update={"id": f"{c.id}-{i}", "reference": None}) for i in range(15) for c in REFERENCE]
    chart = offscreen_chart("leverage", many)
    assert len(chart.marks) == MAX_CASES_DRAWN
    assert f"first {MAX_CASES_DRAWN} of {len(many)} cases" in chart.note
    assert chart._title.endswith(f"first {MAX_CASES_DRAWN} shown")
    inst = offscreen_chart("instruments", many)  # counts: every case counts
    assert sum(count for _, _, count, _ in inst.marks) == 15 * sum(len(c.instruments) for c in REFERENCE)


def test_text_size_for_a_projector(qtbot, portfolio):
    """Ctrl++ / the Text box make every chart's text and markers larger; the data stay the same."""
    chart = portfolio.chart()
    marks = list(chart.marks)
    small = max(item.textItem.font().pixelSize() or item.textItem.font().pointSizeF()
                for item in chart.plot_item.items if isinstance(item, pg.TextItem))
    qtbot.keyClick(portfolio, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert portfolio.zoom == 1.25 and portfolio.size_box.currentData() == 1.25
    portfolio.size_box.setCurrentIndex(3)
    big_chart = portfolio.chart()
    assert big_chart is not chart and big_chart.zoom == 2.0 and big_chart.marks == marks
    big = max(item.textItem.font().pixelSize() or item.textItem.font().pointSizeF()
              for item in big_chart.plot_item.items if isinstance(item, pg.TextItem))
    assert big >= 1.9 * small
    qtbot.keyClick(portfolio, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert portfolio.zoom == 1.5

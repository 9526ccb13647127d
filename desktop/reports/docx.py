"""Scorecards as a Word document (.docx), for officers who write their memos in Word or
LibreOffice: the same content as the PDF, but editable.

Scorecards 1 and 2 are native tables whose coloured cells also carry their labels (readable in
black and white); the optional sections and memo annexes follow in the PDF's order and wording.
Everything sits on Word's built-in styles (Heading 1 per case, so the navigation pane is the
contents; Heading 2/3, Caption, Table Grid), so a ministry template restyles it. Each case is a
section of its own, starting on a new page, with its running head; the handling banner is in
every page's header and footer, the method's citation in the footer and at the end of each case.
East Asian text has a declared font (Microsoft YaHei, with the WenQuanYi Micro Hei the app
bundles as its alternative) and the document's East Asian language, so Chinese renders.

python-docx is imported inside the functions: ``rdw --version`` and the app's start-up never
load it. The document is built in memory and written by ``models.output_files``' rules.
"""

from __future__ import annotations

import io
from datetime import datetime, timezone
from pathlib import Path

from .. import APP_NAME
from ..models.language import Phrase
from ..models.output_files import OutputError, write_bytes
from ..models.palette import colours_for
from ..models.provenance import marked
from ..models.scales import LeverageDegree, Stance
from ..models.scorecard import Scorecard
from ..models.scorecard_words import WORD_LANGUAGE
from .destination import writable_file

EAST_ASIAN_FONT = "Microsoft YaHei"  # on every Windows with Office; Word's usual choice for Chinese
EAST_ASIAN_ALTERNATIVE = "WenQuanYi Micro Hei"  # bundled with the app (resources/fonts), on Linux
EAST_ASIAN_LANGUAGE = "zh-CN"
LANGUAGE = "en-GB"
NOT_RATED = "— not rated"
TICKED, UNTICKED = "☒", "☐"  # Word's own check-box glyphs: a tick that prints in black and white
FIGURES_NOT_IN_WORD = ("cannot hold the portfolio figures: they are in the PDF export only "
                       "(write a .pdf, or leave the figures out)")
RUNNING_TITLE = 70  # characters of a case title in the running head: the date is never cut


def export_docx(cards: list[Scorecard], out: Path, page: str = "a4", figures: list | None = None,
                protect=None) -> None:
    """Build the document in memory, then write it by ``output_files``' rules (never half a
    file, never the open database ``protect``). ``figures`` are PDF-only: asking for them here
    is an ``OutputError`` before anything is built."""
    writable_file(out, protect)
    if figures:
        raise OutputError(out, FIGURES_NOT_IN_WORD)
    try:
        raw = build_docx(cards, page)
    except Exception as error:  # python-docx or lxml: one clear line, nothing written
        reason = " ".join(str(error).split()) or type(error).__name__
        raise OutputError(out, Phrase("errors_store", "output.failed_with", reason=reason)) from None
    write_bytes(out, raw, protect)


def build_docx(cards: list[Scorecard], page: str = "a4") -> bytes:
    """The .docx file's bytes: one section per case (a new page each), in the given order."""
    import docx
    from docx.enum.section import WD_SECTION

    from . import docx_parts as parts

    if not cards:
        raise ValueError("no scorecards to write")
    doc = docx.Document()
    _styles(doc, parts)
    _east_asian(doc, WORD_LANGUAGE[cards[0].language])
    _properties(doc, cards)
    banner = next((card.banner for card in cards if card.banner), None)  # the same on every page
    for n, card in enumerate(cards):
        section = doc.sections[0] if n == 0 else doc.add_section(WD_SECTION.NEW_PAGE)
        if n == 0:
            _page(section, page)
            _footer(section, card, banner, parts)
        width = section.page_width - section.left_margin - section.right_margin
        _running_head(section, card, banner, width, parts)
        _case(doc, card, width, parts)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


# -- the document: styles, fonts, page, header and footer ------------------------------------------
def _styles(doc, parts) -> None:
    """Tune Word's built-in styles towards the PDF's look (a template replaces them by name)."""
    from docx.shared import Pt

    styles = doc.styles
    normal = styles["Normal"]
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.1
    for level, size, before in ((1, 17, 0), (2, 12.5, 14), (3, 10.5, 8)):
        style = styles[f"Heading {level}"]
        style.font.size, style.font.color.rgb = Pt(size), parts.NAVY
        style.paragraph_format.space_before, style.paragraph_format.space_after = Pt(before), Pt(4)
    cap = styles["Caption"]
    cap.font.bold, cap.font.size, cap.font.color.rgb = False, Pt(8), parts.MUTED
    cap.paragraph_format.space_after = Pt(6)
    for name in ("Header", "Footer"):
        style = styles[name]
        style.font.size, style.font.color.rgb = Pt(7.5), parts.MUTED
        style.paragraph_format.tab_stops.clear_all()  # the template's stops are for Letter


def _east_asian(doc, language: str = LANGUAGE) -> None:
    """Chinese text renders: every style's East Asian font is named (not a theme font, whose
    East Asian face is empty in python-docx's template), the East Asian language is Chinese,
    and the font table names the bundled WenQuanYi Micro Hei as Microsoft YaHei's alternative."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.ns import qn
    from lxml import etree

    root = doc.styles.element
    normal = doc.styles["Normal"].element.get_or_add_rPr()
    normal.get_or_add_rFonts()
    for fonts in root.iter(qn("w:rFonts")):
        fonts.attrib.pop(qn("w:eastAsiaTheme"), None)
        fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    for lang in root.iter(qn("w:lang")):  # the document's language: its reader's spelling and hyphenation
        lang.set(qn("w:val"), language)
        lang.set(qn("w:eastAsia"), EAST_ASIAN_LANGUAGE)
    for lang in doc.settings.element.iter(qn("w:themeFontLang")):
        lang.set(qn("w:val"), language)
        lang.set(qn("w:eastAsia"), EAST_ASIAN_LANGUAGE)
    table = next(rel.target_part for rel in doc.part.rels.values() if rel.reltype == RT.FONT_TABLE)
    fonts = etree.fromstring(table.blob)
    for name, alternative in ((EAST_ASIAN_FONT, EAST_ASIAN_ALTERNATIVE), (EAST_ASIAN_ALTERNATIVE, None)):
        font = etree.SubElement(fonts, qn("w:font"))
        font.set(qn("w:name"), name)
        if alternative:
            etree.SubElement(font, qn("w:altName")).set(qn("w:val"), alternative)
        etree.SubElement(font, qn("w:charset")).set(qn("w:val"), "86")  # GB2312: simplified Chinese
        etree.SubElement(font, qn("w:family")).set(qn("w:val"), "swiss")
        etree.SubElement(font, qn("w:pitch")).set(qn("w:val"), "variable")
    table._blob = etree.tostring(fonts, xml_declaration=True, encoding="UTF-8", standalone=True)


def _properties(doc, cards: list[Scorecard]) -> None:
    """File ▸ Properties: title, subject (the cases), author, keywords (technology areas)."""
    from .docx_parts import clean

    def joined(values) -> str:
        return clean(", ".join(dict.fromkeys(v for v in values if v)))[:255]

    core = doc.core_properties
    core.title = clean(cards[0].words("document.title", titles=", ".join(card.title for card in cards)))[:255]
    core.subject = joined(card.title for card in cards)
    core.author = joined(card.author for card in cards) or APP_NAME
    core.keywords = joined(card.technology_area for card in cards if card.technology_area != "—")
    core.comments = cards[0].citation
    core.last_modified_by = APP_NAME
    core.revision = 1
    core.created = core.modified = datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)


def _page(section, page: str) -> None:
    from docx.shared import Inches, Mm

    section.page_width, section.page_height = (Inches(8.5), Inches(11)) if page == "letter" else (Mm(210), Mm(297))
    section.left_margin = section.right_margin = Mm(18)
    section.top_margin = section.bottom_margin = Mm(20)
    section.header_distance = section.footer_distance = Mm(8)


def _banner(container, banner: str, parts, first=None) -> None:
    """The handling banner: bold, black, centred, one line as typed."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    p = first if first is not None else container.add_paragraph(style=container.paragraphs[0].style)
    parts.run(p, banner, bold=True, ink=parts.INK, size=9.5)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _running_head(section, card: Scorecard, banner: str | None, width, parts) -> None:
    """Banner, then "<title> · Scorecards · <date>" and the app's name at the right margin."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Pt

    header = section.header
    header.is_linked_to_previous = False
    first = header.paragraphs[0]
    if banner:
        _banner(header, banner, parts, first)
        first = header.add_paragraph(style=first.style)
    title = card.title if len(card.title) <= RUNNING_TITLE else card.title[:RUNNING_TITLE - 1].rstrip() + "…"
    parts.run(first, f"{title}{card.words('head.case', date=card.date)}\t{APP_NAME}")
    first.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    first.paragraph_format.space_after = Pt(6)


def _footer(section, card: Scorecard, banner: str | None, parts) -> None:
    """The citation, "Page x of y" (Word's fields), then the banner; shared by every section."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    footer = section.footer
    footer.is_linked_to_previous = False
    cite = footer.paragraphs[0]
    parts.run(cite, card.citation)
    number = footer.add_paragraph(style=cite.style)
    number.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # "Page {page} of {total}" in the document's language, its numbers Word's fields
    before, _page, rest = card.words("page.of", page="\0", total="\1").partition("\0")
    middle, _total, after = rest.partition("\1")
    parts.run(number, before)
    parts.field(number, "PAGE", "1")
    parts.run(number, middle)
    parts.field(number, "NUMPAGES", "1")
    if after:
        parts.run(number, after)
    if banner:
        _banner(footer, banner, parts)


# -- one case ------------------------------------------------------------------------------------
def _case(doc, card: Scorecard, width, parts) -> None:
    """The case's heading and details, its context, Scorecards 1 and 2, the optional parts and
    the citation: the PDF's order."""
    from docx.shared import Pt

    w = card.words
    parts.heading(doc, card.title, 1)
    parts.muted(doc, w("header.field", area=card.technology_area))
    if card.actors:
        parts.muted(doc, w("header.actors", actors=", ".join(card.actors)), size=9)
    who = ", ".join(x for x in (card.author, card.organisation) if x)
    version = w("header.version", version=card.version) if card.version.isdigit() else card.version
    meta = " · ".join(x for x in (w("header.by", who=who) if who else "", card.date, version) if x)
    parts.muted(doc, meta, size=8.5)
    if card.source_note:
        parts.caption(doc, card.source_note)
    if card.context is not None:
        parts.context(doc, card.context, card.words)
    _scorecard_1(doc, card, width, parts)
    _scorecard_2(doc, card, width, parts)
    parts.extras(doc, card)
    cite = parts.para(doc, card.citation, ink=parts.MUTED, size=8)
    cite.paragraph_format.space_before = Pt(12)


def _rating(parts, cell, value, label: str) -> None:
    """A coloured cell that says its rating in words too."""
    background, text = colours_for(value)
    parts.cell_text(cell, label, bold=True, ink=parts.colour(text), centre=True, fill=background)


def _scorecard_1(doc, card: Scorecard, width, parts) -> None:
    w = card.words
    not_rated = w("dash_not_rated")
    parts.heading(doc, w("sc1.title"), 2)
    t = parts.table(doc, 1 + len(card.pillars), [int(width * 0.4), int(width * 0.3), int(width * 0.3)])
    heads = (w("sc1.pillar_head"), w.label(Stance.MAINTAIN), w.label(Stance.REGAIN_DEVELOP))
    for n, (cell, text) in enumerate(zip(t.rows[0].cells, heads)):
        parts.cell_text(cell, text, bold=True, ink=parts.MUTED, centre=n > 0)
    for row, pillar in zip(t.rows[1:], card.pillars):
        cells = row.cells
        parts.cell_text(cells[0], pillar.label, bold=True)
        if pillar.present is False:
            parts.cell_text(cells[1].merge(cells[2]), w("sc1.not_source"), ink=parts.MUTED, centre=True)
            continue
        for cell, stance in zip(cells[1:], ("maintain", "regain_develop")):
            if pillar.stance is not None and pillar.stance.value == stance:
                if pillar.likelihood is None:
                    parts.cell_text(cell, not_rated, ink=parts.MUTED, centre=True)
                else:
                    _rating(parts, cell, pillar.likelihood, marked(w.likelihood(pillar.likelihood), pillar.provenance))
            elif pillar.present is None or pillar.stance is None:
                parts.cell_text(cell, not_rated, ink=parts.MUTED, centre=True)
    parts.keep_together(t, with_next=True)
    parts.caption(doc, card.likelihood_legend)
    if card.marks_1:
        parts.caption(doc, card.provenance_legend)

    parts.heading(doc, marked(w.term("term.types_of_strength"), card.types_provenance), 3)
    t = parts.table(doc, (len(card.types) + 1) // 2, [int(width / 2)] * 2, header=False)
    for n, (label, on) in enumerate(card.types):
        parts.cell_text(t.rows[n // 2].cells[n % 2], f"{TICKED if on else UNTICKED} {label}", bold=on,
                        ink=None if on else parts.MUTED)
    parts.keep_together(t)

    degree = card.leverage
    parts.heading(doc, w("sc1.leverage", value=marked(w.label(degree), card.leverage_provenance) if degree
                         else w("not_rated")), 3)
    steps = list(LeverageDegree)
    t = parts.table(doc, 1, [int(width / len(steps))] * len(steps), header=False)
    for cell, step in zip(t.rows[0].cells, steps):
        if step is degree:
            _rating(parts, cell, step, w.label(step))
        else:
            parts.cell_text(cell, w.label(step), ink=parts.MUTED, centre=True, fill="#f3f5f8")


def _scorecard_2(doc, card: Scorecard, width, parts) -> None:
    from docx.shared import Pt

    w = card.words
    parts.heading(doc, w("sc2.title"), 2)
    t = parts.table(doc, 2, [int(width / 4)] * 4)
    for n, (name, feasibility, col) in enumerate(zip(t.rows[0].cells, t.rows[1].cells, card.levels), start=1):
        chosen = "  " + marked(w("sc2.chosen"), col.chosen_provenance).replace(" ", "\u00a0") if col.chosen else ""
        parts.cell_text(name, f"{n}. {w.label(col.level)}{chosen}", bold=True, ink=parts.NAVY if col.chosen else None)
        if col.feasibility is None:
            parts.cell_text(feasibility, w("dash_not_rated"), ink=parts.MUTED, centre=True)
        else:
            _rating(parts, feasibility, col.feasibility, marked(w.label(col.feasibility), col.provenance))
    parts.keep_together(t, with_next=True)
    parts.caption(doc, card.feasibility_legend)
    if card.marks_2:
        parts.caption(doc, card.provenance_legend)
    for col in card.levels:
        plain = w("sc2.core_chosen" if col.chosen else "sc2.core", level=col.level)
        parts.heading(doc, marked(plain, col.recommendations_provenance), 3)
        if col.shows_none:
            parts.muted(doc, col.empty_text)
        else:
            if col.builds_on_line:  # "All of the measures under ability to deny, plus:"
                parts.para(doc, col.builds_on_line).paragraph_format.keep_with_next = True
            if col.recommendations:
                rows = parts.table(doc, 1 + len(col.recommendations), [int(width * 0.24), int(width * 0.76)])
                head = rows.rows[0].cells
                parts.cell_text(head[0], w.term("term.protect_promote_partner"), bold=True, ink=parts.MUTED)
                parts.cell_text(head[1], w("sc2.core_one"), bold=True, ink=parts.MUTED)
                for p in head[0].paragraphs + head[1].paragraphs:  # the header goes with the first row
                    p.paragraph_format.keep_with_next = True
                for row, (ppp, text) in zip(rows.rows[1:], col.recommendations):
                    kind, body = row.cells
                    parts.cell_text(kind, ppp, bold=True, ink=parts.MUTED)
                    parts.cell_text(body, text)
            if col.omitted:  # "… and 1,975 more (see the case file)": cut, and said so
                parts.para(doc, col.omitted_line, bold=True, ink=parts.MUTED)
        if col.note:  # the level's caveat
            note = parts.para(doc, col.note, italic=True, ink=parts.MUTED if col.shows_none else None)
            note.paragraph_format.space_before = Pt(3)

"""Building blocks of the Word export (``docx``): literal text, shaded table cells, fields, and
the optional parts of a scorecard (the context, the optional sections, the memo annexes and the
workshop record) in the PDF's order and wording.

Everything is written on Word's own styles (Heading 2/3, Caption, List Bullet, Table Grid) so a
ministry template restyles it; direct formatting is kept to what carries meaning (a rating's
colour, bold for what is chosen, grey for what is muted). Plain python-docx, no Qt: the Word
export never loads the GUI libraries. Callers import python-docx before this module.
"""

from __future__ import annotations

import re

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from ..models.scorecard import Context, Scorecard
from ..models.scorecard_annexes import ChangesRecord, DissentItem, EvidenceItem, WorkshopRecord
from ..models.scorecard_words import Words, unrated_factors, words

INK = RGBColor(0x1F, 0x23, 0x28)
MUTED = RGBColor(0x4A, 0x4F, 0x57)
NAVY = RGBColor(0x1A, 0x3D, 0x6D)
TABLE_STYLE = "Table Grid"  # built in: a template's own table style replaces it by name

# XML 1.0 cannot hold C0 controls (other than tab, newline, carriage return), U+FFFE/U+FFFF or lone
# surrogates; python-docx raises on them. They carry nothing a reader sees, so they go.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean(text: object) -> str:
    """User text as Word can hold it, otherwise literal: a line break stays a line break
    (python-docx writes ``<w:br/>``), a tab a tab; markup-like text is plain text."""
    return _INVALID.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n"))


def colour(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def run(paragraph, text: str, *, bold: bool = False, italic: bool = False, ink: RGBColor | None = None,
        size: float | None = None):
    r = paragraph.add_run(clean(text))
    if bold:
        r.bold = True
    if italic:
        r.italic = True
    if ink is not None:
        r.font.color.rgb = ink
    if size is not None:
        r.font.size = Pt(size)
    return r


def para(container, text: str = "", style: str | None = None, **fmt):
    """A paragraph in ``container`` (the document, a cell, a header) with one run of ``text``."""
    p = container.add_paragraph(style=style)
    if text:
        run(p, text, **fmt)
    return p


def muted(container, text: str, size: float | None = None):
    return para(container, text, ink=MUTED, size=size)


def heading(doc, text: str, level: int):
    """Word's Heading n: the navigation pane lists it, a template restyles it."""
    return para(doc, text, f"Heading {level}")


def caption(doc, text: str):
    """A legend or explanation under a table, in Word's Caption style."""
    return para(doc, text, "Caption")


def shade(cell, fill: str) -> None:
    """Fill a cell (``w:shd``): the colour of a rating; the cell's text carries its label."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill.lstrip("#").upper())
    tc_pr.append(shd)


def cell_text(cell, text: str, *, bold: bool = False, italic: bool = False, ink: RGBColor | None = None,
              centre: bool = False, fill: str | None = None):
    """Write ``text`` into the cell's first paragraph; ``fill`` shades the cell."""
    p = cell.paragraphs[0]
    run(p, text, bold=bold, italic=italic, ink=ink)
    if centre:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill:
        shade(cell, fill)
    return p


def table(doc, rows: int, widths: list, header: bool = True):
    """A table in the built-in table style with fixed column widths (EMU); its first row is a
    header row that Word repeats on every page the table runs onto; a row never breaks across
    pages."""
    t = doc.add_table(rows=rows, cols=len(widths))
    t.style = doc.styles[TABLE_STYLE]
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    t.autofit = False
    for column, width in zip(t.columns, widths):
        column.width = width
    for row in t.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    if header:
        t.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    return t


def keep_together(t, with_next: bool = False) -> None:
    """Keep a short table on one page (each row's paragraphs keep with the next row) and, with
    ``with_next``, with the caption after it."""
    rows = t.rows if with_next else t.rows[:-1]
    for row in rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                p.paragraph_format.keep_with_next = True


def field(paragraph, instruction: str, shown: str, **fmt) -> None:
    """A Word field (PAGE, NUMPAGES): Word and LibreOffice fill in the number."""
    def char(kind: str) -> None:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        run(paragraph, "", **fmt)._r.append(element)

    char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run(paragraph, "", **fmt)._r.append(instr)
    char("separate")
    run(paragraph, shown, **fmt)
    char("end")




# -- the optional parts, in the PDF's order ---------------------------------------------------------
def context(doc, ctx: Context, w: Words = words()) -> None:
    heading(doc, w("context.title"), 2)
    if ctx.empty:
        muted(doc, w("context.empty"))
        return
    for label, text in ((w("context.summary"), ctx.summary), (w("context.dependency"), ctx.china_dependency)):
        if text:
            p = para(doc, w("label", label=label) + " ", bold=True)
            run(p, text)
    if ctx.key_facts:
        para(doc, w("context.key_facts"), bold=True).paragraph_format.keep_with_next = True
        for fact in ctx.key_facts:
            para(doc, fact, "List Bullet")


def extras(doc, card: Scorecard) -> None:
    """The optional sections, the memo annexes, then the workshop record (an appendix)."""
    w = card.words
    for title, lines in card.extra_sections:
        heading(doc, title, 2)
        if unrated_factors(w, title, lines):
            muted(doc, w("extra.no_factors"))  # as the PDF: one line, not seven dashes
            continue
        for line in lines:
            para(doc, line)
    if card.sources is not None:
        sources(doc, card.sources, w)
    if card.dissent is not None:
        dissent(doc, card.dissent, w)
    if card.changes is not None:
        changes(doc, card.changes, card.date, w)
    if card.workshop is not None:
        workshop(doc, card.workshop, w=w)


def sources(doc, items: list[EvidenceItem], w: Words = words()) -> None:
    heading(doc, w("sources.title"), 2)
    if not items:
        muted(doc, w("sources.none"))
    for item in items:
        heading(doc, item.heading, 3)
        para(doc, w("sources.rating", value=item.value, confidence=item.confidence))
        if not item.sources:
            muted(doc, w("sources.none_cited"))
        for n, source in enumerate(item.sources, start=1):
            title = para(doc, f"{n}. {source.title}", bold=True)
            rest = [(" · ".join(source.details), INK)] if source.details else []
            rest += [(w("sources.note", note=source.note), MUTED)] if source.note else []
            title.paragraph_format.keep_with_next = bool(rest)
            for text, ink in rest:
                p = para(doc, text, ink=ink, size=9)
                p.paragraph_format.left_indent = Pt(14)


def dissent(doc, items: list[DissentItem], w: Words = words()) -> None:
    heading(doc, w("dissent.title"), 2)
    if not items:
        muted(doc, w("dissent.none"))
    for item in items:
        heading(doc, item.label, 3)
        para(doc, item.text)


def changes(doc, record: ChangesRecord, date: str, w: Words = words()) -> None:
    heading(doc, w("changes.title", snapshot=record.snapshot), 2)
    muted(doc, w("changes.intro", at=record.taken_at, date=date))
    if not record.sections:
        muted(doc, w("changes.none"))
    for step, rows in record.sections:
        heading(doc, step, 3)
        for row in rows:
            para(doc, row.label, bold=True).paragraph_format.keep_with_next = True
            p = para(doc, row.change)
            p.paragraph_format.left_indent = Pt(12)
            for note in row.notes:
                p = para(doc, note, ink=MUTED, size=9)
                p.paragraph_format.left_indent = Pt(24)


def workshop(doc, record: WorkshopRecord, text_width=None, w: Words = words()) -> None:
    heading(doc, w("workshop.title"), 2)
    if record.session or record.facilitator:
        muted(doc, w("workshop.session", session=record.session or "—", facilitator=record.facilitator or "—"))
    if not record.items:
        muted(doc, w("workshop.none"))
    width = text_width or doc.sections[-1].page_width - doc.sections[-1].left_margin - doc.sections[-1].right_margin
    for item in record.items:
        heading(doc, item.label, 3)
        rows = item.rows()
        t = table(doc, len(rows), [int(width * 0.2), int(width * 0.8)], header=False)
        for row, (key, text, dim) in zip(t.rows, rows):
            key_cell, text_cell = row.cells
            cell_text(key_cell, key, bold=True, ink=MUTED)
            cell_text(text_cell, text, ink=MUTED if dim else None)
    heading(doc, w("workshop.log"), 3)
    if not record.log:
        muted(doc, w("workshop.no_log"))
    for line in record.log:
        para(doc, line, "List Bullet")

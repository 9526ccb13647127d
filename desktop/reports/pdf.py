"""Scorecards as one PDF: A4 or Letter, fonts embedded, text selectable and searchable, a
bookmark per case; drawn in memory, then written by ``models.output_files``' rules (beside its
destination, fsynced, moved into place; never the open database).

``pdfa=True`` writes PDF/A-1b, for records systems: Qt's writer declares it (XMP ``pdfaid``
part 1, conformance B; the sRGB output intent; fonts embedded whole), and the bookmark pass
adds what Qt does not write, the subject (the case titles) and the keywords (the technology
areas), to the document information and to the XMP alike, as PDF/A requires them to agree."""

from __future__ import annotations

import io
import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPagedPaintDevice, QPageSize, QPdfWriter

from ..models.language import Phrase
from ..models.output_files import OutputError, write_bytes
from ..models.scorecard import Scorecard
from .application import ensure_gui_application
from .canvas import PAGE_SIZES, Canvas, ExportCancelled, PageSize, ensure_fonts, paged_device
from .destination import writable_file
from .layout import lay_out, plan


def render_pdf(cards: list[Scorecard], path: "str | QIODevice", page: PageSize = PAGE_SIZES["a4"],
               title: str = "Scorecards", figures: list | None = None, *, pdfa: bool = False,
               author: str = "") -> tuple[list[int], int | None]:
    """Write the scorecards (and figures) to ``path`` (a file name or a device; A4 or Letter,
    fonts embedded); returns each case's first page and the figures' first page. ``pdfa``:
    PDF/A-1b, with ``author`` in its metadata."""
    ensure_fonts()
    size = page.points()
    writer = QPdfWriter(path)
    if pdfa:
        writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
        if author:
            writer.setAuthor(xml_text(author))
    writer.setResolution(72)  # one device unit = one point
    writer.setPageLayout(QPageLayout(QPageSize(page.qt), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(title)
    writer.setCreator("Reverse Dependency Workbench")

    canvas = Canvas(paged_device(writer, f"cannot write {path}"), size, dry=False)
    canvas.total_pages, starts, figures_page = plan(cards, size, figures)
    return lay_out(canvas, cards, starts, figures, figures_page), canvas.figures_page


def export_pdf(cards: list[Scorecard], out: Path, page: str = "a4", figures: list | None = None,
               protect=None, *, pdfa: bool = False) -> None:
    """Draw the PDF in memory, add the bookmarks, then write it by ``output_files``' rules, so a
    failure (a full disk, a bookmark pass, Qt) never leaves a half-written file or a temporary one;
    ``figures`` (see ``figures``) are added after the scorecards; ``protect`` is the open
    database, which is never replaced. ``pdfa``: PDF/A-1b for the record (see above)."""
    writable_file(out, protect)
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    try:
        words = cards[0].words if cards else None  # the document's language
        titles = ", ".join(c.title for c in cards)[:200]
        title = words("document.title", titles=titles) if words else "Scorecards: " + titles
        starts, figures_page = render_pdf(cards, buffer, PAGE_SIZES[page], figures=figures,
                                          title=xml_text(title) if pdfa else title, pdfa=pdfa,
                                          author=record_author(cards) if pdfa else "")
        buffer.close()
        raw = bytes(data.data())
        if not raw.startswith(b"%PDF") or b"%%EOF" not in raw[-1024:]:
            raise OutputError(out, Phrase("errors_store", "output.pdf_not_drawn"))
        marks = [(card.title, start) for card, start in zip(cards, starts)]
        if figures_page is not None:
            marks.append((words("figures.title") if words else "Portfolio figures", figures_page))
        raw = with_bookmarks(raw, marks, record_subject(cards) if pdfa else None)
    except (OutputError, ExportCancelled):
        raise
    except Exception as error:  # the bookmark pass or the renderer: one clear line, nothing written
        reason = " ".join(str(error).split()) or type(error).__name__
        raise OutputError(out, Phrase("errors_store", "output.failed_with", reason=reason)) from None
    write_bytes(out, raw, protect)


def with_bookmarks(raw: bytes, marks: list[tuple[str, int]], record: tuple[str, str] | None = None) -> bytes:
    """The PDF ``raw`` with one bookmark (outline entry) per case, pointing at its first page;
    ``record`` (subject, keywords): a PDF/A file's subject and keywords, written to the document
    information and to its XMP metadata, and its PDF 1.4 header kept. Without ``record`` the
    bookmarks are appended to Qt's bytes (``pdf_outline``, no pypdf: issue 20); a PDF/A file is
    rewritten whole by pypdf, which also edits its XMP packet."""
    if record is None:
        from .pdf_outline import with_outline

        return with_outline(raw, marks)
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(raw)))
    for title, page in marks:
        writer.add_outline_item(title=title, page_number=page)
    if len(marks) > 1:
        writer.page_mode = "/UseOutlines"  # a batch opens with its bookmarks showing
    if record is not None:
        _add_record_metadata(writer, *record)
    result = io.BytesIO()
    writer.write(result)
    return result.getvalue()



# -- PDF/A metadata ----------------------------------------------------------------------------
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # not allowed in XML (the XMP)


def xml_text(text: str) -> str:
    """``text`` without the characters XML cannot hold, so the XMP packet stays well-formed and
    agrees with the document information (PDF/A)."""
    return _NOT_XML.sub(" ", text)


def _unique(values) -> list[str]:
    """Each text once, in order, XML-safe and trimmed; blanks and the "—" of an unnamed field dropped."""
    texts = (xml_text(v or "").strip() for v in values)
    return list(dict.fromkeys(v for v in texts if v and v != "—"))


def record_author(cards: list[Scorecard]) -> str:
    """The assessors named on the scorecards (their organisations when no one is named)."""
    return "; ".join(_unique(c.author for c in cards) or _unique(c.organisation for c in cards))[:500]


def record_subject(cards: list[Scorecard]) -> tuple[str, str]:
    """(subject, keywords): the case titles and the technology areas."""
    return "; ".join(_unique(c.title for c in cards))[:2000], "; ".join(_unique(c.technology_area for c in cards))[:2000]


def _add_record_metadata(writer, subject: str, keywords: str) -> None:
    """Subject and keywords in the document information and, equal to them, in the XMP packet
    Qt wrote (``dc:description``, ``pdf:Keywords``); the header stays PDF 1.4, PDF/A-1's base."""
    from xml.sax.saxutils import escape, quoteattr

    from pypdf.generic import NameObject

    info = {k: v for k, v in (("/Subject", subject), ("/Keywords", keywords)) if v}
    if info:
        writer.add_metadata(info)
    stream = writer.root_object["/Metadata"].get_object()
    xmp = stream.get_data().decode("utf-8")
    parts = []
    if subject:
        parts.append(f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(subject)}</rdf:li>'
                     '</rdf:Alt></dc:description>')
    extra = (f'        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
             f'xmlns:pdf="http://ns.adobe.com/pdf/1.3/"'
             + (f" pdf:Keywords={quoteattr(keywords)}" if keywords else "") + ">" + "".join(parts)
             + "</rdf:Description>\n    ")
    if "</rdf:RDF>" not in xmp:
        raise ValueError("the PDF/A metadata Qt wrote has no RDF packet")
    stream.set_data(xmp.replace("</rdf:RDF>", extra + "</rdf:RDF>", 1).encode("utf-8"))
    stream.pop(NameObject("/Filter"), None)  # PDF/A-1: the metadata stream stays unfiltered
    writer.pdf_header = b"%PDF-1.4"

"""Bookmarks appended to Qt's PDF without pypdf (``reports/pdf_outline.py``, issue 20): the
file stays Qt's bytes plus an update, every cross-reference points at its object, and strict
readers (pypdf strict, poppler) find the outline with its titles and pages."""

from __future__ import annotations

import re
import subprocess

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from pypdf import PdfReader

from desktop.models.library import reference_cases
from desktop.models.scorecard import build_scorecard
from desktop.reports.pdf import export_pdf, render_pdf
from desktop.reports.pdf_outline import text_string, with_outline

ODD = ["光刻机 (EUV", "Émile's \\ case ) <b>&amp;</b>", "Emoji 🛰️ and tab\tgone"]


def qt_pdf(cards) -> tuple[bytes, list[int]]:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    starts, _figures = render_pdf(cards, buffer, title="T")
    buffer.close()
    return bytes(data.data()), starts


@pytest.fixture(scope="module")
def cards(qapp):
    return [build_scorecard(case, date="3 December 2026", version="1") for case in reference_cases()[:3]]


def xref_sections(raw: bytes) -> list[dict[int, int]]:
    """Every cross-reference section, newest first (following /Prev): object → offset."""
    sections, at = [], int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", raw).group(1))
    while at is not None:
        assert raw[at:at + 4] == b"xref"
        table, trailer = raw[at:].split(b"trailer", 1)
        entries, lines = {}, iter(table.split(b"\n")[1:])
        for header in lines:
            if header.strip():
                first, count = map(int, header.split())
                for n in range(first, first + count):
                    offset, _generation, kind = next(lines).split()
                    if kind == b"n":
                        entries[n] = int(offset)
        sections.append(entries)
        prev = re.search(rb"/Prev\s+(\d+)", trailer.split(b"startxref")[0])
        at = int(prev.group(1)) if prev else None
    return sections


def test_bookmarks_are_an_update_after_qts_bytes_that_strict_readers_follow(cards, tmp_path):
    raw, starts = qt_pdf(cards)
    marks = [(card.title, start) for card, start in zip(cards, starts)]
    out = with_outline(raw, marks)
    assert out.startswith(raw) and len(out) > len(raw)  # Qt's bytes untouched
    sections = xref_sections(out)
    assert len(sections) == 2
    for section in sections:
        for number, offset in section.items():
            assert re.match(rb"%d 0 obj\b" % number, out[offset:offset + 20]), number
    (tmp_path / "b.pdf").write_bytes(out)
    reader = PdfReader(str(tmp_path / "b.pdf"), strict=True)
    assert [(o.title, reader.get_destination_page_number(o)) for o in reader.outline] == marks
    assert reader.page_mode == "/UseOutlines" and len(reader.pages) == len(PdfReader(_file(tmp_path, raw)).pages)
    assert reader.trailer["/ID"] == PdfReader(_file(tmp_path, raw)).trailer["/ID"]  # kept (PDF/A needs it)
    assert reader.metadata.title == "T"
    done = subprocess.run(["pdfinfo", str(tmp_path / "b.pdf")], capture_output=True, text=True)
    assert done.returncode == 0 and done.stderr == ""


def _file(tmp_path, raw: bytes) -> str:
    path = tmp_path / "qt.pdf"
    path.write_bytes(raw)
    return str(path)


def test_any_title_is_kept_as_written(cards, tmp_path):
    raw, _starts = qt_pdf(cards[:1])
    out = with_outline(raw, [(title, 0) for title in ODD])
    reader = PdfReader(_file(tmp_path, out), strict=True)
    assert [o.title for o in reader.outline] == ODD
    assert text_string("A") == b"<FEFF0041>"


def test_one_bookmark_does_not_open_the_outline_pane(cards, tmp_path):
    raw, _starts = qt_pdf(cards[:1])
    reader = PdfReader(_file(tmp_path, with_outline(raw, [("Only", 0)])), strict=True)
    assert [o.title for o in reader.outline] == ["Only"] and reader.page_mode is None


@pytest.mark.parametrize("raw, marks", [
    (b"", [("A", 0)]),
    (b"%PDF-1.4\nnot really\n%%EOF\n", [("A", 0)]),
    (b"%PDF-1.4\nstartxref\n999999\n%%EOF\n", [("A", 0)]),
], ids=["empty", "no startxref", "xref elsewhere"])
def test_what_is_not_qts_pdf_is_refused(raw, marks):
    with pytest.raises(ValueError):
        with_outline(raw, marks)


def test_a_page_that_is_not_there_or_a_second_pass_is_refused(cards):
    raw, _starts = qt_pdf(cards[:1])
    with pytest.raises(ValueError, match="page"):
        with_outline(raw, [("A", 99)])
    with pytest.raises(ValueError, match="page"):
        with_outline(raw, [])
    with pytest.raises(ValueError, match="outline"):
        with_outline(with_outline(raw, [("A", 0)]), [("B", 0)])


def test_the_export_writes_the_bookmarks_through_the_fast_pass(cards, tmp_path, monkeypatch):
    seen = []
    import desktop.reports.pdf_outline as outline

    real = outline.with_outline
    monkeypatch.setattr(outline, "with_outline", lambda raw, marks: seen.append(marks) or real(raw, marks))
    export_pdf(cards, tmp_path / "c.pdf")
    reader = PdfReader(str(tmp_path / "c.pdf"), strict=True)
    assert seen and [o.title for o in reader.outline] == [c.title for c in cards]

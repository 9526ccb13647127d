"""The Word export as a word processor shows it: LibreOffice (headless) turns the .docx into a
PDF, whose text, fonts and page images are checked — every page carries the banner twice and a
"Page x of y", Chinese renders in a CJK font (the bundled WenQuanYi Micro Hei made visible to
fontconfig, as on a machine that has it), markup stays literal, and the rating colours are on
the page. Slow (LibreOffice starts in a few seconds); skipped with the reason when ``soffice``
is missing (Debian: ``libreoffice-writer-nogui``, which ``./dev`` installs when root).
The page images are left in pytest's temporary folder for a person to look at."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop import METHOD_CITATION
from desktop.models.palette import GREEN, RED, YELLOW
from desktop.models.scorecard import ScorecardOptions
from desktop.reports.content import scorecards_for
from desktop.reports.docx import export_docx

from test_scorecard import folded  # tests/ is on sys.path (pytest prepends it)

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
BANNER = "OFFICIAL – SENSITIVE"
HOSTILE = '<b>x</b> 传感器 & "q"'


def render(docx_path: Path, work: Path) -> Path:
    """The .docx as LibreOffice prints it (a private profile and fontconfig per run)."""
    if SOFFICE is None:
        pytest.skip("LibreOffice is missing (Debian: apt-get install libreoffice-writer-nogui; ./dev does it as root)")
    for tool in ("pdftotext", "pdffonts", "pdftoppm"):
        assert shutil.which(tool), "poppler-utils is missing: ./dev test installs it"
    conf = work / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                    '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
                    f'<dir>{ROOT / "resources" / "fonts"}</dir><cachedir>{work / "fc-cache"}</cachedir></fontconfig>')
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "HOME": str(work)}
    subprocess.run([SOFFICE, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", str(work), str(docx_path)],
                   env=env, capture_output=True, timeout=180, check=True)
    pdf = work / (docx_path.stem + ".pdf")
    assert pdf.exists(), "LibreOffice wrote no PDF"
    return pdf


def page_texts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                         check=True).stdout.decode("utf-8")
    return [folded(page) for page in out.split("\f") if page.strip()]


def colours_on(png: Path) -> set[str]:
    """Which of the rating colours fill a visible area of the page image."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    wanted = {name: tuple(int(hex_[i:i + 2], 16) for i in (1, 3, 5)) for name, hex_ in
              (("green", GREEN[0]), ("yellow", YELLOW[0]), ("red", RED[0]))}
    found: dict[str, int] = {}
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            for name, (r, g, b) in wanted.items():
                if abs(c.red() - r) + abs(c.green() - g) + abs(c.blue() - b) < 24:
                    found[name] = found.get(name, 0) + 1
    return {name for name, count in found.items() if count > 30}


def test_word_export_renders_in_libreoffice(store, tmp_path):
    case = store.create(HOSTILE, technology_area="半导体", summary="传感器 summary <i>literal</i>")
    ids = ["dpc2024-lithography", case.id, "dpc2024-genomic-data"]
    cards = scorecards_for(store, ids, ScorecardOptions(banner=BANNER, context=True, sources=True, rationale=True))
    source = tmp_path / "cards.docx"
    export_docx(cards, source)
    pdf = render(source, tmp_path)

    pages = page_texts(pdf)
    assert len(pages) >= 3
    for n, page in enumerate(pages, start=1):
        assert page.count(BANNER) == 2, (n, page[:200])  # header and footer
        assert f"Page {n} of {len(pages)}" in page
        assert folded(METHOD_CITATION)[:60] in page
    text = " ".join(pages)
    for card in cards:
        assert folded(card.title) in text
    assert HOSTILE in text and "传感器 summary <i>literal</i>" in text and "半导体" in text
    for instrument in store.get("dpc2024-lithography").instruments:
        assert folded(instrument.text) in text
    starts = [next(n for n, page in enumerate(pages) if f"{folded(card.title)} · Scorecards" in page) for card in cards]
    assert starts == sorted(starts) and starts[0] == 0  # each case on pages of its own, in order
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "WenQuanYi" in fonts, fonts  # the East Asian font fallback found a CJK face

    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == len(pages)
    first = colours_on(images[0])  # lithography: Scorecard 1's likelihoods are on its first page
    assert first & {"green", "yellow", "red"}, first

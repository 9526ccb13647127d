"""Copy Scorecard: a case's scorecards on the clipboard as HTML tables *and* as a picture.

Word, Outlook and LibreOffice paste the ``text/html`` (``reports.html``: real tables, coloured
cells with their labels); a slide or an image editor takes the picture (the first pages, drawn
as the PNG export draws them); a plain-text field gets the text.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from ...models.scorecard import Scorecard
from ...reports.canvas import PAGE_SIZES
from ...reports.html import scorecards_html, scorecards_text
from ...reports.png import render_images

IMAGE_DPI = 150  # sharp on a slide, still a light clipboard (one A4 page: 1240 × 1754)
IMAGE_PAGES = 2  # Scorecards 1 and 2 fit on the first two pages; a picture of more is no use on a slide
GAP = 12  # pixels between two pages in the picture


def stacked(images: list[QImage]) -> QImage:
    """The pages one under the other, on grey, as one picture."""
    if len(images) == 1:
        return images[0]
    width = max(image.width() for image in images)
    height = sum(image.height() for image in images) + GAP * (len(images) - 1)
    out = QImage(width, height, QImage.Format.Format_RGB32)
    out.fill(QColor("#c8ccd2"))
    painter = QPainter(out)
    y = 0
    for image in images:
        painter.drawImage(0, y, image)
        y += image.height() + GAP
    painter.end()
    out.setDotsPerMeterX(images[0].dotsPerMeterX())
    out.setDotsPerMeterY(images[0].dotsPerMeterY())
    return out


def scorecard_picture(card: Scorecard, page: str = "a4", dpi: int = IMAGE_DPI) -> QImage:
    return stacked(render_images([card], dpi, PAGE_SIZES[page])[:IMAGE_PAGES])


def scorecard_mime_data(cards: list[Scorecard], page: str = "a4", dpi: int = IMAGE_DPI) -> QMimeData:
    """``text/html`` with every card's tables, ``text/plain``, and the first card's pages as an image."""
    data = QMimeData()
    data.setHtml(scorecards_html(cards))
    data.setText(scorecards_text(cards))
    if cards:
        data.setImageData(scorecard_picture(cards[0], page, dpi))
    return data


def copy_scorecards(cards: list[Scorecard]) -> QMimeData:
    """Put the cards on the system clipboard (which then owns the data); returns the data."""
    data = scorecard_mime_data(cards)
    QGuiApplication.clipboard().setMimeData(data)
    return data

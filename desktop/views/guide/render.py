"""The guide as one HTML document for a QTextBrowser: the sections of ``models.guide_text`` and
the keyboard reference, every text escaped (shown literally), each section behind an anchor
named by its id. No links in the body, so Tab leaves the text instead of visiting them. The
sections come in the interface's language; the words written here are translated ("GuideRender")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...models.guide_text import KEYBOARD, KEYBOARD_TITLE, Section
from ...models.language import localised
from .. import translation
from ..keys import Key
from ..literal import escape_html as esc



def _section_html(section: Section) -> str:
    parts = [f'<a name="{section.id}"></a><h2>{esc(section.title)}</h2>']
    for block in section.blocks:
        if block.term:
            parts.append(f"<p><b>{esc(block.term)}.</b> {esc(block.text)}</p>")
        else:
            parts.append(f"<p>{esc(block.text)}</p>")
    return "\n".join(parts)


def keyboard_html(rows: list[Key]) -> str:
    """One table: where the key works, the key, what it does (in the order given)."""
    title = localised(KEYBOARD_TITLE, translation.current())
    made = QCoreApplication.translate("GuideRender",
                                      "Made from the app's own menus and keys each time the guide opens.")
    where = QCoreApplication.translate("GuideRender", "Where")
    keys = QCoreApplication.translate("GuideRender", "Keys")
    does = QCoreApplication.translate("GuideRender", "What it does")
    parts = [f'<a name="{KEYBOARD}"></a><h2>{esc(title)}</h2>', f"<p>{esc(made)}</p>",
             '<table cellspacing="0" cellpadding="4" border="1">',
             f"<tr><th align=left>{esc(where)}</th><th align=left>{esc(keys)}</th><th align=left>{esc(does)}</th></tr>"]
    for row in rows:
        parts.append(f"<tr><td>{esc(row.context)}</td><td><b>{esc(row.keys)}</b></td><td>{esc(row.does)}</td></tr>")
    parts.append("</table>")
    return "\n".join(parts)


def guide_html(sections: list[Section], keyboard_rows: list[Key]) -> str:
    body = "\n".join(_section_html(s) for s in sections)
    heading = QCoreApplication.translate("GuideRender", "Guide to the Reverse Dependency Workbench")
    return f"<html><body><h1>{esc(heading)}</h1>\n{body}\n{keyboard_html(keyboard_rows)}</body></html>"

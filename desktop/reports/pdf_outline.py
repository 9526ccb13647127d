"""Bookmarks (the PDF outline) added to the PDF Qt wrote, as an incremental update: the bytes Qt
wrote stay as they are and a few objects are appended after them (ISO 32000-1, 7.5.6).

Stdlib only, because it runs in every PDF export: the general PDF library (pypdf) took longer to
import than the whole scorecard took to draw (issue 20). It reads only what Qt's writer puts
there, a classic cross-reference table, one flat page tree and a catalogue without nested
dictionaries, and refuses anything else with ``ValueError`` (``export_pdf`` turns that into one
clear line and writes nothing)."""

from __future__ import annotations

import re

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_REF = rb"(\d+)\s+(\d+)\s+R"


def _trailer(raw: bytes, xref_at: int) -> bytes:
    """The trailer dictionary's text after the cross-reference table at ``xref_at``."""
    if raw[xref_at:xref_at + 4] != b"xref":
        raise ValueError("the PDF has no cross-reference table where its trailer says")
    at = raw.find(b"trailer", xref_at)
    end = raw.find(b"startxref", at)
    if at < 0 or end < 0:
        raise ValueError("the PDF has no trailer")
    return raw[at + len(b"trailer"):end]


def _offsets(raw: bytes, xref_at: int) -> dict[int, int]:
    """Object number → byte offset, from the classic cross-reference table at ``xref_at`` and
    the earlier ones its trailer's ``/Prev`` leads to (a newer entry wins)."""
    offsets: dict[int, int] = {}
    seen = set()
    while xref_at is not None and xref_at not in seen:
        seen.add(xref_at)
        trailer = _trailer(raw, xref_at)
        lines = iter(raw[xref_at:raw.find(b"trailer", xref_at)].split(b"\n")[1:])
        for header in lines:
            if not header.strip():
                continue
            first, count = (int(n) for n in header.split())
            for number in range(first, first + count):
                entry = next(lines).split()
                if entry[2] == b"n":
                    offsets.setdefault(number, int(entry[0]))
        prev = re.search(rb"/Prev\s+(\d+)", trailer)
        xref_at = int(prev.group(1)) if prev else None
    return offsets


def _dictionary(raw: bytes, offsets: dict[int, int], number: int) -> bytes:
    """The text between ``<<`` and ``>>`` of object ``number`` (a dictionary without nested ones)."""
    if number not in offsets:
        raise ValueError(f"the PDF has no object {number}")
    at = offsets[number]
    head = re.match(rb"%d\s+0\s+obj\s*<<" % number, raw[at:at + 32])
    end = raw.find(b"endobj", at)
    if head is None or end < 0:
        raise ValueError(f"the PDF's object {number} is not a dictionary")
    body = raw[at + head.end():end].rstrip()
    if not body.endswith(b">>") or b"<<" in body:
        raise ValueError(f"the PDF's object {number} is not a plain dictionary")
    return body[:-2]


def _ref(text: bytes, key: bytes) -> int:
    found = re.search(rb"/" + key + rb"\s+" + _REF, text)
    if found is None:
        raise ValueError(f"the PDF's /{key.decode()} is missing")
    return int(found.group(1))


def text_string(text: str) -> bytes:
    """A PDF text string any title fits in: UTF-16BE with its byte-order mark, as hex."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def with_outline(raw: bytes, marks: list[tuple[str, int]]) -> bytes:
    """``raw`` with one bookmark per ``(title, page index)``, in order, each showing its whole
    page; a PDF with several opens with its bookmarks showing."""
    found = _STARTXREF.search(raw[-64:])
    if found is None:
        raise ValueError("the PDF does not end with startxref and %%EOF")
    xref_at = int(found.group(1))
    trailer = _trailer(raw, xref_at)
    offsets = _offsets(raw, xref_at)
    size = int(re.search(rb"/Size\s+(\d+)", trailer).group(1))
    root = _ref(trailer, b"Root")
    catalog = _dictionary(raw, offsets, root)
    kids = re.search(rb"/Kids\s*\[([^\]]*)\]", _dictionary(raw, offsets, _ref(catalog, b"Pages")))
    pages = [int(n) for n, _generation in re.findall(_REF, kids.group(1))] if kids else []
    if not marks or any(not 0 <= page < len(pages) for _title, page in marks):
        raise ValueError("a bookmark points at a page the PDF does not have")
    if b"/Outlines" in catalog or b"/PageMode" in catalog:
        raise ValueError("the PDF already has an outline")

    outlines = size  # new objects: the outline, then one per bookmark
    items = list(range(size + 1, size + 1 + len(marks)))
    objects: list[tuple[int, bytes]] = [(outlines, b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>"
                                         % (items[0], items[-1], len(items)))]
    for n, (number, (title, page)) in enumerate(zip(items, marks)):
        links = (b" /Prev %d 0 R" % items[n - 1] if n else b"") + (b" /Next %d 0 R" % items[n + 1] if n + 1 < len(items) else b"")
        objects.append((number, b"<< /Title " + text_string(title) + b" /Parent %d 0 R%s /Dest [%d 0 R /Fit] >>"
                        % (outlines, links, pages[page])))
    mode = b" /PageMode /UseOutlines" if len(marks) > 1 else b""
    objects.append((root, b"<<" + catalog.rstrip() + b"\n/Outlines %d 0 R%s\n>>" % (outlines, mode)))

    out = bytearray(raw if raw.endswith(b"\n") else raw + b"\n")
    written: dict[int, int] = {}
    for number, body in objects:
        written[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n" % (root, written[root])
    out += b"%d %d\n" % (outlines, len(items) + 1)
    out += b"".join(b"%010d 00000 n \n" % written[n] for n in (outlines, *items))
    keep = b" ".join(re.findall(rb"/(?:Info\s+\d+\s+\d+\s+R|ID\s*\[[^\]]*\])", trailer))
    out += b"trailer\n<< /Size %d /Root %d 0 R /Prev %d %s >>\nstartxref\n%d\n%%%%EOF\n" % (
        size + 1 + len(items), root, xref_at, keep, xref)
    return bytes(out)

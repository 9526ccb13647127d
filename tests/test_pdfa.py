"""PDF for the record (issue 19, point 4): ``export_pdf(..., pdfa=True)`` writes PDF/A-1b.

The file declares PDF/A in its XMP (``pdfaid:part`` 1, conformance B) after the bookmark pass,
carries the sRGB output intent, embeds every font, names title, author, subject (the cases) and
keywords (the technology areas) alike in the document information and the XMP, and opens in
poppler; the default PDF stays as it was (no PDF/A declaration, no subject or keywords).
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.reports.content import scorecards_for
from desktop.reports.pdf import export_pdf

pytestmark = pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils is missing: ./dev test installs it")

NS = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "dc": "http://purl.org/dc/elements/1.1/",
      "pdf": "http://ns.adobe.com/pdf/1.3/", "pdfaid": "http://www.aiim.org/pdfa/ns/id/"}
RDF = "{%s}" % NS["rdf"]


def xmp_properties(path: Path) -> dict[str, str]:
    """The XMP packet's properties (attributes and simple or Alt/Seq elements) by prefix:name."""
    reader = PdfReader(path)
    packet = reader.trailer["/Root"]["/Metadata"].get_object()
    assert "/Filter" not in packet, "PDF/A-1: the metadata stream is not filtered"
    root = ET.fromstring(packet.get_data().decode("utf-8").split("?>", 1)[1].rsplit("<?xpacket", 1)[0])
    prefixes = {uri: prefix for prefix, uri in NS.items()}
    props: dict[str, str] = {}
    for description in root.iter(f"{RDF}Description"):
        for key, value in description.attrib.items():
            if key.startswith("{") and key[1:].split("}")[0] in prefixes:
                props[f"{prefixes[key[1:].split('}')[0]]}:{key.split('}')[1]}"] = value
        for child in description:
            uri, name = child.tag[1:].split("}")
            if uri in prefixes:
                items = [li.text or "" for li in child.iter(f"{RDF}li")]
                props[f"{prefixes[uri]}:{name}"] = items[0] if items else (child.text or "")
    return props


def fonts(path: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines()[2:] if line.strip()]


def text_of(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def test_pdfa_declares_itself_after_the_bookmark_pass(qapp, store, tmp_path):
    """Two cases (so the bookmark pass runs with two outline entries and opens with them):
    the XMP still says PDF/A-1b, the output intent is there, the header is PDF 1.4."""
    ids = ["dpc2024-lithography", "dpc2024-genomic-data"]
    out = tmp_path / "record.pdf"
    export_pdf(scorecards_for(store, ids), out, pdfa=True)
    raw = out.read_bytes()
    assert raw.startswith(b"%PDF-1.4\n%") and raw.rstrip().endswith(b"%%EOF")
    reader = PdfReader(out)
    root = reader.trailer["/Root"]
    intents = [i.get_object() for i in root["/OutputIntents"]]
    assert intents and intents[0]["/S"] == "/GTS_PDFA1" and "/DestOutputProfile" in intents[0]
    assert "/Outlines" in root and len(reader.outline) == 2
    assert "/ID" in reader.trailer and not reader.is_encrypted
    props = xmp_properties(out)
    assert props["pdfaid:part"] == "1" and props["pdfaid:conformance"] == "B"
    titles = [store.get(i).title for i in ids]
    areas = [store.get(i).technology_area for i in ids]
    info = reader.metadata
    assert info["/Subject"] == "; ".join(titles) == props["dc:description"]
    assert info["/Keywords"] == "; ".join(dict.fromkeys(areas)) == props["pdf:Keywords"]
    assert info["/Title"] == props["dc:title"] and all(t in info["/Title"] for t in titles)
    assert info["/Producer"] == props["pdf:Producer"]
    assert all(" yes " in line for line in fonts(out)), fonts(out)  # every font embedded
    text = text_of(out)  # poppler opens and reads it
    assert all(t.split(" (")[0] in text for t in titles) and "Scorecard 2" in text


def test_pdfa_metadata_holds_chinese_markup_and_the_author_literally(qapp, store, tmp_path):
    title = "光刻机 <b>x</b> & \"q\"\x07"
    case = store.create(title, technology_area="半导体 <i>", author="Zhang <Wei>", organisation="Ministry")
    out = tmp_path / "zh.pdf"
    export_pdf(scorecards_for(store, [case.id]), out, pdfa=True)
    props, info = xmp_properties(out), PdfReader(out).metadata
    literal = "光刻机 <b>x</b> & \"q\" "  # the bell cannot be in XML: a space in both places
    assert info["/Subject"] == props["dc:description"] == literal.rstrip()
    assert info["/Keywords"] == props["pdf:Keywords"] == "半导体 <i>"
    assert info["/Author"] == props["dc:creator"] == "Zhang <Wei>"
    assert props["pdfaid:part"] == "1"
    assert all(" yes " in line for line in fonts(out)) and any("WenQuanYi" in line for line in fonts(out))
    assert "光刻机 <b>x</b>" in text_of(out)


def test_the_default_pdf_is_unchanged(qapp, store, tmp_path):
    """Without ``pdfa`` nothing of the above: no PDF/A claim, no subject or keywords."""
    out = tmp_path / "plain.pdf"
    export_pdf(scorecards_for(store, ["dpc2024-lithography"]), out)
    reader = PdfReader(out)
    assert "/OutputIntents" not in reader.trailer["/Root"]
    assert "pdfaid:part" not in xmp_properties(out)
    assert "/Subject" not in reader.metadata and "/Keywords" not in reader.metadata
    assert all(" yes " in line for line in fonts(out))

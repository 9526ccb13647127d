"""``rdw scorecard``: Scorecards 1 and 2 as PDF or Word (and PNG), with the optional sections,
memo options, workshop record and portfolio figures. The format follows ``--out``'s extension.
Qt (PDF, PNG) and python-docx (Word) are loaded only when the command runs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..models.evidence_age import DEFAULT_STALE_YEARS, MAX_STALE_YEARS, MIN_STALE_YEARS
from ..models.storage.records import StoreError
from .cases import chosen_language, language_option
from .registry import command

if TYPE_CHECKING:
    from ..models.storage.interface import CaseStorage


def _stale_years(text: str) -> int:
    """``--stale-years``: a whole number of years, 1 to 20."""
    try:
        years = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of years: {text!r}") from None
    if not MIN_STALE_YEARS <= years <= MAX_STALE_YEARS:
        raise argparse.ArgumentTypeError(f"choose {MIN_STALE_YEARS} to {MAX_STALE_YEARS} years, not {years}")
    return years


OUT_FORMATS = {".pdf": "pdf", ".docx": "docx"}


def _out_format(out: Path) -> str:
    """``--out``'s format from its extension: .pdf or .docx, anything else one clear error."""
    kind = OUT_FORMATS.get(out.suffix.lower())
    if kind is None:
        raise StoreError(f"--out {out}: write a .pdf or a .docx file (the format follows the extension)")
    return kind


def _arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("cases", metavar="CASE", nargs="*", help="case ids (see 'rdw list')")
    p.add_argument("--all", action="store_true", help="every case, one after another in one file")
    p.add_argument("--out", metavar="FILE.pdf|FILE.docx", type=Path,
                   help="the PDF or Word document to write (the format follows the extension)")
    p.add_argument("--pdfa", action="store_true", help="write the PDF as PDF/A, for the records system")
    p.add_argument("--png", metavar="DIR", type=Path, help="also write each page as PNG into DIR")
    p.add_argument("--dpi", type=int, default=150, help="PNG resolution (default 150)")
    p.add_argument("--page-size", choices=("a4", "letter"), default="a4")
    p.add_argument("--context", action="store_true",
                   help="add the case's context: the summary, China's dependency and key facts")
    p.add_argument("--rationale", action="store_true", help="add the rationale texts")
    p.add_argument("--factors", action="store_true", help="add the leverage factors")
    p.add_argument("--overrides", action="store_true", help="add ratings that differ from the suggestion, with reasons")
    p.add_argument("--history", action="store_true", help="add a summary of the latest changes")
    p.add_argument("--workshop", action="store_true",
                   help="add the workshop record: the room's tallies, spread, decisions with reasons, decision log")
    p.add_argument("--figures", action="store_true", help="add the six portfolio figures of these cases (PDF only)")
    p.add_argument("--banner", metavar="TEXT",
                   help="handling banner at the top and bottom of every page, e.g. \"OFFICIAL – SENSITIVE\" (as typed)")
    p.add_argument("--sources", action="store_true",
                   help="add the sources annex: per rating its value, the confidence and every source")
    p.add_argument("--stale-years", type=_stale_years, default=DEFAULT_STALE_YEARS, metavar="N",
                   help="in the sources annex, flag ratings whose sources are all older than N years "
                        f"(1–20, default {DEFAULT_STALE_YEARS})")
    p.add_argument("--dissent", action="store_true", help="add the dissent notes recorded with the ratings")
    language_option(p, "the language of the scorecards' labels, headings and legends (default en); "
                       "the cases' own texts stay as written")
    p.add_argument("--changes-since", metavar="NAME",
                   help="add what changed since the snapshot called NAME (each case must have one)")


@command("scorecard", "export Scorecards 1 and 2 as PDF or Word (and PNG)", arguments=_arguments)
def cmd_scorecard(store: CaseStorage, args: argparse.Namespace) -> int:
    from ..models.scorecard import ScorecardOptions
    from ..reports.content import scorecards_for

    lang = chosen_language(args)  # one clear line, before anything is read or written
    if lang is False:
        return 2
    lang = lang or "en"
    if not args.out and not args.png:
        raise StoreError("say where to write: --out FILE.pdf (or FILE.docx) and/or --png DIR")
    if args.out:  # never the database (that error first), then the format from the extension
        from ..reports.destination import writable_file

        writable_file(args.out, getattr(args, "db_path", None))
    kind = _out_format(args.out) if args.out else None
    if args.pdfa and kind != "pdf":
        raise StoreError("--pdfa is for a PDF: write --out FILE.pdf")
    if args.figures and kind == "docx":  # checked before any case is read
        raise StoreError("--figures: the portfolio figures are in the PDF export only; write a .pdf "
                         "or leave --figures out")
    ids = [s.id for s in store.list_summaries()] if args.all else list(args.cases)
    if not ids:
        raise StoreError("name at least one case, or use --all")
    options = ScorecardOptions(rationale=args.rationale, leverage_factors=args.factors,
                               overrides=args.overrides, history=args.history, workshop=args.workshop,
                               context=args.context,
                               banner=args.banner, sources=args.sources, dissent=args.dissent,
                               changes_since=args.changes_since, stale_years=args.stale_years, language=lang)
    cards = scorecards_for(store, ids, options)
    for card, case_id in zip(cards, ids):  # a huge case prints a bounded part (issue 18), and says so
        cut = sum(col.omitted for col in card.levels)
        if cut:
            from ..models.scorecard import MAX_RECOMMENDATIONS

            print(f"rdw: note: {case_id}: {cut:,} instruments not printed (at most {MAX_RECOMMENDATIONS} "
                  "per level; see the case file)", file=sys.stderr)
    figures = []
    try:
        if kind == "docx":
            from ..reports.docx import export_docx

            export_docx(cards, args.out, args.page_size, protect=getattr(args, "db_path", None))
            print(args.out)
        elif kind == "pdf":
            from ..reports.pdf import export_pdf

            if args.figures:
                from ..reports.application import ensure_gui_application
                from ..reports.figures import build_figures

                ensure_gui_application(widgets=True)
                figures = build_figures(store.cases(ids), lang=lang)
            export_pdf(cards, args.out, args.page_size, figures, protect=getattr(args, "db_path", None),
                       pdfa=args.pdfa)
            print(args.out)
        if args.png:
            from ..reports.png import export_png

            for path in export_png(cards, args.png, ids, args.dpi, args.page_size,
                                   protect=getattr(args, "db_path", None)):
                print(path)
    finally:
        from ..reports.application import release_gui_application

        if figures:
            from ..reports.figures import close_figures

            close_figures(figures)
        if "PySide6.QtGui" in sys.modules:  # a Word-only export never loads Qt
            release_gui_application()
    return 0

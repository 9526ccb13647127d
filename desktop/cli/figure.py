"""``rdw figure``: one of the report's cross-case figures as PNG or SVG, without a window.

Qt (and pyqtgraph) are imported only when the command runs, so the rest of ``rdw`` stays fast.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..models.figure_names import FIGURES
from ..models.storage.records import StoreError
from .cases import chosen_language, language_option
from .registry import command

if TYPE_CHECKING:
    from ..models.storage.interface import CaseStorage


def _arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("name", metavar="NAME", choices=list(FIGURES),
                   help="one of: " + ", ".join(FIGURES))
    p.add_argument("--out", metavar="FILE.png|FILE.svg", type=Path, required=True,
                   help="the image to write; .png (sharp at twice the size) or .svg")
    p.add_argument("--cases", metavar="ID,...", help="only these cases (comma-separated ids, see 'rdw list')")
    p.add_argument("--scope", choices=("all", "reference", "mine"), default="all",
                   help="which cases when --cases is not given (default: all)")
    p.add_argument("--area", metavar="AREA", help="only cases of this technology area (exact name)")
    language_option(p, "the language of the figure's title, axes and legend (default en); "
                        "the cases' own texts stay as written")
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = "\n".join(f"  {name:28} {title}" for name, title in FIGURES.items())


@command("figure", "export one of the report's cross-case figures as PNG or SVG", arguments=_arguments)
def cmd_figure(store: CaseStorage, args: argparse.Namespace) -> int:
    from ..models.analysis_words import counted, say
    from ..models.portfolio import Scope, ScopeKind, in_scope
    from ..reports.application import ensure_gui_application, release_gui_application

    lang = chosen_language(args)  # one clear line, before anything is read or written
    if lang is False:
        return 2
    lang = lang or "en"
    cases = store.portfolio_rows()  # what the figures plot, not whole validated documents
    subtitle = say(f"figure.scope.{args.scope}", lang)  # "all cases", "reference library", "my cases"
    if args.cases:
        wanted = [i.strip() for i in args.cases.split(",") if i.strip()]
        known = {c.id for c in cases}
        unknown = [i for i in wanted if i not in known]
        if unknown:
            raise StoreError(f"no case with id {', '.join(repr(i) for i in unknown)} (see 'rdw list')")
        scope = Scope(ScopeKind.SELECTION, tuple(wanted), args.area)
        subtitle = counted("count.selected_case", len(wanted), lang)  # "3 selected cases"
    else:
        scope = Scope(ScopeKind(args.scope), (), args.area)
    if args.area:
        subtitle += f", {args.area}"
    ensure_gui_application(widgets=True)
    try:
        from ..views.portfolio.chart_export import ChartExportError, export_figure

        try:
            path = export_figure(args.name, in_scope(cases, scope), args.out, subtitle,
                                 protect=getattr(args, "db_path", None), lang=lang)
        except ChartExportError as error:
            raise StoreError(str(error)) from None
    finally:
        release_gui_application()
    print(path)
    return 0

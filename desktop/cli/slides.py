"""``rdw slides``: the workshop's audience screens of a case as PNG files, one per question, for
handouts and for checking how they read at a projector's size (Qt loaded only when it runs), in
the room's language (``--lang``: the questions, answers and counts; the case's texts as written)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import TYPE_CHECKING

from .cases import chosen_language, language_option
from .registry import case_argument, command


if TYPE_CHECKING:
    from ..models.storage.interface import CaseStorage


def screen_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{3,4})\s*[xX×]\s*(\d{3,4})\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"'{text}' is not WIDTHxHEIGHT, e.g. 1024x768")
    width, height = int(match.group(1)), int(match.group(2))
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError(f"'{text}' is outside 320x240 … 7680x4320")
    return width, height


def _arguments(p: argparse.ArgumentParser) -> None:
    case_argument(p)
    p.add_argument("--out", metavar="DIR", type=Path, required=True, help="folder for the PNG files (created if missing)")
    p.add_argument("--size", metavar="WxH", type=screen_size, default=(1024, 768),
                   help="screen size in pixels (default 1024x768; e.g. 1280x720, 1920x1080)")
    language_option(p, "the room's language (default en)")


@command("slides", "render the workshop's audience screens of a case as PNG, one per question", arguments=_arguments)
def cmd_slides(store: CaseStorage, args: argparse.Namespace) -> int:
    from ..models import workshop as ws
    from ..models.output_files import prepare_folder, safe_file_name
    from ..reports.application import ensure_gui_application, release_gui_application

    lang = chosen_language(args)
    if lang is False:
        return 2
    case = store.get(args.case)
    protect = getattr(args, "db_path", None)
    folder = prepare_folder(args.out, protect)  # an unusable folder: one clear line, exit 1
    ensure_gui_application(widgets=True)
    try:
        from ..reports.png import save_png_file
        from ..views.workshop.audience_view import Screen, render_screen

        questions = ws.questions(case)
        for n, q in enumerate(questions, start=1):
            tally = case.workshop.tally(q.key) if case.workshop else None
            screen = Screen(case.title, q, n, len(questions), dict(tally.counts) if tally else {},
                            decided=tally.decision if tally else None, current=ws.current_value(case, q),
                            lang=lang or "en")
            path = folder / safe_file_name(f"{n:02d}-{q.key.replace('.', '-')}", ".png")
            print(save_png_file(render_screen(screen, *args.size), path, protect))
    finally:
        release_gui_application()
    return 0

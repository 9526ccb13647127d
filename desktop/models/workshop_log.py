"""A workshop's decision log as plain text (Markdown-friendly), for memos and minutes: ``rdw
decisions`` and the facilitator's export. Written in English by default (what the log stores),
or in French or German: the log's own words from the workshop catalogue, the questions and
answers in that language where they are still asked and offered; the session's names, the
reasons and the case's title as written. Kept apart from ``workshop`` (which re-exports it).
"""

from __future__ import annotations

from datetime import timezone
from typing import TYPE_CHECKING

from .language import localised, sentence

if TYPE_CHECKING:
    from .case import Case, LogEntry
    from .workshop import Question


def decision_log_text(case: Case, lang: str = "en") -> str:
    """The decision log as plain text in ``lang``."""
    from .workshop import questions, token_label

    def say(key: str, **params) -> str:
        return sentence("workshop", key, lang, **params)

    w = case.workshop
    lines = [say("log.title", title=case.title), ""]
    if w and (w.session or w.facilitator):
        lines += [say("log.session", session=w.session or "—", facilitator=w.facilitator or "—"), ""]
    if not w or not w.log:
        return "\n".join(lines + [say("log.empty"), ""])
    asked = {q.key: q for q in questions(case)}
    for entry in w.log:
        when, who = log_when(entry), log_who(entry)
        q = asked.get(entry.question)

        def label(token: str, key: str = entry.question, q: Question | None = q) -> str:
            return localised(token_label(key, q, token), lang)

        counts = ", ".join(f"{n} × {label(k)}" for k, n in entry.counts.items()) or say("log.no_tally")
        question, answer = _said(entry, q, lang)
        lines.append(say("log.line", when=when, who=_line(who), question=question, answer=_line(answer),
                         counts=_line(counts)))
        if entry.reason:
            lines.append("  " + say("log.why", reason=_line(entry.reason)))
    return "\n".join(lines) + "\n"


def _said(entry: LogEntry, question: Question | None, lang: str) -> tuple[str, str]:
    """The line's question and answer in ``lang`` where the question is still asked as it was
    and the answer still offered; else as the log stored them (English)."""
    option = question.option(entry.value) if question else None
    if option is None or entry.label != question.short:
        return entry.label, entry.value_label or ""
    return localised(question.short, lang), localised(option.label, lang)


def log_when(entry: LogEntry) -> str:
    """When a decision was recorded, as the logs print it (UTC, to the minute)."""
    return entry.at.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def log_who(entry: LogEntry) -> str:
    """Who recorded it: the session and the facilitator, as far as they were named."""
    return " / ".join(x for x in (entry.session, entry.facilitator) if x) or "—"


def _line(text: str) -> str:
    """One line of the log (a reason typed with line breaks must not break the list)."""
    return " ".join(text.split())

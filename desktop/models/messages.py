"""What went wrong, in the reader's language (issue 21).

A domain error keeps its English ``str()``: the command line, logs and tests read it, byte for
byte as before. Where the app wrote the sentence, the error carries it as a ``Phrase`` (its
message, a case file's problem, an output's reason), so the window can show the same sentence
in its own language: ``in_language(error, lang)``. What the app did not write (an operating
system's or SQLite's own words, a user's file name) stays as it came, inside the translated
sentence. The sentences are in ``resources/i18n/errors*.tsv``; the framing (file and field) in
``errors.tsv``.
"""

from __future__ import annotations

from .language import SOURCE, Phrase, localised, sentence

ERROR_CATALOGUES = ("errors", "errors_import", "errors_store")


def in_language(error: BaseException, lang: str) -> str:
    """``str(error)`` in ``lang``: the app's own sentences translated, the rest as written."""
    from .exchange_error import CaseFileError
    from .output_files import OutputError

    if lang == SOURCE:
        return str(error)
    if isinstance(error, CaseFileError):
        problem = localised(error.problem, lang)
        key = "file.field" if error.field else "file"
        source = localised(error.source, lang)  # a file's name, or the app's "stored case …"
        return sentence("errors", key, lang, source=source, field=error.field or "", problem=problem)
    if isinstance(error, OutputError):
        return sentence("errors", "output", lang, path=error.path, reason=localised(error.reason, lang))
    if len(error.args) == 1 and isinstance(error.args[0], Phrase):
        return error.args[0].in_language(lang)
    return str(error)


def said(key: str, **params: object) -> Phrase:
    """A sentence of ``errors_store.tsv`` (the storage's and the output files' messages): its
    English as ``str()``, as ever; the window shows it in its language (``in_language``)."""
    return Phrase("errors_store", key, **params)

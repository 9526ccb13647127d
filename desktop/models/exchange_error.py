"""The error a case file that cannot be used raises. Apart from ``exchange`` (which needs
pydantic) so that ``rdw``'s dispatcher can catch it without importing the models first."""

from __future__ import annotations


class CaseFileError(ValueError):
    """A case file that cannot be used; ``str()`` is one line naming file, field and problem."""

    def __init__(self, source: str, problem: str, field: str | None = None):
        self.source, self.problem, self.field = source, problem, field
        where = f"{source}: field '{field}': " if field else f"{source}: "
        super().__init__(where + problem)

    def __reduce__(self):  # a copy or a pickle keeps the parts (and their Phrases), not one line
        return (type(self), (self.source, self.problem, self.field))

"""The assessment wizard: Basics → Strength → Leverage → Ambition → Instruments → Review.

Pages edit only through the controller (one undoable command per edit, saved by the store at
once). Imports ``desktop.models``, the shared view helpers and ``sources`` (the evidence dialog
files its sources in the library)."""

"""Where cases live: the one place that speaks SQL.

``store`` is the case store (``CaseStore``) and ``interface`` the ``CaseStorage`` protocol it
fulfils, the whole of what views and commands may call, so a second engine can stand in for it.
The store owns its ``sources`` (the source library) and ``snapshots``; ``migrations`` names each
schema change, ``backup`` keeps dated copies and restores them, ``quick_listing`` reads the case
list before anything else is loaded, ``records`` holds the light row types and the errors.
Imports only the standard library, sqlite-utils, pydantic and ``desktop.models``; never Qt.
"""

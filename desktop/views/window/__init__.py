"""The application and its main window: start-up (lock, checks, backup, the quick preview), the
crash reporter, and the window with its collaborators: ``actions`` (menus and toolbar),
``questions`` (every question to the user), ``analysis_pages`` (Portfolio, Compare),
``case_dialogs`` (What Would Flip It, Snapshots, What Changed, Source Library, the workshop),
``backups`` (restore) and ``state`` (size and layout kept between sessions). May import every
other view package, ``desktop.reports`` and ``desktop.models``; only the entry points
(``desktop.launch``, ``desktop.cli.main``, ``desktop.self_test``) import it.
"""

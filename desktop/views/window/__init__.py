"""The application and its main window: start-up (lock, checks, backup, the quick preview), the
crash reporter, and the window with its collaborators (questions to the user, the analysis
pages, backup restore, remembered state). May import every other view package; none imports it.
"""

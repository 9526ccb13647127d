"""Entry point of the packaged app. PyInstaller runs this file as ``__main__``, outside the
``desktop`` package, so it imports the command line absolutely (``desktop/__main__.py`` cannot
be used: its relative import needs the package context)."""

import multiprocessing
import sys

from desktop.launch import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless here; needed on Windows if anything ever forks
    sys.exit(main())

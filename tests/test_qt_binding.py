"""The Qt binding itself: guards against binding bugs that would crash a long session."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QTextOption


def test_void_methods_do_not_drop_references_to_none(qapp):
    """PySide6 6.12.0 decremented None on every void call until Python aborted; never again."""
    font, option = QFont(), QTextOption()
    before = sys.getrefcount(None)
    for _ in range(2000):
        font.setBold(True)
        option.setWrapMode(QTextOption.WrapMode.WrapAnywhere)
    assert sys.getrefcount(None) >= before - 50

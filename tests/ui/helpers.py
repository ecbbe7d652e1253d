"""UI test helpers: typing and key presses through QApplication.sendEvent.

Avoid qtbot.keyClick(s) / QTest.keyClick / QTest.sendKeyEvent: on PySide6 6.12 with
Python 3.11 each call (like every void-returning binding) drops one reference to None, so enough
calls abort the interpreter ("Fatal Python error: none_dealloc"; the reason the project needs
Python >= 3.12, where None is immortal). Real QKeyEvents sent with
QApplication.sendEvent type any script, Arabic and Persian included.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

NO_MODS = Qt.KeyboardModifier.NoModifier


def _send(widget, key, text: str = "", modifiers=NO_MODS) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text))
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, key, modifiers, text))


def type_text(widget, text: str) -> None:
    """Type `text` (any script) into `widget`, one key event per character."""
    for ch in text:
        key = Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
        _send(widget, key, ch)


def press(widget, key, modifiers=NO_MODS) -> None:
    """Press a non-text key (Enter, Down, Ctrl+K, ...)."""
    _send(widget, key, "", modifiers)

from PySide6.QtWidgets import QLineEdit

from tests.ui.helpers import type_text


def test_typing_helper_types_every_script(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    for _ in range(20):
        type_text(edit, "aZ9 عفیЖё ")
    assert edit.text() == "aZ9 عفیЖё " * 20

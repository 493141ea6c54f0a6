"""The dossier's "Gegevens vernietigen…": the dialog says what is not on the portal yet, shows the refusal in
Dutch, and with a beheerder's reason the jongere is gone from the list."""

from __future__ import annotations

from pathlib import Path

from modal import when_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from kso_desktop.gui.main_window import MainWindow
from kso_desktop.gui.vernietigen import VernietigDialog
from kso_desktop.services.registry import Services

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _medewerker(services: Services, naam: str) -> str:
    return next(m.id for m in services.organisatie.medewerkers() if m.naam == naam)


def _window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_refused_without_a_reason_then_destroyed_with_the_beheerders_reason(
    qtbot: QtBot, gui_services: Services, tmp_path: Path
) -> None:
    gui_services.act_as(_medewerker(gui_services, "Iris Koster"), remember=True)
    window = _window(qtbot, gui_services)
    jongere = next(r for r in gui_services.jongeren.lijst() if r.naam == "Yonas Tesfay")
    window.dossier.show_jongere(gui_services.jongeren.get(jongere.id))
    seen: dict[str, str] = {}

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, VernietigDialog)
        seen["wachtend"] = dialog.wachtendLabel.text()
        dialog.grab().save(str(tmp_path / "vernietigen.png"))
        qtbot.mouseClick(dialog.vernietigKnop, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.vernietigKnop.isEnabled)  # the work runs off the GUI thread
        seen["fout"] = dialog.fout_label.text()
        seen["na weigering"] = f"{dialog.isVisible()} {dialog.override.hasFocus()}"
        # Typed where the focus is: the reason to override.
        qtbot.keyClicks(QApplication.focusWidget(), "Verzoek via de voogd, portaal niet bereikbaar")
        qtbot.mouseClick(dialog.vernietigKnop, Qt.MouseButton.LeftButton)

    when_modal(answer)
    assert window.dossier.vernietig() is True
    assert seen["wachtend"].startswith("Nog niet op het portaal:")
    assert "nog niet verstuurd" in seen["wachtend"]
    assert "onderdelen wachten nog op het portaal" in seen["fout"]
    assert seen["na weigering"] == "True True"  # the dialog stayed, focus on the reason to override
    assert "Yonas Tesfay" not in [r.naam for r in gui_services.jongeren.lijst()]
    names = [window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())]
    assert "Yonas Tesfay" not in names
    assert window.dossier.jongere is None or window.dossier.jongere.id != jongere.id


def test_a_woonbegeleider_is_told_who_may_and_cancel_keeps_everything(
    qtbot: QtBot, gui_services: Services
) -> None:
    window = _window(qtbot, gui_services)
    jongere = next(r for r in gui_services.jongeren.lijst() if r.naam == "Yonas Tesfay")
    window.dossier.show_jongere(gui_services.jongeren.get(jongere.id))
    seen: dict[str, str] = {}

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, VernietigDialog)
        qtbot.mouseClick(dialog.vernietigKnop, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.vernietigKnop.isEnabled)
        seen["fout"] = dialog.fout_label.text()
        seen["focus"] = type(dialog.focusWidget()).__name__  # keyboard focus is back in the dialog
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal(answer)
    assert window.dossier.vernietig() is False
    assert "Alleen een teamleider of beheerder" in seen["fout"]
    assert seen["focus"] == "QLineEdit"  # the reason to override: demo data still waits for the portal
    assert gui_services.jongeren.get(jongere.id).naam == "Yonas Tesfay"

"""The sync GUI against a real portal: the login dialog puts the token in the OS keyring, the status bar
shows what waits, and the conflict screen shows both texts side by side; resolving it syncs."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sync_helpers import PASSWORD, Laptop

from kso_desktop.credentials import CredentialStore
from kso_desktop.gui.main import configure_application
from kso_desktop.gui.sync_view import ConflictDialog, LoginDialog, SyncStatusBar


@pytest.fixture(autouse=True)
def dutch_qt(qapp: QApplication) -> Iterator[None]:
    configure_application(qapp)
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.mark.keyring
def test_login_dialog_stores_the_token_in_the_os_keyring(laptop: Callable[..., Laptop], qtbot: QtBot) -> None:
    lap = laptop("a_med")
    lap.services.sync.credentials = CredentialStore()  # the real Secret Service of the test session
    dialog = LoginDialog(lap.services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.portaal.setText(lap.portal.url)
    dialog.ui.gebruiker.setText("a_med2")
    dialog.ui.wachtwoord.setText("fout")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.ui.foutLabel.isVisible() and dialog.ui.foutLabel.text()
    assert dialog.result() == 0
    qtbot.keyClicks(dialog.ui.wachtwoord, PASSWORD)
    qtbot.keyClick(dialog.ui.wachtwoord, Qt.Key.Key_Return)
    assert dialog.result() == 1
    device = lap.services.ctx.actor.device_id
    token = CredentialStore().portal_refresh_token(device, lap.portal.url)
    assert token and len(token) >= 40
    CredentialStore().delete_portal_refresh_token(device, lap.portal.url)


def test_status_bar_syncs_in_the_background(laptop: Callable[..., Laptop], qtbot: QtBot) -> None:
    lap = laptop("a_med")
    lap.new_jongere()
    bar = SyncStatusBar(lap.services)
    qtbot.addWidget(bar)
    assert "1 wachtend" in bar.label.text()
    with qtbot.waitSignal(bar.gesynchroniseerd, timeout=30000):
        qtbot.mouseClick(bar.knop, Qt.MouseButton.LeftButton)
    assert "online" in bar.label.text() and "0 wachtend" in bar.label.text()
    assert not bar.conflictKnop.isVisible()


def test_conflict_screen_shows_both_texts_and_resolving_syncs(
    laptop: Callable[..., Laptop], qtbot: QtBot
) -> None:
    a, b = laptop("a_med"), laptop("a_med2")
    jid = a.new_jongere()
    a.sync()
    b.sync()
    a.edit(jid, notities="Wil graag naar de kapper")
    b.edit(jid, notities="Heeft moeite met slapen")
    a.sync()
    b.sync()
    bar = SyncStatusBar(b.services)
    qtbot.addWidget(bar)
    bar.show()
    assert "1 conflict" in bar.label.text() and bar.conflictKnop.isVisible()
    dialog = ConflictDialog(b.services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.mijn.toPlainText() == "Heeft moeite met slapen"
    assert dialog.ui.hun.toPlainText() == "Wil graag naar de kapper"
    dialog.ui.samen.setPlainText("Wil graag naar de kapper. Heeft moeite met slapen.")
    qtbot.mouseClick(dialog.ui.bewaarSamen, Qt.MouseButton.LeftButton)
    assert dialog.ui.lijst.count() == 0
    with qtbot.waitSignal(bar.gesynchroniseerd, timeout=30000):
        bar.sync_now()
    a.sync()
    assert (
        a.services.jongeren.get(jid).gegevens.notities == "Wil graag naar de kapper. Heeft moeite met slapen."
    )
    assert not bar.conflictKnop.isVisible()

"""The English UI (Qt Linguist): the committed .ts/.qm are current and complete, and the app switches."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from modal import when_modal
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from kso_desktop.gui import taal
from kso_desktop.gui.main import configure_application
from kso_desktop.gui.main_window import MainWindow
from kso_desktop.services.registry import Services

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "kso_desktop_en.ts"
QM = ROOT / "resources" / "translations" / "kso_desktop_en.qm"
BIN = Path(sys.executable).parent
#: The same flags and sources as `make translations` (generated forms are left out: lupdate reads the .ui).
LUPDATE_FLAGS = ["-silent", "-no-obsolete", "-locations", "none", "-source-language", "nl_NL"]
LUPDATE_FLAGS += ["-target-language", "en_GB"]


def _sources() -> list[str]:
    ui = sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))
    py = sorted(
        str(p)
        for p in (ROOT / "kso_desktop" / "gui").glob("*.py")
        if p.name not in ("__init__.py", "smoke.py")
    )
    return ui + py


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) for every message in a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


def _translated_texts(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)(?=\S)", text.replace("&&", "")))


def _placeholders(text: str) -> Counter[str]:
    return Counter(re.findall(r"%(?:\d+|n|s|d|L\d+)", text))


def test_committed_ts_lists_every_wrapped_string(tmp_path: Path):
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *LUPDATE_FLAGS, *_sources(), "-ts", str(fresh)],
        check=True,
        cwd=ROOT,
    )
    expected = {(c, s) for c, s, _t in _messages(fresh)}
    committed = {(c, s) for c, s, _t in _messages(TS)}
    assert expected - committed == set(), "new strings: run `make translations` and translate them"
    assert committed - expected == set(), "stale strings in the .ts: run `make translations`"


def test_every_message_has_a_finished_english_translation():
    messages = _messages(TS)
    assert len(messages) > 500
    unfinished = [(c, s) for c, s, t in messages if t.get("type") in ("unfinished", "obsolete", "vanished")]
    empty = [(c, s) for c, s, t in messages if not all(x.strip() for x in _translated_texts(t))]
    assert unfinished == [] and empty == []


#: Texts that are the same in English; any other text left as its Dutch source counts as untranslated.
SAME_IN_ENGLISH = {
    *("KSO Desktop", "&Help", "Mentor", "Mentor:", "&Mentor:", "Status", "&Status:", "Agenda", "&Plan"),
    *("Conflict", "&Conflict:", "&Sector", "&Score:", "T&rend…", "&Later", "–", "https://portaal.example.nl"),
    *("online", "offline", "Trend", "Trend: {titel}"),
    # Domain labels that English shares (location types are Nidos' own abbreviations).
    *(
        "open",
        "Open",
        "%1 open",
        "Scores: %1",
        "KWG",
        "KWE",
        "KWE+",
        "Admin",
        "Sector",
        "Contact",
        "Professionals",
    ),
}


def _same_in_english(source: str) -> bool:
    shortcut = re.fullmatch(r"((Ctrl|Alt|Shift)\+)*(F\d+|PgDown|PgUp|[A-Z0-9])", source)
    return bool(shortcut) or source.startswith("color:") or source in SAME_IN_ENGLISH


def test_no_message_is_left_in_dutch():
    left = [(c, s) for c, s, t in _messages(TS) if s in _translated_texts(t) and not _same_in_english(s)]
    assert left == []


def test_translations_keep_mnemonics_and_placeholders():
    wrong = []
    for context, source, translation in _messages(TS):
        for text in _translated_texts(translation):
            if _mnemonics(source) != _mnemonics(text) or _placeholders(source) != _placeholders(text):
                wrong.append((context, source, text))
    assert wrong == []


def test_the_checks_catch_a_lost_mnemonic_or_placeholder():
    assert _mnemonics("&Opslaan") == 1 and _mnemonics("Save") == 0
    assert _mnemonics("Jan && Piet") == 0
    assert _placeholders("Over %1 minuten") != _placeholders("In minutes")


def test_committed_qm_is_built_from_the_committed_ts(tmp_path: Path):
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(fresh)], check=True, cwd=ROOT
    )
    assert fresh.read_bytes() == QM.read_bytes(), "stale .qm: run `make translations`"


@pytest.fixture
def taal_herstellen(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test starts without a saved choice and without KSO_LANG, and leaves the app Dutch again."""
    monkeypatch.delenv(taal.OMGEVINGSVARIABELE, raising=False)
    QSettings().remove(taal.INSTELLING)
    yield
    QSettings().remove(taal.INSTELLING)
    monkeypatch.delenv(taal.OMGEVINGSVARIABELE, raising=False)
    taal.verwijder_vertalingen(qapp)
    configure_application(qapp)


def _start(qapp: QApplication, qtbot: QtBot, services: Services) -> MainWindow:
    """As at a real start: configure the application (reads the choice), then build the window."""
    taal.verwijder_vertalingen(qapp)
    configure_application(qapp)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_dutch_is_the_default(
    qapp: QApplication, qtbot: QtBot, gui_services: Services, taal_herstellen: None
):
    assert taal.gekozen_taal() == "nl"
    window = _start(qapp, qtbot, gui_services)
    assert window.ui.menuBestand.title() == "&Bestand"
    assert window.ui.menuHelp.title() == "&Help"
    assert window.dossier.ui.tabs.tabText(0) == "&Gegevens"


def test_kso_lang_en_gives_english_menus_and_dossier(
    qapp: QApplication,
    qtbot: QtBot,
    gui_services: Services,
    taal_herstellen: None,
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.setenv("KSO_LANG", "en")
    window = _start(qapp, qtbot, gui_services)
    ui = window.ui
    assert [ui.menuBestand.title(), ui.menuJongere.title(), ui.menuHelp.title()] == [
        "&File",
        "&Young person",
        "&Help",
    ]
    assert ui.actionAfsluiten.text() == "&Quit"
    assert window.dossier.ui.tabs.tabText(0) == "&Details"
    # Strings wrapped in Python (not from a .ui file) switch too: the lock menu and the sync action.
    texts = [a.text() for a in ui.menuBestand.actions()]
    assert "&Lock" in texts


def test_the_saved_choice_is_used_at_the_next_start(
    qapp: QApplication, qtbot: QtBot, gui_services: Services, taal_herstellen: None
):
    window = _start(qapp, qtbot, gui_services)
    assert window.ui.actionTaal.text() == "&Taal / Language…"

    def kies_english(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("English")

        def bevestig(box: QDialog) -> None:
            assert isinstance(box, QMessageBox)
            assert "opnieuw start" in box.text() and "next time you start" in box.text()
            box.accept()

        when_modal(bevestig)
        dialog.accept()

    when_modal(kies_english)
    window.ui.actionTaal.trigger()
    assert window.ui.menuBestand.title() == "&Bestand"  # nothing changes until the next start
    assert taal.gekozen_taal() == "en"
    window = _start(qapp, qtbot, gui_services)
    assert window.ui.menuBestand.title() == "&File"
    assert window.ui.menuHelp.title() == "&Help"


def test_kso_lang_overrides_the_saved_choice(taal_herstellen: None, monkeypatch: pytest.MonkeyPatch):
    taal.bewaar_taal("en")
    assert taal.gekozen_taal() == "en"
    monkeypatch.setenv("KSO_LANG", "nl")
    assert taal.gekozen_taal() == "nl"
    monkeypatch.setenv("KSO_LANG", "klingon")  # unknown: the saved choice holds
    assert taal.gekozen_taal() == "en"

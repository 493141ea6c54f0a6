"""``kso-desktop --smoke-test``: prove that an installed (frozen) app has every part it needs.

Runs in a throwaway data folder and leaves nothing behind, also not in the keyring. Each step prints
one line; the exit code is 0 only when every step passed. IT admins run it after installing.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
import traceback
import uuid
from collections.abc import Callable
from pathlib import Path

from kso_desktop.app import Location, open_app
from kso_desktop.credentials import CredentialStore
from kso_desktop.paths import resources_dir
from kso_desktop.services.registry import Services
from kso_desktop.storage.migrate import HEAD_REVISION, current_revision


def _keyring(creds: CredentialStore) -> str:
    name = f"smoke-test:{uuid.uuid4()}"
    secret = uuid.uuid4().hex
    creds.set(name, secret)
    try:
        if creds.get(name) != secret:
            raise RuntimeError("de sleutelopslag gaf een ander geheim terug dan er in werd gezet")
    finally:
        creds.delete(name)
    if creds.get(name) is not None:
        raise RuntimeError("het testgeheim bleef na verwijderen in de sleutelopslag staan")
    return f"schrijven, lezen en verwijderen werkt ({creds.describe()})"


def _database(data_dir: Path, creds: CredentialStore, opened: list[Services]) -> str:
    services, _key = open_app(data_dir, credentials=creds)
    services.ctx.store.close()
    # Opened a second time, the key must come back from the keyring and the schema must be current.
    services, _key = open_app(data_dir, credentials=creds)
    opened.append(services)
    revision = current_revision(services.ctx.store)
    if revision != HEAD_REVISION:
        raise RuntimeError(f"schema op {revision}, verwacht {HEAD_REVISION}")
    if services.ctx.store.integrity_check():
        raise RuntimeError("PRAGMA integrity_check meldt fouten")
    sleutel = json.loads(Location(data_dir, demo=False).key_info_path.read_text())["sleutel"]
    return f"versleuteld aangemaakt, gemigreerd tot {revision}, heropend met de sleutel uit de {sleutel}"


def _demo(data_dir: Path, opened: list[Services]) -> str:
    services, _key = open_app(data_dir, demo=True)
    opened.append(services)
    jongeren = services.jongeren.lijst(None)
    if not jongeren:
        raise RuntimeError("de demodata bevat geen jongeren")
    return f"demodata geladen ({len(jongeren)} jongeren)"


def _fonts() -> str:
    from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
    from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
    from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]
    from reportlab.pdfgen import canvas  # type: ignore[import-untyped]

    fonts = sorted((resources_dir() / "fonts").glob("*.ttf"))
    path = Path(tempfile.mkstemp(suffix=".pdf")[1])
    try:
        pdf = canvas.Canvas(str(path), pagesize=A4)
        pdf.setFont("Helvetica", 12)
        pdf.drawString(72, 800, "KSO Desktop rooktest")
        for i, font in enumerate(fonts):
            name = f"Smoke-{font.stem}"
            pdfmetrics.registerFont(TTFont(name, str(font)))
            pdf.setFont(name, 12)
            pdf.drawString(72, 780 - 16 * i, f"{font.stem}: Aa Éé")
        pdf.save()
        data = path.read_bytes()
    finally:
        path.unlink(missing_ok=True)
    if not data.startswith(b"%PDF") or len(data) < 500:
        raise RuntimeError("de PDF is leeg of onleesbaar")
    return f"PDF gemaakt met {len(fonts)} meegeleverde lettertypen ({len(data) // 1024} kB)"


def run_smoke_test(*, print_line: Callable[[str], None] = print) -> int:
    """Run every check; print one line per step; return the process exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    creds = CredentialStore()
    opened: list[Services] = []
    failures = 0
    with tempfile.TemporaryDirectory(prefix="kso-smoke-") as tmp:
        data_dir = Path(tmp)

        def gui_translations() -> str:
            from kso_desktop.gui.smoke import check_translations

            return check_translations()

        def gui_window() -> str:
            from kso_desktop.gui.smoke import check_main_window

            if not opened:
                raise RuntimeError("geen database om het venster mee te openen")
            return check_main_window(opened[-1])

        steps: list[tuple[str, Callable[[], str]]] = [
            ("sleutelopslag", lambda: _keyring(creds)),
            ("database", lambda: _database(data_dir / "echt", creds, opened)),
            ("demodata", lambda: _demo(data_dir / "demo", opened)),
            ("pdf", _fonts),
            ("vertalingen", gui_translations),
            ("hoofdvenster", gui_window),
        ]
        try:
            for name, step in steps:
                start = time.perf_counter()
                try:
                    detail = step()
                except Exception as exc:  # every step reports; one failure must not hide the others
                    failures += 1
                    print_line(f"FOUT {name}: {exc}")
                    if os.environ.get("KSO_SMOKE_TRACEBACK"):
                        traceback.print_exc()
                else:
                    print_line(f"ok   {name}: {detail} [{(time.perf_counter() - start) * 1000:.0f} ms]")
        finally:
            for services in opened:
                services.ctx.store.close()
            _forget_database_key(data_dir / "echt", creds)
    print_line("rooktest geslaagd" if not failures else f"rooktest MISLUKT: {failures} stap(pen) fout")
    return 0 if not failures else 1


def _forget_database_key(data_dir: Path, creds: CredentialStore) -> None:
    """The throwaway database's key must not stay behind in the user's keyring."""
    info_path = Location(data_dir, demo=False).key_info_path
    try:
        name = json.loads(info_path.read_text()).get("keyring")
    except (OSError, ValueError):
        return
    if name:
        creds.delete(name)

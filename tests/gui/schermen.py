"""The main window and every dialog and editor of the app, built on the demo data, for the GUI tests that
walk all screens (English complete, accessibility) and for tests that need a dossier open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kso_desktop.domain.enums import GesprekType
from kso_desktop.domain.gesprek import Afspraak, GesprekInhoud, Onderwerp
from kso_desktop.domain.plan import ActieWie
from kso_desktop.gui.main_window import MainWindow
from kso_desktop.services.registry import Services


def hoofdvenster(services: Services, qtbot: QtBot) -> MainWindow:
    """The main window at the size of a 1366 × 768 laptop screen, shown."""
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def daniel(services: Services) -> str:
    """The demo jongere with a plan, forms and a network."""
    return next(j.id for j in services.jongeren.lijst(None) if j.naam == "Daniel Tekle")


def schermen(services: Services, window: MainWindow) -> dict[str, Callable[[], QWidget]]:
    from kso_desktop.gui.dialogs import (
        GebeurtenisDialog,
        JongereDialog,
        MentorDialog,
        locaties_dialog,
        medewerkers_dialog,
    )
    from kso_desktop.gui.formulier_dialog import FormulierDialog
    from kso_desktop.gui.formulieren import NaarPlanDialog
    from kso_desktop.gui.gesprek_dialogs import RedenDialog, TweegesprekDialog
    from kso_desktop.gui.gesprekken import AfrondenDialog, DriegesprekEditor, VoorbereidingView
    from kso_desktop.gui.netwerk_editor import NetwerkEditor, PersoonDialog
    from kso_desktop.gui.plan_dialogs import DoelDialog, EvaluatieDialog, VaststellenDialog
    from kso_desktop.gui.plan_editor import PlanEditor
    from kso_desktop.gui.vergrendeling import PincodeDialog

    jongere_id = daniel(services)
    jongere = services.jongeren.get(jongere_id)
    plan = services.plannen.laatste(jongere_id)
    assert plan is not None
    doel = plan.inhoud.doelen[0]
    # The demo has no gesprekken: one definitief tweegesprek (its topics and afspraken are data).
    onderwerp, afspraak = "Mijn broer in Eritrea", "Belt de tolk"
    tweegesprek = services.gesprekken.opslaan(
        jongere_id,
        GesprekType.TWEEGESPREK,
        services.ctx.now() - timedelta(days=1),
        GesprekInhoud(
            onderwerpen=(Onderwerp(onderwerp, van_jongere=True),),
            afspraken=(Afspraak(ActieWie.WOONBEGELEIDER, afspraak),),
        ),
        definitief=True,
    )
    driegesprek = services.gesprekken.maak_driegesprek(jongere_id, services.ctx.now())
    formulier = services.formulieren.lijst(jongere_id)[0]
    return {
        "jongere": lambda: JongereDialog(services, jongere, parent=window),
        "nieuwe jongere": lambda: JongereDialog(services, None, parent=window),
        "mentor": lambda: MentorDialog(services, jongere, parent=window),
        "vastleggen": lambda: GebeurtenisDialog(services, jongere, parent=window),
        "locaties": lambda: locaties_dialog(services, window),
        "medewerkers": lambda: medewerkers_dialog(services, window),
        "plan": lambda: PlanEditor(services, jongere_id, parent=window),
        "netwerk": lambda: NetwerkEditor(services, jongere_id, parent=window),
        "tweegesprek": lambda: TweegesprekDialog(services, jongere_id, parent=window),
        "tweegesprek (definitief)": lambda: TweegesprekDialog(
            services, jongere_id, tweegesprek, parent=window
        ),
        "driegesprek": lambda: DriegesprekEditor(services, driegesprek.id, parent=window),
        "formulier": lambda: FormulierDialog(services, formulier, parent=window),
        "driegesprek voorbereiden": lambda: VoorbereidingView(services, jongere_id),
        "doel": lambda: DoelDialog(services, plan, doel.leefgebied, doel, parent=window),
        "evaluatie": lambda: EvaluatieDialog(services, plan.inhoud, doel.id, parent=window),
        "vaststellen": lambda: VaststellenDialog(services, plan, jongere.naam, parent=window),
        "verslag afronden": lambda: AfrondenDialog(2, parent=window),
        "reden van correctie": lambda: RedenDialog(lambda _reden: None, parent=window),
        "naar plan": lambda: NaarPlanDialog(services, formulier, parent=window),
        "pincode": lambda: PincodeDialog(services, parent=window),
        "persoon": lambda: PersoonDialog(window),
    }

"""Background work on the QThreadPool: progress, cancel and the result or error back on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from kso_desktop.domain.validation import ValidationError
from kso_desktop.reporting.gegevens import Geannuleerd
from kso_desktop.storage.errors import StorageError

#: ``werk(voortgang, stop)``: report ``voortgang(gedaan, totaal)``, look at ``stop()`` now and then.
Werk = Callable[[Callable[[int, int], None], Callable[[], bool]], object]


class TaakSignalen(QObject):
    """Lives on the GUI thread, so signals emitted from the worker arrive there (queued)."""

    voortgang = Signal(int, int)
    klaar = Signal(object)
    fout = Signal(str)
    gestopt = Signal()


class Taak(QRunnable):
    """One piece of work for the thread pool. Connect to ``signalen`` before ``start()``."""

    def __init__(self, werk: Werk) -> None:
        super().__init__()
        # The caller keeps the task (and its signals) alive; the pool must not delete it under them.
        self.setAutoDelete(False)
        self.signalen = TaakSignalen()
        self._werk = werk
        self._stop = threading.Event()

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self)

    def stop(self) -> None:
        self._stop.set()

    @property
    def gestopt(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        try:
            resultaat = self._werk(self.signalen.voortgang.emit, self._stop.is_set)
        except Geannuleerd:
            self.signalen.gestopt.emit()
        except ValidationError as exc:
            self.signalen.fout.emit(exc.message)
        except (StorageError, ValueError, OSError) as exc:
            self.signalen.fout.emit(str(exc))
        except Exception as exc:  # a worker must report, never die silently
            self.signalen.fout.emit(
                QCoreApplication.translate("Taak", "Er ging iets mis: %1").replace("%1", str(exc))
            )
        else:
            self.signalen.klaar.emit(resultaat)

"""Guards against known defects of the Qt binding that would crash a long shift."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    veranderd = Signal(str)


def test_emitting_a_signal_does_not_drain_the_reference_count_of_true():
    # PySide6 6.12.0 returned True from SignalInstance.emit() without taking a reference: every emit
    # took one away, until Python freed True itself and the app crashed (pinned below 6.12).
    sender = _Sender()
    gc.collect()
    before = sys.getrefcount(True)
    for _ in range(2000):
        sender.veranderd.emit("x")
    gc.collect()
    assert sys.getrefcount(True) >= before - 10

"""The netwerk editor's drawing: one frame of a scene with 60 people rendered into a QImage.

The figure is ``QGraphicsScene.render`` of the editor's scene (rings, sectors, labels and 60 person items,
antialiased) at 1366x768-window size; the baselines, measured in the same run and interleaved, are rendering
an empty QGraphicsScene into the same image and filling the image. Target: ≤ 16 ms per frame (60 fps).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time

from _common import machine_line, print_result, print_table, summarize

PERSONEN = 60
TARGET_MS = 16.0
BREEDTE, HOOGTE = 760, 660  # the drawing's share of a 1366x768 editor window


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication, QGraphicsScene

    from kso_desktop.domain.netwerk import Betekenis, Cirkel, Contact, Netwerk, Persoon, Sector
    from kso_desktop.gui.netwerk_scene import NetwerkScene

    app = QApplication.instance() or QApplication(sys.argv[:1])
    rng = random.Random(9)
    netwerk = Netwerk(
        tuple(
            Persoon.nieuw(
                f"{rng.choice(['Tante', 'Oom', 'Vriend', 'Juf', 'Coach', 'Buur'])} {i:02d}",
                rng.choice(list(Sector)),
                rng.choice(list(Cirkel)),
                contact=rng.choice(list(Contact)),
                betekenis=rng.choice(list(Betekenis)),
            )
            for i in range(PERSONEN)
        )
    )
    scene = NetwerkScene(lambda *_a: None)
    scene.toon(netwerk)
    leeg = QGraphicsScene()
    leeg.setSceneRect(scene.sceneRect())
    image = QImage(BREEDTE, HOOGTE, QImage.Format.Format_ARGB32_Premultiplied)
    doel = QRectF(0, 0, BREEDTE, HOOGTE)

    def frame(s: QGraphicsScene) -> float:
        t = time.perf_counter()
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        s.render(painter, doel, s.sceneRect())
        painter.end()
        return (time.perf_counter() - t) * 1000

    def vullen() -> float:
        t = time.perf_counter()
        image.fill(QColor("white"))
        return (time.perf_counter() - t) * 1000

    for _ in range(5):  # warm-up: fonts, glyph caches
        frame(scene)
        frame(leeg)
    scene_ms: list[float] = []
    leeg_ms: list[float] = []
    vul_ms: list[float] = []
    for _ in range(args.runs):
        scene_ms.append(frame(scene))
        leeg_ms.append(frame(leeg))
        vul_ms.append(vullen())
    figure, baseline, fill = summarize(scene_ms), summarize(leeg_ms), summarize(vul_ms)
    print(f"netwerk: one frame of the scene with {PERSONEN} people, {BREEDTE}x{HOOGTE} px, antialiased")
    print(machine_line())
    print_table(
        [
            (f"scene with {PERSONEN} people (render)", figure),
            ("empty scene (render)", baseline),
            ("fill the image", fill),
        ]
    )
    print(
        f"frame: {figure.median_ms:.2f} ms median (target ≤ {TARGET_MS:g} ms); "
        f"{figure.median_ms / baseline.median_ms:.1f}× the empty scene"
    )
    print_result(
        "netwerk_frame",
        figure,
        baseline,
        target=TARGET_MS,
        targets=f"≤ {TARGET_MS:g} ms per frame with {PERSONEN} people",
        met=figure.median_ms <= TARGET_MS,
        fill_ms=round(fill.median_ms, 3),
    )
    del app
    return 0 if figure.median_ms <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())

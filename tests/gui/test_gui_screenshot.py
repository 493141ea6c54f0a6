"""Screens render offscreen to a readable PNG of the requested size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from kso_desktop.gui.screenshot import VIEWS, render_screenshot
from kso_desktop.services.registry import Services


def _distinct_colours(image: QImage) -> int:
    step = 17
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}
    )


@pytest.mark.parametrize("view", VIEWS)
def test_every_view_renders_non_blank(qtbot: QtBot, gui_services: Services, tmp_path: Path, view: str):
    out = render_screenshot(gui_services, tmp_path / f"{view}.png", view=view)
    image = QImage(str(out))
    assert not image.isNull()
    if view in {"main", "dossier", "te-doen", "mentoren", "logboek"}:
        assert (image.width(), image.height()) == (1366, 768)
    assert _distinct_colours(image) > 8


def test_unknown_view_is_refused_in_dutch(gui_services: Services, tmp_path: Path):
    with pytest.raises(ValueError, match="Onbekend scherm"):
        render_screenshot(gui_services, tmp_path / "x.png", view="bestaat-niet")

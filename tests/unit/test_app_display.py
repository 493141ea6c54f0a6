"""When the app may show a start-up error on screen (never on the offscreen test platform)."""

from __future__ import annotations

import sys

import pytest

from kso_desktop.app import can_show_windows


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, False),
        ({"QT_QPA_PLATFORM": "minimal", "DISPLAY": ":0"}, False),
        ({"DISPLAY": ":1"}, True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, True),
        ({}, False),
    ],
)
def test_can_show_windows_on_linux(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: bool):
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert can_show_windows() is expected


def test_windows_laptops_always_have_a_screen(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    assert can_show_windows() is True

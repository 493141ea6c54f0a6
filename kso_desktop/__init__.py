"""KSO Desktop: the desktop app for woonbegeleiders in the Kleinschalige Opvang."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "kso-desktop"

"""Entry point for ``python -m kso_desktop`` and the frozen app."""

from __future__ import annotations

import sys

from kso_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""python -m kso_portal."""

from __future__ import annotations

import sys

from kso_portal.cli import main

sys.exit(main())

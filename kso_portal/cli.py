"""``kso-portal`` entry point: checks that the ``portal`` extra is installed, then runs the command.

The portal's packages (FastAPI, uvicorn, argon2) are an optional extra, so a desktop-only install has the
script but not the server; it then gets this clear message instead of an ImportError.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence

REQUIRED = ("fastapi", "uvicorn", "argon2")


def main(argv: Sequence[str] | None = None) -> int:
    missing = [name for name in REQUIRED if importlib.util.find_spec(name) is None]
    if missing:
        print(
            f"Het portaal mist pakketten ({', '.join(missing)}). "
            "Installeer ze met: pip install 'kso-desktop[portal]'",
            file=sys.stderr,
        )
        return 2
    from kso_portal.commands import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())

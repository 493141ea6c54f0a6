"""Fixtures for the command-line tests: run ``main`` in-process and capture what it prints."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_testkit import Result, Run

from kso_desktop.cli import main


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    """``run("jongeren", "list")``: call ``main`` with the given arguments and capture its output."""

    def _run(*argv: str | Path) -> Result:
        capsys.readouterr()
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return _run


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory whose demo database was created and filled once for the whole module."""
    data_dir = tmp_path_factory.mktemp("cli-demo")
    assert main(["--data-dir", str(data_dir), "--demo", "db", "check"]) == 0
    return data_dir

"""`kso-desktop sync geweigerd`, `sync opnieuw OP_ID` and `sync log` against a real portal: the refused
change with its reason and whole text, sent again once the cause is gone, and the log of what happened."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

import pytest
from sync_helpers import Laptop

from kso_desktop.cli_sync import cmd_sync


def _cli(lap: Laptop, actie: str, capsys: pytest.CaptureFixture[str], **extra: object) -> tuple[int, str]:
    args = argparse.Namespace(sync_actie=actie, json=extra.pop("json", False), **extra)
    code = cmd_sync(args, lap.services)
    out = capsys.readouterr()
    return code, out.out + out.err


def test_refused_change_listed_sent_again_and_logged(
    laptop: Callable[..., Laptop], capsys: pytest.CaptureFixture[str]
) -> None:
    a, both = laptop("a_med"), laptop("ab_med")
    jid = a.new_jongere("Blijft")
    a.sync()
    both.sync()
    a.edit(jid, notities="Woorden die het portaal eerst weigert")
    both.edit(jid, locatie_id=both.locatie(a.portal.loc_b))
    both.sync()
    assert a.sync().rapport.rejected == 1

    code, text = _cli(a, "geweigerd", capsys)
    assert code == 0
    assert "Gegevens van de jongere: Blijft Haile" in text and "Reden: " in text
    assert "Woorden die het portaal eerst weigert" in text
    code, text = _cli(a, "geweigerd", capsys, json=True)
    [op] = json.loads(text)
    assert op["id"] == jid and op["reden"] and "Woorden die het portaal eerst weigert" in op["tekst"]

    code, text = _cli(a, "opnieuw", capsys, op_id="bestaat-niet")
    assert code == 1 and "bestaat niet" in text
    both.edit(jid, locatie_id=both.locatie(a.portal.loc_a))
    both.sync()
    code, text = _cli(a, "opnieuw", capsys, op_id=op["op_id"])
    assert code == 0 and "volgende synchronisatie" in text
    a.sync()
    a.sync()
    record = {r.uuid: r for r in a.portal.records("jongere")}[jid]
    assert record.payload["notities"] == "Woorden die het portaal eerst weigert"
    code, text = _cli(a, "geweigerd", capsys)
    assert "geen wijzigingen geweigerd" in text

    code, text = _cli(a, "log", capsys, json=True)
    log = json.loads(text)
    assert [r["soort"] for r in log][:1] == ["ok"]
    assert any(r["soort"] == "actie" and "Opnieuw proberen" in r["tekst"] for r in log)
    assert any("1 geweigerd" in r["tekst"] for r in log)
    code, text = _cli(a, "log", capsys)
    assert code == 0 and "Gesynchroniseerd: " in text

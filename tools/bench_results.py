"""Collect the ``RESULT {json}`` lines the bench scripts print into one Markdown table (bench/RESULTS.md)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

MARK = "RESULT "


def read_results(text: str) -> list[dict[str, object]]:
    results = []
    for line in text.splitlines():
        if line.startswith(MARK):
            try:
                results.append(json.loads(line[len(MARK) :]))
            except json.JSONDecodeError:
                results.append({"name": "?", "error": f"unreadable result line: {line[:80]}"})
    return results


def _ms(value: object) -> str:
    return f"{value:.1f}" if isinstance(value, (int, float)) else "–"


def render(results: list[dict[str, object]], *, now: datetime) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"Written by `make bench` on {now:%Y-%m-%d %H:%M} UTC. Figures are medians of several runs; the",
        "baseline is measured in the same run on the same machine (each script in `bench/` says what it is),",
        "so the ratio is what to compare between machines, not the milliseconds.",
        "",
        "| benchmark | figure (ms) | baseline (ms) | ratio | target | met |",
        "|---|---:|---:|---:|---|---|",
    ]
    machines = []
    for r in results:
        if "error" in r:
            lines.append(f"| {r.get('name', '?')} | failed: {r['error']} | | | | no |")
            continue
        met = {True: "yes", False: "**no**"}.get(r.get("met"), "–")  # type: ignore[call-overload]
        ratio = r.get("ratio")
        ratio_text = f"{ratio:.2f}×" if isinstance(ratio, (int, float)) else "–"
        lines.append(
            f"| {r['name']} | {_ms(r.get('figure_ms'))} | {_ms(r.get('baseline_ms'))} | {ratio_text} "
            f"| {r.get('targets') or r.get('target', '')} | {met} |"
        )
        if r.get("machine") and r["machine"] not in machines:
            machines.append(r["machine"])
    for m in machines:
        assert isinstance(m, dict)
        lines += ["", "Machine: " + ", ".join(f"{k} {v}" for k, v in m.items())]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("log", type=Path, help="the combined output of the bench scripts")
    parser.add_argument("-o", "--out", type=Path, default=Path("bench/RESULTS.md"))
    args = parser.parse_args(argv)
    results = read_results(args.log.read_text(encoding="utf-8"))
    if not results:
        print("no RESULT lines found", file=sys.stderr)
        return 1
    args.out.write_text(render(results, now=datetime.now(UTC)), encoding="utf-8")
    print(f"{len(results)} results written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

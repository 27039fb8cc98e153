"""Stalls of the cyclic garbage collector while a reader moves around the bundled article.

    .venv/bin/python benchmarks/gc_pauses.py [--rounds 10] [--pairs 2]

Headless (App.run_test) at 120×40: once every section has its readings and the dictionary is
in, each round presses f2 f3 f4 f5 2 3 4 p 1 p Down Down. Every full (generation 2) pass of
the collector is timed through `gc.callbacks`: each one holds the UI thread. Two ways
alternate in one process, so the ratio holds on a noisy machine: as shipped (what is loaded is
frozen, reader/tui/screens/reader_screen.py) and without the freeze (as before). Prints the
passes, their total and their longest, per way (medians over the pairs), and the ratio of
the longest. No issue sets a goal; the longest pass is the figure to watch: a key press
waits behind it.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import time
from pathlib import Path

from reader.core.analysis import analyze
from reader.tui.app import ReaderApp
from reader.tui.screens import reader_screen

SEED = Path(__file__).resolve().parent.parent / "assets" / "guangshen-digital-economy.txt"
KEYS = ("f2", "f3", "f4", "f5", "2", "3", "4", "p", "1", "p", "down", "down")


async def session(rounds: int) -> list[float]:
    """The seconds of each full collection during `rounds` rounds of key presses."""
    passes: list[float] = []
    began = [0.0]

    def timed(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            began[0] = time.perf_counter()
        elif info["generation"] == 2:
            passes.append(time.perf_counter() - began[0])

    app = ReaderApp(analyze(SEED.read_text(encoding="utf-8"), source="bundled"))
    async with app.run_test(size=(120, 40)) as pilot:
        await app.loaded()
        gc.callbacks.append(timed)
        try:
            for _ in range(rounds):
                for key in KEYS:
                    await pilot.press(key)
                await pilot.pause()
        finally:
            gc.callbacks.remove(timed)
    return passes


def collect() -> None:
    """The shipped freeze's collection, without the freeze: the way it was before."""
    gc.collect()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--pairs", type=int, default=2)
    args = parser.parse_args()
    shipped = reader_screen._freeze_what_is_loaded
    results: dict[str, list[list[float]]] = {"without freeze": [], "as shipped": []}
    for _ in range(args.pairs):
        for way in results:
            reader_screen._freeze_what_is_loaded = shipped if way == "as shipped" else collect
            results[way].append(asyncio.run(session(args.rounds)))
    reader_screen._freeze_what_is_loaded = shipped
    presses = args.rounds * len(KEYS)
    for way, runs in results.items():
        count = statistics.median(len(run) for run in runs)
        total = statistics.median(sum(run) for run in runs)
        longest = statistics.median(max(run, default=0.0) for run in runs)
        print(
            f"{way:>15}: {count:g} full passes in {presses} presses, "
            f"{total:.2f} s in all, longest {longest * 1000:.0f} ms"
        )
    before, after = results["without freeze"], results["as shipped"]
    ratio = statistics.median(
        max(a, default=0.0) / max(max(b, default=0.0), 1e-6)
        for a, b in zip(before, after, strict=True)
    )
    print(f"longest pass, without / as shipped (median of pairs): {ratio:.1f}x")


if __name__ == "__main__":
    main()

"""Pinyin accuracy and speed on three kinds of text: bayreader beside plain pypinyin and g2pM.

    .venv/bin/python benchmarks/polyphones.py [--limit N] [--part tuned|aside|all]

Sets (../shared/data, READMEs there):
- CPP dev: one polyphone a sentence, marked with ▁ (the set g2pM was built on);
- BZNSYP dev half: every Han character of whole sentences, as spoken; scored as its README
  says: a 3rd tone counts where the gold has the 2nd before a 3rd (sandhi), 一 and 不 left out;
- g2pL dev half: one polyphone a sentence, citation tones.

Every set is split once by line number: every third line (index % 3 == 2) is kept aside and
never looked at when choosing readings (`pinyin.py`'s rules and tables); `--part` picks which
lines to score (default: both, printed separately). The peers run as their READMEs say:
`lazy_pinyin(s, style=TONE3, neutral_tone_with_five=True)` and `G2pM()(s, char_split=True)`.
Speed is characters per second over the same lines, whole calls timed, models loaded first;
then, as a user runs it, whole processes over the same lines: `bayreader pinyin FILE` beside a
`python -c` that prints plain pypinyin line by line (the issue's target: at least half).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("BAYREADER_SHARED", ROOT.parent / "shared")) / "data"

# (sentence, {index: gold reading}) with tone numbers, neutral 5, ü as v
Case = tuple[str, dict[int, str]]


def load(name: str) -> list[Case]:
    if name == "cpp":
        cases = []
        sentences = (DATA / "cpp" / "dev.sent").read_text(encoding="utf-8").splitlines()
        labels = (DATA / "cpp" / "dev.lb").read_text(encoding="utf-8").splitlines()
        for marked, label in zip(sentences, labels, strict=True):
            index = marked.index("▁")
            cases.append((marked.replace("▁", ""), {index: label.replace("u:", "v")}))
        return cases
    texts = (DATA / "pinyin" / f"{name}-dev.txt").read_text(encoding="utf-8").splitlines()
    golds = (DATA / "pinyin" / f"{name}-dev.gold.jsonl").read_text(encoding="utf-8").splitlines()
    out = []
    for text, line in zip(texts, golds, strict=True):
        gold = {
            i: r.replace("u:", "v").replace("ü", "v")
            for i, r, mark in json.loads(line)["gold"]
            if mark != "er-skip"  # erhua 儿: no syllable of its own (the README's rule)
        }
        out.append((text, gold))
    return out


def part(cases: list[Case], which: str) -> list[Case]:
    if which == "aside":
        return [c for i, c in enumerate(cases) if i % 3 == 2]
    if which == "tuned":
        return [c for i, c in enumerate(cases) if i % 3 != 2]
    return cases


def correct(name: str, case: Case, predicted: list[str]) -> tuple[int, int]:
    """(right, counted) for one sentence under the set's scoring rule."""
    text, gold = case
    right = counted = 0
    for index, reading in gold.items():
        if name == "bzn" and text[index] in "一不":
            continue
        counted += 1
        guess = predicted[index] if index < len(predicted) else ""
        if guess == reading:
            right += 1
        elif name == "bzn" and reading.endswith("2") and guess == reading[:-1] + "3":
            right += gold.get(index + 1, "").endswith("3")
    return right, counted


def bayreader(texts: list[str]) -> list[list[str]]:
    from reader.core.pinyin import annotate_many

    out = []
    for tokens in annotate_many(texts):
        out.append([r for t in tokens for r in t.pinyin])
    return out


def plain_pypinyin(texts: list[str]) -> list[list[str]]:
    from pypinyin import Style, lazy_pinyin

    return [
        [
            r.replace("ü", "v")
            for r in lazy_pinyin(
                text, style=Style.TONE3, neutral_tone_with_five=True, errors=lambda s: [""] * len(s)
            )
        ]
        for text in texts
    ]


_g2pm = None


def plain_g2pm(texts: list[str]) -> list[list[str]]:
    global _g2pm
    from g2pM import G2pM

    if _g2pm is None:
        _g2pm = G2pM()
    out = []
    for text in texts:
        readings = _g2pm(text, char_split=True, tone=True)
        out.append(
            [r.replace("u:", "v") if r != c else "" for r, c in zip(readings, text, strict=False)]
        )
    return out


SYSTEMS: dict[str, Callable[[list[str]], list[list[str]]]] = {
    "bayreader": bayreader,
    "pypinyin": plain_pypinyin,
    "g2pM": plain_g2pm,
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--part", choices=("tuned", "aside", "all", "both"), default="both")
    parser.add_argument("--sets", default="cpp,bzn,g2pl")
    args = parser.parse_args()
    for system in SYSTEMS.values():  # load every model outside the timing
        system(["银行行长在路上行走。"])
    parts = ("tuned", "aside") if args.part == "both" else (args.part,)
    speed: dict[str, list[float]] = {name: [0.0, 0.0] for name in SYSTEMS}
    every: list[str] = []
    for name in args.sets.split(","):
        cases = load(name)
        if args.limit:
            cases = cases[: args.limit]
        for which in parts:
            chosen = part(cases, which)
            texts = [c[0] for c in chosen]
            every += texts
            row = []
            for system_name, system in SYSTEMS.items():
                started = time.perf_counter()
                predicted = system(texts)
                speed[system_name][0] += time.perf_counter() - started
                speed[system_name][1] += sum(len(t) for t in texts)
                right = counted = 0
                for case, guess in zip(chosen, predicted, strict=True):
                    r, c = correct(name, case, guess)
                    right += r
                    counted += c
                row.append(f"{system_name} {right / counted:.2%}")
            print(f"{name:5} {which:6} ({len(chosen):5} lines): " + "  ".join(row))
    print(
        "speed (chars/s, same lines): "
        + "  ".join(f"{n} {c / s:,.0f}" for n, (s, c) in speed.items() if s)
    )
    print(process_speed(every))


_PLAIN_PROCESS = """
import sys
from pypinyin import Style, lazy_pinyin
for line in open(sys.argv[1], encoding="utf-8"):
    print(" ".join(lazy_pinyin(line.rstrip("\\n"), style=Style.TONE3, neutral_tone_with_five=True)))
"""


def process_speed(texts: list[str]) -> str:
    """chars/s of whole processes: the installed `bayreader pinyin` and plain pypinyin."""
    command = shutil.which("bayreader", path=str(Path(sys.executable).parent)) or shutil.which(
        "bayreader"
    )
    if command is None:
        return "whole process: bayreader is not installed"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lines.txt"
        path.write_text("\n".join(texts) + "\n", encoding="utf-8")
        chars = sum(len(t) for t in texts)
        out = []
        for name, argv in (
            ("bayreader pinyin", [command, "pinyin", str(path)]),
            ("plain pypinyin", [sys.executable, "-c", _PLAIN_PROCESS, str(path)]),
        ):
            started = time.perf_counter()
            subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
            out.append(f"{name} {chars / (time.perf_counter() - started):,.0f}")
    return "whole process (chars/s, same lines): " + "  ".join(out)


if __name__ == "__main__":
    main()

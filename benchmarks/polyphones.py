"""Polyphone accuracy on the CPP dev split (../shared/data/cpp), for pypinyin, g2pM and bayreader.

    .venv/bin/python benchmarks/polyphones.py [--limit N]

Each sentence marks one polyphonic character; its reading is compared with the gold label
(tone-numbered, neutral 5, ü as u:). Prints the three accuracies and bayreader's speed.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from pypinyin import Style, pinyin

from reader.core import polyphone
from reader.core.pinyin import annotate

ROOT = Path(__file__).resolve().parents[1]
CPP = Path(os.environ.get("BAYREADER_SHARED", ROOT.parent / "shared")) / "data" / "cpp"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    sentences = (CPP / "dev.sent").read_text(encoding="utf-8").splitlines()
    labels = (CPP / "dev.lb").read_text(encoding="utf-8").splitlines()
    if args.limit:
        sentences, labels = sentences[: args.limit], labels[: args.limit]
    cases = []
    for marked, label in zip(sentences, labels, strict=True):
        index = marked.index("▁")
        cases.append((marked.replace("▁", ""), index, label.replace("u:", "v")))

    ours = base = model = 0
    polyphone.model()  # load outside the timing
    started = time.perf_counter()
    for text, index, label in cases:
        reading = next(
            t.pinyin[index - t.start] for t in annotate(text) if t.start <= index < t.end
        )
        ours += reading == label
    elapsed = time.perf_counter() - started
    for text, index, label in cases:
        readings = pinyin(
            text, style=Style.TONE3, neutral_tone_with_five=True, errors=lambda s: [""] * len(s)
        )
        base += readings[index][0].replace("ü", "v") == label
    for (_text, index, label), found in zip(
        cases, polyphone.predict([c[0] for c in cases]), strict=True
    ):
        probs = found.get(index)
        model += bool(probs) and max(probs, key=probs.__getitem__) == label
    chars = sum(len(c[0]) for c in cases)
    n = len(cases)
    print(f"CPP dev: {n} polyphones")
    print(f"pypinyin alone (whole sentence): {base / n:.2%}")
    print(f"g2pM alone:                      {model / n:.2%}")
    print(f"bayreader (annotate):            {ours / n:.2%}")
    print(f"bayreader speed: {chars / elapsed:,.0f} chars/s (one sentence per call)")


if __name__ == "__main__":
    main()

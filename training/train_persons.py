"""Train the person-name CRF that ships as `assets/persons.crfsuite`.

Data: Universal NER's Chinese sets (github.com/UniversalNER: UNER_Chinese-GSD and
UNER_Chinese-GSDSIMP, CC BY-SA 4.0; UNER_Chinese-PUD, CC BY-SA 3.0), word-level IOB2 turned into
character labels. PUD (news and Wikipedia, traditional) is also converted to simplified with
OpenCC, so both scripts are seen. GSD's test split is kept aside: the person F1 printed at the
end is measured on it and nothing is tuned on it.

Augmentation: each training sentence that holds a person is repeated once with its names
swapped for other names of the same script drawn from the training names, so that the model
learns the contexts of names and not only the names it has seen.

    python training/train_persons.py MIRRORS_DIR [--out assets/persons.crfsuite]

MIRRORS_DIR holds the three repositories as git directories (`git show HEAD:<file>` is read),
for example the snapshots the search tool's fetch brings. Not run by the tests.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.core.persons import features, spans

SETS = {
    "gsd": ("UniversalNER+UNER_Chinese-GSD", "zh_gsd-ud-{}.iob2"),
    "gsdsimp": ("UniversalNER+UNER_Chinese-GSDSIMP", "zh_gsdsimp-ud-{}.iob2"),
    "pud": ("UniversalNER+UNER_Chinese-PUD", "zh_pud-ud-{}.iob2"),
}
Sentence = tuple[str, list[str]]


def read_iob2(text: str) -> list[Sentence]:
    """Character sentences with BIO labels from a word-level IOB2 file."""
    out: list[Sentence] = []
    chars: list[str] = []
    labels: list[str] = []
    for line in [*text.splitlines(), ""]:
        if not line.strip():
            if chars:
                out.append(("".join(chars), labels))
            chars, labels = [], []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        word, label = cols[1], cols[2]
        for k, char in enumerate(word):
            chars.append(char)
            if label == "O":
                labels.append("O")
            else:
                kind = label[2:]
                labels.append(("B-" if k == 0 and label.startswith("B") else "I-") + kind)
    return out


def load(mirrors: Path, name: str, split: str) -> list[Sentence]:
    repo, pattern = SETS[name]
    git = mirrors / repo / "repo"
    text = subprocess.run(
        ["git", "--git-dir", str(git), "show", "HEAD:" + pattern.format(split)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return read_iob2(text)


def to_simplified(sentences: list[Sentence]) -> list[Sentence]:
    import opencc

    conv = opencc.OpenCC("t2s")
    out = []
    for text, labels in sentences:
        simple = conv.convert(text)
        if len(simple) == len(text):  # t2s is character for character nearly always
            out.append((simple, labels))
    return out


def swap_names(sentences: list[Sentence], rng: random.Random) -> list[Sentence]:
    pool = [text[a:b] for text, labels in sentences for a, b in spans(labels)]
    out = []
    for text, labels in sentences:
        found = list(spans(labels))
        if not found:
            continue
        new_text, new_labels, last = "", [], 0
        for a, b in found:
            name = rng.choice(pool)
            new_text += text[last:a] + name
            new_labels += labels[last:a] + ["B-PER"] + ["I-PER"] * (len(name) - 1)
            last = b
        out.append((new_text + text[last:], new_labels + labels[last:]))
    return out


def person_f1(tagger, sentences: list[Sentence]) -> tuple[float, float, float]:
    tp = npred = ngold = 0
    for text, labels in sentences:
        gold = set(spans(labels))
        pred = set(spans(tagger.tag(features(text))))
        tp += len(gold & pred)
        npred += len(pred)
        ngold += len(gold)
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    import pycrfsuite

    ap = argparse.ArgumentParser()
    ap.add_argument("mirrors", type=Path)
    ap.add_argument("--out", type=Path, default=Path("assets/persons.crfsuite"))
    ap.add_argument("--iterations", type=int, default=150)
    args = ap.parse_args()
    rng = random.Random(7)

    train: list[Sentence] = []
    for name in ("gsd", "gsdsimp"):
        for split in ("train", "dev"):
            train += load(args.mirrors, name, split)
    pud = load(args.mirrors, "pud", "test")
    train += pud + to_simplified(pud)
    train += swap_names(train, rng)
    held = load(args.mirrors, "gsd", "test") + load(args.mirrors, "gsdsimp", "test")
    print(f"training on {len(train)} sentences, {sum(len(t) for t, _ in train)} characters")

    started = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    for text, labels in train:
        trainer.append(features(text), labels)
    trainer.set_params(
        {
            "c1": 0.05,
            "c2": 0.01,
            "max_iterations": args.iterations,
            "feature.possible_transitions": True,
            "feature.minfreq": 2,
        }
    )
    trainer.train(str(args.out))
    print(
        f"trained in {time.perf_counter() - started:.0f} s -> {args.out} "
        f"({args.out.stat().st_size / 1e6:.1f} MB)"
    )
    tagger = pycrfsuite.Tagger()
    tagger.open(str(args.out))
    p, r, f = person_f1(tagger, held)
    print(f"person P/R/F1 on GSD test (kept aside, both scripts): {p:.3f}/{r:.3f}/{f:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

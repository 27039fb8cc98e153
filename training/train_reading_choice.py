"""Train `assets/reading_choice.json`: when g2pM's reading should win over pypinyin's.

    .venv/bin/python training/train_reading_choice.py   # needs ../shared/data and scikit-learn

The examples are the characters where the two disagree and one of them matches the gold,
from the tuned two thirds (line index % 3 != 2) of three development sets: CPP dev, and the
BZNSYP and g2pL development halves in ../shared/data/pinyin. The other third of each set is
never trained on nor used to choose; it is scored at the end, beside the tuned part.

A logistic regression over `reading_choice.FEATURES`, the sets weighted alike (they differ in
size and in who wins: on CPP g2pM, elsewhere pypinyin) or CPP more. The weight and the decision
threshold are the ones that maximise, on the tuned parts, the smallest margin over the better of "always pypinyin"
and "always g2pM" across the three sets, so that no kind of text is given up for another.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

SETS = ("cpp", "bzn", "g2pl")
THRESHOLDS = tuple(t / 20 for t in range(1, 20))
CPP_WEIGHTS = (1.0, 2.0, 3.0, 4.0, 6.0, 8.0)


def examples(name: str, which: str) -> tuple[list[list[float]], list[int], int]:
    """Features and labels (1: g2pM right, 0: pypinyin right), and the set's scored total."""
    from polyphones import load, part

    from reader.core.pinyin import _default_reading, doubts
    from reader.core.reading_choice import features

    cases = part(load(name), which)
    total = sum(len(gold) for text, gold in cases)
    xs, ys = [], []
    for (text, gold), found in zip(cases, doubts([c[0] for c in cases]), strict=True):
        for index, word, i, reading, known, common, probs in found:
            model = max(probs, key=probs.__getitem__)
            if index not in gold or model == reading or gold[index] not in (model, reading):
                continue
            if name == "bzn" and text[index] in "一不":
                continue
            default = _default_reading(word[i])
            xs.append(features(word, i, reading, known, common, probs, default))
            ys.append(int(gold[index] == model))
    return xs, ys, total


def main() -> None:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from reader.core.reading_choice import FEATURES

    data = {(n, w): examples(n, w) for n in SETS for w in ("tuned", "aside")}
    xs = np.array([x for n in SETS for x in data[n, "tuned"][0]])
    ys = np.array([y for n in SETS for y in data[n, "tuned"][1]])

    def fit(cpp_weight: float) -> LogisticRegression:
        weights = np.concatenate(
            [
                np.full(
                    len(data[n, "tuned"][1]),
                    (cpp_weight if n == "cpp" else 1.0) / len(data[n, "tuned"][1]),
                )
                for n in SETS
            ]
        )
        return LogisticRegression(C=1.0, max_iter=5000).fit(xs, ys, sample_weight=weights * len(ys))

    def margins(model: LogisticRegression, which: str, threshold: float) -> dict[str, float]:
        out = {}
        for n in SETS:
            x, y, total = data[n, which]
            chosen = model.predict_proba(np.array(x))[:, 1] >= threshold
            right = int((chosen == np.array(y, dtype=bool)).sum())
            best_peer = max(sum(y), len(y) - sum(y))
            out[n] = 100 * (right - best_peer) / total
        return out

    models = {w: fit(w) for w in CPP_WEIGHTS}
    cpp_weight, threshold = max(
        ((w, t) for w in CPP_WEIGHTS for t in THRESHOLDS),
        key=lambda c: min(margins(models[c[0]], "tuned", c[1]).values()),
    )
    model = models[cpp_weight]
    for which in ("tuned", "aside"):
        found = margins(model, which, threshold)
        print(
            which,
            "points over the better peer where they disagree:",
            "  ".join(f"{n} {v:+.2f}" for n, v in found.items()),
        )
    out = {
        "features": list(FEATURES),
        "weights": [round(float(w), 6) for w in model.coef_[0]],
        "bias": round(float(model.intercept_[0]), 6),
        "threshold": threshold,
        "cpp_weight": cpp_weight,
        "trained_on": "tuned two thirds of CPP dev, BZNSYP dev half, g2pL dev half",
    }
    path = ROOT / "assets" / "reading_choice.json"
    path.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"CPP weight {cpp_weight}, threshold {threshold}; wrote {path}")


if __name__ == "__main__":
    main()

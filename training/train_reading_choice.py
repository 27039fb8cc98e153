"""Train `assets/reading_choice.json`: when g2pM's reading should win over pypinyin's.

    .venv/bin/python training/train_reading_choice.py   # needs ../shared/data and scikit-learn

The examples are the characters where the two disagree and one of them matches the gold,
from the tuned two thirds (line index % 3 != 2) of three development sets: CPP dev, and the
BZNSYP and g2pL development halves in ../shared/data/pinyin. The other third of each set is
never trained on nor used to choose; it is scored at the end, beside the tuned part.

A logistic regression over `reading_choice.FEATURES` and, for each character seen in at least
`MIN_SEEN` examples, two columns (which of the two is more often right about it, where pypinyin
read it in a phrase it knows and where not), the sets weighted alike (they differ in
size and in who wins: on CPP g2pM, elsewhere pypinyin) or CPP more. The weight and the decision
threshold are the ones that maximise, on the tuned parts, the smallest margin over the better of "always pypinyin"
and "always g2pM" across the three sets, so that no kind of text is given up for another.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

SETS = ("cpp", "bzn", "g2pl")
THRESHOLDS = tuple(t / 20 for t in range(1, 20))
CPP_WEIGHTS = (1.0, 2.0, 3.0, 4.0, 6.0, 8.0)
STRENGTHS = (0.1, 0.3, 1.0, 3.0)
FOLDS = 3
MIN_SEEN = 3
"""A character gets a weight of its own when the tuned parts hold at least this many examples."""


def examples(name: str, which: str) -> tuple[list[list[float]], list[int], int, list[str]]:
    """Features and labels (1: g2pM right, 0: pypinyin right), the set's scored total, and
    the character of each example."""
    from polyphones import load, part

    from reader.core.pinyin import _default_reading, doubts
    from reader.core.reading_choice import features

    cases = part(load(name), which)
    total = sum(len(gold) for text, gold in cases)
    xs, ys, chars = [], [], []
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
            chars.append(word[i])
    return xs, ys, total, chars


def main() -> None:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from reader.core.reading_choice import FEATURES

    data = {(n, w): examples(n, w) for n in SETS for w in ("tuned", "aside")}
    seen = Counter(c for n in SETS for c in data[n, "tuned"][3])
    columns = {c: i for i, c in enumerate(sorted(c for c, k in seen.items() if k >= MIN_SEEN))}

    def matrix(name: str, which: str) -> np.ndarray:
        """The shared features, then two columns a character: its weight where pypinyin read it
        in a phrase it knows, and where it did not (长 in 增长 is another matter than in 太长)."""
        x, _, _, chars = data[name, which]
        out = np.zeros((len(x), len(FEATURES) + 2 * len(columns)))
        if x:
            out[:, : len(FEATURES)] = np.array(x)
        for row, char in enumerate(chars):
            if char in columns:
                offset = 0 if x[row][0] else len(columns)  # x[row][0]: "known"
                out[row, len(FEATURES) + offset + columns[char]] = 1.0
        return out

    tuned = {n: (matrix(n, "tuned"), np.array(data[n, "tuned"][1])) for n in SETS}
    folds = {n: np.arange(len(tuned[n][1])) % FOLDS for n in SETS}

    def fit(cpp_weight: float, strength: float, leave_out: int = -1) -> LogisticRegression:
        """Fitted on the tuned parts (less one fold), each set weighted alike (CPP more)."""
        xs, ys, weights = [], [], []
        for n in SETS:
            keep = folds[n] != leave_out
            x, y = tuned[n][0][keep], tuned[n][1][keep]
            xs.append(x)
            ys.append(y)
            weights.append(np.full(len(y), (cpp_weight if n == "cpp" else 1.0) / max(len(y), 1)))
        y_all, w_all = np.concatenate(ys), np.concatenate(weights)
        return LogisticRegression(C=strength, max_iter=5000).fit(
            np.vstack(xs), y_all, sample_weight=w_all * len(y_all)
        )

    def margin(name: str, chosen: np.ndarray, y: np.ndarray, total: int) -> float:
        right = int((chosen == y.astype(bool)).sum())
        return 100 * (right - max(int(y.sum()), len(y) - int(y.sum()))) / total

    def margins(model: LogisticRegression, which: str, threshold: float) -> dict[str, float]:
        return {
            n: margin(
                n,
                model.predict_proba(matrix(n, which))[:, 1] >= threshold,
                np.array(data[n, which][1]),
                data[n, which][2],
            )
            for n in SETS
        }

    # the weight, strength and threshold are chosen on predictions for rows the model was not
    # fitted on (3-fold cross-validation within the tuned parts): a character's own weight
    # fits its training rows too well to be judged on them
    def held_out(cpp_weight: float, strength: float) -> dict[str, np.ndarray]:
        out = {n: np.zeros(len(tuned[n][1])) for n in SETS}
        for fold in range(FOLDS):
            model = fit(cpp_weight, strength, leave_out=fold)
            for n in SETS:
                rows = folds[n] == fold
                if rows.any():
                    out[n][rows] = model.predict_proba(tuned[n][0][rows])[:, 1]
        return out

    predictions = {(w, c): held_out(w, c) for w in CPP_WEIGHTS for c in STRENGTHS}
    (cpp_weight, strength), threshold = max(
        ((key, t) for key in predictions for t in THRESHOLDS),
        key=lambda c: min(
            margin(n, predictions[c[0]][n] >= c[1], tuned[n][1], data[n, "tuned"][2]) for n in SETS
        ),
    )
    model = fit(cpp_weight, strength)
    for which in ("tuned", "aside"):
        found = margins(model, which, threshold)
        print(
            which,
            "points over the better peer where they disagree:",
            "  ".join(f"{n} {v:+.2f}" for n, v in found.items()),
        )
    coefficients = model.coef_[0]
    out = {
        "features": list(FEATURES),
        "weights": [round(float(w), 6) for w in coefficients[: len(FEATURES)]],
        "bias": round(float(model.intercept_[0]), 6),
        "threshold": threshold,
        "characters": {
            c: [
                round(float(coefficients[len(FEATURES) + i]), 4),
                round(float(coefficients[len(FEATURES) + len(columns) + i]), 4),
            ]
            for c, i in columns.items()
        },
        "cpp_weight": cpp_weight,
        "C": strength,
        "trained_on": "tuned two thirds of CPP dev, BZNSYP dev half, g2pL dev half",
    }
    path = ROOT / "assets" / "reading_choice.json"
    path.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"CPP weight {cpp_weight}, C {strength}, threshold {threshold}, "
        f"{len(columns)} characters with a weight of their own; wrote {path}"
    )


if __name__ == "__main__":
    main()

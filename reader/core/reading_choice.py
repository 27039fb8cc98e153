"""Which reading a polyphonic character takes when pypinyin and g2pM disagree: a learned choice.

pypinyin reads a word from its phrase dictionary; g2pM reads the character from the whole
sentence. Where they disagree, which one is right depends on the kind of text: on CPP
(g2pM's own kind of text) g2pM is right in 88% of those cases, on whole sentences of read
speech (BZNSYP) in 30%, on g2pL's sentences in 22%. Neither "trust g2pM" nor "trust the
dictionary" holds everywhere, so the choice is a logistic regression over evidence that means
the same on any text: how sure g2pM is of its reading and of pypinyin's, whether the word
is one pypinyin's phrase dictionary knows (and how common it is), whether CC-CEDICT lists
either reading for this jieba word, and whether either is the character's everyday reading.
It is trained by `training/train_reading_choice.py` on two thirds of three development sets
(CPP dev, BZNSYP and g2pL development halves); the other third of each is never used for
training or choosing, and `benchmarks/polyphones.py` reports both.

The weights ship as `assets/reading_choice.json`; the dictionary readings as
`assets/readings.tsv` (CC-CEDICT, CC BY-SA 4.0; built by `training/build_readings.py`).
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from typing import Final

from reader.core.assets import asset

FEATURES: Final = (
    "known",
    "common",
    "single",
    "log_p_model",
    "log_p_dictionary",
    "model_in_cedict",
    "dictionary_in_cedict",
    "cedict_readings",
    "word_in_cedict",
    "known_and_model_in_cedict",
    "known_and_dictionary_in_cedict",
    "known_log_p_dictionary",
    "model_is_default",
    "dictionary_is_default",
    "single_log_p_dictionary",
    "single_and_model_is_default",
)
Readings = tuple[tuple[str, ...], ...]


@lru_cache(maxsize=1)
def dictionary() -> tuple[dict[str, Readings], frozenset[str]]:
    """CC-CEDICT's readings of words (see `training/build_readings.py`), and the words whose
    neutral tones the HSK 2.0 list writes too."""
    text = asset("readings.tsv").read_text("utf-8")
    table: dict[str, Readings] = {}
    hsk = set()
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        word, readings, mark = line.split("\t")
        table[word] = tuple(tuple(r.split(" ")) for r in readings.split("/"))
        if mark == "hsk":
            hsk.add(word)
    return table, frozenset(hsk)


def features(
    word: str,
    index: int,
    reading: str,
    known: bool,
    common: bool,
    probs: dict[str, float],
    default: str,
) -> list[float]:
    """The evidence about one character, in the order of FEATURES.

    `reading` is pypinyin's, `probs` g2pM's distribution over the character's readings and
    `default` the character's reading on its own.
    """
    model = max(probs, key=probs.__getitem__)
    entries = dictionary()[0].get(word, ()) if len(word) > 1 else ()
    listed = {entry[index] for entry in entries}
    single = len(word) == 1
    log_model = math.log(probs[model] + 1e-9)
    log_dictionary = math.log(probs.get(reading, 0.0) + 1e-9)
    model_in, dictionary_in = model in listed, reading in listed
    return [
        float(v)
        for v in (
            known,
            common,
            single,
            log_model,
            log_dictionary,
            model_in,
            dictionary_in,
            len(listed),
            bool(entries),
            known and model_in,
            known and dictionary_in,
            known * log_dictionary,
            model == default,
            reading == default,
            single * log_dictionary,
            single and model == default,
        )
    ]


@lru_cache(maxsize=1)
def _weights() -> tuple[list[float], float, float, dict[str, list[float]]]:
    data = json.loads(asset("reading_choice.json").read_text("utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise RuntimeError("reading_choice.json was trained on other features; retrain it")
    return data["weights"], data["bias"], data["threshold"], data.get("characters", {})


def prefer_model(evidence: list[float], char: str = "") -> bool:
    """Whether g2pM's reading should win over pypinyin's for `char`, given `features(...)`.

    Besides the shared weights, a character the training data saw often enough has weights of
    its own: which of the two is more often right about it, where pypinyin read it in a phrase
    it knows and where it did not (长 in 增长 is one matter, in 太长了 another)."""
    weights, bias, threshold, characters = _weights()
    score = bias
    if char in characters:  # [in a phrase pypinyin knows, not]; evidence[0] is "known"
        score += characters[char][0 if evidence[0] else 1]
    score += sum(w * x for w, x in zip(weights, evidence, strict=True))
    return 1.0 / (1.0 + math.exp(-score)) >= threshold

"""Person names found by a trained character CRF, not by lists.

Lists of names stop at the lists: a foreign name in Han characters (格瑞德, 薩茲曼), a full name
with the middle dot (喬恩·米爾斯) or a Latin one (Ray Valdes) is in none of them. A linear-chain CRF
over characters learns what a name looks like from its characters and their neighbours: a
surname first, transliteration characters (斯 克 尔 德 …), a title before it, a speech verb
after it. The model (`assets/persons.crfsuite`, python-crfsuite) is trained by
`training/train_persons.py` on Universal NER's Chinese sets (CC BY-SA; provenance in
`assets/DATA-LICENSES.txt`) and tags a sentence in well under a millisecond.

`features()` is shared by training and tagging, so the two can never drift apart.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Final

from reader.core.assets import asset
from reader.core.names import COMPOUND
from reader.core.names import TAGGER_COMMON as COMMON
from reader.core.names import TAGGER_SINGLE as SINGLE
from reader.core.script import to_simplified

if TYPE_CHECKING:
    import pycrfsuite

MODEL_NAME: Final = "persons.crfsuite"
Labels = tuple[str, ...]
Known = Callable[[str, bool], Labels | None]
"""Labels worked out ahead for (text, simplified_too), None for a text not among them."""
DOTS: Final = "·•‧・．"
# what follows a bare surname as part of the name (王女士, 梁某): the name runs on over it
HONORIFICS: Final = ("先生", "女士", "小姐", "太太", "夫人", "某某", "某")


def _shape(char: str) -> str:
    if char in DOTS:
        return "dot"
    if "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf":
        return "han"
    if char.isascii() and char.isalpha():
        return "upper" if char.isupper() else "lower"
    if char.isdigit():
        return "digit"
    if char.isspace():
        return "space"
    return "punct"


def _word_positions(text: str) -> list[str]:
    """Each character's place in its dictionary word (B/M/E, S for a one-character word).

    jieba without its HMM keeps to dictionary words, so a name it does not know falls apart
    into single characters: a run of S is the strongest hint of an unknown name.
    """
    from reader.core.segment import dictionary_words

    out: list[str] = []
    for word in dictionary_words(text):
        if len(word) == 1:
            out.append("S")
        else:
            out += ["B", *("M" * (len(word) - 2)), "E"]
    return out


def features(text: str) -> list[list[str]]:
    """One list of string features per character of `text` (one sentence or clause).

    Built with f-strings from names bound once per character: this runs on every sentence
    with a verb of saying (a fifth of a 1 MB export's speakers time)."""
    padded = "\x02\x02\x02" + text + "\x03\x03\x03"
    shapes = ["B", "B", "B", *(_shape(c) for c in text), "E", "E", "E"]
    words = ["S", "S", "S", *_word_positions(text), "S", "S", "S"]
    out = []
    for j in range(3, len(text) + 3):
        p3, pp, p, c = padded[j - 3], padded[j - 2], padded[j - 1], padded[j]
        n, nn, n3 = padded[j + 1], padded[j + 2], padded[j + 3]
        w, s = words[j], shapes[j]
        feats = [
            f"c={c}",
            f"p={p}",
            f"pp={pp}",
            f"n={n}",
            f"nn={nn}",
            f"pc={p}{c}",
            f"cn={c}{n}",
            f"ppp={pp}{p}",
            f"nnn={n}{nn}",
            f"pn={p}{n}",
            f"p3={p3}{pp}{p}",
            f"n3={n}{nn}{n3}",
            f"s={s}",
            f"sp={shapes[j - 1]}{s}{shapes[j + 1]}",
            f"w={w}",
            f"wp={words[j - 1]}{w}{words[j + 1]}",
            f"wc={w}{c}",
        ]
        if c in SINGLE:
            feats.append("sur")
            if c in COMMON:
                feats.append("common")
        if c + n in COMPOUND:
            feats.append("sur2")
        if pp + p in COMPOUND:
            feats.append("after_sur2")
        out.append(feats)
    return out


_lock = threading.Lock()
_tagger: pycrfsuite.Tagger | None = None


def _load() -> pycrfsuite.Tagger:
    global _tagger
    with _lock:
        if _tagger is None:
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            with resources.as_file(asset(MODEL_NAME)) as path:
                tagger.open(str(path))
            _tagger = tagger
        return _tagger


def tag(text: str, simplified_too: bool = False, known: Known | None = None) -> list[str]:
    """BIO labels (B-PER, I-PER, B-LOC, …, O) for each character of `text`; with
    `simplified_too` (traditional text), its simplified form's names added (`_tagged`).
    `known` may hold them already (`tag_all`, run by another process)."""
    if not text:
        return []
    labels = known(text, simplified_too) if known is not None else None
    return list(labels if labels is not None else _tagged(text, simplified_too))


def tag_all(inputs: Iterable[tuple[str, bool]]) -> dict[tuple[str, bool], Labels]:
    """`tag` of each (text, simplified_too), as a mapping another process can be handed."""
    return {key: _tagged(*key) for key in dict.fromkeys(inputs) if key[0]}


@lru_cache(maxsize=4096)
def _tagged(text: str, simplified_too: bool = False) -> Labels:
    """`tag`, kept: the speaker rules read some sentences more than once (a title's own
    check tags the title again, a pronoun's antecedent tags the sentences before it).

    The model reads jieba's word positions, and jieba knows simplified Chinese better: a
    traditional sentence may hide a name its simplified form shows (詩人余光中生於南京), though
    not always (王建國的 is found as written only), so with `simplified_too` a name either
    reading finds, where the other found none, is kept."""
    labels = _load().tag(features(text))
    if simplified_too:
        simplified = to_simplified(text)
        if simplified != text:
            other = _load().tag(features(simplified))
            for start, end in spans(other):
                if all(label == "O" for label in labels[start:end]):
                    labels[start:end] = other[start:end]
    return tuple(labels)


def spans(labels: list[str], kind: str = "PER") -> Iterator[tuple[int, int]]:
    """(start, end) of each entity of `kind` in a BIO label sequence."""
    start = -1
    for i, label in enumerate([*labels, "O"]):
        if start >= 0 and label != "I-" + kind:
            yield start, i
            start = -1
        if label == "B-" + kind:
            start = i


def persons(text: str, labels: list[str] | None = None) -> list[tuple[int, int]]:
    """(start, end) of every person name the model finds in `text`, with a bare surname plus
    an honorific or a masked given name (王女士, 區太, 梁某基) widened to take it in.
    `labels`, where given, are `tag(text)` already run."""
    found = []
    for start, end in spans(tag(text) if labels is None else labels):
        rest = text[end : end + 2]
        for honorific in HONORIFICS:
            if rest.startswith(honorific) and end - start <= 2:
                end += len(honorific)
                break
        found.append((start, end))
    return found

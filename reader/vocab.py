"""Saved words (`s` in the reader): the store, and the lists `bayreader vocab` prints.

Each saved word keeps what a flash card needs: the word, its pinyin in context, a gloss, its
HSK level, the sentence it came from and the article's title.
"""

from __future__ import annotations

import csv
import io
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any, Final

from reader.state import JsonStore

CSV_HEADER: Final = ("word", "pinyin", "gloss", "hsk", "sentence", "source")
VOCAB_FORMATS: Final = ("csv", "anki")


@dataclass(frozen=True, slots=True)
class SavedWord:
    word: str
    pinyin: str
    gloss: str
    hsk: str
    """HSK 2.0 level ("3"), an HSK 3.0 band, or ""."""
    sentence: str
    source: str
    """The article's title (or its path)."""


def _valid(data: dict[str, Any]) -> bool:
    names = {f.name for f in fields(SavedWord)}
    words = data.get("words", [])
    return isinstance(words, list) and all(
        isinstance(w, dict) and names <= w.keys() and all(isinstance(w[n], str) for n in names)
        for w in words
    )


class SavedWords:
    """The saved-words list, oldest first; a word is saved once (again: its entry is renewed)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.store = JsonStore("saved.json", _valid, folder)

    def load(self) -> list[SavedWord]:
        keys = [f.name for f in fields(SavedWord)]
        return [SavedWord(**{k: w[k] for k in keys}) for w in self.store.read().get("words", [])]

    def save(self, entry: SavedWord) -> bool:
        """Add `entry`; False if the word was already saved (its entry is then replaced)."""
        found = False

        def change(data: dict[str, Any]) -> None:
            nonlocal found
            words = data.get("words", [])
            found = any(w["word"] == entry.word for w in words)
            kept = [w for w in words if w["word"] != entry.word]
            data["words"] = [*kept, {**asdict(entry), "saved": time.strftime("%Y-%m-%d")}]

        self.store.update(change)
        return not found

    def remove(self, word: str) -> None:
        self.store.update(
            lambda data: data.update(words=[w for w in data.get("words", []) if w["word"] != word])
        )

    def clear(self) -> int:
        """Empty the list; how many words it held."""
        count = 0

        def change(data: dict[str, Any]) -> None:
            nonlocal count
            count = len(data.get("words", []))
            data["words"] = []

        self.store.update(change)
        return count


def sentence_at(text: str, offset: int, limit: int = 160) -> str:
    """The sentence holding `offset` (ended by 。！？ or a line break), at most `limit` long."""
    from reader.core.text import sentence_around

    start, end = sentence_around(text, offset)
    sentence = text[start:end].strip()
    if len(sentence) > limit:
        middle = offset - start
        sentence = sentence[max(0, middle - limit // 2) :][:limit]
    return sentence


def to_csv(words: list[SavedWord]) -> str:
    """CSV with a header row: word, pinyin, gloss, hsk, sentence, source."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for word in words:
        writer.writerow([getattr(word, name) for name in CSV_HEADER])
    return buffer.getvalue()


def from_csv(text: str) -> list[SavedWord]:
    """The inverse of `to_csv` (for importing a list back, and for the round-trip test)."""
    rows = csv.DictReader(io.StringIO(text))
    return [SavedWord(**{name: row[name] for name in CSV_HEADER}) for row in rows]


def to_anki(words: list[SavedWord]) -> str:
    """Tab-separated notes with Anki's file headers (File > Import picks the separator, the
    columns and the tag up by itself): front = word, then pinyin, gloss, HSK, sentence,
    source. Tabs and newlines inside a field become spaces; Anki reads no HTML here."""
    lines = [
        "#separator:tab",
        "#html:false",
        "#columns:Word\tPinyin\tGloss\tHSK\tSentence\tSource\tTags",
        "#tags column:7",
    ]
    for word in words:
        cells = [" ".join(str(getattr(word, name)).split()) for name in CSV_HEADER]
        lines.append("\t".join([*cells, "bayreader"]))
    return "\n".join(lines) + "\n"


def render(words: list[SavedWord], fmt: str) -> str:
    return to_anki(words) if fmt == "anki" else to_csv(words)

"""A folder of articles as a library: one summary per article, and the people quoted across them.

An article's summary (title, size, sections, figures, its speakers with their quotes, its
distinct words) is what the library screen lists and the people index gathers. Working it out
is the whole analysis of the article, so it is cached in the user cache folder by article id
(a hash of the sanitised text) and found again by path, size and modification time: a second
opening of a folder reads no article at all.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader import __version__
from reader.core.known import Knowledge

STAMP = f"library 1 · bayreader {__version__}"
"""Cached summaries from another version of the analysis are worked out again."""


@dataclass(frozen=True)
class Speech:
    """One speaker of one article and what they said there (start, end, text of each quote)."""

    name: str
    title: str | None
    group: bool
    quotes: tuple[tuple[int, int, str], ...]


@dataclass(frozen=True)
class Entry:
    """One article of the library."""

    path: str
    id: str
    title: str
    characters: int
    sections: int
    figures: int
    speakers: tuple[Speech, ...]
    words: frozenset[str] = field(repr=False)
    """Its distinct Chinese words, in simplified form (for the share the user knows)."""

    def known_share(self, knowledge: Knowledge, hsk: Mapping[str, int] | None) -> float | None:
        """The share of its distinct words the user knows (None: no words)."""
        if not self.words:
            return None
        words = Knowledge(knowledge.words, knowledge.level)  # the words are simplified already
        return sum(1 for w in self.words if words.knows(w, hsk)) / len(self.words)


@dataclass(frozen=True)
class Person:
    """A speaker across the library: the same full name in any article is one person."""

    name: str
    title: str | None
    quotes: tuple[tuple[Entry, int, int, str], ...]

    @property
    def articles(self) -> int:
        return len({entry.id for entry, *_ in self.quotes})


def summarise(path: Path) -> Entry:
    """The summary of the article at `path` (SourceError if it cannot be read)."""
    from reader.core.analysis import analyze
    from reader.core.brief import article_words
    from reader.core.sources import open_article
    from reader.state import article_key

    document = open_article(str(path))
    article = analyze(document.text, source=document.source, headings=document.headings)
    speakers = tuple(
        Speech(s.name, s.title, s.group, tuple((q.start, q.end, q.text) for q in s.quotes))
        for s in article.speakers
    )
    return Entry(
        path=str(path),
        id=article_key(article.text),
        title=article.title or path.name,
        characters=sum(1 for c in article.text if not c.isspace()),
        sections=len(article.sections),
        figures=len(article.figures),
        speakers=speakers,
        words=frozenset(word for word, _ in article_words(article.text)),
    )


def people(entries: list[Entry]) -> list[Person]:
    """Every person quoted in the library (groups left out), most quoted first."""
    quotes: dict[str, list[tuple[Entry, int, int, str]]] = {}
    titles: dict[str, str | None] = {}
    for entry in entries:
        for speech in entry.speakers:
            if speech.group:
                continue
            quotes.setdefault(speech.name, []).extend((entry, *q) for q in speech.quotes)
            titles[speech.name] = titles.get(speech.name) or speech.title
    found = [Person(name, titles[name], tuple(said)) for name, said in quotes.items()]
    return sorted(found, key=lambda p: (-len(p.quotes), -p.articles, p.name))


class Cache:
    """Summaries by article id, and which id each file had (by size and modification time)."""

    def __init__(self, folder: Path | None = None) -> None:
        from reader.core.userdirs import cache_dir

        self.folder = folder or cache_dir() / "library"
        with contextlib.suppress(OSError):  # without a cache the library still works
            self.folder.mkdir(parents=True, exist_ok=True)
        self._files_path = self.folder / "files.json"
        try:
            files = json.loads(self._files_path.read_text(encoding="utf-8"))
            self.files: dict[str, list[Any]] = files if isinstance(files, dict) else {}
        except (OSError, ValueError):
            self.files = {}

    @staticmethod
    def _signature(path: Path) -> list[Any]:
        status = path.stat()
        return [status.st_size, status.st_mtime_ns]

    def get(self, path: Path) -> Entry | None:
        """The cached summary of `path`, if the file is unchanged since it was made."""
        try:
            size, mtime, key = self.files[str(path.resolve())]
            if [size, mtime] != self._signature(path):
                return None
            data = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            if data.get("stamp") != STAMP:
                return None
            return _entry(data, str(path))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, path: Path, entry: Entry) -> None:
        from reader.state import write_atomically

        data = {
            "stamp": STAMP,
            **{k: getattr(entry, k) for k in ("id", "title", "characters", "sections")},
            "figures": entry.figures,
            "speakers": [
                [s.name, s.title, s.group, [list(q) for q in s.quotes]] for s in entry.speakers
            ],
            "words": sorted(entry.words),
        }
        try:
            write_atomically(self.folder / f"{entry.id}.json", json.dumps(data, ensure_ascii=False))
            self.files[str(path.resolve())] = [*self._signature(path), entry.id]
        except OSError:
            pass  # no cache this time: the library still works

    def save(self) -> None:
        from reader.state import write_atomically

        with contextlib.suppress(OSError):  # no cache this time: the library still works
            write_atomically(self._files_path, json.dumps(self.files, ensure_ascii=False))


def _entry(data: dict[str, Any], path: str) -> Entry:
    speakers = tuple(
        Speech(name, title, bool(group), tuple((int(a), int(b), str(t)) for a, b, t in quotes))
        for name, title, group, quotes in data["speakers"]
    )
    return Entry(
        path=path,
        id=str(data["id"]),
        title=str(data["title"]),
        characters=int(data["characters"]),
        sections=int(data["sections"]),
        figures=int(data["figures"]),
        speakers=speakers,
        words=frozenset(data["words"]),
    )


def index(
    paths: list[Path], cancelled: Callable[[], bool] = lambda: False, cache: Cache | None = None
) -> Iterator[Entry | tuple[Path, str]]:
    """The summary of each article (cached ones first, so the library fills at once), or
    (path, reason) for one that cannot be read."""
    from reader.core.sources import SourceError, shown_path

    cache = cache or Cache()
    todo = []
    for path in paths:
        cached = cache.get(path)
        if cached is not None:
            yield cached
        else:
            todo.append(path)
    for count, path in enumerate(todo, 1):
        if cancelled():
            break
        try:
            entry = summarise(path)
        except (SourceError, OSError) as error:
            yield path, f"{shown_path(str(path))}: {error}"
            continue
        cache.put(path, entry)
        if count % 50 == 0:
            cache.save()  # an interrupted indexing keeps what it did
        yield entry
    cache.save()


def folder_articles(folder: str) -> list[Path]:
    """The article files under `folder`, recursively, in a stable order."""
    from reader.batch import articles_under

    return articles_under([os.path.expanduser(folder)])

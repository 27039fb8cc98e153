"""Known words, saved words and reading positions: atomic, shared safely, corrupt files set aside;
the vocab command's CSV and Anki output."""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import subprocess
import sys
from pathlib import Path

import pytest

from reader.state import KnownWords, Positions, article_key
from reader.vocab import CSV_HEADER, SavedWord, SavedWords, from_csv, to_anki, to_csv

WORD = SavedWord("经济", "jīngjì", "economy; economic", "4", "数字经济发展迅速。", "广深")


def test_known_words_persist_and_toggle(tmp_path: Path) -> None:
    store = KnownWords(tmp_path)
    assert store.load() == (frozenset(), 0)
    store.set("经济", True)
    store.set("发展", True)
    assert store.set("经济", False) == {"发展"}
    store.set_level(3)
    assert KnownWords(tmp_path).load() == (frozenset({"发展"}), 3)


@pytest.mark.parametrize(
    "junk", [b"{not json", b"\xff\xfe\x00", b"[1, 2]", b'{"words": "x"}', b'{"level": 9}']
)
def test_a_corrupt_store_is_set_aside_with_a_warning(tmp_path: Path, junk: bytes) -> None:
    (tmp_path / "known.json").write_bytes(junk)
    store = KnownWords(tmp_path)
    assert store.load() == (frozenset(), 0)
    assert store.store.warning is not None and "set aside" in store.store.warning
    assert len(list(tmp_path.glob("known.json.corrupt-*"))) == 1
    store.set("经济", True)  # and it works again
    assert KnownWords(tmp_path).load()[0] == {"经济"}


def _mark_many(folder: str, prefix: str) -> None:
    store = KnownWords(Path(folder))
    for n in range(40):
        store.set(f"{prefix}{n}", True)


def test_two_readers_at_once_keep_both_their_changes(tmp_path: Path) -> None:
    """Each change is read-modify-write under a lock: no lost update, never a torn file."""
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_mark_many, args=(str(tmp_path), p)) for p in "ab"]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    words, _ = KnownWords(tmp_path).load()
    assert len(words) == 80
    assert not list(tmp_path.glob("*.corrupt-*")) and not list(tmp_path.glob(".bayreader-*"))


def test_saved_words_are_kept_once_each(tmp_path: Path) -> None:
    saved = SavedWords(tmp_path)
    assert saved.save(WORD) is True
    assert saved.save(SavedWord("发展", "fāzhǎn", "development", "4", "…", "广深")) is True
    assert saved.save(WORD) is False  # saved again: renewed, not doubled
    assert [w.word for w in saved.load()] == ["发展", "经济"]
    saved.remove("发展")
    assert saved.load() == [WORD]
    assert saved.clear() == 1 and saved.load() == []


def test_vocab_csv_has_a_header_and_round_trips() -> None:
    tricky = SavedWord("行长", "hángzhǎng", 'president, "head"', "", "他说：\n“好，\t行。”", "a,b")
    text = to_csv([WORD, tricky])
    assert text.splitlines()[0] == ",".join(CSV_HEADER)
    assert from_csv(text) == [WORD, tricky]


def test_vocab_anki_is_tab_separated_with_import_headers() -> None:
    tricky = SavedWord("行长", "hángzhǎng", "head", "", "他说：\n好，\t行。", "a")
    lines = to_anki([WORD, tricky]).splitlines()
    assert lines[0] == "#separator:tab" and lines[1] == "#html:false"
    notes = [line for line in lines if not line.startswith("#")]
    assert len(notes) == 2
    cells = notes[1].split("\t")
    assert cells[:2] == ["行长", "hángzhǎng"] and cells[4] == "他说： 好， 行。"
    assert all(len(n.split("\t")) == 7 for n in notes)


def test_positions_and_bookmarks(tmp_path: Path) -> None:
    places = Positions(tmp_path)
    key = article_key("文章")
    assert places.get(key).section == 0 and places.get(key).offset is None
    places.remember(key, 3, 120)
    places.add_bookmark(key, 200, "第二段")
    places.add_bookmark(key, 50, "开头")
    place = Positions(tmp_path).get(key)
    assert (place.section, place.offset) == (3, 120)
    assert [b.offset for b in place.bookmarks] == [50, 200]
    assert [b.offset for b in places.remove_bookmark(key, 50).bookmarks] == [200]
    assert article_key("文章") == key != article_key("文章。")


def test_positions_ignore_values_of_the_wrong_type(tmp_path: Path) -> None:
    (tmp_path / "positions.json").write_text(
        json.dumps({"articles": {"k": {"section": "3", "offset": -5, "bookmarks": [{"x": 1}]}}})
    )
    place = Positions(tmp_path).get("k")
    assert (place.section, place.offset, place.bookmarks) == (0, None, ())


def _vocab(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "vocab", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_vocab_command() -> None:
    empty = _vocab()
    assert empty.returncode == 0 and empty.stdout.strip() == ",".join(CSV_HEADER)
    assert "No saved words" in empty.stderr
    SavedWords().save(WORD)
    rows = list(csv.DictReader(io.StringIO(_vocab("--format", "csv").stdout)))
    assert rows == [
        dict(
            zip(
                CSV_HEADER,
                [WORD.word, WORD.pinyin, WORD.gloss, WORD.hsk, WORD.sentence, WORD.source],
                strict=True,
            )
        )
    ]
    assert "经济\tjīngjì\teconomy; economic\t4" in _vocab("--format", "anki").stdout
    refused = _vocab("--clear")  # no terminal to confirm on
    assert (
        refused.returncode == 2 and "--yes" in refused.stderr and "Traceback" not in refused.stderr
    )
    assert SavedWords().load() == [WORD]
    cleared = _vocab("--clear", "--yes")
    assert cleared.returncode == 0 and "Deleted 1" in cleared.stderr
    assert SavedWords().load() == []
    assert _vocab("--format", "xml").returncode == 2

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.assets import asset
from reader.core.wordset import WordSet

words = st.text(alphabet="山西华盛顿普京ab·𠮷", min_size=0, max_size=5)


@given(st.lists(words, max_size=40), words)
def test_a_word_set_answers_as_a_set_does(members: list[str], probe: str) -> None:
    found = WordSet(members)
    assert (probe in found) == (probe in set(members) and probe != "")
    assert all(member in found for member in members if member)


def test_the_shipped_lists_load() -> None:
    places = WordSet.from_asset("place-words.txt")
    assert "華盛頓" in places and "普京" not in places


def test_a_line_with_spaces_is_one_word() -> None:
    # Morgan Stanley is a firm; Morgan alone (Morgan Freeman) and Park (Park Geun-hye) are not
    firms = WordSet.from_asset("company-words.txt")
    assert "Morgan Stanley" in firms and "Park Hyatt" in firms
    assert "Morgan" not in firms and "Park" not in firms


WORD_LISTS = [
    *sorted(path.name for path in asset("").iterdir() if path.name.endswith("-words.txt")),
    "japanese-surnames.txt",
]


@pytest.mark.parametrize("name", WORD_LISTS)
def test_a_shipped_list_is_in_the_order_its_loader_takes_as_given(name: str) -> None:
    # from_asset neither sorts nor de-duplicates: the build script's order is what it relies on
    lines = asset(name).read_text(encoding="utf-8").split("\n")
    assert lines.pop() == "", "the file ends with a newline"
    assert lines == sorted(set(lines)), "sorted, each word once"
    assert all(line and line == line.strip() and "\r" not in line for line in lines)
    loaded, built = WordSet.from_asset(name), WordSet(lines)
    assert loaded._runs == built._runs

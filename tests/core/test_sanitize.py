from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from reader.core.sanitize import sanitize


def test_escape_sequences_are_removed_with_their_parameters() -> None:
    assert sanitize("清\x1b[2J屏\x1b[31;1m红\x1b[0m") == "清屏红"
    assert sanitize("剪\x1b]52;c;aGVsbG8=\x07贴板") == "剪贴板"
    assert sanitize("标\x1b]0;evil title\x1b\\题") == "标题"
    assert sanitize("重\x1bc置") == "重置"


def test_unterminated_osc_stops_at_the_line_end() -> None:
    assert sanitize("a\x1b]0;title\n第二行") == "a\n第二行"


def test_bidi_controls_and_nul_are_removed() -> None:
    assert sanitize("abc\u202edcba\u202c\u2066x\u2069\u200f\x00") == "abcdcbax"


def test_line_ends_and_tabs_are_normalised() -> None:
    assert sanitize("一\r\n二\r三\t四\u2028五") == "一\n二\n三 四\n五"


def test_markup_is_left_alone() -> None:
    text = "[@click=app.quit]点我[/] [bold]粗[/bold] [$accent]"
    assert sanitize(text) == text


def _is_control(char: str) -> bool:
    return (
        unicodedata.category(char) == "Cc"
        or char in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    )


@given(st.text())
def test_output_has_no_control_characters_but_newline(text: str) -> None:
    assert all(char == "\n" or not _is_control(char) for char in sanitize(text))


@given(st.text(alphabet=st.characters(blacklist_characters="\x1b\x90\x98\x9b\x9d\x9e\x9f")))
def test_every_other_character_is_kept_in_order(text: str) -> None:
    normalised = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    normalised = normalised.replace("\u2028", "\n").replace("\u2029", "\n")
    expected = "".join(
        c
        for c in normalised
        if c == "\n" or not (_is_control(c) or c in "\u200e\u200f\u061c\ufeff")
    )
    assert sanitize(text) == expected

"""Quoted spans and whether they are speech: “…”, 「…」 and 『…』 that a person said, told
apart from terms in scare quotes (“双子星”, “一核一带一区”), which stay text."""

from __future__ import annotations

from typing import Final

from reader.core.cues import AS_OFTEN_NOUNS, BEFORE_THE_NOUN, VERB_RE, called_by_people
from reader.core.lazy_re import lazy_compile
from reader.core.names import surname_length

OPEN_CLOSE: Final = {"“": "”", "「": "」", "『": "』"}
_CLOSING: Final = frozenset(OPEN_CLOSE.values())
# the characters `quote_spans` acts on, found by a search in C: a step a character in Python
# took 0.06 s of a 1 MB export
_MARKS: Final = lazy_compile("[" + "".join(OPEN_CLOSE) + "".join(OPEN_CLOSE.values()) + "\n]")
_CLAUSE_PUNCT: Final = lazy_compile(r"[，。！？；：,!?;:]")
# a paragraph's end, then the next opening on a quote's mark: the quotation goes on
_GOES_ON: Final = lazy_compile(r"\n[\s\u3000]*[「」“”『』]")
# a short clause after a quote, up to its end: 「…」，張小明說。
# (a dash sets the attribution off as a comma does: 「…」——張小明說。)
_SAID_AFTER: Final = lazy_compile(
    r"(?:[，,]|[—－]{1,2})([^，。！？；：,!?;:「」“”『』\n—－]{2,12})(?=[，。,：:])"
)
# or with no comma, a name of two to four and the verb alone: 「…」梁某威說。 (not 「我的钢铁网」
# 咨询总监徐某表示: a name in quotes, then a title)
_NAMED_AFTER: Final = lazy_compile(
    r"(?:[—－]{1,2})?([\u4e00-\u9fff]{2,4}?)(?:说|說|表示|指|称|稱|道)(?=[。，,])"
)
_VERB_ENDS: Final = lazy_compile(rf"(?<![来來])(?:{VERB_RE.pattern})$")  # not 從…來說
# 「…」，他在 10 月份告訴《麻省理工科技評論》。: who it was told to ends the clause
_TOLD_AFTER: Final = lazy_compile(
    r"[，,][^，。！？；：,!?;:「」“”『』\n]{1,16}(?:告诉|告訴)[^，。！？；：,!?;:「」“”『』\n]{1,20}[。，,]"
)

# what a thing or a person is called, and so no one's words (這種做法被稱為「補養」, 林蛙养殖
# 叫做「补养」): a passive verb of saying or 叫做 names; the subject says nothing
_NAMED_AS: Final = lazy_compile(r"(?:被(?:称|稱|叫|誉|譽|喻)(?:为|為|作|做)?|叫[做作])\s*$")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every top-level quotation, marks included; other unbalanced ones
    ignored. A quotation of several paragraphs opens each and closes only the last: a mark
    opening a paragraph, or opened after a colon, and not closed in it, quotes the rest of
    that paragraph (its span then ends on the paragraph's last character, with no mark); so
    does one opened as a new sentence (「…，」某某说。「…) where the next paragraph goes on
    with a quote's mark (not a closing mark typed as an opening one, 「…。「某某推测。)."""
    spans, stack = [], []
    line = 0  # where the paragraph starts
    for mark in _MARKS.finditer(f"{text}\n"):  # (the other characters change nothing)
        i, char = mark.start(), mark[0]
        if char in OPEN_CLOSE:
            stack.append((i, OPEN_CLOSE[char]))
        elif stack and char == stack[-1][1]:
            start, _ = stack.pop()
            if not stack:
                spans.append((start, i + 1))
        elif char == "\n":
            if stack and i > stack[0][0] + 2:
                start = stack[0][0]
                if (
                    not text[line:start].strip(" \u3000")
                    or text[start - 1] in "：:"
                    or (text[start - 1] in "。！？!?" and _GOES_ON.match(text, i))
                ):
                    spans.append((start, i))
            stack.clear()  # quotes do not span paragraphs otherwise
            line = i + 1
    return spans


def quoted_words(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The words of a quotation span, its marks left out (a paragraph's open quotation has
    no closing mark)."""
    start, end = span
    return start + 1, end - 1 if text[end - 1] in _CLOSING else end


def is_speech(text: str, start: int, end: int) -> bool:
    """A quoted span that reads as speech rather than a term in scare quotes."""
    a, b = quoted_words(text, (start, end))
    inner = text[a:b]
    if len(inner) < 2 or _NAMED_AS.search(text, max(0, start - 8), start):
        return False
    if _CLAUSE_PUNCT.search(inner) or inner[-1] in "。！？…!?":
        return True
    # spaces left where a page had a link (在脸书上 批评 ，「…」) stand for nothing
    before = text[max(0, start - 8) : start].replace(" ", "").replace("\u3000", "")[-4:]
    after = text[end : end + 1]
    said = _SAID_AFTER.match(text, end)
    if (
        len(inner) >= 4
        and (start == 0 or text[start - 1] in "\n。，,：:；;！？!?")
        and (
            (said is not None and _VERB_ENDS.search(said.group(1)))
            or _TOLD_AFTER.match(text, end)
            or (
                (named := _NAMED_AFTER.match(text, end)) is not None
                and surname_length(named[1]) > 0
            )
        )
    ):
        return True  # 「…」，張小明說。: a quote that is its own clause, and who said it

    closes = after == "" or after in "。，,！？!?；;…\n"  # not a term inside a running clause
    tail = before[-3:]
    verb = VERB_RE.search(tail) if tail else None
    at = len(before) - len(tail) + (verb.start() if verb else 0)
    if verb is not None and verb.group() in "称稱" and called_by_people(before[:at]):
        verb = None  # ，人稱「大班」: what people call someone, a name and no speech
    if verb is not None and verb.group() in AS_OFTEN_NOUNS and BEFORE_THE_NOUN.search(before[:at]):
        verb = None  # 此主張「本身有問題」: a noun and what it holds, no one speaking
    if closes and (before.endswith(("：", ":")) or verb is not None):
        return True
    return len(inner) >= 15 and (after in "。！？!?\n" or text[start - 1 : start] in "。\n")

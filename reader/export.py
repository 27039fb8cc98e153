"""Article -> JSON, Markdown or CSV, for scripts and other tools.

The JSON shape is a contract (architecture.md): fields may be added, never renamed or removed.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import asdict
from functools import partial
from typing import TYPE_CHECKING, Any, Final, TextIO

from reader.core.model import Article, Figure

if TYPE_CHECKING:
    from reader.core.brief import Tally
    from reader.core.persons import Labels
    from reader.forked import Handed

FORMATS: Final = ("json", "markdown", "csv", "jsonl", "parquet")
"""jsonl: many articles, one JSON object a line; parquet: five tables in a folder
(reader/batch.py)."""
TABLES: Final = ("sections", "speakers", "figures")


def to_dict(article: Article, brief: dict[str, Any] | None = None) -> dict[str, Any]:
    """The export JSON; `brief` (see core/brief.py) is added when given."""
    extra = {} if brief is None else {"brief": brief}
    return {
        "title": article.title,
        "source": article.source,
        "text": article.text,
        "sections": [
            {"title": s.title, "kind": s.kind, "start": s.start, "end": s.end}
            for s in article.sections
        ],
        "speakers": [
            {**asdict(speaker), "quotes": [asdict(quote) for quote in speaker.quotes]}
            for speaker in article.speakers
        ],
        "figures": [asdict(figure) for figure in article.figures],
        **extra,
    }


def to_json(article: Article, brief: dict[str, Any] | None = None) -> str:
    return json.dumps(to_dict(article, brief), ensure_ascii=False, indent=2) + "\n"


def write_json(article: Article, file: TextIO, brief: dict[str, Any] | None = None) -> None:
    """`to_json` written out piece by piece: a 5 MB article's export is 9 MB of JSON, and
    indented JSON is built in pieces that cost several times that when joined first."""
    json.dump(to_dict(article, brief), file, ensure_ascii=False, indent=2)
    file.write("\n")


def to_markdown(article: Article) -> str:
    """The article as Markdown (headline `#`, sub-headings `##`), then its speakers and figures."""
    out: list[str] = []
    for section in article.sections:
        body = article.text[section.start : section.end].strip("\n")
        if section.kind == "title":
            out.append(f"# {section.title}")
            continue
        if section.title is not None:
            heading, _, body = body.partition("\n")
            out.append(f"## {heading.strip()}")
            body = body.strip("\n")
        if body:
            out.append(body)
    if article.speakers:
        out.append("## Speakers")
        for speaker in article.speakers:
            who = f"**{speaker.name}**" + (f", {speaker.title}" if speaker.title else "")
            who += " (group)" if speaker.group else ""
            lines = [f"- {who}"]
            for quote in speaker.quotes:
                text = quote.text.replace("\n", " ")
                lines.append(f"  - {'“' + text + '”' if quote.direct else text}")
            out.append("\n".join(lines))
    if article.figures:
        rows = ["| figure | value | unit | kind | about |", "|---|---|---|---|---|"]
        for figure in article.figures:
            cells = [figure.text, _shown(figure.value), figure.unit, figure.kind, figure.about]
            rows.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        out += ["## Figures", "\n".join(rows)]
    return "\n\n".join(out) + "\n"


def _shown(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def to_csv(article: Article, table: str = "sections") -> str:
    """One table as CSV: sections (default), speakers (one row per quote) or figures."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if table == "speakers":
        writer.writerow(["speaker", "title", "group", "direct", "start", "end", "quote"])
        for speaker in article.speakers:
            for quote in speaker.quotes:
                writer.writerow(
                    [
                        speaker.name,
                        speaker.title or "",
                        speaker.group,
                        quote.direct,
                        quote.start,
                        quote.end,
                        quote.text,
                    ]
                )
    elif table == "figures":
        writer.writerow(
            ["text", "value", "unit", "kind", "approx", "about", "section", "start", "end"]
        )
        for figure in article.figures:
            writer.writerow(
                [
                    figure.text,
                    _shown(figure.value),
                    figure.unit,
                    figure.kind,
                    figure.approx or "",
                    figure.about,
                    article.section_at(figure.start) + 1,
                    figure.start,
                    figure.end,
                ]
            )
    else:
        writer.writerow(["index", "kind", "title", "start", "end", "text"])
        for index, section in enumerate(article.sections, 1):
            text = article.text[section.start : section.end].strip()
            writer.writerow(
                [index, section.kind, section.title or "", section.start, section.end, text]
            )
    return buffer.getvalue()


def render(
    article: Article, fmt: str, table: str = "sections", brief: dict[str, Any] | None = None
) -> str:
    if fmt == "csv":
        return to_csv(article, table)
    if fmt == "json":
        return to_json(article, brief)
    return to_markdown(article)


def beside_speakers(
    article: Article, brief: bool, labels: Handed[tuple[str, bool], Labels] | None = None
) -> tuple[tuple[Figure, ...], Tally | None]:
    """What an export works out while the speakers are found, in a forked child (reader/forked.py):
    the figures, and for JSON the brief's counts (`user_tally`: a jieba pass, the glossary and
    the user's known words). None of it waits for the speakers, and on 1 MB of news this half
    takes about half as long as the speakers, so the export takes the longer half, not their
    sum; the brief is finished after the speakers with no glossary (core/brief.py `finish`).

    First, it hands over (`labels`) the name model's labels of the sentences the speakers
    reach last (core/speakers.py `model_inputs`), which evens the two halves out."""
    from reader.core.analysis import figures_of

    if labels is not None:
        labels.give(partial(_labels_ahead, article, brief))
    figures = figures_of(article)
    return figures, user_tally(article.text, figures) if brief else None


HANDED_SHARE: Final = {True: 0.5, False: 0.7}
"""Of the sentences with a verb of saying, the share (by length, from the end) the export's
child tags, with the brief's counts to make and without: on 1 MB of news its own half is
about 60% as long as the speakers with them (the figures alone, a sixth), the model a third
of the speakers, and some of what it tags the speakers never ask."""


def _labels_ahead(article: Article, brief: bool) -> dict[tuple[str, bool], Labels]:
    from reader.core.persons import tag_all
    from reader.core.speakers import model_inputs

    return tag_all(model_inputs(article.text, article.sections, HANDED_SHARE[brief]))


def user_tally(text: str, figures: Iterable[Figure]) -> Tally:
    """The brief's counts for the user running the export: their known words and HSK level."""
    from reader.core.brief import tally
    from reader.core.glossary import glossary
    from reader.core.known import Knowledge
    from reader.state import KnownWords

    known, level = KnownWords().load()
    return tally(text, figures, glossary(), Knowledge(known, level))


def user_brief(article: Article, counted: Tally | None = None) -> dict[str, Any]:
    """The export's brief: `counted` is `user_tally` made elsewhere (a forked child), else it
    is made here; the article's speakers' names are taken out of its vocabulary."""
    from reader.core.brief import brief_dict, finish, person_names

    if counted is None:
        counted = user_tally(article.text, article.figures)
    return brief_dict(finish(counted, person_names(article)))

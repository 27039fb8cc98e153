"""The reader's keys: every binding with an id (so a keymap can remap it), and how the help
screen groups them."""

from __future__ import annotations

from textual.binding import Binding, BindingType

HELP_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Sections",
        ("next-section", "previous-section", "go-to-section", "focus-sections", "sections-back"),
    ),
    (
        "Pinyin and words",
        (
            "toggle-pinyin",
            "toggle-tone-style",
            "toggle-colours",
            "next-word",
            "previous-word",
            "lookup",
            "clear-cursor",
        ),
    ),
    (
        "Panels",
        (
            "panel-glossary",
            "panel-speakers",
            "panel-figures",
            "toggle-names",
            "toggle-figures",
            "toggle-chart",
            "toggle-panels",
        ),
    ),
    (
        "Learning",
        (
            "pinyin-mode",
            "toggle-known",
            "known-level",
            "glossary-known",
            "save-word",
            "saved-words",
            "brief",
            "toggle-script",
        ),
    ),
    (
        "Search and places",
        ("search", "next-match", "previous-match", "bookmark", "bookmarks"),
    ),
    ("Scrolling", ("scroll-down", "scroll-up", "page-down", "page-up", "top", "bottom")),
    ("App", ("back", "open", "toggle-theme", "palette", "help", "quit")),
)


def _section_keys() -> list[Binding]:
    return [
        Binding(str(n), f"goto_section({n})", f"Section {n}", show=False, id=f"section-{n}")
        for n in range(1, 10)
    ]


READER_KEYS: list[BindingType] = [
    Binding(
        "right_square_bracket",
        "next_section",
        "Next",
        key_display="]",
        tooltip="Next section",
        id="next-section",
    ),
    Binding(
        "left_square_bracket",
        "previous_section",
        "Prev",
        key_display="[",
        tooltip="Previous section",
        id="previous-section",
    ),
    *_section_keys(),
    Binding(
        "p",
        "toggle_pinyin",
        "Pinyin",
        tooltip="Show or hide pinyin above the words",
        id="toggle-pinyin",
    ),
    Binding(
        "P",
        "pinyin_mode",
        "Mode",
        tooltip="Pinyin: every word / unknown words only / none",
        id="pinyin-mode",
        show=False,  # the footer keeps to what fits 80 columns with the position beside it
    ),
    Binding(
        "x",
        "toggle_known",
        "Known",
        show=False,
        tooltip="Mark the cursor's word known (again: unknown)",
        id="toggle-known",
    ),
    Binding(
        "L",
        "known_level",
        "HSK level",
        show=False,
        tooltip="Count HSK levels up to N as known (cycles 0-6)",
        id="known-level",
    ),
    Binding(
        "K",
        "glossary_known",
        "Hide known",
        show=False,
        tooltip="Glossary: hide or show known words",
        id="glossary-known",
    ),
    Binding(
        "s",
        "save_word",
        "Save",
        tooltip="Save the cursor's word with its sentence",
        id="save-word",
    ),
    Binding(
        "S",
        "saved_words",
        "Saved",
        show=False,
        tooltip="Saved words (bayreader vocab exports them)",
        id="saved-words",
    ),
    Binding(
        "B",
        "brief",
        "Brief",
        show=False,
        tooltip="Brief: size, HSK mix, known share, top words",
        id="brief",
    ),
    Binding(
        "T",
        "toggle_script",
        "简/繁",
        show=False,
        tooltip="Simplified ⇄ traditional characters",
        id="toggle-script",
    ),
    Binding(
        "slash",
        "search",
        "Search",
        key_display="/",
        tooltip="Search: characters, or toneless pinyin (jingji)",
        id="search",
    ),
    Binding("n", "next_match", "Next match", show=False, id="next-match"),
    Binding("N", "previous_match", "Previous match", show=False, id="previous-match"),
    Binding(
        "m",
        "bookmark",
        "Bookmark",
        show=False,
        tooltip="Bookmark the cursor's word (or the view's top)",
        id="bookmark",
    ),
    Binding(
        "apostrophe",
        "bookmarks",
        "Bookmarks",
        key_display="'",
        show=False,
        tooltip="Bookmarks: list, jump, delete",
        id="bookmarks",
    ),
    Binding(
        "number_sign",
        "toggle_tone_style",
        "Tones",
        key_display="#",
        show=False,
        tooltip="Tone marks (zhòng) / tone numbers (zhong4)",
        id="toggle-tone-style",
    ),
    Binding(
        "c",
        "toggle_colours",
        "Colours",
        show=False,
        tooltip="Colour words by tone",
        id="toggle-colours",
    ),
    Binding(
        "f2",
        "open_panel('glossary')",
        "Glossary",
        show=False,
        tooltip="Glossary panel",
        id="panel-glossary",
    ),
    Binding(
        "f3",
        "open_panel('speakers')",
        "Speakers",
        show=False,
        tooltip="Speakers panel",
        id="panel-speakers",
    ),
    Binding(
        "f4",
        "open_panel('figures')",
        "Figures",
        show=False,
        tooltip="Figures panel",
        id="panel-figures",
    ),
    Binding(
        "H",
        "toggle_names",
        "Names",
        show=False,
        tooltip="Highlight speakers' names in the text",
        id="toggle-names",
    ),
    Binding(
        "F",
        "toggle_figures",
        "Figures",
        show=False,
        tooltip="Highlight figures in the text",
        id="toggle-figures",
    ),
    Binding(
        "t",
        "focus_sections",
        "Sections",
        show=False,
        tooltip="Focus the sections pane",
        id="focus-sections",
    ),
    Binding(
        "backslash",
        "toggle_panels",
        "Panels",
        key_display="\\",
        show=False,
        tooltip="Show or hide the side panels",
        id="toggle-panels",
    ),
    Binding(
        "o",
        "app.open",
        "Open",
        show=False,
        tooltip="Open another article (a path)",
        id="open",
    ),
    Binding(
        "d", "app.toggle_dark", "Theme", show=False, tooltip="Dark / light theme", id="toggle-theme"
    ),
    Binding("backspace", "back", "Library", tooltip="Back to the library", id="back"),
    Binding(
        "question_mark,f1", "app.help", "Help", key_display="?", tooltip="This help", id="help"
    ),
    Binding("q", "app.quit", "Quit", tooltip="Quit", id="quit"),
]


def palette_bindings(bindings: list[Binding], view: set[str]) -> list[tuple[Binding, bool]]:
    """The reader's bindings the command palette offers (those with a tooltip, one per id),
    each with whether its action is the article view's (`view`: its ids) or the screen's."""
    screen = {b.id for b in READER_KEYS if isinstance(b, Binding)}
    seen: set[str] = set()
    offered = []
    for binding in bindings:
        if binding.tooltip and binding.id and binding.id in (screen | view) - seen:
            seen.add(binding.id)
            offered.append((binding, binding.id in view))
    return offered


def reader_bindings(keymap: dict[str, str]) -> list[Binding]:
    """Every binding of the reader with an id (the screen's, the article view's, the sections
    pane's and the figures panel's), with the keys `keymap` ([keys] in config.toml) gives."""
    from dataclasses import replace

    from reader.tui.screens.reader_screen import ReaderScreen
    from reader.tui.widgets.article_view import ArticleView
    from reader.tui.widgets.figures_panel import FiguresPanel
    from reader.tui.widgets.sections_pane import SectionsPane

    found = [
        b
        for node in (ReaderScreen, ArticleView, SectionsPane, FiguresPanel)
        for b in node.BINDINGS
        if isinstance(b, Binding) and b.id
    ]
    return [replace(b, key=keymap[b.id], key_display=None) if b.id in keymap else b for b in found]

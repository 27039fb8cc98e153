"""The analysis library: text in, immutable model out.

Nothing under `reader.core` imports textual or rich, so notebooks, batch jobs and the export
command can use it without a terminal (a test enforces this).
"""

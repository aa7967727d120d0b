"""Exports of a journal: the vision summary (Markdown, HTML; the PDF is drawn by the UI with
Qt) and the full data as versioned JSON, with its import into an empty journal.

Each format has its own module; `summary.build_summary` gathers what every summary format
says, so the writers only lay it out.
"""

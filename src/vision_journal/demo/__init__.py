"""The demo journal: a deterministic year in the life of one plausible person.

Not part of the core: the window and the command line offer it (`--demo`), the benchmarks
and the screenshots use it. The generator writes through the core's `Journal`; the words the
demo person writes are data (`texts.json`).
"""

from vision_journal.demo.generator import SampleSummary, generate

__all__ = ["SampleSummary", "generate"]

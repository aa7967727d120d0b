"""The demo journal: a deterministic year in the life of one plausible person.

Not part of the core: the window and the command line offer it (`--demo`), the screenshots
use it, and the benchmarks build their heavy journal on it (`benchmarks/heavy_journal.py`).
The generator writes through the core's `Journal`; the words the demo person writes are data
(`texts.json`).
"""

from vision_journal.demo.generator import DEMO, Period, SampleSummary, Scale, generate

__all__ = ["DEMO", "Period", "SampleSummary", "Scale", "generate"]

"""The built PyInstaller bundle starts, opens a sample journal and reports its version.

Skipped unless VJ_BUNDLE names a bundle folder (or its executable), as after
`bash packaging/build.sh`:  VJ_BUNDLE=dist/vision-journal pytest tests/packaging.
VJ_REQUIRE_SQLCIPHER=1 also requires the bundle to report SQLCipher 4.x.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not os.environ.get("VJ_BUNDLE"),
        reason="no bundle to test: build one (bash packaging/build.sh) and set VJ_BUNDLE",
    ),
]


def _smoke_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "vj_smoke_test", ROOT / "packaging" / "smoke_test.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def test_bundle_passes_its_smoke_test() -> None:
    """`--version` and `--smoke-test` of the bundle say what the source tree expects."""
    smoke = _smoke_module()
    bundle = Path(os.environ["VJ_BUNDLE"]).resolve()
    require_cipher = os.environ.get("VJ_REQUIRE_SQLCIPHER") == "1"
    try:
        report = smoke.smoke_test(bundle, require_sqlcipher=require_cipher)
    except smoke.SmokeTestError as error:
        pytest.fail(str(error))
    from vision_journal import __version__

    assert report.version == __version__
    assert "smoke test: ok" in report.output

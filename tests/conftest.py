"""Test layers: engine/, lessons/, figures/, pages/ (AppTest), export/, browser/ (Chromium). Test files
are imported by path (pytest.ini: --import-mode=importlib), so one page's stem can name a test file in
every layer; the shared helpers in tests/ and tests/browser/ are importable by name."""
import os
import sys
from pathlib import Path

import pytest

# One BLAS thread, as in the app (webui/__init__.py): on 2 shared cores spinning BLAS threads make
# the matrix-heavy tests many times slower.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "browser")]


@pytest.fixture(autouse=True)
def one_blas_thread():
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):
        yield

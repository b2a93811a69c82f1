import os
import sys
from pathlib import Path

# One BLAS thread, as in the app (webui/__init__.py): on 2 shared cores spinning BLAS threads make
# the matrix-heavy tests many times slower.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

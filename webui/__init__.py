"""Streamlit helpers shared by the pages (nothing here does mathematics or builds figures)."""
import numpy  # noqa: F401  (loads OpenBLAS, so that the limit below reaches it)
from threadpoolctl import threadpool_limits

# One BLAS thread per server process: the sessions already share the cores, and OpenBLAS threads
# that spin-wait for each other starve them.
threadpool_limits(1)

from lessons.language import follow  # noqa: E402  (after the BLAS limit above)

from .language import session_language  # noqa: E402

follow(session_language)

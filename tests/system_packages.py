"""Tests that need a program from a Debian package (Chromium, nginx; run-tests.sh installs them when it
runs as root) skip without it and say how to install it; with CI=true they fail instead, so that CI
cannot pass by skipping them."""
import os

import pytest


def require(problem):
    """Skip the test, or fail it under CI=true, when `problem` (why a program it needs is missing) is
    not None."""
    if problem and os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but {problem}", pytrace=False)
    if problem:
        pytest.skip(problem)

"""Without Chromium the browser suite skips and says how to enable it; with CI=true it fails instead."""
import os
import subprocess
import sys

import harness


def _run_suite_without_chromium(ci):
    env = {**os.environ, "NNLAB_CHROMIUM": "/nonexistent/chromium", "CI": ci}
    return subprocess.run([sys.executable, "-m", "pytest", "-rs", "-p", "no:cacheprovider",
                           str(harness.ROOT / "tests" / "browser" / "test_browser_pages.py"), "-k", "Home"],
                          cwd=harness.ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_missing_chromium_skips_with_instructions():
    result = _run_suite_without_chromium(ci="false")
    assert result.returncode == 0, result.stdout
    assert "skipped" in result.stdout and "apt-get install -y chromium" in result.stdout


def test_missing_chromium_fails_under_ci():
    result = _run_suite_without_chromium(ci="true")
    assert result.returncode != 0 and "CI=true but no Chromium" in result.stdout, result.stdout

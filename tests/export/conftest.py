"""kaleido draws the exported images with Chromium: the tests that render ask for `chromium_for_export`
(skipped without Chromium, failed under CI=true); the others run anyway."""
import pytest
from system_packages import require

from nnlab_export.render import missing_chromium


@pytest.fixture(scope="session")
def chromium_for_export():
    require(missing_chromium())

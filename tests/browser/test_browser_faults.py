"""Bad input and faults on the Playground in Chromium: broken link parameters, a 50 MB upload, a binary
file named .csv, Adam at learning rate 10, a reload while training, and two tabs training different
configurations. Each gets a clear message and never a stack trace."""
import os

from test_browser_playground import epoch, open_playground

import harness
from harness import PAUSE, PLAY

WARNING = '[data-testid="stAlertContentWarning"]'
ERROR = '[data-testid="stAlertContentError"]'
CSV_INPUT = f'{harness.keyed("playground_csv_file")} input[type="file"]'


def no_stack_trace(page):
    assert page.locator(harness.EXCEPTION).count() == 0
    assert "Traceback" not in page.inner_text("body")


def test_broken_numeric_link_parameters_each_get_a_note(page, screenshot):
    bad = {"learning_rate": "abc", "noise": "-1", "n_points": "1e9", "seed": "nan",
           "batch_size": "", "regularization_rate": "inf", "hidden_layers": "4,-2"}
    open_playground(page, "?" + "&".join(f"{name}={value}" for name, value in bad.items()))
    page.locator(WARNING, has_text="Link parameter").first.wait_for()  # its text is lazily loaded markdown
    notes = page.locator(WARNING).all_inner_texts()
    for name in bad:
        assert any(name in note for note in notes), (name, notes)
    assert epoch(page) == 0 and page.locator(PLAY).is_enabled()
    screenshot(page, "fault_link_parameters")
    no_stack_trace(page)


def test_upload_of_50_mb_is_refused_by_size(page, tmp_path):
    big = tmp_path / "big.csv"
    with big.open("wb") as file:  # the limit, 5 MB, is server.maxUploadSize in .streamlit/config.toml
        file.write(b"x1,x2,label\n")
        file.truncate(50 << 20)
    open_playground(page)
    page.set_input_files(CSV_INPUT, str(big))
    page.get_by_text("File must be 5.0MB or smaller").wait_for()
    no_stack_trace(page)


def test_binary_file_named_csv_is_refused_by_content(page, screenshot):
    open_playground(page)
    page.set_input_files(CSV_INPUT, files=[{"name": "photo.csv", "mimeType": "text/csv",
                                            "buffer": os.urandom(20_000)}])
    page.locator(ERROR, has_text="photo.csv was refused").wait_for()
    screenshot(page, "fault_binary_csv")
    assert page.locator(harness.RENDERED_CHART).count() >= 1  # the generated data are still there
    no_stack_trace(page)


def test_adam_at_learning_rate_10_trains_or_stops_with_a_message(page):
    open_playground(page, "?learning_rate=10&optimizer=adam&dataset=spiral")
    page.click(PLAY)
    page.wait_for_function(  # trained a few epochs, or stopped on a divergence
        """() => document.querySelector('[data-testid="stAlertContentError"]') ||
                 [...document.querySelectorAll('[data-testid="stMetric"]')].some(metric =>
                     metric.innerText.startsWith('Epoch') &&
                     Number(metric.querySelector('[data-testid="stMetricValue"]').innerText) >= 3)""")
    no_stack_trace(page)
    if page.locator(ERROR).count():
        assert "learning rate is too high" in page.locator(ERROR).first.inner_text()


def test_reload_mid_training_restores_the_link_and_trains_again(page):
    open_playground(page, "?dataset=xor&activation=relu")
    page.click(PLAY)
    harness.wait_for_metric(page, "Epoch", lambda text: int(text) >= 2)
    page.reload()
    harness.wait_ready(page)
    page.wait_for_selector(harness.RENDERED_CHART)
    assert "XOR" in page.locator(f'{harness.keyed("playground_dataset")} input').input_value()
    assert "ReLU" in page.locator(f'{harness.keyed("playground_activation")} input').input_value()
    assert epoch(page) == 0  # a reload is a new session: the weights are not in the link
    page.click(PLAY)
    harness.wait_for_metric(page, "Epoch", lambda text: int(text) >= 2)
    page.click(PAUSE)
    no_stack_trace(page)


def test_two_tabs_train_different_configurations_independently(page, browser_context):
    other = browser_context.new_page()
    try:
        open_playground(page, "?dataset=xor&learning_rate=0.1")
        open_playground(other, "?dataset=spiral&hidden_layers=8,8&learning_rate=0.01")
        page.click(PLAY)
        harness.wait_for_metric(page, "Epoch", lambda text: int(text) >= 2)
        assert epoch(other) == 0, "the idle tab trained with the other tab"
        other.click(PLAY)
        page.click(PAUSE)
        page.wait_for_selector(PLAY)
        harness.wait_for_metric(other, "Epoch", lambda text: int(text) >= 2)
        paused_at = epoch(page)
        other.wait_for_timeout(500)
        assert epoch(page) == paused_at
        for tab, dataset, rate in ((page, "XOR", "0.1"), (other, "Spiral", "0.01")):
            assert dataset in tab.locator(f'{harness.keyed("playground_dataset")} input').input_value()
            assert harness.slider_value(tab, "playground_learning_rate") == rate
            no_stack_trace(tab)
        other.click(PAUSE)
    finally:
        other.close()

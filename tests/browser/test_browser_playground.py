"""The Playground in a real browser: Play trains live (epoch up, loss down), Pause stops, Reset
returns to epoch 0, and a shareable link restores the configuration."""
import harness
from harness import PAUSE, PLAY, RESET
from nncore.persistence import trainer_from_json


def open_playground(page, query=""):
    page.goto(f"/playground{query}")
    harness.wait_ready(page)
    page.wait_for_selector(harness.RENDERED_CHART)


def epoch(page):
    return int(harness.metric(page, "Epoch"))


def loss(page):
    return float(harness.metric(page, "Training loss"))


def test_play_trains_live_pause_stops_reset_restarts(page, screenshot):
    open_playground(page, "?dataset=xor&activation=relu&learning_rate=0.1")
    start_loss = loss(page)
    assert epoch(page) == 0
    page.click(PLAY)
    harness.wait_for_metric(page, "Epoch", lambda text: int(text) >= 3)
    assert loss(page) < start_loss
    page.click(PAUSE)
    page.wait_for_selector(PLAY)
    harness.wait_ready(page)
    paused_at = epoch(page)
    page.wait_for_timeout(800)
    assert epoch(page) == paused_at, "training went on after Pause"
    screenshot(page, "playground_trained")
    page.click(RESET)
    harness.wait_for_metric(page, "Epoch", lambda text: text == "0")
    assert abs(loss(page) - start_loss) < 1e-9, "Reset did not restore the initial weights"
    assert page.locator(harness.EXCEPTION).count() == 0


def test_shareable_link_restores_the_configuration(page):
    link = "?dataset=spiral&noise=0.1&hidden_layers=6,3,2&activation=sigmoid&learning_rate=0.3"
    open_playground(page, link)
    for key, shown in {"playground_dataset": "Spiral", "playground_activation": "Sigmoid"}.items():
        assert shown in page.locator(f"{harness.keyed(key)} input").input_value(), key
    layers = " ".join(page.locator(f"{harness.keyed('playground_layers')} [data-testid=stMarkdownContainer]")
                      .all_inner_texts())
    assert "3 hidden layers · layer 1: 6 · layer 2: 3 · layer 3: 2" in layers, layers
    assert harness.slider_value(page, "playground_learning_rate") == "0.3"
    assert page.locator('[data-testid="stAlertContentWarning"]').count() == 0
    # The address bar keeps the link, so copying it again gives the same configuration.
    for part in link[1:].split("&"):
        name, value = part.split("=")
        assert f"{name}={value.replace(',', '%2C')}" in page.url or f"{name}={value}" in page.url


def test_downloaded_model_holds_the_weights_at_the_click(page):
    open_playground(page, "?dataset=xor&hidden_layers=3")
    page.click(f"{harness.keyed('playground_step')} button")
    harness.wait_for_metric(page, "Epoch", lambda text: text == "1")
    harness.open_sidebar(page)
    with page.expect_download() as download:
        page.get_by_role("button", name="Download model (JSON)").click()
    assert download.value.suggested_filename == "nnlab-model.json"
    trainer = trainer_from_json(open(download.value.path(), encoding="utf-8").read())
    assert trainer.epoch == 1 and trainer.config.dataset == "xor"
    assert trainer.config.hidden_layers == (3,)
    assert page.locator(harness.EXCEPTION).count() == 0

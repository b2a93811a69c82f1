"""A student does the Playground's XOR lab in a real browser by clicking the page's own controls
(no Show me): each prediction is locked in first, each step turns done while training plays, and the
lab's count goes from 0 to 4 of 4. Screenshots of each step done."""
import re

import harness
from harness import PAUSE, PLAY

LAB = '[data-testid="stExpander"]:has-text("Lab:")'


def lab_count(page):
    summary = page.locator(f"{LAB} summary").inner_text()
    return int(re.search(r"Lab: (\d+) of 4 steps done", summary).group(1))


def predict(page, option):
    page.locator(f"{LAB} label").filter(has_text=re.compile(f"^{re.escape(option)}$")).click()
    page.get_by_role("button", name="Lock in my prediction").click()
    page.wait_for_selector(f"{LAB} :text('Your prediction:')")


def choose(page, key, option):
    page.click(f"{harness.keyed(key)} input")
    page.get_by_role("option", name=option, exact=True).click()
    harness.wait_ready(page)


def slide_to(page, key, presses):
    """Move a select slider by arrow-key presses (positive: right)."""
    thumb = page.locator(f"{harness.keyed(key)} input[type='range']")
    thumb.focus()
    for _ in range(abs(presses)):
        thumb.press("ArrowRight" if presses > 0 else "ArrowLeft")
    harness.wait_ready(page)


def click_key(page, key):
    page.click(f"{harness.keyed(key)} button")
    harness.wait_ready(page)


def train_until_done(page, done, timeout_ms=90_000):
    """Play until the lab counts `done` steps, then pause."""
    page.click(PLAY)
    page.locator(f"{LAB} summary").filter(has_text=f"Lab: {done} of 4").wait_for(timeout=timeout_ms)
    page.click(PAUSE)
    page.wait_for_selector(PLAY)
    harness.wait_ready(page)


def step_to(page, number):
    page.locator(f"{harness.keyed('playground_lab_step')} button").filter(
        has_text=re.compile(f"^{number}")).click()
    page.wait_for_selector(f"{LAB} :text('Step {number}:')")


def test_a_student_completes_the_xor_lab_by_clicking(page, screenshot):
    page.goto("/playground")
    harness.wait_ready(page)
    page.click(f"{LAB} summary")
    assert lab_count(page) == 0
    # Step 1: no hidden layer.
    predict(page, "At most 80 %")
    choose(page, "playground_dataset", "Exclusive or (XOR)")
    click_key(page, "playground_fewer_layers")
    click_key(page, "playground_fewer_layers")
    slide_to(page, "playground_steps_per_tick", 3)  # 25 -> 250 updates a tick
    train_until_done(page, 1)
    assert page.locator(f"{LAB} :text('You predicted')").count() == 1
    assert page.locator(f"{LAB} :text('Done.')").count() == 1
    screenshot(page, "lab_xor_step1_done")
    # Step 2: one hidden layer of 4 tanh neurons, learning rate 0.1.
    step_to(page, 2)
    predict(page, "Yes")
    click_key(page, "playground_more_layers")
    slide_to(page, "playground_learning_rate", 1)  # 0.03 -> 0.1
    train_until_done(page, 2)
    # Step 3: linear hidden neurons.
    step_to(page, 3)
    predict(page, "At most 80 %")
    choose(page, "playground_activation", "Linear (identity)")
    train_until_done(page, 3)
    # Step 4: the feature X1X2 instead of the layer.
    step_to(page, 4)
    click_key(page, "playground_fewer_layers")
    page.locator(f"{harness.keyed('playground_features_x1_times_x2')} label").click()
    harness.wait_ready(page)
    train_until_done(page, 4)
    marks = page.locator(f"{harness.keyed('playground_lab_step')} button").all_inner_texts()
    assert all("✓" in mark for mark in marks), marks
    screenshot(page, "lab_xor_done")
    assert page.locator(harness.EXCEPTION).count() == 0

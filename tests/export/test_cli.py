"""python -m nnlab_export: a page's figures for a shareable configuration, as images of the requested
size, read back before it says they are written, and a one-line message (exit status 2, no stack
trace) for bad input; status 1 and no file for an image that did not come out whole."""
import io
import re
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from PIL import Image

from figures.presentation import PRESENTATION_TEMPLATE
from nnlab_export.__main__ import IMAGE, LIMITS, MAX_PARAMETERS, export, main
from nnlab_export.budget import MAX_UPDATES
from nnlab_export.render import MAX_SIDE, png_size

ROOT = Path(__file__).resolve().parents[2]
RENDER = "nnlab_export.__main__.render"


def failure(arguments, capsys):
    """(exit status, stderr) of main(arguments), which must stop with a status."""
    with pytest.raises(SystemExit) as stop:
        main(arguments)
    return stop.value.code, capsys.readouterr().err


@pytest.mark.usefixtures("chromium_for_export")
def test_png_has_the_requested_pixel_size_for_every_figure(tmp_path):
    paths = export("neuron", "w1=2&T=0.5&data=xor", "png", tmp_path, width=320, height=240, scale=2.5)
    assert [p.name for p in paths] == ["nnlab_neuron_angle_test.png",
                                       "nnlab_neuron_output_over_the_plane.png"]
    for path in paths:
        data = path.read_bytes()
        assert png_size(data) == (800, 600)
        assert len(data) > 5_000  # a picture, not an empty canvas


@pytest.mark.usefixtures("chromium_for_export")
def test_the_largest_png_allowed_is_a_whole_png_of_that_size(tmp_path):
    # The 10000 x 10000 at scale 10 came back as 3 bytes reported as written.
    [path] = export("activations", "", "png", tmp_path, width=2000, height=1500, scale=MAX_SIDE / 2000)
    with Image.open(path) as image:
        image.load()  # every pixel decoded: a truncated file raises here
        assert image.size == (MAX_SIDE, 6000)
        assert len(image.getcolors(maxcolors=1 << 16) or "many") > 2  # curves, not a blank canvas


@pytest.mark.usefixtures("chromium_for_export")
def test_playground_link_exports_its_six_charts_after_training(tmp_path):
    paths = export("playground", "?dataset=xor&hidden_layers=4&activation=relu&epochs=20&hide=noise",
                   "png", tmp_path, width=400, height=300, scale=2)
    assert [p.name for p in paths] == [f"nnlab_playground_{name}.png"
                                       for name in ("output", "network", "loss", "accuracy",
                                                    "gradients", "confusion")]
    assert all(png_size(p.read_bytes()) == (800, 600) for p in paths)


@pytest.mark.usefixtures("chromium_for_export")
def test_svg_has_the_requested_layout_size_and_presentation_from_the_link(tmp_path):
    [path] = export("activations", "https://x/activations?names=relu,tanh&presentation=1", "svg",
                    tmp_path, width=640, height=360, scale=3)
    svg = path.read_text()
    assert re.search(r'<svg[^>]* width="640" height="360"', svg)
    assert "font-size: 20px" in svg and "ReLU" in svg  # presentation type size; the chosen curves


@pytest.mark.usefixtures("chromium_for_export")
@pytest.mark.parametrize("query, palette", [("palette=okabe_ito", None), ("", "okabe_ito")])
def test_palette_from_the_link_or_the_option_colours_the_export(tmp_path, query, palette):
    plane = export("neuron", f"data=xor&{query}", "svg", tmp_path, 400, 300, 1, palette=palette)[1]
    svg = plane.read_text()
    shaded_orange, playground_orange = "rgb(161, 111, 0)", "rgb(172, 103, 24)"  # class 0's points
    assert shaded_orange in svg and playground_orange not in svg


@pytest.mark.parametrize("word, styled", [("1", True), ("yes", True), ("on", True), ("true", True),
                                          ("0", False), ("no", False)])
def test_presentation_in_the_link_takes_every_word_of_a_flag(word, styled, tmp_path, drawn_image):
    figures = rendered(drawn_image, "activations", f"presentation={word}", tmp_path)
    assert ([fig.layout.font.size for fig in figures] == [PRESENTATION_TEMPLATE.layout.font.size]) == styled


def rendered(drawn_image, page, query, out, **options):
    """The figures `export` hands to the renderer (which draws a blank image instead)."""
    figures = []

    def record(fig, *size):
        figures.append(fig)
        return drawn_image(fig, *size)

    with mock.patch(RENDER, record):
        export(page, query, "png", out, 100, 80, 1, **options)
    return figures


@pytest.mark.parametrize("query, lang", [("lang=zh", None), ("lang=en", "zh")])
def test_a_link_in_chinese_exports_in_chinese(query, lang, tmp_path, drawn_image):
    """A Chinese browser's link carries lang=zh: the export takes it, or --lang over it."""
    titles = [fig.layout.title.text for fig in rendered(drawn_image, "activations", query, tmp_path, lang=lang)]
    assert titles and all(re.search("[\u4e00-\u9fff]", title) for title in titles), titles


TOO_MANY = "&".join(f"p{i}=1" for i in range(MAX_PARAMETERS + 1))


@pytest.mark.parametrize("arguments, message", [
    (["--page", "neuron", "--query", "w1=abc"], "w1: 'abc' is not a number"),
    (["--page", "neuron", "--query", "T=nan"], "T: 'nan' must be a number from -6 to 6"),
    (["--page", "neuron", "--query", "T=-1e9"], "T: '-1e9' must be a number from -6 to 6"),
    (["--page", "activations", "--query", "names=relu,softplus"], "names: 'relu,softplus' not allowed"),
    (["--page", "activations", "--query", "lr=3"], "lr: not a setting of this page"),
    (["--page", "activations", "--query", "presentation=maybe"], "presentation: 'maybe' must be 1 or 0"),
    (["--page", "activations", "--query", "a%0Ab%1B[2J=1"], r"a\nb\x1b[2J: not a setting of this page"),
    (["--page", "activations", "--query", TOO_MANY], f"--query: more than {MAX_PARAMETERS} parameters"),
    (["--page", "neuron", "--width", "0"], "--width: '0' must be a whole number from 10 to 8000"),
    (["--page", "neuron", "--width", "10000", "--height", "10000", "--scale", "10"],
     "--width: '10000' must be a whole number from 10 to 8000; --height: '10000' must be"),
    (["--page", "neuron", "--scale", "nan"], "--scale: 'nan' must be a number from 0.1 to 10"),
    (["--page", "neuron", "--width", "4000", "--height", "3000"],
     "--scale: 3 makes a PNG of 12000 x 9000 pixels; at most 8000 a side: here --scale from 0.1 to 2"),
    (["--page", "playground", "--query", "noise=7&learning_rate=abc"],
     "noise: '7' not allowed; choose from 0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5; "
     "learning_rate: 'abc' not allowed; choose from 1e-05, 0.0001"),
    (["--page", "playground", "--query", "epochs=nan"],
     "epochs: 'nan' must be a whole number from 0 to 10000"),
    # The link that trained for most of an hour: 1800 training points in minibatches of 1.
    (["--page", "playground", "--query", "n_points=2000&train_ratio=0.9&batch_size=1&epochs=10000"],
     "epochs: 10000 epochs x 1,800 updates an epoch = 18,000,000 updates; an export trains at most "
     "1,000,000: here epochs from 0 to 555"),
    (["--page", "nowhere"], "invalid choice: 'nowhere'"),
    (["--page", "neuron", "--query", "palette=neon"],
     "palette: 'neon' not allowed; choose from playground, okabe_ito"),
    (["--page", "neuron", "--palette", "neon"], "--palette: invalid choice: 'neon'"),
])
def test_bad_input_is_one_clear_line_and_status_2(arguments, message, tmp_path, capsys):
    status, err = failure([*arguments, "--out", str(tmp_path)], capsys)
    assert status == 2 and message in err and len(err.splitlines()) == 1, err
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("out, message", [
    ("a_file", "'{}': a file, not a folder; give a folder to write the images in"),
    ("a_file/below", "'{}': Not a directory"),
    ("/proc/no/such/folder", "'{}': No such file or directory"),
])
def test_out_that_takes_no_files_is_refused_before_training(out, message, tmp_path, capsys):
    (tmp_path / "a_file").write_text("kept")
    out = str(tmp_path / out)  # an absolute one stays as it is
    status, err = failure(["--page", "playground", "--query", "epochs=5", "--out", out], capsys)
    assert status == 2 and f"--out: {message.format(out)}" in err and len(err.splitlines()) == 1, err
    assert [path.name for path in tmp_path.iterdir()] == ["a_file"]


def _truncated_png(fig, image_format, width, height, scale):
    data = io.BytesIO()
    Image.effect_noise((int(width * scale), int(height * scale)), 50).save(data, "PNG")
    return data.getvalue()[:-30]


@pytest.mark.parametrize("image_format, drawn, problem", [
    ("png", lambda *_: b"u\xabZ", "not a whole PNG (3 bytes"),  # what kaleido gave the size
    ("png", lambda *_: b"", "not a whole PNG (0 bytes"),
    ("png", _truncated_png, "not a whole PNG"),
    ("svg", lambda *_: b"<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>",
     "10 x 10 pixels, not 300 x 200"),
    ("svg", lambda *_: b"<html/>", "not an SVG but <html>"),
])
def test_an_image_that_is_not_whole_is_deleted_and_never_reported_written(image_format, drawn, problem,
                                                                         tmp_path, capsys):
    with mock.patch(RENDER, drawn):
        status, err = failure(["--page", "activations", "--format", image_format, "--width", "300",
                               "--height", "200", "--scale", "1", "--out", str(tmp_path)], capsys)
    name = tmp_path / f"nnlab_activations_functions_and_derivatives.{image_format}"
    assert status == 1 and err.startswith(f"python -m nnlab_export: {name}: {problem}"), err
    assert len(err.splitlines()) == 1 and not list(tmp_path.iterdir())


def test_help_states_the_limits(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    shown = " ".join(capsys.readouterr().out.split())  # argparse wraps lines
    assert stop.value.code == 0 and " ".join(LIMITS.split()) in shown
    assert f"at most {MAX_SIDE} pixels a side" in shown and f"at most {MAX_UPDATES:,} updates" in shown
    for control in IMAGE:
        assert f"{control.name} {control.name[2:].upper()} {control.label}: {control.allowed()}" in shown


@pytest.mark.usefixtures("chromium_for_export")
def test_command_line_prints_the_files_and_shows_no_stack_trace_on_bad_input(tmp_path):
    def run(*arguments):
        return subprocess.run([sys.executable, "-m", "nnlab_export", *arguments, "--out", str(tmp_path)],
                              cwd=ROOT, capture_output=True, text=True, timeout=120)
    bad = run("--page", "neuron", "--query", "x1=1e999")
    assert bad.returncode == 2 and "x1: '1e999'" in bad.stderr and "Traceback" not in bad.stderr
    good = run("--page", "activations", "--format", "svg", "--width", "300", "--height", "200")
    assert good.returncode == 0, good.stderr
    assert good.stdout.split() == [str(tmp_path / "nnlab_activations_functions_and_derivatives.svg")]

"""python -m nnlab_export: a page's figures for a shareable configuration, as images of the requested
size, and a one-line message (exit status 2, no stack trace) for bad input."""
import re
import subprocess
import sys
from pathlib import Path

import pytest

from nnlab_export.__main__ import export, main
from nnlab_export.render import png_size

ROOT = Path(__file__).resolve().parents[2]


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


@pytest.mark.parametrize("arguments, message", [
    (["--page", "neuron", "--query", "w1=abc"], "w1: 'abc' is not a number"),
    (["--page", "neuron", "--query", "T=nan"], "T: 'nan' must be a number from -6 to 6"),
    (["--page", "neuron", "--query", "T=-1e9"], "T: '-1e9' must be a number from -6 to 6"),
    (["--page", "activations", "--query", "names=relu,softplus"], "names: 'relu,softplus' not allowed"),
    (["--page", "activations", "--query", "lr=3"], "lr: not a setting of this page"),
    (["--page", "neuron", "--width", "0"], "--width: 0 must be from 10 to 10000"),
    (["--page", "playground", "--query", "noise=7&learning_rate=abc"],
     "noise: '7' not allowed; choose from 0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5; "
     "learning_rate: 'abc' not allowed; choose from 1e-05, 0.0001"),
    (["--page", "playground", "--query", "epochs=nan"],
     "epochs: 'nan' must be a whole number from 0 to 10000"),
    (["--page", "nowhere"], "invalid choice: 'nowhere'"),
])
def test_bad_input_is_one_clear_message_and_status_2(arguments, message, tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main([*arguments, "--out", str(tmp_path)])
    assert stop.value.code == 2 and message in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


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

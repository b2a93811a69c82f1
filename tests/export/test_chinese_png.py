"""An exported chart in Chinese draws its Chinese with a CJK font (fonts-noto-cjk), not as boxes: the
activations chart in Chinese, rendered by kaleido as `python -m nnlab_export` renders (its `render`),
differs from the same chart whose Chinese characters are all replaced by a code point no font has,
which every font draws as its one missing-glyph box."""
import re
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageChops
from system_packages import require

from lessons.language import speaking
from nnlab_export.catalog import export_figures
from nnlab_export.render import render

CJK_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")  # deploy/system.sh's check
HAN = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]")
NO_GLYPH = "\u0378"  # unassigned: no font has it


def png(fig):
    return Image.open(BytesIO(render(fig, "png", 900, 520))).convert("RGB")


def test_the_activations_chart_in_chinese_draws_chinese_glyphs(chromium_for_export, tmp_path):
    require(None if CJK_FONT.exists() else "Chinese export needs fonts-noto-cjk: deploy/system.sh fonts-noto-cjk")
    with speaking("zh"):
        [(name, fig)] = export_figures("activations", {})
    title = fig.layout.title.text
    assert len(HAN.findall(title)) >= 8, title
    chinese = png(fig)
    chinese.save(tmp_path / "nnlab_activations_zh.png")
    fig.layout.title.text = HAN.sub(NO_GLYPH, title)
    boxes = png(fig)
    assert chinese.size == boxes.size == (900, 520)
    box = ImageChops.difference(chinese, boxes).getbbox()
    assert box is not None and box[3] < 100  # they differ, and only in the title (its top 100 px)

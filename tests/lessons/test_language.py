"""The language mechanism and the Chinese catalog: every message the code marks is translated, with
the same placeholders, and each glossary term in the glossary's Chinese; `speaking` switches the
language of `_` and of what a figure builder writes."""
import re
import string
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from figures.activations import activation_figure
from lessons.language import LANGUAGES, _, catalog_path, language, speaking

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = [code for code in LANGUAGES if code != "en"]


def extracted():
    """The messages Babel's extraction finds with the repository's babel.cfg."""
    with open(ROOT / "babel.cfg") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    return {message for _file, _line, message, _comments, _context in
            extract_from_dir(ROOT, method_map, options_map)}


def catalog(code):
    with open(catalog_path(code), "rb") as po:
        return {message.id: message for message in read_po(po) if message.id}


def placeholders(text):
    return sorted((name, spec) for _, name, spec, _ in string.Formatter().parse(text) if name is not None)


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_in_the_code_is_in_the_catalog_and_translated(code):
    messages, entries = extracted(), catalog(code)
    assert {"Home", "Activation functions", "Playground"} <= messages  # marked ones and spec titles
    assert sorted(messages - set(entries)) == [], "run the update in README: Languages"
    assert sorted(set(entries) - messages) == []  # none left over from deleted code
    untranslated = [m.id for m in entries.values() if not m.string or m.fuzzy]
    assert untranslated == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_a_translation_has_the_placeholders_of_its_message(code):
    for message in catalog(code).values():
        assert placeholders(message.string) == placeholders(message.id), message.id


def glossary():
    """[(English variants, Chinese)] from the table in locale/glossary.md."""
    rows = re.findall(r"^\| ([^|]+?) \| ([^|]+?) \|$", (ROOT / "locale" / "glossary.md").read_text(), re.M)
    return [([v.strip() for v in english.split("/")], chinese) for english, chinese in rows[2:]]


def test_each_glossary_term_is_translated_with_the_glossarys_chinese():
    terms = glossary()
    assert len(terms) >= 20 and ("神经元" in dict((e[0], c) for e, c in terms).values())
    entries, checked = catalog("zh").values(), 0
    for variants, chinese in terms:
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, variants)) + r")\b", re.I)
        for message in entries:
            if pattern.search(re.sub(r"\{[^}]*\}", "", message.id)):  # not in a placeholder's name
                checked += 1
                assert chinese in message.string, (variants[0], chinese, message.id, message.string)
    assert checked >= 40


def test_speaking_switches_the_language_and_a_message_not_in_the_catalog_stays_english():
    assert language() == "en" and _("Home") == "Home"
    with speaking("zh"):
        assert language() == "zh" and _("Home") == "首页"
        assert _("no such message") == "no such message"
    assert _("Home") == "Home"
    with pytest.raises(ValueError, match="lang.*en, zh"):
        with speaking("fr"):
            pass


def test_a_figure_builder_writes_in_the_language_spoken():
    english = activation_figure(["linear"], z_marker=1.0, threshold=0.05)
    with speaking("zh"):
        chinese = activation_figure(["linear"], z_marker=1.0, threshold=0.05)
    assert english.layout.title.text.startswith("Solid: g(z)")
    assert chinese.layout.title.text == "实线：g(z)；虚线：g'(z)<br>底部色条：|g'(z)| < 0.05"
    assert [t.name for t in chinese.data] == ["线性（恒等）", "线性（恒等）: g'(z)", "线性（恒等） 在 z 处"]
    assert all(list(c.y) == list(e.y) for c, e in zip(chinese.data, english.data))  # the same curves

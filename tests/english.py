"""English left on a page or a chart shown in Chinese: a run of three or more English words, outside
formulas ($…$), code spans, Plotly's %{…} hover fields and HTML tags. Names (Sigmoid, Leaky ReLU) and
single letters (z, g) are shorter than that."""
import re

from page_charts import charts

HIDDEN = re.compile(r"\$[^$]*\$|`[^`]*`|%\{[^}]*\}|<[^>]*>")
SENTENCE = re.compile(r"[A-Za-z]{2,}(?:[ \t]+[A-Za-z]{2,}){2,}")
# not words shown: ids, payloads, a component's own source, and code (shown as it is in both languages)
NOT_SHOWN = {"spec", "config", "id", "form_id", "icon", "page", "url_path", "format", "key", "js_content",
             "css_content", "html_content", "code_text"}


def english(text):
    """The English sentences (runs of words) in `text`."""
    return SENTENCE.findall(HIDDEN.sub(" ", text))


def figure_texts(figure):
    """The texts a Plotly figure (a dict) shows: titles, axis titles, legend names, hover templates,
    annotations."""
    layout = figure.get("layout", {})
    titled = [layout] + [value for name, value in layout.items() if name.startswith(("xaxis", "yaxis"))]
    texts = [part.get("title", {}).get("text", "") if isinstance(part.get("title"), dict)
             else part.get("title") or "" for part in titled]
    texts += [a.get("text", "") for a in layout.get("annotations", [])]
    for trace in figure.get("data", []):
        texts += [trace.get("name") or "", trace.get("hovertemplate") or ""]
        texts += [t for t in _list(trace.get("text")) if isinstance(t, str)]
    return [text for text in texts if text]


def _list(value):
    return value if isinstance(value, list) else [value]


def _strings(message):
    """Every string field of a protobuf message and of the messages in it, but ids and payloads."""
    for field, value in message.ListFields():
        if field.name in NOT_SHOWN:
            continue
        values = value if field.is_repeated else [value]
        for item in values:
            if field.type == field.TYPE_MESSAGE:
                yield from _strings(item)
            elif field.type == field.TYPE_STRING:
                yield item


def shown_texts(at):
    """Every text an AppTest run shows: each element's and block's strings (body, label, help,
    options, placeholder), its tables' column names and its charts' texts."""
    texts = []
    for node in at:
        if getattr(node, "proto", None) is not None:
            texts += _strings(node.proto)
        if node.type == "dataframe":
            texts += [str(column) for column in node.value.columns]
    texts += [text for figure, _ in charts(at) for text in figure_texts(figure)]
    return texts


def english_on(at):
    """{text: its English sentences} of every text the run shows that has some."""
    return {text: found for text in shown_texts(at) if (found := english(text))}



// One Plotly chart that a rerun updates in place with Plotly.react: same div, no remount, no blank
// frame, and the user's zoom survives (layout.uirevision). Mounted by webui/live_chart.py, which
// fills in PLOTLY_MODULE: the name of the module in which Streamlit ships plotly.js to the browser.
const PLOTLY_MODULE = "__PLOTLY_MODULE__";

// Load plotly.js once per browser page: import Streamlit's own Plotly module (the one st.plotly_chart
// uses, so a page never holds two copies) from the folder the Streamlit app's scripts come from.
function loadPlotly() {
  if (!window.nnlabPlotly) {
    window.nnlabPlotly = (async () => {
      if (!window.Plotly) {
        const appScript = document.querySelector('script[type="module"][src*="/static/js/"]');
        await import(new URL(PLOTLY_MODULE, appScript ? appScript.src : document.baseURI).href);
      }
      if (!window.Plotly) throw new Error(`${PLOTLY_MODULE} did not define window.Plotly`);
      return window.Plotly;
    })();
  }
  return window.nnlabPlotly;
}

// Streamlit's Python side gives figures a template whose colours are placeholders #000001..#000030
// (categorical, sequential, diverging); st.plotly_chart swaps in the theme's colours in the browser.
const PLOTLY_DEFAULT_COLOURS = {
  categorical: ["#636efa", "#EF553B", "#00cc96", "#ab63fa", "#FFA15A", "#19d3f3", "#FF6692",
                "#B6E880", "#FF97FF", "#FECB52"],
  sequential: ["#0d0887", "#46039f", "#7201a8", "#9c179e", "#bd3786", "#d8576b", "#ed7953",
               "#fb9f3a", "#fdca26", "#f0f921"],
  diverging: ["#8e0152", "#c51b7d", "#de77ae", "#f1b6da", "#fde0ef", "#e6f5d0", "#b8e186",
              "#7fbc41", "#4d9221", "#276419"],
};

function themeColours(style, themed) {
  const read = (name) => style.getPropertyValue(`--st-chart-${name}-colors`).split(",")
    .map((colour) => colour.trim()).filter(Boolean);
  const colours = {};
  for (const [name, fallback] of Object.entries(PLOTLY_DEFAULT_COLOURS)) {
    const fromTheme = themed ? read(name) : [];
    colours[name] = fromTheme.length >= 10 ? fromTheme : fallback;
  }
  return [...colours.categorical, ...colours.sequential, ...colours.diverging];
}

const PLACEHOLDER = /^#0000(0[1-9]|[12][0-9]|30)$/;
const PLOTLY_DEFAULT_HEIGHT = 450;  // layout.height when a figure sets none
const MIN_TITLE_SHRINK = 0.4;  // a title shrinks to no less than this share of its type size

function replacePlaceholders(value, colours) {
  if (typeof value === "string") {
    const match = PLACEHOLDER.exec(value);
    return match ? colours[Number(match[1]) - 1] : value;
  }
  if (Array.isArray(value)) return value.map((item) => replacePlaceholders(item, colours));
  if (value && typeof value === "object") {
    for (const name of Object.keys(value)) value[name] = replacePlaceholders(value[name], colours);
  }
  return value;
}

// The part of Streamlit's Plotly theme that shows: the app's font, text, grid and background colours.
// Like st.plotly_chart, it goes into the figure's template, so what the figure's layout sets wins.
function streamlitLayout(style) {
  const read = (name, fallback) => style.getPropertyValue(name).trim() || fallback;
  const text = read("--st-text-color", "#31333F");
  const heading = read("--st-heading-color", text);
  const background = read("--st-background-color", "#ffffff");
  const faded = read("--st-gray-color", "#808495");  // tick labels, as st.plotly_chart greys them
  const grid = read("--st-border-color-light", "#e6eaf1");
  const font = read("--st-font", "sans-serif");
  // Automargin, as st.plotly_chart's theme has it. It measures every label and redraws to fit on
  // every update, so the charts redrawn most often (the Playground's) turn it off and set margins.
  const axis = {automargin: true, gridcolor: grid, zerolinecolor: grid, tickcolor: grid,
                tickfont: {color: faded, size: 12}, title: {font: {color: faded, size: 14}}};
  return {
    font: {color: text, family: font, size: 12}, paper_bgcolor: background, plot_bgcolor: background,
    title: {font: {color: heading, family: read("--st-heading-font", font), size: 16},
            xanchor: "left", x: 0},
    legend: {font: {color: text, size: 12}},
    xaxis: {...axis, showgrid: false, zeroline: false}, yaxis: axis,
    hoverlabel: {bgcolor: background, font: {color: text, family: font, size: 12}},
  };
}

function mergeInto(target, defaults) {
  for (const [name, value] of Object.entries(defaults)) {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      target[name] = mergeInto(target[name] && typeof target[name] === "object" ? target[name] : {},
                                value);
    } else {
      target[name] = value;
    }
  }
  return target;
}

function themedFigure(payload, style) {
  const themed = payload.theme === "streamlit";
  const figure = replacePlaceholders(payload.figure, themeColours(style, themed));
  if (themed) {
    figure.layout = figure.layout || {};
    const template = figure.layout.template = figure.layout.template || {};
    template.layout = mergeInto(template.layout || {}, streamlitLayout(style));
    // The theme puts titles at the left; one the figure places itself keeps Plotly's own anchor
    // (a centred title would otherwise start at its middle and run off the chart).
    const title = figure.layout.title;
    if (title && title.x !== undefined && title.xanchor === undefined) title.xanchor = "auto";
  }
  return figure;
}

const TYPED_ARRAYS = {i1: Int8Array, u1: Uint8Array, u1c: Uint8ClampedArray, i2: Int16Array,
                      u2: Uint16Array, i4: Int32Array, u4: Uint32Array, f4: Float32Array,
                      f8: Float64Array};

// Plotly's JSON sends NumPy arrays as {dtype, bdata: base64[, shape: "rows, columns"]}: decode them
// into typed arrays (a 2D one into an array of rows), in place.
function decodeArrays(value) {
  if (!value || typeof value !== "object") return value;
  if (typeof value.bdata === "string" && TYPED_ARRAYS[value.dtype]) {
    const bytes = Uint8Array.from(atob(value.bdata), (c) => c.charCodeAt(0));
    const flat = new TYPED_ARRAYS[value.dtype](bytes.buffer);
    const shape = String(value.shape || flat.length).split(",").map(Number);
    if (shape.length !== 2) return flat;
    return Array.from({length: shape[0]}, (_, row) => flat.subarray(row * shape[1],
                                                                    (row + 1) * shape[1]));
  }
  for (const name of Object.keys(value)) value[name] = decodeArrays(value[name]);
  return value;
}

// Tell Python (webui/chart_events.py) where the student clicks ("click") or drags ("drag") on the
// plot area: pixels from its top left corner, its size and its axes' ranges now (zoomed or not).
const DRAG_INTERVAL_MS = 100;  // a drag sends at most 10 moves a second, its end always
const CLICK_SLOP_PX = 5;  // a press that moves farther is Plotly's zoom or pan, not a click

// Where the plot area is on the screen and what its axes show now (null: not drawn, not linear).
function plotArea(chart) {
  const full = chart._fullLayout, x = full && full.xaxis, y = full && full.yaxis;
  const box = chart.getBoundingClientRect();
  if (!x || !y || x.type !== "linear" || y.type !== "linear" || !box.width) return null;
  return {left: box.left + x._offset, top: box.top + y._offset, width: x._length, height: y._length,
          x_range: [...x.range], y_range: [...y.range]};
}

function plotAreaPoint(area, event) {
  if (!area) return null;
  const {left, top, ...rest} = area;
  return {px: event.clientX - left, py: event.clientY - top, ...rest};
}

function sendEvents(chart, setTriggerValue, kinds) {
  chart.nnlabEventKinds = kinds;
  chart.style.touchAction = kinds.includes("drag") ? "none" : "";  // a finger drags, not scrolls
  if (chart.nnlabEvents) return;
  chart.nnlabEvents = {presses: Math.floor(Math.random() * 2 ** 30)};  // a remount counts on afresh
  const state = chart.nnlabEvents;
  const send = (kind, event, point) => setTriggerValue("event", {
    kind, ...point, shift: Boolean(event.shiftKey), press: state.presses});
  const inside = (point) => point && point.px >= 0 && point.py >= 0 && point.px <= point.width
    && point.py <= point.height;
  const flush = () => {
    clearTimeout(state.timer);
    state.timer = null;
    if (state.pending) send("drag_move", state.pending.event, state.pending.point);
    state.pending = null;
    state.sent = performance.now();
  };
  const release = (event) => {
    const point = plotAreaPoint(state.dragging ? state.area : plotArea(chart), event);
    if (state.dragging) {
      state.dragging = false;
      clearTimeout(state.timer);
      state.timer = null;
      state.pending = null;
      if (point) send("drag_end", event, point);
    } else if (state.down && point && chart.nnlabEventKinds.includes("click")
               && Math.hypot(event.clientX - state.down.x, event.clientY - state.down.y) <= CLICK_SLOP_PX) {
      send("click", event, point);
    }
    state.down = null;
  };
  chart.addEventListener("pointerdown", (event) => {
    // A drag keeps the plot area it began on: while the page reruns, the chart may be hidden a moment.
    state.area = plotArea(chart);
    const point = plotAreaPoint(state.area, event);
    if (!inside(point) || event.button !== 0) return;
    state.down = {x: event.clientX, y: event.clientY};
    state.presses += 1;
    // Plotly covers the page while a button is down: the release reaches the window, not the chart.
    window.addEventListener("pointerup", release, {capture: true, once: true});
    if (chart.nnlabEventKinds.includes("drag")) {
      state.dragging = true;
      state.sent = performance.now();
      chart.setPointerCapture(event.pointerId);
      event.preventDefault();  // the drag is the page's: no mousedown for Plotly, no zoom box, no pan
      event.stopPropagation();
      send("drag_start", event, point);
    }
  }, true);
  chart.addEventListener("pointermove", (event) => {
    if (!state.dragging) return;
    state.pending = {event, point: plotAreaPoint(state.area, event)};
    const wait = DRAG_INTERVAL_MS - (performance.now() - state.sent);
    if (wait <= 0) flush();
    else if (!state.timer) state.timer = setTimeout(flush, wait);
  }, true);
  chart.addEventListener("pointercancel", () => { state.dragging = false; state.down = null; }, true);
}

// A title wider than its chart (a phone's narrow column) is written smaller until it fits; the chart
// keeps the sizes it fitted, for its next figures at the same width.
async function fitTitles(chart, Plotly) {
  for (let tries = 0; tries < 3; tries++) {
    const box = chart.getBoundingClientRect(), room = box.width - 8;
    // How much smaller each title must be to lie inside the chart, shrunk about its middle.
    // Titles: the chart's and annotations placed on the paper (a label at a data point, such as an
    // arrow's, moves with the data and may be dragged to the edge: it is not a title to shrink).
    const full = chart._fullLayout, notes = full.annotations || [];
    const titles = [...chart.querySelectorAll(".gtitle")];
    chart.querySelectorAll(".annotation[data-index]").forEach((note) => {
      const text = note.querySelector(".annotation-text");
      if (text && (notes[Number(note.dataset.index)] || {}).xref === "paper") titles.push(text);
    });
    const fits = Math.min(1, ...titles.map((title) => {
      const own = title.getBoundingClientRect(), middle = (own.left + own.right) / 2;
      // One inside the chart fits (a title the theme puts flush left, too): no shrinking at each redraw.
      if (!own.width || (own.left >= box.left && own.right <= box.right)) return 1;
      return 2 * Math.min(middle - box.left - 4, box.right - 4 - middle) / own.width;
    }));
    if (room <= 0 || fits >= 1) return;
    const shrink = Math.max(MIN_TITLE_SHRINK, fits);
    const sizes = {title: full.title.font.size * shrink,
                   annotations: notes.map((note) => (note.xref === "paper" ? note.font.size * shrink : null))};
    chart.nnlabTitleSizes = {width: room, ...sizes};
    const update = {"title.font.size": sizes.title};
    sizes.annotations.forEach((size, i) => { if (size) update[`annotations[${i}].font.size`] = size; });
    await Plotly.relayout(chart, update);
  }
}

function keepFittedTitles(chart, layout) {
  const fitted = chart.nnlabTitleSizes;
  if (!fitted || fitted.width !== chart.getBoundingClientRect().width - 8) return;
  layout.title = {...(layout.title || {}), font: {...((layout.title || {}).font || {}), size: fitted.title}};
  (layout.annotations || []).forEach((note, i) => {
    if (fitted.annotations[i]) note.font = {...(note.font || {}), size: fitted.annotations[i]};
  });
}

export default function ({ data, parentElement, setTriggerValue }) {
  const chart = parentElement.querySelector(".nnlab-live-chart");
  const message = parentElement.querySelector(".nnlab-live-chart-message");
  // `data` is the UTF-8 JSON {"figure": {...}, "config": {...}, "theme": "streamlit" or null,
  // "events": the kinds of event the page takes from this chart, [] or some of "click", "drag"}.
  const text = new TextDecoder().decode(data);
  if (text === chart.nnlabDrawn) return;  // the same figure again (kept between ticks): no redraw
  const payload = JSON.parse(text);
  chart.nnlabLatest = payload;
  loadPlotly().then((Plotly) => {
    if (chart.nnlabLatest !== payload) return;  // a newer figure arrived while Plotly loaded
    const figure = themedFigure(payload, getComputedStyle(parentElement));
    // Plotly.react recomputes and redraws the whole chart when a data array or the layout's
    // template is another object than last time (and it decodes base64 arrays anew on each call):
    // hand back the very trace and template drawn last time where nothing in them changed, arrays
    // decoded once, so that a new layout picture (figures/raster.py) alone costs only the picture.
    const texts = (figure.data || []).map((trace) => JSON.stringify(trace));
    const drawn = chart.nnlabTraces || [];
    figure.data = (figure.data || []).map((trace, i) => (
      drawn[i] && drawn[i].text === texts[i] ? drawn[i].trace : decodeArrays(trace)));
    const template = JSON.stringify(figure.layout.template);
    if (chart.nnlabTemplate && chart.nnlabTemplate.text === template) {
      figure.layout.template = chart.nnlabTemplate.template;
    }
    // A chart that takes its height from Plotly's default (no layout.height) would have none while
    // Plotly redraws it: hold the div at the height it is drawn at.
    chart.style.minHeight = `${figure.layout.height || PLOTLY_DEFAULT_HEIGHT}px`;
    keepFittedTitles(chart, figure.layout);
    const drawing = Plotly.react(chart, figure.data, figure.layout, {...payload.config, responsive: true});
    chart.nnlabTraces = figure.data.map((trace, i) => ({text: texts[i], trace}));
    chart.nnlabTemplate = {text: template, template: figure.layout.template};
    chart.nnlabDrawn = text;
    message.textContent = "";
    // What the chart shows, with its numbers, for screen readers (set as text, never as markup).
    chart.setAttribute("role", "img");
    chart.setAttribute("aria-label", payload.alt || "");
    if ((payload.events || []).length) sendEvents(chart, setTriggerValue, payload.events);
    return drawing.then(() => fitTitles(chart, Plotly));
  }).catch((error) => {
    message.textContent = `This chart could not be drawn: ${error.message}`;
  });
  // Streamlit also calls this when a newer figure arrived while this call was starting; the chart is
  // still on the page then and must stay drawn. Purge only a chart taken off the page.
  return () => { if (window.Plotly && !chart.isConnected) window.Plotly.purge(chart); };
}

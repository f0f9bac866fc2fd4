// ygraph graph page. Every string from the documents is put on screen as text (textContent, text nodes,
// tooltip elements), never parsed as HTML. Positions come from the build (physics off): hiding and showing
// nodes never moves any of them.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const styleOf = new Map(data.kinds.map((k) => [k.kind, k]));
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const BASE_FONT = 14; // canvas units
  const FIRST_VIEW_FONT = 13; // px on screen for the most important labels at the first view
  const LABEL_LINE = 10; // characters per label line; two lines at most, the whole name in the tooltip

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function tipElement(lines) {
    const box = el("div", "tip");
    for (const [caption, text] of lines) {
      const row = el("div", caption ? "" : "tip-title");
      if (caption) row.appendChild(el("strong", "", caption + "："));
      row.appendChild(document.createTextNode(text));
      box.appendChild(row);
    }
    return box;
  }

  function shortLabel(text) {
    const chars = Array.from(text);
    if (chars.length <= LABEL_LINE + 2) return text;
    const second = chars.slice(LABEL_LINE, 2 * LABEL_LINE);
    if (chars.length > 2 * LABEL_LINE) second[LABEL_LINE - 1] = "…";
    return chars.slice(0, LABEL_LINE).join("") + "\n" + second.join("");
  }

  // Node size by importance rank: the hubs a reader looks for first are drawn larger.
  function nodeSize(rank) {
    const share = rank / Math.max(data.nodes.length, 1);
    return share < 0.05 ? 20 : share < 0.2 ? 14 : 9;
  }

  const nodes = new vis.DataSet(
    data.nodes.map((n) => {
      const style = styleOf.get(n.kind) || {};
      return {
        id: n.id, label: shortLabel(n.label), kind: n.kind, x: n.x, y: n.y, size: nodeSize(n.r),
        title: tipElement(n.tip), shape: style.shape, color: style.color, font: { size: BASE_FONT },
      };
    })
  );
  const edges = new vis.DataSet(
    data.edges.map((e) => ({ id: e.id, from: e.from, to: e.to, relation: e.relation, title: tipElement(e.tip) }))
  );
  const edgeWhen = new Map(data.edges.filter((e) => e.when).map((e) => [e.id, e.when]));

  // Filters: kinds ticked off in the legend, and a date range in day numbers ([from, to), null when open).
  const hiddenKinds = new Set();
  const range = { from: null, to: null };
  function meetsRange(when) {
    if (range.from === null && range.to === null) return true;
    if (!when) return false; // undated: nothing places it inside the range
    const from = range.from === null ? -Infinity : range.from;
    const to = range.to === null ? Infinity : range.to;
    return when.some(([start, end]) => start < to && end > from);
  }
  const nodeView = new vis.DataView(nodes, {
    filter: (n) => !hiddenKinds.has(n.kind) && meetsRange(byId.get(n.id).when),
  });
  const edgeView = new vis.DataView(edges, { filter: (e) => !edgeWhen.has(e.id) || meetsRange(edgeWhen.get(e.id)) });

  const options = {
    physics: { enabled: false },
    layout: { improvedLayout: false },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: true, hideEdgesOnZoom: data.nodes.length > 1000 },
    nodes: {
      font: { size: BASE_FONT, face: "Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif", strokeWidth: 3 },
      // Labels smaller than 9 px on screen are not drawn: less important names appear as the reader zooms in.
      scaling: { label: { enabled: false, drawThreshold: 10, maxVisible: 22 } },
    },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, color: { color: "#b5b5b5" }, smooth: false },
  };
  const container = document.getElementById("network");
  const network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);
  const state = { network, nodes, edges, nodeView, edgeView, stabilized: false, drawn: false, range, labelled: [] };
  window.ygraph = state;
  network.on("afterDrawing", () => {
    if (state.stabilized) state.drawn = true;
  });

  const mainIds = data.nodes.filter((n) => n.c === 0).map((n) => n.id);
  function fitMain() {
    network.fit({ nodes: mainIds, animation: false });
  }

  // Labels by importance, without overlaps. Tier t is legible (FIRST_VIEW_FONT px) from the zoom
  // firstScale * ZOOM_STEP^t on: going down the ranks, a node joins the first tier where its label overlaps
  // no label already shown at that zoom. Tier 0 is the first view; unplaced nodes keep BASE_FONT (drawn from
  // 9 px on).
  const ZOOM_STEP = 1.6;
  const TIERS = 4;
  const metrics = new Map(
    data.nodes.map((n) => {
      const lines = shortLabel(n.label).split("\n");
      return [n.id, { lines: lines.length, chars: Math.max(...lines.map((l) => Array.from(l).length)) }];
    })
  );
  function labelBox(n, font, zoom) {
    const size = Math.min(font, 22 / zoom); // vis caps drawn labels at maxVisible = 22 px
    const { lines, chars } = metrics.get(n.id);
    const top = n.y + nodeSize(n.r) + 2;
    return [n.x - (chars * size) / 2, top, n.x + (chars * size) / 2, top + lines * size * 1.25];
  }
  // Boxes of one zoom in a grid of 200-pixel cells, to compare a label only with its neighbours.
  function boxGrid(zoom) {
    const cell = 200 / zoom;
    const cells = new Map();
    const keys = (b) => {
      const out = [];
      for (let x = Math.floor(b[0] / cell); x <= Math.floor(b[2] / cell); x++)
        for (let y = Math.floor(b[1] / cell); y <= Math.floor(b[3] / cell); y++) out.push(x + "," + y);
      return out;
    };
    const free = (b) => keys(b).every((k) => !(cells.get(k) || []).some((o) => o[0] < b[2] && b[0] < o[2] && o[1] < b[3] && b[1] < o[3]));
    const add = (b) => keys(b).forEach((k) => (cells.get(k) || cells.set(k, []).get(k)).push(b));
    return { zoom, free, add };
  }
  function placeLabels(firstScale) {
    const fonts = Array.from({ length: TIERS }, (_, t) => FIRST_VIEW_FONT / (firstScale * ZOOM_STEP ** t));
    const grids = fonts.map((_, t) => boxGrid(firstScale * ZOOM_STEP ** t));
    const placed = new Map();
    for (const n of [...data.nodes].sort((a, b) => a.r - b.r)) {
      const t = grids.findIndex((g, i) => g.free(labelBox(n, fonts[i], g.zoom)));
      if (t < 0) continue;
      placed.set(n.id, fonts[t]);
      for (let u = t; u < TIERS; u++) grids[u].add(labelBox(n, fonts[t], grids[u].zoom));
    }
    return placed;
  }
  function sizeLabels() {
    const scale = network.getScale();
    const fonts = placeLabels(scale);
    nodes.update(data.nodes.map((n) => ({ id: n.id, font: { size: Math.max(BASE_FONT, fonts.get(n.id) || 0) } })));
    state.labelled = data.nodes.filter((n) => (fonts.get(n.id) || 0) * scale >= FIRST_VIEW_FONT - 0.01).map((n) => n.id);
  }

  function showDetails(id) {
    const details = document.getElementById("details");
    details.replaceChildren();
    details.hidden = id === undefined;
    if (id === undefined) return;
    const node = byId.get(id);
    details.appendChild(tipElement(node.tip));
    if (node.kind === "person") {
      const link = el("a", "tenure-link", "任职与活动时间轴 →");
      link.href = "timeline.html#person=" + encodeURIComponent(node.label);
      details.appendChild(link);
    }
  }
  network.on("select", (params) => showDetails(params.nodes[0]));
  // A dragged node stays where it was put, also after it is hidden and shown again.
  network.on("dragEnd", (params) => {
    const moved = network.getPositions(params.nodes);
    nodes.update(Object.entries(moved).map(([id, p]) => ({ id, x: p.x, y: p.y })));
  });

  function buildLegend() {
    const legend = document.getElementById("legend");
    for (const k of data.kinds) {
      const label = el("label", "legend-item");
      const box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.kind = k.kind;
      box.addEventListener("change", () => {
        if (box.checked) hiddenKinds.delete(k.kind);
        else hiddenKinds.add(k.kind);
        nodeView.refresh();
      });
      const swatch = el("span", "swatch shape-" + k.shape);
      swatch.style.backgroundColor = k.color;
      label.append(box, swatch, document.createTextNode(k.name));
      legend.appendChild(label);
    }
  }

  function buildNames() {
    const list = document.getElementById("search-names");
    const labels = [...new Set(data.nodes.filter((n) => n.kind !== "document").map((n) => n.label))].sort();
    for (const text of labels) {
      const option = el("option");
      option.value = text;
      list.appendChild(option);
    }
  }

  function findNode(query) {
    const q = query.trim();
    if (!q) return null;
    const exact = data.nodes.find((n) => n.label === q || n.id === q);
    return exact || data.nodes.find((n) => n.label.includes(q)) || null;
  }

  function clearFilters(node) {
    if (!meetsRange(node.when)) {
      range.from = range.to = null;
      for (const id of ["date-from", "date-to"]) document.getElementById(id).value = "";
      refreshDates();
    }
    if (hiddenKinds.has(node.kind)) {
      hiddenKinds.delete(node.kind);
      document.querySelector('#legend input[data-kind="' + CSS.escape(node.kind) + '"]').checked = true;
      nodeView.refresh();
    }
  }

  state.search = function (query) {
    const status = document.getElementById("search-status");
    const found = findNode(query);
    if (!found) {
      status.textContent = "未找到：" + query;
      network.unselectAll();
      showDetails(undefined);
      return null;
    }
    clearFilters(found);
    network.selectNodes([found.id]);
    showDetails(found.id);
    network.focus(found.id, { scale: Math.max(network.getScale(), 1), animation: false });
    status.textContent = "已选中：" + found.label;
    return found.id;
  };

  // "2023", "2023-11" or "2023-11-05" as day numbers: the first day it covers, or the day after its last.
  function parseDay(text, after) {
    const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text.trim());
    if (!m) return NaN;
    const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) - 1 : null, m[3] ? Number(m[3]) : null];
    const utc = d !== null ? Date.UTC(y, mo, d + (after ? 1 : 0)) : mo !== null ? Date.UTC(y, mo + (after ? 1 : 0), 1) : Date.UTC(y + (after ? 1 : 0), 0, 1);
    return Math.round(utc / 86400000);
  }

  function refreshDates() {
    const status = document.getElementById("date-status");
    const texts = ["date-from", "date-to"].map((id) => document.getElementById(id).value.trim());
    const [from, to] = [texts[0] ? parseDay(texts[0], false) : null, texts[1] ? parseDay(texts[1], true) : null];
    if (Number.isNaN(from) || Number.isNaN(to)) {
      status.textContent = "日期格式：2023、2023-11 或 2023-11-05";
      return;
    }
    range.from = from;
    range.to = to;
    nodeView.refresh();
    edgeView.refresh();
    status.textContent = from === null && to === null ? "" : "显示 " + nodeView.length + " 个节点（无日期的已隐藏）";
  }

  document.getElementById("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    state.search(document.getElementById("search").value);
  });
  for (const id of ["date-from", "date-to"]) document.getElementById(id).addEventListener("input", refreshDates);
  document.getElementById("fit-main").addEventListener("click", fitMain);
  document.getElementById("fit-all").addEventListener("click", () => network.fit({ animation: false }));
  buildLegend();
  buildNames();
  fitMain();
  sizeLabels();
  const fragments = new Set(data.nodes.filter((n) => n.c > 0).map((n) => n.c)).size;
  document.getElementById("layout-status").textContent = fragments ? "另有 " + fragments + " 个小片段在主体右侧" : "";
  state.stabilized = true;
  network.redraw();
})();

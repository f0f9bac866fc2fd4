// ygraph graph page. Every string from the documents is put on screen as text (textContent, text nodes,
// tooltip elements), never parsed as HTML.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const styleOf = new Map(data.kinds.map((k) => [k.kind, k]));

  function tipElement(lines) {
    const box = document.createElement("div");
    box.className = "tip";
    for (const [caption, text] of lines) {
      const row = document.createElement("div");
      if (caption) {
        const strong = document.createElement("strong");
        strong.textContent = caption + "：";
        row.appendChild(strong);
      } else {
        row.className = "tip-title";
      }
      row.appendChild(document.createTextNode(text));
      box.appendChild(row);
    }
    return box;
  }

  // Large graphs come with positions computed at build time: drawn at once, no physics, hubs drawn larger
  // so their labels stay readable when the whole graph is in view (small labels appear on zooming in).
  const preset = data.options.preset;
  const nodes = new vis.DataSet(
    data.nodes.map((n) => {
      const style = styleOf.get(n.kind) || {};
      const item = { id: n.id, label: n.label, kind: n.kind, date: n.date, title: tipElement(n.tip), shape: style.shape, color: style.color };
      if (preset) Object.assign(item, { x: n.x, y: n.y, value: n.degree });
      return item;
    })
  );
  const edges = new vis.DataSet(
    data.edges.map((e) => ({ id: e.id, from: e.from, to: e.to, relation: e.relation, title: tipElement(e.tip) }))
  );
  const hiddenKinds = new Set();
  const dateRange = { from: "", to: "" };
  // Dates of any precision (2021, 2021-03, 2021-03-15) compare on their common prefix; undated nodes stay.
  function inDateRange(date) {
    if (!date) return true;
    const { from, to } = dateRange;
    if (from && date.slice(0, from.length) < from.slice(0, date.length)) return false;
    if (to && date.slice(0, to.length) > to.slice(0, date.length)) return false;
    return true;
  }
  const nodeView = new vis.DataView(nodes, { filter: (n) => !hiddenKinds.has(n.kind) && inDateRange(n.date) });

  const options = {
    layout: { randomSeed: data.options.seed, improvedLayout: data.options.improvedLayout },
    physics: preset
      ? { enabled: false }
      : {
          solver: "barnesHut",
          barnesHut: { gravitationalConstant: -4000, springLength: 120 },
          stabilization: { enabled: true, iterations: data.options.iterations, updateInterval: 50, fit: true },
        },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: true, hideEdgesOnZoom: preset },
    nodes: {
      font: { size: 14, face: "sans-serif" },
      size: 14,
      scaling: { min: 8, max: 40, label: { enabled: preset, min: 12, max: 36, drawThreshold: 6, maxVisible: 30 } },
    },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, color: { color: "#b5b5b5" }, smooth: false },
  };
  const container = document.getElementById("network");
  const network = new vis.Network(container, { nodes: nodeView, edges: edges }, options);
  const state = { network, nodes, edges, stabilized: false, drawn: false };
  window.ygraph = state;
  network.on("afterDrawing", () => {
    if (state.stabilized) state.drawn = true;
  });

  // Physics stops once the layout has settled (or the iteration bound is reached): a still picture.
  function layoutDone() {
    network.setOptions({ physics: false });
    state.stabilized = true;
    document.getElementById("layout-status").textContent = "布局完成";
  }
  if (data.nodes.length === 0) layoutDone();
  else if (preset) {
    layoutDone();
    network.fit({ animation: false });
  } else network.once("stabilizationIterationsDone", layoutDone);

  // The selected node's details stay on screen (tooltips vanish; long evidence is easier to read here).
  const tipOf = new Map(data.nodes.map((n) => [n.id, n.tip]));
  function showDetails(id) {
    const details = document.getElementById("details");
    details.replaceChildren();
    details.hidden = id === undefined;
    if (id !== undefined) details.appendChild(tipElement(tipOf.get(id)));
  }
  network.on("select", (params) => showDetails(params.nodes[0]));

  function buildLegend() {
    const legend = document.getElementById("legend");
    for (const k of data.kinds) {
      const label = document.createElement("label");
      label.className = "legend-item";
      const box = document.createElement("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.kind = k.kind;
      box.addEventListener("change", () => {
        if (box.checked) hiddenKinds.delete(k.kind);
        else hiddenKinds.add(k.kind);
        nodeView.refresh();
      });
      const swatch = document.createElement("span");
      swatch.className = "swatch shape-" + k.shape;
      swatch.style.backgroundColor = k.color;
      label.append(box, swatch, document.createTextNode(k.name));
      legend.appendChild(label);
    }
  }

  function buildNames() {
    const list = document.getElementById("search-names");
    const labels = [...new Set(data.nodes.filter((n) => n.kind !== "document").map((n) => n.label))].sort();
    for (const text of labels) {
      const option = document.createElement("option");
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

  state.search = function (query) {
    const status = document.getElementById("search-status");
    const found = findNode(query);
    if (!found) {
      status.textContent = "未找到：" + query;
      network.unselectAll();
      showDetails(undefined);
      return null;
    }
    if (!inDateRange(found.date)) {
      dateRange.from = dateRange.to = "";
      for (const id of ["date-from", "date-to"]) document.getElementById(id).value = "";
      nodeView.refresh();
    }
    if (hiddenKinds.has(found.kind)) {
      hiddenKinds.delete(found.kind);
      document.querySelector('#legend input[data-kind="' + CSS.escape(found.kind) + '"]').checked = true;
      nodeView.refresh();
    }
    network.selectNodes([found.id]);
    showDetails(found.id);
    network.focus(found.id, { scale: 1.2, animation: false });
    status.textContent = "已选中：" + found.label;
    return found.id;
  };

  document.getElementById("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    state.search(document.getElementById("search").value);
  });
  for (const [id, bound] of [["date-from", "from"], ["date-to", "to"]]) {
    document.getElementById(id).addEventListener("input", (event) => {
      dateRange[bound] = event.target.value.trim();
      nodeView.refresh();
    });
  }
  buildLegend();
  buildNames();
})();

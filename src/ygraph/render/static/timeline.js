// ygraph timeline page: events on a zoomable time axis in lanes (by type or by person), a reading list for
// printing, and the tenure view (tenure.js). Document text goes on screen through textContent only.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("timeline-data").textContent);
  const { svg, Axis, attach } = window.YTime;
  const typeFilter = document.getElementById("type-filter");
  const personFilter = document.getElementById("person-filter");
  const laneMode = document.getElementById("lane-mode");
  const plot = document.getElementById("axis-svg");
  const GUTTER = 130; // pixels for the lane names
  const ROW = 24;
  const MAX_ROWS = 12; // sub-rows a lane may take before labels give way
  const page = { data, view: "axis", drawn: [] };
  window.ygraphTimeline = page;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function personButton(name, relation) {
    const button = el("button", "person-link", relation ? name + "（" + relation + "）" : name);
    button.type = "button";
    button.dataset.person = name;
    button.addEventListener("click", () => page.showTenure(name));
    return button;
  }

  // Everything known about one event, as text: date, type, place, participants, evidence, sources.
  function eventBlock(e, tag) {
    const item = el(tag, "event");
    item.dataset.id = e.id;
    item.dataset.date = e.date;
    item.dataset.type = e.type;
    const head = el("div", "event-head");
    head.append(el("span", "event-date", e.display_date), el("span", "event-type", e.type_name));
    if (e.place) head.append(el("span", "event-place", "地点：" + e.place));
    if (e.planned) head.append(el("span", "event-type", "（计划）"));
    item.append(head, el("div", "event-title", e.title));
    if (e.participants.length) {
      const people = el("div", "event-people", "人物：");
      for (const p of e.participants) people.append(personButton(p.name, p.relation));
      item.append(people);
    }
    for (const text of e.evidence) item.append(el("blockquote", "event-evidence", text));
    item.append(el("div", "event-sources", "来源：" + e.sources.join("；")));
    return item;
  }

  page.showDetails = function (e) {
    const details = document.getElementById("details");
    details.replaceChildren();
    details.hidden = !e;
    if (!e) return;
    const close = el("button", "close", "关闭");
    close.type = "button";
    close.addEventListener("click", () => page.showDetails(null));
    details.append(close, eventBlock(e, "div"));
  };

  function matches(e) {
    const person = personFilter.value.trim();
    if (typeFilter.value && e.type !== typeFilter.value) return false;
    return !person || e.participants.some((p) => p.name === person || p.name.includes(person));
  }

  // Lanes: [name, events]; by type, or by person (the chosen person first, then by number of events).
  function lanes(shown) {
    const groups = new Map();
    const add = (key, e) => (groups.get(key) || groups.set(key, []).get(key)).push(e);
    if (laneMode.value === "type") {
      for (const t of data.types) groups.set(t.name, []);
      for (const e of shown) add(data.types.find((t) => t.code === e.type).name, e);
    } else {
      for (const e of shown) for (const p of e.participants) add(p.name, e);
    }
    const chosen = personFilter.value.trim();
    return [...groups.entries()]
      .filter(([, events]) => events.length)
      .sort((a, b) => laneMode.value === "type" ? 0 : (b[0] === chosen) - (a[0] === chosen) || b[1].length - a[1].length)
      .slice(0, 40);
  }

  // Sub-rows in a lane: an item goes to the first row where it and its label fit after the last item.
  function stack(events, axis) {
    const ends = [];
    return events.map((e) => {
      const x0 = axis.x(e.span[0]);
      const x1 = Math.max(axis.x(e.span[1]), x0 + 4);
      const right = x1 + Array.from(e.title).length * 12 + 8;
      let row = ends.findIndex((end) => end <= x0);
      if (row < 0 && ends.length < MAX_ROWS) row = ends.push(-Infinity) - 1;
      if (row < 0) row = ends.indexOf(Math.min(...ends));
      ends[row] = Math.max(ends[row], right);
      return { e, x0, x1, row };
    });
  }

  function drawItem(group, item, y) {
    const rect = svg("rect", { x: item.x0, y: y + 4, width: item.x1 - item.x0, height: ROW - 8, rx: 2, class: "item type-" + item.e.type });
    rect.dataset.id = item.e.id;
    rect.dataset.start = item.e.span[0];
    rect.appendChild(svg("title", {}, item.e.display_date + " " + item.e.title));
    rect.addEventListener("click", () => page.showDetails(item.e));
    const label = svg("text", { x: item.x1 + 4, y: y + ROW - 8, class: "item-label" }, item.e.title);
    label.addEventListener("click", () => page.showDetails(item.e));
    group.append(rect, label);
    page.drawn.push({ id: item.e.id, x: item.x0, start: item.e.span[0] });
  }

  function drawLanes(axis, laneList) {
    const group = svg("g");
    let y = 24;
    for (const [name, events] of laneList) {
      const items = stack(events.filter((e) => e.span), axis);
      const rows = Math.max(1, ...items.map((i) => i.row + 1));
      group.append(svg("rect", { x: 0, y, width: axis.right, height: rows * ROW, class: "lane" }));
      group.append(svg("text", { x: 6, y: y + 16, class: "lane-name" }, name));
      for (const item of items) drawItem(group, item, y + item.row * ROW);
      y += rows * ROW + 4;
    }
    return [group, y];
  }

  page.draw = function () {
    const shown = data.events.filter(matches);
    document.getElementById("shown-count").textContent = String(shown.length);
    for (const li of document.getElementById("events").children) li.hidden = !shown.some((e) => e.id === li.dataset.id);
    if (page.view !== "axis") return;
    page.axis.left = GUTTER;
    page.axis.right = Math.max(GUTTER + 100, plot.clientWidth - 10);
    page.drawn = [];
    const [lanesGroup, height] = drawLanes(page.axis, lanes(shown.filter((e) => e.span)));
    const ticks = svg("g", { class: "ticks" });
    page.axis.draw(ticks, height);
    plot.replaceChildren(ticks, lanesGroup);
    plot.setAttribute("height", Math.max(height, 120));
    drawUndated(shown.filter((e) => !e.span));
  };

  function drawUndated(events) {
    const box = document.getElementById("undated-box");
    box.replaceChildren();
    if (!events.length) return;
    box.append(el("h3", "", "日期不详的事件（" + events.length + "）"));
    const list = el("ul");
    for (const e of events) {
      const item = el("li", "undated-item");
      const link = el("button", "event-link", e.title);
      link.type = "button";
      link.dataset.id = e.id;
      link.addEventListener("click", () => page.showDetails(e));
      item.append(link);
      list.append(item);
    }
    box.append(list);
  }

  function extent() {
    const spans = data.events.filter((e) => e.span).map((e) => e.span);
    for (const posts of Object.values(data.tenures)) for (const p of posts) if (p.span) spans.push(p.span);
    if (!spans.length) return [0, 365];
    const d0 = Math.min(...spans.map((s) => s[0]));
    const d1 = Math.max(...spans.map((s) => s[1]));
    const pad = Math.max(15, (d1 - d0) * 0.03);
    return [d0 - pad, d1 + pad];
  }

  page.setView = function (view) {
    page.view = view;
    for (const id of ["axis", "tenure", "list"]) document.getElementById(id + "-view").hidden = id !== view;
    for (const b of document.querySelectorAll("#views button")) b.setAttribute("aria-pressed", String(b.dataset.view === view));
    document.body.dataset.view = view;
    if (view === "axis") page.draw();
    if (view === "tenure") page.drawTenure();
  };

  function setup() {
    for (const t of data.types) {
      const option = el("option", "", t.name);
      option.value = t.code;
      typeFilter.append(option);
    }
    const names = document.getElementById("person-names");
    for (const name of data.people) names.append(Object.assign(el("option"), { value: name }));
    for (const e of data.events) document.getElementById("events").append(eventBlock(e, "li"));
    for (const b of document.querySelectorAll("#views button")) b.addEventListener("click", () => page.setView(b.dataset.view));
    typeFilter.addEventListener("change", page.draw);
    personFilter.addEventListener("input", () => {
      if (data.people.includes(personFilter.value.trim())) laneMode.value = "person";
      page.draw();
    });
    laneMode.addEventListener("change", page.draw);
    const current = () => (page.view === "tenure" ? page.tenureAxis : page.axis);
    document.getElementById("zoom-in").addEventListener("click", () => current().zoom(1.5));
    document.getElementById("zoom-out").addEventListener("click", () => current().zoom(1 / 1.5));
    document.getElementById("zoom-fit").addEventListener("click", () => current().fit());
    document.getElementById("print-list").addEventListener("click", () => {
      page.setView("list");
      window.print();
    });
    window.addEventListener("resize", () => page.setView(page.view));
  }

  page.axis = new Axis(extent(), () => page.draw());
  attach(plot, page.axis);
  setup();
  page.setView("axis");
  page.ready = true;
})();

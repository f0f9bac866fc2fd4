// Tenure view of timeline.html: one person's posts as bars from the first to the last observation, each
// observation marked, and the events they took part in as marks on the same axis. Nothing is drawn beyond
// what was observed. Reached from the graph page (timeline.html#person=NAME) and from any person button.
"use strict";
(function () {
  const page = window.ygraphTimeline;
  const data = page.data;
  const { svg, Axis, attach } = window.YTime;
  const plot = document.getElementById("tenure-svg");
  const GUTTER = 220;
  const ROW = 28;

  function posts(name) {
    return data.tenures[name] || [];
  }

  function eventsOf(name) {
    return data.events.filter((e) => e.span && e.participants.some((p) => p.name === name));
  }

  // The person shown when none was chosen: the one with the most observed posts, then events.
  function defaultPerson() {
    const weight = (name) => posts(name).reduce((sum, p) => sum + p.points.length, 0) * 100 + eventsOf(name).length;
    return [...data.people].sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : 1))[0] || "";
  }

  function extentOf(name) {
    const spans = posts(name).filter((p) => p.span).map((p) => p.span).concat(eventsOf(name).map((e) => e.span));
    if (!spans.length) return [0, 365];
    const d0 = Math.min(...spans.map((s) => s[0]));
    const d1 = Math.max(...spans.map((s) => s[1]));
    const pad = Math.max(20, (d1 - d0) * 0.05);
    return [d0 - pad, d1 + pad];
  }

  function mark(axis, span, y, height, className) {
    const x0 = axis.x(span[0]);
    const width = Math.max(axis.x(span[1]) - x0, 6);
    const x = axis.x(span[1]) - x0 < 6 ? (axis.x(span[0]) + axis.x(span[1])) / 2 - 3 : x0;
    return svg("rect", { x, y, width, height, class: className, rx: 2 });
  }

  function drawPost(group, axis, post, y) {
    group.append(svg("text", { x: 6, y: y + 18, class: "lane-name" }, post.position));
    if (post.span) {
      const bar = mark(axis, post.span, y + 6, ROW - 12, "tenure-bar");
      bar.dataset.position = post.position;
      bar.appendChild(svg("title", {}, post.position + " " + post.display));
      group.append(bar);
    }
    for (const point of post.points) {
      const obs = mark(axis, point, y + 3, ROW - 6, "observation");
      obs.appendChild(svg("title", {}, "见报日期"));
      group.append(obs);
    }
  }

  function drawEvents(group, axis, events, y) {
    group.append(svg("text", { x: 6, y: y + 18, class: "lane-name" }, "参加的活动"));
    for (const e of events) {
      const m = mark(axis, e.span, y + 4, ROW - 8, "event-mark type-" + e.type);
      m.dataset.id = e.id;
      m.appendChild(svg("title", {}, e.display_date + " " + e.title));
      m.addEventListener("click", () => page.showDetails(e));
      group.append(m);
    }
  }

  function drawList(name) {
    const list = document.getElementById("tenure-list");
    list.replaceChildren();
    for (const p of posts(name)) {
      const item = document.createElement("li");
      const count = p.points.length + (p.undated ? 1 : 0);
      item.textContent = p.position + "：" + p.display + "，见报 " + count + " 次（" + p.sources.join("；") + "）";
      list.append(item);
    }
  }

  page.drawTenure = function () {
    const name = page.tenurePerson || (page.tenurePerson = defaultPerson());
    document.getElementById("tenure-title").textContent = name ? name + " 的任职与活动" : "没有人物";
    if (!page.tenureAxis || page.tenureAxis.person !== name) {
      page.tenureAxis = new Axis(extentOf(name), () => page.drawTenure());
      page.tenureAxis.person = name;
    }
    const axis = page.tenureAxis;
    axis.left = GUTTER;
    axis.right = Math.max(GUTTER + 100, plot.clientWidth - 10);
    const group = svg("g");
    let y = 24;
    for (const post of posts(name)) {
      drawPost(group, axis, post, y);
      y += ROW;
    }
    drawEvents(group, axis, eventsOf(name), y + 6);
    const ticks = svg("g", { class: "ticks" });
    axis.draw(ticks, y + ROW + 6);
    plot.replaceChildren(ticks, group);
    plot.setAttribute("height", y + ROW + 12);
    drawList(name);
  };

  page.showTenure = function (name) {
    page.tenurePerson = name;
    page.setView("tenure");
  };

  attach(plot, {
    zoom: (factor, x) => page.tenureAxis && page.tenureAxis.zoom(factor, x),
    pan: (dx) => page.tenureAxis && page.tenureAxis.pan(dx),
  });
  document.getElementById("person-filter").addEventListener("input", (event) => {
    const name = event.target.value.trim();
    if (page.view === "tenure" && data.people.includes(name)) page.showTenure(name);
  });
  const match = /^#person=(.+)$/.exec(window.location.hash);
  if (match) page.showTenure(decodeURIComponent(match[1]));
})();

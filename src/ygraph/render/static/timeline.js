// ygraph timeline page. Document text goes on screen through textContent only.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("timeline-data").textContent);
  const list = document.getElementById("events");
  const typeFilter = document.getElementById("type-filter");
  const personFilter = document.getElementById("person-filter");

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
    button.addEventListener("click", () => showPerson(name));
    return button;
  }

  function eventItem(e) {
    const item = el("li", "event");
    item.dataset.id = e.id;
    item.dataset.date = e.date;
    item.dataset.precision = e.precision;
    item.dataset.type = e.type;
    const head = el("div", "event-head");
    head.append(el("span", "event-date", e.display_date), el("span", "event-type", e.type));
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

  function matches(e) {
    const type = typeFilter.value;
    const person = personFilter.value.trim();
    if (type && e.type !== type) return false;
    if (person && !e.participants.some((p) => p.name === person || p.name.includes(person))) return false;
    return true;
  }

  function applyFilters() {
    let shown = 0;
    data.events.forEach((e, i) => {
      const visible = matches(e);
      list.children[i].hidden = !visible;
      if (visible) shown += 1;
    });
    document.getElementById("shown-count").textContent = String(shown);
  }

  function showPerson(name) {
    document.getElementById("person-panel").hidden = false;
    document.getElementById("person-name").textContent = name;
    const positions = document.getElementById("person-positions");
    positions.replaceChildren();
    for (const p of data.positions[name] || []) positions.append(el("li", "", p.span + " " + p.position));
    const events = document.getElementById("person-events");
    events.replaceChildren();
    for (const e of data.events.filter((x) => x.participants.some((p) => p.name === name))) {
      events.append(el("li", "", e.display_date + " " + e.title));
    }
    personFilter.value = name;
    applyFilters();
  }

  for (const type of data.types) {
    const option = el("option", "", type);
    option.value = type;
    typeFilter.append(option);
  }
  const names = document.getElementById("person-names");
  for (const name of data.people) {
    const option = document.createElement("option");
    option.value = name;
    names.append(option);
  }
  for (const e of data.events) list.append(eventItem(e));
  typeFilter.addEventListener("change", applyFilters);
  personFilter.addEventListener("input", applyFilters);
  window.ygraphTimeline = { data, showPerson, applyFilters };
})();

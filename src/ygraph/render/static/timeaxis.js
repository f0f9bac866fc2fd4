// A zoomable time axis drawn in SVG, shared by the timeline and tenure views of timeline.html.
// Time is in day numbers (days since 1970-01-01); x is linear in time, so gaps are proportional to time.
"use strict";
window.YTime = (function () {
  const DAY_MS = 86400000;
  const SVG_NS = "http://www.w3.org/2000/svg";
  const MIN_SPAN = 14; // days: the closest zoom

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function toDay(y, m, d) {
    return Math.round(Date.UTC(y, m, d) / DAY_MS);
  }

  function parts(day) {
    const date = new Date(day * DAY_MS);
    return [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  }

  // Tick days and labels for the days [d0, d1) drawn at `perDay` pixels a day: years, months or days,
  // whichever leaves about 70 pixels between labels.
  function ticks(d0, d1, perDay) {
    const out = [];
    const [y0] = parts(d0);
    if (perDay * 365 < 70) {
      const step = [1, 2, 5, 10, 20, 50].find((s) => perDay * 365 * s >= 70) || 100;
      for (let y = Math.floor(y0 / step) * step; toDay(y, 0, 1) < d1; y += step) out.push([toDay(y, 0, 1), y + "年"]);
    } else if (perDay * 30.4 < 70) {
      const step = [1, 2, 3, 6].find((s) => perDay * 30.4 * s >= 70) || 12;
      for (let m = 0; toDay(y0, m, 1) < d1; m += step) {
        const [y, mo] = parts(toDay(y0, m, 1));
        out.push([toDay(y0, m, 1), mo === 0 ? y + "年" : mo + 1 + "月"]);
      }
    } else {
      const step = [1, 2, 5, 10].find((s) => perDay * s >= 70) || 15;
      for (let d = d0 - (d0 % step); d < d1; d += step) {
        const [y, mo, da] = parts(d);
        out.push([d, da === 1 ? (mo === 0 ? y + "年" : "") + (mo + 1) + "月1日" : da + "日"]);
      }
    }
    return out.filter(([d]) => d >= d0 && d < d1);
  }

  // An axis over [left, right] pixels showing the days [d0, d1); `onChange` runs after every zoom or pan.
  function Axis(extent, onChange) {
    this.full = extent.slice();
    this.d0 = extent[0];
    this.d1 = extent[1];
    this.left = 0;
    this.right = 1;
    this.onChange = onChange;
  }
  Axis.prototype.x = function (day) {
    return this.left + ((day - this.d0) * (this.right - this.left)) / (this.d1 - this.d0);
  };
  Axis.prototype.day = function (x) {
    return this.d0 + ((x - this.left) * (this.d1 - this.d0)) / (this.right - this.left);
  };
  Axis.prototype.perDay = function () {
    return (this.right - this.left) / (this.d1 - this.d0);
  };
  Axis.prototype.show = function (d0, d1) {
    const span = Math.max(MIN_SPAN, d1 - d0);
    const mid = (d0 + d1) / 2;
    this.d0 = mid - span / 2;
    this.d1 = mid + span / 2;
    this.onChange();
  };
  Axis.prototype.zoom = function (factor, atX) {
    const at = this.day(atX === undefined ? (this.left + this.right) / 2 : atX);
    const span = Math.max(MIN_SPAN, Math.min((this.full[1] - this.full[0]) * 4, (this.d1 - this.d0) / factor));
    const share = (at - this.d0) / (this.d1 - this.d0);
    this.d0 = at - share * span;
    this.d1 = this.d0 + span;
    this.onChange();
  };
  Axis.prototype.pan = function (dx) {
    const days = (dx * (this.d1 - this.d0)) / (this.right - this.left);
    this.d0 -= days;
    this.d1 -= days;
    this.onChange();
  };
  Axis.prototype.fit = function () {
    this.show(this.full[0], this.full[1]);
  };

  // Tick lines over `height` pixels and their labels along the top.
  Axis.prototype.draw = function (group, height) {
    for (const [day, label] of ticks(Math.floor(this.d0), Math.ceil(this.d1), this.perDay())) {
      const x = this.x(day);
      if (x < this.left || x > this.right) continue;
      group.appendChild(svg("line", { x1: x, x2: x, y1: 18, y2: height, class: "tick" }));
      if (label) group.appendChild(svg("text", { x: x + 3, y: 13, class: "tick-label" }, label));
    }
  };

  // Wheel zooms around the pointer, dragging pans.
  function attach(element, axis) {
    element.addEventListener("wheel", (event) => {
      event.preventDefault();
      const box = element.getBoundingClientRect();
      axis.zoom(Math.exp(-event.deltaY * 0.002), event.clientX - box.left);
    }, { passive: false });
    let dragX = null;
    element.addEventListener("pointerdown", (event) => {
      if (event.button === 0 && event.target.tagName !== "rect") dragX = event.clientX;
    });
    window.addEventListener("pointermove", (event) => {
      if (dragX === null) return;
      axis.pan(event.clientX - dragX);
      dragX = event.clientX;
    });
    window.addEventListener("pointerup", () => (dragX = null));
  }

  return { svg, ticks, Axis, attach, toDay, parts };
})();

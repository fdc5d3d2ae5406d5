// provenance HTML report: filters and finding navigation. Inlined; reads only the DOM.
(function () {
  "use strict";
  var body = document.body;
  var panel = document.querySelector("aside.panel");
  var items = Array.prototype.slice.call(document.querySelectorAll("li.finding"));
  var shown = document.getElementById("shown");
  var current = null;

  function visible(li) { return li.offsetParent !== null; }

  function updateShown() {
    if (!shown) return;
    var n = 0;
    for (var i = 0; i < items.length; i++) if (visible(items[i])) n++;
    shown.textContent = n === items.length ? "Showing all " + n + " findings" : "Showing " + n + " of " + items.length + " findings";
  }

  // Kind and severity filters: one class on <body> each; the stylesheet hides what they name.
  document.querySelectorAll("input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      body.classList.toggle("hide-k-" + box.getAttribute("data-kind"), !box.checked);
      box.closest(".chip").classList.toggle("off", !box.checked);
      updateShown();
    });
  });
  document.querySelectorAll("input[name=sev]").forEach(function (radio) {
    radio.addEventListener("change", function () {
      body.classList.remove("min-sev-1", "min-sev-2");
      if (radio.value !== "0") body.classList.add("min-sev-" + radio.value);
      updateShown();
    });
  });
  var onlyChanged = document.getElementById("only-changed");
  if (onlyChanged) onlyChanged.addEventListener("change", function () {
    body.classList.toggle("only-changed", onlyChanged.checked);
  });

  function clear() {
    document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
    current = null;
  }

  // Scroll so that every highlighted piece of the finding is in view when they fit together
  // (source and derived side stand in the same row for most findings), else the first one.
  function reveal(els) {
    if (!els.length) return;
    var top = Infinity, bottom = -Infinity;
    els.forEach(function (el) {
      var r = el.getBoundingClientRect();
      top = Math.min(top, r.top); bottom = Math.max(bottom, r.bottom);
    });
    var head = document.querySelector(".row.head");
    var reserved = head ? head.getBoundingClientRect().height : 0;
    var room = window.innerHeight - reserved;
    if (bottom - top <= room * 0.9) {
      window.scrollBy(0, (top + bottom) / 2 - (reserved + room / 2));
    } else {
      window.scrollBy(0, top - reserved - 16);
    }
  }

  function keepInPanel(li) {
    if (!panel || panel.scrollHeight <= panel.clientHeight) return;
    var r = li.getBoundingClientRect(), p = panel.getBoundingClientRect();
    if (r.top < p.top || r.bottom > p.bottom) panel.scrollTop += r.top - p.top - p.height / 3;
  }

  function activate(id, fromText) {
    clear();
    var li = document.getElementById("f" + id);
    var els = Array.prototype.slice.call(document.querySelectorAll(".row .f" + id));
    if (li) li.classList.add("active");
    els.forEach(function (el) {
      el.classList.add("active");
      el.classList.remove("flash"); void el.offsetWidth; el.classList.add("flash");
    });
    current = id;
    if (!fromText) {
      reveal(els);
      // Rows just brought on screen get their real height at the next frame (content-visibility):
      // look again once they have it, and settle the position if they pushed the finding away.
      requestAnimationFrame(function () { requestAnimationFrame(function () { if (current === id) reveal(els); }); });
    }
    if (li) keepInPanel(li);
    if (history.replaceState) history.replaceState(null, "", "#f" + id);
  }

  items.forEach(function (li) {
    li.addEventListener("click", function () { activate(li.getAttribute("data-f"), false); });
    li.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); activate(li.getAttribute("data-f"), false); }
    });
  });

  // A click on a highlight in the text selects its (first) finding in the list.
  var grid = document.querySelector(".grid");
  if (grid) grid.addEventListener("click", function (e) {
    var el = e.target.closest("[data-f]");
    if (!el || e.target.closest("a")) return;
    var ids = el.getAttribute("data-f").split(" ");
    var next = ids[(ids.indexOf(String(current)) + 1) % ids.length];  // cycle through overlapping ones
    activate(next, true);
  });

  // j / k: next / previous visible finding; Escape: clear.
  document.addEventListener("keydown", function (e) {
    if (e.target.closest && e.target.closest("input, textarea, select")) return;
    if (e.key === "Escape") { clear(); return; }
    if (e.key !== "j" && e.key !== "k") return;
    var list = items.filter(visible);
    if (!list.length) return;
    var at = list.findIndex(function (li) { return li.getAttribute("data-f") === String(current); });
    var next = e.key === "j" ? (at + 1) % list.length : (at <= 0 ? list.length - 1 : at - 1);
    activate(list[next].getAttribute("data-f"), false);
    list[next].focus({ preventScroll: true });
  });

  // The count shown at first is written in the page: no layout is forced while it loads.
  var m = /^#f(\d+)$/.exec(location.hash);
  if (m) activate(m[1], false);
})();

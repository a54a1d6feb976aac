// The item browser: filters, search and pages over the items embedded as JSON in this page.
// Rows are built with createElement and textContent only, never from HTML strings, so nothing in an
// export can become markup or script; links are kept only when they are http(s). Every word shown comes
// from the translated labels block, never from this file.
(function () {
  "use strict";
  // Marks for bench/report_open.py: when the script starts, the items are inflated and parsed.
  function mark(name) { if (performance.mark) { performance.mark("ai-exposure:" + name); } }
  mark("script");
  var PAGE = 50;
  var root = document.getElementById("browse");
  if (!root) { return; }
  var countLine = document.getElementById("result-count");
  var tbody = document.querySelector("#item-table tbody");
  var pager = root.querySelector(".pager");
  var pageOf = pager.querySelector(".page-of");
  var form = document.getElementById("filters");

  var meta;
  try {
    meta = JSON.parse(document.getElementById("ai-exposure-labels").textContent);
  } catch (err) {
    return;
  }
  var L = meta.labels, M = meta.model;
  var rows, evidence, reasons, urls;
  form.hidden = false;  // the controls work from here on (filters chosen while loading apply once loaded)
  var SAFE_URL = /^https?:\/\//i;

  // The items are embedded gzip-compressed and base64-encoded (a third of the size of plain JSON);
  // the browser's own DecompressionStream inflates them: nothing is fetched from anywhere.
  function bytesOf(b64) {
    if (typeof Uint8Array.fromBase64 === "function") { return Uint8Array.fromBase64(b64); }
    var bin = atob(b64), out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { out[i] = bin.charCodeAt(i); }
    return out;
  }
  function inflate(b64) {
    var stream = new Blob([bytesOf(b64)]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text();
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole;
    });
  }
  function num(n) { return n.toLocaleString(document.documentElement.lang || undefined); }
  // Dates as the page's language writes them ("3 nov. 2025", "Nov 3, 2025"); ISO where Intl cannot.
  var dayFormat = null;
  try {
    dayFormat = new Intl.DateTimeFormat(document.documentElement.lang || undefined,
      { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  } catch (e) { dayFormat = null; }
  function day(iso) {
    if (!iso || !dayFormat) { return iso; }
    var d = new Date(iso + "T00:00:00Z");
    return isNaN(d.getTime()) ? iso : dayFormat.format(d);
  }
  function lookup(table, v) { return typeof v === "number" ? (table[v] || "") : (v || ""); }
  function link(r) {
    if (r[9] < 0) { return ""; }
    var u = lookup(urls, r[9]) + r[10];
    return SAFE_URL.test(u) ? u : "";
  }

  // Search text for every row: built in small slices once the page is shown (opening stays fast and
  // the page stays responsive), or at once if the user searches before it is done.
  var haystack = [], built = 0, SLICE = 10000;
  function searchText(r) {
    return (r[6] + "\u0001" + lookup(evidence, r[7]) + "\u0001" + lookup(reasons, r[8]) + "\u0001" +
      (L.kinds[M.kinds[r[1]]] || "") + "\u0001" + r[5]).toLowerCase();
  }
  function buildSome(limit) {
    var end = Math.min(rows.length, built + limit);
    for (; built < end; built++) { haystack[built] = searchText(rows[built]); }
  }
  function buildHaystack() { buildSome(rows.length); }
  function buildInBackground() {
    if (built >= rows.length) { return; }
    buildSome(SLICE);
    setTimeout(buildInBackground, 0);
  }

  var matches = null;  // null: every row, in order
  var page = 0;
  var draws = 0;  // counted on the count line, so a test can tell a new result from an old one

  function current() {
    var f = new FormData(form);
    return {
      platform: M.platforms.indexOf(f.get("platform")),
      kind: M.kinds.indexOf(f.get("kind")),
      visibility: M.visibilities.indexOf(f.get("visibility")),
      ai: M.ai_levels.indexOf(f.get("ai")),
      personal: f.get("personal") === "1",
      q: String(f.get("q") || "").trim().toLowerCase()
    };
  }

  function applyFilters() {
    if (!rows) { return; }  // still loading: start() applies the filters
    var c = current();
    if (c.platform < 0 && c.kind < 0 && c.visibility < 0 && c.ai < 0 && !c.q && !c.personal) {
      matches = null;
    } else {
      if (c.q && built < rows.length) { buildHaystack(); }
      var words = c.q ? c.q.split(/\s+/) : [];
      var out = [];
      for (var i = 0; i < rows.length; i++) {
        var r = rows[i];
        if (c.platform >= 0 && r[0] !== c.platform) { continue; }
        if (c.kind >= 0 && r[1] !== c.kind) { continue; }
        if (c.visibility >= 0 && r[2] !== c.visibility) { continue; }
        if (c.ai >= 0 && r[3] !== c.ai) { continue; }
        if (c.personal && !r[13]) { continue; }
        var ok = true;
        for (var w = 0; w < words.length; w++) {
          if (haystack[i].indexOf(words[w]) < 0) { ok = false; break; }
        }
        if (ok) { out.push(i); }
      }
      matches = out;
    }
    page = 0;
    draw();
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function rowElement(r) {
    var tr = el("tr", "vis-" + M.visibilities[r[2]]);
    tr.appendChild(el("td", "date", r[5] ? day(r[5]) : L.undated));
    var kind = el("td", "kind");
    kind.appendChild(el("span", "pf pf-" + M.platforms[r[0]], L.platforms[M.platforms[r[0]]] || M.platforms[r[0]]));
    kind.appendChild(document.createTextNode(" " + (L.kinds[M.kinds[r[1]]] || M.kinds[r[1]])));
    if (!r[12]) { kind.appendChild(document.createTextNode(" ")); kind.appendChild(el("span", "tag", L.notYours)); }
    if (r[13]) { kind.appendChild(document.createTextNode(" ")); kind.appendChild(el("span", "tag personal", L.personal)); }
    tr.appendChild(kind);
    var text = el("td", "text");
    if (r[6]) {
      text.appendChild(el("span", null, r[6]));
    } else {
      var what = meta.noText ? L.textHidden : L.noText;
      if (r[11]) { what += "; " + fill(L.media, { n: num(r[11]) }); }
      text.appendChild(el("span", "muted", "(" + what + ")"));
    }
    var href = link(r);
    if (href) {
      var a = el("a", "open", L.open);
      a.href = href;
      a.rel = "noreferrer noopener";
      a.target = "_blank";
      a.title = L.openLabel;
      text.appendChild(document.createTextNode(" "));
      text.appendChild(a);
    }
    tr.appendChild(text);
    var vis = el("td");
    vis.appendChild(el("strong", "v-" + M.visibilities[r[2]], L.visibilities[M.visibilities[r[2]]]));
    vis.appendChild(el("span", "conf", " (" + L.confidences[M.confidences[r[4]]] + ")"));
    vis.appendChild(el("span", "evidence", lookup(evidence, r[7])));
    tr.appendChild(vis);
    var ai = el("td");
    ai.appendChild(el("strong", "ai-" + M.ai_levels[r[3]], L.ai[M.ai_levels[r[3]]]));
    ai.appendChild(el("span", "evidence", lookup(reasons, r[8])));
    tr.appendChild(ai);
    return tr;
  }

  function draw() {
    var total = matches === null ? rows.length : matches.length;
    var pages = Math.max(1, Math.ceil(total / PAGE));
    if (page >= pages) { page = pages - 1; }
    var start = page * PAGE, end = Math.min(total, start + PAGE);
    var frag = document.createDocumentFragment();
    for (var i = start; i < end; i++) {
      frag.appendChild(rowElement(rows[matches === null ? i : matches[i]]));
    }
    tbody.replaceChildren(frag);
    if (rows.length === 0) {
      countLine.textContent = L.empty;
      form.hidden = true;
    } else if (total === 0) {
      countLine.textContent = L.none;
    } else {
      var words = matches === null ? L.countAll : (total === 1 ? L.countOne : L.count);
      countLine.textContent = fill(words, { total: num(total), from: num(start + 1), to: num(end) });
    }
    draws += 1;
    countLine.setAttribute("data-draws", String(draws));
    pager.hidden = pages < 2;
    pageOf.textContent = fill(L.pageOf, { page: num(page + 1), pages: num(pages) });
    pager.querySelector("[data-page=prev]").disabled = page === 0;
    pager.querySelector("[data-page=next]").disabled = page >= pages - 1;
  }

  // The link under the personal-data findings: it ticks the box and filters the list.
  var showPersonal = document.getElementById("show-personal");
  var personalBox = form.querySelector("input[name=personal]");
  if (showPersonal && personalBox) {
    showPersonal.hidden = false;
    showPersonal.addEventListener("click", function () {
      personalBox.checked = true;
      applyFilters();
    });
  }

  var timer = null;
  form.addEventListener("input", function (ev) {
    clearTimeout(timer);
    timer = setTimeout(applyFilters, ev.target.name === "q" ? 150 : 0);
  });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); applyFilters(); });
  pager.addEventListener("click", function (ev) {
    var which = ev.target.getAttribute && ev.target.getAttribute("data-page");
    if (!which || !rows) { return; }
    page += which === "next" ? 1 : -1;
    draw();
    root.scrollIntoView({ block: "start" });
  });

  function start(data) {
    rows = data.rows; evidence = data.evidence; reasons = data.reasons; urls = data.urls;
    haystack = new Array(rows.length);
    var c = current();
    // Filters chosen while the items were loading apply now; otherwise the first page is drawn.
    if (c.platform >= 0 || c.kind >= 0 || c.visibility >= 0 || c.ai >= 0 || c.q || c.personal) {
      applyFilters();
    } else {
      draw();
    }
    document.documentElement.setAttribute("data-browser-ready", String(Math.round(performance.now())));
    setTimeout(buildInBackground, 250);
  }

  var source = document.getElementById("ai-exposure-items");
  var packed = source ? source.textContent : "";
  if (source) { source.textContent = ""; }  // the decoded items are all that is kept
  var loading;
  try {
    loading = inflate(packed);
  } catch (err) {
    loading = Promise.reject(err);
  }
  loading.then(function (text) {
    mark("inflated");
    var data = JSON.parse(text);
    mark("parsed");
    start(data);
  }).catch(function () {
    countLine.textContent = L.failed;
  });
})();

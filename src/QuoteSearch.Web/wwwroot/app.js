// QuoteSearch UI: four pages (search, speakers, speaker, article) over the JSON API.
// Everything from the index is inserted as text, never as HTML, except the server's highlight,
// which is escaped by the server and re-checked here (only <mark> survives).
"use strict";

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    if (key === "text") node.textContent = value;
    else if (key === "className") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

// Only http(s) and same-site links are ever put into href.
function safeHref(url) {
  try {
    const parsed = new URL(url, location.origin);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch { return null; }
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(body.detail || body.title || `HTTP ${response.status}`);
    error.body = body;
    throw error;
  }
  return body;
}

// The server's highlight is HTML-escaped text with <mark> around matches: rebuild it from text nodes.
function highlighted(html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  const fragment = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) fragment.append(node.textContent);
    else if (node.nodeName === "MARK") fragment.append(el("mark", { text: node.textContent }));
    else fragment.append(node.textContent || "");
  }
  return fragment;
}

function speakerLink(speaker) {
  if (!speaker) return el("span", { text: "unattributed" });
  return el("a", { href: `/speaker.html?id=${encodeURIComponent(speaker.id)}`, text: speaker.name });
}

// What a reader calls each kind: a reported statement is the article's words, so it gets no quote marks.
const kindLabels = { direct: "quote", partial: "partial quote", indirect: "statement" };
const isStatement = (hit) => hit.kind === "indirect";

// “Words” — Speaker, Outlet, 2024-03-05, https://host/article.html?id=...#p4 (a statement without quote marks).
// The comma that led into "said X" is the article's punctuation, not the speaker's: it is dropped.
function citation(hit) {
  const words = hit.quote.trim().replace(/[,;:]+$/, "");
  const cited = isStatement(hit) ? words : `“${words}”`;
  const by = [hit.speaker ? hit.speaker.name : "unattributed", hit.article.outlet, hit.article.published,
    new URL(hit.link, location.origin).href];
  return `${cited} — ${by.filter(Boolean).join(", ")}`;
}

// Copies the citation; where the clipboard is refused, the citation is shown for copying by hand.
function citeButton(hit) {
  const text = citation(hit);
  const button = el("button", { type: "button", className: "cite", "data-citation": text, text: "Copy citation" });
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = "Copied";
    } catch {
      button.replaceWith(el("span", { className: "citation", text }));
    }
  });
  return button;
}

// A statement is shown in its sentence (the API's context), its own words marked, so the reader sees the article's
// report around them; without a context holding the words, the words alone.
function statementWords(hit) {
  const at = hit.context ? hit.context.indexOf(hit.quote) : -1;
  if (at < 0) return [highlighted(hit.highlighted)];
  return [hit.context.slice(0, at), el("mark", { className: "said" }, highlighted(hit.highlighted)),
    hit.context.slice(at + hit.quote.length)];
}

function quoteItem(hit) {
  const source = [hit.article.outlet, hit.article.published].filter(Boolean).join(", ");
  const words = isStatement(hit) ? statementWords(hit) : ["“", highlighted(hit.highlighted), "”"];
  return el("li", {},
    el("p", { className: isStatement(hit) ? "quote statement" : "quote" }, ...words),
    el("p", { className: "who" },
      "— ", speakerLink(hit.speaker),
      hit.speaker && hit.speaker.role ? `, ${hit.speaker.role}` : "",
      " · ", el("span", { className: "kind", title: hit.kind, text: kindLabels[hit.kind] || hit.kind }),
      " · ", el("cite", { text: hit.article.title || hit.article.id }),
      source ? ` (${source})` : "",
      " · ", el("a", { href: hit.link, className: "source", text: `source ¶${hit.paragraph}`, "aria-label": `source paragraph ${hit.paragraph}` }),
      " ", citeButton(hit)),
    hit.carriedBy > 1 ? carriedBy(hit) : null);
}

// "Carried by N articles" opens the group: first seen (day, outlet) and each article with its outlet, date and a
// link to the paragraph. Fetched once, on first opening; a failure says so and the next opening tries again.
function carriedBy(hit) {
  const panel = el("div", { className: "group-body", role: "status", "aria-live": "polite" });
  const details = el("details", { className: "group" }, el("summary", { text: `Carried by ${hit.carriedBy} articles` }), panel);
  let loaded = false;
  details.addEventListener("toggle", async () => {
    if (!details.open || loaded) return;
    loaded = true;
    panel.textContent = "Loading…";
    try {
      panel.replaceChildren(...groupPanel(await api(`/api/quotes/${encodeURIComponent(hit.id)}/group`)));
    } catch (error) {
      loaded = false;
      panel.textContent = `The articles could not be loaded: ${error.message}`;
    }
  });
  return details;
}

function groupPanel(group) {
  const lead = `First seen ${group.firstSeen || "on an unknown day"}${group.firstOutlet ? ` in ${group.firstOutlet}` : ""}`;
  const items = group.appearances.map((a) => el("li", {},
    el("span", { className: "outlet", text: a.article.outlet || "unknown outlet" }), ", ",
    el("time", { text: a.article.published || "undated" }), " · ",
    el("a", { href: a.link, text: `${a.article.title || a.article.id} ¶${a.paragraph}` })));
  return [el("p", { className: "first-seen", text: `${lead}.` }), el("ol", { className: "appearances" }, ...items)];
}

// "3 results have no date: ..." — said wherever dates are used, so missing results are never a surprise.
function undatedNote(count, consequence) {
  if (!count) return "";
  return `${count.toLocaleString()} ${count === 1 ? "result has" : "results have"} no date: ${consequence}`;
}

// A speaker filter that matched several speakers (candidates) or none (nearest names): offer each as a link.
function didYouMean(error, linkFor) {
  const body = error.body || {};
  const choices = body.candidates || body.nearest;
  if (!choices) return false;
  const asked = new URLSearchParams(location.search).get("speaker") || "";
  const lead = body.candidates ? `Several speakers match “${asked}”. Did you mean:` :
    choices.length ? `No speaker matches “${asked}”. Did you mean:` : `No speaker matches “${asked}”.`;
  $("status").replaceChildren(lead, el("ul", { className: "choices", id: "choices" }, ...choices.map((c) => el("li", {},
    el("a", { href: linkFor(c), text: c.name }), ` (${c.quotes.toLocaleString()} ${c.quotes === 1 ? "quote" : "quotes"})`))));
  return true;
}

// A feed reader finds a page's feed from <link rel="alternate" type="application/atom+xml"> in its head.
function followFeed(href, title) {
  $("follow").href = href;
  let link = document.querySelector('link[rel="alternate"][type="application/atom+xml"]');
  if (!link) document.head.append(link = el("link", { rel: "alternate", type: "application/atom+xml" }));
  link.href = href;
  link.title = title;
}

function pager(makeUrl, onPage, linkFor) {
  let cursor = null, generation = 0;
  const more = $("more");
  async function load(reset) {
    if (reset) { cursor = null; generation++; $("results").replaceChildren(); }
    const mine = generation;
    try {
      const page = await api(makeUrl(cursor));
      if (mine !== generation) return; // a newer search (or Back) replaced this one while it loaded
      for (const hit of page.hits) $("results").append(quoteItem(hit));
      cursor = page.next;
      more.hidden = !cursor;
      onPage(page);
    } catch (error) {
      if (mine !== generation) return;
      if (!linkFor || !didYouMean(error, linkFor)) $("status").textContent = error.message;
      more.hidden = true;
    }
  }
  more.addEventListener("click", () => load(false));
  return load;
}

// The search form's fields, in the order they appear in the page's URL and in the API's query string.
const searchFields = ["q", "speaker", "outlet", "kind", "from", "to", "sort"];

// The export links download every result of the search on screen, with its filters.
function showExports(query) {
  for (const format of ["csv", "json"]) {
    const p = new URLSearchParams(query);
    p.set("format", format);
    $(`export-${format}`).href = `/api/quotes?${p}`;
  }
  $("exports").hidden = false;
}

function searchPage() {
  const form = $("search-form");
  fillSearchForm(new URLSearchParams(location.search));
  const query = () => {
    const p = new URLSearchParams();
    for (const name of searchFields) if ($(name).value) p.set(name, $(name).value);
    return p;
  };
  const load = pager((cursor) => {
    const p = query();
    if (cursor) p.set("cursor", cursor);
    return `/api/quotes?${p}`;
  }, (page) => {
    $("status").textContent = page.total === 1 ? "1 quote" : `${page.total.toLocaleString()} quotes`;
    // The feed follows the same words and filters; a feed is always newest first, so sort is left out.
    const filters = query();
    filters.delete("sort");
    followFeed(`/feeds/quotes?${filters}`, "QuoteSearch: this search");
    $("follow-search").hidden = false;
    $("undated").textContent = undatedNote(page.undated, "a date filter leaves them out");
    showExports(query());
  }, (choice) => {
    const p = query();
    p.set("speaker", choice.id);
    return `/?${p}`;
  });
  // Each search is a history entry: Back brings the previous search's form and results back.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const url = `?${query()}`;
    if (url !== location.search) history.pushState(null, "", url);
    load(true);
  });
  // "Verbatim quotes only" is the kind filter set to whole direct quotes: the two always agree.
  $("verbatim").addEventListener("change", () => {
    $("kind").value = $("verbatim").checked ? "direct" : "";
    form.requestSubmit();
  });
  $("kind").addEventListener("change", () => { $("verbatim").checked = $("kind").value === "direct"; });
  window.addEventListener("popstate", () => {
    fillSearchForm(new URLSearchParams(location.search));
    showSearch(load);
  });
  let timer = null;
  $("speaker").addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const prefix = $("speaker").value.trim();
      if (!prefix) return;
      try {
        const { speakers } = await api(`/api/speakers?prefix=${encodeURIComponent(prefix)}&limit=8`);
        $("speaker-list").replaceChildren(...speakers.map((s) => el("option", { value: s.name, label: `${s.name} (${s.quotes})` })));
      } catch { /* autocomplete is a convenience: ignore failures */ }
    }, 150);
  });
  showSearch(load);
  if (!new URLSearchParams(location.search).size) $("q").focus();
}

// Every field takes its value from the URL, or its default when the URL has none.
function fillSearchForm(params) {
  for (const name of searchFields) {
    const field = $(name);
    field.value = params.get(name) || "";
    if (field.tagName === "SELECT" && field.selectedIndex < 0) field.selectedIndex = 0;
  }
  $("verbatim").checked = $("kind").value === "direct";
}

// A URL with a search runs it; the bare page shows the corpus instead of results.
function showSearch(load) {
  const searching = new URLSearchParams(location.search).size > 0;
  $("welcome").hidden = searching;
  if (searching) { load(true); return; }
  welcome();
  $("results").replaceChildren();
  $("status").textContent = "";
  $("undated").textContent = "";
  $("exports").hidden = true;
  $("more").hidden = true;
}

const plural = (n, one, many) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

// The opening words of a quote (up to four, ending at the first clause mark) as an exact phrase: an example search
// that is sure to find something in this corpus.
function examplePhrase(hit) {
  const words = hit.quote.replace(/["“”]/g, "").split(/\s+/).filter(Boolean).slice(0, 4);
  const clauseEnd = words.findIndex((w) => /[,.;:!?]$/.test(w));
  const phrase = clauseEnd >= 1 ? words.slice(0, clauseEnd + 1) : words;
  return phrase.length >= 2 ? `"${phrase.join(" ").replace(/[,.;:!?]+$/, "")}"` : null;
}

// The empty front page: how big the corpus is, searches to try (taken from the newest quotes), the most quoted.
let welcomed = false;
async function welcome() {
  if (welcomed) return;
  welcomed = true;
  try {
    const [stats, recent, top] = await Promise.all([api("/api/stats"), api("/api/quotes?sort=date&kind=direct&limit=3"),
      api("/api/speakers?sort=quotes&limit=5")]);
    $("corpus").textContent = `Searching ${plural(stats.quotes, "quote", "quotes")} by ${plural(stats.speakers, "speaker", "speakers")} `
      + `in ${plural(stats.articles, "article", "articles")}.`;
    const phrases = [...new Set(recent.hits.map(examplePhrase).filter(Boolean))];
    $("examples").replaceChildren(...phrases.map((q) => el("li", {}, el("a", { href: `/?${new URLSearchParams({ q })}`, text: q }))));
    $("top-speakers").replaceChildren(...top.speakers.map((s) => el("li", {},
      el("a", { href: s.link, text: s.name }), ` (${plural(s.quotes, "quote", "quotes")})`)));
  } catch (error) {
    welcomed = false;
    $("corpus").textContent = error.message;
  }
}

const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const monthLabel = (key) => `${monthNames[Number(key.slice(5, 7)) - 1]} ${key.slice(0, 4)}`;

// Every month from the first quoted to the last, a month without quotes as 0: a gap in the timeline is a real gap.
// "yyyy-MM" keys sort as dates; anything else is not a month and is left out.
function monthAxis(months) {
  const counts = new Map(months.filter((m) => /^\d{4}-(0[1-9]|1[0-2])$/.test(m.month)).map((m) => [m.month, m.quotes]));
  const keys = [...counts.keys()].sort();
  if (!keys.length) return [];
  const index = (key) => Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
  const axis = [];
  for (let i = index(keys[0]); i <= index(keys[keys.length - 1]); i++) {
    const key = `${Math.floor(i / 12)}-${String(i % 12 + 1).padStart(2, "0")}`;
    axis.push({ month: key, quotes: counts.get(key) || 0 });
  }
  return axis;
}

// A bar per month on a drawing as wide as the page's column; at most 12 month labels (every n-th month), each with
// room for its ~45 units of text, and counts only while they fit.
const maxLabels = 12, labelRoom = 60;

function timeline(timelineMonths) {
  const months = monthAxis(timelineMonths);
  const svgNs = "http://www.w3.org/2000/svg";
  const node = (tag, attrs, text) => {
    const n = document.createElementNS(svgNs, tag);
    for (const [key, value] of Object.entries(attrs)) n.setAttribute(key, String(value));
    if (text !== undefined) n.textContent = text;
    return n;
  };
  const width = 800, height = 140, base = height - 22, max = Math.max(1, ...months.map((m) => m.quotes));
  const slot = width / Math.max(months.length, 1), every = Math.max(Math.ceil(months.length / maxLabels), Math.ceil(labelRoom / slot));
  const svg = node("svg", { viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": months.map((m) => `${monthLabel(m.month)}: ${m.quotes}`).join(", ") || "no dated quotes" });
  svg.append(node("line", { x1: 0, x2: width, y1: base, y2: base, class: "axis" }));
  months.forEach((m, i) => {
    const barHeight = Math.round((m.quotes / max) * (base - 18));
    const centre = (i + 0.5) * slot, barWidth = Math.max(1, Math.min(28, slot * 0.7));
    const rect = node("rect", { x: centre - barWidth / 2, y: base - barHeight, width: barWidth, height: barHeight,
      "data-month": m.month });
    rect.append(node("title", {}, `${monthLabel(m.month)}: ${m.quotes === 1 ? "1 quote" : `${m.quotes} quotes`}`));
    svg.append(rect);
    // A label is about 44 units wide: one at either end is pulled inside the drawing.
    const labelAt = Math.min(Math.max(centre, 22), width - 22);
    if (i % every === 0) svg.append(node("text", { x: labelAt, y: height - 6, "text-anchor": "middle", class: "month" }, monthLabel(m.month)));
    if (m.quotes && slot >= 16) svg.append(node("text", { x: centre, y: base - barHeight - 4, "text-anchor": "middle" }, String(m.quotes)));
  });
  return svg;
}

async function speakerPage() {
  const id = new URLSearchParams(location.search).get("id") || "";
  try {
    const profile = await api(`/api/speakers/${encodeURIComponent(id)}`);
    document.title = `${profile.name} — QuoteSearch`;
    $("name").textContent = profile.name;
    const dates = [profile.firstQuote, profile.lastQuote].filter(Boolean);
    const facts = [["Quotes", String(profile.quotes)], ["Type", profile.type || ""], ["Also written as", profile.aliases.join(", ")],
      ["Roles", profile.roles.join("; ")], ["Quoted", dates.length ? `${dates[0]} – ${dates[dates.length - 1]}` : ""]];
    for (const [term, value] of facts) if (value) $("facts").append(el("dt", { text: term }), el("dd", { text: value }));
    $("timeline").append(timeline(profile.timeline));
    const base = `/api/speakers/${encodeURIComponent(profile.id)}/quotes`;
    $("export-csv").href = `${base}?format=csv`;
    $("export-json").href = `${base}?format=json`;
    followFeed(`/feeds/speakers/${encodeURIComponent(profile.id)}`, `QuoteSearch: new quotes by ${profile.name}`);
    const load = pager((cursor) => cursor ? `${base}?cursor=${encodeURIComponent(cursor)}` : base, (page) => {
      $("undated").textContent = undatedNote(page.undated, "the timeline cannot place them");
    });
    load(true);
    correctionForms(profile);
  } catch (error) {
    if (!didYouMean(error, (choice) => `/speaker.html?id=${encodeURIComponent(choice.id)}`)) $("status").textContent = error.message;
  }
}

// Corrections need the API key: kept for this browser tab only, sent as X-Api-Key.
const keyStore = "quotesearch-api-key";

async function postCorrection(body) {
  const response = await fetch("/api/speakers/corrections", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json", "X-Api-Key": sessionStorage.getItem(keyStore) || "" },
    body: JSON.stringify(body),
  });
  const result = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(result.detail || result.title || `HTTP ${response.status}`);
  return result;
}

function correctionForms(profile) {
  const show = () => { $("correction-forms").hidden = !sessionStorage.getItem(keyStore); };
  $("key-form").addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem(keyStore, $("api-key").value);
    $("api-key").value = "";
    show();
  });
  $("rename-name").value = profile.name;
  $("split-alias").replaceChildren(...profile.aliases.map((a) => el("option", { value: a, text: a })));
  $("split-form").hidden = profile.aliases.length === 0;
  const submit = (form, body, then) => $(form).addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await postCorrection(body());
      then();
    } catch (error) {
      $("correction-status").textContent = error.message;
    }
  });
  submit("merge-form", () => ({ kind: "merge", speaker: profile.id, into: $("merge-into").value }),
    () => { location.href = `/speaker.html?id=${encodeURIComponent($("merge-into").value)}`; });
  submit("rename-form", () => ({ kind: "rename", speaker: profile.id, name: $("rename-name").value }), () => location.reload());
  submit("split-form", () => ({ kind: "split", speaker: profile.id, alias: $("split-alias").value }), () => location.reload());
  show();
}

function directoryRow(s) {
  const aside = [s.type, s.aliases.length ? `also ${s.aliases.join("; ")}` : "", s.roles.join("; ")].filter(Boolean).join(" · ");
  const dates = [s.firstQuote, s.lastQuote].filter(Boolean);
  return el("tr", {},
    el("td", {}, el("a", { href: s.link, text: s.name }), el("span", { className: "aside", text: aside })),
    el("td", { className: "count", text: s.quotes.toLocaleString() }),
    el("td", { text: dates.length ? `${dates[0]} – ${dates[dates.length - 1]}` : "undated" }));
}

function directoryPage() {
  const names = ["prefix", "type", "sort"];
  const params = new URLSearchParams(location.search);
  for (const name of names) if (params.get(name)) $(name).value = params.get(name);
  const size = Math.min(Math.max(Number(params.get("limit")) || 50, 1), 1000);
  let offset = Number(params.get("offset")) || 0;
  async function load() {
    const p = new URLSearchParams();
    for (const name of names) if ($(name).value) p.set(name, $(name).value);
    if (offset) p.set("offset", String(offset));
    if (size !== 50) p.set("limit", String(size));
    history.replaceState(null, "", `?${p}`);
    p.set("limit", String(size));
    try {
      const page = await api(`/api/speakers?${p}`);
      $("speakers").replaceChildren(...page.speakers.map(directoryRow));
      const last = Math.min(page.offset + page.speakers.length, page.total);
      $("status").textContent = page.total === 0 ? "No speakers" : `Speakers ${page.offset + 1}–${last} of ${page.total.toLocaleString()}`;
      $("previous").hidden = page.offset === 0;
      $("next").hidden = last >= page.total;
    } catch (error) {
      $("status").textContent = error.message;
    }
  }
  let timer = null;
  $("prefix").addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(() => { offset = 0; load(); }, 150); });
  for (const name of ["type", "sort"]) $(name).addEventListener("change", () => { offset = 0; load(); });
  $("directory-form").addEventListener("submit", (event) => { event.preventDefault(); offset = 0; load(); });
  $("previous").addEventListener("click", () => { offset = Math.max(0, offset - size); load(); });
  $("next").addEventListener("click", () => { offset += size; load(); });
  load();
}

// The quote a search hit links to (?quote=id) is a <mark class="hit">; a quote overlapping it (the statement
// around a quoted fragment) is left unmarked, so the hit is never hidden inside another quote.
function markQuotes(text, quotes, hitId) {
  const hit = quotes.find((quote) => quote.id === hitId);
  const overlapsHit = (quote) => hit && quote !== hit && quote.start < hit.end && hit.start < quote.end;
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const quote of quotes.filter((q) => !overlapsHit(q)).sort((a, b) => a.start - b.start)) {
    if (quote.start < at || quote.end > text.length) continue;
    fragment.append(text.slice(at, quote.start));
    const who = quote.speaker ? quote.speaker.name : "unattributed";
    const words = text.slice(quote.start, quote.end);
    fragment.append(quote === hit
      ? el("mark", { className: "said hit", id: "hit", title: `${who} (${quote.kind})` }, words)
      : el("span", { className: "said", title: `${who} (${quote.kind})` }, words));
    // The speaker tag goes after the closing quote mark, where a reader expects it.
    let after = quote.end;
    while (after < text.length && after - quote.end < 2 && `"'”’»`.includes(text[after])) after++;
    fragment.append(text.slice(quote.end, after));
    fragment.append(el("span", { className: "speaker-tag" }, "[", speakerLink(quote.speaker), "]"));
    at = after;
  }
  fragment.append(text.slice(at));
  return fragment;
}

async function articlePage() {
  const params = new URLSearchParams(location.search);
  const id = params.get("id") || "";
  const hitId = params.get("quote");
  try {
    const data = await api(`/api/articles/${encodeURIComponent(id)}`);
    const article = data.article;
    const title = article.title || article.id;
    document.title = `${title} — QuoteSearch`;
    $("title").textContent = title;
    const href = article.url ? safeHref(article.url) : null;
    $("meta").append([article.outlet, article.published].filter(Boolean).join(" · "));
    if (href) $("meta").append(" · ", el("a", { href, rel: "noopener noreferrer", text: "original article" }));
    for (const paragraph of data.paragraphs) {
      const item = el("li", { id: paragraph.anchor, value: String(paragraph.number), tabindex: "-1" });
      $("paragraphs").append(item);
      item.append(markQuotes(paragraph.text, paragraph.quotes, hitId));
    }
    focusTarget();
    window.addEventListener("hashchange", focusTarget);
  } catch (error) {
    $("status").textContent = error.message;
  }
}

function focusTarget() {
  for (const li of document.querySelectorAll(".paragraphs li.target")) li.classList.remove("target");
  const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  if (!target) return;
  target.classList.add("target");
  // A long paragraph may not fit the window: the marked quote is what the reader came for.
  const hit = target.querySelector("mark.hit");
  (hit || target).scrollIntoView({ block: "center" });
  target.focus({ preventScroll: true });
}

const pages = { search: searchPage, speakers: directoryPage, speaker: speakerPage, article: articlePage };
pages[document.body.dataset.page]?.();

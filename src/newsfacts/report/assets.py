"""The report's inline style sheet and script (no external assets: one file is the whole page).

The CSS is built from :mod:`newsfacts.report.palette`, so the colors the contrast test checks are
the colors the page uses. The page reads fully without the script: facts are colored, checks link
to their facts with ``#fact-ID`` and ``:target`` outlines the one reached. The script adds a
details pop-up on hover, focus or click, highlights every fact a clicked check cites, and draws
lines from each percentage to its from / to figures.
"""

from __future__ import annotations

from newsfacts.report.palette import (
    FALLBACK_KIND,
    HIGHLIGHT,
    INK,
    KIND_COLORS,
    LINE,
    LINK,
    MUTED,
    PAPER,
    REMOVED_PAPER,
    STATUS_COLORS,
)

__all__ = ["SCRIPT", "style_sheet"]

_BASE_CSS = """
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:%(ink)s;background:%(paper)s}
main{max-width:60rem;margin:0 auto;padding:1rem 1.25rem 4rem}
a{color:%(link)s}
a:focus-visible,button:focus-visible,summary:focus-visible,.fact:focus-visible{outline:3px solid %(ink)s;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:%(paper)s;padding:.5rem;z-index:10}
.skip:focus{left:.5rem}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
nav.toc{font-size:.95rem;margin:.5rem 0 1rem}
nav.toc a{margin-right:1rem}
header.meta h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
dl.fields{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.25rem 0 .75rem}
dl.fields dt{font-weight:600}
dl.fields dd{margin:0;overflow-wrap:anywhere}
.badge{display:inline-block;padding:0 .5rem;border-radius:.25rem;font-weight:600;font-size:.9rem}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
.legend li{padding:0 .5rem;border-radius:.25rem;color:%(ink)s}
.article{position:relative}
.article p{margin:0 0 1rem;line-height:2.4}
.fact{color:%(ink)s;text-decoration:none;padding:.1em .25em;border-radius:.3em;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.fact .fact{padding:0 .15em}
.fact .label{font-size:.62em;font-weight:700;text-transform:uppercase;letter-spacing:.03em;margin-left:.3em;vertical-align:middle}
.fact:target,.fact.is-cited{outline:3px solid %(highlight)s;outline-offset:1px;box-shadow:0 0 0 6px rgba(192,22,12,.18)}
.fact.is-selected{outline:3px dashed %(ink)s;outline-offset:1px}
svg.links{position:absolute;left:0;top:0;pointer-events:none;overflow:visible;color:%(line)s}
svg.links path{fill:none;stroke:%(line)s;stroke-width:1.5;opacity:.75}
svg.links path.is-hot{stroke-width:3;opacity:1}
svg.links text{fill:%(line)s;font-size:11px;font-weight:700}
ol.checks{padding-left:0;list-style:none}
li.check{border:1px solid #c9c9c9;border-left-width:6px;border-radius:.3rem;padding:.5rem .75rem;margin:0 0 .75rem}
li.check.is-active{box-shadow:0 0 0 3px %(highlight)s}
li.check h3{font-size:1.05rem;margin:0}
li.check .cites a{margin-right:.5rem;color:%(ink)s;padding:0 .25em;border-radius:.3em}
li.check:target{box-shadow:0 0 0 3px %(ink)s}
ol.facts{padding-left:1.25rem}
ol.facts li:target{outline:3px solid %(highlight)s}
details.removed{background:%(removed_paper)s;color:%(muted)s;border-radius:.3rem;padding:.5rem .75rem;margin:1rem 0}
details.removed summary{cursor:pointer;font-weight:600}
details.removed blockquote{margin:.25rem 0 .5rem 1rem;padding-left:.5rem;border-left:3px solid #bdbdbd;white-space:pre-line;color:%(muted)s}
details.removed h3{font-size:1rem;margin:.75rem 0 .25rem}
#fact-pop{position:absolute;z-index:20;max-width:26rem;background:%(paper)s;color:%(ink)s;border:2px solid %(ink)s;border-radius:.4rem;padding:.5rem .75rem;box-shadow:0 4px 16px rgba(0,0,0,.25);font-size:.9rem}
#fact-pop[hidden]{display:none}
table.index{border-collapse:collapse;width:100%%}
table.index th,table.index td{border-bottom:1px solid #c9c9c9;padding:.3rem .5rem;text-align:left;vertical-align:top}
.num{text-align:right;font-variant-numeric:tabular-nums}
@media print{svg.links,#fact-pop{display:none}}
"""


def style_sheet() -> str:
    """The page's CSS, colors taken from the palette."""
    css = _BASE_CSS % {
        "ink": INK,
        "paper": PAPER,
        "link": LINK,
        "highlight": HIGHLIGHT,
        "line": LINE,
        "muted": MUTED,
        "removed_paper": REMOVED_PAPER,
    }
    rules = [f".k-{kind}{{background:{color}}}" for kind, color in KIND_COLORS.items()]
    rules.append(f".k-other{{background:{FALLBACK_KIND}}}")
    for status, (fg, bg) in STATUS_COLORS.items():
        rules.append(f".v-{status}{{color:{fg};background:{bg}}}")
        rules.append(f"li.check.s-{status}{{border-left-color:{bg}}}")
    return css + "\n".join(rules) + "\n"


#: Progressive enhancement; the page works without it. Reads everything from the DOM (no data is
#: embedded in the script, so article text can never end up inside it).
SCRIPT = r"""
(function () {
  "use strict";
  var doc = document;
  var pop = doc.getElementById("fact-pop");
  var pinned = null;
  var quiet = false;  // focus moved by the script itself: no pop-up

  function marksOf(id) {
    return doc.querySelectorAll('.fact[data-fact="' + CSS.escape(id) + '"]');
  }
  function showPop(mark) {
    var detail = doc.getElementById("detail-" + mark.getAttribute("data-dom"));
    if (!pop || !detail) { return; }
    pop.innerHTML = "";
    var body = detail.cloneNode(true);
    body.removeAttribute("id");
    pop.appendChild(body);
    pop.hidden = false;
    var box = mark.getBoundingClientRect();
    pop.style.left = Math.max(8, window.scrollX + box.left) + "px";
    pop.style.top = (window.scrollY + box.bottom + 6) + "px";
    hotLines(mark.getAttribute("data-fact"), true);
  }
  function hidePop() {
    if (pop) { pop.hidden = true; }
    hotLines(null, false);
  }
  function unpin() {
    if (pinned) { pinned.classList.remove("is-selected"); }
    pinned = null;
    hidePop();
  }

  doc.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) { return; }
    var mark = target.closest(".fact[data-fact]");
    var cite = target.closest("[data-cites]");
    if (mark) {
      event.preventDefault();
      if (pinned === mark) { unpin(); return; }
      unpin();
      pinned = mark;
      mark.classList.add("is-selected");
      showPop(mark);
    } else if (cite) {
      event.preventDefault();
      unpin();
      highlightCheck(cite);
    } else if (pop && !pop.contains(target)) {
      unpin();
    }
  });
  doc.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { unpin(); }
  });
  ["mouseover", "focusin"].forEach(function (name) {
    doc.addEventListener(name, function (event) {
      var target = event.target instanceof Element ? event.target : null;
      var mark = target && target.closest(".fact[data-fact]");
      if (mark && !pinned && !quiet) { showPop(mark); }
    });
  });
  ["mouseout", "focusout"].forEach(function (name) {
    doc.addEventListener(name, function (event) {
      var target = event.target instanceof Element ? event.target : null;
      if (target && target.closest(".fact[data-fact]") && !pinned) { hidePop(); }
    });
  });

  function highlightCheck(link) {
    doc.querySelectorAll(".fact.is-cited").forEach(function (el) { el.classList.remove("is-cited"); });
    doc.querySelectorAll("li.check.is-active").forEach(function (el) { el.classList.remove("is-active"); });
    var check = link.closest("li.check");
    if (check) { check.classList.add("is-active"); }
    var first = null;
    (link.getAttribute("data-cites") || "").split(" ").forEach(function (id) {
      if (!id) { return; }
      marksOf(id).forEach(function (el) {
        el.classList.add("is-cited");
        if (!first && el.id) { first = el; }
      });
    });
    if (first) {
      first.scrollIntoView({block: "center"});
      quiet = true;
      first.focus({preventScroll: true});
      quiet = false;
    }
    var status = doc.getElementById("cite-status");
    if (status) { status.textContent = link.getAttribute("data-announce") || ""; }
  }

  // lines from each percentage to its from / to figures
  var svgNS = "http://www.w3.org/2000/svg";
  var article = doc.querySelector(".article");
  var svg = article && article.querySelector("svg.links");
  function hotLines(factId, on) {
    if (!svg) { return; }
    svg.querySelectorAll("path").forEach(function (path) {
      var hot = on && (path.getAttribute("data-from") === factId || path.getAttribute("data-to") === factId);
      path.classList.toggle("is-hot", !!hot);
    });
  }
  function drawLinks() {
    if (!article || !svg) { return; }
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
    var base = article.getBoundingClientRect();
    svg.setAttribute("width", String(base.width));
    svg.setAttribute("height", String(base.height));
    var defs = doc.createElementNS(svgNS, "defs");
    var marker = doc.createElementNS(svgNS, "marker");
    marker.setAttribute("id", "arrow");
    marker.setAttribute("viewBox", "0 0 10 10");
    marker.setAttribute("refX", "9");
    marker.setAttribute("refY", "5");
    marker.setAttribute("markerWidth", "7");
    marker.setAttribute("markerHeight", "7");
    marker.setAttribute("orient", "auto-start-reverse");
    var tip = doc.createElementNS(svgNS, "path");
    tip.setAttribute("d", "M0,0 L10,5 L0,10 z");
    tip.setAttribute("style", "fill:currentColor;stroke:none");
    marker.appendChild(tip);
    defs.appendChild(marker);
    svg.appendChild(defs);
    article.querySelectorAll(".fact[data-links]").forEach(function (mark) {
      if (!mark.id) { return; }
      mark.getAttribute("data-links").split(" ").forEach(function (pair) {
        var bits = pair.split(":");
        var role = bits[0], other = doc.querySelector('.fact[id][data-fact="' + CSS.escape(bits[1]) + '"]');
        if (!other) { return; }
        var a = mark.getBoundingClientRect(), b = other.getBoundingClientRect();
        var x1 = a.left + a.width / 2 - base.left, x2 = b.left + b.width / 2 - base.left;
        var y1, y2, c1, c2, top;
        if (Math.abs(a.top - b.top) < 4) {  // same line: an arc over both
          y1 = a.top - base.top; y2 = b.top - base.top;
          top = y1 - 14; c1 = top; c2 = top;
        } else if (b.top > a.top) {  // the figure is below: leave from the bottom edge
          y1 = a.bottom - base.top; y2 = b.top - base.top;
          c1 = y1 + 14; c2 = y2 - 14; top = (y1 + y2) / 2;
        } else {
          y1 = a.top - base.top; y2 = b.bottom - base.top;
          c1 = y1 - 14; c2 = y2 + 14; top = (y1 + y2) / 2;
        }
        var path = doc.createElementNS(svgNS, "path");
        path.setAttribute("d", "M" + x1 + "," + y1 + " C" + x1 + "," + c1 + " " + x2 + "," + c2 + " " + x2 + "," + y2);
        path.setAttribute("marker-end", "url(#arrow)");
        path.setAttribute("data-from", mark.getAttribute("data-fact"));
        path.setAttribute("data-to", bits[1]);
        path.setAttribute("class", "link link-" + role);
        svg.appendChild(path);
        var label = doc.createElementNS(svgNS, "text");
        label.setAttribute("x", String((x1 + x2) / 2 + 4));
        label.setAttribute("y", String(top - 2));
        label.textContent = role;
        svg.appendChild(label);
      });
    });
  }
  drawLinks();
  window.addEventListener("resize", drawLinks);
  if (doc.fonts && doc.fonts.ready) { doc.fonts.ready.then(drawLinks); }
  doc.documentElement.classList.add("js");
})();
"""

package io.revops.examples.report;

/**
 * The report's only script: clicking an element with a {@code data-filter} (a table cell or a chart bar)
 * copies the rows of the table {@code #watch-list} whose {@code data-*} attributes match the filter into the
 * {@code #drill} panel ({@link HtmlPage#drillPanel}), and says how many of the {@code data-count} leads behind
 * the figure it shows. Plain DOM, no libraries, nothing fetched. The panel's texts come from its
 * {@code data-title}, {@code data-shown} and {@code data-capped} attributes (patterns with {@code {0}} and
 * {@code {1}}), so the script holds no language.
 */
public final class DrillDown {
  private DrillDown() {}

  /** The script. */
  public static final String SCRIPT = """
      (function () {
        'use strict';
        var panel = document.getElementById('drill');
        var list = document.getElementById('watch-list');
        if (!panel || !list) { return; }
        var lang = document.documentElement.lang || 'en';
        function parse(f) {
          var out = {};
          f.split(';').forEach(function (p) {
            var i = p.indexOf('=');
            out[p.substring(0, i)] = decodeURIComponent(p.substring(i + 1));
          });
          return out;
        }
        function labelOf(el) {
          if (el.tagName.toLowerCase() === 'td') {
            var tr = el.parentNode;
            var th = el.closest('table').tHead.rows[0].cells[el.cellIndex];
            return tr.cells[0].textContent + ' — ' + (th ? th.textContent : '');
          }
          var t = el.querySelector('title');
          return t ? t.textContent : '';
        }
        function fill(pattern, a, b) {
          return pattern.replace('{0}', a).replace('{1}', b);
        }
        function show(el) {
          var want = parse(el.getAttribute('data-filter'));
          var total = Number(el.getAttribute('data-count'));
          var head = document.getElementById('drill-head');
          var rows = document.getElementById('drill-rows');
          head.textContent = '';
          rows.textContent = '';
          head.appendChild(list.tHead.rows[0].cloneNode(true));
          var n = 0;
          Array.prototype.forEach.call(list.tBodies[0].rows, function (tr) {
            var ok = Object.keys(want).every(function (k) { return tr.getAttribute('data-' + k) === want[k]; });
            if (ok) { rows.appendChild(tr.cloneNode(true)); n++; }
          });
          document.getElementById('drill-title').textContent = fill(panel.getAttribute('data-title'), labelOf(el), '');
          var text = fill(panel.getAttribute('data-shown'), n.toLocaleString(lang), total.toLocaleString(lang));
          if (n < total) { text += '; ' + panel.getAttribute('data-capped'); }
          document.getElementById('drill-count').textContent = text;
          panel.hidden = false;
          panel.setAttribute('data-filter-shown', el.getAttribute('data-filter'));
        }
        document.addEventListener('click', function (e) {
          var el = e.target.closest ? e.target.closest('[data-filter]') : null;
          if (el && el !== panel) { show(el); }
        });
        document.getElementById('drill-close').addEventListener('click', function () { panel.hidden = true; });
      })();
      """;
}

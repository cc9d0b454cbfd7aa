package io.revops.examples.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Builds a self-contained report page: well-formed XHTML with an inline style sheet, headings, paragraphs,
 * tables, inline SVG charts and at most a small inline script; no fonts, images or anything fetched from
 * elsewhere. A Content-Security-Policy meta tag ({@code default-src 'none'}) makes the browser refuse any
 * fetch the page might still attempt.
 *
 * <p>Drill-down: a table {@link Cell} or an {@link SvgCharts.Bar} may carry a filter
 * ({@code key=value;key=value}); the page's script (added with {@link #script}) shows the rows of the table
 * {@code #watch-list} whose {@code data-*} attributes match it.
 *
 * <p>Instances are mutable builders; {@link #render()} returns the page.
 */
public final class HtmlPage {
  private static final String STYLE = """
      body { font-family: sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
      h1 { font-size: 1.6em; border-bottom: 2px solid #1f5fa8; padding-bottom: .2em; }
      h2 { font-size: 1.2em; margin-top: 1.6em; color: #1f5fa8; }
      table { border-collapse: collapse; margin: .5em 0; }
      th, td { border: 1px solid #bbb; padding: .25em .6em; text-align: left; font-size: .9em; }
      th { background: #eef3f9; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; }
      .note { color: #555; font-size: .9em; }
      svg.chart { display: block; margin: .5em 0; max-width: 100%; height: auto; }
      td.drill, rect.drill { cursor: pointer; }
      td.drill { color: #1f5fa8; text-decoration: underline dotted; }
      rect.drill:hover { opacity: .8; }
      .scroll { max-height: 28em; overflow-y: auto; border: 1px solid #ddd; }
      #drill { position: sticky; top: 0; background: #fff; border: 2px solid #1f5fa8; padding: .5em 1em;
        margin: 1em 0; box-shadow: 0 2px 8px rgba(0,0,0,.2); max-height: 50vh; overflow-y: auto; }
      #drill[hidden] { display: none; }
      nav ul { columns: 2; font-size: .9em; }
      .no-data { fill: #777; font-style: italic; }
      @media print {
        h2 { page-break-after: avoid; } svg.chart, table { page-break-inside: auto; } svg.chart { page-break-inside: avoid; }
        body { margin: 0; max-width: none; font-size: 10pt; } nav, #drill, button { display: none !important; }
        .scroll { max-height: none; overflow: visible; border: none; }
        td.drill { color: inherit; text-decoration: none; } tr { page-break-inside: avoid; }
      }
      """;

  /** The policy that forbids the page to fetch anything: inline style and script only. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

  private final String title;
  private final String lang;
  private final StringBuilder body = new StringBuilder();
  private String script = "";

  private HtmlPage(String title, String lang) {
    this.title = requireNonNull(title, "title");
    this.lang = requireNonNull(lang, "lang");
  }

  /** A page in English with {@code title}. */
  public static HtmlPage titled(String title) {
    return new HtmlPage(title, "en");
  }

  /** A page in the language {@code lang} (e.g. {@code ru}) with {@code title}. */
  public static HtmlPage titled(String title, String lang) {
    if (!lang.matches("[a-z]{2,3}")) {
      throw new IllegalArgumentException("lang must be a language code such as en: " + io.revops.core.batch.Quote.bounded(lang));
    }
    return new HtmlPage(title, lang);
  }

  /**
   * A table cell: its text, a drill-down filter and a key naming the figure ({@code data-k}) so that tests and
   * tools can find it, each if it has one.
   *
   * @param text the text shown
   * @param filter the drill-down filter, e.g. {@code status=breached;rep=alice}, if the cell has one (not empty)
   * @param count how many leads are behind the figure (the drill-down says how many of them it shows)
   * @param key the figure's name, e.g. {@code sla/first-contact/breached}, if it has one (not empty)
   * @param title the tooltip, if any (not empty)
   */
  public record Cell(String text, Optional<String> filter, long count, Optional<String> key, Optional<String> title) {
    /** Validates the cell. */
    public Cell {
      requireNonNull(text, "text");
      if (count < 0) {
        throw new IllegalArgumentException("count must not be negative: " + count);
      }
      notEmpty("filter", filter);
      notEmpty("key", key);
      notEmpty("title", title);
    }

    /** A plain cell. */
    public static Cell of(String text) {
      return new Cell(text, Optional.empty(), 0, Optional.empty(), Optional.empty());
    }

    /** A cell naming its figure. */
    public static Cell keyed(String text, String key) {
      return new Cell(text, Optional.empty(), 0, Optional.of(key), Optional.empty());
    }

    /** This cell with a drill-down filter to the {@code n} leads behind it. */
    public Cell drill(String f, long n) {
      return new Cell(text, Optional.of(f), n, key, title);
    }

    /** This cell with a tooltip. */
    public Cell titled(String t) {
      return new Cell(text, filter, count, key, Optional.of(t));
    }
  }

  /** Checks that an optional attribute, if present, is not empty (an empty one is {@code Optional.empty()}). */
  static void notEmpty(String parameter, Optional<String> attribute) {
    requireNonNull(attribute, parameter);
    attribute.ifPresent(a -> {
      if (a.isEmpty()) {
        throw new IllegalArgumentException(parameter + " must not be empty: use Optional.empty() for none");
      }
    });
  }

  /**
   * A table row: its {@code data-*} attributes (name without the prefix → value) and its cells.
   *
   * @param data the row's data attributes, in order
   * @param cells the cells
   */
  public record Row(java.util.Map<String, String> data, List<Cell> cells) {
    /** Validates and copies. */
    public Row {
      data = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
      cells = List.copyOf(cells);
      data.keySet().forEach(k -> {
        if (!k.matches("[a-z][a-z0-9-]*")) {
          throw new IllegalArgumentException("data attribute names must be lower-case words: " + k);
        }
      });
    }

    /** A row of cells without data attributes. */
    public static Row of(List<Cell> cells) {
      return new Row(java.util.Map.of(), cells);
    }
  }

  /**
   * A table's column headings, one per column: a text, or none for a column whose cells speak for themselves
   * (the figures beside a named column).
   *
   * <p>Cost: a copy of the headings per {@code Header} made; immutable and thread-safe.
   *
   * @param headings the headings in column order, each a text (not empty) or {@code Optional.empty()} for none
   */
  public record Header(List<Optional<String>> headings) {
    /** Validates and copies. */
    public Header {
      headings = List.copyOf(headings);
      headings.forEach(h -> notEmpty("headings", h));
    }

    /** Columns headed by {@code headings}, in order. */
    public static Header of(String... headings) {
      return new Header(java.util.Arrays.stream(headings).map(Optional::of).toList());
    }

    /** These columns and one more, without a heading. */
    public Header unheaded() {
      List<Optional<String>> more = new java.util.ArrayList<>(headings);
      more.add(Optional.empty());
      return new Header(more);
    }
  }

  /**
   * A drill-down filter matching the rows whose {@code data-NAME} attributes equal the values:
   * {@code filter("status", "breached", "rep", "alice")} is {@code status=breached;rep=alice}, with {@code %},
   * {@code ;} and {@code =} in values percent-encoded (the script decodes them).
   */
  public static String filter(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("filter needs names and values in pairs: " + namesAndValues.length + " strings");
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!namesAndValues[i].matches("[a-z][a-z0-9-]*")) {
        throw new IllegalArgumentException("filter names must be lower-case words: "
            + io.revops.core.batch.Quote.bounded(namesAndValues[i]));
      }
      sb.append(i == 0 ? "" : ";").append(namesAndValues[i]).append('=').append(namesAndValues[i + 1]
          .replace("%", "%25").replace(";", "%3B").replace("=", "%3D"));
    }
    return sb.toString();
  }

  /** Adds a section heading with an anchor {@code id}. */
  public HtmlPage heading(String text, String id) {
    body.append("<h2 id=\"").append(Xml.escape(id)).append("\">").append(Xml.escape(text)).append("</h2>\n");
    return this;
  }

  /** Adds a list of links to the sections' anchors: {@code links} maps id → heading. */
  public HtmlPage contents(String heading, java.util.Map<String, String> links) {
    body.append("<nav><strong>").append(Xml.escape(heading)).append("</strong><ul>");
    links.forEach((id, text) -> body.append("<li><a href=\"#").append(Xml.escape(id)).append("\">")
        .append(Xml.escape(text)).append("</a></li>"));
    body.append("</ul></nav>\n");
    return this;
  }

  /**
   * Adds a table of {@link Row}s with an {@code id} (not empty); {@code scroll} puts it in a box of limited height
   * on screen (printed whole).
   */
  public HtmlPage rows(String id, List<String> header, List<Row> rows, boolean scroll) {
    return rows(id(id), headings(header), rows, scroll);
  }

  /** As {@link #rows(String, List, List, boolean)}, with columns that may have no heading. */
  public HtmlPage rows(String id, Header header, List<Row> rows, boolean scroll) {
    return rows(id(id), requireNonNull(header, "header").headings(), rows, scroll);
  }

  private static Optional<String> id(String id) {
    Optional<String> given = Optional.of(requireNonNull(id, "id"));
    notEmpty("id", given);
    return given;
  }

  /** {@code header}'s texts as headings, an empty one written as an empty heading (as it always was). */
  private static List<Optional<String>> headings(List<String> header) {
    return requireNonNull(header, "header").stream().map(Optional::of).toList();
  }

  private HtmlPage rows(Optional<String> id, List<Optional<String>> header, List<Row> rows, boolean scroll) {
    requireNonNull(rows, "rows");
    if (scroll) {
      body.append("<div class=\"scroll\">");
    }
    body.append("<table").append(id.map(i -> " id=\"" + Xml.escape(i) + "\"").orElse("")).append("><thead><tr>");
    header.forEach(h -> body.append("<th>").append(h.map(Xml::escape).orElse("")).append("</th>"));
    body.append("</tr></thead><tbody>\n");
    for (Row row : rows) {
      body.append("<tr");
      row.data().forEach((k, v) -> body.append(" data-").append(k).append("=\"").append(Xml.escape(v)).append('"'));
      body.append('>');
      row.cells().forEach(this::cell);
      body.append("</tr>\n");
    }
    body.append("</tbody></table>\n");
    if (scroll) {
      body.append("</div>\n");
    }
    return this;
  }

  private void cell(Cell c) {
    String t = c.text();
    boolean numeric = !t.isEmpty() && (Character.isDigit(t.charAt(0)) || t.charAt(0) == '-' || t.charAt(0) == '+'
        || t.charAt(0) == '−');
    String cls = (numeric ? "num" : "") + (c.filter().isEmpty() ? "" : (numeric ? " " : "") + "drill");
    body.append("<td");
    if (!cls.isEmpty()) {
      body.append(" class=\"").append(cls).append('"');
    }
    c.filter().ifPresent(f -> body.append(" data-filter=\"").append(Xml.escape(f)).append("\" data-count=\"")
        .append(c.count()).append('"'));
    c.key().ifPresent(k -> body.append(" data-k=\"").append(Xml.escape(k)).append('"'));
    c.title().ifPresent(tip -> body.append(" title=\"").append(Xml.escape(tip)).append('"'));
    body.append('>').append(Xml.escape(t)).append("</td>");
  }

  /**
   * Adds the drill-down panel: hidden until a filtered cell or bar is clicked; {@code close} is its button's
   * text, {@code title}, {@code shown} and {@code capped} the patterns of its heading ({@code {0}}: the figure
   * clicked), its count line ({@code {0}} of {@code {1}}) and the note when rows are missing (see
   * {@link DrillDown}).
   */
  public HtmlPage drillPanel(String close, String title, String shown, String capped) {
    body.append("<div id=\"drill\" hidden=\"hidden\" data-title=\"").append(Xml.escape(title))
        .append("\" data-shown=\"").append(Xml.escape(shown)).append("\" data-capped=\"").append(Xml.escape(capped))
        .append("\"><button type=\"button\" id=\"drill-close\">")
        .append(Xml.escape(close)).append("</button><h3 id=\"drill-title\"></h3><p id=\"drill-count\" class=\"note\"></p>")
        .append("<table id=\"drill-table\"><thead id=\"drill-head\"></thead><tbody id=\"drill-rows\"></tbody></table></div>\n");
    return this;
  }

  /**
   * Sets the page's inline script (written in a CDATA section, so it may hold any character but the sequence
   * {@code ]]>}).
   */
  public HtmlPage script(String js) {
    requireNonNull(js, "js");
    if (js.contains("]]>")) {
      throw new IllegalArgumentException("script must not contain ]]>");
    }
    this.script = js;
    return this;
  }

  /** Adds a section heading. */
  public HtmlPage heading(String text) {
    body.append("<h2>").append(Xml.escape(text)).append("</h2>\n");
    return this;
  }

  /** Adds a paragraph. */
  public HtmlPage paragraph(String text) {
    body.append("<p>").append(Xml.escape(text)).append("</p>\n");
    return this;
  }

  /** Adds a note in smaller print. */
  public HtmlPage note(String text) {
    body.append("<p class=\"note\">").append(Xml.escape(text)).append("</p>\n");
    return this;
  }

  /** Adds a table; cells that look numeric are right-aligned. */
  public HtmlPage table(List<String> header, List<List<String>> rows) {
    requireNonNull(rows, "rows");
    return rows(Optional.empty(), headings(header), rows.stream().map(r -> Row.of(r.stream().map(Cell::of).toList())).toList(), false);
  }

  /** Adds an SVG element produced by {@link SvgCharts}. */
  public HtmlPage svg(String svg) {
    requireNonNull(svg, "svg");
    if (!svg.startsWith("<svg")) {
      throw new IllegalArgumentException("svg must be an <svg> element: " + svg.substring(0, Math.min(40, svg.length())));
    }
    body.append(svg).append('\n');
    return this;
  }

  /** The page as a string of well-formed XHTML. */
  public String render() {
    String js = script.isEmpty() ? "" : "<script>//<![CDATA[\n" + script + "\n//]]></script>\n";
    return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + lang + "\">\n<head>\n"
        + "<meta charset=\"UTF-8\"/>\n<meta http-equiv=\"Content-Security-Policy\" content=\""
        + Xml.escape(CONTENT_SECURITY_POLICY) + "\"/>\n<title>" + Xml.escape(title) + "</title>\n<style>\n"
        + STYLE + "</style>\n</head>\n<body>\n<h1>" + Xml.escape(title) + "</h1>\n" + body + js
        + "</body>\n</html>\n";
  }
}

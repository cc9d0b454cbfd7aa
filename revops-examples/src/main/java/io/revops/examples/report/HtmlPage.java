package io.revops.examples.report;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Builds a self-contained report page: well-formed XHTML with an inline style sheet, headings, paragraphs,
 * tables and inline SVG charts; no scripts, fonts or anything fetched from elsewhere.
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
      @media print { h2 { page-break-after: avoid; } svg.chart { page-break-inside: avoid; } }
      """;

  private final String title;
  private final StringBuilder body = new StringBuilder();

  private HtmlPage(String title) {
    this.title = requireNonNull(title, "title");
  }

  /** A page with {@code title}. */
  public static HtmlPage titled(String title) {
    return new HtmlPage(title);
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
    requireNonNull(header, "header");
    requireNonNull(rows, "rows");
    body.append("<table><thead><tr>");
    header.forEach(h -> body.append("<th>").append(Xml.escape(h)).append("</th>"));
    body.append("</tr></thead><tbody>\n");
    for (List<String> row : rows) {
      body.append("<tr>");
      for (String cell : row) {
        boolean numeric = !cell.isEmpty() && (Character.isDigit(cell.charAt(0)) || cell.charAt(0) == '-'
            || cell.charAt(0) == '+' || cell.charAt(0) == '−');
        body.append(numeric ? "<td class=\"num\">" : "<td>").append(Xml.escape(cell)).append("</td>");
      }
      body.append("</tr>\n");
    }
    body.append("</tbody></table>\n");
    return this;
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
    return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
        + "<meta charset=\"UTF-8\"/>\n<title>" + Xml.escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n"
        + "</head>\n<body>\n<h1>" + Xml.escape(title) + "</h1>\n" + body + "</body>\n</html>\n";
  }
}

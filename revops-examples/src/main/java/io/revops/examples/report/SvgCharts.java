package io.revops.examples.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Small, dependency-free SVG charts for the report. Each method returns one {@code <svg>} element with a
 * {@code class} naming the chart ({@code chart-bowtie}, {@code chart-bars}, {@code chart-waterfall}), a
 * {@code <title>} for accessibility, and only black, greys and one accent colour so it prints well.
 */
public final class SvgCharts {
  private static final String ACCENT = "#1f5fa8";
  private static final String NEGATIVE = "#b23b3b";
  private static final String FONT = "font-family=\"sans-serif\" font-size=\"11\"";

  private SvgCharts() {}

  /**
   * One labelled value of a bar chart; a bar with a drill-down {@code filter} (see {@link HtmlPage}) shows the
   * {@code count} leads behind it when clicked.
   *
   * @param label the label under the bar
   * @param value the bar's height
   * @param caption the value as printed above the bar
   * @param filter the drill-down filter, if the bar has one (not empty)
   * @param count the number of leads behind the bar
   */
  public record Bar(String label, double value, String caption, Optional<String> filter, long count) {
    /** A bar without drill-down. */
    public Bar(String label, double value, String caption) {
      this(label, value, caption, Optional.empty(), 0);
    }

    /** Validates the bar. */
    public Bar {
      requireNonNull(label, "label");
      requireNonNull(caption, "caption");
      HtmlPage.notEmpty("filter", filter);
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("bar value must be finite: " + value);
      }
    }
  }

  /**
   * One stage of the bowtie: its name, its volume (as printed), its relative width in [0, 1] and its rate as
   * printed under its name, with its base (e.g. "30.3% of attraction"), if it has one.
   */
  public record Stage(String name, String volume, double width, Optional<String> rate) {
    /** Validates the stage. */
    public Stage {
      requireNonNull(name, "name");
      requireNonNull(volume, "volume");
      requireNonNull(rate, "rate");
    }
  }

  /**
   * Vertical bars with captions above them: positive bars in the accent colour, negative ones in red below the
   * axis (used for MRR movements, compliance by week, speed to lead).
   */
  public static String bars(String title, String cssClass, List<Bar> bars) {
    return bars(title, cssClass, bars, "no data");
  }

  /**
   * As {@link #bars(String, String, List)}; a chart without bars shows {@code noData} (e.g. "no data") in a
   * framed box instead of a blank area.
   */
  public static String bars(String title, String cssClass, List<Bar> bars, String noData) {
    requireNonNull(title, "title");
    requireNonNull(bars, "bars");
    requireNonNull(noData, "noData");
    if (bars.isEmpty()) {
      return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart " + Xml.escape(cssClass) + " empty\" width=\"320\""
          + " height=\"60\" viewBox=\"0 0 320 60\" role=\"img\"><title>" + Xml.escape(title) + "</title>"
          + "<rect x=\"1\" y=\"1\" width=\"318\" height=\"58\" fill=\"none\" stroke=\"#bbb\"/><text x=\"160\" y=\"35\""
          + " text-anchor=\"middle\" class=\"no-data\" " + FONT + ">" + Xml.escape(title + ": " + noData) + "</text></svg>";
    }
    int n = Math.max(1, bars.size());
    double slot = Math.max(28, Math.min(90, 640.0 / n));
    double width = 40 + slot * n;
    double height = 240;
    double top = 24;
    double bottom = height - 48;
    double max = bars.stream().mapToDouble(b -> Math.max(0, b.value())).max().orElse(0);
    double min = bars.stream().mapToDouble(b -> Math.min(0, b.value())).min().orElse(0);
    double span = max - min == 0 ? 1 : max - min;
    double zeroY = top + (max / span) * (bottom - top);
    StringBuilder sb = new StringBuilder();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ").append(Xml.escape(cssClass))
        .append("\" width=\"").append(Xml.num(width)).append("\" height=\"").append(Xml.num(height))
        .append("\" viewBox=\"0 0 ").append(Xml.num(width)).append(' ').append(Xml.num(height))
        .append("\" role=\"img\"><title>").append(Xml.escape(title)).append("</title>");
    sb.append("<line x1=\"30\" y1=\"").append(Xml.num(zeroY)).append("\" x2=\"").append(Xml.num(width - 5))
        .append("\" y2=\"").append(Xml.num(zeroY)).append("\" stroke=\"#444\" stroke-width=\"1\"/>");
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double x = 35 + i * slot;
      double h = Math.abs(b.value()) / span * (bottom - top);
      double y = b.value() >= 0 ? zeroY - h : zeroY;
      sb.append("<rect x=\"").append(Xml.num(x)).append("\" y=\"").append(Xml.num(y)).append("\" width=\"")
          .append(Xml.num(slot * 0.7)).append("\" height=\"").append(Xml.num(Math.max(h, 0.5)))
          .append("\" fill=\"").append(b.value() >= 0 ? ACCENT : NEGATIVE).append('"');
      b.filter().ifPresent(f -> sb.append(" class=\"drill\" data-filter=\"").append(Xml.escape(f))
          .append("\" data-count=\"").append(b.count()).append('"'));
      sb.append("><title>")
          .append(Xml.escape(b.label() + ": " + b.caption())).append("</title></rect>");
      double captionY = b.value() >= 0 ? y - 4 : y + h + 12;
      sb.append("<text x=\"").append(Xml.num(x + slot * 0.35)).append("\" y=\"").append(Xml.num(captionY))
          .append("\" text-anchor=\"middle\" ").append(FONT).append('>').append(Xml.escape(b.caption()))
          .append("</text>");
      sb.append("<text x=\"").append(Xml.num(x + slot * 0.35)).append("\" y=\"").append(Xml.num(height - 12))
          .append("\" text-anchor=\"middle\" ").append(FONT).append('>').append(Xml.escape(b.label()))
          .append("</text>");
    }
    return sb.append("</svg>").toString();
  }

  /**
   * The bowtie: the left wing narrowing from attraction to the deal, the right wing widening from the deal to
   * advocacy; each stage a band with its volume, its name and its rate under the name.
   */
  public static String bowtie(String title, List<Stage> stages, int dealIndex) {
    requireNonNull(title, "title");
    requireNonNull(stages, "stages");
    int n = stages.size();
    double slot = 120;
    double width = slot * Math.max(1, n) + 20;
    double height = 260;
    double mid = 120;
    StringBuilder sb = new StringBuilder();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-bowtie\" width=\"")
        .append(Xml.num(width)).append("\" height=\"").append(Xml.num(height)).append("\" viewBox=\"0 0 ")
        .append(Xml.num(width)).append(' ').append(Xml.num(height)).append("\" role=\"img\"><title>")
        .append(Xml.escape(title)).append("</title>");
    for (int i = 0; i < n; i++) {
      Stage s = stages.get(i);
      double w = Math.max(0.08, Math.min(1, s.width()));
      double half = 90 * w;
      double x = 10 + i * slot;
      String fill = i == dealIndex ? "#0d3d73" : i < dealIndex ? ACCENT : "#5b8fc9";
      sb.append("<rect x=\"").append(Xml.num(x)).append("\" y=\"").append(Xml.num(mid - half))
          .append("\" width=\"").append(Xml.num(slot - 6)).append("\" height=\"").append(Xml.num(2 * half))
          .append("\" rx=\"4\" fill=\"").append(fill).append("\"><title>").append(Xml.escape(s.name() + ": " + s.volume()))
          .append("</title></rect>");
      sb.append("<text x=\"").append(Xml.num(x + (slot - 6) / 2)).append("\" y=\"").append(Xml.num(mid + 4))
          .append("\" text-anchor=\"middle\" fill=\"#fff\" ").append(FONT).append(" font-weight=\"bold\">")
          .append(Xml.escape(s.volume())).append("</text>");
      sb.append("<text x=\"").append(Xml.num(x + (slot - 6) / 2)).append("\" y=\"").append(Xml.num(height - 36))
          .append("\" text-anchor=\"middle\" ").append(FONT).append('>').append(Xml.escape(s.name())).append("</text>");
      s.rate().ifPresent(rate ->
          // under the stage it belongs to: a rate between two stages would hide its base (advocacy is a share of
          // the deals, not of the expansion before it)
          sb.append("<text x=\"").append(Xml.num(x + (slot - 6) / 2)).append("\" y=\"").append(Xml.num(height - 16))
              .append("\" text-anchor=\"middle\" fill=\"#444\" ").append(FONT).append('>')
              .append(Xml.escape(rate)).append("</text>"));
    }
    return sb.append("</svg>").toString();
  }
}

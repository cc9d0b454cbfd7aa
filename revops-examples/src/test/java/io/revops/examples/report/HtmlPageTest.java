package io.revops.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class HtmlPageTest {

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void rendersWellFormedXhtmlWithEscapedTextAndCharts() throws Exception {
    String page = HtmlPage.titled("Health <check> & more")
        .heading("MRR movements")
        .svg(SvgCharts.bars("MRR movements", "chart-mrr", List.of(new SvgCharts.Bar("new", 3, "+3"),
            new SvgCharts.Bar("churn", -1.5, "-1.5"))))
        .svg(SvgCharts.bowtie("Bowtie", List.of(new SvgCharts.Stage("attraction", "10 000", 1, Optional.of("2%")),
            new SvgCharts.Stage("deal", "30", 0.1, Optional.empty()),
            new SvgCharts.Stage("advocacy", "12", 0.4, Optional.empty())), 1))
        .table(List.of("metric", "value"), List.of(List.of("CAC", "500 000,00 RUB"), List.of("band", "healthy")))
        .note("a < b")
        .render();
    Document doc = parse(page);
    assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(2);
    assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength()).isEqualTo(5);
    assertThat(doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "title").item(0).getTextContent())
        .isEqualTo("Health <check> & more");
    assertThat(page).doesNotContain("<script").doesNotContain("http://cdn").doesNotContain("@import");
  }

  @Test
  void amountsWithATypographicMinusAreRightAlignedLikeOtherNumbers() {
    String page = HtmlPage.titled("t").table(List.of("movement", "RUB"),
        List.of(List.of("churn", "−1 796 393,71 RUB"), List.of("new", "+5,00 RUB"))).render();
    assertThat(page).contains("<td class=\"num\">−1 796 393,71 RUB</td>", "<td class=\"num\">+5,00 RUB</td>",
        "<td>churn</td>");
  }

  @Test
  void negativeBarsGoBelowTheAxis() throws Exception {
    String svg = SvgCharts.bars("t", "c", List.of(new SvgCharts.Bar("up", 2, "2"), new SvgCharts.Bar("down", -2, "-2")));
    Document doc = parse(svg);
    var rects = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
    double upY = Double.parseDouble(rects.item(0).getAttributes().getNamedItem("y").getNodeValue());
    double upH = Double.parseDouble(rects.item(0).getAttributes().getNamedItem("height").getNodeValue());
    double downY = Double.parseDouble(rects.item(1).getAttributes().getNamedItem("y").getNodeValue());
    assertThat(upY + upH).isEqualTo(downY);
    assertThat(rects.item(1).getAttributes().getNamedItem("fill").getNodeValue()).isEqualTo("#b23b3b");
  }

  @Test
  void aColumnWithoutAHeadingIsAnEmptyHeadingAsAnEmptyTextWas() {
    List<HtmlPage.Row> rows = List.of(HtmlPage.Row.of(List.of(HtmlPage.Cell.of("ARPA"), HtmlPage.Cell.of("5"))));
    String unheaded = HtmlPage.titled("t").rows("v", HtmlPage.Header.of("value").unheaded(), rows, false).render();
    assertThat(unheaded).contains("<thead><tr><th>value</th><th></th></tr></thead>")
        .isEqualTo(HtmlPage.titled("t").rows("v", List.of("value", ""), rows, false).render());
    assertThat(HtmlPage.Header.of("a", "b").unheaded().headings())
        .containsExactly(Optional.of("a"), Optional.of("b"), Optional.empty());
    assertThatThrownBy(() -> HtmlPage.Header.of("value", "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("headings must not be empty: use Optional.empty() for none");
  }
}

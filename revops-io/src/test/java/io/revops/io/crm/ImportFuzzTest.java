package io.revops.io.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.revops.core.batch.Finding;
import io.revops.io.profile.Profiles;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the CSV and profile readers: the fixtures with random damage (quotes, delimiters, line
 * breaks, bytes that are not UTF-8, cut and doubled spans) never end the run; every data row is either read
 * or rejected with a finding; findings name a line of the file. {@code revops.fuzz.cases} cases per fixture
 * (300 in CI; 30,000, 100 times as many, with {@code -Pfuzz}).
 */
class ImportFuzzTest {
  private static final int CASES = Integer.getInteger("revops.fuzz.cases", 300);
  private static final byte[] NASTY = {'"', ',', ';', '\n', '\r', (byte) 0xFF, (byte) 0xC3, (byte) 0xA0, 0, '\t'};

  static byte[] damage(byte[] in, Random r) {
    byte[] out = in.clone();
    int edits = 1 + r.nextInt(6);
    for (int e = 0; e < edits && out.length > 4; e++) {
      int at = r.nextInt(out.length);
      switch (r.nextInt(4)) {
        case 0 -> out[at] = NASTY[r.nextInt(NASTY.length)];
        case 1 -> out[at] = (byte) r.nextInt(256);
        case 2 -> { // cut a span
          int len = Math.min(out.length - at, 1 + r.nextInt(40));
          byte[] cut = new byte[out.length - len];
          System.arraycopy(out, 0, cut, 0, at);
          System.arraycopy(out, at + len, cut, at, out.length - at - len);
          out = cut;
        }
        default -> { // double a span
          int len = Math.min(out.length - at, 1 + r.nextInt(80));
          byte[] twice = new byte[out.length + len];
          System.arraycopy(out, 0, twice, 0, at + len);
          System.arraycopy(out, at, twice, at + len, out.length - at);
          out = twice;
        }
      }
    }
    return out;
  }

  @Test
  void damagedExportsAreReadRowByRow() {
    List<String[]> fixtures = List.of(new String[] {"amocrm", "amocrm-deals.csv"},
        new String[] {"amocrm", "amocrm-deals-excel.csv"}, new String[] {"bitrix24", "bitrix24-leads.csv"},
        new String[] {"hubspot", "hubspot-contacts.csv"}, new String[] {"salesforce", "salesforce-Lead.csv"});
    for (String[] f : fixtures) {
      byte[] original = Imported.bytes(f[1]);
      long lines = new String(original, java.nio.charset.StandardCharsets.ISO_8859_1).lines().count();
      qt().withFixedSeed(f[1].hashCode()).withExamples(CASES).forAll(longs().all()).checkAssert(seed -> {
        byte[] damaged = damage(original, new Random(seed));
        Imported in = Imported.read(Profiles.builtIn(f[0]), List.of(ExportFile.of(f[1], damaged)));
        if (in.summary.files().isEmpty()) {
          // the header was damaged: the file matches no file of the profile, which is one finding about it
          assertThat(in.findings.all()).as("seed %s", seed).isNotEmpty();
          return;
        }
        ImportSummary.FileSummary s = in.summary.files().get(0);
        assertThat(in.leads.size() + s.rowsRejected()).as("seed %s", seed).isEqualTo(s.rowsRead());
        long rejectedLines = in.findings.all().stream().filter(x -> x.line() > 1 || !x.rule().contains("header"))
            .filter(x -> x.line() > 0).map(Finding::line).distinct().count();
        assertThat(rejectedLines).as("seed %s", seed).isGreaterThanOrEqualTo(s.rowsRejected());
        assertThat(in.findings.all()).allSatisfy(x -> assertThat(x.line()).isLessThanOrEqualTo(lines * 3 + 100));
      });
    }
  }

  @Test
  void randomProfileDocumentsAreRejectedWithAPathNeverAnotherException() {
    String text = Profiles.builtInText("bitrix24");
    qt().withFixedSeed(11).withExamples(Math.max(100, CASES / 5)).forAll(integers().between(0, text.length() - 1),
        integers().between(0, 255)).checkAssert((at, c) -> {
          String damaged = text.substring(0, at) + (char) (int) c + text.substring(Math.min(text.length(), at + 1));
          try {
            Profiles.parse(damaged, "p.json");
          } catch (io.revops.io.profile.ProfileException e) {
            assertThat(e.path()).startsWith("$");
          }
        });
  }
}

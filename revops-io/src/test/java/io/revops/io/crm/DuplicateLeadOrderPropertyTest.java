package io.revops.io.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.revops.io.profile.Profile;
import io.revops.io.profile.Profiles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: shuffling the rows of an amoCRM export holding repeated lead ids (rows repeated exactly, rows of one
 * id with other values, and damaged rows) gives the same leads, the same events and the same findings (line
 * numbers aside); an id on identical rows is read once, an id on rows that differ is not read at all.
 */
class DuplicateLeadOrderPropertyTest {
  private static final List<String> HEADER = List.of("ID", "Название сделки", "Бюджет", "Дата создания",
      "Дата закрытия", "Этап сделки", "Полное имя контакта", "Источник");
  private static final String[] STAGES = {"Успешно реализовано", "Закрыто и не реализовано", "Переговоры"};
  private static final Layout LAYOUT = new Layout(',', false, false, StandardCharsets.UTF_8, true, "\n");

  private record Export(List<List<String>> rows, int leadsRead, int conflictingIds) {}

  private static List<String> row(Random r, String id) {
    return List.of(id, "Сделка " + r.nextInt(5), r.nextInt(100_000) + ",00",
        String.format("%02d.0%d.2026 1%d:00:00", 1 + r.nextInt(28), 1 + r.nextInt(9), r.nextInt(10)),
        "15.10.2026 12:00:00", STAGES[r.nextInt(STAGES.length)], "Имя " + r.nextInt(3),
        r.nextBoolean() ? "телефон" : "Звонок");
  }

  private static Export export(Random r) {
    List<List<String>> rows = new ArrayList<>();
    int read = 0;
    int conflicting = 0;
    int ids = 1 + r.nextInt(25);
    for (int i = 0; i < ids; i++) {
      String id = String.valueOf(5000 + i);
      List<String> first = row(r, id);
      rows.add(first);
      switch (r.nextInt(5)) {
        case 0 -> { // repeated exactly, once or twice (one copy with spaces around values)
          rows.add(first);
          if (r.nextBoolean()) {
            rows.add(first.stream().map(c -> " " + c + " ").toList());
          }
          read++;
        }
        case 1 -> { // another row of the id with other values, maybe an exact repeat too
          List<String> other = new ArrayList<>(first);
          other.set(2, (r.nextInt(100_000) + 100_000) + ",00");
          rows.add(other);
          if (r.nextBoolean()) {
            rows.add(first);
          }
          conflicting++;
        }
        case 2 -> { // a damaged date on a row of its own id
          List<String> bad = new ArrayList<>(first);
          bad.set(3, "31.02.2026 10:00:00");
          rows.set(rows.size() - 1, bad);
        }
        default -> read++;
      }
    }
    return new Export(rows, read, conflicting);
  }

  private static List<String> leads(Imported in) {
    return in.leads.stream().map(String::valueOf).sorted().toList();
  }

  private static List<String> events(Imported in) {
    return in.events.stream().map(String::valueOf).sorted().toList();
  }

  /** The findings without their line numbers (in the finding and in the rule's file:line references). */
  private static List<String> findings(Imported in) {
    return in.findings.all().stream()
        .map(f -> f.source() + " | " + f.field() + " | " + f.value() + " | " + f.rule().replaceAll(":\\d+", ":#"))
        .sorted().toList();
  }

  @Test
  void shufflingTheRowsChangesNothingButLineNumbers() {
    Profile amo = Profiles.builtIn("amocrm");
    qt().withFixedSeed(12).withExamples(150).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      Export made = export(r);
      List<List<String>> shuffled = new ArrayList<>(made.rows());
      Collections.shuffle(shuffled, r);
      Imported a = Imported.read(amo, List.of(ExportFile.of("deals.csv", LAYOUT.write(HEADER, made.rows()))));
      Imported b = Imported.read(amo, List.of(ExportFile.of("deals.csv", LAYOUT.write(HEADER, shuffled))));
      assertThat(a.leads).as("seed %s", seed).hasSize(made.leadsRead());
      assertThat(leads(b)).as("seed %s", seed).isEqualTo(leads(a));
      assertThat(events(b)).as("seed %s", seed).isEqualTo(events(a));
      assertThat(findings(b)).as("seed %s", seed).isEqualTo(findings(a));
      assertThat(b.summary.describe()).as("seed %s", seed).isEqualTo(a.summary.describe());
      long conflicts = a.findings.all().stream().filter(f -> f.rule().contains("every row of this id is rejected"))
          .map(f -> f.value()).distinct().count();
      assertThat(conflicts).as("seed %s", seed).isEqualTo(made.conflictingIds());
      assertThat(a.findings.all()).as("every row not read is a finding (seed %s)", seed)
          .hasSize(made.rows().size() - made.leadsRead());
    });
  }
}

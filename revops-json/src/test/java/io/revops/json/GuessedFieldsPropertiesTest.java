package io.revops.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of a JSON Lines reader's cursor read what the plain paths read: fields named by a
 * {@link FieldNames} and guessed from its order ({@link JsonCursor#nextField(FieldNames)}) come out as
 * {@link JsonCursor#nextField()} gives them, with the same duplicate-field failures; recurring texts matched on the
 * parser's characters ({@link JsonCursor#recurring}) are the values {@link JsonCursor#text(String, Function)} makes.
 */
class GuessedFieldsPropertiesTest {
  private static final JsonFactory PLAIN = JsonLimits.factoryCheckedByCursor();
  private static final String[] POOL = {"type", "at", "name", "id", "pageKind", "title", "x", "caf\u00e9", "a\"b"};
  private static final FieldNames NAMES = FieldNames.of("type", "at", "name", "id", "pageKind", "title");

  /** JSON text of an object whose fields are picked from {@link #POOL} by {@code picks}; some nest objects. */
  private static String object(List<Integer> picks, int from, int depth) {
    StringBuilder sb = new StringBuilder("{");
    for (int i = from; i < picks.size() && i < from + 6; i++) {
      int p = picks.get(i);
      String name = POOL[p % POOL.length].replace("\"", "\\\"");
      sb.append(sb.length() > 1 ? "," : "").append('"').append(name).append("\":");
      int kind = (p / POOL.length) % 4;
      if (kind == 0) {
        sb.append("null");
      } else if (kind == 1 && depth < 3) {
        sb.append(object(picks, i + 1, depth + 1));
      } else {
        sb.append(p);
      }
    }
    return sb.append('}').toString();
  }

  /** The names read, depth first, or the failure that ended the reading. */
  private static List<String> names(String json, boolean guessing, FieldNames names) throws IOException {
    List<String> out = new ArrayList<>();
    try (JsonParser p = PLAIN.createParser(json)) {
      JsonCursor in = guessing ? JsonCursor.guessing(p, new FieldGuess(), new RecurringValues()) : JsonCursor.of(p);
      in.token();
      try {
        // the same document twice in one array would need a shared cursor; one object read twice is enough
        read(in, p, names, guessing, out);
      } catch (JsonPathException e) {
        out.add("failure " + e.path() + ": " + e.problem());
      }
    }
    return out;
  }

  private static void read(JsonCursor in, JsonParser p, FieldNames names, boolean guessing, List<String> out)
      throws IOException {
    for (String f = guessing ? in.nextField(names) : in.nextField(); f != null;
        f = guessing ? in.nextField(names) : in.nextField()) {
      out.add(f);
      if (p.currentToken() == JsonToken.START_OBJECT) {
        out.add("{");
        read(in, p, names, guessing, out);
        out.add("}");
      }
    }
  }

  @Test
  void guessedFieldNamesAreTheNamesReadAndDuplicatesFailAlike() {
    qt().withExamples(3_000).forAll(lists().of(integers().between(0, 200)).ofSizeBetween(1, 40),
        lists().of(integers().between(0, 5)).ofSizeBetween(0, 6))
        .checkAssert((picks, order) -> {
          String json = object(picks, 0, 0);
          List<String> ordered = new ArrayList<>();
          for (int o : order) {
            if (!ordered.contains(NAMES.name(o))) {
              ordered.add(NAMES.name(o));
            }
          }
          FieldNames names = NAMES.orderedAs(ordered.toArray(String[]::new));
          try {
            assertThat(names(json, true, names)).as(json).isEqualTo(names(json, false, names));
          } catch (IOException e) {
            throw new AssertionError(json, e);
          }
        });
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final Class<? extends Enum>[] ENUMS = new Class[] {java.time.DayOfWeek.class, java.time.Month.class,
      java.math.RoundingMode.class, java.util.concurrent.TimeUnit.class, io.revops.core.lead.PageKind.class,
      io.revops.core.lead.BantAnswer.class, LeadDecoders.BehaviourType.class};

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void enumTablesKeptByAReaderGiveTheConstantsOfTheSharedTables() {
    // more types than the reader keeps, so that its tables are replaced as it goes
    qt().withExamples(1_000).forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 50))
        .checkAssert(picks -> {
          EnumSpellings.Recent recent = new EnumSpellings.Recent();
          for (int p : picks) {
            Class type = ENUMS[p % ENUMS.length];
            Enum<?>[] constants = (Enum<?>[]) ENUMS[(p / 7) % ENUMS.length].getEnumConstants();
            String name = EnumSpellings.name(constants[(p / 49) % constants.length]);
            String text = (p / 343) % 3 == 0 ? name.toUpperCase(java.util.Locale.ROOT) : (p / 343) % 3 == 1 ? name
                : name.substring(0, name.length() - 1);
            char[] c = ("[" + text + "]").toCharArray();
            assertThat((Object) recent.exact(type, c, 1, text.length())).as(type + " " + text)
                .isEqualTo(EnumSpellings.exact(type, c, 1, text.length()));
          }
        });
  }

  private static final String[] TEXTS = {"Moscow", "RU", "Moskva", "caf\u00e9", "\\u0041b", "a\\\"b", "", " x ",
      "Case study #8", "a".repeat(RecurringValues.MAX_LENGTH), "b".repeat(RecurringValues.MAX_LENGTH + 1), "\\n"};
  private static final Function<String, String> MARKED = s -> "<" + s + ">";

  @Test
  void recurringTextsAreTheValuesMadeOfTheText() {
    qt().withExamples(2_000).forAll(lists().of(integers().between(0, 2 * TEXTS.length - 1)).ofSizeBetween(1, 60))
        .checkAssert(picks -> {
          StringBuilder json = new StringBuilder("[");
          for (int p : picks) {
            json.append(json.length() > 1 ? "," : "").append('"').append(TEXTS[p % TEXTS.length]).append('"');
          }
          String text = json.append(']').toString();
          try {
            assertThat(values(text, picks, true)).as(text).isEqualTo(values(text, picks, false));
          } catch (IOException e) {
            throw new AssertionError(text, e);
          }
        });
  }

  /** Each element read as it is or through {@link #MARKED}, by the pick's half; recurring or not. */
  private static List<String> values(String json, List<Integer> picks, boolean recurring) throws IOException {
    List<String> out = new ArrayList<>();
    try (JsonParser p = PLAIN.createParser(json)) {
      JsonCursor in = JsonCursor.guessing(p, new FieldGuess(), new RecurringValues());
      in.token();
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        boolean marked = picks.get(i) >= TEXTS.length;
        if (recurring) {
          out.add(marked ? in.recurring("a text", MARKED) : in.recurring("a text"));
        } else {
          out.add(marked ? in.text("a text", MARKED) : in.text("a text"));
        }
      }
    }
    return out;
  }
}

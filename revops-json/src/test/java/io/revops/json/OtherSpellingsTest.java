package io.revops.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.revops.json.GoldenDocuments.Golden;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reader rejects the other dialects' spellings, for every document type that reads back: each golden file
 * is changed in one place to another dialect's spelling — a snake-case value or key in kebab case
 * ({@code "first-contact"}, {@code "no-budget"}), a field in another naming ({@code "lead_id"}), a field of
 * another dialect ({@code "visitedPageKind"}) — and reading it must fail with a message that carries the JSON
 * path of the change. The upper-case spelling of an enum value or key ({@code "NO_BUDGET"}) is read.
 */
class OtherSpellingsTest {
  private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)+");
  private static final Pattern CAMEL = Pattern.compile("[a-z]+[A-Z][A-Za-z]*");
  private final ObjectMapper mapper = RevOpsJson.mapper();

  static Stream<Golden> readable() {
    return GoldenDocuments.all().stream().filter(g -> g.readAs() != null);
  }

  private JsonNode golden(Golden g) throws IOException {
    return mapper.readTree(GoldenFilesTest.golden(g.name()));
  }

  private void rejected(Golden g, JsonNode changed, String path) {
    assertThatThrownBy(() -> mapper.readValue(mapper.writeValueAsString(changed), mapper.constructType(g.readAs())))
        .as("%s changed at %s", g, path).isInstanceOf(JsonMappingException.class)
        .hasMessageContaining(path);
  }

  /** The first place in {@code node} (depth first) where {@code change} applies, with its JSON path. */
  private record Place(ObjectNode parent, String field, ArrayNode array, int index, String path) {}

  private static List<Place> places(JsonNode node, String path, boolean keys, Predicate<String> p) {
    List<Place> out = new ArrayList<>();
    if (node instanceof ObjectNode o) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String at = path + (e.getKey().matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + e.getKey() : "['" + e.getKey() + "']");
        if (keys ? p.test(e.getKey()) : e.getValue().isTextual() && p.test(e.getValue().asText())) {
          out.add(new Place(o, e.getKey(), null, -1, at));
        }
        out.addAll(places(e.getValue(), at, keys, p));
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        String at = path + "[" + i + "]";
        if (!keys && a.get(i).isTextual() && p.test(a.get(i).asText())) {
          out.add(new Place(null, null, a, i, at));
        }
        out.addAll(places(a.get(i), at, keys, p));
      }
    }
    return out;
  }

  private static String kebab(String s) {
    return s.replace('_', '-');
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readable")
  void aSnakeCaseValueInKebabCaseIsRejectedWithItsPath(Golden g) throws IOException {
    List<Place> values = places(golden(g), "$", false, v -> SNAKE.matcher(v).matches());
    for (Place at : values) {
      JsonNode doc = golden(g);
      Place p = places(doc, "$", false, v -> SNAKE.matcher(v).matches()).get(values.indexOf(at));
      if (p.parent() != null) {
        p.parent().put(p.field(), kebab(p.parent().get(p.field()).asText()));
      } else {
        p.array().set(p.index(), TextNode.valueOf(kebab(p.array().get(p.index()).asText())));
      }
      rejected(g, doc, p.path());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readable")
  void aSnakeCaseKeyInKebabCaseIsRejectedWithItsPath(Golden g) throws IOException {
    List<Place> keys = places(golden(g), "$", true, k -> SNAKE.matcher(k).matches());
    for (int i = 0; i < keys.size(); i++) {
      JsonNode doc = golden(g);
      Place p = places(doc, "$", true, k -> SNAKE.matcher(k).matches()).get(i);
      ObjectNode renamed = p.parent().objectNode();
      p.parent().fields().forEachRemaining(e -> renamed.set(e.getKey().equals(p.field()) ? kebab(e.getKey())
          : e.getKey(), e.getValue()));
      p.parent().removeAll().setAll(renamed);
      rejected(g, doc, p.path().substring(0, p.path().lastIndexOf(p.field()) - 1));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readable")
  void aFieldInSnakeCaseOrOfAnotherDialectIsRejectedWithItsPath(Golden g) throws IOException {
    JsonNode doc = golden(g);
    ((ObjectNode) doc).put("visitedPageKind", "pricing");
    rejected(g, doc, "$.visitedPageKind: unknown field");
    List<Place> camel = places(golden(g), "$", true, k -> CAMEL.matcher(k).matches());
    for (int i = 0; i < camel.size(); i++) {
      JsonNode d = golden(g);
      Place p = places(d, "$", true, k -> CAMEL.matcher(k).matches()).get(i);
      String snake = p.field().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
      JsonNode v = p.parent().remove(p.field());
      p.parent().set(snake, v);
      rejected(g, d, snake);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readable")
  void upperCaseEnumValuesAndKeysAreRead(Golden g) throws IOException {
    JsonNode doc = golden(g);
    for (Place p : places(doc, "$", false, v -> SNAKE.matcher(v).matches())) {
      if (p.parent() != null) {
        p.parent().put(p.field(), p.parent().get(p.field()).asText().toUpperCase(Locale.ROOT));
      } else {
        p.array().set(p.index(), TextNode.valueOf(p.array().get(p.index()).asText().toUpperCase(Locale.ROOT)));
      }
    }
    String upper = mapper.writeValueAsString(doc);
    Object back = mapper.readValue(upper, mapper.constructType(g.readAs()));
    assertThat(back).as(g.name()).isEqualTo(g.value());
  }
}

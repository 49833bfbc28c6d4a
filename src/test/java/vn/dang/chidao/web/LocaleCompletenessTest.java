package vn.dang.chidao.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards the Vietnamese translation of the Camunda webapps.
 *
 * <p>The English {@code en.json} only exists in the Camunda webjar; our {@code vi.json} (and the
 * {@code config.js} overrides) come from {@code src/main/resources}, which precedes the webjar on
 * the classpath. When Camunda is upgraded and ships new labels, this test fails and lists the keys
 * that still need a Vietnamese translation.
 */
class LocaleCompletenessTest {

  private static final String APP_BASE = "/META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?\\}\\}");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void vietnameseLocaleMatchesShippedEnglishLocale(String app) throws IOException {
    Map<String, JsonNode> en = flatten(readJson(APP_BASE + app + "/locales/en.json"));
    Map<String, JsonNode> vi = flatten(readJson(APP_BASE + app + "/locales/vi.json"));

    assertThat(en).as("%s en.json has keys", app).isNotEmpty();
    assertThat(vi.keySet())
        .as("%s: key paths of vi.json must equal those of the shipped en.json", app)
        .containsExactlyInAnyOrderElementsOf(en.keySet());

    SoftAssertions softly = new SoftAssertions();
    en.forEach(
        (key, enValue) -> {
          String viText = vi.get(key).asText();
          if (!isEnglishPluralSuffix(enValue)) {
            softly.assertThat(viText).as("%s: %s must not be blank", app, key).isNotBlank();
          }
          Matcher placeholders = PLACEHOLDER.matcher(enValue.asText());
          while (placeholders.find()) {
            softly
                .assertThat(viText)
                .as("%s: %s must keep placeholder %s", app, key, placeholders.group())
                .contains(placeholders.group());
          }
        });
    softly.assertAll();
  }

  @Test
  void tasklistConfigEnablesVietnamese() throws IOException {
    String config = readText(APP_BASE + "tasklist/scripts/config.js");

    assertThat(config).as("tasklist config.js on the classpath enables the vi locale").contains("'vi'");
  }

  /**
   * A few cockpit labels (e.g. {@code PLGN_BATCH_S}) hold only the English plural suffix "s". Vietnamese
   * nouns do not inflect for plural, so the correct translation of those fragments is empty.
   */
  private static boolean isEnglishPluralSuffix(JsonNode enValue) {
    return "s".equals(enValue.asText());
  }

  private static JsonNode readJson(String path) throws IOException {
    try (InputStream in = open(path)) {
      // Jackson detects encoding and skips the UTF-8 BOM the shipped en.json files start with.
      return MAPPER.readTree(in);
    }
  }

  private static String readText(String path) throws IOException {
    try (InputStream in = open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static InputStream open(String path) {
    InputStream in = LocaleCompletenessTest.class.getResourceAsStream(path);
    assertThat(in).as("classpath resource %s", path).isNotNull();
    return in;
  }

  /** Flattens a JSON tree to leaf key paths such as {@code labels.CLAIM_TASK} or {@code dateLocales.months[0]}. */
  private static Map<String, JsonNode> flatten(JsonNode root) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    flatten("", root, leaves);
    return leaves;
  }

  private static void flatten(String path, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }
}

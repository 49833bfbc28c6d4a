package vn.dang.chidao.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
        .as("%s: vi.json must have every key path of the shipped en.json", app)
        .containsAll(en.keySet());
    // keys en.json lacks are allowed only where the app's bundle asks for them (a Camunda omission)
    Set<String> bundleKeys = keysUsedByBundle(app);
    assertThat(vi.keySet().stream().filter(k -> !en.containsKey(k)).toList())
        .as("%s: vi.json keys that are neither in en.json nor used by the bundle", app)
        .allSatisfy(k -> assertThat(bundleKeys).contains(k.substring("labels.".length())));

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

  /**
   * Every label Cockpit's bundle translates ({@code 'KEY' | translate}, {@code $translate.instant("KEY")})
   * is in vi.json: a missing one would show as its raw key (Camunda's en.json lacks some).
   */
  @Test
  void cockpitHasEveryKeyItsBundleTranslates() throws IOException {
    Map<String, JsonNode> vi = flatten(readJson(APP_BASE + "cockpit/locales/vi.json"));
    assertThat(keysUsedByBundle("cockpit"))
        .as("Cockpit's bundle uses these labels")
        .hasSizeGreaterThan(300)
        .allSatisfy(key -> assertThat(vi).as("cockpit vi.json").containsKey("labels." + key));
  }

  /** Managers and administrators read Vietnamese: no English word of Camunda's screens in these labels. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"cockpit", "admin", "welcome"})
  void vietnameseLabelsHaveNoEnglishWords(String app) throws IOException {
    Map<String, JsonNode> vi = flatten(readJson(APP_BASE + app + "/locales/vi.json"));
    SoftAssertions softly = new SoftAssertions();
    vi.forEach((key, value) -> {
      String text = PLACEHOLDER.matcher(value.asText()).replaceAll(" ").replaceAll("<[^>]*>", " ");
      softly.assertThat(EnglishText.find(text)).as("%s: %s = %s", app, key, value.asText()).isEmpty();
    });
    softly.assertAll();
  }

  /** Cockpit, Admin and Welcome: Vietnamese whatever the browser asks for, and a Vietnamese app name. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"cockpit", "admin", "welcome"})
  void configServesOnlyVietnameseUnderAVietnameseName(String app) throws IOException {
    String config = readText(APP_BASE + app + "/scripts/config.js").replaceAll("(?m)^\\s*//.*$", "");

    assertThat(config).containsPattern("availableLocales:\\s*\\['vi'\\]").contains("fallbackLocale: 'vi'")
        .containsPattern("app:\\s*\\{\\s*name: '[^']+'").contains("disableWelcomeMessage: true");
  }

  /** The Camunda 8 banner is hidden by the selector the bundle really uses. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"cockpit", "admin", "welcome"})
  void camunda8BannerIsHidden(String app) throws IOException {
    assertThat(readText(APP_BASE + app + "/camunda-" + app + "-bootstrap.js")).contains("class=\"ce-eol-banner\"");
    assertThat(readText(APP_BASE + app + "/styles/user-styles.css"))
        .containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none");
  }

  @Test
  void tasklistConfigEnablesVietnamese() throws IOException {
    String config = readText(APP_BASE + "tasklist/scripts/config.js");

    assertThat(config).as("tasklist config.js on the classpath enables the vi locale").contains("'vi'");
  }

  private static final Pattern TRANSLATED_KEY = Pattern.compile(
      "\\\\?'([A-Z][A-Z0-9_]{3,})\\\\?'\\s*\\|\\s*translate|instant\\([\"']([A-Z][A-Z0-9_]{3,})[\"']\\)");

  private static Set<String> keysUsedByBundle(String app) throws IOException {
    String bundle = readText(APP_BASE + app + "/camunda-" + app + "-bootstrap.js");
    Set<String> keys = new TreeSet<>();
    Matcher m = TRANSLATED_KEY.matcher(bundle);
    while (m.find()) {
      keys.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return keys;
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

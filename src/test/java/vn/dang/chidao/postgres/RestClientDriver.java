package vn.dang.chidao.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls /engine-rest as Tasklist does: HTTP Basic as a demo user, JSON variables for lists. */
public class RestClientDriver {

    public record Reply(int status, String body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public RestClientDriver(int port) {
        this.base = "http://localhost:" + port + "/engine-rest";
    }

    public Reply call(String user, String method, String path, Object body) {
        return callRaw(user, method, path, body == null ? null : write(body));
    }

    /** A request with a body sent exactly as given (malformed JSON, raw escapes), or none when null. */
    public Reply callRaw(String user, String method, String path, String rawBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method(method, rawBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(rawBody));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status(String user, String method, String path, Object body) {
        return call(user, method, path, body).status();
    }

    public String get(String user, String path) {
        Reply reply = call(user, "GET", path, null);
        assertThat(reply.status()).as("GET %s as %s: %s", path, user, reply.body()).isEqualTo(200);
        return reply.body();
    }

    public String startCongVan(String user, String subject) {
        Reply reply = call(user, "POST", "/process-definition/key/cong-van/submit-form",
                Map.of("variables", variables(Map.of("subject", subject))));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return read(reply.body(), new TypeReference<Map<String, Object>>() { }).get("id").toString();
    }

    /** Open tasks the user can see, optionally of one task definition key. */
    public List<Map<String, Object>> tasks(String user, String taskKey) {
        String query = taskKey == null ? "" : "?taskDefinitionKey=" + URLEncoder.encode(taskKey, StandardCharsets.UTF_8);
        return read(get(user, "/task" + query), new TypeReference<>() { });
    }

    public String singleTask(String user, String processInstanceId, String taskKey) {
        // tasks of the shared steps live in called instances that carry the directive's instance id
        List<Map<String, Object>> found = read(get(user, "/task?processVariables=directiveProcessInstanceId_eq_"
                + processInstanceId + "&taskDefinitionKey=" + taskKey), new TypeReference<>() { });
        assertThat(found).as("%s sees %s", user, taskKey).hasSize(1);
        return found.get(0).get("id").toString();
    }

    public Reply submit(String user, String taskId, Map<String, Object> values) {
        return call(user, "POST", "/task/" + taskId + "/submit-form", Map.of("variables", variables(values)));
    }

    public void complete(String user, String taskId, Map<String, Object> values) {
        Reply reply = submit(user, taskId, values);
        assertThat(reply.status()).as("%s completes %s: %s", user, taskId, reply.body()).isEqualTo(204);
    }

    /** Lists and maps go as JSON variables, exactly as Tasklist submits form-js values. */
    static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> result = new LinkedHashMap<>();
        values.forEach((k, v) -> result.put(k, v instanceof List<?> || v instanceof Map<?, ?>
                ? Map.of("value", write(v), "type", "Json") : Map.of("value", v)));
        return result;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

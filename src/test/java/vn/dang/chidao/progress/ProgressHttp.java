package vn.dang.chidao.progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls the running application: /api/progress with HTTP Basic, or as a Cockpit session (cookies). */
final class ProgressHttp {

    record Reply(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    /** ACCEPT_ALL: the JDK's default policy refuses cookies of a dot-less host such as "localhost". */
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    ProgressHttp(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /** GET as the user (password "demo"); null user: anonymous, or the session if logged in. */
    Reply get(String user, String path) {
        return get(user, "demo", path, Map.of());
    }

    Reply get(String user, String password, String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    /** Logs in to a webapp (cockpit, tasklist) as its login page does: CSRF token from a GET, then the POST. */
    int login(String app, String user) {
        send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/default/")).GET().build());
        return post("/camunda/api/admin/auth/user/default/login/" + app,
                Map.of("username", user, "password", "demo")).status();
    }

    /** Logs out as Cockpit does (after login the session, so its CSRF token, is new: fetch it first). */
    int logout() {
        send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/cockpit/default/")).GET().build());
        return post("/camunda/api/admin/auth/user/default/logout", Map.of()).status();
    }

    private Reply post(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> headers = response.headers().map().entrySet().stream().collect(
                    Collectors.toMap(e -> e.getKey().toLowerCase(), e -> String.join(", ", e.getValue()), (a, b) -> a));
            return new Reply(response.statusCode(), headers, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

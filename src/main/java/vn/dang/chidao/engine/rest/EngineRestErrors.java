package vn.dang.chidao.engine.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dang.chidao.engine.guard.ActionRefused;
import vn.dang.chidao.engine.guard.InputRefused;

/**
 * The engine's REST errors are English; users read Vietnamese. Error bodies ({"type","message"}) get a
 * Vietnamese message by error type, and keep the engine's text in "detail" for administrators.
 * Our own refusals (type ValidationError) are already Vietnamese and pass unchanged.
 */
@Configuration
@ConditionalOnProperty(name = "directive.engine.rest-errors.enabled", havingValue = "true", matchIfMissing = true)
public class EngineRestErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Refusals whose message is already the application's own Vietnamese (ValidationExceptionMapper, InputGuard). */
    private static final java.util.Set<Object> OWN_TYPES = java.util.Set.of("ValidationError",
            InputRefused.class.getSimpleName(), ActionRefused.class.getSimpleName());

    /** First match wins: the engine's exception type (and a message pattern) → what the user reads. */
    private static final List<Rule> RULES = List.of(
            new Rule("AuthorizationException", null, "Đồng chí không có quyền thực hiện thao tác này."),
            // the engine answers an unreadable body with an empty InvalidRequestException
            new Rule("InvalidRequestException", "\\s*", "Dữ liệu gửi lên không đúng định dạng JSON."),
            new Rule(null, "(?i).*(json|unexpected character|cannot deserialize|unrecognized token|"
                    + "unexpected end-of-input|cannot construct instance).*",
                    "Dữ liệu gửi lên không đúng định dạng JSON."),
            new Rule(null, "(?i).*cannot find task.*|.*no matching task.*|.*task .* does not exist.*|"
                    + ".*no task with id.*", "Không tìm thấy công việc: công việc đã được hoàn thành, đã bị hủy "
                    + "hoặc đồng chí không có quyền xem.", 404),
            new Rule(null, "(?i).*(process instance|execution) .*(does not exist|not found).*|"
                    + ".*no matching process instance.*", "Không tìm thấy phiên quy trình."),
            new Rule(null, "(?i).*no matching (process )?definition.*|.*no process definition.*",
                    "Không tìm thấy quy trình."),
            new Rule(null, "(?i).*(unsupported value type|cannot convert value|must be a|is not a valid).*",
                    "Giá trị gửi lên không đúng kiểu dữ liệu."),
            new Rule("InvalidRequestException", null, "Yêu cầu không hợp lệ."),
            new Rule("OptimisticLockingException", null,
                    "Công việc vừa được người khác xử lý; vui lòng tải lại trang và thử lại."),
            new Rule("ProcessEngineException", null, "Hệ thống không thực hiện được yêu cầu."),
            new Rule(null, ".*", "Hệ thống không thực hiện được yêu cầu."));

    /** @param status the status to answer with instead of the engine's, or 0 to keep it */
    private record Rule(String type, String pattern, String message, int status) {

        Rule(String type, String pattern, String message) {
            this(type, pattern, message, 0);
        }

        boolean matches(String errorType, String errorMessage) {
            return (type == null || type.equals(errorType))
                    && (pattern == null || errorMessage != null && Pattern.compile(pattern, Pattern.DOTALL)
                    .matcher(errorMessage).matches());
        }
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> engineRestErrorTranslation() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
                try {
                    chain.doFilter(request, wrapped);
                    if (wrapped.getStatus() >= 400 && wrapped.getContentType() != null
                            && wrapped.getContentType().startsWith("application/json")) {
                        Translation translated = translate(wrapped.getContentAsByteArray());
                        if (translated != null) {
                            if (translated.status() != 0) {
                                wrapped.setStatus(translated.status());
                            }
                            wrapped.resetBuffer();
                            wrapped.setCharacterEncoding(StandardCharsets.UTF_8.name());
                            wrapped.getOutputStream().write(translated.body());
                        }
                    }
                } finally {
                    wrapped.copyBodyToResponse();
                }
            }
        });
        registration.setName("engine-rest-vietnamese-errors");
        // the engine REST API and the same resources under the webapps' API (Tasklist, Cockpit)
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        // runs around the authentication filter; its 401 has no JSON body and passes unchanged
        registration.setOrder(Integer.MAX_VALUE - 10);
        return registration;
    }

    record Translation(byte[] body, int status) {
    }

    static Translation translate(byte[] body) {
        Map<String, Object> error;
        try {
            error = JSON.readValue(body, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException | RuntimeException e) {
            return null;
        }
        Object type = error.get("type");
        if (OWN_TYPES.contains(type) || !error.containsKey("message")) {
            return null;
        }
        String message = String.valueOf(error.get("message"));
        Rule rule = RULES.stream().filter(r -> r.matches(type == null ? null : type.toString(), message))
                .findFirst().orElseThrow();
        error.put("detail", message);
        error.put("message", rule.message());
        try {
            return new Translation(JSON.writeValueAsBytes(error), rule.status());
        } catch (IOException e) {
            return null;
        }
    }
}

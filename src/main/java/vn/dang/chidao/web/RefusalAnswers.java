package vn.dang.chidao.web;

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

import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dang.chidao.engine.guard.InputRefused;
import vn.dang.chidao.engine.guard.Refusals;
import vn.dang.chidao.input.Problem;

/**
 * On the engine REST API and on the webapps' API that Tasklist and Cockpit call, a request the application refused
 * is answered with the refusal itself: 400 or 403, {"type", "message", "problems"} in Vietnamese, whatever the REST
 * resource made of it (it wraps a task completion's failure as "Cannot submit task form …"). Paging parameters that
 * are not a non-negative number are refused before they reach the database (the engine answers them with a 500).
 */
@Configuration
public class RefusalAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NON_NEGATIVE = Pattern.compile("\\d{1,9}");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> refusalAnswersFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                for (String paging : List.of("firstResult", "maxResults")) {
                    String value = request.getParameter(paging);
                    if (value != null && !NON_NEGATIVE.matcher(value).matches()) {
                        String message = "Tham số phân trang \"" + paging + "\" phải là "
                                + "số nguyên không âm (đã nhận \"" + value + "\").";
                        write(response, 400, "InvalidRequestException", message, List.of(Problem.general(message)));
                        return;
                    }
                }
                Refusals.take();
                ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
                try {
                    chain.doFilter(request, wrapped);
                    RestException refusal = Refusals.take();
                    if (refusal != null && wrapped.getStatus() >= 400) {
                        wrapped.resetBuffer();
                        List<Problem> details = refusal instanceof InputRefused input ? input.details()
                                : List.of(Problem.general(refusal.getMessage()));
                        write(wrapped, refusal.getStatus().getStatusCode(), refusal.getClass().getSimpleName(),
                                refusal.getMessage(), details);
                    }
                } finally {
                    wrapped.copyBodyToResponse();
                }
            }
        });
        registration.setName("refusal-answers");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        // outside the engine REST translation (EngineRestErrors), which passes these types unchanged
        registration.setOrder(Integer.MAX_VALUE - 20);
        return registration;
    }

    /** "problems": the messages; "fields": each problem with the form field it concerns, for the form to show. */
    private static void write(HttpServletResponse response, int status, String type, String message,
                              List<Problem> details) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        body.put("problems", details.stream().map(Problem::message).toList());
        body.put("fields", details.stream().filter(p -> p.field() != null)
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}

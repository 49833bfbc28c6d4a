package vn.dang.chidao.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Who may read the operators' endpoints: the health probes ({@code /actuator/health}, {@code /liveness},
 * {@code /readiness}: status only) are open to a load balancer; details and metrics ({@code /actuator/health/details},
 * {@code /metrics}, {@code /prometheus}) need an administrator (group camunda-admin), by HTTP Basic or the webapps'
 * session. Anyone else gets a Vietnamese 401 or 403.
 */
@Configuration
class OperatorsAccess {

    static final String ADMIN_GROUP = "camunda-admin";
    private static final Set<String> OPEN = Set.of("/actuator/health", "/actuator/health/liveness",
            "/actuator/health/readiness");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Bean
    FilterRegistrationBean<Filter> operatorsAccessFilter(ObjectProvider<WebCaller> callers) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new AccessFilter(callers));
        registration.addUrlPatterns("/actuator", "/actuator/*");
        registration.setName("operatorsAccess");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    static final class AccessFilter extends OncePerRequestFilter {

        private final ObjectProvider<WebCaller> callers;

        AccessFilter(ObjectProvider<WebCaller> callers) {
            this.callers = callers;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (OPEN.contains(path.endsWith("/") ? path.substring(0, path.length() - 1) : path)) {
                chain.doFilter(request, response);
                return;
            }
            Optional<WebCaller.Caller> caller = callers.getObject().resolve(request);
            if (caller.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"directive-workflow\", charset=\"UTF-8\"");
                refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Vui lòng đăng nhập bằng tài khoản quản trị.");
            } else if (!caller.get().groupIds().contains(ADMIN_GROUP)) {
                refuse(response, HttpServletResponse.SC_FORBIDDEN,
                        "Chỉ quản trị hệ thống được xem số liệu vận hành.");
            } else {
                chain.doFilter(request, response);
            }
        }

        private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            JSON.writeValue(response.getOutputStream(), Map.of("message", message));
        }
    }
}

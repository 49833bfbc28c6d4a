package vn.dang.chidao.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every webapp (Tasklist, Cockpit, Admin, Welcome) asks on load who is signed in:
 * {@code GET /camunda/api/admin/auth/user/default}. Camunda answers 404 when nobody is, which the browser
 * logs as an error on every login page. The webapps only accept 200 as "signed in" and treat any other
 * answer as "show the login", so this answers 204 No Content instead: same behaviour, clean console.
 */
@Configuration
class SignInProbe {

    static final String PROBE = "/camunda/api/admin/auth/user/";

    @Bean
    FilterRegistrationBean<Filter> signInProbeFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProbeFilter());
        registration.addUrlPatterns(PROBE + "*");
        registration.setName("signInProbe");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    static final class ProbeFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String engine = path.startsWith(PROBE) ? path.substring(PROBE.length()) : "";
            if ("GET".equals(request.getMethod()) && !engine.isEmpty() && !engine.contains("/")
                    && !signedIn(request.getSession(false), engine)) {
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                response.setHeader("Cache-Control", "no-store");
                return;
            }
            chain.doFilter(request, response);
        }

        private static boolean signedIn(HttpSession session, String engine) {
            if (session == null) {
                return false;
            }
            Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
            return auths != null && auths.hasAuthenticationForProcessEngine(engine);
        }
    }
}

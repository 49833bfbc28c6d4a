package vn.dang.chidao.web;

import java.io.IOException;
import java.util.regex.Pattern;

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
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every webapp asks "who is signed in?" when it loads; with nobody signed in Camunda answers 404, which each
 * browser logs as an error in the console of every login page. 204 says the same to the webapps (they take any
 * answer but 200 as "not signed in" and show the login form) without an error.
 */
@Configuration
public class SignedOutAnswer {

    private static final Pattern WHO = Pattern.compile("/camunda/api/admin/auth/user/([A-Za-z0-9_-]+)/?");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> signedOutAnswerFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                var m = WHO.matcher(request.getRequestURI().substring(request.getContextPath().length()));
                if ("GET".equals(request.getMethod()) && m.matches() && !signedIn(request, m.group(1))) {
                    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.setName("signed-out-answer");
        registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
        return registration;
    }

    private static boolean signedIn(HttpServletRequest request, String engine) {
        HttpSession session = request.getSession(false);
        Authentications auths = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        return auths != null && auths.getAuthenticationForProcessEngine(engine) != null;
    }
}

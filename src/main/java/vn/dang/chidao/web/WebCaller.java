package vn.dang.chidao.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * Who calls the project's own endpoints: the user logged into Tasklist or Cockpit (the webapps' session),
 * or an API client with HTTP Basic against the engine's users. Anyone else is anonymous.
 */
@Component
public class WebCaller {

    public record Caller(String userId, List<String> groupIds) {

        public boolean memberOfAny(List<String> groups) {
            return groupIds.stream().anyMatch(groups::contains);
        }
    }

    private final ProcessEngine engine;

    public WebCaller(ProcessEngine engine) {
        this.engine = engine;
    }

    public Optional<Caller> resolve(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
            Authentication auth = auths == null ? null : auths.getAuthenticationForProcessEngine(engine.getName());
            if (auth instanceof UserAuthentication user) {
                return Optional.of(new Caller(user.getName(), List.copyOf(user.getGroupIds())));
            }
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                String user = decoded.substring(0, colon);
                IdentityService identity = engine.getIdentityService();
                if (identity.checkPassword(user, decoded.substring(colon + 1))) {
                    return Optional.of(new Caller(user, identity.createGroupQuery().groupMember(user).list()
                            .stream().map(Group::getId).toList()));
                }
            }
        }
        return Optional.empty();
    }
}

package vn.dang.chidao.web.progress;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.stereotype.Component;

/**
 * Who is calling /api/progress, the same two ways the rest of the application authenticates:
 * <ul>
 * <li>HTTP Basic against the engine's users (API clients), checked on every call; a wrong password is
 * 401 even when a session exists;</li>
 * <li>otherwise the Camunda webapp login (Cockpit, Tasklist): the webapps keep it in the HTTP session
 * ({@link AuthenticationUtil#getAuthsFromSession}), per engine.</li>
 * </ul>
 * Groups are read from the identity service on each call rather than from the session's cached copy,
 * so a membership withdrawn by an administrator counts at once; a user deleted meanwhile is anonymous.
 */
@Component
class ProgressCallers {

    private static final String BASIC = "Basic ";

    private final ProcessEngine engine;
    private final IdentityService identity;

    ProgressCallers(ProcessEngine engine) {
        this.engine = engine;
        this.identity = engine.getIdentityService();
    }

    ProgressCaller resolve(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null) {
            return basic(header);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            Authentication auth = AuthenticationUtil.getAuthsFromSession(session)
                    .getAuthenticationForProcessEngine(engine.getName());
            if (auth != null && auth.getIdentityId() != null) {
                ProgressCaller caller = caller(auth.getIdentityId());
                if (caller != null) {
                    return caller;
                }
            }
        }
        throw new NotAuthenticatedException("Chưa đăng nhập. Hãy đăng nhập Cockpit, hoặc gửi tên đăng nhập và mật khẩu "
                + "(HTTP Basic).");
    }

    private ProgressCaller basic(String header) {
        if (!header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            throw new NotAuthenticatedException("Chỉ chấp nhận xác thực HTTP Basic.");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new NotAuthenticatedException("Thông tin đăng nhập HTTP Basic không đúng định dạng.");
        }
        int colon = decoded.indexOf(':');
        String user = colon < 0 ? decoded : decoded.substring(0, colon);
        String password = colon < 0 ? "" : decoded.substring(colon + 1);
        ProgressCaller caller = user.isEmpty() || !identity.checkPassword(user, password) ? null : caller(user);
        if (caller == null) {
            throw new NotAuthenticatedException("Tên đăng nhập hoặc mật khẩu không đúng.");
        }
        return caller;
    }

    private ProgressCaller caller(String userId) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            return null;
        }
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .toList();
        return new ProgressCaller(userId, groups);
    }
}

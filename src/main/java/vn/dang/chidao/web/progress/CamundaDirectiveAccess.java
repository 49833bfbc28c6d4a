package vn.dang.chidao.web.progress;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;

import vn.dang.chidao.directive.DirectiveType;
import vn.dang.chidao.engine.EngineAdmins;
import vn.dang.chidao.progress.DirectiveAccess;
import vn.dang.chidao.progress.DirectiveRef;

/**
 * A caller may see a directive when the engine would let them READ its type-process instance (cong-van,
 * ke-hoach, huong-dan): READ on that process instance, or READ_INSTANCE on the process definition — the
 * two grants the engine's own process instance query accepts. Administrators see everything, as the
 * engine lets them.
 *
 * The answer costs a few queries per request, not one per directive: a grant on every instance or on a
 * whole process settles all its directives at once; grants on single instances are looked up once and
 * only those are checked one by one (and everything is checked one by one if someone has stored a
 * REVOKE on process instances, which the shortcuts would not see).
 */
final class CamundaDirectiveAccess implements DirectiveAccess {

    static final Map<DirectiveType, String> PROCESS_KEYS = Map.of(DirectiveType.CV, "cong-van",
            DirectiveType.KH, "ke-hoach", DirectiveType.HD, "huong-dan");

    private final ProcessEngine engine;
    private final AuthorizationService authorizations;
    private final ProgressCaller caller;

    private Boolean everything;
    private Boolean revokes;
    private final Map<DirectiveType, Boolean> wholeProcess = new EnumMap<>(DirectiveType.class);
    private Set<String> singleGrants;

    CamundaDirectiveAccess(ProcessEngine engine, ProgressCaller caller) {
        this.engine = engine;
        this.authorizations = engine.getAuthorizationService();
        this.caller = caller;
    }

    @Override
    public boolean isMemberOf(String unitCode) {
        return unitCode != null && caller.groupIds().contains(unitCode);
    }

    @Override
    public Set<Long> readable(Collection<DirectiveRef> candidates) {
        if (everything()) {
            return candidates.stream().map(DirectiveRef::id).collect(Collectors.toSet());
        }
        Set<Long> result = new HashSet<>();
        for (DirectiveRef d : candidates) {
            if (d.processInstanceId() != null && readable(d)) {
                result.add(d.id());
            }
        }
        return result;
    }

    private boolean readable(DirectiveRef d) {
        if (revokes()) {
            return instanceGrant(d.processInstanceId()) || processGrant(d.type());
        }
        return processGrant(d.type())
                || singleGrants().contains(d.processInstanceId()) && instanceGrant(d.processInstanceId());
    }

    private boolean everything() {
        if (everything == null) {
            everything = EngineAdmins.seesEverything(engine, caller.userId(), caller.groupIds())
                    || !revokes() && authorizations.isUserAuthorized(caller.userId(), caller.groupIds(),
                    ProcessInstancePermissions.READ, Resources.PROCESS_INSTANCE, ANY);
        }
        return everything;
    }

    private boolean revokes() {
        if (revokes == null) {
            revokes = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_REVOKE)
                    .resourceType(Resources.PROCESS_INSTANCE).count() > 0;
        }
        return revokes;
    }

    private boolean processGrant(DirectiveType type) {
        String key = PROCESS_KEYS.get(type);
        return key != null && wholeProcess.computeIfAbsent(type, t -> authorizations.isUserAuthorized(
                caller.userId(), caller.groupIds(), ProcessDefinitionPermissions.READ_INSTANCE,
                Resources.PROCESS_DEFINITION, key));
    }

    private boolean instanceGrant(String processInstanceId) {
        return authorizations.isUserAuthorized(caller.userId(), caller.groupIds(), ProcessInstancePermissions.READ,
                Resources.PROCESS_INSTANCE, processInstanceId);
    }

    /** Instances the caller, one of their groups or everyone holds some grant on: the only ones worth checking. */
    private Set<String> singleGrants() {
        if (singleGrants == null) {
            singleGrants = new HashSet<>();
            collect(authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
                    .userIdIn(caller.userId(), ANY).list());
            if (!caller.groupIds().isEmpty()) {
                collect(authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
                        .groupIdIn(caller.groupIds().toArray(String[]::new)).list());
            }
        }
        return singleGrants;
    }

    private void collect(List<Authorization> found) {
        found.stream().filter(a -> a.getAuthorizationType() != AUTH_TYPE_REVOKE)
                .map(Authorization::getResourceId).filter(id -> !ANY.equals(id)).forEach(singleGrants::add);
    }
}

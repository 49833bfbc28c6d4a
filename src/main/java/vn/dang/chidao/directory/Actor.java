package vn.dang.chidao.directory;

import java.util.Set;

/**
 * Who acts: the signed-in user and the groups (units, roles) the login gave them. The system itself (a job, the
 * application's own start-up code) acts as {@link #SYSTEM}; nothing that comes in from a browser or a REST call is
 * ever the system, since every way in authenticates.
 */
public record Actor(String userId, Set<String> groups) {

    public static final Actor SYSTEM = new Actor(null, Set.of());

    static final String ADMIN_GROUP = "camunda-admin";

    public Actor {
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }

    public boolean isSystem() {
        return userId == null;
    }

    public boolean isAdmin() {
        return groups.contains(ADMIN_GROUP);
    }

    /** The system, or a member of the group. */
    public boolean actsFor(String group) {
        return isSystem() || groups.contains(group);
    }

    /** The system, or exactly this user. */
    public boolean is(String user) {
        return isSystem() || userId.equals(user);
    }
}

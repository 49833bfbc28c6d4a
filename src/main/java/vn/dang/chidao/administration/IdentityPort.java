package vn.dang.chidao.administration;

import java.util.List;
import java.util.Optional;

/**
 * The users and groups of the engine, as the administration needs them. The business code does not know the engine;
 * its adapter (process/identity/CamundaIdentityPort) joins the caller's transaction, so a refused change writes
 * nothing there either.
 */
public interface IdentityPort {

    /** A person as the administrator sees them; {@code deactivated} once they left. */
    record Person(String id, String firstName, String lastName, String email, List<String> groupIds,
                  boolean deactivated) {

        public String fullName() {
            return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        }
    }

    /** The unit's group and, for an issuing body, its role groups and grants; names kept in step. */
    void synchronizeUnit(String unitCode);

    boolean groupExists(String groupId);

    Optional<Person> person(String userId);

    List<Person> people();

    /** Null when the password passes the engine's policy, else what is wrong, in Vietnamese. */
    String passwordProblem(String password);

    void createUser(String id, String firstName, String lastName, String email, String password);

    void addMembership(String userId, String groupId);

    void removeMembership(String userId, String groupId);

    List<String> members(String groupId);

    /** The group of the leaders who follow every directive in Cockpit (quản lý). */
    String managerGroup();

    /**
     * The person can no longer sign in (a random password nobody knows), belongs to no group, is marked deactivated,
     * and their open tasks are unassigned so their unit's candidate group sees them again.
     *
     * @return how many open tasks went back
     */
    int deactivate(String userId);

    /** Open tasks offered to {@code fromGroup} are offered to {@code toGroup} instead; returns how many. */
    int moveCandidateGroup(String fromGroup, String toGroup);
}

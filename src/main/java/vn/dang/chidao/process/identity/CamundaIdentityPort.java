package vn.dang.chidao.process.identity;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.dang.chidao.administration.IdentityPort;
import vn.dang.chidao.directory.UnitDirectory;

/**
 * The administration's view of the engine's users, groups and tasks. Engine commands join the caller's Spring
 * transaction (the starter shares the transaction manager), so a refused change leaves the engine untouched too.
 */
@Component
class CamundaIdentityPort implements IdentityPort {

    /** User info key marking a person who left; its value is when. */
    static final String DEACTIVATED = "chidao.deactivated";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityService identity;
    private final TaskService tasks;
    private final IdentitySetup setup;
    private final UnitDirectory directory;

    CamundaIdentityPort(IdentityService identity, TaskService tasks, IdentitySetup setup, UnitDirectory directory) {
        this.identity = identity;
        this.tasks = tasks;
        this.setup = setup;
        this.directory = directory;
    }

    @Override
    public void synchronizeUnit(String unitCode) {
        directory.findByCode(unitCode).ifPresent(setup::synchronize);
    }

    @Override
    public boolean groupExists(String groupId) {
        return identity.createGroupQuery().groupId(groupId).count() > 0;
    }

    @Override
    public Optional<Person> person(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return Optional.ofNullable(user).map(this::person);
    }

    @Override
    public List<Person> people() {
        return identity.createUserQuery().orderByUserId().asc().list().stream().map(this::person).toList();
    }

    private Person person(User user) {
        List<String> groups = identity.createGroupQuery().groupMember(user.getId()).list().stream()
                .map(Group::getId).toList();
        return new Person(user.getId(), user.getFirstName(), user.getLastName(), user.getEmail(), groups,
                identity.getUserInfo(user.getId(), DEACTIVATED) != null);
    }

    @Override
    public String passwordProblem(String password) {
        PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(password);
        return result.isValid() ? null : "Mật khẩu phải có ít nhất 10 ký tự, gồm chữ hoa, chữ thường, chữ số và "
                + "ký tự đặc biệt.";
    }

    @Override
    public void createUser(String id, String firstName, String lastName, String email, String password) {
        User user = identity.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        user.setPassword(password);
        identity.saveUser(user);
    }

    @Override
    public void addMembership(String userId, String groupId) {
        identity.createMembership(userId, groupId);
    }

    @Override
    public void removeMembership(String userId, String groupId) {
        identity.deleteMembership(userId, groupId);
    }

    @Override
    public List<String> members(String groupId) {
        return identity.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList();
    }

    @Override
    public String managerGroup() {
        return IdentitySetup.MANAGER_GROUP;
    }

    @Override
    public int deactivate(String userId) {
        for (Group group : identity.createGroupQuery().groupMember(userId).list()) {
            identity.deleteMembership(userId, group.getId());
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        // a password nobody knows, within the policy: the account stays for history but cannot sign in
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        user.setPassword("Aa1!" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
        identity.saveUser(user);
        identity.setUserInfo(userId, DEACTIVATED, Instant.now().toString());
        List<Task> held = tasks.createTaskQuery().taskAssignee(userId).active().list();
        held.forEach(task -> tasks.setAssignee(task.getId(), null));
        return held.size();
    }

    @Override
    public int moveCandidateGroup(String fromGroup, String toGroup) {
        List<Task> offered = tasks.createTaskQuery().taskCandidateGroup(fromGroup).includeAssignedTasks().list();
        for (Task task : offered) {
            tasks.addCandidateGroup(task.getId(), toGroup);
            tasks.deleteCandidateGroup(task.getId(), fromGroup);
        }
        return offered.size();
    }
}

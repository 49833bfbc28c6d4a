package vn.dang.chidao.administration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.input.Problems;

/**
 * People of the installation: create them, give them a unit and the body's roles by name (the group codes stay
 * hidden), and deactivate whoever leaves. Deactivation keeps the user (history names them) but removes every
 * membership and signer entry, replaces the password by a random one nobody knows, marks them deactivated and gives
 * their open tasks back to their unit.
 */
@Service
public class People {

    /** A person with their roles as the administrator reads them. */
    public record PersonView(String id, String fullName, String email, boolean deactivated,
                             List<Membership> memberships, List<String> otherGroups) {
    }

    /** The roles of a person in one unit. */
    public record Membership(String unitCode, String unitName, List<String> roles) {
    }

    private final IdentityPort identity;
    private final UnitDirectory directory;
    private final AdminDirectory units;
    private final ChangeLog changes;
    private final NamedParameterJdbcTemplate jdbc;

    public People(IdentityPort identity, UnitDirectory directory, AdminDirectory units, ChangeLog changes,
                  NamedParameterJdbcTemplate jdbc) {
        this.identity = identity;
        this.directory = directory;
        this.units = units;
        this.changes = changes;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<PersonView> list() {
        List<Unit> all = directory.listActive();
        return identity.people().stream().map(p -> view(p, all)).toList();
    }

    @Transactional(readOnly = true)
    public PersonView get(String userId) {
        return view(require(userId), directory.listActive());
    }

    @Transactional
    public PersonView create(String actor, PersonForm form) {
        Problems problems = new Problems();
        String id = Fields.clean(form.id());
        if (id == null) {
            problems.add("id", "Tên đăng nhập không được để trống.");
        } else if (!Fields.ID.matcher(id).matches()) {
            problems.add("id", "Tên đăng nhập chỉ gồm chữ không dấu, chữ số, dấu gạch ngang hoặc gạch dưới, "
                    + "tối đa 64 ký tự.");
        } else if (identity.person(id).isPresent()) {
            problems.add("id", "Tên đăng nhập '" + id + "' đã có người dùng.");
        }
        Fields.required(problems, "firstName", "Họ và tên đệm", form.firstName(), 255);
        Fields.required(problems, "lastName", "Tên", form.lastName(), 255);
        Fields.email(problems, "email", form.email());
        if (form.password() == null || form.password().isEmpty()) {
            problems.add("password", "Mật khẩu không được để trống.");
        } else if (form.password().length() > 128) {
            problems.add("password", "Mật khẩu dài quá 128 ký tự.");
        } else {
            problems.add("password", identity.passwordProblem(form.password()));
        }
        Plan plan = plan(form.unitCode(), form.roles(), problems);
        problems.throwIfAny();
        identity.createUser(id, form.firstName().strip(), form.lastName().strip(), Fields.clean(form.email()),
                form.password());
        plan.wanted().forEach(g -> identity.addMembership(id, g));
        PersonView created = get(id);
        changes.record(actor, "USER", id, "CREATE", null, AuditJson.of(created));
        return created;
    }

    /**
     * The person's roles in one unit become exactly {@code roles} (an empty list takes them out of the unit); their
     * roles elsewhere stay.
     */
    @Transactional
    public PersonView setRoles(String actor, String userId, String unitCode, List<String> roles) {
        IdentityPort.Person person = require(userId);
        if (person.deactivated()) {
            throw new InvalidInputException("Người dùng '" + userId + "' đã thôi công tác, không giao vai trò được.");
        }
        Problems problems = new Problems();
        Plan plan = plan(unitCode, roles, problems);
        problems.throwIfAny();
        PersonView before = get(userId);
        for (String group : plan.unitGroups()) {
            boolean member = person.groupIds().contains(group);
            if (member && !plan.wanted().contains(group)) {
                identity.removeMembership(userId, group);
            }
        }
        for (String group : plan.wanted()) {
            if (!person.groupIds().contains(group)) {
                identity.addMembership(userId, group);
            }
        }
        PersonView after = get(userId);
        changes.record(actor, "MEMBERSHIP", userId, "UPDATE", AuditJson.of(before), AuditJson.of(after));
        return after;
    }

    /** @return how many open tasks went back to the person's units */
    @Transactional
    public int deactivate(String actor, String userId) {
        IdentityPort.Person person = require(userId);
        if (person.id().equals(actor)) {
            throw new InvalidInputException("Không tự khóa tài khoản của chính mình được.");
        }
        if (person.deactivated()) {
            throw new InvalidInputException("Người dùng '" + userId + "' đã thôi công tác từ trước.");
        }
        PersonView before = get(userId);
        List<String> signerOf = jdbc.queryForList("select u.code from signer s join unit u on u.id = s.issuer_id "
                + "where s.user_id = :u", Map.of("u", userId), String.class);
        jdbc.update("delete from signer where user_id = :u", Map.of("u", userId));
        int tasks = identity.deactivate(userId);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("deactivated", true);
        after.put("tasksReturned", tasks);
        after.put("signerRemovedFrom", signerOf);
        changes.record(actor, "USER", userId, "DEACTIVATE", AuditJson.of(before), AuditJson.of(after));
        return tasks;
    }

    private IdentityPort.Person require(String userId) {
        if (userId == null || userId.length() > 64) {
            throw AdminNotFoundException.person(userId);
        }
        return identity.person(userId).orElseThrow(() -> AdminNotFoundException.person(userId));
    }

    /** The groups a unit's roles map to ({@code unitGroups}) and those wanted of them. */
    private record Plan(Set<String> unitGroups, Set<String> wanted) {
    }

    private Plan plan(String unitCode, List<String> roleNames, Problems problems) {
        List<Role> roles = new ArrayList<>();
        if (roleNames != null && roleNames.size() > Role.values().length) {
            problems.add("roles", "Chọn nhiều nhất " + Role.values().length + " vai trò.");
            roleNames = List.of();
        }
        for (String name : roleNames == null ? List.<String>of() : roleNames) {
            Role.parse(name).ifPresentOrElse(roles::add, () -> problems.add("roles", "Vai trò '"
                    + AdminNotFoundException.shorten(name) + "' không có trong danh mục."));
        }
        String code = Fields.clean(unitCode);
        if (code == null) {
            if (roles.stream().anyMatch(r -> r != Role.QUAN_LY)) {
                problems.add("unitCode", "Chưa chọn đơn vị cho các vai trò đã chọn.");
            }
            // no unit: the roles not tied to a body (quản lý)
            Set<String> wanted = roles.contains(Role.QUAN_LY) ? Set.of(identity.managerGroup()) : Set.of();
            return new Plan(Set.of(identity.managerGroup()), wanted);
        }
        AdminDirectory.Row row = units.find(code).orElseThrow(() -> AdminNotFoundException.unit(code));
        if (!row.active()) {
            problems.add("unitCode", "Đơn vị '" + row.name() + "' đã đóng.");
            return new Plan(Set.of(), Set.of());
        }
        Unit unit = directory.get(row.id());
        Set<String> unitGroups = new LinkedHashSet<>();
        for (Role role : Role.values()) {
            if (role != Role.QUAN_LY && (!role.issuerRole() || unit.canIssue())) {
                unitGroups.add(role.groupOf(unit, identity.managerGroup()));
            }
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (Role role : roles) {
            if (role.issuerRole() && !unit.canIssue()) {
                problems.add("roles", "'" + unit.name() + "' không ban hành văn bản nên không có vai trò "
                        + role.label() + ".");
            } else {
                wanted.add(role.groupOf(unit, identity.managerGroup()));
            }
        }
        return new Plan(unitGroups, wanted);
    }

    private PersonView view(IdentityPort.Person p, List<Unit> all) {
        List<Membership> memberships = new ArrayList<>();
        Set<String> explained = new LinkedHashSet<>();
        for (Unit unit : all) {
            List<String> roles = new ArrayList<>();
            for (Role role : Role.values()) {
                if (role == Role.QUAN_LY || role.issuerRole() && !unit.canIssue()) {
                    continue;
                }
                String group = role.groupOf(unit, identity.managerGroup());
                if (p.groupIds().contains(group)) {
                    roles.add(role.name());
                    explained.add(group);
                }
            }
            if (!roles.isEmpty()) {
                memberships.add(new Membership(unit.code(), unit.name(), roles));
            }
        }
        if (p.groupIds().contains(identity.managerGroup())) {
            memberships.add(new Membership(null, null, List.of(Role.QUAN_LY.name())));
            explained.add(identity.managerGroup());
        }
        List<String> other = p.groupIds().stream().filter(g -> !explained.contains(g)).toList();
        return new PersonView(p.id(), p.fullName(), p.email(), p.deactivated(), memberships, other);
    }
}

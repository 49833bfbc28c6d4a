package vn.dang.chidao.administration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dang.chidao.directory.RecipientGroup;
import vn.dang.chidao.directory.RecipientGroups;
import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.directory.UnitKind;
import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.input.Problems;

/** Recipient groups of a body ("Các chi, đảng bộ trực thuộc"): create, rename, set members, delete. */
@Service
public class AdminGroups {

    /** A group as the administrator edits it, with the units it stands for today. */
    public record GroupView(String code, String ownerCode, String ownerName, String name, List<String> memberKinds,
                            List<String> memberCodes, List<String> currentMembers) {
    }

    private record Stored(long id, long ownerId, String code, String name, String kinds) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final AdminDirectory units;
    private final RecipientGroups groups;
    private final UnitDirectory directory;
    private final ChangeLog changes;

    public AdminGroups(NamedParameterJdbcTemplate jdbc, AdminDirectory units, RecipientGroups groups,
                       UnitDirectory directory, ChangeLog changes) {
        this.jdbc = jdbc;
        this.units = units;
        this.groups = groups;
        this.directory = directory;
        this.changes = changes;
    }

    @Transactional(readOnly = true)
    public List<GroupView> of(String ownerCode) {
        AdminDirectory.Row owner = units.require(ownerCode);
        return jdbc.query("select id, owner_id, code, name, member_kinds from recipient_group where owner_id = :o "
                + "order by position, id", Map.of("o", owner.id()), (rs, n) -> new Stored(rs.getLong(1),
                rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5))).stream().map(this::view).toList();
    }

    @Transactional
    public GroupView create(String actor, GroupForm form) {
        Problems problems = new Problems();
        String ownerCode = Fields.clean(form.ownerCode());
        Optional<AdminDirectory.Row> owner = ownerCode == null ? Optional.empty() : units.find(ownerCode);
        if (ownerCode == null) {
            problems.add("ownerCode", "Chưa chọn cơ quan sở hữu nhóm.");
        } else if (owner.isEmpty()) {
            throw AdminNotFoundException.unit(ownerCode);
        } else if (!owner.get().active()) {
            problems.add("ownerCode", "Cơ quan '" + owner.get().name() + "' đã đóng.");
        }
        String code = Fields.clean(form.code());
        if (code == null) {
            problems.add("code", "Mã nhóm không được để trống.");
        } else if (!Fields.ID.matcher(code).matches()) {
            problems.add("code", "Mã nhóm chỉ gồm chữ không dấu, chữ số, dấu gạch ngang hoặc gạch dưới, "
                    + "tối đa 64 ký tự.");
        } else if (find(code).isPresent()) {
            problems.add("code", "Mã nhóm '" + code + "' đã có.");
        }
        Members members = check(form, problems);
        problems.throwIfAny();
        groups.add(owner.orElseThrow().id(), code, form.name().strip(), members.kinds(), members.unitIds());
        GroupView created = view(find(code).orElseThrow());
        changes.record(actor, "GROUP", code, "CREATE", null, AuditJson.of(created));
        return created;
    }

    /** New name, kinds and listed units (all replaced). */
    @Transactional
    public GroupView update(String actor, String code, GroupForm form) {
        Stored stored = find(code).orElseThrow(() -> AdminNotFoundException.group(code));
        GroupView before = view(stored);
        Problems problems = new Problems();
        Members members = check(form, problems);
        problems.throwIfAny();
        String kinds = members.kinds().isEmpty() ? null
                : members.kinds().stream().map(UnitKind::name).collect(Collectors.joining(","));
        jdbc.update("update recipient_group set name = :n, member_kinds = :k where id = :id",
                new MapSqlParameterSource().addValue("n", form.name().strip()).addValue("k", kinds)
                        .addValue("id", stored.id()));
        jdbc.update("delete from recipient_group_member where group_id = :id", Map.of("id", stored.id()));
        for (long unit : members.unitIds()) {
            jdbc.update("insert into recipient_group_member (group_id, unit_id) values (:g, :u)",
                    Map.of("g", stored.id(), "u", unit));
        }
        GroupView after = view(find(code).orElseThrow());
        changes.record(actor, "GROUP", code, "UPDATE", AuditJson.of(before), AuditJson.of(after));
        return after;
    }

    @Transactional
    public void delete(String actor, String code) {
        Stored stored = find(code).orElseThrow(() -> AdminNotFoundException.group(code));
        GroupView before = view(stored);
        jdbc.update("delete from recipient_group_member where group_id = :id", Map.of("id", stored.id()));
        jdbc.update("delete from recipient_group where id = :id", Map.of("id", stored.id()));
        changes.record(actor, "GROUP", code, "DELETE", AuditJson.of(before), null);
    }

    private record Members(Set<UnitKind> kinds, List<Long> unitIds) {
    }

    private Members check(GroupForm form, Problems problems) {
        Fields.required(problems, "name", "Tên nhóm", form.name(), 255);
        Set<UnitKind> kinds = new LinkedHashSet<>();
        List<String> kindNames = form.memberKinds() == null ? List.of() : form.memberKinds();
        if (kindNames.size() > UnitKind.values().length) {
            problems.add("memberKinds", "Chọn nhiều nhất " + UnitKind.values().length + " loại đơn vị.");
            kindNames = List.of();
        }
        for (String k : kindNames) {
            UnitKind.parse(k).ifPresentOrElse(kinds::add, () -> problems.add("memberKinds",
                    "Loại đơn vị '" + AdminNotFoundException.shorten(k) + "' không có trong danh mục."));
        }
        List<Long> ids = new ArrayList<>();
        List<String> codes = form.memberCodes() == null ? List.of() : form.memberCodes();
        if (codes.size() > 5000) {
            problems.add("memberCodes", "Nhóm có quá nhiều đơn vị (tối đa 5.000).");
            return new Members(kinds, ids);
        }
        for (String c : new LinkedHashSet<>(codes)) {
            Optional<AdminDirectory.Row> unit = units.find(c);
            if (unit.isEmpty()) {
                problems.add("memberCodes", "Không tìm thấy đơn vị có mã '" + AdminNotFoundException.shorten(c) + "'.");
            } else if (!unit.get().active()) {
                problems.add("memberCodes", "Đơn vị '" + unit.get().name() + "' đã đóng.");
            } else {
                ids.add(unit.get().id());
            }
        }
        if (kinds.isEmpty() && codes.isEmpty()) {
            problems.add("memberCodes", "Nhóm phải có ít nhất một đơn vị hoặc một loại đơn vị.");
        }
        return new Members(kinds, ids);
    }

    private Optional<Stored> find(String code) {
        if (code == null || code.length() > 64) {
            return Optional.empty();
        }
        return jdbc.query("select id, owner_id, code, name, member_kinds from recipient_group where code = :c",
                Map.of("c", code), (rs, n) -> new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).stream().findFirst();
    }

    private GroupView view(Stored g) {
        AdminDirectory.Row owner = units.get(g.ownerId());
        List<String> listed = jdbc.queryForList("select u.code from recipient_group_member m join unit u "
                + "on u.id = m.unit_id where m.group_id = :g order by u.id", Map.of("g", g.id()), String.class);
        List<String> current = groups.ofOwner(g.ownerId()).stream().filter(r -> r.code().equals(g.code()))
                .findFirst().map(RecipientGroup::memberCodes).orElse(List.of());
        Map<String, String> names = new LinkedHashMap<>();
        directory.findByCodes(current).forEach((c, u) -> names.put(c, u.name()));
        return new GroupView(g.code(), owner.code(), owner.name(), g.name(),
                g.kinds() == null || g.kinds().isBlank() ? List.of() : List.of(g.kinds().split(",")), listed,
                current.stream().map(c -> names.getOrDefault(c, c)).toList());
    }
}

package vn.dang.chidao.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Recipient groups of the directory: who they are, and how a list of units prints with them. */
@Repository
public class RecipientGroups {

    private record Row(long id, long ownerId, String code, String name, Set<UnitKind> kinds) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final UnitDirectory directory;

    public RecipientGroups(NamedParameterJdbcTemplate jdbc, UnitDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /**
     * The groups a body may address: its cấp ủy's (a ban uses the groups of the cấp ủy it serves), without the body
     * itself among the members: a Ban addressing "Các cơ quan tham mưu, giúp việc" means the others.
     */
    public List<RecipientGroup> available(Unit issuer) {
        return ofOwner(UnitDirectory.scopeOf(issuer)).stream().map(g -> new RecipientGroup(g.id(), g.ownerId(),
                g.code(), g.name(), g.members().stream().filter(u -> u.id() != issuer.id()).toList())).toList();
    }

    public List<RecipientGroup> ofOwner(long ownerId) {
        List<Row> rows = jdbc.query("select id, owner_id, code, name, member_kinds from recipient_group "
                + "where owner_id = :o order by position, id", Map.of("o", ownerId), (rs, i) -> new Row(
                rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), kinds(rs.getString(5))));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Long>> listed = new HashMap<>();
        jdbc.query("select m.group_id, m.unit_id from recipient_group_member m join recipient_group g "
                + "on g.id = m.group_id where g.owner_id = :o", Map.of("o", ownerId),
                rs -> {
                    listed.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                });
        List<Unit> active = directory.listActive();
        List<RecipientGroup> groups = new ArrayList<>();
        for (Row row : rows) {
            Set<Long> ids = listed.getOrDefault(row.id(), Set.of());
            List<Unit> members = active.stream().filter(u -> u.id() != ownerId).filter(u -> ids.contains(u.id())
                    || u.kind() != null && row.kinds().contains(u.kind()) && Long.valueOf(ownerId).equals(u.parentId()))
                    .toList();
            groups.add(new RecipientGroup(row.id(), row.ownerId(), row.code(), row.name(), members));
        }
        return groups;
    }

    /**
     * Adds a group of the owner: the listed units and every unit of the given kinds directly under the owner.
     *
     * @return its id
     */
    public long add(long ownerId, String code, String name, Collection<UnitKind> kinds, Collection<Long> unitIds) {
        String memberKinds = kinds.isEmpty() ? null
                : kinds.stream().map(UnitKind::name).collect(Collectors.joining(","));
        var params = new MapSqlParameterSource().addValue("o", ownerId).addValue("c", code).addValue("n", name)
                .addValue("k", memberKinds);
        Integer position = jdbc.queryForObject("select coalesce(max(position), 0) + 1 from recipient_group "
                + "where owner_id = :o", params, Integer.class);
        jdbc.update("insert into recipient_group (owner_id, code, name, member_kinds, position) "
                + "values (:o, :c, :n, :k, :p)", params.addValue("p", position));
        long id = jdbc.queryForObject("select id from recipient_group where code = :c", params, Long.class);
        for (Long unit : new LinkedHashSet<>(unitIds)) {
            jdbc.update("insert into recipient_group_member (group_id, unit_id) values (:g, :u)",
                    Map.of("g", id, "u", unit));
        }
        return id;
    }

    /**
     * Unit codes for what a drafter chose: a group's token ("nhom:…") becomes its members, in directory order,
     * each once; a unit code stays as it is, even chosen twice (the draft's check names that). A token of a group
     * the body may not use, or of a group without members, stays for the check to refuse.
     */
    public List<String> expand(Unit issuer, List<String> chosen) {
        if (chosen.stream().noneMatch(RecipientGroup::isToken)) {
            return chosen;
        }
        Map<String, RecipientGroup> groups = available(issuer).stream()
                .collect(Collectors.toMap(RecipientGroup::token, g -> g));
        Set<String> direct = chosen.stream().filter(c -> !RecipientGroup.isToken(c)).collect(Collectors.toSet());
        Set<String> added = new HashSet<>();
        List<String> codes = new ArrayList<>();
        for (String choice : chosen) {
            RecipientGroup group = groups.get(choice);
            if (!RecipientGroup.isToken(choice)) {
                codes.add(choice);
            } else if (group == null || group.members().isEmpty()) {
                codes.add(choice);
            } else {
                group.memberCodes().stream().filter(c -> !direct.contains(c) && added.add(c)).forEach(codes::add);
            }
        }
        return codes;
    }

    /**
     * How units print in Kính gửi or over a task: each group all of whose members are here, as its name (the
     * largest first, no unit named twice), the other units by name; in the order of their first unit.
     */
    public static List<String> names(List<Unit> units, List<RecipientGroup> groups) {
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            order.putIfAbsent(units.get(i).id(), i);
        }
        Set<Long> covered = new HashSet<>();
        record Entry(int position, String text) {
        }
        List<Entry> entries = new ArrayList<>();
        groups.stream().filter(g -> !g.members().isEmpty())
                .sorted(Comparator.comparingInt((RecipientGroup g) -> g.members().size()).reversed())
                .forEach(g -> {
                    List<Long> ids = g.members().stream().map(Unit::id).toList();
                    if (order.keySet().containsAll(ids) && ids.stream().noneMatch(covered::contains)) {
                        covered.addAll(ids);
                        entries.add(new Entry(ids.stream().mapToInt(order::get).min().orElseThrow(), g.name()));
                    }
                });
        for (Unit unit : units) {
            if (covered.add(unit.id())) {
                entries.add(new Entry(order.get(unit.id()), unit.name()));
            }
        }
        return entries.stream().sorted(Comparator.comparingInt(Entry::position)).map(Entry::text).toList();
    }

    private static Set<UnitKind> kinds(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(UnitKind::parse).flatMap(Optional::stream)
                .collect(Collectors.toSet());
    }
}

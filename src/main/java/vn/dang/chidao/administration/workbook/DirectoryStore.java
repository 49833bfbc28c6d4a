package vn.dang.chidao.administration.workbook;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

import vn.dang.chidao.administration.workbook.DirectoryState.GroupState;
import vn.dang.chidao.administration.workbook.DirectoryState.SignerState;
import vn.dang.chidao.administration.workbook.DirectoryState.TermState;
import vn.dang.chidao.administration.workbook.DirectoryState.UnitState;
import vn.dang.chidao.directory.SignerPosition;
import vn.dang.chidao.directory.SigningAuthority;
import vn.dang.chidao.directory.UnitKind;

/** The workbook's own reads and batched writes of the directory tables (unit, recipient_group, signer, term). */
@Repository
class DirectoryStore {

    private final NamedParameterJdbcTemplate jdbc;

    DirectoryStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every unit (closed ones too, parents before children), group, signer and term. */
    DirectoryState load() {
        Map<Long, String> codes = new HashMap<>();
        record RawUnit(long id, Long parentId, UnitState state) {
        }
        List<RawUnit> raw = new ArrayList<>();
        jdbc.query("select id, code, name, parent_id, kind, body_kind, symbol, place_name, header_name, "
                + "header_issuer, email, can_issue, collective_name, active from unit order by id", rs -> {
                    long parent = rs.getLong(4);
                    Long parentId = rs.wasNull() ? null : parent;
                    codes.put(rs.getLong(1), rs.getString(2));
                    raw.add(new RawUnit(rs.getLong(1), parentId, new UnitState(rs.getString(2), rs.getString(3),
                            null, UnitKind.parse(rs.getString(5)).orElse(null),
                            SignerPosition.BodyKind.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11), rs.getBoolean(12),
                            rs.getString(13), rs.getBoolean(14))));
                });
        Map<String, UnitState> byCode = new HashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        List<String> roots = new ArrayList<>();
        for (RawUnit u : raw) {
            String parent = u.parentId() == null ? null : codes.get(u.parentId());
            UnitState s = u.state();
            byCode.put(s.code(), new UnitState(s.code(), s.name(), parent, s.kind(), s.bodyKind(), s.symbol(),
                    s.placeName(), s.headerName(), s.headerIssuer(), s.email(), s.canIssue(), s.collectiveName(),
                    s.active()));
            if (parent == null) {
                roots.add(s.code());
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(s.code());
            }
        }
        Map<String, UnitState> units = new LinkedHashMap<>();
        List<String> queue = new ArrayList<>(roots);
        for (int i = 0; i < queue.size(); i++) {
            units.put(queue.get(i), byCode.get(queue.get(i)));
            queue.addAll(i + 1, children.getOrDefault(queue.get(i), List.of()));
        }
        // whatever a broken parent chain left out still appears
        byCode.keySet().stream().filter(c -> !units.containsKey(c)).sorted().forEach(c -> units.put(c, byCode.get(c)));

        Map<Long, List<String>> members = new HashMap<>();
        jdbc.query("select m.group_id, u.code from recipient_group_member m join unit u on u.id = m.unit_id "
                + "order by m.group_id, u.id", rs -> {
                    members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<String, GroupState> groups = new LinkedHashMap<>();
        jdbc.query("select g.id, g.code, g.name, u.code, g.member_kinds from recipient_group g join unit u "
                + "on u.id = g.owner_id order by g.owner_id, g.position, g.id", rs -> {
                    groups.put(rs.getString(2), new GroupState(rs.getString(2), rs.getString(3), rs.getString(4),
                            kinds(rs.getString(5)), members.getOrDefault(rs.getLong(1), List.of())));
                });
        Map<String, SignerState> signers = new LinkedHashMap<>();
        jdbc.query("select s.user_id, u.code, s.position, s.authority from signer s join unit u on u.id = s.issuer_id "
                + "order by u.id, s.user_id", rs -> {
                    String authority = rs.getString(4);
                    SignerState s = new SignerState(rs.getString(1), rs.getString(2),
                            SignerPosition.of(rs.getString(3)),
                            authority == null ? null : SigningAuthority.parse(authority));
                    signers.put(s.key(), s);
                });
        Map<String, TermState> terms = new LinkedHashMap<>();
        jdbc.query("select u.code, t.name, t.starts_on, t.ends_on from term t join unit u on u.id = t.issuer_id "
                + "order by u.id, t.starts_on, t.name", rs -> {
                    TermState t = new TermState(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                            rs.getDate(4).toLocalDate());
                    terms.put(t.key(), t);
                });
        return new DirectoryState(units, groups, signers, terms);
    }

    void insertUnits(Collection<UnitState> units) {
        jdbc.batchUpdate("insert into unit (code, name, kind, body_kind, symbol, place_name, header_name, "
                + "header_issuer, email, can_issue, collective_name, active) values (:code, :name, :kind, :bodyKind, "
                + ":symbol, :placeName, :headerName, :headerIssuer, :email, :canIssue, :collective, :active)",
                units.stream().map(DirectoryStore::unitParams).toArray(SqlParameterSource[]::new));
    }

    /** Sets every column, the parent included; for the rows {@link #insertUnits} just added too. */
    void updateUnits(Collection<UnitState> units, Map<String, Long> ids) {
        jdbc.batchUpdate("update unit set name = :name, parent_id = :parentId, kind = :kind, body_kind = :bodyKind, "
                + "symbol = :symbol, place_name = :placeName, header_name = :headerName, "
                + "header_issuer = :headerIssuer, email = :email, can_issue = :canIssue, "
                + "collective_name = :collective, active = :active where code = :code",
                units.stream().map(u -> unitParams(u).addValue("parentId", u.parent() == null ? null
                        : ids.get(u.parent()))).toArray(SqlParameterSource[]::new));
    }

    Map<String, Long> unitIds() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select id, code from unit", rs -> {
            ids.put(rs.getString(2), rs.getLong(1));
        });
        return ids;
    }

    void insertGroups(List<GroupState> groups, Map<String, Long> unitIds) {
        Map<Long, Integer> next = new HashMap<>();
        jdbc.query("select owner_id, max(position) from recipient_group group by owner_id", rs -> {
            next.put(rs.getLong(1), rs.getInt(2) + 1);
        });
        List<SqlParameterSource> params = new ArrayList<>();
        for (GroupState g : groups) {
            long owner = unitIds.get(g.owner());
            int position = next.getOrDefault(owner, 1);
            next.put(owner, position + 1);
            params.add(groupParams(g, unitIds).addValue("position", position));
        }
        jdbc.batchUpdate("insert into recipient_group (owner_id, code, name, member_kinds, position) "
                + "values (:owner, :code, :name, :kinds, :position)", params.toArray(SqlParameterSource[]::new));
    }

    void updateGroups(List<GroupState> groups, Map<String, Long> unitIds) {
        jdbc.batchUpdate("update recipient_group set owner_id = :owner, name = :name, member_kinds = :kinds "
                + "where code = :code", groups.stream().map(g -> groupParams(g, unitIds))
                .toArray(SqlParameterSource[]::new));
    }

    /** Replaces the listed members of these groups. */
    void replaceMembers(List<GroupState> groups, Map<String, Long> unitIds) {
        if (groups.isEmpty()) {
            return;
        }
        Map<String, Long> groupIds = new HashMap<>();
        jdbc.query("select id, code from recipient_group", rs -> {
            groupIds.put(rs.getString(2), rs.getLong(1));
        });
        jdbc.batchUpdate("delete from recipient_group_member where group_id = :g", groups.stream()
                .map(g -> new MapSqlParameterSource("g", groupIds.get(g.code()))).toArray(SqlParameterSource[]::new));
        jdbc.batchUpdate("insert into recipient_group_member (group_id, unit_id) values (:g, :u)", groups.stream()
                .flatMap(g -> g.members().stream().distinct().map(m -> new MapSqlParameterSource("g",
                        groupIds.get(g.code())).addValue("u", unitIds.get(m)))).toArray(SqlParameterSource[]::new));
    }

    void insertSigners(List<SignerState> signers, Map<String, Long> unitIds) {
        jdbc.batchUpdate("insert into signer (user_id, issuer_id, position, authority) values (:u, :i, :p, :a)",
                signers.stream().map(s -> signerParams(s, unitIds)).toArray(SqlParameterSource[]::new));
    }

    void updateSigners(List<SignerState> signers, Map<String, Long> unitIds) {
        jdbc.batchUpdate("update signer set position = :p, authority = :a where user_id = :u and issuer_id = :i",
                signers.stream().map(s -> signerParams(s, unitIds)).toArray(SqlParameterSource[]::new));
    }

    void insertTerms(List<TermState> terms, Map<String, Long> unitIds) {
        jdbc.batchUpdate("insert into term (issuer_id, name, starts_on, ends_on) values (:i, :n, :s, :e)",
                terms.stream().map(t -> termParams(t, unitIds)).toArray(SqlParameterSource[]::new));
    }

    void updateTerms(List<TermState> terms, Map<String, Long> unitIds) {
        jdbc.batchUpdate("update term set starts_on = :s, ends_on = :e where issuer_id = :i and name = :n",
                terms.stream().map(t -> termParams(t, unitIds)).toArray(SqlParameterSource[]::new));
    }

    private static MapSqlParameterSource unitParams(UnitState u) {
        return new MapSqlParameterSource().addValue("code", u.code()).addValue("name", u.name())
                .addValue("kind", u.kind() == null ? null : u.kind().name())
                .addValue("bodyKind", u.bodyKind().name()).addValue("symbol", u.symbol())
                .addValue("placeName", u.placeName()).addValue("headerName", u.headerName())
                .addValue("headerIssuer", u.headerIssuer()).addValue("email", u.email())
                .addValue("canIssue", u.canIssue()).addValue("collective", u.collectiveName())
                .addValue("active", u.active());
    }

    private static MapSqlParameterSource groupParams(GroupState g, Map<String, Long> unitIds) {
        return new MapSqlParameterSource().addValue("owner", unitIds.get(g.owner())).addValue("code", g.code())
                .addValue("name", g.name()).addValue("kinds", g.kinds().isEmpty() ? null
                        : g.kinds().stream().map(UnitKind::name).collect(Collectors.joining(",")));
    }

    private static MapSqlParameterSource signerParams(SignerState s, Map<String, Long> unitIds) {
        return new MapSqlParameterSource().addValue("u", s.user()).addValue("i", unitIds.get(s.issuer()))
                .addValue("p", s.position().name())
                .addValue("a", s.authority() == null ? null : s.authority().name());
    }

    private static MapSqlParameterSource termParams(TermState t, Map<String, Long> unitIds) {
        return new MapSqlParameterSource().addValue("i", unitIds.get(t.issuer())).addValue("n", t.name())
                .addValue("s", Date.valueOf(t.startsOn())).addValue("e", Date.valueOf(t.endsOn()));
    }

    private static List<UnitKind> kinds(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(UnitKind::parse).flatMap(java.util.Optional::stream).toList();
    }
}

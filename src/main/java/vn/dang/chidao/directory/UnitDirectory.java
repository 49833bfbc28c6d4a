package vn.dang.chidao.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The unit tree: read access, and the writes the demo data and admins need. */
@Repository
public class UnitDirectory {

    private static final String COLUMNS =
            "id, code, name, parent_id, symbol, place_name, header_name, header_issuer, email, can_issue, body_kind, kind, "
            + "collective_name";

    private final NamedParameterJdbcTemplate jdbc;

    public UnitDirectory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Unit> findByCode(String code) {
        return jdbc.query("select " + COLUMNS + " from unit where code = :code and active = true",
                Map.of("code", code), UnitDirectory::map).stream().findFirst();
    }

    public Unit get(long id) {
        return jdbc.queryForObject("select " + COLUMNS + " from unit where id = :id", Map.of("id", id),
                UnitDirectory::map);
    }

    /** The units with these ids (closed ones too), in the order given; unknown ids are skipped. */
    public List<Unit> getAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Unit> byId = new HashMap<>();
        jdbc.query("select " + COLUMNS + " from unit where id in (:ids)", Map.of("ids", ids), UnitDirectory::map)
                .forEach(u -> byId.put(u.id(), u));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Active units with the given codes, keyed by code; unknown codes are simply absent. */
    public Map<String, Unit> findByCodes(Collection<String> codes) {
        Map<String, Unit> result = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return result;
        }
        jdbc.query("select " + COLUMNS + " from unit where active = true and code in (:codes)",
                Map.of("codes", codes), UnitDirectory::map).forEach(u -> result.put(u.code(), u));
        return result;
    }

    /** Every active unit, parents before children, for pickers in forms. */
    public List<Unit> listActive() {
        return jdbc.query("select " + COLUMNS + " from unit where active = true order by id", UnitDirectory::map);
    }

    /**
     * The units a body may direct, in directory order: a cấp ủy directs the units under it; a ban directs the units
     * under the cấp ủy it serves (its fellow bans too), not that cấp ủy itself and never a body above.
     */
    public List<Unit> directedBy(Unit issuer) {
        List<Unit> all = listActive();
        Map<Long, Unit> byId = new HashMap<>();
        all.forEach(u -> byId.put(u.id(), u));
        long root = scopeOf(issuer);
        return all.stream().filter(u -> u.id() != issuer.id() && isBelow(u, root, byId)).toList();
    }

    /** The cấp ủy whose units the body directs: itself, or for a ban the cấp ủy it serves. */
    public static long scopeOf(Unit issuer) {
        return issuer.bodyKind() == SignerPosition.BodyKind.BAN && issuer.parentId() != null
                ? issuer.parentId() : issuer.id();
    }

    private static boolean isBelow(Unit unit, long ancestor, Map<Long, Unit> byId) {
        Long parent = unit.parentId();
        for (int depth = 0; parent != null && depth < 64; depth++) {
            if (parent == ancestor) {
                return true;
            }
            Unit up = byId.get(parent);
            parent = up == null ? null : up.parentId();
        }
        return false;
    }

    public List<Unit> listIssuers() {
        return jdbc.query("select " + COLUMNS + " from unit where active = true and can_issue = true order by id",
                UnitDirectory::map);
    }

    public List<Unit> children(long parentId) {
        return jdbc.query("select " + COLUMNS + " from unit where active = true and parent_id = :p order by id",
                Map.of("p", parentId), UnitDirectory::map);
    }

    public long insert(String code, String name, Long parentId, String symbol, String placeName,
                       String headerName, String email, boolean canIssue) {
        var params = new MapSqlParameterSource()
                .addValue("code", code).addValue("name", name).addValue("parentId", parentId)
                .addValue("symbol", symbol).addValue("placeName", placeName).addValue("headerName", headerName)
                .addValue("email", email).addValue("canIssue", canIssue);
        jdbc.update("insert into unit (code, name, parent_id, symbol, place_name, header_name, email, can_issue) "
                + "values (:code, :name, :parentId, :symbol, :placeName, :headerName, :email, :canIssue)", params);
        return jdbc.queryForObject("select id from unit where code = :code", params, Long.class);
    }

    /** The two header lines of the unit's documents (HD 36 §1.2); a null issuer line prints the name. */
    public void setHeaderLines(long id, String superiorLine, String issuerLine) {
        jdbc.update("update unit set header_name = :s, header_issuer = :i where id = :id",
                new MapSqlParameterSource().addValue("s", superiorLine).addValue("i", issuerLine).addValue("id", id));
    }

    public void setBodyKind(long id, SignerPosition.BodyKind kind) {
        jdbc.update("update unit set body_kind = :k where id = :id", Map.of("k", kind.name(), "id", id));
    }

    public void setKind(long id, UnitKind kind) {
        jdbc.update("update unit set kind = :k where id = :id",
                new MapSqlParameterSource().addValue("k", kind == null ? null : kind.name()).addValue("id", id));
    }

    /** The collective the body's leaders sign for ("ĐẢNG ỦY"); null: BAN THƯỜNG VỤ. */
    public void setCollectiveName(long id, String collective) {
        jdbc.update("update unit set collective_name = :c where id = :id",
                new MapSqlParameterSource().addValue("c", collective).addValue("id", id));
    }

    private static Unit map(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        return new Unit(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                rs.wasNull() ? null : parent, rs.getString("symbol"), rs.getString("place_name"),
                rs.getString("header_name"), rs.getString("header_issuer"), rs.getString("email"),
                rs.getBoolean("can_issue"),
                SignerPosition.BodyKind.valueOf(rs.getString("body_kind")),
                UnitKind.parse(rs.getString("kind")).orElse(null), rs.getString("collective_name"));
    }
}

package vn.dang.chidao.administration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dang.chidao.directory.SignerPosition;
import vn.dang.chidao.directory.UnitKind;
import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.input.Problems;

/**
 * The administrator's unit tree: add, edit, move, close. Each change is checked whole before anything is written,
 * recorded in the change log and mirrored in the engine's groups, all in one transaction.
 */
@Service
public class AdminDirectory {

    /** A unit row as stored, closed ones too. */
    record Row(long id, String code, String name, Long parentId, String kind, String symbol, String headerName,
               String headerIssuer, String placeName, String email, boolean canIssue, String bodyKind,
               String collectiveName, boolean active, Long mergedIntoId) {

        Map<String, Object> audit() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", code);
            m.put("name", name);
            m.put("parentId", parentId);
            m.put("kind", kind);
            m.put("symbol", symbol);
            m.put("headerName", headerName);
            m.put("headerIssuer", headerIssuer);
            m.put("placeName", placeName);
            m.put("email", email);
            m.put("canIssue", canIssue);
            m.put("bodyKind", bodyKind);
            m.put("collectiveName", collectiveName);
            m.put("active", active);
            m.put("mergedIntoId", mergedIntoId);
            return m;
        }
    }

    static final String COLUMNS = "id, code, name, parent_id, kind, symbol, header_name, header_issuer, place_name, "
            + "email, can_issue, body_kind, collective_name, active, merged_into_id";

    private final NamedParameterJdbcTemplate jdbc;
    private final ChangeLog changes;
    private final IdentityPort identity;
    private final Clock clock;

    public AdminDirectory(NamedParameterJdbcTemplate jdbc, ChangeLog changes, IdentityPort identity, Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.identity = identity;
        this.clock = clock;
    }

    /** The whole tree, roots first, children in the order they were added. */
    @Transactional(readOnly = true)
    public List<UnitNode> tree() {
        List<Row> rows = jdbc.query("select " + COLUMNS + " from unit order by id", AdminDirectory::map);
        Map<Long, Row> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.id(), r));
        Map<Long, List<Row>> children = new HashMap<>();
        List<Row> roots = new ArrayList<>();
        for (Row r : rows) {
            if (r.parentId() == null || !byId.containsKey(r.parentId())) {
                roots.add(r);
            } else {
                children.computeIfAbsent(r.parentId(), k -> new ArrayList<>()).add(r);
            }
        }
        return roots.stream().map(r -> node(r, byId, children, 0)).toList();
    }

    private static UnitNode node(Row r, Map<Long, Row> byId, Map<Long, List<Row>> children, int depth) {
        Row parent = r.parentId() == null ? null : byId.get(r.parentId());
        Row merged = r.mergedIntoId() == null ? null : byId.get(r.mergedIntoId());
        List<UnitNode> below = depth > 64 ? List.of() : children.getOrDefault(r.id(), List.of()).stream()
                .map(c -> node(c, byId, children, depth + 1)).toList();
        return new UnitNode(r.id(), r.code(), r.name(), parent == null ? null : parent.code(), r.kind(),
                UnitKind.parse(r.kind()).map(UnitKind::label).orElse(null), r.symbol(), r.headerName(),
                r.headerIssuer(), r.placeName(), r.email(), r.canIssue(), r.bodyKind(), r.collectiveName(),
                r.active(), merged == null ? null : merged.code(), merged == null ? null : merged.name(), below);
    }

    @Transactional
    public UnitNode add(String actor, UnitForm form) {
        Problems problems = new Problems();
        String code = Fields.clean(form.code());
        if (code == null) {
            problems.add("code", "Mã đơn vị không được để trống.");
        } else if (!Fields.UNIT_CODE.matcher(code).matches()) {
            problems.add("code", "Mã đơn vị '" + AdminNotFoundException.shorten(code) + "' chỉ gồm chữ thường "
                    + "không dấu, chữ số và dấu gạch ngang, tối đa 63 ký tự (ví dụ: du-bao-ha).");
        } else if (find(code).isPresent()) {
            problems.add("code", "Mã đơn vị '" + code + "' đã có.");
        } else if (identity.groupExists(code)) {
            problems.add("code", "Mã '" + code + "' trùng với một nhóm người dùng đã có, hãy chọn mã khác.");
        }
        Long parentId = null;
        String parentCode = Fields.clean(form.parentCode());
        if (parentCode != null) {
            Optional<Row> parent = find(parentCode);
            if (parent.isEmpty()) {
                problems.add("parentCode", "Không tìm thấy đơn vị cấp trên có mã '"
                        + AdminNotFoundException.shorten(parentCode) + "'.");
            } else if (!parent.get().active()) {
                problems.add("parentCode", "Đơn vị cấp trên '" + parent.get().name() + "' đã đóng.");
            } else {
                parentId = parent.get().id();
            }
        }
        Values values = check(form, problems);
        problems.throwIfAny();
        jdbc.update("insert into unit (code, name, parent_id, kind, symbol, header_name, header_issuer, place_name, "
                + "email, can_issue, body_kind, collective_name) values (:code, :name, :parent, :kind, :symbol, "
                + ":headerName, :headerIssuer, :placeName, :email, :canIssue, :bodyKind, :collective)",
                values.params().addValue("code", code).addValue("parent", parentId));
        Row created = find(code).orElseThrow();
        changes.record(actor, "UNIT", code, "CREATE", null, AuditJson.of(created.audit()));
        identity.synchronizeUnit(code);
        return nodeOf(created);
    }

    /** Rename and edit everything but the code and the place in the tree. */
    @Transactional
    public UnitNode update(String actor, String code, UnitForm form) {
        Row before = require(code);
        Problems problems = new Problems();
        Values values = check(form, problems);
        problems.throwIfAny();
        jdbc.update("update unit set name = :name, kind = :kind, symbol = :symbol, header_name = :headerName, "
                + "header_issuer = :headerIssuer, place_name = :placeName, email = :email, can_issue = :canIssue, "
                + "body_kind = :bodyKind, collective_name = :collective where id = :id",
                values.params().addValue("id", before.id()));
        Row after = require(code);
        changes.record(actor, "UNIT", code, "UPDATE", AuditJson.of(before.audit()), AuditJson.of(after.audit()));
        identity.synchronizeUnit(code);
        return nodeOf(after);
    }

    /** Puts the unit under another ({@code null}: at the top); never under itself, its own units or a closed one. */
    @Transactional
    public UnitNode move(String actor, String code, String newParentCode) {
        Row unit = require(code);
        String parentCode = Fields.clean(newParentCode);
        Long parentId = null;
        if (parentCode != null) {
            Row parent = find(parentCode).orElseThrow(() -> AdminNotFoundException.unit(parentCode));
            if (!parent.active()) {
                throw new InvalidInputException("Không chuyển được: đơn vị cấp trên '"
                        + parent.name() + "' đã đóng.");
            }
            if (parent.id() == unit.id() || isBelow(parent.id(), unit.id())) {
                throw new InvalidInputException("Không chuyển được '" + unit.name()
                        + "' vào '" + parent.name()
                        + "': đơn vị không thể nằm dưới chính nó hoặc đơn vị trực thuộc nó.");
            }
            parentId = parent.id();
        }
        if (!unit.active()) {
            throw new InvalidInputException("Đơn vị '" + unit.name() + "' đã đóng, không chuyển được.");
        }
        jdbc.update("update unit set parent_id = :p where id = :id",
                new MapSqlParameterSource().addValue("p", parentId).addValue("id", unit.id()));
        Row after = require(code);
        changes.record(actor, "UNIT", code, "MOVE", AuditJson.of(unit.audit()), AuditJson.of(after.audit()));
        return nodeOf(after);
    }

    /**
     * Closes the unit: it gets no new directives (drafts only offer active units), its group stays so its people finish
     * what they hold. Refused while units under it are active.
     *
     * @return its open work, for the office to follow up
     */
    @Transactional
    public List<OpenWork> close(String actor, String code) {
        Row unit = require(code);
        if (!unit.active()) {
            throw new InvalidInputException("Đơn vị '" + unit.name() + "' đã đóng từ trước.");
        }
        List<String> below = jdbc.queryForList("select name from unit where parent_id = :id and active = true "
                + "order by id", Map.of("id", unit.id()), String.class);
        if (!below.isEmpty()) {
            throw new InvalidInputException("Chưa đóng được '" + unit.name()
                    + "': còn đơn vị trực thuộc đang hoạt động (" + String.join(", ", below.stream().limit(5).toList())
                    + (below.size() > 5 ? ", …" : "") + "). Chuyển hoặc đóng các đơn vị này trước.");
        }
        markClosed(unit.id(), null);
        changes.record(actor, "UNIT", code, "CLOSE", AuditJson.of(unit.audit()),
                AuditJson.of(require(code).audit()));
        return openWork(code);
    }

    void markClosed(long id, Long mergedInto) {
        jdbc.update("update unit set active = false, closed_at = :at, merged_into_id = :m where id = :id",
                new MapSqlParameterSource().addValue("at", Timestamp.from(Instant.now(clock)))
                        .addValue("m", mergedInto).addValue("id", id));
    }

    /** The unit's Kính gửi rows not yet accepted, of directives still tracked. */
    @Transactional(readOnly = true)
    public List<OpenWork> openWork(String code) {
        Row unit = require(code);
        return jdbc.query("select r.id, d.id, d.document_number, d.subject, i.name, r.status from recipient r "
                + "join directive d on d.id = r.directive_id join unit i on i.id = d.issuer_id "
                + "where r.unit_id = :u and r.status <> 'ACCEPTED' and d.closed_at is null order by d.id",
                Map.of("u", unit.id()), (rs, n) -> new OpenWork(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), OpenWork.label(rs.getString(6))));
    }

    // ------------------------------------------------------------------ reads shared with the other services

    Optional<Row> find(String code) {
        if (code == null || code.length() > 64) {
            return Optional.empty();
        }
        return jdbc.query("select " + COLUMNS + " from unit where code = :c", Map.of("c", code), AdminDirectory::map)
                .stream().findFirst();
    }

    Row require(String code) {
        return find(code).orElseThrow(() -> AdminNotFoundException.unit(code));
    }

    Row get(long id) {
        return jdbc.queryForObject("select " + COLUMNS + " from unit where id = :id", Map.of("id", id),
                AdminDirectory::map);
    }

    /** Whether {@code unitId} lies (at any depth) under {@code ancestorId}. */
    boolean isBelow(long unitId, long ancestorId) {
        Long parent = get(unitId).parentId();
        for (int depth = 0; parent != null && depth < 256; depth++) {
            if (parent == ancestorId) {
                return true;
            }
            parent = get(parent).parentId();
        }
        return false;
    }

    UnitNode nodeOf(Row row) {
        Map<Long, Row> byId = new HashMap<>();
        byId.put(row.id(), row);
        if (row.parentId() != null) {
            byId.put(row.parentId(), get(row.parentId()));
        }
        if (row.mergedIntoId() != null) {
            byId.put(row.mergedIntoId(), get(row.mergedIntoId()));
        }
        return node(row, byId, Map.of(), 0);
    }

    private record Values(MapSqlParameterSource params) {
    }

    private static Values check(UnitForm form, Problems problems) {
        Fields.required(problems, "name", "Tên đơn vị", form.name(), 255);
        UnitKind kind = null;
        if (Fields.clean(form.kind()) != null) {
            kind = UnitKind.parse(form.kind()).orElse(null);
            if (kind == null) {
                problems.add("kind", "Loại đơn vị '" + AdminNotFoundException.shorten(form.kind())
                        + "' không có trong danh mục.");
            }
        }
        boolean canIssue = Boolean.TRUE.equals(form.canIssue());
        String symbol = Fields.clean(form.symbol());
        if (symbol != null && !Fields.SYMBOL.matcher(symbol).matches()) {
            problems.add("symbol", "Ký hiệu '" + AdminNotFoundException.shorten(symbol) + "' chỉ gồm chữ in hoa "
                    + "và chữ số, không dấu cách, tối đa 32 ký tự (ví dụ: HU, BTGHU, ĐUK).");
        } else if (symbol == null && canIssue) {
            problems.add("symbol", "Đơn vị ban hành văn bản phải có ký hiệu để cấp số (ví dụ: HU, BTGHU).");
        }
        Fields.optional(problems, "headerName", "Dòng cơ quan cấp trên", form.headerName(), 255);
        Fields.optional(problems, "headerIssuer", "Dòng tên cơ quan ban hành", form.headerIssuer(), 255);
        Fields.optional(problems, "placeName", "Địa danh", form.placeName(), 128);
        if (canIssue && Fields.clean(form.placeName()) == null) {
            problems.add("placeName", "Đơn vị ban hành văn bản phải có địa danh (ghi ở dòng ngày tháng).");
        }
        Fields.email(problems, "email", form.email());
        Fields.optional(problems, "collectiveName", "Tên tập thể lãnh đạo", form.collectiveName(), 64);
        SignerPosition.BodyKind bodyKind = SignerPosition.BodyKind.CAP_UY;
        if (Fields.clean(form.bodyKind()) != null) {
            try {
                bodyKind = SignerPosition.BodyKind.valueOf(form.bodyKind().strip());
            } catch (IllegalArgumentException e) {
                problems.add("bodyKind", "Loại cơ quan ký '" + AdminNotFoundException.shorten(form.bodyKind())
                        + "' phải là CAP_UY (cấp ủy) hoặc BAN (ban, văn phòng).");
            }
        }
        return new Values(new MapSqlParameterSource().addValue("name", Fields.clean(form.name()))
                .addValue("kind", kind == null ? null : kind.name()).addValue("symbol", symbol)
                .addValue("headerName", Fields.clean(form.headerName()))
                .addValue("headerIssuer", Fields.clean(form.headerIssuer()))
                .addValue("placeName", Fields.clean(form.placeName())).addValue("email", Fields.clean(form.email()))
                .addValue("canIssue", canIssue).addValue("bodyKind", bodyKind.name())
                .addValue("collective", Fields.clean(form.collectiveName())));
    }

    static Row map(ResultSet rs, int n) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        long merged = rs.getLong("merged_into_id");
        Long mergedId = rs.wasNull() ? null : merged;
        return new Row(rs.getLong("id"), rs.getString("code"), rs.getString("name"), parentId, rs.getString("kind"),
                rs.getString("symbol"), rs.getString("header_name"), rs.getString("header_issuer"),
                rs.getString("place_name"), rs.getString("email"), rs.getBoolean("can_issue"),
                rs.getString("body_kind"), rs.getString("collective_name"), rs.getBoolean("active"), mergedId);
    }
}

package vn.dang.chidao.administration;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The administrator's audit trail: each change to the directory, people, signers and terms, written in the same
 * transaction as the change itself, so a refused or rolled-back change leaves no entry.
 */
@Repository
public class ChangeLog {

    /** One recorded change; {@code before}/{@code after} are JSON texts, null on create/delete. */
    public record Change(long id, Instant changedAt, String changedBy, String entity, String entityKey,
                         String action, String before, String after) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public ChangeLog(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String actor, String entity, String entityKey, String action, String before, String after) {
        jdbc.update("insert into change_log (changed_at, changed_by, entity, entity_key, action, before_value, "
                + "after_value) values (:at, :by, :entity, :key, :action, :before, :after)",
                new MapSqlParameterSource().addValue("at", Timestamp.from(Instant.now())).addValue("by", actor)
                        .addValue("entity", entity).addValue("key", entityKey).addValue("action", action)
                        .addValue("before", before).addValue("after", after));
    }

    /** Newest first; {@code entity}/{@code entityKey} null for all. */
    public List<Change> recent(String entity, String entityKey, int limit) {
        var params = new MapSqlParameterSource().addValue("entity", entity).addValue("key", entityKey)
                .addValue("limit", limit);
        return jdbc.query("select id, changed_at, changed_by, entity, entity_key, action, before_value, after_value "
                + "from change_log where (cast(:entity as varchar(32)) is null or entity = :entity) "
                + "and (cast(:key as varchar(128)) is null or entity_key = :key) "
                + "order by id desc limit :limit", params,
                (rs, n) -> new Change(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
    }
}

package vn.dang.chidao.incoming;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dang.chidao.directive.DirectiveType;

/** The incoming register: one row per received document, with its original file. */
@Repository
public class IncomingRepository {

    private static final String COLUMNS = "id, receiver_id, status, register_year, register_number, received_on, "
            + "doc_type, document_number, superior_body, issuing_body, issued_on, subject, body, report_deadline_phrase, "
            + "report_deadline, report_to, file_name, received_by, registered_by, direction, direction_note, "
            + "directed_by, drafter, implementing_type, report_directive_id, report_signer, process_instance_id";

    /** The original as uploaded. */
    public record Original(String fileName, String contentType, byte[] content) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;

    public IncomingRepository(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    long insert(long receiverId, String receivedBy, String reading, String body, String fileName, String contentType,
                byte[] original, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update("insert into incoming_document (receiver_id, status, received_by, reading, body, file_name, "
                        + "content_type, original, created_at) values (:r, :s, :by, :reading, :body, :file, :ct, :orig, :now)",
                new MapSqlParameterSource().addValue("r", receiverId).addValue("s", IncomingStatus.RECEIVED.name())
                        .addValue("by", receivedBy).addValue("reading", reading).addValue("body", body)
                        .addValue("file", fileName).addValue("ct", contentType).addValue("orig", original)
                        .addValue("now", Timestamp.from(now)),
                keys, new String[] {"id"});
        return keys.getKey().longValue();
    }

    public IncomingDocument get(long id) {
        return find(id).orElseThrow(() -> new IllegalStateException("no incoming document " + id));
    }

    public Optional<IncomingDocument> find(long id) {
        return jdbc.query("select " + COLUMNS + " from incoming_document where id = :id", Map.of("id", id),
                IncomingRepository::map).stream().findFirst();
    }

    public Optional<IncomingDocument> byProcessInstance(String processInstanceId) {
        return jdbc.query("select " + COLUMNS + " from incoming_document where process_instance_id = :pi",
                Map.of("pi", processInstanceId), IncomingRepository::map).stream().findFirst();
    }

    /** Binds the process instance once; an instance never takes over another's document. */
    public boolean bind(long id, String processInstanceId) {
        return jdbc.update("update incoming_document set process_instance_id = :pi where id = :id "
                + "and process_instance_id is null", Map.of("pi", processInstanceId, "id", id)) == 1;
    }

    public String reading(long id) {
        return jdbc.queryForObject("select reading from incoming_document where id = :id", Map.of("id", id),
                String.class);
    }

    public Optional<Original> original(long id) {
        return jdbc.query("select file_name, content_type, original from incoming_document where id = :id "
                + "and original is not null", Map.of("id", id),
                (rs, n) -> new Original(rs.getString(1), rs.getString(2), rs.getBytes(3))).stream().findFirst();
    }

    /** The next số đến of the receiving body in the year; the counter row is locked until the transaction ends. */
    int nextRegisterNumber(long receiverId, int year) {
        var key = Map.of("r", receiverId, "y", year);
        if (jdbc.queryForObject("select count(*) from incoming_counter where receiver_id = :r and register_year = :y",
                key, Integer.class) == 0) {
            // the year's first registration creates the counter in its own transaction, so a racing one's
            // duplicate key does not abort ours (PostgreSQL ends a transaction at its first failed statement)
            try {
                newTransaction.executeWithoutResult(s -> jdbc.update("insert into incoming_counter "
                        + "(receiver_id, register_year, last_value) values (:r, :y, 0)", key));
            } catch (DuplicateKeyException raced) {
                // the other registration created it; it is there now
            }
        }
        jdbc.update("update incoming_counter set last_value = last_value + 1 "
                + "where receiver_id = :r and register_year = :y", key);
        return jdbc.queryForObject("select last_value from incoming_counter where receiver_id = :r "
                + "and register_year = :y", key, Integer.class);
    }

    void register(long id, Registration r, LocalDate reportDeadline, int year, int number, String user, Instant now) {
        jdbc.update("update incoming_document set status = :s, register_year = :y, register_number = :n, "
                        + "received_on = :received, doc_type = :type, document_number = :number, issuing_body = :body, "
                        + "issued_on = :issued, subject = :subject, report_deadline_phrase = :phrase, "
                        + "report_deadline = :deadline, report_to = :to, registered_by = :user, registered_at = :now "
                        + "where id = :id",
                new MapSqlParameterSource().addValue("s", IncomingStatus.REGISTERED.name()).addValue("y", year)
                        .addValue("n", number).addValue("received", Date.valueOf(r.receivedOn()))
                        .addValue("type", r.type().name()).addValue("number", r.documentNumber())
                        .addValue("body", r.issuingBody()).addValue("issued", Date.valueOf(r.issuedOn()))
                        .addValue("subject", r.subject()).addValue("phrase", r.reportDeadlinePhrase())
                        .addValue("deadline", reportDeadline == null ? null : Date.valueOf(reportDeadline))
                        .addValue("to", r.reportTo()).addValue("user", user).addValue("now", Timestamp.from(now))
                        .addValue("id", id));
    }

    void direct(long id, Direction direction, String note, String leader, String drafter, DirectiveType type,
                Instant now) {
        jdbc.update("update incoming_document set status = :s, direction = :d, direction_note = :note, "
                        + "directed_by = :leader, directed_at = :now, drafter = :drafter, implementing_type = :type "
                        + "where id = :id",
                new MapSqlParameterSource().addValue("s", IncomingStatus.DIRECTED.name())
                        .addValue("d", direction.name()).addValue("note", note).addValue("leader", leader)
                        .addValue("now", Timestamp.from(now)).addValue("drafter", drafter)
                        .addValue("type", type == null ? null : type.name()).addValue("id", id));
    }

    void setReport(long id, long reportDirectiveId, String signer) {
        jdbc.update("update incoming_document set report_directive_id = :r, report_signer = :s where id = :id",
                new MapSqlParameterSource().addValue("r", reportDirectiveId).addValue("s", signer).addValue("id", id));
    }

    void setStatus(long id, IncomingStatus status) {
        jdbc.update("update incoming_document set status = :s where id = :id", Map.of("s", status.name(), "id", id));
    }

    /** The directives carrying the document out: the leader's direct assignment or implementing directives. */
    public List<Long> implementingDirectives(long id) {
        return jdbc.queryForList("select id from directive where incoming_id = :id and doc_type <> 'BC' "
                + "and status <> 'REJECTED' order by id", Map.of("id", id), Long.class);
    }

    private static IncomingDocument map(ResultSet rs, int row) throws SQLException {
        return new IncomingDocument(rs.getLong("id"), rs.getLong("receiver_id"),
                IncomingStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("register_year", Integer.class),
                rs.getObject("register_number", Integer.class), localDate(rs.getDate("received_on")),
                type(rs.getString("doc_type")), rs.getString("document_number"), rs.getString("superior_body"),
                rs.getString("issuing_body"), localDate(rs.getDate("issued_on")), rs.getString("subject"),
                rs.getString("body"), rs.getString("report_deadline_phrase"), localDate(rs.getDate("report_deadline")),
                rs.getString("report_to"), rs.getString("file_name"), rs.getString("received_by"),
                rs.getString("registered_by"), Direction.parse(rs.getString("direction")).orElse(null),
                rs.getString("direction_note"), rs.getString("directed_by"), rs.getString("drafter"),
                type(rs.getString("implementing_type")), rs.getObject("report_directive_id", Long.class),
                rs.getString("report_signer"), rs.getString("process_instance_id"));
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static DirectiveType type(String name) {
        return name == null ? null : DirectiveType.valueOf(name);
    }
}

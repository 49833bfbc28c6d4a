package vn.dang.chidao.directive;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.dang.chidao.deadline.DeadlineRule;
import vn.dang.chidao.input.InvalidInputException;

@Repository
public class DirectiveRepository {

    private static final String COLUMNS = "id, doc_type, issuer_id, subject, basis, body, signer_id, signer_name, "
            + "status, document_number, issued_on, process_instance_id, reminder_days";

    private final NamedParameterJdbcTemplate jdbc;

    public DirectiveRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Directive get(long id) {
        return jdbc.queryForObject("select " + COLUMNS + " from directive where id = :id", Map.of("id", id),
                DirectiveRepository::map);
    }

    /** Takes the row lock that serializes everything that decides about the directive as a whole. */
    public Directive lock(long id) {
        return jdbc.queryForObject("select " + COLUMNS + " from directive where id = :id for update",
                Map.of("id", id), DirectiveRepository::map);
    }

    long insert(DirectiveDraft draft, long issuerId, Signature signature, String user, String processInstanceId,
                Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update("insert into directive (doc_type, issuer_id, subject, basis, body, purpose, organization, closing, "
                        + "signer_id, signer_name, signing_authority, signer_position, status, created_by, created_at, updated_at, "
                        + "process_instance_id, reminder_days) values (:type, :issuer, :subject, :basis, :body, :purpose, "
                        + ":organization, :closing, :signer, :signerName, :authority, :position, :status, :user, :now, :now, :pi, "
                        + ":reminderDays)",
                draftParams(draft, issuerId, signature, now).addValue("user", user).addValue("pi", processInstanceId)
                        .addValue("status", DirectiveStatus.DRAFT.name()),
                keys, new String[] {"id"});
        return keys.getKey().longValue();
    }

    void updateDraft(long id, DirectiveDraft draft, long issuerId, Signature signature, Instant now) {
        int rows = jdbc.update("update directive set doc_type = :type, issuer_id = :issuer, subject = :subject, "
                        + "basis = :basis, body = :body, purpose = :purpose, organization = :organization, "
                        + "closing = :closing, signer_id = :signer, signer_name = :signerName, signing_authority = :authority, "
                        + "signer_position = :position, reminder_days = :reminderDays, updated_at = :now "
                        + "where id = :id and status = 'DRAFT'",
                draftParams(draft, issuerId, signature, now).addValue("id", id));
        if (rows != 1) {
            throw new InvalidInputException("Văn bản này không còn ở trạng thái dự thảo, không thể sửa.");
        }
        jdbc.update("delete from assignment_unit where assignment_id in "
                + "(select id from assignment where directive_id = :id)", Map.of("id", id));
        jdbc.update("delete from assignment where directive_id = :id", Map.of("id", id));
        jdbc.update("delete from distribution where directive_id = :id", Map.of("id", id));
        jdbc.update("delete from recipient where directive_id = :id", Map.of("id", id));
    }

    void insertRecipient(long directiveId, long unitId, int position) {
        jdbc.update("insert into recipient (directive_id, unit_id, position, status) values (:d, :u, :p, :status)",
                Map.of("d", directiveId, "u", unitId, "p", position, "status", RecipientStatus.DRAFT.name()));
    }

    long insertAssignment(long directiveId, int position, String content, String phrase, DeadlineRule.Kind kind,
                          LocalDate firstDue) {
        var keys = new GeneratedKeyHolder();
        jdbc.update("insert into assignment (directive_id, position, content, deadline, deadline_phrase, deadline_kind) "
                        + "values (:d, :p, :c, :deadline, :phrase, :kind)",
                new MapSqlParameterSource().addValue("d", directiveId).addValue("p", position)
                        .addValue("c", content.strip())
                        .addValue("deadline", firstDue == null ? null : Date.valueOf(firstDue), java.sql.Types.DATE)
                        .addValue("phrase", phrase).addValue("kind", kind.name()),
                keys, new String[] {"id"});
        return keys.getKey().longValue();
    }

    void insertAssignmentUnit(long assignmentId, long unitId) {
        jdbc.update("insert into assignment_unit (assignment_id, unit_id) values (:a, :u)",
                Map.of("a", assignmentId, "u", unitId));
    }

    void insertDistribution(long directiveId, int position, String line) {
        jdbc.update("insert into distribution (directive_id, position, line) values (:d, :p, :l)",
                Map.of("d", directiveId, "p", position, "l", line));
    }

    public void setStatus(long id, DirectiveStatus status, Instant now) {
        boolean closing = status == DirectiveStatus.REJECTED || status == DirectiveStatus.ARCHIVED;
        jdbc.update("update directive set status = :s, updated_at = :now"
                        + (closing ? ", closed_at = :now" : "") + " where id = :id",
                new MapSqlParameterSource().addValue("s", status.name()).addValue("now", Timestamp.from(now))
                        .addValue("id", id));
    }

    /** Issued at once, numbered by the sender's number; per assignment, its lead unit is chủ trì, others phối hợp. */
    void markDirectAssignment(long id, String sendersNumber, long incomingId, LocalDate today, List<String> leadUnits) {
        jdbc.update("update directive set status = :s, document_number = :n, issued_on = :today, incoming_id = :in "
                        + "where id = :id",
                new MapSqlParameterSource().addValue("s", DirectiveStatus.ISSUED.name()).addValue("n", sendersNumber)
                        .addValue("today", Date.valueOf(today)).addValue("in", incomingId).addValue("id", id));
        for (int i = 0; i < leadUnits.size(); i++) {
            var params = new MapSqlParameterSource().addValue("d", id).addValue("p", i + 1)
                    .addValue("lead", leadUnits.get(i));
            jdbc.update("update assignment_unit set unit_role = case when unit_id = "
                    + "(select u.id from unit u where u.code = :lead) then 'LEAD' else 'SUPPORT' end "
                    + "where assignment_id = (select a.id from assignment a where a.directive_id = :d and a.position = :p)",
                    params);
        }
    }

    void linkToIncoming(long id, long incomingId) {
        jdbc.update("update directive set incoming_id = :in where id = :id", Map.of("in", incomingId, "id", id));
    }

    void linkToParent(long id, long parentRecipientId) {
        jdbc.update("update directive set parent_recipient_id = :p where id = :id",
                Map.of("p", parentRecipientId, "id", id));
    }

    void saveSummaryNote(long id, String note) {
        jdbc.update("update directive set summary_note = :note where id = :id",
                new MapSqlParameterSource().addValue("note", note).addValue("id", id));
    }

    public void logReview(long directiveId, ReviewStep step, ReviewDecision decision, String comment, String actor,
                          Instant now) {
        jdbc.update("insert into review_log (directive_id, step, decision, comment, actor, decided_at) "
                        + "values (:d, :step, :decision, :comment, :actor, :now)",
                new MapSqlParameterSource().addValue("d", directiveId).addValue("step", step.name())
                        .addValue("decision", decision.name()).addValue("comment", comment)
                        .addValue("actor", actor).addValue("now", Timestamp.from(now)));
    }

    public List<Assignment> assignments(long directiveId) {
        return jdbc.query("select id, directive_id, position, content, deadline, deadline_phrase, deadline_kind "
                        + "from assignment where directive_id = :d order by position", Map.of("d", directiveId),
                (rs, i) -> assignment(rs, rs.getDate("deadline")));
    }

    /** Maps a row with id, directive_id, position, content, deadline_phrase, deadline_kind and a deadline in force. */
    public static Assignment assignment(ResultSet rs, Date deadline) throws SQLException {
        return new Assignment(rs.getLong("id"), rs.getLong("directive_id"), rs.getInt("position"),
                rs.getString("content"), deadline == null ? null : deadline.toLocalDate(),
                rs.getString("deadline_phrase"), DeadlineRule.Kind.valueOf(rs.getString("deadline_kind")));
    }


    public List<String> recipientUnitCodes(long directiveId) {
        return jdbc.queryForList("select u.code from recipient r join unit u on u.id = r.unit_id "
                + "where r.directive_id = :d order by r.position", Map.of("d", directiveId), String.class);
    }

    public List<String> distribution(long directiveId) {
        return jdbc.queryForList("select line from distribution where directive_id = :d order by position",
                Map.of("d", directiveId), String.class);
    }

    private static MapSqlParameterSource draftParams(DirectiveDraft draft, long issuerId, Signature signature,
                                                     Instant now) {
        return new MapSqlParameterSource().addValue("type", draft.type().name()).addValue("issuer", issuerId)
                .addValue("subject", draft.subject().strip()).addValue("basis", strip(draft.basis()))
                .addValue("body", strip(draft.body())).addValue("purpose", strip(draft.purpose()))
                .addValue("organization", strip(draft.organization())).addValue("closing", strip(draft.closing()))
                .addValue("signer", draft.signerId())
                .addValue("signerName", signature.name()).addValue("authority", signature.authority())
                .addValue("position", signature.position()).addValue("now", Timestamp.from(now))
                .addValue("reminderDays", draft.reminderDays() == null ? 3 : draft.reminderDays());
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static Directive map(ResultSet rs, int row) throws SQLException {
        Date issued = rs.getDate("issued_on");
        return new Directive(rs.getLong("id"), DirectiveType.valueOf(rs.getString("doc_type")),
                rs.getLong("issuer_id"), rs.getString("subject"), rs.getString("basis"), rs.getString("body"),
                rs.getString("signer_id"), rs.getString("signer_name"),
                DirectiveStatus.valueOf(rs.getString("status")), rs.getString("document_number"),
                issued == null ? null : issued.toLocalDate(), rs.getString("process_instance_id"),
                rs.getInt("reminder_days"));
    }
}

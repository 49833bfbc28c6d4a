package vn.dang.chidao.administration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.reporting.RecipientRepository;

/**
 * Merges one unit into another (the 2025 mergers of communes and đảng bộ). The merged unit's open work, its Kính gửi
 * rows, assignments, extension requests, recurring rounds, its units below, its places in recipient groups and its
 * open tasks follow the successor; the merged unit is closed and keeps its name, so history still reads "Đảng ủy xã
 * X", with a link to where it went.
 * <p>
 * Where both units received the same directive, the merged unit's row cannot move (one row per unit and directive):
 * it stays under the old name and follows the successor through the link (its tasks go to the successor's group).
 * What the merged unit issued itself (directives, terms, numbers, signers) stays its own: those are its acts.
 */
@Service
public class UnitMerge {

    /** What moved, for the administrator and the change log. */
    public record Result(String mergedCode, String intoCode, int recipientsMoved, int recipientsKept,
                         int assignmentsMoved, int tasksMoved, int unitsMoved, int membersAdded,
                         List<OpenWork> openWork) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final AdminDirectory units;
    private final IdentityPort identity;
    private final ChangeLog changes;
    private final RecipientRepository recipients;

    public UnitMerge(NamedParameterJdbcTemplate jdbc, AdminDirectory units, IdentityPort identity, ChangeLog changes,
                     RecipientRepository recipients) {
        this.jdbc = jdbc;
        this.units = units;
        this.identity = identity;
        this.changes = changes;
        this.recipients = recipients;
    }

    @Transactional
    public Result merge(String actor, String fromCode, String intoCode) {
        AdminDirectory.Row from = units.require(fromCode);
        if (intoCode == null || intoCode.isBlank()) {
            throw InvalidInputException.onField("intoCode", "Chưa chọn đơn vị hợp nhất vào.");
        }
        AdminDirectory.Row into = units.require(intoCode.strip());
        if (from.id() == into.id()) {
            throw new InvalidInputException("Không hợp nhất được một đơn vị vào chính nó.");
        }
        if (!from.active()) {
            throw new InvalidInputException("'" + from.name() + "' đã đóng hoặc đã hợp nhất từ trước.");
        }
        if (!into.active()) {
            throw new InvalidInputException("Không hợp nhất được vào '" + into.name() + "': đơn vị này đã đóng.");
        }
        if (units.isBelow(into.id(), from.id())) {
            throw new InvalidInputException("Không hợp nhất được '" + from.name() + "' vào '" + into.name()
                    + "', đơn vị trực thuộc của chính nó.");
        }
        Map<String, Object> ids = Map.of("a", from.id(), "b", into.id());
        int recipientsMoved = jdbc.update("update recipient set unit_id = :b where unit_id = :a and not exists "
                + "(select 1 from recipient o where o.directive_id = recipient.directive_id and o.unit_id = :b)", ids);
        int recipientsKept = jdbc.queryForObject("select count(*) from recipient where unit_id = :a", ids,
                Integer.class);
        int assignmentsMoved = jdbc.update("update assignment_unit set unit_id = :b where unit_id = :a and not exists "
                + "(select 1 from assignment_unit o where o.assignment_id = assignment_unit.assignment_id "
                + "and o.unit_id = :b)", ids);
        jdbc.update("update assignment_round set unit_id = :b where unit_id = :a and not exists (select 1 from "
                + "assignment_round o where o.assignment_id = assignment_round.assignment_id and o.unit_id = :b "
                + "and o.due_date = assignment_round.due_date)", ids);
        jdbc.update("update extension_request set unit_id = :b where unit_id = :a", ids);
        int unitsMoved = jdbc.update("update unit set parent_id = :b where parent_id = :a", ids);
        jdbc.update("insert into recipient_group_member (group_id, unit_id) select m.group_id, :b "
                + "from recipient_group_member m where m.unit_id = :a and not exists (select 1 from "
                + "recipient_group_member o where o.group_id = m.group_id and o.unit_id = :b)", ids);
        jdbc.update("delete from recipient_group_member where unit_id = :a", ids);
        jdbc.update("update recipient_group set owner_id = :b where owner_id = :a", ids);
        // earlier mergers into the merged unit follow it on
        jdbc.update("update unit set merged_into_id = :b where merged_into_id = :a", ids);
        units.markClosed(from.id(), into.id());

        int tasksMoved = identity.moveCandidateGroup(from.code(), into.code());
        int membersAdded = 0;
        List<String> successorMembers = identity.members(into.code());
        for (String member : identity.members(from.code())) {
            if (!successorMembers.contains(member)) {
                identity.addMembership(member, into.code());
                membersAdded++;
            }
        }
        forgetRecipientsAfterCommit();

        Result result = new Result(from.code(), into.code(), recipientsMoved, recipientsKept, assignmentsMoved,
                tasksMoved, unitsMoved, membersAdded, units.openWork(into.code()));
        Map<String, Object> after = new LinkedHashMap<>(units.require(from.code()).audit());
        after.put("mergedInto", into.code());
        after.put("recipientsMoved", recipientsMoved);
        after.put("recipientsKept", recipientsKept);
        after.put("assignmentsMoved", assignmentsMoved);
        after.put("tasksMoved", tasksMoved);
        after.put("unitsMoved", unitsMoved);
        after.put("membersAdded", membersAdded);
        changes.record(actor, "UNIT", from.code(), "MERGE", AuditJson.of(from.audit()), AuditJson.of(after));
        return result;
    }

    /** The recipient rows' units changed: the repository's cache is dropped once the change is visible. */
    private void forgetRecipientsAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    recipients.forgetAll();
                }
            });
        } else {
            recipients.forgetAll();
        }
    }
}

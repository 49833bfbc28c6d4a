package vn.dang.chidao.directive;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dang.chidao.deadline.DeadlineRule;
import vn.dang.chidao.directory.Actor;
import vn.dang.chidao.directory.RecipientGroups;
import vn.dang.chidao.directory.Signers;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.input.Problems;

/** Drafting and deciding on a directive, up to its approval. Runs in the caller's (the engine's) transaction. */
@Service
public class DirectiveService {

    private final DirectiveRepository directives;
    private final UnitDirectory directory;
    private final DraftValidator validator;
    private final Signers signers;
    private final DirectiveAuthority authority;
    private final Clock clock;
    private final RecipientGroups groups;

    public DirectiveService(DirectiveRepository directives, UnitDirectory directory, DraftValidator validator,
                            Signers signers, DirectiveAuthority authority, Clock clock, RecipientGroups groups) {
        this.groups = groups;
        this.authority = authority;
        this.signers = signers;
        this.directives = directives;
        this.directory = directory;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Checks and stores a draft, replacing the previous version when the draft comes back after a return.
     *
     * @param userName resolves a user id to the name printed under the signature
     * @return the directive id
     */
    @Transactional
    public long saveDraft(Long existingId, DirectiveDraft draft, Function<String, String> userName, Actor actor,
                          String processInstanceId) {
        Unit issuerOrNull = draft.issuerCode() == null ? null : directory.findByCode(draft.issuerCode()).orElse(null);
        if (issuerOrNull != null) {
            authority.requireDrafter(issuerOrNull, actor);
        }
        String user = actor.userId();
        if (issuerOrNull != null) {
            draft = withGroupsExpanded(draft, issuerOrNull);
        }
        List<DeadlineRule> rules = validator.validate(draft,
                id -> issuerOrNull != null && signers.find(id, issuerOrNull.id()).isPresent());
        LocalDate today = LocalDate.now(clock);
        Unit issuer = issuerOrNull;
        Signers.Signer signer = signers.find(draft.signerId(), issuer.id()).orElseThrow();
        Signature signature = new Signature(userName.apply(draft.signerId()), signer.authorityLine(issuer),
                signer.position().title());
        Instant now = clock.instant();
        long id;
        if (existingId == null) {
            id = directives.insert(draft, issuer.id(), signature, user, processInstanceId, now);
        } else {
            directives.updateDraft(existingId, draft, issuer.id(), signature, now);
            id = existingId;
        }
        storeContent(id, draft, rules, LocalDate.now(clock));
        return id;
    }

    private void storeContent(long id, DirectiveDraft draft, List<DeadlineRule> rules, LocalDate today) {
        Map<String, Unit> units = directory.findByCodes(draft.recipientCodes());
        int position = 1;
        for (String code : draft.recipientCodes()) {
            directives.insertRecipient(id, units.get(code).id(), position++);
        }
        for (int i = 0; i < draft.assignments().size(); i++) {
            AssignmentDraft a = draft.assignments().get(i);
            DeadlineRule rule = rules.get(i);
            LocalDate first = rule.kind() == DeadlineRule.Kind.ONGOING
                    ? rule.nextDue(today.minusDays(1)).orElse(null) : rule.firstDue(today).orElse(null);
            long assignmentId = directives.insertAssignment(id, i + 1, a.content(), a.deadlineText().strip(),
                    rule.kind(), first);
            for (String code : a.unitCodes()) {
                directives.insertAssignmentUnit(assignmentId, units.get(code).id());
            }
        }
        int line = 1;
        for (String text : draft.distribution()) {
            if (!text.isBlank()) {
                directives.insertDistribution(id, line++, text.strip());
            }
        }
    }

    /**
     * The leader's direct assignment of an incoming document (văn bản đến): tracked as a directive of the receiving
     * body, with no number of its own and the sender's number to show, issued at once to the units named.
     *
     * @param leadUnits per assignment, the unit that leads it (chủ trì); the others support it (phối hợp)
     */
    @Transactional
    public long issueDirectAssignment(DirectiveDraft draft, List<String> leadUnits, String sendersNumber,
                                      long incomingId, String leaderName, Actor leader, String processInstanceId) {
        Unit issuer = directory.findByCode(draft.issuerCode()).orElseThrow();
        draft = withGroupsExpanded(draft, issuer);
        List<DeadlineRule> rules = validator.validate(draft, id -> leader.is(id));
        Instant now = clock.instant();
        long id = directives.insert(draft, issuer.id(), new Signature(leaderName, null, null), leader.userId(),
                processInstanceId, now);
        LocalDate today = LocalDate.now(clock);
        storeContent(id, draft, rules, today);
        directives.markDirectAssignment(id, sendersNumber, incomingId, today, leadUnits);
        return id;
    }

    /**
     * The báo cáo upward on an incoming document: a BC of the receiving body with no Kính gửi units, drafted by its
     * office and signed by one of its signers; a returned report is rewritten in place.
     */
    @Transactional
    public long saveUpwardReport(Long existingId, String issuerCode, String subject, String basis, String body,
                                 List<String> distribution, String signerId, long incomingId,
                                 Function<String, String> userName, Actor actor) {
        Unit issuer = directory.findByCode(issuerCode).orElseThrow();
        authority.requireDrafter(issuer, actor);
        var problems = new Problems();
        if (body == null || body.isBlank()) {
            problems.add("reportBody", "Chưa có nội dung báo cáo.");
        }
        String tooLong = DraftValidator.textProblem(body, "Nội dung báo cáo");
        if (tooLong != null) {
            problems.add("reportBody", tooLong);
        }
        Optional<Signers.Signer> signer = signerId == null ? Optional.empty() : signers.find(signerId, issuer.id());
        if (signer.isEmpty()) {
            problems.add("reportSigner", "Người ký báo cáo phải là người được ký văn bản của " + issuer.name() + ".");
        }
        problems.throwIfAny();
        DirectiveDraft draft = new DirectiveDraft(DirectiveType.BC, issuerCode, subject, basis, body.strip(), null,
                null, null, List.of(), List.of(), distribution, signerId, null);
        Signature signature = new Signature(userName.apply(signerId), signer.get().authorityLine(issuer),
                signer.get().position().title());
        Instant now = clock.instant();
        long id;
        if (existingId == null) {
            id = directives.insert(draft, issuer.id(), signature, actor.userId(), null, now);
            directives.linkToIncoming(id, incomingId);
        } else {
            directives.updateDraft(existingId, draft, issuer.id(), signature, now);
            id = existingId;
        }
        int line = 1;
        for (String text : distribution) {
            if (!text.isBlank()) {
                directives.insertDistribution(id, line++, text.strip());
            }
        }
        return id;
    }

    /** All units of a direct assignment are done: archived, as a directive is after its summary. */
    @Transactional
    public void completeDirectAssignment(long directiveId) {
        directives.setStatus(directiveId, DirectiveStatus.ARCHIVED, clock.instant());
    }

    /** An implementing directive drafted on a leader's direction remembers the incoming document it carries out. */
    @Transactional
    public void linkToIncoming(long directiveId, long incomingId) {
        directives.linkToIncoming(directiveId, incomingId);
    }

    /** The draft with each recipient group the drafter chose ("nhom:…") replaced by its member units. */
    private DirectiveDraft withGroupsExpanded(DirectiveDraft draft, Unit issuer) {
        List<AssignmentDraft> assignments = draft.assignments().stream().map(a -> new AssignmentDraft(a.content(), groups.expand(issuer, a.unitCodes()), a.deadlineText())).toList();
        return new DirectiveDraft(draft.type(), draft.issuerCode(), draft.subject(), draft.basis(), draft.body(),
                draft.purpose(), draft.organization(), draft.closing(), groups.expand(issuer, draft.recipientCodes()),
                assignments, draft.distribution(), draft.signerId(), draft.reminderDays());
    }

    /**
     * Records a reviewer's decision. A return or a rejection needs a comment: the drafter must know why.
     */
    @Transactional
    public ReviewDecision review(long directiveId, ReviewStep step, String decisionValue, String comment,
                                 Actor actor) {
        Directive current = directives.get(directiveId);
        if (step == ReviewStep.APPROVAL) {
            authority.requireSigner(current, actor);
        } else {
            authority.requireOfficeHead(current, actor);
        }
        ReviewDecision decision = ReviewDecision.fromForm(decisionValue);
        if (step == ReviewStep.FORMAT_CHECK && decision == ReviewDecision.REJECT) {
            throw new InvalidInputException("Bước kiểm tra thể thức chỉ có thể đạt hoặc trả lại.");
        }
        if (decision != ReviewDecision.PASS && (comment == null || comment.isBlank())) {
            throw InvalidInputException.onField(step.commentField(),
                    "Vui lòng ghi ý kiến khi trả lại hoặc không duyệt văn bản.");
        }
        String textProblem = DraftValidator.textProblem(comment, "Ý kiến");
        if (textProblem != null) {
            throw InvalidInputException.onField(step.commentField(), textProblem);
        }
        Directive directive = directives.lock(directiveId);
        if (directive.status() != DirectiveStatus.DRAFT) {
            throw new InvalidInputException("Văn bản đã được xử lý, không thể quyết định lại.");
        }
        Instant now = clock.instant();
        directives.logReview(directiveId, step, decision, comment == null ? null : comment.strip(), actor.userId(),
                now);
        if (decision == ReviewDecision.REJECT) {
            directives.setStatus(directiveId, DirectiveStatus.REJECTED, now);
        }
        return decision;
    }

    public Directive get(long id) {
        return directives.get(id);
    }

    public List<Assignment> assignments(long directiveId) {
        return directives.assignments(directiveId);
    }

    /** Codes of the Kính gửi units (their Camunda groups). */
    public List<String> recipientUnitCodes(long directiveId) {
        return directives.recipientUnitCodes(directiveId);
    }

    /** A directive issued to implement a parent directive remembers which recipient it answers. */
    @Transactional
    public void linkToParent(long directiveId, long parentRecipientId) {
        directives.linkToParent(directiveId, parentRecipientId);
    }

    /** Recurring, periodic or ongoing assignments keep the directive under tracking after its summary. */
    public boolean hasRecurringAssignments(long directiveId) {
        return directives.assignments(directiveId).stream().anyMatch(Assignment::recurring);
    }

    /** Closes the directive with the tracking office's conclusion. */
    @Transactional
    public void archive(long directiveId, String summaryNote, Actor actor) {
        authority.requireTrackingOffice(directives.get(directiveId), actor);
        String problem = DraftValidator.textProblem(summaryNote, "Nhận xét tổng hợp");
        if (problem != null) {
            throw new InvalidInputException(problem);
        }
        directives.saveSummaryNote(directiveId, summaryNote == null ? null : summaryNote.strip());
        if (!hasRecurringAssignments(directiveId)) {
            directives.setStatus(directiveId, DirectiveStatus.ARCHIVED, clock.instant());
        }
    }

    /** The office ends the tracking of a directive with recurring work: no further rounds. */
    @Transactional
    public void closeTracking(long directiveId, Actor actor) {
        authority.requireTrackingOffice(directives.get(directiveId), actor);
        directives.setStatus(directiveId, DirectiveStatus.ARCHIVED, clock.instant());
    }
}

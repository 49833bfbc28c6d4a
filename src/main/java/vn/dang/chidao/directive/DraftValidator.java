package vn.dang.chidao.directive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import vn.dang.chidao.deadline.DeadlinePhraseException;
import vn.dang.chidao.deadline.DeadlinePhraseParser;
import vn.dang.chidao.deadline.DeadlineRule;
import vn.dang.chidao.directory.RecipientGroup;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.input.Problem;
import vn.dang.chidao.input.Problems;

/**
 * The server-side check of a draft. Forms check too, but REST callers and stale forms bypass them,
 * so nothing is stored unless this passes.
 */
@Component
public class DraftValidator {

    static final int MAX_SUBJECT = 1000;
    static final int MAX_TEXT = 100_000;
    static final int MAX_LINE = 500;
    /** Far above any real directive (the seeds have 3–12); each assignment is a task per unit. */
    public static final int MAX_ASSIGNMENTS = 500;

    private final UnitDirectory directory;
    private final DeadlinePhraseParser phrases;
    private final Clock clock;

    public DraftValidator(UnitDirectory directory, DeadlinePhraseParser phrases, Clock clock) {
        this.directory = directory;
        this.phrases = phrases;
        this.clock = clock;
    }

    /**
     * @param signerExists tells whether a user id may sign for the issuer
     * @return each assignment's deadline rule, in order
     * @throws InvalidInputException listing every problem found, in Vietnamese
     */
    public List<DeadlineRule> validate(DirectiveDraft draft, Predicate<String> signerExists) {
        Problems problems = new Problems();
        List<DeadlineRule> rules = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);

        if (draft.type() == null) {
            problems.add("Chưa chọn loại văn bản.");
        }
        Unit issuer = null;
        if (isBlank(draft.issuerCode())) {
            problems.add("issuer", "Chưa chọn cơ quan ban hành.");
        } else {
            issuer = directory.findByCode(draft.issuerCode()).filter(Unit::canIssue).orElse(null);
            if (issuer == null) {
                problems.add("issuer", "Cơ quan ban hành \"" + draft.issuerCode() + "\" không có trong danh mục đơn vị.");
            }
        }
        if (isBlank(draft.subject())) {
            problems.add("subject", "Trích yếu không được để trống.");
        } else if (draft.subject().length() > MAX_SUBJECT) {
            problems.add("subject", "Trích yếu dài quá " + MAX_SUBJECT + " ký tự.");
        }
        checkText(draft.subject(), "subject", "Trích yếu", problems);
        checkText(draft.basis(), "basis", "Căn cứ", problems);
        checkText(draft.body(), "body", "Nội dung", problems);
        checkText(draft.purpose(), "purpose", "Mục đích, yêu cầu", problems);
        checkText(draft.organization(), "organization", "Tổ chức thực hiện", problems);
        checkText(draft.closing(), "closing", "Câu kết thúc", problems);
        if (draft.type() == DirectiveType.KH && isBlank(draft.purpose())) {
            problems.add("purpose", "Kế hoạch phải có phần Mục đích, yêu cầu.");
        }
        if (isBlank(draft.body())) {
            problems.add("body", "Nội dung văn bản không được để trống.");
        }

        List<String> recipients = draft.recipientCodes().stream().filter(code -> !isBlank(code)).toList();
        if (recipients.size() < draft.recipientCodes().size()) {
            problems.add("recipients", "Danh sách Kính gửi có đơn vị để trống.");
        }
        if (recipients.isEmpty()) {
            problems.add("recipients", "Chưa chọn đơn vị Kính gửi nào.");
        }
        Set<String> seen = new HashSet<>();
        for (String code : recipients) {
            if (!seen.add(code)) {
                problems.add("recipients", "Đơn vị \"" + code + "\" được chọn hai lần trong Kính gửi.");
            }
        }
        Map<String, Unit> known = directory.findByCodes(new LinkedHashSet<>(recipients));
        Set<Long> directedIds = new HashSet<>();
        for (String code : new LinkedHashSet<>(recipients)) {
            if (RecipientGroup.isToken(code)) {
                problems.add("recipients", "Nhóm Kính gửi \"" + code.substring(RecipientGroup.TOKEN_PREFIX.length())
                        + "\" không có trong danh mục của cơ quan ban hành hoặc chưa có đơn vị nào.");
            } else if (!known.containsKey(code)) {
                problems.add("recipients", "Đơn vị Kính gửi \"" + code + "\" không có trong danh mục đơn vị.");
            } else if (issuer != null && known.get(code).id() == issuer.id()) {
                problems.add("recipients", "Cơ quan ban hành không thể tự gửi văn bản cho chính mình.");
            } else if (issuer != null && !directed(issuer, directedIds).contains(known.get(code).id())) {
                // a body directs the units below it (a ban: those of its cấp ủy), never a body above or beside it
                problems.add("recipients", "Đơn vị \"" + known.get(code).name() + "\" không thuộc phạm vi chỉ đạo của "
                        + issuer.name() + ".");
            }
        }

        if (draft.assignments().size() > MAX_ASSIGNMENTS) {
            // one message, not one per assignment: the rest is not checked
            throw InvalidInputException.onField("assignments", "Văn bản có " + draft.assignments().size()
                    + " nhiệm vụ, nhiều hơn mức tối đa " + MAX_ASSIGNMENTS + " nhiệm vụ.");
        }
        if (draft.assignments().isEmpty()) {
            problems.add("assignments", "Văn bản phải có ít nhất một nhiệm vụ.");
        }
        Set<String> covered = new HashSet<>();
        for (int i = 0; i < draft.assignments().size(); i++) {
            AssignmentDraft a = draft.assignments().get(i);
            String label = "Nhiệm vụ " + (i + 1) + ": ";
            if (isBlank(a.content())) {
                problems.add(Problem.item("assignments", i, "content"), label + "chưa nhập nội dung.");
            }
            checkText(a.content(), Problem.item("assignments", i, "content"), label + "nội dung", problems);
            if (a.unitCodes().isEmpty()) {
                problems.add(Problem.item("assignments", i, "units"), label + "chưa chọn đơn vị thực hiện.");
            }
            for (String code : a.unitCodes()) {
                if (!recipients.contains(code)) {
                    problems.add(Problem.item("assignments", i, "units"), label + "đơn vị \"" + code + "\" không nằm trong danh sách Kính gửi.");
                }
                covered.add(code);
            }
            if (isBlank(a.deadlineText())) {
                problems.add(Problem.item("assignments", i, "deadline"), label + "chưa nhập thời hạn.");
                rules.add(null);
            } else {
                try {
                    DeadlineRule rule = phrases.parse(a.deadlineText(), today);
                    rules.add(rule);
                    LocalDate first = rule.firstDue(today).orElse(null);
                    if (rule.kind() == DeadlineRule.Kind.FIXED && first.isBefore(today)) {
                        problems.add(Problem.item("assignments", i, "deadline"), label + "thời hạn "
                                + VietnameseDates.format(first) + " đã qua (hôm nay là " + VietnameseDates.format(today) + ").");
                    }
                } catch (DeadlinePhraseException e) {
                    problems.add(Problem.item("assignments", i, "deadline"), label + e.getMessage());
                    rules.add(null);
                }
            }
        }
        for (String code : recipients) {
            if (known.containsKey(code) && !covered.contains(code)) {
                problems.add("recipients", "Đơn vị Kính gửi \"" + known.get(code).name() + "\" chưa được giao nhiệm vụ nào.");
            }
        }
        for (String line : draft.distribution()) {
            if (line.length() > MAX_LINE) {
                problems.add("distribution", "Một dòng Nơi nhận dài quá " + MAX_LINE + " ký tự.");
            }
            checkText(line, "distribution", "Nơi nhận", problems);
        }
        if (isBlank(draft.signerId())) {
            problems.add("signer", "Chưa chọn người ký.");
        } else if (!signerExists.test(draft.signerId())) {
            problems.add("signer", "Người ký \"" + draft.signerId() + "\" không có thẩm quyền ký văn bản của cơ quan này.");
        }
        if (draft.reminderDays() != null && (draft.reminderDays() < 0 || draft.reminderDays() > 60)) {
            problems.add("reminderDays", "Số ngày nhắc trước hạn phải từ 0 đến 60.");
        }
        problems.throwIfAny();
        return rules;
    }

    static void checkText(String text, String field, String label, Problems problems) {
        String problem = textProblem(text, label);
        if (problem != null) {
            problems.add(field, problem);
        }
    }

    /** Texts too long to be real, control characters and broken Unicode would corrupt documents and mails. */
    public static String textProblem(String text, String field) {
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_TEXT) {
            return field + " dài quá " + MAX_TEXT + " ký tự.";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return field + " chứa ký tự điều khiển không hợp lệ.";
            }
            if (Character.isSurrogate(c)) {
                boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!pair) {
                    return field + " chứa ký tự Unicode không hợp lệ.";
                }
                i++;
            }
        }
        return null;
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The ids of the units the issuer directs, read once per validation and only when a recipient is checked. */
    private Set<Long> directed(Unit issuer, Set<Long> cache) {
        if (cache.isEmpty()) {
            directory.directedBy(issuer).forEach(u -> cache.add(u.id()));
            cache.add(-1L); // marks the cache filled, also for an issuer that directs nobody
        }
        return cache;
    }
}

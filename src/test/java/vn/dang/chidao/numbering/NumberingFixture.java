package vn.dang.chidao.numbering;

import java.time.LocalDate;
import java.util.List;

import vn.dang.chidao.directive.AssignmentDraft;
import vn.dang.chidao.directive.DirectiveDraft;
import vn.dang.chidao.directive.DirectiveService;
import vn.dang.chidao.directive.DirectiveType;
import vn.dang.chidao.directory.Actor;

/** Drafts stored directly through the service, to number them without running the whole process. */
final class NumberingFixture {

    private NumberingFixture() {
    }

    static long draft(DirectiveService directives, DirectiveType type, String issuer, LocalDate deadline) {
        DirectiveDraft draft = new DirectiveDraft(type, issuer, "V/v thử cấp số", null, "Nội dung", "Mục đích", null, null,
                List.of("mttq-bao-yen"),
                List.of(new AssignmentDraft("Thực hiện", List.of("mttq-bao-yen"), deadline.toString())),
                List.of("Lưu VT"),
                issuer.equals("tu-lao-cai") ? "phobithutinh" : "phobithu", null);
        return directives.saveDraft(null, draft, user -> "Hoàng Văn Minh",
                    Actor.SYSTEM, null);
    }
}

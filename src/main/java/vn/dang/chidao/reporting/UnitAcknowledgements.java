package vn.dang.chidao.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dang.chidao.directive.Directive;
import vn.dang.chidao.directive.DirectiveType;
import vn.dang.chidao.directive.DraftValidator;
import vn.dang.chidao.directive.RecipientStatus;
import vn.dang.chidao.directive.VietnameseDates;
import vn.dang.chidao.directory.Actor;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.input.Problems;

/** A unit acknowledges receipt: who leads, who supports, and whether it implements by a directive of its own. */
@Service
public class UnitAcknowledgements {

    private final RecipientRepository recipients;
    private final UnitWorkAccess access;
    private final UnitDirectory directory;
    private final Clock clock;

    public UnitAcknowledgements(RecipientRepository recipients, UnitWorkAccess access, UnitDirectory directory,
                                Clock clock) {
        this.recipients = recipients;
        this.access = access;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional
    public void acknowledge(long recipientId, Actor actor, String leadPerson, String supportPersons) {
        access.requireUnitMember(recipients.get(recipientId), actor);
        Problems problems = new Problems();
        if (leadPerson == null || leadPerson.isBlank()) {
            problems.add("Chưa ghi người (bộ phận) chủ trì thực hiện.");
        } else if (leadPerson.length() > 255) {
            problems.add("Tên người chủ trì dài quá 255 ký tự.");
        }
        if (supportPersons != null && supportPersons.length() > 1000) {
            problems.add("Danh sách phối hợp dài quá 1000 ký tự.");
        }
        problems.add(DraftValidator.textProblem(leadPerson, "Người chủ trì"));
        problems.add(DraftValidator.textProblem(supportPersons, "Phối hợp"));
        problems.throwIfAny();
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("acknowledged_by", actor.userId());
        columns.put("lead_person", leadPerson.strip());
        columns.put("support_persons", supportPersons == null ? null : supportPersons.strip());
        if (!recipients.move(recipientId, RecipientStatus.ACKNOWLEDGED, "acknowledged_at",
                Timestamp.from(clock.instant()), columns)) {
            throw new InvalidInputException("Đơn vị đã xác nhận nhận văn bản này rồi.");
        }
    }

    /**
     * What a unit's own directive starts with when the unit implements this one by issuing it: the
     * subject and the căn cứ citing this directive.
     */
    public Cascade cascade(long recipientId, DirectiveType childType) {
        UnitWorkView view = recipients.view(recipientId);
        if (!view.unit().canIssue()) {
            throw new InvalidInputException(view.unit().name()
                    + " chưa được khai báo là cơ quan ban hành văn bản, không thể triển khai bằng văn bản riêng.");
        }
        if (childType == null) {
            throw new InvalidInputException("Chưa chọn loại văn bản triển khai.");
        }
        Directive parent = view.directive();
        Unit issuer = directory.get(parent.issuerId());
        String cited = parent.type().label() + " số " + parent.documentNumber() + " ngày "
                + VietnameseDates.format(parent.issuedOn()) + " của " + issuer.name();
        return new Cascade(childType, "V/v triển khai thực hiện " + cited, "Thực hiện " + cited + ".");
    }

    /** The start of a unit's own directive that implements its parent. */
    public record Cascade(DirectiveType type, String subject, String basis) {
    }
}

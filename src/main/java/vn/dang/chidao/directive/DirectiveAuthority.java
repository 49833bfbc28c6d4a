package vn.dang.chidao.directive;

import org.springframework.stereotype.Component;

import vn.dang.chidao.directory.Actor;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitDirectory;

/**
 * Who may decide what on a directive, from the directory and the directive's own row: never from what a form
 * submitted. Every recording step asks here before it changes anything; a refusal changes nothing.
 */
@Component
public class DirectiveAuthority {

    private final UnitDirectory directory;

    public DirectiveAuthority(UnitDirectory directory) {
        this.directory = directory;
    }

    /** Drafting for an issuing body: its office (an administrator may draft for any body). */
    public void requireDrafter(Unit issuer, Actor actor) {
        if (!actor.isAdmin() && !actor.actsFor(issuer.officeGroup())) {
            throw new ActionNotAllowedException("Đồng chí không thuộc Văn phòng của " + issuer.name()
                    + ", không thể soạn văn bản nhân danh cơ quan này.");
        }
    }

    /** Format check: the issuing body's office head. */
    public void requireOfficeHead(Directive directive, Actor actor) {
        Unit issuer = directory.get(directive.issuerId());
        if (!actor.actsFor(issuer.officeHeadGroup())) {
            throw new ActionNotAllowedException("Chỉ Chánh Văn phòng của " + issuer.name()
                    + " được kiểm tra thể thức văn bản này.");
        }
    }

    /** Approval: the signer chosen on the draft, and nobody else. */
    public void requireSigner(Directive directive, Actor actor) {
        if (!actor.is(directive.signerId())) {
            throw new ActionNotAllowedException("Chỉ người ký đã chọn ("
                    + (directive.signerName() == null ? directive.signerId() : directive.signerName())
                    + ") được duyệt ký văn bản này.");
        }
    }

    /** Reviews of reports and extensions, the summary, the end of tracking: the issuing body's office. */
    public void requireTrackingOffice(Directive directive, Actor actor) {
        Unit issuer = directory.get(directive.issuerId());
        if (!actor.actsFor(issuer.officeGroup())) {
            throw new ActionNotAllowedException("Chỉ Văn phòng của " + issuer.name()
                    + " được theo dõi, duyệt báo cáo và xét gia hạn của văn bản này.");
        }
    }

    /** Receipt, assignments, extension requests, reports: members of the recipient unit. */
    public void requireUnitMember(Unit unit, Actor actor) {
        if (!actor.actsFor(unit.code())) {
            throw new ActionNotAllowedException("Đồng chí không thuộc " + unit.name()
                    + ", không thể thực hiện công việc của đơn vị này.");
        }
    }
}

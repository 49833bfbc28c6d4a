package vn.dang.chidao.reporting;

import vn.dang.chidao.directory.Unit;

/** A dispatched Kính gửi row: its directive, its unit and the directive's issuer never change. */
public record Recipient(long id, long directiveId, long unitId, String unitCode, String issuerCode) {

    /** The issuing body's office: it reviews the unit's report and extension requests. */
    public String trackingGroup() {
        return Unit.officeGroupOf(issuerCode);
    }
}

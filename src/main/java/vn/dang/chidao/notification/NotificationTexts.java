package vn.dang.chidao.notification;

import java.util.List;

import vn.dang.chidao.directive.Assignment;
import vn.dang.chidao.directive.Directive;
import vn.dang.chidao.directive.VietnameseDates;
import vn.dang.chidao.directory.Unit;

/** Texts of notification mails. Plain text only: user-entered text is never interpreted as markup. */
public final class NotificationTexts {

    private NotificationTexts() {
    }

    public static String dispatchSubject(Directive d) {
        return "Văn bản số " + d.documentNumber() + ": " + oneLine(d.subject());
    }

    public static String dispatchBody(Directive d, Unit issuer, Unit unit, List<Assignment> assignments) {
        StringBuilder b = new StringBuilder();
        b.append("Kính gửi: ").append(unit.name()).append("\n\n");
        b.append(issuer.name()).append(" đã ban hành văn bản số ").append(d.documentNumber())
                .append(" ngày ").append(VietnameseDates.format(d.issuedOn())).append("\n")
                .append(d.subject()).append("\n\n");
        b.append("Nhiệm vụ giao cho đơn vị:\n");
        for (Assignment a : assignments) {
            b.append(a.position()).append(". ").append(a.content()).append(" (thời hạn: ")
                    .append(a.deadlineText()).append(")\n");
        }
        b.append("\nĐề nghị đồng chí đăng nhập hệ thống, xác nhận đã nhận văn bản và triển khai thực hiện.\n");
        return b.toString();
    }

    public static String reminderSubject(Directive d, Assignment a) {
        return "Nhắc hạn: nhiệm vụ " + a.position() + " của văn bản " + d.documentNumber() + " đến hạn ngày "
                + VietnameseDates.format(a.deadline());
    }

    public static String reminderBody(Directive d, Unit unit, Assignment a) {
        return "Kính gửi: " + unit.name() + "\n\nNhiệm vụ " + a.position() + " của văn bản số " + d.documentNumber()
                + " (" + oneLine(d.subject()) + ") sẽ đến hạn ngày " + VietnameseDates.format(a.deadline())
                + ":\n" + a.content() + "\n\nĐề nghị đơn vị khẩn trương hoàn thành và báo cáo kết quả.\n";
    }

    public static String overdueSubject(Directive d, Assignment a, Unit unit) {
        return "Quá hạn: " + unit.name() + " chưa hoàn thành nhiệm vụ " + a.position() + " của văn bản "
                + d.documentNumber();
    }

    public static String overdueBody(Directive d, Unit unit, Assignment a) {
        return unit.name() + " chưa hoàn thành nhiệm vụ " + a.position() + " của văn bản số " + d.documentNumber()
                + " (" + oneLine(d.subject()) + "), thời hạn ngày " + VietnameseDates.format(a.deadline()) + ":\n"
                + a.content() + "\n\nĐề nghị đơn vị khẩn trương thực hiện; văn phòng theo dõi, đôn đốc.\n";
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}

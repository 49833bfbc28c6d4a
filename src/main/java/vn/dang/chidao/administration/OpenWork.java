package vn.dang.chidao.administration;

/** A directive a unit has not finished (its Kính gửi row is not accepted), for the office to follow up. */
public record OpenWork(long recipientId, long directiveId, String documentNumber, String subject, String issuerName,
                       String status, String statusLabel) {

    static String label(String status) {
        return switch (status) {
            case "DRAFT" -> "Trong dự thảo, chưa ban hành";
            case "DISPATCHED" -> "Đã gửi, chưa xác nhận nhận";
            case "ACKNOWLEDGED" -> "Đang thực hiện";
            case "REPORTED" -> "Đã báo cáo, chờ duyệt";
            case "RETURNED" -> "Báo cáo bị trả lại";
            case "ACCEPTED" -> "Hoàn thành";
            default -> status;
        };
    }
}

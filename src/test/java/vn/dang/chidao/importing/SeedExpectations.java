package vn.dang.chidao.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a careful clerk reads in each seed, field by field, and how many of those fields a reading gets right.
 * Fields the document does not have (no number, no day) are expected null and checked, not counted as present.
 */
final class SeedExpectations {

    /** One expected assignment: how its text begins, its units as written, its deadline phrase. */
    record Point(String textStart, List<String> units, String deadline) {
    }

    record Expected(String type, String superior, String issuing, String number, String place, LocalDate issuedOn,
                    String subject, List<String> recipients, String basisStart, List<Point> points,
                    List<String> copies, String authority, String position, String name) {
    }

    /** Field name, expected, actual, for the report. */
    record Check(String seed, String field, Object expected, Object actual) {
        boolean right() {
            return Objects.equals(expected, actual);
        }
    }

    private SeedExpectations() {
    }

    static Expected of(String seed) {
        return switch (seed) {
            case SeedTexts.BAO_YEN -> new Expected("CV", "ĐẢNG BỘ TỈNH LÀO CAI", "HUYỆN ỦY BẢO YÊN", "-CV/HU",
                    "Bảo Yên", null,
                    "V/v tăng cường triển khai đợt sinh hoạt chính trị gắn với kỷ niệm 132 năm ngày sinh Chủ tịch "
                            + "Hồ Chí Minh",
                    List.of("Các chi, đảng bộ trực thuộc", "Các cơ quan tham mưu, giúp việc Huyện ủy",
                            "MTTQ và các đoàn thể huyện", "Các cơ quan trong khối tuyên truyền",
                            "Ban Chỉ đạo 35 huyện"),
                    "Thời gian qua, thực hiện Hướng dẫn số 39 - HD/HU, ngày 06/5/2022 của Huyện ủy Bảo Yên",
                    List.of(new Point("Căn cứ Hướng dẫn số 39 - HD/HU, ngày 06/5/2022",
                                    List.of("Các chi, đảng bộ trực thuộc", "Mặt trận Tổ quốc và các đoàn thể huyện"),
                                    null),
                            new Point("Chỉ đạo các nhà trường, tổ chức đoàn trực thuộc",
                                    List.of("Phòng Giáo dục và Đào tạo", "Đoàn thanh niên huyện"), null),
                            new Point("Xây dựng kế hoạch, chương trình tuyên truyền sâu rộng",
                                    List.of("Các cơ quan trong khối tuyên truyền"), null),
                            new Point("Tăng cường cập nhật các nội dung thông tin",
                                    List.of("Ban Tuyên giáo Huyện ủy", "Tổ thư ký giúp việc",
                                            "đội ngũ Cộng tác viên BCD 35 huyện"), null)),
                    List.of("Thường trực HU", "Ban Tuyên giáo HU", "Như kính gửi", "Lưu VT+BTGHU"),
                    "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Xuân Nhân");
            case SeedTexts.BAC_KAN -> new Expected("CV", "THÀNH ỦY BẮC KẠN", "BAN TUYÊN GIÁO", "405-CV/BTGTU",
                    "TP. Bắc Kạn", LocalDate.of(2024, 3, 20),
                    "Tiếp tục thực hiện có hiệu quả việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
                            + "Minh",
                    List.of("Các chi, đảng bộ trực thuộc Thành ủy",
                            "Trung tâm Văn hóa Thể thao và Truyền thông thành phố"),
                    "Căn cứ Kế hoạch số 215-KH/TU ngày 23/02/2024 của Ban Thường vụ Thành ủy",
                    List.of(new Point("Sau khi xây dựng kế hoạch triển khai học tập",
                                    List.of("Các chi, đảng bộ trực thuộc"), "xong trước ngày 30/3 hằng năm"),
                            new Point("Thực hiện nghiêm túc việc đưa nội dung học tập",
                                    List.of("Các chi, đảng bộ trực thuộc"), null),
                            new Point("Thực hiện nghiêm túc Nghi thức chào cờ",
                                    List.of("Các chi, đảng bộ trực thuộc"), null),
                            new Point("Tăng cường công tác tuyên truyền về nội dung chuyên đề",
                                    List.of("Các chi, đảng bộ trực thuộc"), null),
                            new Point("Đẩy mạnh công tác tuyên truyền thực hiện chuyên đề",
                                    List.of("Trung tâm Văn hóa, Thể thao và Truyền thông",
                                            "Công thông tin điện tử thành phố"), null)),
                    List.of("Như trên", "Thường trực Thành ủy (b/c)", "Lưu BTG"),
                    null, "TRƯỞNG BAN", "Phạm Quyết Chiến");
            case SeedTexts.BACH_THONG -> new Expected("KH", null, null, "-KH/HU", "Bạch Thông", null,
                    "triển khai đợt sinh hoạt chính trị, tư tưởng Kỷ niệm 80 năm Ngày thành lập Chi bộ Chí Kiên "
                            + "(22/9/1943 - 22/9/2023)",
                    null,
                    "Thực hiện Hướng dẫn số 41-HD/BTGTU, ngày 24 tháng 7 năm 2023 của Ban Tuyên giáo Tỉnh ủy",
                    List.of(new Point("Chỉ đạo triển khai đợt sinh hoạt chính trị, tư tưởng này",
                                    List.of("Các chi, đảng bộ trực thuộc Huyện ủy"), null),
                            new Point("Nêu cao vai trò, trách nhiệm", List.of("Các chi, đảng bộ trực thuộc Huyện ủy"),
                                    null),
                            new Point("Chỉ đạo Ban Tuyên giáo Đảng ủy", List.of("Các chi, đảng bộ trực thuộc Huyện ủy"),
                                    null),
                            new Point("Chỉ đạo các cơ quan thông tin tuyên truyền của huyện: Tuyên truyền sâu rộng",
                                    List.of("Ủy ban nhân dân huyện"), null),
                            new Point("Chỉ đạo các cơ quan thông tin tuyên truyền của huyện: Xây dựng các chuyên trang",
                                    List.of("Ủy ban nhân dân huyện"), null),
                            new Point("Chỉ đạo các cơ quan thông tin tuyên truyền của huyện: Tuyên truyền trên trang",
                                    List.of("Ủy ban nhân dân huyện"), null),
                            new Point("Xây dựng kế hoạch, tổ chức đợt sinh hoạt chính trị",
                                    List.of("Ủy ban Mặt trận Tổ quốc và các đoàn thể huyện"), null),
                            new Point("Tăng cường theo dõi, nắm tình hình tư tưởng",
                                    List.of("Ủy ban Mặt trận Tổ quốc và các đoàn thể huyện"), null),
                            new Point("Lựa chọn hình thức phù hợp", List.of("Trung tâm Chính trị huyện"), null),
                            new Point("Tham mưu cho cấp ủy", List.of("Ban Tuyên giáo Huyện ủy"), null),
                            new Point("Theo dõi, đôn đốc, kiểm tra việc triển khai",
                                    List.of("Ban Tuyên giáo Huyện ủy"), null)),
                    List.of("Ban Tuyên giáo Tỉnh ủy", "Thường trực Huyện ủy", "Lãnh đạo UBND huyện",
                            "Các cơ quan tham mưu, giúp việc Huyện ủy", "Trung tâm Chính trị huyện",
                            "Các chi, đảng bộ trực thuộc", "Ủy ban MTTQ và các đoàn thể huyện",
                            "Phòng VH-TT, Trung tâm Văn hóa, TT-TT huyện", "Các đồng chí Huyện ủy viên",
                            "Lưu Văn phòng Huyện ủy"),
                    "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Thanh Hà");
            default -> throw new IllegalArgumentException(seed);
        };
    }

    /** Every field of the reading against the expectation, one check per field (list items one each). */
    static List<Check> checks(String seed, ImportedDocument read) {
        return checks(seed, of(seed), read);
    }

    static List<Check> checks(String seed, Expected e, ImportedDocument read) {
        List<Check> checks = new ArrayList<>();
        checks.add(new Check(seed, "type", e.type(), read.type()));
        checks.add(new Check(seed, "superiorBody", e.superior(), read.superiorBody()));
        checks.add(new Check(seed, "issuingBody", e.issuing(), read.issuingBody()));
        checks.add(new Check(seed, "number", e.number(), read.number()));
        checks.add(new Check(seed, "place", e.place(), read.place()));
        checks.add(new Check(seed, "issuedOn", e.issuedOn(), read.issuedOn()));
        checks.add(new Check(seed, "subject", e.subject(), read.subject()));
        if (e.recipients() == null) {
            checks.add(new Check(seed, "recipients", null, read.recipients()));
        } else {
            for (int i = 0; i < e.recipients().size(); i++) {
                checks.add(new Check(seed, "recipients[" + i + "]", e.recipients().get(i),
                        read.recipients() != null && i < read.recipients().size()
                                ? read.recipients().get(i).text() : null));
            }
            checks.add(new Check(seed, "recipients.size", e.recipients().size(),
                    read.recipients() == null ? 0 : read.recipients().size()));
        }
        checks.add(new Check(seed, "basis", true, read.basis() != null && read.basis().startsWith(e.basisStart())));
        checks.add(new Check(seed, "assignments.size", e.points().size(), read.assignments().size()));
        for (int i = 0; i < e.points().size(); i++) {
            Point p = e.points().get(i);
            var a = i < read.assignments().size() ? read.assignments().get(i) : null;
            checks.add(new Check(seed, "assignments[" + i + "].text", true,
                    a != null && a.text().startsWith(p.textStart())));
            checks.add(new Check(seed, "assignments[" + i + "].units", p.units(),
                    a == null ? null : a.units().stream().map(ImportedDocument.UnitMention::text).toList()));
            checks.add(new Check(seed, "assignments[" + i + "].deadline", p.deadline(), a == null ? null : a.deadline()));
        }
        for (int i = 0; i < e.copies().size(); i++) {
            checks.add(new Check(seed, "copies[" + i + "]", e.copies().get(i),
                    read.copies() != null && i < read.copies().size() ? read.copies().get(i) : null));
        }
        checks.add(new Check(seed, "copies.size", e.copies().size(), read.copies() == null ? 0 : read.copies().size()));
        var s = read.signature();
        checks.add(new Check(seed, "signature.authority", e.authority(), s == null ? null : s.authority()));
        checks.add(new Check(seed, "signature.position", e.position(), s == null ? null : s.position()));
        checks.add(new Check(seed, "signature.name", e.name(), s == null ? null : s.name()));
        return checks;
    }

    /** Present: the document has the field (expected non-null); right: present and read as expected. */
    static boolean present(Check check) {
        return check.expected() != null;
    }
}

package vn.dang.chidao.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dang.chidao.importing.SeedExpectations.Expected;
import vn.dang.chidao.importing.SeedExpectations.Point;

/**
 * A Tỉnh ủy công văn in the shape PDF extraction gives (columns merged, Nơi nhận and signing block on the same
 * lines, wrapped lines), written and labelled before the reader was run on it: a rough check of how the reader does
 * on a document it was not developed against. Prints the accuracy; see docs/imports.md.
 */
class UnseenSampleTest {

    static final String TEXT = """
            TỈNH ỦY BẮC KẠN ĐẢNG CỘNG SẢN VIỆT NAM
            *
            Bắc Kạn, ngày 12 tháng 4 năm 2024
            Số 1520-CV/TU
            V/v tổ chức các hoạt động kỷ niệm 134 năm
            Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890-
            19/5/2024)
            Kính gửi:
            - Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy,
            - Các ban đảng, Văn phòng Tỉnh ủy,
            - Ban cán sự đảng UBND tỉnh,
            - Đảng đoàn MTTQ và các đoàn thể tỉnh.
            Thực hiện Hướng dẫn số 125-HD/BTGTW ngày 15/3/2024 của Ban Tuyên giáo Trung ương về tuyên truyền
            các ngày kỷ niệm năm 2024, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, cơ quan, đơn vị
            thực hiện tốt một số nội dung sau:
            1. Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy
            - Chỉ đạo tổ chức các hoạt động kỷ niệm trang trọng, thiết thực, tiết kiệm; hoàn thành trước ngày
            15/5/2024.
            - Báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy trước ngày 30/5/2024.
            2. Ban Tuyên giáo Tỉnh ủy
            Chủ trì, phối hợp với các cơ quan liên quan hướng dẫn nội dung tuyên truyền; tổng hợp, báo cáo Ban
            Thường vụ Tỉnh ủy trong tháng 6/2024.
            3. Đảng đoàn MTTQ và các đoàn thể tỉnh: Vận động đoàn viên, hội viên tham gia các hoạt động kỷ
            niệm.
            Nhận được Công văn này, đề nghị các cơ quan, đơn vị triển khai thực hiện./.
            Nơi nhận: T/M BAN THƯỜNG VỤ
            - Như kính gửi, PHÓ BÍ THƯ THƯỜNG TRỰC
            - Thường trực Tỉnh ủy (b/c),
            - Lưu Văn phòng Tỉnh ủy.
            Phương Thị Thanh
            """;

    static final Expected EXPECTED = new Expected("CV", null, "TỈNH ỦY BẮC KẠN", "1520-CV/TU", "Bắc Kạn",
            LocalDate.of(2024, 4, 12),
            "V/v tổ chức các hoạt động kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890- 19/5/2024)",
            List.of("Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "Các ban đảng, Văn phòng Tỉnh ủy",
                    "Ban cán sự đảng UBND tỉnh", "Đảng đoàn MTTQ và các đoàn thể tỉnh"),
            "Thực hiện Hướng dẫn số 125-HD/BTGTW ngày 15/3/2024 của Ban Tuyên giáo Trung ương",
            List.of(new Point("Chỉ đạo tổ chức các hoạt động kỷ niệm",
                            List.of("Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy"),
                            "hoàn thành trước ngày 15/5/2024"),
                    new Point("Báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy",
                            List.of("Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy"), "trước ngày 30/5/2024"),
                    new Point("Chủ trì, phối hợp với các cơ quan liên quan", List.of("Ban Tuyên giáo Tỉnh ủy"),
                            "trong tháng 6/2024"),
                    new Point("Vận động đoàn viên, hội viên", List.of("Đảng đoàn MTTQ và các đoàn thể tỉnh"), null)),
            List.of("Như kính gửi", "Thường trực Tỉnh ủy (b/c)", "Lưu Văn phòng Tỉnh ủy"),
            "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Phương Thị Thanh");

    @Test
    void accuracyOnAnUnseenStyleSample() {
        List<SeedExpectations.Check> checks = SeedExpectations.checks("unseen-cv-tinh-uy", EXPECTED,
                new DocumentReader().read(TEXT, null));
        long present = checks.stream().filter(SeedExpectations::present).count();
        long right = checks.stream().filter(SeedExpectations::present).filter(SeedExpectations.Check::right).count();
        System.out.printf("Import reader on the unseen-style sample: %d of %d fields right (%.1f %%)%n", right,
                present, 100.0 * right / present);
        checks.stream().filter(c -> !c.right()).forEach(c -> System.out.println("  wrong " + c));
        // first run, before "Đảng đoàn" headings were known: 29 of 31; kept as a regression check since
        assertThat(checks).filteredOn(c -> !c.right()).isEmpty();
    }
}

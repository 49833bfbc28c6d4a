package vn.dang.chidao.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The browser tests' English detector: it must catch what users met, and not Vietnamese or the domain's codes. */
class EnglishTextTest {

    @Test
    void findsCamundasEnglishAndRawKeys() {
        assertThat(EnglishText.in("Claim Complete Start process")).containsExactly("Claim", "Complete", "Start");
        assertThat(EnglishText.in("December 2026 Sun Mon")).containsExactly("December", "Sun", "Mon");
        assertThat(EnglishText.in("CAM_WIDGET_HEADER_TOGGLE_NAVIGATION")).containsExactly(
                "CAM_WIDGET_HEADER_TOGGLE_NAVIGATION");
        assertThat(EnglishText.in("Tiến độ (runtime) giá trị null")).containsExactly("runtime", "null");
        assertThat(EnglishText.in("Actions")).containsExactly("Actions");
    }

    @Test
    void leavesVietnameseProductNamesAndCodesAlone() {
        assertThat(EnglishText.in("Việc của tôi · Nhận việc · Phóng to · Thu nhỏ · Hoàn thành · Lưu")).isEmpty();
        assertThat(EnglishText.in("Số 01-CV/HU, 15-BC/BTGHU, tài khoản soanthao, mttq-bao-yen")).isEmpty();
        assertThat(EnglishText.in("Vận hành trên nền tảng Camunda Platform / v7.24.0 · bpmn.io")).isEmpty();
        assertThat(EnglishText.in("Thời hạn: 31/08/2027 (cuối tháng 8/2027) — Tháng 12/2026, T2 T3 CN")).isEmpty();
    }
}

package vn.dang.chidao.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The browser tests' English detector: it must catch what users met, and not Vietnamese or the domain's codes. */
class EnglishTextTest {

    @Test
    void findsCamundasEnglishWords() {
        assertThat(EnglishText.find("Bảng điều khiển » Process Definitions\nActions\tnull (runtime)"))
                .containsExactly("Process", "Definitions", "Actions", "null", "runtime");
        assertThat(EnglishText.find("Claim · Complete · Start process · December 2026 Sun Mon"))
                .containsExactly("Claim", "Complete", "Start", "process", "December", "Sun", "Mon");
    }

    @Test
    void findsRawTranslationKeys() {
        assertThat(EnglishText.find("Công việc PAGE_LOGIN_SIGN_IN_ACTION CAM_WIDGET_HEADER_TOGGLE_NAVIGATION"))
                .startsWith("PAGE_LOGIN_SIGN_IN_ACTION", "CAM_WIDGET_HEADER_TOGGLE_NAVIGATION");
    }

    @Test
    void vietnameseCodesLoginsAndTheProductNamePass() {
        assertThat(EnglishText.find("01-CV/HU — V/v tổ chức sinh hoạt; quanly; Phóng to, in văn bản; "
                + "Được phát triển trên nền Camunda Platform / v7.24.0; Bản PDF, Bản DOCX, Tải Excel")).isEmpty();
        assertThat(EnglishText.find("Việc của tôi · Nhận việc · Thu nhỏ · Hoàn thành · Lưu · T2 T3 CN · "
                + "Tháng 12/2026 · 15-BC/BTGHU · mttq-bao-yen")).isEmpty();
    }
}

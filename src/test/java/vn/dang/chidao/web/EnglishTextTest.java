package vn.dang.chidao.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishTextTest {

    @Test
    void findsCamundasEnglishWords() {
        assertThat(EnglishText.find("Bảng điều khiển » Process Definitions\nActions\tnull (runtime)"))
                .containsExactly("Process", "Definitions", "Actions", "null", "runtime");
    }

    @Test
    void vietnameseCodesLoginsAndTheProductNamePass() {
        assertThat(EnglishText.find("01-CV/HU — V/v tổ chức sinh hoạt; quanly; Phóng to, in văn bản; "
                + "Được phát triển trên nền Camunda Platform / v7.24.0; Bản PDF, Bản DOCX, Tải Excel")).isEmpty();
    }
}

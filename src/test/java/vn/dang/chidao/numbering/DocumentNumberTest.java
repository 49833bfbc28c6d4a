package vn.dang.chidao.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    @Test
    void numbersUnderTenGetALeadingZero() {
        assertThat(new DocumentNumber(9, "KH", "ĐU")).hasToString("09-KH/ĐU");
        assertThat(new DocumentNumber(1, "CV", "HU")).hasToString("01-CV/HU");
    }

    @Test
    void largerNumbersAreWrittenAsTheyAre() {
        assertThat(new DocumentNumber(1759, "CV", "HU")).hasToString("1759-CV/HU");
        assertThat(new DocumentNumber(405, "CV", "BTGTU")).hasToString("405-CV/BTGTU");
    }

    @Test
    void thereIsNoNumberZero() {
        assertThatThrownBy(() -> new DocumentNumber(0, "CV", "HU")).isInstanceOf(IllegalArgumentException.class);
    }
}

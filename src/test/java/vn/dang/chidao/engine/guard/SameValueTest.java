package vn.dang.chidao.engine.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

/** A read-only field comes back from form-js as it was shown, in whatever shape it travels. */
class SameValueTest {

    @Test
    void emptyIsEmptyHoweverItTravels() {
        assertThat(SameValue.of("", null)).isTrue();
        assertThat(SameValue.of(Variables.untypedValue(""), null)).isTrue();
        assertThat(SameValue.of(SpinValues.jsonValue("[]").create(), null)).isTrue();
        assertThat(SameValue.of(null, "")).isTrue();
        assertThat(SameValue.of("Thêm nội dung", null)).isFalse();
        assertThat(SameValue.of("", "Căn cứ đã có")).isFalse();
    }

    @Test
    void listsCompareAsJsonWithNullMembersAbsent() {
        String stored = "[{\"content\":\"Việc\",\"units\":[\"mttq-bao-yen\"],\"deadline\":\"2099-01-01\",\"resolved\":null}]";
        assertThat(SameValue.of(SpinValues.jsonValue("[{\"deadline\":\"2099-01-01\",\"units\":[\"mttq-bao-yen\"],"
                + "\"content\":\"Việc\"}]").create(), SpinValues.jsonValue(stored).create().getValue())).isTrue();
        assertThat(SameValue.of(List.of(Map.of("content", "Việc khác", "units", List.of("mttq-bao-yen"),
                "deadline", "2099-01-01")), SpinValues.jsonValue(stored).create().getValue())).isFalse();
    }

    @Test
    void numbersAndTextCompareByValue() {
        assertThat(SameValue.of(3, 3L)).isTrue();
        assertThat(SameValue.of(3.0, 3)).isTrue();
        assertThat(SameValue.of("V/v thử ", "V/v thử")).isTrue();
        assertThat(SameValue.of("V/v khác", "V/v thử")).isFalse();
        assertThat(SameValue.of("Dòng 1\nDòng 2", "Dòng 1\r\nDòng 2")).isTrue();
    }
}

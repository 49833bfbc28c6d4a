package vn.dang.chidao.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dang.chidao.directive.DirectiveStatus;
import vn.dang.chidao.directive.DirectiveType;
import vn.dang.chidao.reporting.UnitStatus;

/** Filter values as the REST API and the Cockpit page send them, and the Vietnamese refusals. */
class ProgressFilterTest {

    @Test
    void blankMeansNoFilterAndIssuedDirectives() {
        ProgressFilter f = ProgressFilter.parse(" ", "", null, "", null, null, null);
        assertThat(f.issuerCode()).isNull();
        assertThat(f.type()).isNull();
        assertThat(f.from()).isNull();
        assertThat(f.to()).isNull();
        assertThat(f.statuses()).isEqualTo(ProgressFilter.ISSUED);
        assertThat(f.page()).isZero();
        assertThat(f.size()).isEqualTo(ProgressFilter.DEFAULT_SIZE);
    }

    @Test
    void readsCodesDatesAndLists() {
        ProgressFilter f = ProgressFilter.parse(" hu-bao-yen ", "kh", "1/7/2025", "2025-12-31", "issued, archived",
                "2", "20");
        assertThat(f.issuerCode()).isEqualTo("hu-bao-yen");
        assertThat(f.type()).isEqualTo(DirectiveType.KH);
        assertThat(f.from()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(f.to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(f.statuses()).containsExactlyInAnyOrder(DirectiveStatus.ISSUED, DirectiveStatus.ARCHIVED);
        assertThat(f.page()).isEqualTo(2);
        assertThat(f.size()).isEqualTo(20);
        assertThat(ProgressFilter.parse(null, "HD", null, null, "ALL", null, null).statuses())
                .isEqualTo(EnumSet.allOf(DirectiveStatus.class));
        assertThat(ProgressFilter.parse(null, "CV", null, null, ",", null, null).statuses())
                .isEqualTo(ProgressFilter.ISSUED);
    }

    @Test
    void refusesWhatItCannotReadInVietnamese() {
        assertThatThrownBy(() -> ProgressFilter.parse(null, "NQ", null, null, null, null, null))
                .isInstanceOf(InvalidProgressFilterException.class).hasMessageContaining("Loại văn bản \"NQ\"");
        assertThatThrownBy(() -> ProgressFilter.parse(null, null, "31/2/2025", null, null, null, null))
                .hasMessageContaining("Ngày \"31/2/2025\" (from) không hợp lệ");
        assertThatThrownBy(() -> ProgressFilter.parse(null, null, null, "hôm qua", null, null, null))
                .hasMessageContaining("(to) không hợp lệ");
        assertThatThrownBy(() -> ProgressFilter.parse(null, null, "2025-08-02", "2025-08-01", null, null, null))
                .hasMessageContaining("phải trước hoặc bằng ngày kết thúc");
        assertThatThrownBy(() -> ProgressFilter.parse(null, null, null, null, "DONE", null, null))
                .hasMessageContaining("Trạng thái \"DONE\" không hợp lệ");
        assertThatThrownBy(() -> ProgressFilter.parse(null, null, null, null, null, "một", null))
                .hasMessageContaining("Tham số page phải là một số nguyên");
        assertThatThrownBy(() -> ProgressFilter.parse(null, null, null, null, null, "-1", null))
                .hasMessageContaining("Số trang");
        assertThatThrownBy(() -> ProgressFilter.parse(null, null, null, null, null, null, "500"))
                .hasMessageContaining("từ 1 đến 200");
    }

    @Test
    void countsAddUpPerStatus() {
        StatusCounts c = StatusCounts.of(List.of(UnitStatus.OVERDUE,
                UnitStatus.OVERDUE, UnitStatus.DONE_LATE));
        assertThat(c).isEqualTo(new StatusCounts(0, 2, 0, 1));
        assertThat(c.total()).isEqualTo(3);
        assertThat(c.get(UnitStatus.OVERDUE)).isEqualTo(2);
        assertThat(c.get(UnitStatus.IN_TIME)).isZero();
        assertThat(c.get(UnitStatus.DONE_IN_TIME)).isZero();
        assertThat(c.get(UnitStatus.DONE_LATE)).isEqualTo(1);
    }
}

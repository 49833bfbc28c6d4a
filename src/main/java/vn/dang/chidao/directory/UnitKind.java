package vn.dang.chidao.directory;

import java.util.Arrays;
import java.util.Optional;

/** What kind of organisation a unit is; recipient groups such as "Các chi, đảng bộ trực thuộc" select by it. */
public enum UnitKind {
    /** Tỉnh ủy, Huyện ủy, Thành ủy, Đảng ủy khối. */
    CAP_UY("Cấp ủy"),
    /** A Ban, the Văn phòng, the Ủy ban Kiểm tra of a cấp ủy. */
    BAN("Cơ quan tham mưu, giúp việc"),
    /** Đảng ủy cơ sở (xã, phường, cơ quan). */
    DANG_UY("Đảng ủy cơ sở"),
    /** Chi bộ cơ sở or trực thuộc. */
    CHI_BO("Chi bộ"),
    /** Mặt trận Tổ quốc and the đoàn thể. */
    DOAN_THE("Mặt trận, đoàn thể"),
    /** A state agency or public unit (UBND, phòng, trung tâm …). */
    CO_QUAN("Cơ quan, đơn vị");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<UnitKind> parse(String name) {
        return name == null ? Optional.empty()
                : Arrays.stream(values()).filter(k -> k.name().equals(name.strip())).findFirst();
    }
}

package vn.dang.chidao.incoming;

import java.util.Arrays;
import java.util.Optional;

/** The leader's ý kiến chỉ đạo on an incoming document. */
public enum Direction {
    FOR_INFORMATION("Để biết, lưu hồ sơ"),
    ASSIGN("Giao đơn vị thực hiện"),
    IMPLEMENT("Giao Văn phòng soạn văn bản triển khai");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Direction> parse(String value) {
        return Arrays.stream(values()).filter(d -> d.name().equals(value)).findFirst();
    }
}

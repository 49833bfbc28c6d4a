package vn.dang.chidao.administration;

import java.util.Arrays;
import java.util.Optional;

import vn.dang.chidao.directory.Unit;

/** What a person does for a unit or body, named as the office says it; the group codes stay hidden. */
public enum Role {
    /** Receives and carries out the unit's work (the unit's own group). */
    THANH_VIEN("Cán bộ đơn vị (nhận và thực hiện văn bản)", false),
    /** Drafts and tracks the body's directives. */
    VAN_PHONG("Văn phòng (soạn thảo, theo dõi)", true),
    /** Checks the format. */
    CHANH_VAN_PHONG("Chánh Văn phòng (kiểm tra thể thức)", true),
    /** Approves and signs. */
    LANH_DAO("Lãnh đạo ký văn bản", true),
    /** Numbers and sends. */
    VAN_THU("Văn thư (cấp số, phát hành)", true),
    /** Follows every directive in Cockpit, changes nothing; not tied to one body. */
    QUAN_LY("Lãnh đạo theo dõi (quản lý)", false);

    private final String label;
    private final boolean issuerRole;

    Role(String label, boolean issuerRole) {
        this.label = label;
        this.issuerRole = issuerRole;
    }

    public String label() {
        return label;
    }

    /** Whether the role exists only in a body that issues documents. */
    public boolean issuerRole() {
        return issuerRole;
    }

    /** The group of this role in the unit; {@code managerGroup} for QUAN_LY. */
    public String groupOf(Unit unit, String managerGroup) {
        return switch (this) {
            case THANH_VIEN -> unit.code();
            case VAN_PHONG -> unit.officeGroup();
            case CHANH_VAN_PHONG -> unit.officeHeadGroup();
            case LANH_DAO -> unit.signerGroup();
            case VAN_THU -> unit.registryGroup();
            case QUAN_LY -> managerGroup;
        };
    }

    public static Optional<Role> parse(String name) {
        return name == null ? Optional.empty()
                : Arrays.stream(values()).filter(r -> r.name().equals(name.strip())).findFirst();
    }
}

package vn.dang.chidao.administration;

import java.util.List;

/**
 * A recipient group ("Các chi, đảng bộ cơ sở"): its owner body, code, name, the kinds of unit under the owner it takes
 * in (UnitKind codes) and the units listed by code. Owner and code count only when creating.
 */
public record GroupForm(String ownerCode, String code, String name, List<String> memberKinds,
                        List<String> memberCodes) {
}

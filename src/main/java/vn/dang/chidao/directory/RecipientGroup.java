package vn.dang.chidao.directory;

import java.util.List;

/**
 * A named set of units a body addresses as one ("Các chi, đảng bộ trực thuộc"): printed as its name, dispatched
 * to each member.
 *
 * @param members the active member units in directory order, listed ones and those its kinds select
 */
public record RecipientGroup(long id, long ownerId, String code, String name, List<Unit> members) {

    /** How a form names a group among unit codes: "nhom:cac-chi-dang-bo". */
    public static final String TOKEN_PREFIX = "nhom:";

    public String token() {
        return TOKEN_PREFIX + code;
    }

    public static boolean isToken(String value) {
        return value != null && value.startsWith(TOKEN_PREFIX);
    }

    public List<String> memberCodes() {
        return members.stream().map(Unit::code).toList();
    }
}

package vn.dang.chidao.administration;

/** What an administrator named does not exist (a unit code, a user id, a group code): the REST layer answers 404. */
public class AdminNotFoundException extends RuntimeException {

    public AdminNotFoundException(String message) {
        super(message);
    }

    public static AdminNotFoundException unit(String code) {
        return new AdminNotFoundException("Không tìm thấy đơn vị có mã '" + shorten(code) + "'.");
    }

    public static AdminNotFoundException person(String id) {
        return new AdminNotFoundException("Không tìm thấy người dùng '" + shorten(id) + "'.");
    }

    public static AdminNotFoundException group(String code) {
        return new AdminNotFoundException("Không tìm thấy nhóm nơi nhận có mã '" + shorten(code) + "'.");
    }

    /** A hostile 50,000-character id is not echoed back whole. */
    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 64 ? text.substring(0, 64) + "…" : text;
    }
}

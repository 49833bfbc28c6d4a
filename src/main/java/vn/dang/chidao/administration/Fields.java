package vn.dang.chidao.administration;

import java.util.regex.Pattern;

import vn.dang.chidao.input.Problems;

/** Checks of what an administrator types, with the Vietnamese message of each refusal. */
final class Fields {

    /** Unit codes are Camunda group ids (general-resource-whitelist-pattern); "_" is kept for role groups. */
    static final Pattern UNIT_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    /** User ids and recipient group codes, within the engine's whitelist. */
    static final Pattern ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_-]{0,63}");
    /** The ký hiệu of a body in document numbers: HU, BTGHU, ĐUK … */
    static final Pattern SYMBOL = Pattern.compile("[\\p{Lu}\\p{N}]{1,32}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Fields() {
    }

    /** The trimmed value, or null when blank. */
    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static void required(Problems problems, String field, String label, String value, int max) {
        if (clean(value) == null) {
            problems.add(field, label + " không được để trống.");
        } else {
            optional(problems, field, label, value, max);
        }
    }

    static void optional(Problems problems, String field, String label, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(field, label + " dài quá " + max + " ký tự.");
        } else if (value != null && value.chars().anyMatch(c -> c < 0x20)) {
            problems.add(field, label + " chứa ký tự điều khiển không hợp lệ.");
        }
    }

    static void email(Problems problems, String field, String value) {
        optional(problems, field, "Thư điện tử", value, 255);
        if (clean(value) != null && value.length() <= 255 && !EMAIL.matcher(value.strip()).matches()) {
            problems.add(field, "Thư điện tử '" + AdminNotFoundException.shorten(value.strip())
                    + "' không đúng dạng (ví dụ: vanphong@huyenuy.dcs.vn).");
        }
    }
}

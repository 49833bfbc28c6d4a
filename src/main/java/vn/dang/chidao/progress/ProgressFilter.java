package vn.dang.chidao.progress;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.dang.chidao.directive.DirectiveStatus;
import vn.dang.chidao.directive.DirectiveType;

/**
 * Which directives to list: issuing body (unit code), type, period of the issue date (both ends
 * included), directive status and a search text (part of the số, ký hiệu or of the trích yếu); then one
 * page of them.
 *
 * @param issuerCode null for every issuing body
 * @param type       null for every type
 * @param statuses   never empty
 * @param query      null for no search; else stripped, at most {@link #MAX_QUERY} characters
 */
public record ProgressFilter(String issuerCode, DirectiveType type, LocalDate from, LocalDate to,
                             Set<DirectiveStatus> statuses, int page, int size, String query) {

    /** The types that have a process of their own, so a tracking view. */
    public static final List<DirectiveType> TRACKED_TYPES = List.of(DirectiveType.CV, DirectiveType.KH,
            DirectiveType.HD);
    /** Without a status filter: everything issued (being carried out, completed, archived). */
    public static final Set<DirectiveStatus> ISSUED = EnumSet.of(DirectiveStatus.ISSUED, DirectiveStatus.COMPLETED,
            DirectiveStatus.ARCHIVED);
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    public static final int MAX_QUERY = 200;

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    public ProgressFilter {
        statuses = statuses == null || statuses.isEmpty() ? ISSUED : Set.copyOf(statuses);
        if (page < 0) {
            throw new InvalidProgressFilterException("Số trang (page) phải từ 0 trở lên.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidProgressFilterException("Số văn bản mỗi trang (size) phải từ 1 đến " + MAX_SIZE + ".");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidProgressFilterException("Ngày bắt đầu của kỳ (from) phải trước hoặc bằng ngày kết thúc (to).");
        }
        query = blank(query) ? null : query.strip();
        if (query != null && query.length() > MAX_QUERY) {
            throw new InvalidProgressFilterException("Từ khóa tìm kiếm (q) dài quá " + MAX_QUERY + " ký tự.");
        }
    }

    public ProgressFilter(String issuerCode, DirectiveType type, LocalDate from, LocalDate to,
                          Set<DirectiveStatus> statuses, int page, int size) {
        this(issuerCode, type, from, to, statuses, page, size, null);
    }

    public static ProgressFilter issued() {
        return new ProgressFilter(null, null, null, null, ISSUED, 0, DEFAULT_SIZE);
    }

    /** Reads the filter as the REST API and the Cockpit page send it; blank means "no filter". */
    public static ProgressFilter parse(String issuer, String type, String from, String to, String status,
                                       String page, String size) {
        return parse(issuer, type, from, to, status, page, size, null);
    }

    /** The same with the search text q: part of the số, ký hiệu ("01-CV", "CV/HU") or of the trích yếu. */
    public static ProgressFilter parse(String issuer, String type, String from, String to, String status,
                                       String page, String size, String q) {
        return new ProgressFilter(blank(issuer) ? null : issuer.strip(), type(type), date(from, "from"),
                date(to, "to"), statuses(status), number(page, "page", 0), number(size, "size", DEFAULT_SIZE), q);
    }

    static int number(String value, String name, int otherwise) {
        if (blank(value)) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidProgressFilterException("Tham số " + name + " phải là một số nguyên, không phải \""
                    + value.strip() + "\".");
        }
    }

    static DirectiveType type(String value) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip();
        for (DirectiveType t : TRACKED_TYPES) {
            if (t.name().equalsIgnoreCase(v) || t.abbreviation().equalsIgnoreCase(v)) {
                return t;
            }
        }
        throw new InvalidProgressFilterException("Loại văn bản \"" + v + "\" không hợp lệ; dùng CV (công văn), "
                + "KH (kế hoạch) hoặc HD (hướng dẫn).");
    }

    static LocalDate date(String value, String name) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip();
        try {
            return v.contains("/") ? LocalDate.parse(v, VIETNAMESE_DATE) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidProgressFilterException("Ngày \"" + v + "\" (" + name + ") không hợp lệ; viết dạng "
                    + "dd/MM/yyyy hoặc yyyy-MM-dd.");
        }
    }

    static Set<DirectiveStatus> statuses(String value) {
        if (blank(value)) {
            return ISSUED;
        }
        Set<DirectiveStatus> result = EnumSet.noneOf(DirectiveStatus.class);
        for (String part : value.split(",")) {
            String p = part.strip().toUpperCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            if (p.equals("ALL")) {
                return EnumSet.allOf(DirectiveStatus.class);
            }
            try {
                result.add(DirectiveStatus.valueOf(p));
            } catch (IllegalArgumentException e) {
                throw new InvalidProgressFilterException("Trạng thái \"" + part.strip() + "\" không hợp lệ; dùng "
                        + String.join(", ", Arrays.stream(DirectiveStatus.values()).map(Enum::name).toList())
                        + " hoặc ALL (nhiều giá trị cách nhau bởi dấu phẩy).");
            }
        }
        return result.isEmpty() ? ISSUED : result;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

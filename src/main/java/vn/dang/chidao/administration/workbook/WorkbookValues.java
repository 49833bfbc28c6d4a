package vn.dang.chidao.administration.workbook;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.dang.chidao.directory.SignerPosition;
import vn.dang.chidao.directory.SigningAuthority;
import vn.dang.chidao.directory.UnitKind;

/**
 * The Vietnamese words the workbook shows for the directory's codes, and back: the export writes {@link #label}s,
 * the import accepts a label (any case, any Unicode form) or the code itself (CHI_BO).
 */
public final class WorkbookValues {

    public static final String YES = "Có";
    public static final String NO = "Không";
    static final String OWN_NAME = "Ký tên cơ quan";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter DAY_LOOSE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The dropdowns of the template, each a column of the hidden sheet. */
    public enum Lists {
        UNIT_KINDS("DS_LOAI_DON_VI"),
        BODY_KINDS("DS_KIEU_CO_QUAN"),
        YES_NO("DS_CO_KHONG"),
        POSITIONS("DS_CHUC_VU"),
        AUTHORITIES("DS_HINH_THUC_KY");

        private final String rangeName;

        Lists(String rangeName) {
            this.rangeName = rangeName;
        }

        public String rangeName() {
            return rangeName;
        }

        public List<String> labels() {
            return switch (this) {
                case UNIT_KINDS -> Arrays.stream(UnitKind.values()).map(UnitKind::label).toList();
                case BODY_KINDS -> Arrays.stream(SignerPosition.BodyKind.values()).map(WorkbookValues::label).toList();
                case YES_NO -> List.of(YES, NO);
                case POSITIONS -> Arrays.stream(SignerPosition.values()).map(WorkbookValues::label).toList();
                case AUTHORITIES -> Arrays.stream(SigningAuthority.values()).map(WorkbookValues::label).toList();
            };
        }
    }

    private WorkbookValues() {
    }

    /** How two texts are compared: NFC, trimmed, inner spaces collapsed, lower case. */
    static String key(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    public static String label(SignerPosition.BodyKind kind) {
        return kind == SignerPosition.BodyKind.BAN ? "Ban" : "Cấp ủy";
    }

    public static String label(SignerPosition position) {
        return switch (position) {
            case BI_THU -> "Bí thư";
            case PHO_BI_THU -> "Phó Bí thư";
            case TRUONG_BAN -> "Trưởng ban";
            case PHO_TRUONG_BAN -> "Phó Trưởng ban";
            case CHANH_VAN_PHONG -> "Chánh Văn phòng";
            case PHO_CHANH_VAN_PHONG -> "Phó Chánh Văn phòng";
        };
    }

    public static String label(SigningAuthority authority) {
        return switch (authority) {
            case ON_BEHALF -> "T/M";
            case DEPUTY -> "K/T";
            case BY_ORDER -> "T/L";
            case BY_AUTHORIZATION -> "T/UQ";
            case OWN_NAME -> OWN_NAME;
        };
    }

    static Optional<UnitKind> unitKind(String text) {
        return Arrays.stream(UnitKind.values())
                .filter(k -> key(k.label()).equals(key(text)) || key(k.name()).equals(key(text))).findFirst();
    }

    static Optional<SignerPosition.BodyKind> bodyKind(String text) {
        return Arrays.stream(SignerPosition.BodyKind.values())
                .filter(k -> key(label(k)).equals(key(text)) || key(k.name()).equals(key(text))).findFirst();
    }

    static Optional<SignerPosition> position(String text) {
        return Arrays.stream(SignerPosition.values())
                .filter(p -> key(label(p)).equals(key(text)) || key(p.name()).equals(key(text))).findFirst();
    }

    static Optional<SigningAuthority> authority(String text) {
        return Arrays.stream(SigningAuthority.values())
                .filter(a -> key(label(a)).equals(key(text)) || key(a.name()).equals(key(text))).findFirst();
    }

    /** "Có"/"Không" (also x, 1, true / 0, false); empty when the text is neither. */
    static Optional<Boolean> yesNo(String text) {
        String k = key(text);
        if (List.of("có", "co", "x", "1", "true").contains(k)) {
            return Optional.of(true);
        }
        if (List.of("không", "khong", "0", "false").contains(k)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    public static String yesNo(boolean value) {
        return value ? YES : NO;
    }

    /** 01/07/2025, 1/7/2025 or 2025-07-01; empty when it is no date. */
    static Optional<LocalDate> day(String text) {
        String t = text.strip();
        for (DateTimeFormatter format : List.of(DAY_LOOSE, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return Optional.of(LocalDate.parse(t, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    static String day(LocalDate date) {
        return date.format(DAY);
    }
}

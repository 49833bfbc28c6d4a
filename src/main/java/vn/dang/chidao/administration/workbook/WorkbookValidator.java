package vn.dang.chidao.administration.workbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import vn.dang.chidao.administration.workbook.DirectoryState.GroupState;
import vn.dang.chidao.administration.workbook.DirectoryState.SignerState;
import vn.dang.chidao.administration.workbook.DirectoryState.TermState;
import vn.dang.chidao.administration.workbook.DirectoryState.UnitState;
import vn.dang.chidao.administration.workbook.WorkbookReader.SheetData;
import vn.dang.chidao.administration.workbook.WorkbookReader.SheetRow;
import vn.dang.chidao.directory.SignerPosition;
import vn.dang.chidao.directory.SigningAuthority;
import vn.dang.chidao.directory.UnitKind;
import vn.dang.chidao.input.Problems;

/**
 * Checks every row of a read workbook against the directory it would change, collecting every problem with its row
 * ("Dòng 14 (trang Đơn vị): mã đơn vị 'cb-x' đã có ở dòng 5."), and works out what to create and what to change.
 */
final class WorkbookValidator {

    /** A row the file changes: as it is now, and as it will be. */
    record Change<T>(T before, T after) {
    }

    /** What the import writes; rows equal to the directory's are left out. */
    record Plan(List<UnitState> newUnits, List<Change<UnitState>> changedUnits, List<GroupState> newGroups,
                List<Change<GroupState>> changedGroups, List<SignerState> newSigners,
                List<Change<SignerState>> changedSigners, List<TermState> newTerms, List<Change<TermState>> changedTerms,
                int rows) {
    }

    /**
     * Unit codes are Camunda group ids; a unit's role groups add "_chanh-van-phong" (16) to it within 64. Checked on
     * new codes only: a unit the directory has keeps its code, however it was made.
     */
    static final int MAX_UNIT_CODE = 48;
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");
    private static final Pattern GROUP_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;,\\n]+");
    /** Groups the application keeps for itself (the administrators, the managers: process/identity). */
    private static final Set<String> RESERVED = Set.of("camunda-admin", "quan-ly");

    private final DirectoryState current;
    private final Set<String> existingUsers;
    private final RowProblems problems = new RowProblems();

    private WorkbookValidator(DirectoryState current, Set<String> existingUsers) {
        this.current = current;
        this.existingUsers = existingUsers;
    }

    /**
     * @param existingUsers the signer accounts of the file that exist
     * @throws vn.dang.chidao.input.InvalidInputException with every problem found
     */
    static Plan check(WorkbookReader.Parsed parsed, DirectoryState current, Set<String> existingUsers) {
        return new WorkbookValidator(current, existingUsers).check(parsed);
    }

    private Plan check(WorkbookReader.Parsed parsed) {
        Map<String, Line<UnitState>> units = units(parsed.sheet(WorkbookSheet.UNITS));
        Map<String, UnitState> finalUnits = new LinkedHashMap<>(current.units());
        units.values().forEach(u -> finalUnits.put(u.value().code(), u.value()));
        tree(units, finalUnits);
        Map<String, Line<GroupState>> groups = groups(parsed.sheet(WorkbookSheet.GROUPS), finalUnits);
        Map<String, Line<SignerState>> signers = signers(parsed.sheet(WorkbookSheet.SIGNERS), finalUnits);
        Map<String, Line<TermState>> terms = terms(parsed.sheet(WorkbookSheet.TERMS), finalUnits);
        problems.throwIfAny();

        Plan plan = new Plan(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                units.size() + groups.size() + signers.size() + terms.size());
        split(units, current.units(), plan.newUnits(), plan.changedUnits());
        split(groups, current.groups(), plan.newGroups(), plan.changedGroups());
        split(signers, current.signers(), plan.newSigners(), plan.changedSigners());
        split(terms, current.terms(), plan.newTerms(), plan.changedTerms());
        return plan;
    }

    private static <T> void split(Map<String, Line<T>> rows, Map<String, T> existing, List<T> created,
                                  List<Change<T>> changed) {
        rows.forEach((key, row) -> {
            T before = existing.get(key);
            if (before == null) {
                created.add(row.value());
            } else if (!before.equals(row.value())) {
                changed.add(new Change<>(before, row.value()));
            }
        });
    }

    private record Line<T>(int line, T value) {
    }

    // ------------------------------------------------------------------ units

    private Map<String, Line<UnitState>> units(SheetData sheet) {
        Map<String, Line<UnitState>> rows = new LinkedHashMap<>();
        for (SheetRow row : sheet.rows()) {
            At at = new At(row.line(), sheet.sheet());
            String code = row.get(WorkbookColumn.UNIT_CODE);
            String name = row.get(WorkbookColumn.UNIT_NAME);
            boolean ok = true;
            if (code == null) {
                problems.add(at, "thiếu mã đơn vị.");
                ok = false;
            } else if (!current.units().containsKey(code)
                    && (!UNIT_CODE.matcher(code).matches() || code.length() > MAX_UNIT_CODE)) {
                problems.add(at, "mã đơn vị '" + code + "' không hợp lệ: chỉ gồm chữ không dấu, số và dấu gạch "
                        + "ngang, tối đa " + MAX_UNIT_CODE + " ký tự.");
                ok = false;
            } else if (RESERVED.contains(code)) {
                problems.add(at, "mã '" + code + "' là nhóm riêng của hệ thống, không dùng làm mã đơn vị.");
                ok = false;
            } else if (rows.containsKey(code)) {
                problems.add(at, "mã đơn vị '" + code + "' đã có ở dòng " + rows.get(code).line() + ".");
                ok = false;
            }
            if (name == null) {
                problems.add(at, "thiếu tên đơn vị.");
                ok = false;
            }
            UnitState before = code == null ? null : current.units().get(code);
            Cells cells = new Cells(row, sheet, at);
            UnitKind kind = cells.pick(WorkbookColumn.UNIT_KIND, before == null ? null : before.kind(),
                    text -> choice(at, WorkbookColumn.UNIT_KIND, text, WorkbookValues.unitKind(text)));
            SignerPosition.BodyKind defaultBody = kind == UnitKind.BAN ? SignerPosition.BodyKind.BAN
                    : SignerPosition.BodyKind.CAP_UY;
            SignerPosition.BodyKind bodyKind = cells.pick(WorkbookColumn.UNIT_BODY_KIND,
                    before == null ? null : before.bodyKind(),
                    text -> choice(at, WorkbookColumn.UNIT_BODY_KIND, text, WorkbookValues.bodyKind(text)));
            if (bodyKind == null) {
                bodyKind = defaultBody;
            }
            String parent = cells.pick(WorkbookColumn.UNIT_PARENT, before == null ? null : before.parent(),
                    Function.identity());
            String symbol = cells.text(WorkbookColumn.UNIT_SYMBOL, before == null ? null : before.symbol(), 32);
            String place = cells.text(WorkbookColumn.UNIT_PLACE, before == null ? null : before.placeName(), 128);
            String headerName = cells.text(WorkbookColumn.UNIT_HEADER_NAME,
                    before == null ? null : before.headerName(), 255);
            String headerIssuer = cells.text(WorkbookColumn.UNIT_HEADER_ISSUER,
                    before == null ? null : before.headerIssuer(), 255);
            String email = cells.text(WorkbookColumn.UNIT_EMAIL, before == null ? null : before.email(), 255);
            if (email != null && !EMAIL.matcher(email).matches()) {
                problems.add(at, "thư điện tử '" + email + "' không đúng dạng (ví dụ vanphong@hubaoyen.dcs.vn).");
            }
            String collective = cells.text(WorkbookColumn.UNIT_COLLECTIVE,
                    before == null ? null : before.collectiveName(), 64);
            Boolean canIssue = cells.pick(WorkbookColumn.UNIT_CAN_ISSUE, before == null ? null : before.canIssue(),
                    text -> yesNo(at, WorkbookColumn.UNIT_CAN_ISSUE, text));
            Boolean active = cells.pick(WorkbookColumn.UNIT_ACTIVE, before == null ? null : before.active(),
                    text -> yesNo(at, WorkbookColumn.UNIT_ACTIVE, text));
            if (name != null && name.length() > 255) {
                problems.add(at, "tên đơn vị dài quá 255 ký tự.");
            }
            boolean issues = canIssue != null && canIssue;
            if (issues && symbol == null) {
                problems.add(at, "đơn vị được ban hành văn bản phải có ký hiệu (cột '"
                        + WorkbookColumn.UNIT_SYMBOL.header() + "', ví dụ HU).");
            }
            if (ok) {
                rows.put(code, new Line<>(row.line(), new UnitState(code, name, parent, kind, bodyKind, symbol, place,
                        headerName, headerIssuer, email, issues, collective, active == null || active)));
            }
        }
        return rows;
    }

    /** Every parent exists, in the file or the directory, and no chain of parents comes back to where it began. */
    private void tree(Map<String, Line<UnitState>> rows, Map<String, UnitState> finalUnits) {
        Set<String> reported = new HashSet<>();
        for (Line<UnitState> row : rows.values()) {
            UnitState unit = row.value();
            At at = new At(row.line(), WorkbookSheet.UNITS);
            if (unit.parent() == null) {
                continue;
            }
            if (!finalUnits.containsKey(unit.parent())) {
                problems.add(at, "đơn vị cấp trên '" + unit.parent() + "' của '" + unit.code()
                        + "' không có trong tệp và chưa có trong danh mục.");
                continue;
            }
            if (unit.parent().equals(unit.code())) {
                problems.add(at, "đơn vị '" + unit.code() + "' không thể là cấp trên của chính nó.");
                continue;
            }
            List<String> path = new ArrayList<>(List.of(unit.code()));
            Set<String> seen = new HashSet<>(path);
            String up = unit.parent();
            while (up != null && finalUnits.containsKey(up) && seen.add(up)) {
                path.add(up);
                up = finalUnits.get(up).parent();
            }
            if (unit.code().equals(up) && reported.add(String.join(",", new TreeSet<>(path)))) {
                path.add(up);
                problems.add(at, "cây đơn vị có vòng lặp: " + String.join(" → ", path)
                        + " (một đơn vị không thể nằm dưới chính nó).");
            }
        }
    }

    // ----------------------------------------------------------------- groups

    private Map<String, Line<GroupState>> groups(SheetData sheet, Map<String, UnitState> units) {
        Map<String, Line<GroupState>> rows = new LinkedHashMap<>();
        for (SheetRow row : sheet.rows()) {
            At at = new At(row.line(), sheet.sheet());
            String code = row.get(WorkbookColumn.GROUP_CODE);
            String name = row.get(WorkbookColumn.GROUP_NAME);
            String owner = row.get(WorkbookColumn.GROUP_OWNER);
            boolean ok = true;
            if (code == null) {
                problems.add(at, "thiếu mã nhóm.");
                ok = false;
            } else if (!current.groups().containsKey(code)
                    && (!GROUP_CODE.matcher(code).matches() || code.length() > 64)) {
                problems.add(at, "mã nhóm '" + code + "' không hợp lệ: chỉ gồm chữ không dấu, số, dấu gạch ngang "
                        + "và gạch dưới, tối đa 64 ký tự.");
                ok = false;
            } else if (rows.containsKey(code)) {
                problems.add(at, "mã nhóm '" + code + "' đã có ở dòng " + rows.get(code).line() + ".");
                ok = false;
            }
            if (name == null) {
                problems.add(at, "thiếu tên nhóm.");
                ok = false;
            } else if (name.length() > 255) {
                problems.add(at, "tên nhóm dài quá 255 ký tự.");
            }
            ok &= unitExists(at, owner, units, "cơ quan của nhóm");
            GroupState before = code == null ? null : current.groups().get(code);
            Cells cells = new Cells(row, sheet, at);
            List<UnitKind> kinds = cells.pick(WorkbookColumn.GROUP_KINDS, before == null ? null : before.kinds(),
                    text -> Arrays.stream(text.split("[;\\n]+")).map(String::strip).filter(t -> !t.isEmpty())
                            .map(t -> choice(at, WorkbookColumn.GROUP_KINDS, t, WorkbookValues.unitKind(t)))
                            .filter(k -> k != null).distinct().toList());
            List<String> members = cells.pick(WorkbookColumn.GROUP_MEMBERS, before == null ? null : before.members(),
                    text -> LIST_SEPARATOR.splitAsStream(text).map(String::strip).filter(t -> !t.isEmpty())
                            .distinct().toList());
            for (String member : members == null ? List.<String>of() : members) {
                if (!units.containsKey(member)) {
                    problems.add(at, "đơn vị thành viên '" + member
                            + "' không có trong tệp và chưa có trong danh mục.");
                }
            }
            if (ok) {
                rows.put(code, new Line<>(row.line(), new GroupState(code, name, owner,
                        kinds == null ? List.of() : kinds, members == null ? List.of() : members)));
            }
        }
        return rows;
    }

    // ---------------------------------------------------------------- signers

    private Map<String, Line<SignerState>> signers(SheetData sheet, Map<String, UnitState> units) {
        Map<String, Line<SignerState>> rows = new LinkedHashMap<>();
        for (SheetRow row : sheet.rows()) {
            At at = new At(row.line(), sheet.sheet());
            String user = row.get(WorkbookColumn.SIGNER_USER);
            String issuer = row.get(WorkbookColumn.SIGNER_ISSUER);
            boolean ok = true;
            if (user == null) {
                problems.add(at, "thiếu tài khoản người ký.");
                ok = false;
            } else if (!existingUsers.contains(user)) {
                problems.add(at, "tài khoản '" + user + "' không phải người dùng của hệ thống: tạo tài khoản "
                        + "trước rồi nhập lại.");
                ok = false;
            }
            ok &= issuerExists(at, issuer, units, "người ký");
            String positionText = row.get(WorkbookColumn.SIGNER_POSITION);
            SignerPosition position = null;
            if (positionText == null) {
                problems.add(at, "thiếu chức vụ người ký.");
                ok = false;
            } else {
                position = choice(at, WorkbookColumn.SIGNER_POSITION, positionText,
                        WorkbookValues.position(positionText));
                ok &= position != null;
            }
            String authorityText = row.get(WorkbookColumn.SIGNER_AUTHORITY);
            SigningAuthority authority = authorityText == null ? null
                    : choice(at, WorkbookColumn.SIGNER_AUTHORITY, authorityText, WorkbookValues.authority(authorityText));
            ok &= authorityText == null || authority != null;
            if (ok) {
                SignerPosition.BodyKind body = units.get(issuer).bodyKind();
                String bodyName = "'" + issuer + "' (" + WorkbookValues.label(body) + ")";
                if (!position.belongsTo(body)) {
                    problems.add(at, "chức vụ '" + WorkbookValues.label(position) + "' không có ở cơ quan "
                            + bodyName + ".");
                    ok = false;
                } else if (authority != null && !authority.allowedFor(body)) {
                    problems.add(at, "hình thức ký '" + WorkbookValues.label(authority) + "' không dùng được ở cơ "
                            + "quan " + bodyName + " (Hướng dẫn 36-HD/VPTW).");
                    ok = false;
                } else if (authority == null && !position.usualAuthority().allowedFor(body)) {
                    problems.add(at, "chức vụ '" + WorkbookValues.label(position) + "' ở cơ quan " + bodyName
                            + " cần ghi rõ hình thức ký.");
                    ok = false;
                }
            }
            String key = ok ? SignerState.keyOf(user, issuer) : null;
            if (key != null && rows.containsKey(key)) {
                problems.add(at, "người ký '" + user + "' của '" + issuer + "' đã có ở dòng "
                        + rows.get(key).line() + ".");
            } else if (key != null) {
                rows.put(key, new Line<>(row.line(), new SignerState(user, issuer, position, authority)));
            }
        }
        return rows;
    }

    // ------------------------------------------------------------------ terms

    private Map<String, Line<TermState>> terms(SheetData sheet, Map<String, UnitState> units) {
        Map<String, Line<TermState>> rows = new LinkedHashMap<>();
        for (SheetRow row : sheet.rows()) {
            At at = new At(row.line(), sheet.sheet());
            String issuer = row.get(WorkbookColumn.TERM_ISSUER);
            String name = row.get(WorkbookColumn.TERM_NAME);
            boolean ok = issuerExists(at, issuer, units, "nhiệm kỳ");
            if (name == null) {
                problems.add(at, "thiếu tên nhiệm kỳ.");
                ok = false;
            } else if (name.length() > 64) {
                problems.add(at, "tên nhiệm kỳ dài quá 64 ký tự.");
                ok = false;
            }
            LocalDate from = date(at, row, WorkbookColumn.TERM_FROM);
            LocalDate to = date(at, row, WorkbookColumn.TERM_TO);
            if (from != null && to != null && to.isBefore(from)) {
                problems.add(at, "nhiệm kỳ kết thúc (" + WorkbookValues.day(to) + ") trước khi bắt đầu ("
                        + WorkbookValues.day(from) + ").");
                ok = false;
            }
            ok &= from != null && to != null;
            String key = ok ? TermState.keyOf(issuer, name) : null;
            if (key != null && rows.containsKey(key)) {
                problems.add(at, "nhiệm kỳ '" + name + "' của '" + issuer + "' đã có ở dòng "
                        + rows.get(key).line() + ".");
            } else if (key != null) {
                rows.put(key, new Line<>(row.line(), new TermState(issuer, name, from, to)));
            }
        }
        // one body's terms may not overlap: those of the file against each other and against the directory's
        Map<String, TermState> finalTerms = new LinkedHashMap<>(current.terms());
        rows.values().forEach(t -> finalTerms.put(t.value().key(), t.value()));
        Map<String, Integer> lines = new HashMap<>();
        rows.forEach((k, v) -> lines.put(k, v.line()));
        Set<String> reported = new LinkedHashSet<>();
        for (Line<TermState> row : rows.values()) {
            TermState term = row.value();
            for (TermState other : finalTerms.values()) {
                if (!other.issuer().equals(term.issuer()) || other.key().equals(term.key())
                        || !term.overlaps(other) || reported.contains(other.key() + "|" + term.key())) {
                    continue;
                }
                reported.add(term.key() + "|" + other.key());
                Integer otherLine = lines.get(other.key());
                problems.add(new At(row.line(), WorkbookSheet.TERMS), "nhiệm kỳ '" + term.name() + "' của '"
                        + term.issuer() + "' (" + span(term) + ") trùng thời gian với nhiệm kỳ '" + other.name()
                        + "' (" + span(other) + (otherLine == null ? ", đã có trong danh mục" : ", dòng " + otherLine)
                        + ").");
            }
        }
        return rows;
    }

    private static String span(TermState term) {
        return WorkbookValues.day(term.startsOn()) + " – " + WorkbookValues.day(term.endsOn());
    }

    private LocalDate date(At at, SheetRow row, WorkbookColumn column) {
        String text = row.get(column);
        if (text == null) {
            problems.add(at, "thiếu ngày ở cột '" + column.header() + "'.");
            return null;
        }
        Optional<LocalDate> day = WorkbookValues.day(text);
        if (day.isEmpty()) {
            problems.add(at, "'" + text + "' ở cột '" + column.header() + "' không phải ngày dạng ngày/tháng/năm "
                    + "(ví dụ 01/07/2025).");
        }
        return day.orElse(null);
    }

    // ---------------------------------------------------------------- helpers

    private boolean unitExists(At at, String code, Map<String, UnitState> units, String what) {
        if (code == null) {
            problems.add(at, "thiếu mã " + what + ".");
            return false;
        }
        if (!units.containsKey(code)) {
            problems.add(at, "đơn vị '" + code + "' (" + what + ") không có trong tệp và chưa có trong danh mục.");
            return false;
        }
        return true;
    }

    private boolean issuerExists(At at, String code, Map<String, UnitState> units, String what) {
        if (!unitExists(at, code, units, "cơ quan")) {
            return false;
        }
        if (!units.get(code).canIssue()) {
            problems.add(at, "đơn vị '" + code + "' không được ban hành văn bản (cột '"
                    + WorkbookColumn.UNIT_CAN_ISSUE.header() + "' ở trang '" + WorkbookSheet.UNITS.title()
                    + "') nên không có " + what + ".");
            return false;
        }
        return true;
    }

    private <T> T choice(At at, WorkbookColumn column, String text, Optional<T> value) {
        if (value.isEmpty()) {
            problems.add(at, "'" + text + "' không có trong danh sách của cột '" + column.header() + "'; chọn một "
                    + "trong: " + String.join("; ", column.list().labels()) + ".");
        }
        return value.orElse(null);
    }

    private Boolean yesNo(At at, WorkbookColumn column, String text) {
        Optional<Boolean> value = WorkbookValues.yesNo(text);
        if (value.isEmpty()) {
            problems.add(at, "cột '" + column.header() + "' chỉ nhận " + WorkbookValues.YES + " hoặc "
                    + WorkbookValues.NO + " (đã ghi '" + text + "').");
        }
        return value.orElse(null);
    }

    /** The problems found, listed by sheet and row however the checks found them. */
    private static final class RowProblems {
        private record Found(At at, String text) {
        }

        private final List<Found> found = new ArrayList<>();

        void add(At at, String text) {
            found.add(new Found(at, text));
        }

        void throwIfAny() {
            Problems problems = new Problems();
            found.stream().sorted(Comparator.comparing((Found f) -> f.at().sheet()).thenComparingInt(f -> f.at().line()))
                    .forEach(f -> problems.add(f.at() + f.text()));
            problems.throwIfAny();
        }
    }

    /** "Dòng 14 (trang Đơn vị): ". */
    private record At(int line, WorkbookSheet sheet) {
        @Override
        public String toString() {
            return "Dòng " + line + " (trang " + sheet.title() + "): ";
        }
    }

    /**
     * A row's optional cells: a column the file does not have keeps the directory's value (null for a new row);
     * a blank cell of a column it has clears it.
     */
    private final class Cells {
        private final SheetRow row;
        private final SheetData sheet;
        private final At at;

        Cells(SheetRow row, SheetData sheet, At at) {
            this.row = row;
            this.sheet = sheet;
            this.at = at;
        }

        <T> T pick(WorkbookColumn column, T existing, Function<String, T> parse) {
            if (!sheet.has(column)) {
                return existing;
            }
            String text = row.get(column);
            return text == null ? null : parse.apply(text);
        }

        String text(WorkbookColumn column, String existing, int max) {
            String value = pick(column, existing, Function.identity());
            if (value != null && value.length() > max && sheet.has(column)) {
                problems.add(at, "cột '" + column.header() + "' dài quá " + max + " ký tự.");
            }
            return value;
        }
    }
}

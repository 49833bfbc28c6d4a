package vn.dang.chidao.administration.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.dang.chidao.administration.workbook.DirectoryState.GroupState;
import vn.dang.chidao.administration.workbook.DirectoryState.SignerState;
import vn.dang.chidao.administration.workbook.DirectoryState.TermState;
import vn.dang.chidao.administration.workbook.DirectoryState.UnitState;
import vn.dang.chidao.directory.UnitKind;

/**
 * Writes the directory workbook: the guide sheet, one sheet per kind of row with its header (a note on each header
 * cell says what the column holds) and dropdowns for the columns with fixed values, and the hidden sheet of those
 * values. The template is the same workbook without rows; the import reads exactly what this writes.
 */
final class WorkbookWriter {

    /** Rows below the data that still get the dropdowns, for rows the user adds. */
    private static final int SPARE_ROWS = 1000;

    private WorkbookWriter() {
    }

    static void write(DirectoryState directory, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            guide(workbook.createSheet(WorkbookSheet.GUIDE), styles);
            Map<WorkbookSheet, List<List<Object>>> rows = Map.of(
                    WorkbookSheet.UNITS, directory.units().values().stream().map(WorkbookWriter::unit).toList(),
                    WorkbookSheet.GROUPS, directory.groups().values().stream().map(WorkbookWriter::group).toList(),
                    WorkbookSheet.SIGNERS, directory.signers().values().stream().map(WorkbookWriter::signer).toList(),
                    WorkbookSheet.TERMS, directory.terms().values().stream().map(WorkbookWriter::term).toList());
            List<Sheet> data = new ArrayList<>();
            for (WorkbookSheet kind : WorkbookSheet.values()) {
                data.add(dataSheet(workbook.createSheet(kind.title()), kind, rows.get(kind), styles));
            }
            lists(workbook);
            for (int i = 0; i < data.size(); i++) {
                dropdowns(data.get(i), WorkbookSheet.values()[i], rows.get(WorkbookSheet.values()[i]).size());
            }
            workbook.setActiveSheet(1);
            workbook.write(out);
        }
    }

    private static List<Object> unit(UnitState u) {
        return List.of(u.code(), u.name(), text(u.parent()), u.kind() == null ? "" : u.kind().label(),
                WorkbookValues.label(u.bodyKind()), text(u.symbol()), text(u.placeName()), text(u.headerName()),
                text(u.headerIssuer()), text(u.email()), WorkbookValues.yesNo(u.canIssue()), text(u.collectiveName()),
                WorkbookValues.yesNo(u.active()));
    }

    private static List<Object> group(GroupState g) {
        return List.of(g.code(), g.name(), g.owner(), g.kinds().stream().map(UnitKind::label)
                .collect(Collectors.joining("; ")), String.join("; ", g.members()));
    }

    private static List<Object> signer(SignerState s) {
        return List.of(s.user(), s.issuer(), WorkbookValues.label(s.position()),
                s.authority() == null ? "" : WorkbookValues.label(s.authority()));
    }

    private static List<Object> term(TermState t) {
        return List.of(t.issuer(), t.name(), t.startsOn(), t.endsOn());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static Sheet dataSheet(Sheet sheet, WorkbookSheet kind, List<List<Object>> rows, Styles styles) {
        List<WorkbookColumn> columns = kind.columns();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            WorkbookColumn column = columns.get(c);
            Cell cell = header.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(column.required() ? styles.requiredHeader : styles.header);
            ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
            anchor.setCol1(c);
            anchor.setCol2(c + 4);
            anchor.setRow1(0);
            anchor.setRow2(5);
            Comment note = drawing.createCellComment(anchor);
            note.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(
                    (column.required() ? "Bắt buộc. " : "") + column.help()));
            note.setAuthor("Văn bản chỉ đạo");
            cell.setCellComment(note);
        }
        int[] widths = columns.stream().mapToInt(c -> c.header().length() + 4).toArray();
        int r = 1;
        for (List<Object> values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                Cell cell = row.createCell(c);
                if (value instanceof LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(styles.date);
                    widths[c] = Math.max(widths[c], 12);
                } else if (!value.toString().isEmpty()) {
                    cell.setCellValue(value.toString());
                    widths[c] = Math.max(widths[c], Math.min(value.toString().length() + 2, 60));
                }
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void dropdowns(Sheet sheet, WorkbookSheet kind, int rows) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        List<WorkbookColumn> columns = kind.columns();
        for (int c = 0; c < columns.size(); c++) {
            WorkbookColumn column = columns.get(c);
            if (column.list() == null) {
                continue;
            }
            DataValidation validation = helper.createValidation(
                    helper.createFormulaListConstraint(column.list().rangeName()),
                    new CellRangeAddressList(1, rows + SPARE_ROWS, c, c));
            validation.setSuppressDropDownArrow(true);
            // several kinds go in one cell of a group ("Chi bộ; Đảng ủy cơ sở"): a warning, not a refusal
            boolean several = column == WorkbookColumn.GROUP_KINDS;
            validation.setErrorStyle(several ? DataValidation.ErrorStyle.WARNING : DataValidation.ErrorStyle.STOP);
            validation.createErrorBox("Giá trị không có trong danh sách",
                    "Chọn một giá trị trong danh sách của cột '" + column.header() + "'.");
            validation.setShowErrorBox(true);
            sheet.addValidationData(validation);
        }
    }

    /** The hidden sheet: one column per dropdown list, each a named range. */
    private static void lists(XSSFWorkbook workbook) {
        Sheet sheet = workbook.createSheet(WorkbookSheet.LISTS);
        WorkbookValues.Lists[] lists = WorkbookValues.Lists.values();
        int longest = 0;
        for (WorkbookValues.Lists list : lists) {
            longest = Math.max(longest, list.labels().size());
        }
        for (int r = 0; r <= longest; r++) {
            sheet.createRow(r);
        }
        for (int c = 0; c < lists.length; c++) {
            List<String> values = lists[c].labels();
            sheet.getRow(0).createCell(c).setCellValue(lists[c].rangeName());
            for (int r = 0; r < values.size(); r++) {
                sheet.getRow(r + 1).createCell(c).setCellValue(values.get(r));
            }
            Name name = workbook.createName();
            name.setNameName(lists[c].rangeName());
            String col = String.valueOf((char) ('A' + c));
            name.setRefersToFormula("'" + WorkbookSheet.LISTS + "'!$" + col + "$2:$" + col + "$" + (values.size() + 1));
        }
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
    }

    private static void guide(Sheet sheet, Styles styles) {
        List<String> intro = List.of(
                "DANH MỤC ĐƠN VỊ, NHÓM KÍNH GỬI, NGƯỜI KÝ VÀ NHIỆM KỲ",
                "Mỗi trang một loại dòng: " + Arrays.stream(WorkbookSheet.values()).map(WorkbookSheet::title)
                        .collect(Collectors.joining(", ")) + ". Dòng 1 của mỗi trang là tiêu đề cột, không sửa; "
                        + "dữ liệu từ dòng 2. Cột có tiêu đề chữ đỏ là bắt buộc; để chuột vào tiêu đề cột để xem giải thích.",
                "Nhập tệp: đơn vị và nhóm khớp theo mã, người ký theo tài khoản và cơ quan, nhiệm kỳ theo cơ quan và "
                        + "tên. Dòng đã có thì được cập nhật, dòng mới thì được thêm; những gì có trong hệ thống mà "
                        + "không có trong tệp được giữ nguyên (nhập tệp không xóa gì; đóng đơn vị bằng cột "
                        + "'Đang hoạt động' = Không).",
                "Cột không có trong tệp thì giữ giá trị đang có; ô để trống ở cột có trong tệp thì xóa giá trị đó.",
                "Tệp được kiểm tra toàn bộ trước khi ghi: chỉ cần một dòng sai thì không ghi gì, và mọi lỗi được "
                        + "liệt kê kèm số dòng. Các dòng có thể theo thứ tự bất kỳ (đơn vị cấp trên có thể đứng sau).",
                "Người ký phải là tài khoản đã có trong hệ thống. Nhiệm kỳ của một cơ quan không được trùng thời "
                        + "gian; số văn bản đánh lại từ 01 ở mỗi nhiệm kỳ.",
                "Tệp .xlsx, tối đa " + DirectoryWorkbook.MAX_MEGABYTES + " MB.");
        int r = 0;
        for (String line : intro) {
            Cell cell = sheet.createRow(r++).createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(r == 1 ? styles.title : styles.wrapped);
        }
        r++;
        for (WorkbookSheet kind : WorkbookSheet.values()) {
            Cell title = sheet.createRow(r++).createCell(0);
            title.setCellValue("Trang '" + kind.title() + "'" + (kind.required() ? " (bắt buộc)" : ""));
            title.setCellStyle(styles.header);
            for (WorkbookColumn column : kind.columns()) {
                Row row = sheet.createRow(r++);
                Cell cell = row.createCell(0);
                cell.setCellValue("• " + column.header() + (column.required() ? " (bắt buộc)" : "") + ": "
                        + column.help() + (column.list() == null ? ""
                        : " Giá trị: " + String.join("; ", column.list().labels()) + "."));
                cell.setCellStyle(styles.wrapped);
            }
            r++;
        }
        sheet.setColumnWidth(0, 120 * 256);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle requiredHeader;
        final CellStyle title;
        final CellStyle wrapped;
        final CellStyle date;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font boldRed = workbook.createFont();
            boldRed.setBold(true);
            boldRed.setColor(IndexedColors.DARK_RED.getIndex());
            header = headerStyle(workbook, bold);
            requiredHeader = headerStyle(workbook, boldRed);
            title = workbook.createCellStyle();
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title.setFont(big);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        }

        private static CellStyle headerStyle(XSSFWorkbook workbook, Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setBorderBottom(BorderStyle.THIN);
            style.setWrapText(true);
            return style;
        }
    }
}

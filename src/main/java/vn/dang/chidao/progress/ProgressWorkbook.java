package vn.dang.chidao.progress;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.dang.chidao.directive.VietnameseDates;
import vn.dang.chidao.reporting.UnitStatus;

/**
 * The Excel export of one directive: sheet "Tổng hợp" (one row per unit) and sheet "Nhiệm vụ" (one
 * row per unit and assignment). Vietnamese headers in bold, dates as real dates shown dd/MM/yyyy,
 * columns sized to their content (long texts capped and wrapped).
 */
public final class ProgressWorkbook {

    public static final String SUMMARY_SHEET = "Tổng hợp";
    public static final String ASSIGNMENT_SHEET = "Nhiệm vụ";
    /** Row index (0-based) of the header row on both sheets; data follow it. */
    public static final int HEADER_ROW = 5;

    static final List<String> SUMMARY_HEADERS = List.of("STT", "Đơn vị", "Tình trạng", "Hạn cuối",
            "Số ngày còn (+) / quá hạn (−)", "Người chủ trì", "Đã nhận báo cáo", "Ngày báo cáo",
            "Đã duyệt báo cáo", "Ngày duyệt");
    static final List<String> ASSIGNMENT_HEADERS = List.of("STT", "Đơn vị", "Nhiệm vụ số", "Nội dung nhiệm vụ",
            "Hạn theo văn bản", "Hạn đang áp dụng", "Ngày hoàn thành", "Tình trạng");

    private static final int MAX_WIDTH = 60 * 256;
    private static final int MIN_WIDTH = 6 * 256;

    private final ZoneId zone;

    public ProgressWorkbook(ZoneId zone) {
        this.zone = zone;
    }

    public void write(DirectiveProgress directive, List<AssignmentProgress> assignments, LocalDate asOf,
                      OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            summarySheet(workbook.createSheet(SUMMARY_SHEET), directive, asOf, styles);
            assignmentSheet(workbook.createSheet(ASSIGNMENT_SHEET), directive, assignments, asOf, styles);
            workbook.write(out);
        }
    }

    private void summarySheet(Sheet sheet, DirectiveProgress d, LocalDate asOf, Styles styles) {
        title(sheet, d, asOf, styles, SUMMARY_HEADERS.size());
        StatusCounts c = d.counts();
        text(sheet.createRow(3), 0, "Tổng số đơn vị: %d — Trong hạn: %d; Quá hạn: %d; Hoàn thành đúng hạn: %d; "
                .formatted(c.total(), c.inTime(), c.overdue(), c.doneInTime())
                + "Hoàn thành quá hạn: %d. Đã nhận báo cáo: %d; đã duyệt: %d.".formatted(c.doneLate(),
                d.reportsReceived(), d.reportsAccepted()), null);
        header(sheet, SUMMARY_HEADERS, styles);
        int r = HEADER_ROW + 1;
        int n = 1;
        for (UnitProgress u : d.units()) {
            Row row = sheet.createRow(r++);
            number(row, 0, n++, styles.cell);
            text(row, 1, u.unitName(), styles.wrapped);
            text(row, 2, u.status().label(), styles.cell);
            date(row, 3, u.deadline(), styles.date);
            if (u.daysLeft() == null) {
                text(row, 4, "", styles.cell);
            } else {
                number(row, 4, u.daysLeft(), styles.cell);
            }
            text(row, 5, u.leadPerson() == null ? "" : u.leadPerson(), styles.wrapped);
            text(row, 6, u.reportReceived() ? "Có" : "Chưa", styles.cell);
            date(row, 7, day(u.reportedAt()), styles.date);
            text(row, 8, u.reportAccepted() ? "Có" : "Chưa", styles.cell);
            date(row, 9, day(u.acceptedAt()), styles.date);
        }
        finish(sheet, SUMMARY_HEADERS.size(), r - 1);
    }

    private void assignmentSheet(Sheet sheet, DirectiveProgress d, List<AssignmentProgress> assignments,
                                 LocalDate asOf, Styles styles) {
        title(sheet, d, asOf, styles, ASSIGNMENT_HEADERS.size());
        Map<UnitStatus, Long> byStatus = assignments.stream()
                .collect(Collectors.groupingBy(AssignmentProgress::status, Collectors.counting()));
        text(sheet.createRow(3), 0, "Tổng số lượt nhiệm vụ: %d — ".formatted(assignments.size())
                + Arrays.stream(UnitStatus.values())
                .map(s -> s.label() + ": " + byStatus.getOrDefault(s, 0L)).collect(Collectors.joining("; ")) + ".",
                null);
        header(sheet, ASSIGNMENT_HEADERS, styles);
        int r = HEADER_ROW + 1;
        int n = 1;
        for (AssignmentProgress a : assignments) {
            Row row = sheet.createRow(r++);
            number(row, 0, n++, styles.cell);
            text(row, 1, a.unitName(), styles.wrapped);
            number(row, 2, a.position(), styles.cell);
            text(row, 3, a.content(), styles.wrapped);
            date(row, 4, a.deadline(), styles.date);
            date(row, 5, a.deadlineInForce(), styles.date);
            date(row, 6, day(a.completedAt()), styles.date);
            text(row, 7, a.status().label() + (a.extended() ? " (đã gia hạn)" : ""), styles.cell);
        }
        finish(sheet, ASSIGNMENT_HEADERS.size(), r - 1);
    }

    private void title(Sheet sheet, DirectiveProgress d, LocalDate asOf, Styles styles, int columns) {
        text(sheet.createRow(0), 0, "THEO DÕI THỰC HIỆN VĂN BẢN " + (d.documentNumber() == null ? "(chưa cấp số)"
                : d.documentNumber()), styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        text(sheet.createRow(1), 0, d.subject(), null);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns - 1));
        text(sheet.createRow(2), 0, "Loại: %s — Cơ quan ban hành: %s — Ngày ban hành: %s — Số liệu tính đến ngày %s"
                .formatted(d.type().label(), d.issuerName(), d.issuedOn() == null ? "chưa ban hành"
                        : VietnameseDates.format(d.issuedOn()), VietnameseDates.format(asOf)), null);
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, columns - 1));
        sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, columns - 1));
    }

    private static void header(Sheet sheet, List<String> headers, Styles styles) {
        Row row = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < headers.size(); i++) {
            text(row, i, headers.get(i), styles.header);
        }
    }

    /** Widths from the content, long texts capped (their cells wrap); header frozen and filterable. */
    private static void finish(Sheet sheet, int columns, int lastRow) {
        for (int i = 0; i < columns; i++) {
            sheet.autoSizeColumn(i, false);
            int width = Math.min(Math.max(sheet.getColumnWidth(i) + 512, MIN_WIDTH), MAX_WIDTH);
            sheet.setColumnWidth(i, width);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, lastRow), 0, columns - 1));
    }

    private LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, int value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void date(Row row, int column, LocalDate value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    /** The few styles the sheets use (a workbook holds a limited number of them: create once). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle cell;
        final CellStyle wrapped;
        final CellStyle date;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            header = bordered(workbook);
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            cell = bordered(workbook);
            wrapped = bordered(workbook);
            wrapped.setWrapText(true);
            date = bordered(workbook);
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            date.setAlignment(HorizontalAlignment.CENTER);
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }
    }
}

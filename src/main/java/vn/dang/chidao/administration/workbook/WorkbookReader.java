package vn.dang.chidao.administration.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.input.Problems;

/**
 * Reads the workbook's sheets into rows of texts keyed by column: checks that it is an .xlsx, that its sheets and
 * header rows are the template's, and nothing about the values (that is {@link WorkbookValidator}'s).
 */
final class WorkbookReader {

    /** One data row: its number as Excel shows it, and the non-blank texts of the columns present. */
    record SheetRow(int line, Map<WorkbookColumn, String> cells) {

        /** The trimmed text, or null when blank or the column is absent. */
        String get(WorkbookColumn column) {
            return cells.get(column);
        }
    }

    /** A sheet's columns present in the file and its non-blank rows. */
    record SheetData(WorkbookSheet sheet, Set<WorkbookColumn> present, List<SheetRow> rows) {

        boolean has(WorkbookColumn column) {
            return present.contains(column);
        }

        static SheetData absent(WorkbookSheet sheet) {
            return new SheetData(sheet, Set.of(), List.of());
        }
    }

    record Parsed(Map<WorkbookSheet, SheetData> sheets) {

        SheetData sheet(WorkbookSheet sheet) {
            return sheets.getOrDefault(sheet, SheetData.absent(sheet));
        }
    }

    private WorkbookReader() {
    }

    static Parsed read(byte[] content) {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(content))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            magic = FileMagic.UNKNOWN;
        }
        if (magic == FileMagic.OLE2) {
            throw new InvalidInputException("Tệp là sổ tính Excel 97-2003 (.xls) hoặc có mật khẩu: hãy lưu lại "
                    + "thành .xlsx (Excel Workbook) không đặt mật khẩu rồi tải lên.");
        }
        if (magic != FileMagic.OOXML) {
            throw new InvalidInputException("Tệp không phải sổ tính Excel .xlsx: hãy tải mẫu, điền vào mẫu và tải "
                    + "lên tệp .xlsx.");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            return read(workbook);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refused) {
                throw refused;
            }
            throw new InvalidInputException("Không đọc được sổ tính: tệp .xlsx bị hỏng hoặc không phải sổ tính "
                    + "Excel.");
        }
    }

    private static Parsed read(XSSFWorkbook workbook) {
        Problems problems = new Problems();
        Map<WorkbookSheet, SheetData> sheets = new EnumMap<>(WorkbookSheet.class);
        DataFormatter formatter = new DataFormatter();
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        for (Sheet sheet : workbook) {
            String title = Normalizer.normalize(sheet.getSheetName(), Normalizer.Form.NFC);
            if (WorkbookSheet.isAuxiliary(title)) {
                continue;
            }
            var kind = WorkbookSheet.byTitle(title);
            if (kind.isEmpty()) {
                problems.add("Trang tính '" + title + "' không có trong mẫu: tên các trang phải là "
                        + titles() + ".");
            } else if (sheets.containsKey(kind.get())) {
                problems.add("Trang tính '" + kind.get().title() + "' có hai lần.");
            } else {
                sheets.put(kind.get(), sheet(kind.get(), sheet, formatter, evaluator, problems));
            }
        }
        for (WorkbookSheet required : WorkbookSheet.values()) {
            if (required.required() && !sheets.containsKey(required)) {
                problems.add("Thiếu trang tính '" + required.title() + "': tên các trang phải là " + titles() + ".");
            }
        }
        problems.throwIfAny();
        return new Parsed(sheets);
    }

    private static SheetData sheet(WorkbookSheet kind, Sheet sheet, DataFormatter formatter,
                                   FormulaEvaluator evaluator, Problems problems) {
        Map<Integer, WorkbookColumn> byIndex = new HashMap<>();
        Row header = sheet.getRow(sheet.getFirstRowNum() < 0 ? 0 : sheet.getFirstRowNum());
        int headerIndex = header == null ? 0 : header.getRowNum();
        if (header != null) {
            for (Cell cell : header) {
                String text = text(cell, formatter, evaluator);
                if (text == null) {
                    continue;
                }
                String wanted = WorkbookValues.key(text.replace("*", ""));
                var column = kind.columns().stream().filter(c -> WorkbookValues.key(c.header()).equals(wanted))
                        .findFirst();
                if (column.isEmpty()) {
                    problems.add("Trang '" + kind.title() + "', dòng " + (headerIndex + 1) + ": cột '" + text
                            + "' không có trong mẫu (các cột: " + kind.columns().stream()
                            .map(WorkbookColumn::header).collect(Collectors.joining(", ")) + ").");
                } else if (byIndex.containsValue(column.get())) {
                    problems.add("Trang '" + kind.title() + "', dòng " + (headerIndex + 1) + ": cột '"
                            + column.get().header() + "' có hai lần.");
                } else {
                    byIndex.put(cell.getColumnIndex(), column.get());
                }
            }
        }
        Set<WorkbookColumn> present = byIndex.isEmpty() ? Set.of() : EnumSet.copyOf(byIndex.values());
        for (WorkbookColumn column : kind.columns()) {
            if (column.required() && !present.contains(column)) {
                problems.add("Trang '" + kind.title() + "': thiếu cột bắt buộc '" + column.header()
                        + "' ở dòng tiêu đề (dòng " + (headerIndex + 1) + ").");
            }
        }
        List<SheetRow> rows = new ArrayList<>();
        for (int r = headerIndex + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<WorkbookColumn, String> cells = new EnumMap<>(WorkbookColumn.class);
            byIndex.forEach((index, column) -> {
                String text = text(row.getCell(index), formatter, evaluator);
                if (text != null) {
                    cells.put(column, text);
                }
            });
            if (!cells.isEmpty()) {
                rows.add(new SheetRow(r + 1, cells));
            }
        }
        return new SheetData(kind, present, rows);
    }

    /** The cell as the user sees it (a date as dd/MM/yyyy), NFC, trimmed; null when blank. */
    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell == null) {
            return null;
        }
        String text;
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            text = WorkbookValues.day(cell.getLocalDateTimeCellValue().toLocalDate());
        } else {
            text = formatter.formatCellValue(cell, evaluator);
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        return text.isEmpty() ? null : text;
    }

    private static String titles() {
        return Arrays.stream(WorkbookSheet.values()).map(s -> "'" + s.title() + "'")
                .collect(Collectors.joining(", "));
    }
}

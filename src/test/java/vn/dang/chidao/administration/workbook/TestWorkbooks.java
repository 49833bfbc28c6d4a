package vn.dang.chidao.administration.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks written by hand for the tests, as a user would fill them in, and read back as text. */
public final class TestWorkbooks {

    private final Map<String, List<List<String>>> sheets = new LinkedHashMap<>();

    /** A sheet with its header row; rows follow with {@link #row}. */
    public TestWorkbooks sheet(String title, String... headers) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(Arrays.asList(headers));
        sheets.put(title, rows);
        return this;
    }

    /** A row of the last sheet; null or "" leaves a cell blank. */
    public TestWorkbooks row(String... cells) {
        List<List<String>> last = null;
        for (List<List<String>> rows : sheets.values()) {
            last = rows;
        }
        last.add(Arrays.asList(cells));
        return this;
    }

    /** The units sheet with the template's usual columns. */
    public TestWorkbooks units() {
        return sheet("Đơn vị", "Mã đơn vị", "Tên đơn vị", "Mã đơn vị cấp trên", "Loại", "Ký hiệu", "Được ban hành");
    }

    public byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheets.forEach((title, rows) -> {
                Sheet sheet = workbook.createSheet(title);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<String> cells = rows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        if (cells.get(c) != null && !cells.get(c).isEmpty()) {
                            row.createCell(c).setCellValue(cells.get(c));
                        }
                    }
                }
            });
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every sheet's cells as the user sees them, hidden sheets included, keyed by sheet name. */
    public static Map<String, List<List<String>>> read(byte[] content) {
        Map<String, List<List<String>>> result = new LinkedHashMap<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            for (Sheet sheet : workbook) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                    }
                    rows.add(cells);
                }
                result.put(sheet.getSheetName(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}

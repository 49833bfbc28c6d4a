package vn.dang.chidao.administration.workbook;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The sheets of the directory workbook, one per kind of row, in the order they are written and read. */
public enum WorkbookSheet {
    UNITS("Đơn vị", true),
    GROUPS("Nhóm Kính gửi", false),
    SIGNERS("Người ký", false),
    TERMS("Nhiệm kỳ", false);

    /** The explanation sheet the export and the template carry; the import skips it. */
    public static final String GUIDE = "Hướng dẫn";
    /** The hidden sheet holding the dropdowns' values; the import skips it. */
    public static final String LISTS = "Giá trị";

    private final String title;
    private final boolean required;

    WorkbookSheet(String title, boolean required) {
        this.title = title;
        this.required = required;
    }

    public String title() {
        return title;
    }

    public boolean required() {
        return required;
    }

    public List<WorkbookColumn> columns() {
        return Arrays.stream(WorkbookColumn.values()).filter(c -> c.sheet() == this).toList();
    }

    static Optional<WorkbookSheet> byTitle(String title) {
        String wanted = WorkbookValues.key(title);
        return Arrays.stream(values()).filter(s -> WorkbookValues.key(s.title).equals(wanted)).findFirst();
    }

    static boolean isAuxiliary(String title) {
        String key = WorkbookValues.key(title);
        return key.equals(WorkbookValues.key(GUIDE)) || key.equals(WorkbookValues.key(LISTS));
    }
}

package vn.dang.chidao.administration.workbook;

/** What an import did: rows read, and per kind how many were created, changed, and left as they were. */
public record ImportSummary(int rows, Counts units, Counts groups, Counts signers, Counts terms, long millis) {

    public record Counts(int created, int updated, int unchanged) {
    }

    /** "Đã nhập 3012 dòng — đơn vị: thêm 3000, cập nhật 0, giữ nguyên 0; …". */
    public String message() {
        return "Đã nhập " + rows + " dòng — đơn vị: " + describe(units) + "; nhóm Kính gửi: " + describe(groups)
                + "; người ký: " + describe(signers) + "; nhiệm kỳ: " + describe(terms) + ".";
    }

    private static String describe(Counts c) {
        return "thêm " + c.created() + ", cập nhật " + c.updated() + ", giữ nguyên " + c.unchanged();
    }
}

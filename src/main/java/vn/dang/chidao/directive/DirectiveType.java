package vn.dang.chidao.directive;

/** Document types with their Party abbreviation (Hướng dẫn 36-HD/VPTW). */
public enum DirectiveType {
    NQ("NQ", "Nghị quyết"),
    QD("QĐ", "Quyết định"),
    CT("CT", "Chỉ thị"),
    KL("KL", "Kết luận"),
    QC("QC", "Quy chế"),
    TB("TB", "Thông báo"),
    HD("HD", "Hướng dẫn"),
    KH("KH", "Kế hoạch"),
    BC("BC", "Báo cáo"),
    CTR("CTr", "Chương trình"),
    TTR("TTr", "Tờ trình"),
    CV("CV", "Công văn"),
    TT("TT", "Thông tri"),
    BB("BB", "Biên bản");

    private final String abbreviation;
    private final String label;

    DirectiveType(String abbreviation, String label) {
        this.abbreviation = abbreviation;
        this.label = label;
    }

    /** As written in the document number: 09-KH/ĐU, 12-QĐ/TU. */
    public String abbreviation() {
        return abbreviation;
    }

    public String label() {
        return label;
    }
}

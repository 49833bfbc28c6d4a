package vn.dang.chidao.directive;

/** Document types with their Party abbreviation (Hướng dẫn 36-HD/VPTW). */
public enum DirectiveType {
    CV("Công văn"),
    KH("Kế hoạch"),
    HD("Hướng dẫn");

    private final String label;

    DirectiveType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package vn.dang.chidao.directive;

public enum ReviewStep {
    FORMAT_CHECK("Kiểm tra thể thức"),
    APPROVAL("Trình ký");

    private final String label;

    ReviewStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

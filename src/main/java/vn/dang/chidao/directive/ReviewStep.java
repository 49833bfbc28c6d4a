package vn.dang.chidao.directive;

public enum ReviewStep {
    FORMAT_CHECK("Kiểm tra thể thức", "formatComment"),
    APPROVAL("Trình ký", "approvalComment");

    private final String label;
    private final String commentField;

    ReviewStep(String label, String commentField) {
        this.label = label;
        this.commentField = commentField;
    }

    /** The input the reviewer's comment is typed in, named in refusals that concern it. */
    public String commentField() {
        return commentField;
    }

    public String label() {
        return label;
    }
}

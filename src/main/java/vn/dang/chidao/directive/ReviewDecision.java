package vn.dang.chidao.directive;

import java.util.Arrays;
import vn.dang.chidao.input.InvalidInputException;

/** A reviewer's decision, with the value the forms submit. */
public enum ReviewDecision {
    PASS("pass"),
    RETURN("return"),
    REJECT("reject");

    private final String formValue;

    ReviewDecision(String formValue) {
        this.formValue = formValue;
    }

    public String formValue() {
        return formValue;
    }

    public static ReviewDecision fromForm(String value) {
        return Arrays.stream(values()).filter(d -> d.formValue.equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException("Chưa chọn quyết định (giá trị \"" + value
                        + "\" không hợp lệ)."));
    }
}

package vn.dang.chidao.progress;

/** An issuing body, for the filter. */
public record Issuer(String code, String name) {
}

package vn.dang.chidao.directive;

/** The signing block: "T/M BAN THƯỜNG VỤ" / "PHÓ BÍ THƯ" / name. The authority line may be absent (a Trưởng ban). */
public record Signature(String name, String authority, String position) {
}

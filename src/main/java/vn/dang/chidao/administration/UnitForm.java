package vn.dang.chidao.administration;

/**
 * What an administrator enters for a unit. {@code code} and {@code parentCode} count only when adding (a code is the
 * unit's group id and never changes; a move has its own action). Kinds by their code (UnitKind, BodyKind).
 */
public record UnitForm(String code, String name, String parentCode, String kind, String symbol, String headerName,
                       String headerIssuer, String placeName, String email, Boolean canIssue, String bodyKind,
                       String collectiveName) {
}

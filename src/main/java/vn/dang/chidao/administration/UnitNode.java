package vn.dang.chidao.administration;

import java.util.List;

/** A unit of the administrator's tree, closed ones too; {@code mergedInto} names the unit a merged one went into. */
public record UnitNode(long id, String code, String name, String parentCode, String kind, String kindLabel,
                       String symbol, String headerName, String headerIssuer, String placeName, String email,
                       boolean canIssue, String bodyKind, String collectiveName, boolean active, String mergedIntoCode,
                       String mergedIntoName, List<UnitNode> children) {
}

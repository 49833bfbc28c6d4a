package vn.dang.chidao.importing;

/** Finds the directory entry a unit phrase names: a unit code or a recipient group token, null when none. */
@FunctionalInterface
public interface UnitResolver {

    UnitResolver NONE = text -> null;

    String resolve(String text);
}

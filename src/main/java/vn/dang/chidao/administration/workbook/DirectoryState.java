package vn.dang.chidao.administration.workbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.dang.chidao.directory.SignerPosition;
import vn.dang.chidao.directory.SigningAuthority;
import vn.dang.chidao.directory.UnitKind;

/**
 * The directory as the workbook sees it: every row keyed as the import matches it (unit and group by code, signer
 * by account and body, term by body and name), other rows named by code rather than by database id.
 */
record DirectoryState(Map<String, UnitState> units, Map<String, GroupState> groups, Map<String, SignerState> signers,
                      Map<String, TermState> terms) {

    record UnitState(String code, String name, String parent, UnitKind kind, SignerPosition.BodyKind bodyKind,
                     String symbol, String placeName, String headerName, String headerIssuer, String email,
                     boolean canIssue, String collectiveName, boolean active) {
    }

    record GroupState(String code, String name, String owner, List<UnitKind> kinds, List<String> members) {
    }

    /** {@code authority} null: the position's usual way. */
    record SignerState(String user, String issuer, SignerPosition position, SigningAuthority authority) {

        String key() {
            return keyOf(user, issuer);
        }

        static String keyOf(String user, String issuer) {
            return user + "@" + issuer;
        }
    }

    record TermState(String issuer, String name, LocalDate startsOn, LocalDate endsOn) {

        String key() {
            return keyOf(issuer, name);
        }

        static String keyOf(String issuer, String name) {
            return issuer + "/" + name;
        }

        boolean overlaps(TermState other) {
            return !startsOn.isAfter(other.endsOn) && !other.startsOn.isAfter(endsOn);
        }
    }
}

package vn.dang.chidao.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Who may sign for which issuing body, and as what. */
@Repository
public class Signers {

    /** A signer of a body; {@code authority} is how they sign, the position's usual way when the table has none. */
    public record Signer(String userId, long issuerId, SignerPosition position, SigningAuthority authority) {

        /** "T/M BAN THƯỜNG VỤ", "K/T TRƯỞNG BAN", "T/L BAN THƯỜNG VỤ" … for this body, or null. */
        public String authorityLine(Unit body) {
            return authority.line(body);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    public Signers(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Signer> of(long issuerId) {
        return jdbc.query("select user_id, issuer_id, position, authority from signer where issuer_id = :i "
                + "order by position, user_id", Map.of("i", issuerId), (rs, n) -> {
                    SignerPosition position = SignerPosition.of(rs.getString(3));
                    String authority = rs.getString(4);
                    return new Signer(rs.getString(1), rs.getLong(2), position,
                            authority == null ? position.usualAuthority() : SigningAuthority.parse(authority));
                });
    }

    public Optional<Signer> find(String userId, long issuerId) {
        return of(issuerId).stream().filter(s -> s.userId().equals(userId)).findFirst();
    }

    /** A signer who signs as the position usually does. */
    public void add(String userId, long issuerId, SignerPosition position) {
        add(userId, issuerId, position, position.usualAuthority());
    }

    /**
     * A signer with the way they sign ("T/M", "K/T", "T/L", "T/UQ" or in the Ban's name).
     *
     * @param bodyKind the kind of the issuing body, which must have the position and allow the authority
     */
    public void add(String userId, long issuerId, SignerPosition position, SigningAuthority authority,
                    SignerPosition.BodyKind bodyKind) {
        if (!position.belongsTo(bodyKind) || !authority.allowedFor(bodyKind)) {
            throw new IllegalArgumentException("a " + bodyKind + " cannot have a " + position + " signing "
                    + authority);
        }
        add(userId, issuerId, position, authority);
    }

    private void add(String userId, long issuerId, SignerPosition position, SigningAuthority authority) {
        jdbc.update("insert into signer (user_id, issuer_id, position, authority) values (:u, :i, :p, :a)",
                Map.of("u", userId, "i", issuerId, "p", position.name(), "a", authority.name()));
    }
}

package vn.dang.chidao.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Who may sign for which issuing body, and as what. */
@Repository
public class Signers {

    public record Signer(String userId, long issuerId, SignerPosition position) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public Signers(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Signer> of(long issuerId) {
        return jdbc.query("select user_id, issuer_id, position from signer where issuer_id = :i order by position, user_id",
                Map.of("i", issuerId), (rs, n) -> new Signer(rs.getString(1), rs.getLong(2),
                        SignerPosition.of(rs.getString(3))));
    }

    public Optional<Signer> find(String userId, long issuerId) {
        return of(issuerId).stream().filter(s -> s.userId().equals(userId)).findFirst();
    }

    public void add(String userId, long issuerId, SignerPosition position) {
        jdbc.update("insert into signer (user_id, issuer_id, position) values (:u, :i, :p)",
                Map.of("u", userId, "i", issuerId, "p", position.name()));
    }
}

package org.kefuacademy.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When a person's sessions were last ended, kept in the database so that every app node sees it
 * (the session registry only knows this node's sessions). Written in the caller's transaction: the
 * sessions end together with the change that ended them (disabling, anonymising).
 */
@Component
class SessionRevocations implements SessionLifetimeFilter.RevocationLookup {
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SessionRevocations(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every session of the account that signed in until now ends at its next request. */
    void revoke(long accountId) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (jdbc.update("update session_revocation set revoked_at = ? where account_id = ?", now, accountId) == 0) {
            try {
                jdbc.update("insert into session_revocation (account_id, revoked_at) values (?, ?)", accountId, now);
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                jdbc.update("update session_revocation set revoked_at = ? where account_id = ?", now, accountId);
            }
        }
    }

    @Override
    public Optional<Instant> revokedAt(long accountId) {
        List<LocalDateTime> at = jdbc.queryForList("select revoked_at from session_revocation where account_id = ?",
                LocalDateTime.class, accountId);
        return at.stream().findFirst().map(t -> t.toInstant(ZoneOffset.UTC));
    }
}

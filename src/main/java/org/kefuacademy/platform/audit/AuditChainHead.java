package org.kefuacademy.platform.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The single row at the end of the chain (audit_chain_head). Read and written with plain JDBC in the
 * caller's transaction, never as an entity: a cached copy would hand the next append a stale hash.
 */
@Component
class AuditChainHead {
    /** What the head holds: the last chained line, its hash, and whether pre-chain lines were chained. */
    record State(long lastEntryId, String lastHash, boolean chained) {
    }

    private final JdbcTemplate jdbc;

    AuditChainHead(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the head until the transaction ends: appends queue here, one at a time. */
    State lock() {
        return read(" for update");
    }

    State read() {
        return read("");
    }

    private State read(String suffix) {
        return jdbc.queryForObject("select last_entry_id, last_hash, chained from audit_chain_head where id = 1" + suffix,
                (rs, n) -> new State(rs.getLong(1), rs.getString(2), rs.getInt(3) == 1));
    }

    void moveTo(long lastEntryId, String lastHash) {
        jdbc.update("update audit_chain_head set last_entry_id = ?, last_hash = ?, chained = 1 where id = 1", lastEntryId, lastHash);
    }

    /** The first line after {@code id}, if any (a line written around the chain shows up here). */
    Long firstLineAfter(long id) {
        return jdbc.queryForObject("select min(id) from audit_log where id > ?", Long.class, id);
    }

    void writeHashes(long entryId, String detailHash, String prevHash, String entryHash) {
        jdbc.update("update audit_log set detail_hash = ?, prev_hash = ?, entry_hash = ? where id = ?",
                detailHash, prevHash, entryHash, entryId);
    }
}

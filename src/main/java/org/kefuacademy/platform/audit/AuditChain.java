package org.kefuacademy.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.audit.domain.AuditEntry;
import org.kefuacademy.platform.audit.domain.AuditEntryRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit log as a hash chain (docs/SECURITY.md, "Tamper-evident audit log"): each line holds the
 * hash of the line before it (in id order) and its own hash over its fields. Appends are serialised
 * by locking the chain head just before the appending transaction commits; verification walks the whole log page by
 * page and names the first line that does not fit.
 */
@Service
@Transactional
public class AuditChain {
    private static final int PAGE = 500;

    /** Why a line does not fit the chain. */
    public enum Problem {
        /** The line's fields (or its detail) are not those it was written with. */
        ALTERED,
        /** The line does not follow the one before it: a line before it was removed or moved. */
        LINK_BROKEN,
        /** The chain head names a later line than the log holds: lines were removed from the end. */
        MISSING_AT_END,
        /** The line was written around the chain (no hash, or after the head). */
        NOT_CHAINED
    }

    /** The outcome: intact when {@code problem} is null; otherwise the first line that does not fit. */
    public record Result(long checked, Long brokenEntryId, Problem problem, String headHash) {
        public boolean intact() {
            return problem == null;
        }
    }

    private final AuditEntryRepository entries;
    private final AuditChainHead head;
    private final EntityManager em;

    AuditChain(AuditEntryRepository entries, AuditChainHead head, EntityManager em) {
        this.entries = entries;
        this.head = head;
        this.em = em;
    }

    /**
     * Links the line to the end of the chain just before the caller's transaction commits. Taking the
     * head lock last, when the transaction has done all its other work, holds it for the commit only
     * and never inside another lock's wait: appends queue briefly and cannot deadlock with the work.
     */
    void append(AuditEntry entry) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            appendNow(List.of(entry));
            return;
        }
        TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(PendingLines.class::isInstance).map(PendingLines.class::cast).findFirst()
                .orElseGet(() -> {
                    PendingLines pending = new PendingLines();
                    TransactionSynchronizationManager.registerSynchronization(pending);
                    return pending;
                })
                .lines.add(entry);
    }

    private void appendNow(List<AuditEntry> lines) {
        AuditChainHead.State end = head.lock();
        String prev = end.chained() ? end.lastHash() : chainEarlierLines();
        long id = end.lastEntryId();
        for (AuditEntry entry : lines) {
            String detailHash = AuditHashes.detail(entry.getDetail());
            String hash = AuditHashes.entry(prev, entry.getActorId(), entry.getAction(), entry.getSubjectAccountId(), entry.getAt(), detailHash);
            entry.chain(detailHash, prev, hash);
            // Flushed explicitly: the caller's transaction may be read-only (opening a record is audited).
            id = entries.saveAndFlush(entry).getId();
            prev = hash;
        }
        head.moveTo(id, prev);
    }

    /** The lines one transaction recorded, written when it is about to commit (dropped if it rolls back). */
    private final class PendingLines implements TransactionSynchronization {
        private final List<AuditEntry> lines = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            appendNow(lines);
        }
    }

    /** At start-up: chains the lines written before V17 (once; later starts find the head marked). */
    void initialise() {
        if (!head.lock().chained()) {
            chainEarlierLines();
        }
    }

    /** Chains the lines written before the chain existed, in id order; the head must be locked. */
    private String chainEarlierLines() {
        String prev = AuditHashes.GENESIS;
        long last = 0;
        for (List<AuditEntry> page = entries.unchained(0, PageRequest.of(0, PAGE)); !page.isEmpty();
             page = entries.unchained(last, PageRequest.of(0, PAGE))) {
            for (AuditEntry e : page) {
                String detailHash = AuditHashes.detail(e.getDetail());
                String hash = AuditHashes.entry(prev, e.getActorId(), e.getAction(), e.getSubjectAccountId(), e.getAt(), detailHash);
                head.writeHashes(e.getId(), detailHash, prev, hash);
                prev = hash;
                last = e.getId();
            }
        }
        head.moveTo(last, prev);
        return prev;
    }

    /** Walks the whole log in id order (a page at a time) and reports the first line that does not fit. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Result verify() {
        String running = AuditHashes.GENESIS;
        long checkedUpTo = 0;
        long checked = 0;
        while (true) {
            AuditChainHead.State end = head.read();
            for (List<AuditEntry> page = entries.chainPage(checkedUpTo, end.lastEntryId(), PageRequest.of(0, PAGE)); !page.isEmpty();
                 page = entries.chainPage(checkedUpTo, end.lastEntryId(), PageRequest.of(0, PAGE))) {
                for (AuditEntry e : page) {
                    Problem problem = check(e, running);
                    if (problem != null) {
                        return new Result(checked, e.getId(), problem, end.lastHash());
                    }
                    running = e.getEntryHash();
                    checkedUpTo = e.getId();
                    checked++;
                }
                page.forEach(em::detach);
            }
            if (checkedUpTo != end.lastEntryId() || !running.equals(end.lastHash())) {
                return new Result(checked, end.lastEntryId(), Problem.MISSING_AT_END, end.lastHash());
            }
            Long after = head.firstLineAfter(checkedUpTo);
            if (after == null) {
                return new Result(checked, null, null, end.lastHash());
            }
            if (head.read().lastEntryId() == end.lastEntryId()) {
                return new Result(checked, after, Problem.NOT_CHAINED, end.lastHash());
            }
            // Lines were appended while we walked: go on to the new end.
        }
    }

    private static Problem check(AuditEntry e, String expectedPrev) {
        if (e.getEntryHash() == null || e.getPrevHash() == null) {
            return Problem.NOT_CHAINED;
        }
        if (!e.getPrevHash().equals(expectedPrev)) {
            return Problem.LINK_BROKEN;
        }
        if (e.getDetail() != null && !AuditHashes.detail(e.getDetail()).equals(e.getDetailHash())) {
            return Problem.ALTERED;
        }
        String hash = AuditHashes.entry(e.getPrevHash(), e.getActorId(), e.getAction(), e.getSubjectAccountId(), e.getAt(), e.getDetailHash());
        return hash.equals(e.getEntryHash()) ? null : Problem.ALTERED;
    }
}

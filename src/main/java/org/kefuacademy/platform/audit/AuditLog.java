package org.kefuacademy.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.audit.domain.AuditEntry;
import org.kefuacademy.platform.audit.domain.AuditEntryRepository;
import org.kefuacademy.platform.security.CurrentUser;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit log (PIPL): features record who viewed or changed which person's data; administrators search it. */
@Service
@Transactional
public class AuditLog {
    /** Someone opened a person's record. */
    public static final String VIEW_RECORD = "VIEW_RECORD";
    /** Someone downloaded a person's PDF transcript (培训档案). */
    public static final String DOWNLOAD_TRANSCRIPT = "DOWNLOAD_TRANSCRIPT";
    /** HR or an administrator exported everything held about a person (PIPL right of access). */
    public static final String EXPORT_PERSONAL_DATA = "EXPORT_PERSONAL_DATA";
    /** A person was anonymised, on request or by the retention rule (then the actor is the system, id 0). */
    public static final String ANONYMISE = "ANONYMISE";

    private final AuditEntryRepository entries;
    private final AuditChain chain;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, AuditChain chain, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.chain = chain;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One line: the signed-in person did {@code action} to {@code subjectAccountId} (may be null). */
    public void record(String action, Long subjectAccountId, String detail) {
        // Work done on no one's behalf (an event after a commit, a nightly job) is the system's.
        long actor = currentUser.find().map(u -> u.accountId()).orElse(SystemAuthentication.SYSTEM_ACCOUNT_ID);
        chain.append(new AuditEntry(actor, action, subjectAccountId, detail, clock.instant()));
    }

    /** A line as the administrators' search shows it. */
    public record Line(long id, long actorId, String action, Long subjectAccountId, String detail, java.time.Instant at) {
    }

    /** What the administrators' search asks for; a null part matches everything. */
    public record Filter(Long subject, Long actor, String action) {
    }

    /** Newest first, optionally only about one person and/or by one actor. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<Line> search(Long subject, Long actor, int offset, int limit) {
        return search(new Filter(subject, actor, null), offset, limit);
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public long count(Long subject, Long actor) {
        return count(new Filter(subject, actor, null));
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<Line> search(Filter filter, int offset, int limit) {
        int size = Math.max(1, limit);
        return entries.search(filter.subject(), filter.actor(), filter.action(), PageRequest.of(offset / size, size)).stream()
                .map(a -> new Line(a.getId(), a.getActorId(), a.getAction(), a.getSubjectAccountId(), a.getDetail(), a.getAt()))
                .toList();
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public long count(Filter filter) {
        return entries.countMatching(filter.subject(), filter.actor(), filter.action());
    }

    /** The actions the log holds, for the search's choice (read from the action index). */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<String> actions() {
        return entries.actions();
    }
}

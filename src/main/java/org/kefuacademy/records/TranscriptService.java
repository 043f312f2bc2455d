package org.kefuacademy.records;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.kefuacademy.competence.CompetenceService;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.audit.AuditLog;
import org.kefuacademy.platform.i18n.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PDF transcript (培训档案) of a person, for whoever may open their record (HR and administrators
 * anyone's, a trainer their own cohorts' trainees). Every download is written to the audit log.
 */
@Service
@Transactional
public class TranscriptService {
    private final PersonRecordService records;
    private final CompetenceService competences;
    private final AuditLog audit;
    private final TranscriptPdf pdf;
    private final Clock clock;

    TranscriptService(PersonRecordService records, CompetenceService competences, AuditLog audit, Messages messages, Clock clock) {
        this.records = records;
        this.competences = competences;
        this.audit = audit;
        this.pdf = new TranscriptPdf(messages);
        this.clock = clock;
    }

    @RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
    public byte[] transcript(long accountId) {
        byte[] bytes = render(accountId);
        audit.record(AuditLog.DOWNLOAD_TRANSCRIPT, accountId, null);
        return bytes;
    }

    /** The transcript without an audit line, for the personal data export (which writes its own). */
    byte[] render(long accountId) {
        PersonRecord record = records.gather(accountId);
        return pdf.render(record, competences.profileOf(accountId, record.person().displayName()), clock.instant());
    }
}

package org.kefuacademy.records.ui;

import org.kefuacademy.platform.security.CurrentUser;
import org.kefuacademy.records.Anonymisation;
import org.kefuacademy.records.PersonalDataExport;
import org.kefuacademy.records.TranscriptService;
import org.springframework.stereotype.Component;

/** What the record page's privacy actions need, injected once so the page takes one more argument, not four. */
@Component
class PrivacyServices {
    final TranscriptService transcripts;
    final PersonalDataExport exports;
    final Anonymisation anonymisation;
    final CurrentUser currentUser;

    PrivacyServices(TranscriptService transcripts, PersonalDataExport exports, Anonymisation anonymisation, CurrentUser currentUser) {
        this.transcripts = transcripts;
        this.exports = exports;
        this.anonymisation = anonymisation;
        this.currentUser = currentUser;
    }
}

package org.kefuacademy.records;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kefuacademy.assessment.AttemptSummary;
import org.kefuacademy.certificate.CertificateRow;
import org.kefuacademy.certificate.FinalResult;
import org.kefuacademy.competence.CompetenceStanding;
import org.kefuacademy.competence.Profile;
import org.kefuacademy.observation.ObservationSummary;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.platform.i18n.Messages;
import org.kefuacademy.platform.pdf.PdfFonts;
import org.kefuacademy.roleplay.RunSummary;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws a person's transcript (培训档案) as an A4 PDF in Chinese, from the same record the record page
 * shows plus the competence profile: profile, cohorts, reading, attempts, role-play runs, competences,
 * observations, the final assessment, certificates and weekly summaries with the trainers' comments.
 */
final class TranscriptPdf {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);
    private static final Color PRIMARY = new Color(0x1f, 0x5f, 0x8b);
    private static final Font TITLE = font(18, PRIMARY);
    private static final Font HEADING = font(12, PRIMARY);
    private static final Font BODY = font(9.5f, Color.BLACK);
    private static final Font HEAD_CELL = font(9, Color.WHITE);
    private static final Font SMALL = font(8, Color.GRAY);

    private final Messages messages;

    TranscriptPdf(Messages messages) {
        this.messages = messages;
    }

    byte[] render(PersonRecord r, Profile competences, Instant generatedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        Document doc = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setFullCompression();
        String name = r.person().displayName();
        writer.setPageEvent(new Footer(page -> t("transcript.footer", name, String.valueOf(page))));
        doc.addTitle(t("transcript.title", name));
        doc.addCreator(t("app.name"));
        doc.open();
        Paragraph title = new Paragraph(t("transcript.title", name), TITLE);
        title.setAlignment(Element.ALIGN_CENTER);
        doc.add(title);
        Paragraph generated = new Paragraph(t("transcript.generated", WHEN.format(generatedAt)), SMALL);
        generated.setAlignment(Element.ALIGN_CENTER);
        generated.setSpacingAfter(8);
        doc.add(generated);
        profile(doc, r.person(), r.cohorts());
        heading(doc, "records.reading");
        doc.add(line(t("records.reading-line", r.reading().completed(), r.reading().modules(),
                String.format(Locale.ROOT, "%.1f", r.reading().secondsSpent() / 3600.0))));
        attempts(doc, r.attempts());
        runs(doc, r.runs());
        competences(doc, competences);
        observations(doc, r.observations());
        finalResult(doc, r.finalResult());
        certificates(doc, r.certificates());
        summaries(doc, r.summaries());
        doc.close();
        return out.toByteArray();
    }

    private void profile(Document doc, AccountSummary p, List<CohortSummary> cohorts) {
        heading(doc, "records.profile");
        PdfPTable t = table(new float[] {1, 3});
        pair(t, "transcript.name", p.displayName());
        pair(t, "records.username", p.username());
        pair(t, "records.employee-no", dash(p.employeeNo()));
        pair(t, "transcript.phone", dash(p.phone()));
        pair(t, "transcript.email", dash(p.email()));
        pair(t, "transcript.cohorts", cohorts.isEmpty() ? "—" : cohorts.stream()
                .map(c -> t("transcript.cohort", c.name(), c.startDate())).collect(Collectors.joining("；")));
        doc.add(t);
    }

    private void attempts(Document doc, List<AttemptSummary> attempts) {
        heading(doc, "records.attempts");
        if (none(doc, attempts)) {
            return;
        }
        PdfPTable t = table(new float[] {3, 1, 2, 2, 1.3f, 1.3f},
                "transcript.assessment", "transcript.attempt-no", "transcript.started", "transcript.submitted", "transcript.score", "transcript.result");
        for (AttemptSummary a : attempts) {
            cells(t, a.assessmentKey(), String.valueOf(a.attemptNo()), when(a.startedAt()), when(a.submittedAt()),
                    a.percent() == null ? "—" : a.percent().setScale(1, RoundingMode.HALF_UP).toPlainString() + "%",
                    a.inProgress() ? t("records.in-progress") : !a.graded() ? t("records.pending")
                            : t(Boolean.TRUE.equals(a.passed()) ? "certificates.passed" : "certificates.failed"));
        }
        doc.add(t);
    }

    private void runs(Document doc, List<RunSummary> runs) {
        heading(doc, "records.runs");
        if (none(doc, runs)) {
            return;
        }
        PdfPTable t = table(new float[] {3.5f, 1, 2, 2, 1.2f},
                "transcript.scenario", "transcript.mode", "transcript.started", "transcript.outcome", "transcript.score");
        for (RunSummary run : runs) {
            cells(t, run.scenarioTitle(), t(run.assessed() ? "roleplay.mode.assessed" : "roleplay.mode.practice"), when(run.startedAt()),
                    run.finishedAt() == null ? t("records.in-progress") : t("roleplay.ending." + run.endingKind()),
                    run.scorePercent() == null ? "—" : run.scorePercent() + "%");
        }
        doc.add(t);
    }

    private void competences(Document doc, Profile profile) {
        heading(doc, "transcript.competences");
        PdfPTable t = table(new float[] {3, 1, 1.2f, 2}, "transcript.competence", "transcript.items", "transcript.score", "transcript.level");
        for (CompetenceStanding s : profile.standings()) {
            cells(t, t(s.competence().labelKey()), String.valueOf(s.items()), s.percent() == null ? "—" : s.percent() + "%",
                    t(s.level().labelKey()));
        }
        doc.add(t);
    }

    private void observations(Document doc, List<ObservationSummary> observations) {
        heading(doc, "records.observations");
        if (none(doc, observations)) {
            return;
        }
        PdfPTable t = table(new float[] {3, 2, 1.5f, 3.5f}, "transcript.checklist", "transcript.observed", "transcript.score", "transcript.comment");
        for (ObservationSummary o : observations) {
            cells(t, o.checklistTitle(), when(o.observedAt()), o.earned() + "/" + o.possible() + "（" + o.percent() + "%）", dash(o.comment()));
        }
        doc.add(t);
    }

    private void finalResult(Document doc, FinalResult f) {
        heading(doc, "nav.final");
        doc.add(line(t("records.final-line", show(f.theory().percent()), show(f.practical().percent()), show(f.attitude().percent()),
                show(f.overall()), t(!f.complete() ? "certificates.incomplete" : f.passed() ? "certificates.passed" : "certificates.failed"))));
    }

    private void certificates(Document doc, List<CertificateRow> certificates) {
        heading(doc, "records.certificates");
        if (none(doc, certificates)) {
            return;
        }
        PdfPTable t = table(new float[] {2, 2, 1, 2, 2}, "transcript.code", "transcript.issued", "transcript.score",
                "transcript.expires", "transcript.state");
        for (CertificateRow c : certificates) {
            cells(t, c.code(), when(c.issuedAt()), String.valueOf(c.overall()), when(c.expiresAt()),
                    c.revokedAt() == null ? "" : t("certificate.state.revoked", when(c.revokedAt())));
        }
        doc.add(t);
    }

    private void summaries(Document doc, List<SummaryWeek> weeks) {
        heading(doc, "nav.summaries");
        if (none(doc, weeks)) {
            return;
        }
        for (SummaryWeek w : weeks) {
            Paragraph p = new Paragraph(t("summary.week", w.week()) + " · " + t("summary.state." + w.state().name().toLowerCase(), w.dueOn()), BODY);
            p.setSpacingBefore(4);
            doc.add(p);
            if (w.body() != null && !w.body().isBlank()) {
                Paragraph body = new Paragraph(w.body(), BODY);
                body.setIndentationLeft(12);
                doc.add(body);
            }
            if (w.comment() != null) {
                Paragraph comment = new Paragraph(t("summary.comment", w.comment()), font(9.5f, PRIMARY));
                comment.setIndentationLeft(12);
                doc.add(comment);
            }
        }
    }

    private void heading(Document doc, String key) {
        Paragraph h = new Paragraph(t(key), HEADING);
        h.setSpacingBefore(12);
        h.setSpacingAfter(4);
        doc.add(h);
    }

    private boolean none(Document doc, List<?> rows) {
        if (rows.isEmpty()) {
            doc.add(line(t("records.none")));
        }
        return rows.isEmpty();
    }

    private PdfPTable table(float[] widths, String... headerKeys) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(headerKeys.length == 0 ? 0 : 1);
        for (String key : headerKeys) {
            PdfPCell c = new PdfPCell(new Phrase(t(key), HEAD_CELL));
            c.setBackgroundColor(PRIMARY);
            c.setPadding(4);
            t.addCell(c);
        }
        return t;
    }

    private void pair(PdfPTable t, String key, String value) {
        PdfPCell label = new PdfPCell(new Phrase(t(key), BODY));
        label.setBackgroundColor(new Color(0xee, 0xf3, 0xf7));
        label.setPadding(4);
        t.addCell(label);
        cells(t, value);
    }

    private static void cells(PdfPTable t, String... values) {
        for (String v : values) {
            PdfPCell c = new PdfPCell(new Phrase(v == null ? "" : v, BODY));
            c.setPadding(4);
            t.addCell(c);
        }
    }

    private static Paragraph line(String text) {
        return new Paragraph(text, BODY);
    }

    private String t(String key, Object... args) {
        return messages.getTranslation(key, Messages.CHINESE, args);
    }

    private static String when(Instant at) {
        return at == null ? "—" : WHEN.format(at);
    }

    private static String show(Integer v) {
        return v == null ? "—" : String.valueOf(v);
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private static Font font(float size, Color colour) {
        return new Font(PdfFonts.notoSansSc(), size, Font.NORMAL, colour);
    }

    /** "培训档案 · 姓名 · 第 N 页" at the foot of every page. */
    private static final class Footer extends PdfPageEventHelper {
        private final java.util.function.IntFunction<String> text;

        Footer(java.util.function.IntFunction<String> text) {
            this.text = text;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(text.apply(writer.getPageNumber()), SMALL), document.getPageSize().getWidth() / 2, 30, 0);
        }
    }
}

package org.kefuacademy.records;

import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.audit.AuditLog;
import org.kefuacademy.platform.privacy.PersonalDataSource;
import org.kefuacademy.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The personal data export (个人信息导出, PIPL right of access): a ZIP with {@code data.json} — the
 * account profile and every section of every {@link PersonalDataSource}, times as ISO-8601 strings —
 * and {@code transcript.pdf}. HR and administrators only; every export is audited. For a person
 * already anonymised it holds what is left: the empty shell.
 */
@Service
@Transactional(readOnly = true)
public class PersonalDataExport {
    /** Names the layout of data.json, so a later change of layout can be told apart. */
    static final String FORMAT = "kefu-academy/personal-data/1";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private final List<PersonalDataSource> sources;
    private final AccountService accounts;
    private final TranscriptService transcripts;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    PersonalDataExport(List<PersonalDataSource> sources, AccountService accounts, TranscriptService transcripts, AuditLog audit,
                       CurrentUser currentUser, Clock clock) {
        this.sources = sources.stream().sorted(Comparator.comparing(PersonalDataSource::section)).toList();
        this.accounts = accounts;
        this.transcripts = transcripts;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({Roles.HR, Roles.ADMIN})
    @Transactional
    public byte[] zip(long accountId) {
        AccountSummary person = accounts.findAll(Set.of(accountId)).stream().findFirst()
                .orElseThrow(() -> new UserFacingException("account.not-found", accountId));
        byte[] json = json(person);
        byte[] pdf = transcripts.render(accountId);
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + pdf.length + 1024);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "data.json", json);
            entry(zip, "transcript.pdf", pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditLog.EXPORT_PERSONAL_DATA, accountId, null);
        return out.toByteArray();
    }

    /** The section names every export contains, for the page that explains the export. */
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public Set<String> sections() {
        return new TreeSet<>(sources.stream().map(PersonalDataSource::section).toList());
    }

    private byte[] json(AccountSummary person) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("exportedAt", clock.instant());
        root.put("exportedBy", currentUser.accountId());
        root.put("person", profile(person));
        Map<String, Object> sections = new LinkedHashMap<>();
        for (PersonalDataSource source : sources) {
            sections.put(source.section(), source.export(person.id()));
        }
        root.put("sections", sections);
        return JSON.writeValueAsBytes(root);
    }

    private static Map<String, Object> profile(AccountSummary p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("username", p.username());
        m.put("displayName", p.displayName());
        m.put("employeeNo", p.employeeNo());
        m.put("phone", p.phone());
        m.put("email", p.email());
        m.put("roles", new TreeSet<>(p.roles().stream().map(Enum::name).toList()));
        m.put("enabled", p.enabled());
        return m;
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}

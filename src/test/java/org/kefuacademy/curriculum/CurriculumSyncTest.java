package org.kefuacademy.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kefuacademy.curriculum.domain.CurriculumModuleRepository;
import org.kefuacademy.platform.content.ContentFiles;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.ContentVersionService;
import org.kefuacademy.platform.content.MarkdownRenderer;
import org.kefuacademy.platform.content.SyncReport;
import org.kefuacademy.platform.security.CurrentUser;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reloading a content folder: a broken file is reported with file and line and changes nothing,
 * good files are never blocked by it, a changed file becomes a new version, a removed file retires its page.
 */
class CurriculumSyncTest extends DatabaseTest {
    private static final String W1D2 = "w1d2-role-and-duties";

    @Autowired
    ContentVersionService versions;
    @Autowired
    CurriculumModuleRepository modules;
    @Autowired
    MarkdownRenderer markdown;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    CurriculumSync shippedSync;
    @Autowired
    CurriculumService curriculum;

    @TempDir
    Path root;
    private Path folder;

    @BeforeEach
    void copyTheShippedModules() throws IOException {
        folder = Files.createDirectories(root.resolve("modules"));
        try (Stream<Path> files = Files.list(Path.of("content", "modules"))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
    }

    @AfterEach
    void restoreTheShippedContent() {
        SystemAuthentication.runAsSystem(shippedSync::reload);
    }

    private SyncReport reload() {
        CurriculumSync sync = new CurriculumSync(new ContentFiles(root.toString()), versions, modules, markdown, currentUser, clock);
        return SystemAuthentication.callAsSystem(() -> transactions.execute(status -> sync.reload()));
    }

    @Test
    void a_broken_file_is_reported_with_file_and_line_and_every_other_module_still_works() throws IOException {
        reload();
        Files.writeString(folder.resolve("w9d9-broken.md"), "---\nid: w9d9-broken\nkind: module\nweek: 9\nday: 1\n"
                + "title: 坏文件\nminutes: 60\ncompetences: [teamwork]\nobjectives: [能发现问题]\n---\n正文\n");
        String original = Files.readString(folder.resolve(W1D2 + ".md"));
        Files.writeString(folder.resolve(W1D2 + ".md"), original.replace("---\n\n", "---\n\n补充：本段为新增内容。\n\n"));

        SyncReport report = reload();

        assertThat(report.problems()).extracting(ContentProblem::location, ContentProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("modules/w9d9-broken.md:4", "content.problem.out-of-range"));
        assertThat(report.changed()).containsExactly(W1D2);
        assertThat(report.added()).isEmpty();
        assertThat(report.unchanged()).hasSize(19);
        assertThat(modules.findById("w9d9-broken")).isEmpty();
        signInAs(newAccount("学员", org.kefuacademy.platform.Role.TRAINEE));
        assertThat(curriculum.open(W1D2).rendered().html()).contains("补充：本段为新增内容。");
        assertThat(curriculum.open("w1d1-company-and-service-philosophy").rendered().html()).isNotBlank();
    }

    @Test
    void a_file_broken_after_loading_keeps_its_last_good_version_and_a_removed_file_retires_its_page() throws IOException {
        Files.writeString(folder.resolve("ref-extra.md"), "---\nid: ref-extra\nkind: reference\ntitle: 临时参考页\n"
                + "minutes: 10\ncompetences: [teamwork]\n---\n\n## 内容\n\n一段文字。\n");
        SyncReport first = reload();
        assertThat(first.problems()).isEmpty();
        assertThat(modules.findById("ref-extra").orElseThrow().isActive()).isTrue();
        long goodVersion = modules.findById(W1D2).orElseThrow().getCurrentVersionId();
        Files.writeString(folder.resolve(W1D2 + ".md"), "没有 front matter 的文件\n");
        Files.delete(folder.resolve("ref-extra.md"));

        SyncReport report = reload();

        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.location()).isEqualTo("modules/" + W1D2 + ".md:1"));
        assertThat(modules.findById(W1D2).orElseThrow().getCurrentVersionId()).isEqualTo(goodVersion);
        assertThat(modules.findById(W1D2).orElseThrow().isActive()).isTrue();
        assertThat(report.retired()).containsExactly("ref-extra");
        assertThat(modules.findById("ref-extra").orElseThrow().isActive()).isFalse();
    }

    @Test
    void deleting_a_page_other_pages_link_to_is_reported_on_the_linking_lines() throws IOException {
        Files.delete(folder.resolve("ref-walkie-talkie.md"));
        SyncReport report = reload();
        assertThat(report.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.messageKey()).isEqualTo("content.problem.broken-link");
            assertThat(p.arguments()).containsExactly("ref-walkie-talkie.md");
            assertThat(p.line()).isPositive();
        });
    }

    @Test
    void a_second_module_for_the_same_day_is_rejected_naming_the_first() throws IOException {
        String copy = Files.readString(folder.resolve(W1D2 + ".md")).replace("id: " + W1D2, "id: w1d2-zz-duplicate");
        Files.writeString(folder.resolve("w1d2-zz-duplicate.md"), copy);

        SyncReport report = reload();

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("modules/w1d2-zz-duplicate.md");
            assertThat(p.messageKey()).isEqualTo("content.problem.duplicate-day");
            assertThat(p.arguments()).containsExactly("1", "2", "modules/" + W1D2 + ".md");
        });
    }

    @Test
    void reloading_unchanged_files_creates_no_version() {
        reload();
        int before = versions.history(CurriculumSync.KIND, W1D2).size();
        SyncReport again = reload();
        assertThat(again.added()).isEmpty();
        assertThat(again.changed()).isEmpty();
        assertThat(versions.history(CurriculumSync.KIND, W1D2)).hasSize(before);
    }
}

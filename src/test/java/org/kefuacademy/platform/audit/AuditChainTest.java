package org.kefuacademy.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain in use: lines appended verify; a detail changed or a line removed with plain SQL is found
 * at that line; appends from several threads at once still form one chain. Each tampering test puts
 * the row back afterwards, because the chain (like the database) is shared by the whole suite.
 */
class AuditChainTest extends DatabaseTest {
    @Autowired
    AuditLog audit;
    @Autowired
    AuditChain chain;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private AuditChain.Result verifyAsAdmin() {
        return SystemAuthentication.callAsSystem(chain::verify);
    }

    private long appendThree(String tag) {
        SystemAuthentication.runAsSystem(() -> {
            audit.record(AuditLog.VIEW_RECORD, 1L, tag + " 第一条");
            audit.record(AuditLog.VIEW_RECORD, null, tag + " 第二条");
            audit.record(AuditLog.ANONYMISE, 2L, null);
        });
        return jdbc.queryForObject("select id from audit_log where detail = ?", Long.class, tag + " 第二条");
    }

    @Test
    void lines_appended_in_order_verify_and_link_to_each_other() {
        String tag = unique("顺序");
        long middle = appendThree(tag);

        AuditChain.Result result = verifyAsAdmin();
        assertThat(result.intact()).as(result.toString()).isTrue();
        assertThat(result.checked()).isGreaterThanOrEqualTo(3);
        Map<String, Object> row = jdbc.queryForMap("select prev_hash, entry_hash from audit_log where id = ?", middle);
        String before = jdbc.queryForObject("select entry_hash from audit_log where id = (select max(id) from audit_log where id < ?)", String.class, middle);
        assertThat(row.get("prev_hash")).isEqualTo(before);
        assertThat((String) row.get("entry_hash")).hasSize(64).isNotEqualTo(before);
    }

    @Test
    void a_detail_changed_with_plain_sql_is_found_at_that_line() {
        long middle = appendThree(unique("篡改"));
        String original = jdbc.queryForObject("select detail from audit_log where id = ?", String.class, middle);
        jdbc.update("update audit_log set detail = ? where id = ?", "无人查看过此档案", middle);
        try {
            AuditChain.Result result = verifyAsAdmin();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenEntryId()).isEqualTo(middle);
            assertThat(result.problem()).isEqualTo(AuditChain.Problem.ALTERED);
        } finally {
            jdbc.update("update audit_log set detail = ? where id = ?", original, middle);
        }
        assertThat(verifyAsAdmin().intact()).isTrue();
    }

    @Test
    void another_field_changed_is_found_too() {
        long middle = appendThree(unique("改人"));
        jdbc.update("update audit_log set actor_id = actor_id + 1000 where id = ?", middle);
        try {
            AuditChain.Result result = verifyAsAdmin();
            assertThat(result.brokenEntryId()).isEqualTo(middle);
            assertThat(result.problem()).isEqualTo(AuditChain.Problem.ALTERED);
        } finally {
            jdbc.update("update audit_log set actor_id = actor_id - 1000 where id = ?", middle);
        }
    }

    @Test
    void a_removed_line_is_found_at_the_line_after_it() {
        long middle = appendThree(unique("删除"));
        Map<String, Object> row = jdbc.queryForMap("select * from audit_log where id = ?", middle);
        long next = jdbc.queryForObject("select min(id) from audit_log where id > ?", Long.class, middle);
        jdbc.update("delete from audit_log where id = ?", middle);
        try {
            AuditChain.Result result = verifyAsAdmin();
            assertThat(result.brokenEntryId()).isEqualTo(next);
            assertThat(result.problem()).isEqualTo(AuditChain.Problem.LINK_BROKEN);
        } finally {
            putBack(row);
        }
        assertThat(verifyAsAdmin().intact()).isTrue();
    }

    @Test
    void the_last_line_removed_is_found_by_the_chain_head() {
        appendThree(unique("末尾"));
        long last = jdbc.queryForObject("select max(id) from audit_log", Long.class);
        Map<String, Object> row = jdbc.queryForMap("select * from audit_log where id = ?", last);
        jdbc.update("delete from audit_log where id = ?", last);
        try {
            AuditChain.Result result = verifyAsAdmin();
            assertThat(result.brokenEntryId()).isEqualTo(last);
            assertThat(result.problem()).isEqualTo(AuditChain.Problem.MISSING_AT_END);
        } finally {
            putBack(row);
        }
        assertThat(verifyAsAdmin().intact()).isTrue();
    }

    @Test
    void a_line_written_around_the_chain_is_found() {
        jdbc.update("insert into audit_log (actor_id, action, subject_account_id, detail, at) values (1, 'VIEW_RECORD', null, '伪造', current_timestamp)");
        long forged = jdbc.queryForObject("select max(id) from audit_log", Long.class);
        try {
            AuditChain.Result result = verifyAsAdmin();
            assertThat(result.brokenEntryId()).isEqualTo(forged);
            assertThat(result.problem()).isEqualTo(AuditChain.Problem.NOT_CHAINED);
        } finally {
            jdbc.update("delete from audit_log where id = ?", forged);
        }
    }

    @Test
    void appends_from_several_threads_at_once_still_form_one_chain() throws Exception {
        String tag = unique("并发");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int thread = t;
                work.add(pool.submit(() -> SystemAuthentication.runAsSystem(() -> {
                    for (int i = 0; i < 15; i++) {
                        audit.record(AuditLog.VIEW_RECORD, (long) thread, tag + " " + thread + "-" + i);
                    }
                })));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_log where detail like ?", Long.class, tag + "%")).isEqualTo(90);
        AuditChain.Result result = verifyAsAdmin();
        assertThat(result.intact()).as(result.toString()).isTrue();
    }

    @Test
    void a_transaction_holds_the_chain_only_while_it_commits_and_a_rolled_back_one_leaves_nothing() throws Exception {
        String tag = unique("长事务");
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // A long transaction records its line first, then goes on working (here: waiting) and rolls back.
            Future<?> longOne = pool.submit(() -> SystemAuthentication.runAsSystem(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                audit.record(AuditLog.VIEW_RECORD, 1L, tag + " 回滚");
                recorded.countDown();
                await(release);
                status.setRollbackOnly();
            })));
            assertThat(recorded.await(10, TimeUnit.SECONDS)).isTrue();

            // Meanwhile another action's line is written at once: the long one does not hold the head.
            SystemAuthentication.runAsSystem(() -> audit.record(AuditLog.VIEW_RECORD, 1L, tag + " 并行"));
            assertThat(jdbc.queryForObject("select count(*) from audit_log where detail = ?", Integer.class, tag + " 并行")).isEqualTo(1);

            release.countDown();
            longOne.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_log where detail = ?", Integer.class, tag + " 回滚")).isZero();
        AuditChain.Result result = verifyAsAdmin();
        assertThat(result.intact()).as(result.toString()).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void an_anonymised_detail_still_verifies() {
        String tag = unique("匿名");
        appendThree(tag);
        jdbc.update("update audit_log set detail = null where detail like ?", tag + "%");
        assertThat(verifyAsAdmin().intact()).isTrue();
    }

    @Test
    void only_administrators_verify() {
        AccountSummary hr = newAccount("人事 " + unique("h"), Role.HR);
        signInAs(hr);
        assertThatThrownBy(chain::verify).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_command_line_check_exits_with_zero_when_intact() {
        appendThree(unique("命令"));
        assertThat(new AuditChainCommand(chain, null).verifyAndReport()).isZero();
    }

    private void putBack(Map<String, Object> row) {
        jdbc.update("insert into audit_log (id, actor_id, action, subject_account_id, detail, at, detail_hash, prev_hash, entry_hash) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("id"), row.get("actor_id"), row.get("action"),
                row.get("subject_account_id"), row.get("detail"), row.get("at"), row.get("detail_hash"), row.get("prev_hash"), row.get("entry_hash"));
    }
}

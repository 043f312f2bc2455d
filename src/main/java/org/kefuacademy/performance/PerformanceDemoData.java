package org.kefuacademy.performance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.kefuacademy.demo.DemoAccounts;
import org.kefuacademy.demo.DemoUsers;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.performance.domain.PerformanceReview;
import org.kefuacademy.performance.domain.PerformanceReviewRepository;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo reviews: last month's graduate He reviewed by HR for last month (good scores, a reward); a
 * mid-term review of this month's Zhou (response time over target, retraining on the repair process
 * due next week) and of Li (every target met). Chen is not reviewed yet.
 */
@Component
@Profile("demo")
@Order(25)
class PerformanceDemoData implements ApplicationRunner {
    private final DemoUsers demoUsers;
    private final CohortService cohorts;
    private final PerformanceReviewRepository reviews;
    private final Clock clock;

    PerformanceDemoData(DemoUsers demoUsers, CohortService cohorts, PerformanceReviewRepository reviews, Clock clock) {
        this.demoUsers = demoUsers;
        this.cohorts = cohorts;
        this.reviews = reviews;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (reviews.count() > 0) {
            return;
        }
        SystemAuthentication.runAsSystem(this::seed);
    }

    private void seed() {
        LocalDate today = LocalDate.now(clock);
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        PerformanceReview he = review(DemoAccounts.GRADUATE, DemoAccounts.HR, PeriodKind.MONTH, lastMonth.atDay(1), lastMonth.atEndOfMonth());
        he.scores(5, 4, 5);
        he.targets(new BigDecimal("96.5"), new BigDecimal("100.0"), new BigDecimal("6.5"));
        he.remarks("结业后独立值班表现稳定：接待规范、回访及时，本月收到两封业主表扬信。工作效率还可以再提高，高峰时段录单稍慢。",
                "评为月度“服务之星”，奖励 300 元", null, null, id(DemoAccounts.HR), noon(lastMonth.atEndOfMonth().plusDays(2)));
        reviews.save(he);

        LocalDate start = cohorts.cohortsOf(id(DemoAccounts.TRAINEE_BEHIND)).getFirst().startDate();
        LocalDate end = today.minusDays(1).isAfter(start) ? today.minusDays(1) : today;
        PerformanceReview zhou = review(DemoAccounts.TRAINEE_BEHIND, DemoAccounts.TRAINER, PeriodKind.CUSTOM, start, end);
        zhou.scores(3, 2, 3);
        zhou.targets(new BigDecimal("88.0"), new BigDecimal("100.0"), new BigDecimal("30.5"));
        zhou.remarks("服务态度端正，但报修受理常漏问关键信息，派单后跟进不及时，平均响应超过 24 小时的目标；满意度略低于 90%。",
                null, "安排再培训：报修流程（受理要点、派单时限、完工回访），由师傅王建国带练", today.plusWeeks(1),
                id(DemoAccounts.TRAINER), noon(end));
        reviews.save(zhou);

        PerformanceReview li = review(DemoAccounts.TRAINEE_AHEAD, DemoAccounts.TRAINER_2, PeriodKind.CUSTOM, start, end);
        li.scores(5, 4, 4);
        li.targets(new BigDecimal("95.0"), new BigDecimal("100.0"), new BigDecimal("12.0"));
        li.remarks("学习进度领先，接待和电话用语规范，报修单填写完整。投诉处理时承诺时限要更具体。", "入职期间表现突出，班组内通报表扬",
                null, null, id(DemoAccounts.TRAINER_2), noon(end));
        reviews.save(li);
    }

    private PerformanceReview review(DemoAccounts.Demo person, DemoAccounts.Demo reviewer, PeriodKind kind, LocalDate start, LocalDate end) {
        PerformanceReview r = new PerformanceReview(id(person), id(reviewer), noon(end));
        r.period(kind.name(), start, end);
        return r;
    }

    private static java.time.Instant noon(LocalDate date) {
        return date.atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    private long id(DemoAccounts.Demo who) {
        return demoUsers.user(who).accountId();
    }
}

package org.kefuacademy.records;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.kefuacademy.demo.DemoAccounts;
import org.kefuacademy.demo.DemoUsers;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.kefuacademy.records.domain.WeeklySummary;
import org.kefuacademy.records.domain.WeeklySummaryRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo weekly summaries, dated on each week's last training day as if written then: Li has written
 * every past week (the trainer commented on week 1), Chen week 1 only, Zhou none (overdue), and last
 * month's graduate all four.
 */
@Component
@Profile("demo")
@Order(23)
class SummaryDemoData implements ApplicationRunner {
    private final DemoUsers demoUsers;
    private final CohortService cohorts;
    private final WeeklySummaryRepository summaries;
    private final Clock clock;

    SummaryDemoData(DemoUsers demoUsers, CohortService cohorts, WeeklySummaryRepository summaries, Clock clock) {
        this.demoUsers = demoUsers;
        this.cohorts = cohorts;
        this.summaries = summaries;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (summaries.count() > 0) {
            return;
        }
        SystemAuthentication.runAsSystem(() -> {
            long trainer = id(DemoAccounts.TRAINER);
            write(DemoAccounts.TRAINEE_AHEAD, 2, trainer);
            write(DemoAccounts.TRAINEE_ON_TRACK, 1, 0);
            write(DemoAccounts.GRADUATE, 4, trainer);
        });
    }

    private void write(DemoAccounts.Demo who, int weeks, long commenter) {
        long account = id(who);
        CohortSummary cohort = cohorts.cohortsOf(account).getFirst();
        LocalDate today = LocalDate.now(clock);
        for (int w = 1; w <= weeks; w++) {
            LocalDate due = cohort.calendar().dateOf(w, 4);
            if (due.isAfter(today)) {
                break;
            }
            var at = due.atTime(17, 30).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
            WeeklySummary s = new WeeklySummary(account, cohort.id(), w, TEXTS[(w - 1) % TEXTS.length], at);
            if (commenter > 0 && w == 1) {
                s.comment("总结得很具体。下周把“首问负责”落实到每一次接待里，遇到不会的先记下来再跟进。", commenter, at.plusSeconds(3600 * 18));
            }
            summaries.save(s);
        }
    }

    private long id(DemoAccounts.Demo who) {
        return demoUsers.user(who).accountId();
    }

    private static final String[] TEXTS = {
        "这周了解了公司的服务理念和质量目标，记住了满意度不低于90%、投诉处理率100%。跟着师傅接了几次电话，发现自己报单位和姓名时语速太快，下周要放慢。",
        "学了服务礼仪和投诉处理的步骤。模拟投诉时我急着解释原因，被讲师提醒要先让业主把话说完、先致歉。下周练习复述确认。",
        "业务知识这周内容最多，应急预案的顺序还背得不熟，特别是电梯困人要先安抚、再报维保。已经把流程图抄在本子上每天复习。",
        "实操周三次演练都完成了，模拟电话得分最高。还需要改进的是投诉升级时机的判断，结业后继续跟师傅学习。"
    };
}

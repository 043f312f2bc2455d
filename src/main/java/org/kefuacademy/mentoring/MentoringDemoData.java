package org.kefuacademy.mentoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.kefuacademy.demo.DemoAccounts;
import org.kefuacademy.demo.DemoUsers;
import org.kefuacademy.mentoring.domain.MentorAssignment;
import org.kefuacademy.mentoring.domain.MentorAssignmentRepository;
import org.kefuacademy.mentoring.domain.MentoringSession;
import org.kefuacademy.mentoring.domain.MentoringSessionRepository;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.TrainingCalendar;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mentoring, dated as if logged on the day: Sun mentors Li and Chen from the cohort's first day
 * (Li's latest session waits for her confirmation), Wang mentors Zhou, and Sun mentored last month's
 * graduate He, every session confirmed, until the cohort ended.
 */
@Component
@Profile("demo")
@Order(24)
class MentoringDemoData implements ApplicationRunner {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final DemoUsers demoUsers;
    private final CohortService cohorts;
    private final MentorAssignmentRepository assignments;
    private final MentoringSessionRepository sessions;
    private final Clock clock;

    MentoringDemoData(DemoUsers demoUsers, CohortService cohorts, MentorAssignmentRepository assignments,
                      MentoringSessionRepository sessions, Clock clock) {
        this.demoUsers = demoUsers;
        this.cohorts = cohorts;
        this.assignments = assignments;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (assignments.count() > 0) {
            return;
        }
        SystemAuthentication.runAsSystem(this::seed);
    }

    private void seed() {
        long hr = id(DemoAccounts.HR);
        long sun = id(DemoAccounts.TRAINER_2);
        long wang = id(DemoAccounts.TRAINER);
        long li = id(DemoAccounts.TRAINEE_AHEAD);
        TrainingCalendar running = calendarOf(li);
        var liPair = assign(li, sun, running, hr);
        log(liPair, running, 1, 2, true, "前台接待：来访登记与首问负责",
                "一起在前台接待了三批来访人员。小李主动问候、问清来访事由并致电业主核实，登记完整。提醒她：联系不上业主时，不能凭访客一句“认识”就放行，要按来访登记流程处理。",
                "熟记来访登记表各栏的含义；下次由她独立接待两批访客，我在旁边观察。");
        log(liPair, running, 2, 1, true, "报修派单：卫生间漏水的受理与派单",
                "一起处理 6 栋一户卫生间漏水的报修。她问清了漏水位置、是否影响楼下、方便上门的时间，录单准确；派单时漏填了联系电话，已当场补上。",
                "练习报修单五要素（地址、现象、紧急程度、联系人、预约时间），周四抽查三张单。");
        log(liPair, running, 2, 4, true, "电话接听：来电记录与答复时限",
                "旁听她接了 8 个来电，开场报单位和工号都做到了，语速比上周放慢。有业主询问物业费明细，她拿不准时先记录、约定时间再答复，处理得当。",
                "整理常见咨询问题的标准答复，下周二前交给我看。");
        log(liPair, running, 3, 1, false, "投诉处理：车位被占投诉的复盘",
                "复盘上周末一起车位被占的投诉。她先安抚情绪、复述业主诉求，做得好；但对业主说“马上解决”不妥，应说明具体处理时限和由谁跟进。",
                "按投诉处理步骤写一份复盘；周四模拟演练时再练一次。");
        long chen = id(DemoAccounts.TRAINEE_ON_TRACK);
        var chenPair = assign(chen, sun, running, hr);
        log(chenPair, running, 1, 3, true, "前台接待：业主资料与保密要求",
                "讲解业主档案的查询权限和保密要求。陈浩系统操作上手快，但有访客打听业主电话时差点随口回答，已当场纠正：一律不透露，可以代为转达。",
                "背熟保密要求；遇到打听业主信息的情况，先请示再答复。");
        log(chenPair, running, 2, 3, true, "报修派单：公共区域报修与完工回访",
                "跟着工程部处理电梯厅灯具损坏的公共报修，学会在系统里标记公共区域、跟踪完工时间。完工后他主动给报修人回电，值得肯定。",
                "本周内独立完成两单公共区域报修的全流程。");
        long zhou = id(DemoAccounts.TRAINEE_BEHIND);
        var zhouPair = assign(zhou, wang, running, hr);
        log(zhouPair, running, 1, 4, true, "报修派单：受理时要问清的信息",
                "周婷受理报修时容易漏问关键信息。对照报修单逐项过了一遍，再用两个真实案例练习受理对话。",
                "每天复习一遍报修流程图，下周抽查。");
        log(zhouPair, running, 2, 2, true, "服务礼仪：电话文明用语",
                "一起听通话录音找问题：语气偏急，少用“请稍等”“感谢您的来电”等文明用语。示范之后她重新练了三遍，明显好转。",
                "把文明用语和服务忌语清单贴在工位上，每次接电话前看一眼。");
        long he = id(DemoAccounts.GRADUATE);
        TrainingCalendar past = calendarOf(he);
        var hePair = assign(he, sun, past, hr);
        log(hePair, past, 1, 2, true, "前台接待：岗位职责与首问负责制",
                "带她熟悉前台岗位职责和交接班要求。讲清首问负责制：谁接到的问题谁跟到底，转给其他部门也要回访确认结果。",
                "交接班时按清单逐项交接，连续一周由我签字确认。");
        log(hePair, past, 2, 3, true, "投诉处理：夜间噪音投诉的接待与回访",
                "一起处理一起夜间装修噪音投诉：先致歉、记录时间和位置，再联系秩序维护部到场劝止，次日上午回访业主。她的回访话术很自然。",
                "把这次投诉整理成案例，在班组分享。");
        log(hePair, past, 3, 2, true, "应急处置：电梯困人来电的处理顺序",
                "用模拟来电练习电梯困人处置：安抚被困人员、问清楼栋和梯号、通知维保单位和工程部、持续通话直到救出。顺序一次就答对。",
                "熟记维保单位的紧急电话和到场时限。");
        log(hePair, past, 4, 2, true, "结业准备：模拟接待与综合考核复习",
                "结业考核前做了一次完整的模拟接待，从问候、登记到送别都很规范。提醒她面对情绪激动的业主时语速再放慢一些。",
                "结业后继续按月和我复盘一次典型投诉。");
        assignments.findById(hePair.getId()).ifPresent(a -> {
            a.end(past.dateOf(TrainingCalendar.WEEKS, TrainingCalendar.DAYS_PER_WEEK));
            assignments.save(a);
        });
    }

    private MentorAssignment assign(long trainee, long mentor, TrainingCalendar calendar, long hr) {
        LocalDate start = calendar.dateOf(1, 1);
        return assignments.save(new MentorAssignment(trainee, mentor, start, hr, at(start.minusDays(3), 10)));
    }

    /** A session on a training day, logged that evening and (if confirmed) confirmed by the trainee next morning. */
    private void log(MentorAssignment a, TrainingCalendar calendar, int week, int day, boolean confirmed, String topic, String notes,
                     String next) {
        LocalDate held = calendar.dateOf(week, day);
        if (held.isAfter(LocalDate.now(clock))) {
            return;
        }
        MentoringSession s = new MentoringSession(a, held, topic, notes, next, at(held, 17));
        Instant confirmedAt = at(held.plusDays(1), 9);
        if (confirmed && confirmedAt.isBefore(clock.instant())) {
            s.confirm(confirmedAt);
        }
        sessions.save(s);
    }

    private TrainingCalendar calendarOf(long trainee) {
        return cohorts.cohortsOf(trainee).getFirst().calendar();
    }

    private static Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 20).atZone(SHANGHAI).toInstant();
    }

    private long id(DemoAccounts.Demo who) {
        return demoUsers.user(who).accountId();
    }
}

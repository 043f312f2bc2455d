package org.kefuacademy.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.kefuacademy.demo.DemoAccounts;
import org.kefuacademy.demo.DemoUsers;
import org.kefuacademy.evaluation.domain.SurveyAnswer;
import org.kefuacademy.evaluation.domain.SurveyAnswerRepository;
import org.kefuacademy.evaluation.domain.SurveyResponse;
import org.kefuacademy.evaluation.domain.SurveyResponseRepository;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.people.TrainingCalendar;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo survey responses, dated on each week's last training day as if given then: Li answered weeks 1–2,
 * Chen week 1, Zhou nothing; last month's graduate every week and the final survey.
 */
@Component
@Profile("demo")
@Order(26)
class SurveyDemoData implements ApplicationRunner {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final DemoUsers demoUsers;
    private final CohortService cohorts;
    private final SurveyTemplates templates;
    private final SurveyResponseRepository responses;
    private final SurveyAnswerRepository answers;
    private final Clock clock;

    SurveyDemoData(DemoUsers demoUsers, CohortService cohorts, SurveyTemplates templates, SurveyResponseRepository responses,
                   SurveyAnswerRepository answers, Clock clock) {
        this.demoUsers = demoUsers;
        this.cohorts = cohorts;
        this.templates = templates;
        this.responses = responses;
        this.answers = answers;
        this.clock = clock;
    }

    /** One demo response: the scale scores in question order, then the open answers (null = skipped). */
    private record Given(int week, int[] scores, String... texts) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (responses.count() > 0) {
            return;
        }
        SystemAuthentication.runAsSystem(() -> {
            answer(DemoAccounts.TRAINEE_AHEAD,
                    new Given(1, new int[] {5, 4, 5, 5, 4, 5, 5},
                            "首问责任制讲得很透：业主找到我，不管是不是我这个岗位的事，我都要负责跟到有结果。以前我以为把电话转给工程部就算办完了。",
                            "报修、投诉、回访几张流程图容易混，希望再做一次流程排序的小练习。", null),
                    new Given(2, new int[] {5, 3, 5, 4, 5, 5, 4},
                            "模拟投诉时讲师演的业主一上来就拍桌子，我学会了先让对方把话说完、先致歉，而不是急着解释原因。",
                            null, "周三下午的礼仪课内容偏多，站姿、手势、对讲机用语挤在一起，练习时间不够。"));
            answer(DemoAccounts.TRAINEE_ON_TRACK,
                    new Given(1, new int[] {4, 3, 4, 3, 4, 4, 4},
                            "知道了满意度、投诉处理率和24小时内响应这几个目标是怎么来的，接电话时心里更有数。",
                            "业主档案那部分讲得有点快，哪些信息可以查、哪些绝对不能外传，还是有些模糊。",
                            "在手机上看课件时流程图的字偏小，希望能点开放大。"));
            answer(DemoAccounts.GRADUATE,
                    new Given(1, new int[] {4, 4, 4, 4, 3, 4, 4},
                            "第一次看清楚一张报修单从登记、派单到回访要经过哪些人、每一步谁负责。",
                            "钥匙借用和物品放行的登记要求有点记混了。", null),
                    new Given(2, new int[] {5, 4, 5, 5, 4, 5, 5},
                            "服务忌语那一课对我触动很大，我发现自己平时说“这不归我们管”说得太顺口了。", null,
                            "希望礼仪练习能录像回放，自己看一遍比听点评更直观。"),
                    new Given(3, new int[] {4, 2, 4, 4, 4, 5, 4},
                            "电梯困人的处置顺序：先安抚，问清楼栋和被困人数，马上通知维保，全程保持通话。现在已经记得很牢。",
                            "法规那天内容太密，民法典里物业服务合同一章只讲了一个小时，没有消化完。",
                            "第三周节奏偏快，建议把安全知识拆成两天，多留一点做练习的时间。"),
                    new Given(4, new int[] {5, 4, 5, 5, 5, 5, 5},
                            "模拟接听电话时讲师故意连着打进两个电话，让我练习怎样礼貌地请第一位业主稍等，特别真实。", null, null),
                    new Given(SurveyWindow.FINAL, new int[] {4, 5, 5, 5, 4, 5, 4, 5},
                            "情景演练最有价值。深夜噪音投诉那个场景我在平台上反复练了好几次，后来跟岗值夜班真遇到了，一点也不慌。",
                            "第三周的法规内容太集中，建议提前发阅读材料，或者把一部分放到线上自学，课堂上多讲案例。"));
        });
    }

    private void answer(DemoAccounts.Demo who, Given... given) {
        long account = demoUsers.user(who).accountId();
        CohortSummary cohort = cohorts.cohortsOf(account).getFirst();
        TrainingCalendar calendar = cohort.calendar();
        LocalDate today = LocalDate.now(clock);
        for (Given g : given) {
            LocalDate day = g.week() == SurveyWindow.FINAL ? calendar.dateOf(TrainingCalendar.WEEKS, TrainingCalendar.DAYS_PER_WEEK)
                    : calendar.dateOf(g.week(), TrainingCalendar.DAYS_PER_WEEK);
            if (day.isAfter(today)) {
                break;
            }
            SurveyTemplates.Current template = templates.current(SurveyWindow.kindOf(g.week())).orElse(null);
            if (template == null) {
                return;
            }
            Instant at = day.atTime(18, g.week() == SurveyWindow.FINAL ? 40 : 10).atZone(SHANGHAI).toInstant();
            SurveyResponse r = responses.save(new SurveyResponse(account, cohort.id(), g.week(), template.key(), template.versionId(), at));
            int scale = 0;
            int open = 0;
            for (SurveyTemplate.Question q : template.template().questions()) {
                if (q.kind() == SurveyTemplate.QuestionKind.SCALE && scale < g.scores().length) {
                    answers.save(new SurveyAnswer(r.getId(), q.no(), g.scores()[scale++], null));
                } else if (q.kind() == SurveyTemplate.QuestionKind.OPEN && open < g.texts().length) {
                    String text = g.texts()[open++];
                    if (text != null) {
                        answers.save(new SurveyAnswer(r.getId(), q.no(), null, text));
                    }
                }
            }
        }
    }
}

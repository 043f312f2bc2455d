package org.kefuacademy.perf;

import java.util.List;
import java.util.Random;

/** Weekly summaries and trainers' comments, put together from sentences a trainee or trainer might write. */
final class Texts {
    private static final List<List<String>> LEARNED = List.of(
            List.of("这周了解了公司的发展历程和服务理念，对“业主满意是第一标准”有了更具体的认识。",
                    "熟悉了首问责任制，接到业主的问题不能推给别人，要跟到底。",
                    "把报修、投诉、回访几个流程的节点都抄在了本子上，接待时心里更有底了。"),
            List.of("学习了服务礼仪和沟通技巧，站姿、问候语和电话用语都练习了很多遍。",
                    "投诉处理的步骤记住了：先倾听、再致歉、再记录、给时限、最后回访。",
                    "发现自己说话语速偏快，练习时有意放慢，业主更容易听清楚。"),
            List.of("学习了物业管理相关法规，知道了哪些事情物业可以管、哪些需要业主大会决定。",
                    "应急处置这一天印象很深，电梯困人和火警的处理顺序一定要背熟。",
                    "安全巡查的要点比想象的多，消防通道和配电房都要重点关注。"),
            List.of("参加了模拟接待和模拟投诉演练，第一次面对“生气的业主”还是有点紧张。",
                    "模拟电话时忘记复述业主的诉求，讲师提醒后第二遍做得更完整。",
                    "综合考核前把四周的笔记重新过了一遍，理论部分比较有把握。"));
    private static final List<String> PLANS = List.of(
            "下周打算多听几段老员工的来电录音，学习他们怎么安抚情绪。",
            "还需要加强对收费政策的理解，遇到欠费问题时解释得更清楚。",
            "准备把常用的礼貌用语和禁忌用语整理成卡片，上岗前再熟悉一下。",
            "希望有机会跟着师傅值一次夜班，了解夜间突发情况的处理。");
    private static final List<String> COMMENTS = List.of(
            "总结写得很具体，继续保持。投诉处理时记得先共情再讲规定。",
            "进步明显，演练中语气自然了很多。下周重点练习电话复述。",
            "流程掌握得不错，注意登记信息要完整，房号和联系电话缺一不可。",
            "本周测评有几道法规题失分，建议回看第三周第二天的模块。");

    private Texts() {
    }

    static String summary(Random random, int week) {
        List<String> learned = LEARNED.get(week - 1);
        return learned.get(random.nextInt(learned.size())) + learned.get(random.nextInt(learned.size()))
                + PLANS.get(random.nextInt(PLANS.size()));
    }

    static String comment(Random random) {
        return COMMENTS.get(random.nextInt(COMMENTS.size()));
    }
}

package org.kefuacademy.roleplay.engine;

import org.kefuacademy.platform.content.SourceFile;

/** Small scenarios written for the engine and parser tests. */
public final class TestScenarios {
    public static final String HEAD = """
            ---
            id: t
            kind: scenario
            title: 测试情景
            channel: phone
            persona: 刘女士
            mood: 40
            week: 2
            competences: [complaints, communication]
            summary: 用于测试
            ---

            情景说明。

            """;

    /** Choices with conditions, a timer, a reply routed by quality, flags and three endings. */
    public static final String CALL = HEAD + """
            ## ring
            （电话响了）
            timer: 9
            timeout: late
            timeout-effects: mood -10, service-attitude -2
            - 您好，安居物业客服中心，我是小李。 -> listen
              effects: communication +2, service-attitude +1, mood +10
              feedback: 问候并自报家门。
            - 喂？ -> listen
              effects: etiquette -2, mood -5, set rude
              feedback: 没有问候。

            ## late
            > 刘女士：怎么这么久才接！
            go: listen

            ## listen
            > 刘女士：楼上又在吵，都快十二点了！
            - 实在抱歉，影响您休息了。 -> reply
              effects: complaints +3, mood +10
              feedback: 先致歉。
            - 您跟楼上自己商量一下吧。 -> angry
              effects: complaints -3, mood -20
              feedback: 推诿。
            - 我明白您的心情，我马上派人上去。 -> reply
              if: mood >= 50 and not flag rude
              effects: complaints +2, communication +2, mood +5
              feedback: 共情并行动。

            ## reply
            > 刘女士：那你们打算怎么办？
            reply: 告诉刘女士你会怎么处理、多久回电。
            expect: apology, promise-time
            effects: complaints +4, communication +2, mood +20
            go: good if reply >= 100
            go: so-so if reply >= 50
            go: angry

            ## angry
            > 刘女士：你这什么态度！我要投诉！
            go: complaint if flag rude
            go: unresolved

            ## good
            ending: resolved
            > 刘女士：好，我等你电话。

            model:
            问候、致歉、承诺时间。

            ## so-so
            ending: resolved
            > 刘女士：行吧。

            model:
            承诺具体的回电时间。

            ## unresolved
            ending: unresolved
            > 刘女士：算了。

            model:
            不要推诿。

            ## complaint
            ending: complaint
            > 刘女士：我明天就去投诉。

            model:
            接电话先问候。
            """;

    private TestScenarios() {
    }

    static SourceFile file(String text) {
        return new SourceFile("scenarios/t.md", "t", text);
    }

    static Scenario parse(String text) {
        ScenarioParser.Outcome outcome = new ScenarioParser().parse(file(text));
        if (outcome.scenario() == null) {
            throw new AssertionError("Test scenario rejected: " + outcome.problems());
        }
        return outcome.scenario();
    }

    /** The 1-based file line of the first line containing the fragment. */
    static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("No line contains " + fragment);
    }
}

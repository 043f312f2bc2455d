package org.kefuacademy.perf.jmh;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.kefuacademy.platform.content.ContentFiles;
import org.kefuacademy.roleplay.engine.Node;
import org.kefuacademy.roleplay.engine.RunState;
import org.kefuacademy.roleplay.engine.Scenario;
import org.kefuacademy.roleplay.engine.ScenarioEngine;
import org.kefuacademy.roleplay.engine.ScenarioParser;
import org.kefuacademy.roleplay.engine.StepResult;
import org.kefuacademy.roleplay.reply.Lexicon;
import org.kefuacademy.roleplay.reply.LexiconParser;
import org.kefuacademy.roleplay.reply.ReplyAnalysis;
import org.kefuacademy.roleplay.reply.ReplyAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One turn of the role-play simulator on the shipped scenario {@code angry-owner-desk} and the shipped
 * lexicons: the analysis of a trainee's free-text reply (service steps, polite and taboo phrases), the
 * whole reply step as {@code RoleplayService} runs it (analysis, then the engine's scoring and routing),
 * and a multiple-choice step.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RoleplayBenchmark {
    /** A good answer at the node "mother" (apologise, show understanding, restate, say it is recorded): 118 characters. */
    static final String REPLY = "黄先生，实在对不起，让您和老人家受累了，换成是我也会着急。我跟您核对一下：这一周电梯坏了两次，"
            + "老人只能爬楼梯上下，您的车位还被别人占了，是这样吧？这些我都已经登记下来了，马上转给工程部和秩序维护部处理。";

    private ReplyAnalyzer analyzer;
    private ScenarioEngine engine;
    private RunState atReply;
    private RunState atChoice;
    private int choice;

    @Setup
    public void load() {
        ContentFiles files = ShippedContent.files();
        LexiconParser lexicons = new LexiconParser();
        Lexicon steps = lexicons.parse(ShippedContent.file(files, "lexicon", "steps")).lexicon();
        Lexicon polite = lexicons.parse(ShippedContent.file(files, "lexicon", "polite")).lexicon();
        Lexicon taboo = lexicons.parse(ShippedContent.file(files, "lexicon", "taboo")).lexicon();
        analyzer = new ReplyAnalyzer(steps, polite, taboo);
        Scenario scenario = new ScenarioParser().parse(ShippedContent.file(files, "scenarios", "angry-owner-desk")).scenario();
        engine = new ScenarioEngine(scenario);
        atChoice = engine.start().state();
        choice = engine.visibleChoices(atChoice).getFirst();
        atReply = firstReplyNode(atChoice);
        ReplyAnalysis analysis = analyse();
        if (analysis.percentOf(engine.current(atReply).reply().expected()) < 100 || !analysis.taboo().isEmpty()) {
            throw new IllegalStateException("the sample reply should meet every expected step: " + analysis);
        }
    }

    /** The first reply node reached by choosing, breadth first from the opening. */
    private RunState firstReplyNode(RunState from) {
        Deque<RunState> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        queue.add(from);
        while (!queue.isEmpty()) {
            RunState state = queue.poll();
            Node node = engine.current(state);
            if (node.kind() == Node.Kind.REPLY) {
                return state;
            }
            if (state.finished() || node.kind() != Node.Kind.CHOICE || !seen.add(node.id())) {
                continue;
            }
            for (int i : engine.visibleChoices(state)) {
                queue.add(engine.choose(state, i).state());
            }
        }
        throw new IllegalStateException("no reply node reachable in angry-owner-desk");
    }

    @Benchmark
    public ReplyAnalysis analyse() {
        return analyzer.analyse(REPLY, engine.current(atReply).reply().expected());
    }

    @Benchmark
    public StepResult replyStep() {
        return engine.reply(atReply, REPLY, analyse());
    }

    @Benchmark
    public StepResult choiceStep() {
        return engine.choose(atChoice, choice);
    }
}

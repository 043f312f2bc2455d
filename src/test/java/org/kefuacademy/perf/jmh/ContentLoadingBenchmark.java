package org.kefuacademy.perf.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.kefuacademy.assessment.AssessmentDefinitionParser;
import org.kefuacademy.assessment.QuestionBankParser;
import org.kefuacademy.competence.FrameworkParser;
import org.kefuacademy.curriculum.ModuleParser;
import org.kefuacademy.evaluation.SurveyTemplateParser;
import org.kefuacademy.observation.ChecklistParser;
import org.kefuacademy.platform.content.ContentFiles;
import org.kefuacademy.platform.content.ContentHash;
import org.kefuacademy.platform.content.MarkdownRenderer;
import org.kefuacademy.platform.content.SourceFile;
import org.kefuacademy.roleplay.engine.ScenarioParser;
import org.kefuacademy.roleplay.reply.LexiconParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The parsing part of start-up's content sync, on everything under {@code content/}: each folder read
 * from disk by {@link ContentFiles}, every file parsed and validated by its feature's parser (modules with
 * their link checks against the folder, question banks and assessments, scenarios, lexicons, competence
 * framework, observation checklists, survey templates), and hashed as {@code ContentSync} does to compare
 * with the stored version. The database part of the sync is not included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ContentLoadingBenchmark {
    private ContentFiles files;
    private ModuleParser modules;

    @Setup
    public void open() {
        files = ShippedContent.files();
        modules = new ModuleParser(new MarkdownRenderer());
        int problems = loadAll(files, modules, new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous."));
        if (problems != 0) {
            throw new IllegalStateException(problems + " shipped content file(s) rejected; fix them before benchmarking");
        }
    }

    /** Reads, parses and hashes every shipped content file; returns how many were rejected. */
    static int loadAll(ContentFiles files, ModuleParser modules, Blackhole sink) {
        int rejected = 0;
        rejected += each(files.list("modules", ".md"), f -> kept(sink, modules.parse(f, p -> files.exists("modules", p))).problems(), sink);
        QuestionBankParser banks = new QuestionBankParser();
        AssessmentDefinitionParser assessments = new AssessmentDefinitionParser();
        rejected += each(files.list("quizzes", ".md"), f -> f.baseName().startsWith("assessment-")
                ? kept(sink, assessments.parse(f)).problems() : kept(sink, banks.parse(f)).problems(), sink);
        LexiconParser lexicons = new LexiconParser();
        rejected += each(files.list("lexicon", ".md"), f -> kept(sink, lexicons.parse(f)).problems(), sink);
        ScenarioParser scenarios = new ScenarioParser();
        rejected += each(files.list("scenarios", ".md"), f -> kept(sink, scenarios.parse(f)).problems(), sink);
        FrameworkParser framework = new FrameworkParser();
        rejected += each(files.list("competences", ".md"), f -> kept(sink, framework.parse(f)).problems(), sink);
        ChecklistParser checklists = new ChecklistParser();
        rejected += each(files.list("observations", ".md"), f -> kept(sink, checklists.parse(f)).problems(), sink);
        SurveyTemplateParser surveys = new SurveyTemplateParser();
        rejected += each(files.list("surveys", ".md"), f -> kept(sink, surveys.parse(f)).problems(), sink);
        return rejected;
    }

    /** Hands the parsed result to the blackhole, so that the JIT cannot drop the work that built it. */
    private static <T> T kept(Blackhole sink, T outcome) {
        sink.consume(outcome);
        return outcome;
    }

    private static int each(List<SourceFile> sources, Function<SourceFile, List<?>> parse, Blackhole sink) {
        int rejected = 0;
        for (SourceFile f : sources) {
            List<?> problems = parse.apply(f);
            rejected += problems.isEmpty() ? 0 : 1;
            sink.consume(ContentHash.of(f.text()));
        }
        return rejected;
    }

    @Benchmark
    public int loadAllContent(Blackhole sink) {
        return loadAll(files, modules, sink);
    }
}

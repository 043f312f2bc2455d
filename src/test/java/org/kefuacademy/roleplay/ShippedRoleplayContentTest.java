package org.kefuacademy.roleplay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kefuacademy.platform.content.SourceFile;
import org.kefuacademy.roleplay.engine.Node;
import org.kefuacademy.roleplay.engine.Scenario;
import org.kefuacademy.roleplay.engine.ScenarioExplorer;
import org.kefuacademy.roleplay.engine.ScenarioParser;
import org.kefuacademy.roleplay.reply.Hit;
import org.kefuacademy.roleplay.reply.Lexicon;
import org.kefuacademy.roleplay.reply.LexiconParser;
import org.kefuacademy.roleplay.reply.ReplyAnalysis;
import org.kefuacademy.roleplay.reply.ReplyAnalyzer;
import org.kefuacademy.roleplay.reply.ServiceStep;

/** The scenarios and lexicons we ship: all valid, rich enough, every ending reachable in play, the analysis right on real replies. */
class ShippedRoleplayContentTest {
    private static final Path SCENARIOS = Path.of("content/scenarios");
    private static final Path LEXICONS = Path.of("content/lexicon");

    static List<Path> scenarioFiles() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
    }

    private static SourceFile source(Path p) throws IOException {
        String name = p.getFileName().toString();
        return new SourceFile(p.getParent().getFileName() + "/" + name, name.substring(0, name.length() - 3), Files.readString(p));
    }

    @Test
    void at_least_twelve_scenarios_ship() throws IOException {
        assertThat(scenarioFiles()).hasSizeGreaterThanOrEqualTo(12);
    }

    @ParameterizedTest
    @MethodSource("scenarioFiles")
    void a_shipped_scenario_is_valid_rich_and_every_ending_is_reachable_in_play(Path file) throws IOException {
        ScenarioParser.Outcome outcome = new ScenarioParser().parse(source(file));
        assertThat(outcome.problems()).isEmpty();
        Scenario s = outcome.scenario();
        assertThat(s.decisionCount()).as("decision points").isGreaterThanOrEqualTo(8);
        assertThat(s.nodes().values()).as("free-text replies").anyMatch(n -> n.kind() == Node.Kind.REPLY);
        assertThat(s.endings().stream().map(n -> n.ending().kind()).distinct().count()).as("kinds of ending").isGreaterThanOrEqualTo(3);
        ScenarioExplorer.Report play = new ScenarioExplorer().explore(s);
        assertThat(play.unreachedEndings()).as("endings never reached in play").isEmpty();
    }

    private static Lexicon lexicon(String name) throws IOException {
        LexiconParser.Outcome outcome = new LexiconParser().parse(source(LEXICONS.resolve(name + ".md")));
        assertThat(outcome.problems()).isEmpty();
        return outcome.lexicon();
    }

    @Test
    void the_lexicons_are_valid_and_hold_at_least_fifty_polite_and_fifty_taboo_phrases() throws IOException {
        assertThat(lexicon("polite").phraseCount()).isGreaterThanOrEqualTo(50);
        assertThat(lexicon("taboo").phraseCount()).isGreaterThanOrEqualTo(50);
        assertThat(lexicon("steps").groups()).extracting(g -> g.id())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(ServiceStep.values()).map(ServiceStep::id).toList());
    }

    /** Real-sounding replies, good and bad, with the steps and taboo groups a trainer expects to be found. */
    static List<Arguments> samples() throws IOException {
        return sampleRows().stream().map(r -> Arguments.of(r[0], r[1], r[2])).toList();
    }

    private static List<String[]> sampleRows() throws IOException {
        try (var in = ShippedRoleplayContentTest.class.getResourceAsStream("/reply-samples.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", 3)).toList();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void the_analysis_finds_what_a_trainer_expects_in_a_real_reply(String steps, String taboo, String reply) throws IOException {
        ReplyAnalyzer analyzer = new ReplyAnalyzer(lexicon("steps"), lexicon("polite"), lexicon("taboo"));
        ReplyAnalysis a = analyzer.analyse(reply, EnumSet.allOf(ServiceStep.class));
        assertThat(ids(a.stepsFound().keySet().stream().map(ServiceStep::id))).as("steps in: " + reply)
                .isEqualTo(expected(steps));
        assertThat(ids(a.taboo().stream().map(Hit::groupId))).as("taboo in: " + reply).isEqualTo(expected(taboo));
        a.taboo().forEach(h -> assertThat(h.reason()).isNotBlank());
    }

    @Test
    void there_are_enough_samples_good_and_bad() throws IOException {
        List<String[]> all = sampleRows();
        assertThat(all).hasSizeGreaterThanOrEqualTo(16);
        assertThat(all).anyMatch(s -> s[1].equals("-")).anyMatch(s -> !s[1].equals("-"));
    }

    private static Set<String> ids(Stream<String> ids) {
        return ids.collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> expected(String column) {
        return column.strip().equals("-") ? Set.of()
                : Arrays.stream(column.split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
    }
}

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.SourceFile;
import org.kefuacademy.roleplay.engine.Node;
import org.kefuacademy.roleplay.engine.Scenario;
import org.kefuacademy.roleplay.engine.ScenarioParser;
import org.kefuacademy.roleplay.reply.Lexicon;
import org.kefuacademy.roleplay.reply.LexiconParser;
import org.kefuacademy.roleplay.reply.ReplyAnalysis;
import org.kefuacademy.roleplay.reply.ReplyAnalyzer;
import org.kefuacademy.roleplay.reply.ServiceStep;

/** Checks scenario and lexicon files without starting the application (see scripts/check-content.sh). */
public class ContentCheck {
    static Properties messages = new Properties();

    public static void main(String[] args) throws Exception {
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/i18n/messages_en.properties"))) {
            messages.load(in);
        }
        if (args.length > 0 && args[0].equals("--reply")) {
            analyse(String.join(" ", List.of(args).subList(1, args.length)));
            return;
        }
        int bad = 0;
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("content/scenarios", "content/lexicon")) {
            try (var list = Files.list(Path.of(folder))) {
                list.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md"))
                        .sorted().forEach(files::add);
            }
        }
        for (Path p : files) {
            SourceFile file = source(p);
            List<ContentProblem> problems;
            String summary;
            if (p.toString().contains("lexicon")) {
                var outcome = new LexiconParser().parse(file);
                problems = outcome.problems();
                summary = outcome.lexicon() == null ? "" : outcome.lexicon().category().id() + ", "
                        + outcome.lexicon().groups().size() + " groups, " + outcome.lexicon().phraseCount() + " phrases";
            } else {
                var outcome = new ScenarioParser().parse(file);
                problems = outcome.problems();
                summary = outcome.scenario() == null ? "" : describe(outcome.scenario());
            }
            if (problems.isEmpty()) {
                System.out.println("OK   " + file.path() + "  (" + summary + ")");
            } else {
                bad++;
                System.out.println("BAD  " + file.path());
                problems.forEach(pr -> System.out.println("     " + pr.location() + "  " + text(pr)));
            }
        }
        System.out.println(bad == 0 ? "All files valid." : bad + " file(s) rejected.");
        System.exit(bad == 0 ? 0 : 1);
    }

    static String describe(Scenario s) {
        long replies = s.nodes().values().stream().filter(n -> n.kind() == Node.Kind.REPLY).count();
        Set<String> kinds = new TreeSet<>();
        s.endings().forEach(n -> kinds.add(n.ending().kind().id()));
        var report = new org.kefuacademy.roleplay.engine.ScenarioExplorer().explore(s);
        String play = report.unreachedEndings().isEmpty() ? "every ending reachable in play"
                : "NEVER REACHED IN PLAY: " + report.unreachedEndings();
        return s.nodes().size() + " nodes, " + s.decisionCount() + " decisions, " + replies + " free-text, "
                + s.endings().size() + " endings " + kinds + "; " + play + " (" + report.states() + " states"
                + (report.complete() ? "" : ", search cut short") + ")";
    }

    static void analyse(String reply) throws Exception {
        Lexicon steps = lexicon("steps"), polite = lexicon("polite"), taboo = lexicon("taboo");
        ReplyAnalysis a = new ReplyAnalyzer(steps, polite, taboo).analyse(reply, Set.of(ServiceStep.values()));
        a.stepsFound().forEach((step, hit) -> System.out.println("step   " + step.id() + "  <- " + hit.phrase() + "  [" + hit.matched() + "]"));
        System.out.println("missing " + a.missing().stream().map(ServiceStep::id).toList());
        a.polite().forEach(h -> System.out.println("polite " + h.groupId() + " " + h.points() + "  <- " + h.phrase() + "  [" + h.matched() + "]"));
        a.taboo().forEach(h -> System.out.println("taboo  " + h.groupId() + " " + h.points() + "  <- " + h.phrase() + "  [" + h.matched() + "]"));
    }

    static Lexicon lexicon(String name) throws Exception {
        var outcome = new LexiconParser().parse(source(Path.of("content/lexicon/" + name + ".md")));
        if (outcome.lexicon() == null) {
            outcome.problems().forEach(pr -> System.out.println(pr.location() + "  " + text(pr)));
            System.exit(1);
        }
        return outcome.lexicon();
    }

    static SourceFile source(Path p) throws Exception {
        String name = p.getFileName().toString();
        String folder = p.getParent().getFileName().toString();
        return new SourceFile(folder + "/" + name, name.substring(0, name.length() - 3), Files.readString(p));
    }

    static String text(ContentProblem p) {
        String pattern = messages.getProperty(p.messageKey(), p.messageKey() + " {0} {1} {2}");
        return new MessageFormat(pattern, Locale.ENGLISH).format(p.arguments().toArray());
    }
}

package org.kefuacademy.platform.content;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The sync step every content kind shares: parse each file, let the feature cross-check the
 * valid ones, store a new version for each changed file, tell the feature's catalogue, retire
 * pages whose files vanished. A rejected file changes nothing; what was loaded before stays.
 * Runs inside the caller's transaction.
 */
public final class ContentSync<T> {

    /** A parsed item and the key it is stored under. */
    public record Parsed<T>(String key, T item, SourceFile source) {
    }

    /** The result of parsing one file: an item, or the problems that reject it. */
    public record Outcome<T>(Parsed<T> parsed, List<ContentProblem> problems) {
    }

    /** What the feature keeps about its items (a catalogue table). */
    public interface Catalogue<T> {
        /** Hash of the file text last synced for this key, if the key is known and active. */
        Optional<String> activeFileHash(String key);

        boolean known(String key);

        void store(Parsed<T> parsed, StoredVersion version, String fileHash, Instant now);

        /** Keys of the items currently in use. */
        List<String> activeKeys();

        /** Takes an item out of use (its versions and everything pointing at them stay). */
        void retire(String key, Instant now);
    }

    private final String kind;
    private final Function<SourceFile, String> keyOfFile;
    private final ContentVersionService versions;
    private final Clock clock;

    /**
     * @param keyOfFile the key a file's item is stored under (its id must equal it), so that a
     *                  rejected file keeps the page it loaded earlier
     */
    public ContentSync(String kind, Function<SourceFile, String> keyOfFile, ContentVersionService versions, Clock clock) {
        this.kind = kind;
        this.keyOfFile = keyOfFile;
        this.versions = versions;
        this.clock = clock;
    }

    /**
     * @param crossCheck rejects valid items that conflict with each other (adding problems); returns those kept
     */
    public SyncReport run(String origin, List<SourceFile> files, Function<SourceFile, Outcome<T>> parse,
                          CrossCheck<T> crossCheck, Catalogue<T> catalogue, Long actor) {
        List<ContentProblem> problems = new ArrayList<>();
        List<Parsed<T>> valid = new ArrayList<>();
        for (SourceFile file : files) {
            Outcome<T> outcome = parse.apply(file);
            problems.addAll(outcome.problems());
            if (outcome.parsed() != null) {
                valid.add(outcome.parsed());
            }
        }
        List<Parsed<T>> kept = crossCheck.apply(valid, problems);
        Set<String> rejectedPaths = new HashSet<>();
        problems.forEach(p -> rejectedPaths.add(p.file()));
        Set<String> rejectedKeys = new HashSet<>();
        files.stream().filter(f -> rejectedPaths.contains(f.path())).forEach(f -> rejectedKeys.add(keyOfFile.apply(f)));
        Instant now = clock.instant();
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Set<String> keep = new HashSet<>(rejectedKeys);
        for (Parsed<T> p : kept) {
            keep.add(p.key());
            String hash = ContentHash.of(p.source().text());
            if (catalogue.activeFileHash(p.key()).filter(hash::equals).isPresent()) {
                unchanged.add(p.key());
                continue;
            }
            (catalogue.known(p.key()) ? changed : added).add(p.key());
            StoredVersion version = versions.store(kind, p.key(), p.source().text(), StoredVersion.Origin.FILE,
                    p.source().path(), actor);
            catalogue.store(p, version, hash, now);
        }
        // Only a vanished file retires its item; a rejected file keeps what it loaded before.
        List<String> retired = new ArrayList<>();
        for (String key : catalogue.activeKeys()) {
            if (!keep.contains(key)) {
                catalogue.retire(key, now);
                retired.add(key);
            }
        }
        return new SyncReport(now, origin, added, changed, unchanged, retired, problems);
    }

    /** Cross-file rules of a kind (e.g. one module per day); the default keeps everything. */
    @FunctionalInterface
    public interface CrossCheck<T> {
        List<Parsed<T>> apply(List<Parsed<T>> valid, List<ContentProblem> problems);

        static <T> CrossCheck<T> none() {
            return (valid, problems) -> valid;
        }
    }
}

package org.kefuacademy.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The item statistics as last computed, kept until an answer or attempt is graded here (after that
 * grade commits) or {@link #MAX_AGE} has passed. Computing them aggregates every graded answer ever
 * given (seconds on a million answers, docs/PERFORMANCE.md "Data scale"), while trainers open the page
 * again and again between gradings. The age limit bounds how stale figures can be on another
 * application node, which does not see this node's grading events.
 */
@Component
class ItemStatisticsCache {
    static final Duration MAX_AGE = Duration.ofMinutes(10);
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    private record Snapshot(long generation, Instant computedAt, List<ItemStatistics> statistics) {
    }

    ItemStatisticsCache(Clock clock) {
        this.clock = clock;
    }

    List<ItemStatistics> get(Supplier<List<ItemStatistics>> compute) {
        long current = generation.get();
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s != null && s.generation() == current && !now.isBefore(s.computedAt()) && now.isBefore(s.computedAt().plus(MAX_AGE))) {
            return s.statistics();
        }
        List<ItemStatistics> fresh = List.copyOf(compute.get());
        // A grade committed while computing leaves the generation moved on: the next call computes again.
        snapshot = new Snapshot(current, now, fresh);
        return fresh;
    }

    /** Forgets the figures (the data-scale timings use it to time the computation itself). */
    void invalidate() {
        generation.incrementAndGet();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void answerGraded(AnswerGraded e) {
        generation.incrementAndGet();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void attemptGraded(AttemptGraded e) {
        generation.incrementAndGet();
    }
}

package org.kefuacademy.testsupport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.kefuacademy.assessment.AnswerGraded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Counts AnswerGraded events per attempt, from any thread, so tests can prove grading happened once. */
@Component
public class GradedAnswers {
    private final Map<Long, AtomicInteger> byAttempt = new ConcurrentHashMap<>();

    @EventListener
    void on(AnswerGraded event) {
        byAttempt.computeIfAbsent(event.attemptId(), k -> new AtomicInteger()).incrementAndGet();
    }

    public int count(long attemptId) {
        return byAttempt.getOrDefault(attemptId, new AtomicInteger()).get();
    }
}

package org.kefuacademy.assessment;

import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kefuacademy.assessment.domain.AttemptAnswerRepository;
import org.kefuacademy.assessment.domain.ItemSums;
import org.kefuacademy.platform.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Item statistics for trainers, from two aggregate queries (no attempt is loaded one by one). */
@Service
@Transactional(readOnly = true)
public class ItemStatisticsService {
    static final int MAX_ITEMS = 2000;
    private final AttemptAnswerRepository answers;
    private final QuestionBanks banks;
    private final ItemStatisticsCache cache;

    ItemStatisticsService(AttemptAnswerRepository answers, QuestionBanks banks, ItemStatisticsCache cache) {
        this.answers = answers;
        this.banks = banks;
        this.cache = cache;
    }

    /** Every question's figures over all graded attempts; served from {@link ItemStatisticsCache} until the next grade. */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN, Roles.HR})
    public List<ItemStatistics> all() {
        return cache.get(this::compute);
    }

    private List<ItemStatistics> compute() {
        Map<String, Map<String, Long>> choices = new HashMap<>();
        for (Object[] row : answers.choiceCounts()) {
            choices.computeIfAbsent((String) row[0], k -> new HashMap<>()).merge((String) row[1], (Long) row[2], Long::sum);
        }
        return answers.itemSums(PageRequest.of(0, MAX_ITEMS)).stream().map(s -> statistics(s, choices)).toList();
    }

    private ItemStatistics statistics(ItemSums s, Map<String, Map<String, Long>> choices) {
        Question q = banks.question(s.bankVersionId(), s.questionId());
        long n = s.n();
        double facility = n == 0 ? 0 : s.sumX() / n;
        return new ItemStatistics(q.id(), banks.version(s.bankVersionId()).id(), q.type(), q.stem(), n, facility,
                pearson(n, s.sumX(), s.sumY(), s.sumXY(), s.sumXX(), s.sumYY()), optionCounts(q, choices.get(q.id())));
    }

    /** Pearson correlation from sums; null when either side does not vary (or too few answers). */
    static Double pearson(long n, double sx, double sy, double sxy, double sxx, double syy) {
        if (n < 3) {
            return null;
        }
        double cov = n * sxy - sx * sy;
        double vx = n * sxx - sx * sx;
        double vy = n * syy - sy * sy;
        if (vx <= 1e-12 || vy <= 1e-12) {
            return null;
        }
        return cov / Math.sqrt(vx * vy);
    }

    /** Option text → how many answers ticked it. */
    private static Map<String, Long> optionCounts(Question q, Map<String, Long> responses) {
        Map<String, Long> counts = new LinkedHashMap<>();
        q.options().forEach(o -> counts.put(o.text(), 0L));
        if (responses != null) {
            responses.forEach((stored, count) -> {
                if (ResponseCodec.decode(stored) instanceof Response.Choice c) {
                    c.chosen().stream().filter(i -> i >= 0 && i < q.options().size())
                            .forEach(i -> counts.merge(q.options().get(i).text(), count, Long::sum));
                }
            });
        }
        return counts;
    }
}

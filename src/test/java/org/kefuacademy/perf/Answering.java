package org.kefuacademy.perf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.kefuacademy.assessment.Question;
import org.kefuacademy.assessment.QuestionType;
import org.kefuacademy.assessment.Response;

/**
 * A trainee's answer to one question: right with probability {@code skill} (less for harder questions),
 * otherwise a plausible mistake; graded afterwards by the application's own {@code Grader}. Also the
 * option/step order an attempt shows, as the exam stores it.
 */
final class Answering {
    private static final List<String> SHORT_ANSWERS = List.of(
            "先向业主道歉并安抚情绪，问清楚漏水位置和时间，登记报修单，告诉业主维修人员半小时内上门，处理完再回访确认。",
            "按首问责任制接待，记录诉求，能当场解决的当场解决，不能解决的说明原因和办理时限，并留下联系方式跟进。",
            "确认对方身份和房号，核对放行条上的物品与业主授权是否一致，登记后放行，有疑问时先联系业主本人核实。",
            "不清楚，需要再看一下培训资料。");
    private final Random random;

    Answering(Random random) {
        this.random = random;
    }

    /** The response given, or null (left unanswered). */
    Response answer(Question q, double skill) {
        if (random.nextDouble() < 0.01) {
            return null;
        }
        boolean right = random.nextDouble() < Math.max(0.05, skill - 0.06 * (q.difficulty() - 2));
        return switch (q.type()) {
            case SINGLE -> new Response.Choice(Set.of(right ? correct(q).getFirst() : wrong(q)));
            case MULTIPLE -> new Response.Choice(right ? Set.copyOf(correct(q)) : oneOff(q));
            case TRUEFALSE -> new Response.Truth(right == Boolean.TRUE.equals(q.truth()));
            case FILL -> new Response.Text(right && !q.accepted().isEmpty() ? q.accepted().getFirst() : "不记得了");
            case ORDERING -> new Response.Order(right ? identity(q.steps().size()) : swapped(q.steps().size()));
            case MATCHING -> new Response.Match(matching(q.pairs().size(), right));
            case SHORT -> new Response.Text(SHORT_ANSWERS.get(right ? random.nextInt(3) : 3));
        };
    }

    /** As the exam stores it: option order when shuffled, steps and right-hand items always shuffled. */
    String displayOrder(Question q, boolean shuffleOptions) {
        int n = switch (q.type()) {
            case SINGLE, MULTIPLE -> shuffleOptions ? q.options().size() : 0;
            case ORDERING -> q.steps().size();
            case MATCHING -> q.pairs().size();
            default -> 0;
        };
        if (n == 0) {
            return null;
        }
        List<Integer> order = new ArrayList<>(identity(n));
        Collections.shuffle(order, random);
        return order.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private List<Integer> correct(Question q) {
        return IntStream.range(0, q.options().size()).filter(i -> q.options().get(i).correct()).boxed().toList();
    }

    private int wrong(Question q) {
        List<Integer> wrong = IntStream.range(0, q.options().size()).filter(i -> !q.options().get(i).correct()).boxed().toList();
        return wrong.isEmpty() ? 0 : wrong.get(random.nextInt(wrong.size()));
    }

    private Set<Integer> oneOff(Question q) {
        Set<Integer> chosen = new HashSet<>(correct(q));
        int i = random.nextInt(Math.max(1, q.options().size()));
        if (!chosen.remove(i)) {
            chosen.add(i);
        }
        return chosen;
    }

    private static List<Integer> identity(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    private List<Integer> swapped(int n) {
        List<Integer> order = new ArrayList<>(identity(n));
        if (n > 1) {
            int i = random.nextInt(n - 1);
            Collections.swap(order, i, i + 1);
        }
        return order;
    }

    private Map<Integer, Integer> matching(int n, boolean right) {
        List<Integer> rights = right ? identity(n) : swapped(n);
        Map<Integer, Integer> map = new HashMap<>();
        for (int i = 0; i < n; i++) {
            map.put(i, rights.get(i));
        }
        return map;
    }

    static boolean manual(Question q) {
        return q.type() == QuestionType.SHORT;
    }
}

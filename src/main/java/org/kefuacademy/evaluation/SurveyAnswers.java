package org.kefuacademy.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kefuacademy.evaluation.domain.SurveyAnswer;
import org.kefuacademy.platform.Fields;
import org.kefuacademy.platform.UserFacingException;

/** Checks a submitted form against its template: the first problem refuses the whole response. */
final class SurveyAnswers {

    private SurveyAnswers() {
    }

    /** The answers to store (response id not yet known: 0), or a refusal naming the question. */
    static List<SurveyAnswer> check(SurveyTemplate template, Map<Integer, Integer> scores, Map<Integer, String> texts) {
        Set<Integer> scaleNos = template.scaleQuestions().stream().map(SurveyTemplate.Question::no).collect(Collectors.toSet());
        Set<Integer> openNos = template.openQuestions().stream().map(SurveyTemplate.Question::no).collect(Collectors.toSet());
        scores.keySet().stream().filter(no -> !scaleNos.contains(no)).findFirst().ifPresent(no -> {
            throw new UserFacingException("survey.unknown-question", no);
        });
        texts.keySet().stream().filter(no -> !openNos.contains(no)).findFirst().ifPresent(no -> {
            throw new UserFacingException("survey.unknown-question", no);
        });
        List<SurveyAnswer> result = new ArrayList<>();
        for (SurveyTemplate.Question q : template.questions()) {
            if (q.kind() == SurveyTemplate.QuestionKind.SCALE) {
                Integer score = scores.get(q.no());
                if (score == null) {
                    if (q.required()) {
                        throw new UserFacingException("survey.scale-required", q.no(), q.text());
                    }
                    continue;
                }
                if (score < 1 || score > SurveyTemplate.SCALE_MAX) {
                    throw new UserFacingException("survey.scale-range", q.no(), SurveyTemplate.SCALE_MAX);
                }
                result.add(new SurveyAnswer(0, q.no(), score, null));
            } else {
                String text = texts.get(q.no()) == null ? "" : texts.get(q.no()).strip();
                if (text.isEmpty()) {
                    if (q.required()) {
                        throw new UserFacingException("survey.open-required", q.no(), q.text());
                    }
                    continue;
                }
                if (text.length() > SurveyAnswer.MAX_TEXT_LENGTH) {
                    throw new UserFacingException("survey.text-too-long", q.no(), SurveyAnswer.MAX_TEXT_LENGTH);
                }
                Fields.requireStorable(text);
                result.add(new SurveyAnswer(0, q.no(), null, text));
            }
        }
        return result;
    }
}

package org.kefuacademy.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One answered question of a response: a score 1–5 (scale question) or a text (open question). */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer {
    public static final int MAX_TEXT_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "response_id", nullable = false)
    private long responseId;
    @Column(name = "question_no", nullable = false)
    private int questionNo;
    @Column
    private Integer score;
    @Column(name = "answer_text", length = MAX_TEXT_LENGTH)
    private String answerText;

    protected SurveyAnswer() {
    }

    public SurveyAnswer(long responseId, int questionNo, Integer score, String answerText) {
        this.responseId = responseId;
        this.questionNo = questionNo;
        this.score = score;
        this.answerText = answerText;
    }

    public Long getId() {
        return id;
    }

    public long getResponseId() {
        return responseId;
    }

    public int getQuestionNo() {
        return questionNo;
    }

    public Integer getScore() {
        return score;
    }

    public String getAnswerText() {
        return answerText;
    }
}

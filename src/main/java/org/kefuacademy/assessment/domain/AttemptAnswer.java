package org.kefuacademy.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** One drawn question of an attempt: the exact bank version, the order shown, the saved answer, the grade. */
@Entity
@Table(name = "attempt_answer")
public class AttemptAnswer {
    public static final int MAX_RESPONSE_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false)
    private Long attemptId;

    @Column(name = "position_no", nullable = false)
    private int positionNo;

    @Column(name = "bank_version_id", nullable = false)
    private Long bankVersionId;

    @Column(name = "question_id", nullable = false, length = 64)
    private String questionId;

    @Column(name = "question_type", nullable = false, length = 20)
    private String questionType;

    @Column(nullable = false)
    private int points;

    /** The order in which options, steps or right-hand items were shown, e.g. "2,0,1,3". */
    @Column(name = "display_order", length = 200)
    private String displayOrder;

    @Column(length = MAX_RESPONSE_LENGTH)
    private String response;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(nullable = false)
    private boolean flagged;

    @Column(precision = 6, scale = 2)
    private BigDecimal earned;

    @Column(length = 20)
    private String result;

    @Column(name = "graded_by")
    private Long gradedBy;

    @Column(name = "graded_at")
    private Instant gradedAt;

    @Column(name = "grader_comment", length = 1000)
    private String graderComment;

    @Version
    private long version;

    protected AttemptAnswer() {
    }

    public AttemptAnswer(Long attemptId, int positionNo, Long bankVersionId, String questionId, String questionType,
                         int points, String displayOrder) {
        this.attemptId = attemptId;
        this.positionNo = positionNo;
        this.bankVersionId = bankVersionId;
        this.questionId = questionId;
        this.questionType = questionType;
        this.points = points;
        this.displayOrder = displayOrder;
    }

    public void save(String encodedResponse, Instant at) {
        this.response = encodedResponse;
        this.savedAt = at;
    }

    public void flag(boolean flagged) {
        this.flagged = flagged;
    }

    public void graded(double earned, String result, Long by, Instant at, String comment) {
        this.earned = BigDecimal.valueOf(earned).setScale(2, RoundingMode.HALF_UP);
        this.result = result;
        this.gradedBy = by;
        this.gradedAt = at;
        this.graderComment = comment;
    }

    public Long getId() {
        return id;
    }

    public Long getAttemptId() {
        return attemptId;
    }

    public int getPositionNo() {
        return positionNo;
    }

    public Long getBankVersionId() {
        return bankVersionId;
    }

    public String getQuestionId() {
        return questionId;
    }

    public String getQuestionType() {
        return questionType;
    }

    public int getPoints() {
        return points;
    }

    public String getDisplayOrder() {
        return displayOrder;
    }

    public String getResponse() {
        return response;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public BigDecimal getEarned() {
        return earned;
    }

    public String getResult() {
        return result;
    }

    public String getGraderComment() {
        return graderComment;
    }
}

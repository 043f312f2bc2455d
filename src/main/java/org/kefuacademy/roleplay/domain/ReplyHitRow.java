package org.kefuacademy.roleplay.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What the reply analysis found in a reply (category STEP, POLITE, TABOO) or found missing (MISSING), with the reason. */
@Entity
@Table(name = "roleplay_reply_hit")
public class ReplyHitRow {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "step_id", nullable = false)
    private long stepId;
    @Column(nullable = false, length = 10)
    private String category;
    @Column(name = "group_id", nullable = false, length = 64)
    private String groupId;
    @Column(nullable = false, length = 100)
    private String label;
    @Column(nullable = false, length = 500)
    private String reason;
    @Column(length = 200)
    private String phrase;
    @Column(length = 200)
    private String matched;
    @Column(nullable = false)
    private int points;

    protected ReplyHitRow() {
    }

    public ReplyHitRow(long stepId, String category, String groupId, String label, String reason, String phrase,
                       String matched, int points) {
        this.stepId = stepId;
        this.category = category;
        this.groupId = groupId;
        this.label = cut(label, 100);
        this.reason = cut(reason, 500);
        this.phrase = cut(phrase, 200);
        this.matched = cut(matched, 200);
        this.points = points;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public long getStepId() {
        return stepId;
    }

    public String getCategory() {
        return category;
    }

    public String getGroupId() {
        return groupId;
    }

    public String getLabel() {
        return label;
    }

    public String getReason() {
        return reason;
    }

    public String getPhrase() {
        return phrase;
    }

    public String getMatched() {
        return matched;
    }

    public int getPoints() {
        return points;
    }
}

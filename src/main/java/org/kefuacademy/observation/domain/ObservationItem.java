package org.kefuacademy.observation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The score and comment given to one checklist item in one observation. */
@Entity
@Table(name = "observation_item")
public class ObservationItem {
    public static final int MAX_COMMENT_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "observation_id", nullable = false)
    private long observationId;
    @Column(name = "item_no", nullable = false)
    private int itemNo;
    @Column(nullable = false)
    private int earned;
    @Column(nullable = false)
    private int possible;
    @Column(name = "comment_text", length = MAX_COMMENT_LENGTH)
    private String commentText;

    protected ObservationItem() {
    }

    public ObservationItem(long observationId, int itemNo, int earned, int possible, String commentText) {
        this.observationId = observationId;
        this.itemNo = itemNo;
        this.earned = earned;
        this.possible = possible;
        this.commentText = commentText;
    }

    public long getObservationId() {
        return observationId;
    }

    public int getItemNo() {
        return itemNo;
    }

    public int getEarned() {
        return earned;
    }

    public int getPossible() {
        return possible;
    }

    public String getCommentText() {
        return commentText;
    }
}

package org.kefuacademy.platform.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One immutable version of a content item. Attempts and progress point at these rows. */
@Entity
@Table(name = "content_version")
public class ContentVersion {
    public static final int MAX_BODY_LENGTH = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(name = "content_key", nullable = false, length = 100)
    private String contentKey;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(nullable = false, length = 10)
    private String origin;

    @Column(name = "source_path", length = 255)
    private String sourcePath;

    @Column(nullable = false, length = MAX_BODY_LENGTH)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    protected ContentVersion() {
    }

    public ContentVersion(String kind, String contentKey, int versionNo, String contentHash, String origin,
                          String sourcePath, String body, Instant createdAt, Long createdBy) {
        this.kind = kind;
        this.contentKey = contentKey;
        this.versionNo = versionNo;
        this.contentHash = contentHash;
        this.origin = origin;
        this.sourcePath = sourcePath;
        this.body = body;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getContentKey() {
        return contentKey;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getOrigin() {
        return origin;
    }

    public String getSourcePath() {
        return sourcePath;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getCreatedBy() {
        return createdBy;
    }
}

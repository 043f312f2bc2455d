package org.kefuacademy.platform.content;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.content.domain.ContentVersion;
import org.kefuacademy.platform.content.domain.ContentVersionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every version of every content item. Storing the same text again returns the existing
 * version, so reloading unchanged files creates nothing. Called only by feature services, which
 * do their own role checks; it never decides who may see what.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ContentVersionService {
    /** The longest text one version may hold (a million characters; within H2's varchar limit, LONGTEXT on MariaDB). */
    public static final int MAX_TEXT_LENGTH = ContentVersion.MAX_BODY_LENGTH;
    private final ContentVersionRepository versions;
    private final Clock clock;

    ContentVersionService(ContentVersionRepository versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    /** The version holding exactly this text: the latest if unchanged, else a new one. */
    public StoredVersion store(String kind, String key, String text, StoredVersion.Origin origin, String sourcePath,
                               Long authorId) {
        String body = ContentHash.normalise(text);
        if (body.length() > MAX_TEXT_LENGTH) {
            // The editors limit the length in the browser too; this is the check a crafted request meets.
            throw new UserFacingException("content.too-long", MAX_TEXT_LENGTH);
        }
        String hash = ContentHash.of(body);
        Optional<ContentVersion> latest = versions.findFirstByKindAndContentKeyOrderByVersionNoDesc(kind, key);
        if (latest.isPresent() && latest.get().getContentHash().equals(hash)) {
            return view(latest.get());
        }
        int next = latest.map(v -> v.getVersionNo() + 1).orElse(1);
        return view(versions.save(new ContentVersion(kind, key, next, hash, origin.name(), sourcePath, body,
                clock.instant(), authorId)));
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<StoredVersion> find(long id) {
        return versions.findById(id).map(ContentVersionService::view);
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<StoredVersion> history(String kind, String key) {
        return versions.findByKindAndContentKeyOrderByVersionNoDesc(kind, key).stream()
                .map(ContentVersionService::view).toList();
    }

    private static StoredVersion view(ContentVersion v) {
        return new StoredVersion(v.getId(), v.getKind(), v.getContentKey(), v.getVersionNo(), v.getContentHash(),
                StoredVersion.Origin.valueOf(v.getOrigin()), v.getSourcePath(), v.getBody(), v.getCreatedAt(),
                v.getCreatedBy());
    }
}

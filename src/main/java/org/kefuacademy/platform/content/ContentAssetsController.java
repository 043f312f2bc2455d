package org.kefuacademy.platform.content;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves images referenced by content files to signed-in users. Only image types, only inside
 * the content folders; SVG is sandboxed so a script inside it cannot run.
 */
@RestController
class ContentAssetsController {
    private static final Set<String> FOLDERS = Set.of("modules", "scenarios", "quizzes");
    private static final Map<String, MediaType> TYPES = Map.of(
            "png", MediaType.IMAGE_PNG, "jpg", MediaType.IMAGE_JPEG, "jpeg", MediaType.IMAGE_JPEG,
            "gif", MediaType.IMAGE_GIF, "webp", MediaType.parseMediaType("image/webp"),
            "svg", MediaType.parseMediaType("image/svg+xml"));

    private final ContentFiles files;

    ContentAssetsController(ContentFiles files) {
        this.files = files;
    }

    @GetMapping("/content-assets/{folder}/{*path}")
    ResponseEntity<byte[]> asset(@PathVariable String folder, @PathVariable String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        String extension = relative.contains(".") ? relative.substring(relative.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        MediaType type = TYPES.get(extension);
        if (!FOLDERS.contains(folder) || type == null || relative.contains("..")) {
            return ResponseEntity.notFound().build();
        }
        return files.bytes(folder, relative)
                .<ResponseEntity<byte[]>>map(bytes -> ResponseEntity.ok().contentType(type)
                        .cacheControl(CacheControl.noCache())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'")
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}

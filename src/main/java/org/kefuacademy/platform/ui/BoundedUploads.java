package org.kefuacademy.platform.ui;

import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Uploads held in memory up to a size limit checked on the server. {@code Upload.setMaxFileSize} is
 * only checked by the browser; a client that skips it could otherwise make the server buffer a file of
 * any size. The file is read at most one byte past the limit, then refused.
 */
public final class BoundedUploads {
    private BoundedUploads() {
    }

    /**
     * A handler that passes the file's name and bytes to {@code received}, or only its name to
     * {@code tooLarge} when it is larger than {@code maxBytes}; both run with the UI locked.
     */
    public static UploadHandler inMemory(int maxBytes, BiConsumer<String, byte[]> received, Consumer<String> tooLarge) {
        return event -> {
            String name = event.getFileName();
            byte[] data;
            try (InputStream in = event.getInputStream()) {
                data = event.getFileSize() > maxBytes ? null : readAtMost(in, maxBytes);
            }
            if (data == null) {
                event.getUI().access(() -> tooLarge.accept(name));
            } else {
                event.getUI().access(() -> received.accept(name, data));
            }
        };
    }

    /** The stream's bytes, or null when it holds more than {@code maxBytes} (then no more than one byte past is read). */
    static byte[] readAtMost(InputStream in, int maxBytes) throws IOException {
        byte[] data = in.readNBytes(maxBytes + 1);
        return data.length > maxBytes ? null : data;
    }
}

package org.kefuacademy.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The server-side size limit of in-memory uploads: the limit itself passes, one byte more is refused without reading on. */
class BoundedUploadsTest {
    @Test
    void a_file_of_exactly_the_limit_is_read_whole() throws IOException {
        byte[] file = new byte[1024];
        file[1023] = 7;
        assertThat(BoundedUploads.readAtMost(new ByteArrayInputStream(file), 1024)).isEqualTo(file);
    }

    @Test
    void a_larger_file_is_refused_after_reading_one_byte_past_the_limit() throws IOException {
        CountingEndlessStream endless = new CountingEndlessStream();
        assertThat(BoundedUploads.readAtMost(endless, 2 * 1024 * 1024)).isNull();
        assertThat(endless.read).isEqualTo(2 * 1024 * 1024 + 1);
    }

    /** A client sending for ever. */
    private static final class CountingEndlessStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            read += len;
            return len;
        }
    }
}

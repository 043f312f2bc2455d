package org.kefuacademy.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests can set and move; when not set it follows the system clock. */
public final class MovableClock extends Clock {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    public void setTo(LocalDateTime shanghaiTime) {
        fixed.set(shanghaiTime.atZone(SHANGHAI).toInstant());
    }

    public void advanceSeconds(long seconds) {
        fixed.updateAndGet(i -> (i == null ? Instant.now() : i).plusSeconds(seconds));
    }

    public void reset() {
        fixed.set(null);
    }

    @Override
    public ZoneId getZone() {
        return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the application uses one zone");
    }

    @Override
    public Instant instant() {
        Instant i = fixed.get();
        return i == null ? Instant.now() : i;
    }
}

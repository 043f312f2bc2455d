package org.kefuacademy.performance;

import java.math.BigDecimal;

/**
 * The customer-service department's quality targets (客服部工作质量目标): owner satisfaction at least
 * 90 %, every complaint handled, a response within 24 hours. A review's entered values are shown against them.
 */
public final class QualityTargets {
    public static final BigDecimal SATISFACTION_MIN_PCT = new BigDecimal("90");
    public static final BigDecimal HANDLED_MIN_PCT = new BigDecimal("100");
    public static final BigDecimal RESPONSE_MAX_HOURS = new BigDecimal("24");

    private QualityTargets() {
    }

    public static boolean satisfactionMet(BigDecimal pct) {
        return pct.compareTo(SATISFACTION_MIN_PCT) >= 0;
    }

    public static boolean handledMet(BigDecimal pct) {
        return pct.compareTo(HANDLED_MIN_PCT) >= 0;
    }

    public static boolean responseMet(BigDecimal hours) {
        return hours.compareTo(RESPONSE_MAX_HOURS) <= 0;
    }
}

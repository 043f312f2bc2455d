package org.kefuacademy.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * The competence framework (PRODUCT.md): every module, question, scenario choice and rubric item
 * is tagged with these ids in its content file.
 */
public enum Competence {
    SERVICE_ATTITUDE("service-attitude"),
    COMMUNICATION("communication"),
    ETIQUETTE("etiquette"),
    COMPLAINTS("complaints"),
    PROCESSES("processes"),
    PROPERTY_LAW("property-law"),
    EMERGENCY("emergency"),
    SAFETY("safety"),
    COMPLIANCE("compliance"),
    TEAMWORK("teamwork");

    private final String id;

    Competence(String id) {
        this.id = id;
    }

    /** The id used in content files, e.g. {@code service-attitude}. */
    public String id() {
        return id;
    }

    public String labelKey() {
        return "competence." + id;
    }

    public static Optional<Competence> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}

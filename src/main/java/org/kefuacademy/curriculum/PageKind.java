package org.kefuacademy.curriculum;

/** A training-day module (week and day in the month) or a reference page kept for later use. */
public enum PageKind {
    MODULE("module"), REFERENCE("reference");

    private final String id;

    PageKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}

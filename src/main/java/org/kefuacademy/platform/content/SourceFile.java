package org.kefuacademy.platform.content;

/**
 * One content file as read: its path relative to the content root (e.g.
 * {@code modules/w1d1-company.md}), its file name without extension, and its text.
 */
public record SourceFile(String path, String baseName, String text) {
}

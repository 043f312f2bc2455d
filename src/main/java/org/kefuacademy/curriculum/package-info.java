/**
 * The one-month curriculum: module and reference pages loaded from {@code content/modules/}
 * through the platform's content pipeline, validated, versioned and rendered; the trainee's plan
 * and reader with progress; search; and the trainer's module list, preview and editor.
 */
package org.kefuacademy.curriculum;

/**
 * The one content pipeline shared by modules, question banks and role-play scenarios:
 * read files ({@link org.kefuacademy.platform.content.ContentFiles}), split and read front matter
 * ({@link org.kefuacademy.platform.content.FrontMatter}), report problems with file and line
 * ({@link org.kefuacademy.platform.content.ContentProblem}), keep every version
 * ({@link org.kefuacademy.platform.content.ContentVersionService}) and render Markdown safely
 * ({@link org.kefuacademy.platform.content.MarkdownRenderer}). Each feature supplies only its own
 * validation rules and what it syncs.
 */
package org.kefuacademy.platform.content;

/**
 * JMH micro-benchmarks of the application's hot paths (issue 9): grading a 20-question sheet, a
 * role-play reply step, Markdown rendering (cold, cache miss, cache hit, a page opened from cache), a
 * certificate PDF, and parsing the whole shipped curriculum as start-up does. They use the real classes
 * on the real files under {@code content/}, without Spring or a database. Run them with
 * {@code perf/jmh.sh}; figures go to {@code docs/PERFORMANCE.md}, never into a test.
 */
package org.kefuacademy.perf.jmh;

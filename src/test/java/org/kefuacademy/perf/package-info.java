/**
 * Data-scale performance tooling (issue 9, item 3): {@link org.kefuacademy.perf.DataScaleGenerator} fills a
 * MariaDB with a large organisation, {@link org.kefuacademy.perf.DataScaleTimings} times the reports on it.
 * Main classes run by {@code perf/datascale.sh}, not tests; they live in test sources so nothing reaches the
 * production jar. They print to standard output because they are command-line tools.
 */
package org.kefuacademy.perf;

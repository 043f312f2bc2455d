package org.kefuacademy.perf.jmh;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time the benchmark's JVM spent per operation (all its threads: the benchmark, GC, JIT), next to
 * JMH's wall-clock score. On a machine shared with other builds the wall clock also counts the time the
 * thread waited for a core; CPU time mostly does not, so it is the steadier figure to compare with a
 * target (it is still inflated by caches and cores shared with the other processes). Used by
 * {@code perf/jmh.sh} as {@code -prof org.kefuacademy.perf.jmh.CpuTimeProfiler}.
 */
public class CpuTimeProfiler implements InternalProfiler {
    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpuBefore;

    @Override
    public String getDescription() {
        return "process CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuBefore = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long ops = Math.max(1, result.getMetadata().getMeasuredOps());
        double microsPerOp = (os.getProcessCpuTime() - cpuBefore) / 1000.0 / ops;
        return List.of(new ScalarResult("cpu.time.per.op", microsPerOp, "us/op", AggregationPolicy.AVG));
    }
}

package org.kstp.review.assignment.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Peak heap over the run, summed over the heap pools' peaks (an upper bound of the true peak). */
final class BenchMemory {

    private BenchMemory() {
    }

    static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }

    /** Peak resident memory (heap plus OR-Tools' native graph), from /proc; -1 where unavailable. */
    static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** CPU seconds of the whole JVM so far: comparable when other work shares the cores. */
    static String cpuSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long nanos = os instanceof OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
        return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
    }

    static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.2f", (System.nanoTime() - startNanos) / 1e9);
    }
}

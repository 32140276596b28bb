package org.pyjit.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The machine the numbers were measured on, so results from different machines are not
 * compared by mistake.
 *
 * @param os          operating system name
 * @param kernel      operating system version
 * @param arch        CPU architecture
 * @param cpuModel    the CPU's model name, or "unknown"
 * @param logicalCpus processors visible to the JVM
 * @param memoryKb    total memory in KiB, or -1 when unknown
 * @param java        version of the JVM running the harness
 * @param loadAverage the 1/5/15-minute load averages when the run started (other work on the
 *                    machine makes times noisy), or "unknown"
 */
public record MachineInfo(String os, String kernel, String arch, String cpuModel, int logicalCpus,
                          long memoryKb, String java, String loadAverage) {

    /** Describes the machine this JVM runs on, reading {@code /proc} where it exists. */
    public static MachineInfo collect() {
        return new MachineInfo(System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"), readCpuModel(), Runtime.getRuntime().availableProcessors(),
                readMemoryKb(), System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                readLoadAverage());
    }

    private static String readCpuModel() {
        return lines("/proc/cpuinfo").stream().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
    }

    private static long readMemoryKb() {
        return lines("/proc/meminfo").stream().filter(line -> line.startsWith("MemTotal:"))
                .map(line -> line.replaceAll("[^0-9]", "")).filter(digits -> !digits.isEmpty())
                .mapToLong(Long::parseLong).findFirst().orElse(-1);
    }

    private static String readLoadAverage() {
        List<String> load = lines("/proc/loadavg");
        if (load.isEmpty()) {
            return "unknown";
        }
        String[] fields = load.getFirst().split(" ");
        return fields.length >= 3 ? fields[0] + " " + fields[1] + " " + fields[2] : "unknown";
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}

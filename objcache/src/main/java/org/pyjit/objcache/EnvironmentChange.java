package org.pyjit.objcache;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Describes which environment fields differ, for the detail of an ENVIRONMENT miss. */
final class EnvironmentChange {
    private static final int MAX_VALUE_CHARS = 48;

    private EnvironmentChange() {}

    /** E.g. {@code "cpuName: skylake -> znver3"}; fields only in one of the two are listed too. */
    static String describe(List<EnvironmentField> stored, List<EnvironmentField> requested) {
        Map<String, String> before = new LinkedHashMap<>();
        stored.forEach(field -> before.put(field.name(), field.value()));
        Map<String, String> after = new LinkedHashMap<>();
        requested.forEach(field -> after.put(field.name(), field.value()));
        List<String> changes = new ArrayList<>();
        for (var entry : after.entrySet()) {
            String old = before.get(entry.getKey());
            if (!entry.getValue().equals(old)) {
                changes.add(entry.getKey() + ": " + shorten(old) + " -> " + shorten(entry.getValue()));
            }
        }
        for (String name : before.keySet()) {
            if (!after.containsKey(name)) {
                changes.add(name + ": " + shorten(before.get(name)) + " -> (none)");
            }
        }
        return changes.isEmpty() ? "stored under another environment" : String.join(", ", changes);
    }

    private static String shorten(String value) {
        if (value == null) {
            return "(none)";
        }
        return value.length() <= MAX_VALUE_CHARS ? value : value.substring(0, MAX_VALUE_CHARS) + "...";
    }
}

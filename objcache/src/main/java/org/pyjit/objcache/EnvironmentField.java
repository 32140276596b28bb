package org.pyjit.objcache;

import java.util.Objects;

/**
 * One named input of a {@link CompilationEnvironment}, such as {@code cpuName=znver3}. The name is
 * hashed together with the value so that two environments that differ only in which field holds a
 * value still produce different keys.
 *
 * @param name  the field's name, stable across releases
 * @param value the field's value as text
 */
public record EnvironmentField(String name, String value) {
    /** Rejects nulls: a missing value must be spelled out (e.g. as an empty string) by the caller. */
    public EnvironmentField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}

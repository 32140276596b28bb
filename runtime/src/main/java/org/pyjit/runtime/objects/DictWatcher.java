package org.pyjit.runtime.objects;

/**
 * Told when a watched dict's binding of a key changes (set, replaced or removed). Native code
 * embeds what global names referred to at compile time; the watcher invalidates its guards.
 */
@FunctionalInterface
public interface DictWatcher {
    /** {@code key}'s binding changed; {@code null} means every key (the dict was cleared). */
    void bindingChanged(Object key);
}

package org.pyjit.objcache;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link ObjectCache#lookup}: a {@link Hit} with the object or a {@link Miss} with
 * its reason, e.g. {@code switch (cache.lookup(key)) { case Hit hit -> ...; case Miss miss -> ... }}.
 */
public sealed interface LookupResult {

    /** The object on a hit, empty on a miss. */
    Optional<CachedObject> object();

    /** A lookup that found a valid object. */
    record Hit(CachedObject cached) implements LookupResult {
        /** Rejects null. */
        public Hit {
            Objects.requireNonNull(cached, "cached");
        }

        @Override
        public Optional<CachedObject> object() {
            return Optional.of(cached);
        }
    }

    /**
     * A lookup that found nothing usable.
     *
     * @param reason why
     * @param detail a short explanation for diagnostics, e.g. which environment field changed;
     *               empty when there is nothing to add
     */
    record Miss(MissReason reason, String detail) implements LookupResult {
        /** Rejects nulls. */
        public Miss {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public Optional<CachedObject> object() {
            return Optional.empty();
        }
    }
}

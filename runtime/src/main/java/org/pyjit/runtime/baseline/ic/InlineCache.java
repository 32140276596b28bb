package org.pyjit.runtime.baseline.ic;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.pyjit.runtime.baseline.BaselineStats;
import org.pyjit.runtime.baseline.BaselineStats.SiteState;

/**
 * An inline cache: an {@code invokedynamic} site whose target is a chain of guarded fast paths
 * ({@link Entry}: a guard on type, shape or version, and the specialized operation), ending in
 * the site's miss handler. A miss runs the generic operation, drops entries whose guards can no
 * longer hold (a class changed), and adds an entry for what it saw. Past {@link #MAX_ENTRIES}
 * kinds, or after too many invalidations, the site goes megamorphic: its target becomes the
 * generic operation itself. The entries are the type feedback of the site.
 */
public abstract class InlineCache extends MutableCallSite {
    /** Kinds a site caches before it goes megamorphic. */
    public static final int MAX_ENTRIES = 4;
    /** Entries dropped as stale before a site stops caching (a class mutated in a loop). */
    static final int MAX_INVALIDATIONS = 8;

    /**
     * One cached case. {@code guard} and {@code fast} take the site's parameters; {@code guard}
     * returns boolean. {@code isStale} tells whether what the guard checks has changed for good
     * (a class's version moved on), so a miss drops the entry; {@code invalidation} is false for
     * entries that are only superseded (their callee reached tier 1), which are not counted.
     */
    public record Entry(String kind, MethodHandle guard, MethodHandle fast, BooleanSupplier isStale, BooleanSupplier invalidation) {
        public Entry(String kind, MethodHandle guard, MethodHandle fast, BooleanSupplier isStale) {
            this(kind, guard, fast, isStale, () -> true);
        }

        public Entry(String kind, MethodHandle guard, MethodHandle fast) {
            this(kind, guard, fast, () -> false, () -> true);
        }
    }

    private final List<Entry> entries = new ArrayList<>(2);
    /** The miss handler, made once: every relinked chain ends in it. */
    private MethodHandle miss;
    private SiteState state = SiteState.UNINITIALIZED;
    private int invalidations;

    protected InlineCache(MethodType type) {
        super(type);
        BaselineStats.siteCreated();
    }

    /** Installs the miss handler as the first target; call at the end of a subclass constructor. */
    protected final void start() {
        miss = missHandler();
        setTarget(miss);
    }

    /** A handle of the site's type that calls this site's miss method. */
    protected abstract MethodHandle missHandler();

    /** A handle of the site's type that runs the generic operation. */
    protected abstract MethodHandle generic();

    public final synchronized SiteState state() {
        return state;
    }

    /** The kinds this site has cached (its type feedback), oldest first. */
    public final synchronized List<String> kinds() {
        List<String> out = new ArrayList<>();
        for (Entry e : entries) out.add(e.kind());
        return out;
    }

    /**
     * Called by a miss: counts it, drops stale entries, adds {@code added} (null when what the
     * miss saw cannot be cached, which makes the site megamorphic) and relinks the chain.
     */
    protected final synchronized void relink(Entry added) {
        BaselineStats.icMiss();
        if (state == SiteState.MEGAMORPHIC) return;
        for (java.util.Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if (!e.isStale().getAsBoolean()) continue;
            it.remove();
            if (e.invalidation().getAsBoolean()) {
                invalidations++;
                BaselineStats.icInvalidation();
            }
        }
        if (added == null || entries.size() >= MAX_ENTRIES || invalidations > MAX_INVALIDATIONS) {
            entries.clear();
            moveTo(SiteState.MEGAMORPHIC);
            setTarget(generic());
            return;
        }
        entries.add(added);
        MethodHandle chain = miss;
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            chain = MethodHandles.guardWithTest(e.guard(), e.fast(), chain);
        }
        moveTo(entries.size() == 1 ? SiteState.MONOMORPHIC : SiteState.POLYMORPHIC);
        setTarget(chain);
    }

    private void moveTo(SiteState s) {
        BaselineStats.siteTransition(state, s);
        state = s;
    }
}

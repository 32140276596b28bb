/**
 * The native tier (tier 2) at run time: policy, loading, and deoptimization.
 *
 * <ul>
 *   <li>{@link org.pyjit.runtime.nativecode.NativeTier}: counts calls and loop back-edges, asks for a
 *       compile past the thresholds ({@code -X native=on}, {@code -X native-threshold=CALLS[,BACKEDGES]})
 *       or at the first call ({@code -X native=always}), and enters native code at calls and, through OSR
 *       entries, at loop headers. On by default; {@code -X native=off} (or
 *       {@code PYJIT_NATIVE=off}) turns it off. Calls from baseline (tier 1) code come in through
 *       {@code FunctionCalls}; baseline loops count back-edges and hand their frame to the interpreter
 *       at the loop header when an OSR entry is ready. A unit that keeps deoptimizing is dropped and
 *       compiled again (twice at most), then the function is left in the lower tier.</li>
 *   <li>{@code NativeWarmStart}: records each linked unit's profile in the object cache's profile store
 *       and relinks it at the first call of a later run (issue 8's warm start).</li>
 *   <li>{@code RuntimeGlobals} resolves global names for the compiler; {@code GlobalWatchers} clears a
 *       unit's guard cell when a watched namespace entry changes (then native code deoptimizes there).</li>
 *   <li>{@code NativeCompileService}: IR, object cache lookup (a hit skips O2 and code generation),
 *       compile and store on a miss, link, install; on one background thread.</li>
 *   <li>{@code NativeLinker}: ORC LLJIT, one bare JITDylib per unit defining only its pyjit symbols.</li>
 *   <li>{@code Deoptimizer}: rebuilds interpreter frames from the records native frames write and
 *       resumes them, so results, exceptions and tracebacks are the interpreter's.</li>
 * </ul>
 * LLVM and RocksDB are loaded only when the first unit is planned.
 */
package org.pyjit.runtime.nativecode;

using System.Runtime.CompilerServices;

namespace Counterfactual.Model.Simulation;

/// <summary>
/// How the theatres' sub-rules (and the month memo's lookups) are compiled: inlined into their callers in a native,
/// ahead-of-time build (<c>-p:PublishAot=true</c>, which defines <c>NATIVE_AOT</c>), left to the JIT otherwise.
/// </summary>
/// <remarks>
/// The JIT inlines these methods by itself once tiered compilation has their profile (they are hot, and most
/// have one caller); forcing it earlier measured no gain (README, Performance). A native build has no profile,
/// and its compiler, by size alone, left them as calls, each passing the state and parameters and spilling
/// the caller's floating-point values around it: the default batch took about 9% more CPU time than with them
/// inlined. The same source either way, so the same numbers.
/// </remarks>
internal static class RuleInlining
{
#if NATIVE_AOT
    /// <summary>Inline into the caller (native build).</summary>
    public const MethodImplOptions Hot = MethodImplOptions.AggressiveInlining;
#else
    /// <summary>The JIT's own choice (JIT build).</summary>
    public const MethodImplOptions Hot = 0;
#endif
}

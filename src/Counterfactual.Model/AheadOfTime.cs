using System.Runtime.CompilerServices;

namespace Counterfactual.Model;

/// <summary>
/// What the native executable (<c>dotnet publish -c Native</c>, which defines <c>NATIVE_AOT</c>) compiles differently:
/// the model's small hot methods (the theatres' sub-rules, the month memo's lookups, the combat law's helpers, and
/// the Pacific step, which the JIT's final code also has inside the month loop) are inlined into their callers there,
/// and left to the JIT in the JIT build.
/// </summary>
/// <remarks>
/// The JIT inlines these methods by itself once tiered compilation has their profile (they are hot, and most
/// have one caller); forcing it earlier measured no gain (README, Performance). A native build has no profile,
/// and its compiler, by size alone, left them as calls, each passing the state and parameters, and each making
/// the caller keep its floating-point values in stack slots around it (every vector register is caller-saved):
/// the default batch took about 9% more CPU time than with them inlined. The same source either way, so the
/// same numbers.
/// </remarks>
internal static class AheadOfTime
{
#if NATIVE_AOT
    /// <summary>Inline into the caller (native build).</summary>
    public const MethodImplOptions Inline = MethodImplOptions.AggressiveInlining;
#else
    /// <summary>The JIT's own choice (JIT build).</summary>
    public const MethodImplOptions Inline = 0;
#endif
}

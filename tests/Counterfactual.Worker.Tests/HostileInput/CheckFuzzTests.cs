using Counterfactual.Worker.Tests.Support;

namespace Counterfactual.Worker.Tests.HostileInput;

/// <summary>
/// A few seeded random mutations of a valid batch through the real executable: <c>check</c> answers
/// 0 or 2, never a crash or a stack trace. (The parser itself is fuzzed by thousands of mutations in
/// Counterfactual.Experiments.Tests; this checks the host's path around it.)
/// </summary>
public sealed class CheckFuzzTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Check_RandomMutationOfValidBatch_ExitsZeroOrTwoWithoutStackTrace(int seed)
    {
        var bytes = File.ReadAllBytes(Repository.TestBatch("small.json")).ToList();
        var state = (ulong)seed * 0x9E3779B97F4A7C15UL;
        ulong Next()
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        for (var edit = 0; edit < 1 + (int)(Next() % 6); edit++)
        {
            var at = (int)(Next() % (ulong)bytes.Count);
            switch (Next() % 3)
            {
                case 0:
                    bytes[at] = (byte)Next();
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + (int)(Next() % 40)));
                    break;
                default:
                    bytes.Insert(at, "{}[]\",:-0e\\"u8[(int)(Next() % 11)]);
                    break;
            }
        }

        File.WriteAllBytes(_temp["fuzz.json"], [.. bytes]);

        var result = CliProcess.Run(_temp.Path, "check", "fuzz.json");

        Assert.True(result.ExitCode is 0 or 2, $"seed {seed}: exit {result.ExitCode}\n{result.All}");
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
        if (result.ExitCode == 2)
        {
            Assert.All(result.ErrorLines.Where(l => l.StartsWith("error:", StringComparison.Ordinal)), l => Assert.Contains(": $", l, StringComparison.Ordinal));
        }
    }
}

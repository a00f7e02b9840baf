using System.Text;
using Counterfactual.Experiments.Batches;
using Counterfactual.Model.Randomness;

namespace Counterfactual.Experiments.Tests.Batches;

public sealed class BatchFuzzTests
{
    private static readonly byte[] Alphabet = "{}[]\",:0123456789.-+eE truefalsnul/*\\\n\u00e9"u8.ToArray();

    [Fact]
    public void Parse_RandomMutationsOfValidFiles_NeverThrowAndAlwaysAnswer()
    {
        var rng = new Xoshiro256StarStar(20250101);
        var seeds = new[] { TestBatches.Grid, TestBatches.Small() }.Select(Encoding.UTF8.GetBytes).ToArray();
        for (var i = 0; i < 3000; i++)
        {
            var bytes = seeds[i % seeds.Length].ToList();
            var edits = 1 + (int)(rng.NextUInt64() % 4);
            for (var e = 0; e < edits; e++)
            {
                var at = (int)(rng.NextUInt64() % (ulong)bytes.Count);
                switch (rng.NextUInt64() % 4)
                {
                    case 0:
                        bytes[at] = (byte)rng.NextUInt64();
                        break;
                    case 1:
                        bytes[at] = Alphabet[rng.NextUInt64() % (ulong)Alphabet.Length];
                        break;
                    case 2:
                        bytes.RemoveRange(at, Math.Min(bytes.Count - at - 1, (int)(rng.NextUInt64() % 8)));
                        break;
                    default:
                        bytes.Insert(at, Alphabet[rng.NextUInt64() % (ulong)Alphabet.Length]);
                        break;
                }
            }

            var result = BatchLoader.Parse(bytes.ToArray(), "fuzz.json");
            Assert.True(result.IsValid ^ (result.Errors.Count > 0), $"mutation {i}: valid={result.IsValid} errors={result.Errors.Count}");
            Assert.All(result.Errors, err => Assert.False(string.IsNullOrWhiteSpace(err.Message)));
            Assert.DoesNotContain(result.Errors, err => err.Message.StartsWith("internal error", StringComparison.Ordinal));
        }
    }
}

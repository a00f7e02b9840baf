using System.Security.Cryptography;
using Counterfactual.Worker.Jobs;

namespace Counterfactual.Worker.Tests.Jobs;

public sealed class BatchFilesTests
{
    [Fact]
    public void LowerHex_KnownBytes() => Assert.Equal("000fa5ff10", BatchFiles.LowerHex([0x00, 0x0f, 0xa5, 0xff, 0x10]));

    [Fact]
    public void LowerHex_Empty() => Assert.Equal(string.Empty, BatchFiles.LowerHex([]));

    [Fact]
    public void LowerHex_SameAsTheRuntimes_ForEveryByte()
    {
        var all = new byte[256];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = (byte)i;
        }

        Assert.Equal(Convert.ToHexStringLower(all), BatchFiles.LowerHex(all));
        var sha = SHA256.HashData(all);
        Assert.Equal(Convert.ToHexStringLower(sha), BatchFiles.LowerHex(sha));
    }
}

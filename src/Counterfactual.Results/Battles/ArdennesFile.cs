using System.Globalization;
using Counterfactual.Experiments.Battles;

namespace Counterfactual.Results.Battles;

/// <summary>
/// Reads the Ardennes daily series (space separated, header
/// <c>Day ForcesAllies CasualtiesAllies ForcesGermans CasualtiesGermans</c>).
/// </summary>
public static class ArdennesFile
{
    /// <summary>The days of the file, in file order.</summary>
    public static IReadOnlyList<ArdennesDay> Read(string path)
    {
        var days = new List<ArdennesDay>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (f.Length == 0)
            {
                continue;
            }

            if (f.Length != 5)
            {
                throw new InvalidDataException($"{path}: expected 5 fields, got {f.Length} in '{line}'.");
            }

            double N(int i) => double.Parse(f[i], NumberStyles.Float, CultureInfo.InvariantCulture);
            days.Add(new ArdennesDay((int)N(0), N(1), N(2), N(3), N(4)));
        }

        return days;
    }
}

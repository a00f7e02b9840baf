namespace Counterfactual.Model.Tests.Support;

/// <summary>One row of scenarios/history/events.csv.</summary>
internal sealed record CalibrationTarget(string Target, string Metric, string Statistic, string Argument, string History, string Low, string High, string Source)
{
    /// <summary>Reads events.csv from the repository (found by walking up to Counterfactual.sln).</summary>
    public static List<CalibrationTarget> Load()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Counterfactual.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var lines = File.ReadAllLines(Path.Combine(dir!.FullName, "scenarios", "history", "events.csv"));
        Assert.Equal("target,metric,statistic,argument,history,low,high,source", lines[0]);
        var rows = new List<CalibrationTarget>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var f = Split(line);
            Assert.Equal(8, f.Count);
            rows.Add(new CalibrationTarget(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]));
        }

        return rows;
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}

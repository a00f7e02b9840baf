using System.Globalization;
using System.Text;
using Counterfactual.Experiments.Output;

namespace Counterfactual.Experiments.Tests.Running;

/// <summary>Every row of a result set as text (doubles round-trip), without the manifest's wall-clock and thread fields.</summary>
internal static class ResultDump
{
    public static string Of(ResultSet r)
    {
        var sb = new StringBuilder();
        var m = r.Manifest;
        Line(sb, m.Tool, m.ModelVersion, m.BatchName, m.Seed, m.Replications, m.ReplicationsCompleted, m.Scenarios, m.Horizon, m.Complete);
        Line(sb, [.. r.LeverNames]);
        r.Scenarios.ToList().ForEach(s => Line(sb, [s.ScenarioId, s.Replications, .. s.Levers.Select(l => l.Name + "=" + l.Value)]));
        r.EndStates.ToList().ForEach(x => Line(sb, x.ScenarioId, x.Metric, x.State, x.Count, x.Probability, x.CiLow, x.CiHigh));
        r.Summary.ToList().ForEach(x => Line(sb, x.ScenarioId, x.Metric, x.N, x.Mean, x.Sd, x.P05, x.P25, x.P50, x.P75, x.P95));
        r.Distributions.ToList().ForEach(x => Line(sb, x.ScenarioId, x.Metric, x.Bin, x.Count, x.Probability));
        r.Trajectories.ToList().ForEach(x => Line(sb, x.ScenarioId, x.Month, x.Variable, x.Mean, x.P10, x.P50, x.P90));
        r.Claims.ToList().ForEach(x => Line(sb, x.ClaimId, x.Statement, x.Metric, x.ScenarioA, x.ScenarioB, x.EstimateA, x.EstimateB, x.Difference, x.CiLow, x.CiHigh, x.Margin, x.Test, x.PValue, x.Verdict, x.ReplicationsNeeded, x.Conditioning));
        if (r.Conditioning is { } c)
        {
            Line(sb, c.FactualScenario, c.Evidence, c.Worlds, c.Accepted, c.AcceptanceRate, c.CiLow, c.CiHigh);
        }

        (r.Sensitivity ?? []).ToList().ForEach(x => Line(sb, x.ClaimId, x.Parameter, x.FirstOrder, x.FirstOrderCiLow, x.FirstOrderCiHigh, x.Total, x.TotalCiLow, x.TotalCiHigh, x.N));
        (r.Discovery ?? []).ToList().ForEach(x => Line(sb, x.ClaimId, x.Box, x.Dimension, x.Low, x.High, x.Coverage, x.Density, x.Support));
        (r.DiscoveryBoxes ?? []).ToList().ForEach(x => Line(sb, x.ClaimId, x.Box, x.Sentence));
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, params object[] fields) =>
        sb.AppendLine(string.Join(",", fields.Select(f => f is double d ? d.ToString("R", CultureInfo.InvariantCulture) : Convert.ToString(f, CultureInfo.InvariantCulture))));
}

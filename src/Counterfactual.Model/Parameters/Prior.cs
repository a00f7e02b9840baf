using System.Globalization;
using MathNet.Numerics.Distributions;

namespace Counterfactual.Model.Parameters;

/// <summary>
/// The uncertainty of one parameter: a distribution sampled once per replication (epistemic
/// uncertainty). Sampling is by inverse CDF from one uniform, so a parameter always consumes exactly
/// one draw of its own sub-stream and any design (Monte Carlo, LHS, Sobol) can feed it.
/// </summary>
public abstract record Prior
{
    /// <summary>The value at cumulative probability <paramref name="u"/> in (0, 1).</summary>
    public abstract double Quantile(double u);

    /// <summary>The value used when a parameter is not sampled (the point value).</summary>
    public abstract double Central { get; }

    /// <summary>Problems with the distribution's arguments, in plain words; empty when valid.</summary>
    public abstract IEnumerable<string> Problems();

    /// <summary>The batch-file spelling, e.g. <c>{"normal": [0.5, 0.1]}</c>.</summary>
    public abstract string Describe();

    /// <summary>True when the prior has no spread.</summary>
    public virtual bool IsFixed => false;

    private protected static string F(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    private protected static bool Finite(params double[] xs) => xs.All(double.IsFinite);
}

/// <summary>A fixed value.</summary>
public sealed record FixedPrior(double Value) : Prior
{
    public override double Quantile(double u) => Value;

    public override double Central => Value;

    public override bool IsFixed => true;

    public override IEnumerable<string> Problems()
    {
        if (!double.IsFinite(Value))
        {
            yield return "value must be a finite number";
        }
    }

    public override string Describe() => F(Value);
}

/// <summary>Normal(mean, sd), optionally truncated to [Min, Max] by clamping the quantile.</summary>
public sealed record NormalPrior(double Mean, double Sd, double Min = double.NegativeInfinity, double Max = double.PositiveInfinity) : Prior
{
    public override double Quantile(double u) => Math.Clamp(Normal.InvCDF(Mean, Sd, u), Min, Max);

    public override double Central => Math.Clamp(Mean, Min, Max);

    public override IEnumerable<string> Problems()
    {
        if (!Finite(Mean, Sd))
        {
            yield return "normal mean and sd must be finite numbers";
        }
        else if (Sd <= 0)
        {
            yield return "normal sd must be > 0";
        }
    }

    public override string Describe() => $"{{\"normal\": [{F(Mean)}, {F(Sd)}]}}";
}

/// <summary>Uniform on [Low, High].</summary>
public sealed record UniformPrior(double Low, double High) : Prior
{
    public override double Quantile(double u) => Low + ((High - Low) * u);

    public override double Central => (Low + High) / 2;

    public override IEnumerable<string> Problems()
    {
        if (!Finite(Low, High))
        {
            yield return "uniform bounds must be finite numbers";
        }
        else if (Low >= High)
        {
            yield return "uniform needs low < high";
        }
    }

    public override string Describe() => $"{{\"uniform\": [{F(Low)}, {F(High)}]}}";
}

/// <summary>Triangular on [Low, High] with the given mode.</summary>
public sealed record TriangularPrior(double Low, double Mode, double High) : Prior
{
    public override double Quantile(double u) => Triangular.InvCDF(Low, High, Mode, u);

    public override double Central => Mode;

    public override IEnumerable<string> Problems()
    {
        if (!Finite(Low, Mode, High))
        {
            yield return "triangular values must be finite numbers";
        }
        else if (!(Low < High && Low <= Mode && Mode <= High))
        {
            yield return "triangular needs low <= mode <= high and low < high";
        }
    }

    public override string Describe() => $"{{\"triangular\": [{F(Low)}, {F(Mode)}, {F(High)}]}}";
}

/// <summary>Beta(A, B) on [0, 1], optionally scaled to [Low, High].</summary>
public sealed record BetaPrior(double A, double B, double Low = 0, double High = 1) : Prior
{
    public override double Quantile(double u) => Low + ((High - Low) * Beta.InvCDF(A, B, u));

    public override double Central => Low + ((High - Low) * A / (A + B));

    public override IEnumerable<string> Problems()
    {
        if (!Finite(A, B, Low, High))
        {
            yield return "beta arguments must be finite numbers";
        }
        else if (A <= 0 || B <= 0)
        {
            yield return "beta needs a > 0 and b > 0";
        }
        else if (Low >= High)
        {
            yield return "beta scale needs low < high";
        }
    }

    public override string Describe() =>
        Low == 0 && High == 1
            ? $"{{\"beta\": [{F(A)}, {F(B)}]}}"
            : $"{{\"beta\": [{F(A)}, {F(B)}, {F(Low)}, {F(High)}]}}";
}

/// <summary>Log-normal with the given median and log-scale sd (sigma).</summary>
public sealed record LogNormalPrior(double Median, double Sigma) : Prior
{
    public override double Quantile(double u) => Median * Math.Exp(Sigma * Normal.InvCDF(0, 1, u));

    public override double Central => Median;

    public override IEnumerable<string> Problems()
    {
        if (!Finite(Median, Sigma))
        {
            yield return "lognormal median and sigma must be finite numbers";
        }
        else if (Median <= 0 || Sigma <= 0)
        {
            yield return "lognormal needs median > 0 and sigma > 0";
        }
    }

    public override string Describe() => $"{{\"lognormal\": [{F(Median)}, {F(Sigma)}]}}";
}

namespace Counterfactual.Experiments.Battles;

/// <summary>One day of the Ardennes campaign: combat manpower at the start of the day and casualties during it.</summary>
public sealed record ArdennesDay(int Day, double AlliedStrength, double AlliedCasualties, double GermanStrength, double GermanCasualties);
